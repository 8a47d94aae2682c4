package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.simulation.Execution;
import io.github.custdev.simulation.Grid;
import io.github.custdev.simulation.Seeds;
import io.github.custdev.simulation.Sweep;
import io.github.custdev.simulation.market.ArmSummary;
import io.github.custdev.simulation.market.Scenario;
import io.github.custdev.simulation.market.VentureOutcome;
import io.vavr.collection.Seq;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class ResearchExampleTests {

    private static final int VENTURES = 150;

    @TempDir
    static Path oneThread;

    @TempDir
    static Path twoThreads;

    private static String printed;

    @BeforeAll
    static void runTwice() throws IOException {
        System.setProperty("java.awt.headless", "true");
        printed = run(oneThread, Execution.sequential());
        run(twoThreads, Execution.threads(2));
    }

    private static String run(Path dir, Execution execution) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            ResearchExample.run(dir, VENTURES, execution, out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFilesAreTheSameByteForByteOnOneThreadAndOnTwo() throws IOException {
        for (String file : List.of(
                "research-runs.csv",
                "research-summary.md",
                "research-revenue.svg",
                "research-pivots.svg",
                "research-survival.svg")) {
            assertArrayEquals(
                    Files.readAllBytes(oneThread.resolve(file)), Files.readAllBytes(twoThreads.resolve(file)), file);
        }
    }

    @Test
    void everyVentureIsARowWithItsSeedAndOutcome() throws IOException {
        List<String> lines = Files.readAllLines(oneThread.resolve("research-runs.csv"));
        assertEquals(String.join(",", ResearchExample.HEADER), lines.get(0));
        assertEquals(1 + 3 * VENTURES, lines.size());
        String[] first = lines.get(1).split(",", -1);
        assertEquals("scientific", first[0]);
        assertEquals("0", first[1]);
        assertEquals(String.valueOf(Seeds.of(ResearchExample.SEED, 0, 0)), first[2]);
        assertTrue(List.of("launched", "stopped", "out_of_cash", "searching").contains(first[3]), first[3]);
        String[] intuitive = lines.get(1 + VENTURES).split(",", -1);
        assertEquals("intuitive", intuitive[0]);
        assertEquals(first[2], intuitive[2], "common random numbers: the same ideas for every founder");
        assertEquals(first[12], intuitive[12], "so the same starting acceptance");
        String[] scaler = lines.get(1 + 2 * VENTURES).split(",", -1);
        assertEquals("premature scaler", scaler[0]);
        assertEquals("true", scaler[16]);
        assertEquals(
                List.of("false"),
                lines.subList(1, 1 + VENTURES).stream()
                        .map(l -> l.split(",", -1)[16])
                        .distinct()
                        .toList());
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split(",", -1);
            assertEquals(ResearchExample.HEADER.size(), row.length, line);
            assertEquals(Integer.parseInt(row[6]), row[7].isEmpty() ? 0 : row[7].split(";").length, line);
            if (!row[3].equals("launched")) {
                assertEquals("0.0", row[11], "no revenue without a launch: " + line);
            }
        }
    }

    @Test
    void theSummaryAndTheChartsShowEveryFounder() throws IOException {
        String summary = Files.readString(oneThread.resolve("research-summary.md"));
        assertEquals(5, summary.lines().count());
        assertTrue(summary.contains("| scientific | " + VENTURES + " | "), summary);
        assertTrue(summary.contains("| intuitive | " + VENTURES + " | "), summary);
        assertTrue(summary.contains("| premature scaler | " + VENTURES + " | "), summary);
        assertTrue(printed.contains(summary), printed);
        for (String chart : List.of("research-revenue", "research-pivots", "research-survival")) {
            String svg = Files.readString(oneThread.resolve(chart + ".svg"));
            assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), chart);
            byte[] png = Files.readAllBytes(oneThread.resolve(chart + ".png"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), chart);
        }
    }

    @Test
    void theChartsPlotEachFoundersFigures() {
        Seq<ArmSummary> arms = ArmSummary.of(Sweep.of(
                        Scenario::run, Grid.ofAll(ResearchExample.FOUNDERS.map(Scenario::of)), 60, ResearchExample.SEED)
                .withCommonRandomNumbers(true)
                .execute(Execution.sequential()));
        List<String> founders = List.of("scientific", "intuitive", "premature scaler");
        XYChart revenue = ResearchExample.revenueChart(arms);
        assertEquals(founders, List.copyOf(revenue.getSeriesMap().keySet()));
        XYSeries scientific = revenue.getSeriesMap().get("scientific");
        assertEquals(50.0, scientific.getXMin());
        assertEquals(99.0, scientific.getXMax());
        assertEquals(arms.get(0).revenue().quantile(0.99), scientific.getYMax());
        CategoryChart pivots = ResearchExample.pivotsChart(arms);
        assertEquals(founders, List.copyOf(pivots.getSeriesMap().keySet()));
        XYChart survival = ResearchExample.survivalChart(arms, 104);
        XYSeries open = survival.getSeriesMap().get("intuitive");
        assertEquals(1.0, open.getYMax(), "every venture is open at the start");
        assertEquals(
                arms.get(1)
                        .share(o -> o.ending() == VentureOutcome.Ending.LAUNCHED
                                || o.ending() == VentureOutcome.Ending.SEARCHING),
                open.getYMin(),
                1e-12,
                "the launched and the still searching are open at the horizon");
    }
}
