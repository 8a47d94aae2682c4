package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.simulation.Execution;
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

class LevinthalExampleTests {

    private static final String[] FILES = {"levinthal-runs.csv", "levinthal-summary.csv", "levinthal.svg"};

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
            LevinthalExample.run(dir, execution, out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFilesAreTheSameByteForByteOnOneThreadAndOnTwo() throws IOException {
        for (String file : FILES) {
            assertArrayEquals(
                    Files.readAllBytes(oneThread.resolve(file)), Files.readAllBytes(twoThreads.resolve(file)), file);
        }
    }

    @Test
    void everyRunIsARowWithItsParametersAndSeed() throws IOException {
        List<String> lines = Files.readAllLines(oneThread.resolve("levinthal-runs.csv"));
        assertEquals(
                "point,replication,seed,N,K,interaction,long_jump_probability,searchers,periods,"
                        + "share_at_global_peak,mean_fitness,mean_rank,distinct_forms,local_optima",
                lines.get(0));
        assertEquals(1 + 40 * 100, lines.size());
        String[] first = lines.get(1).split(",", -1);
        assertEquals("0", first[0]);
        assertEquals("0", first[1]);
        assertEquals(String.valueOf(io.github.custdev.simulation.Seeds.of(LevinthalExample.SEED, 0, 0)), first[2]);
        assertEquals(
                List.of("10", "0", "adjacent", "0.0", "100", "50"),
                Arrays.asList(first).subList(3, 9));
        assertEquals("1.0", first[9], "K = 0 has one peak, and local search finds it");
        String[] samePlaceNextPoint = lines.get(1 + 100).split(",", -1);
        assertEquals("1", samePlaceNextPoint[0]);
        assertEquals("0", samePlaceNextPoint[1]);
        assertEquals(first[2], samePlaceNextPoint[2], "common random numbers: replication 0 has one seed everywhere");
    }

    @Test
    void theSummaryHasAPointPerRowAndShowsThePeakHarderToFindAsKRises() throws IOException {
        List<String> lines = Files.readAllLines(oneThread.resolve("levinthal-summary.csv"));
        assertEquals(1 + 40, lines.size());
        assertTrue(lines.get(0)
                .startsWith("point,runs,N,K,interaction,long_jump_probability,searchers,periods,"
                        + "share_at_global_peak_mean,share_at_global_peak_se,share_at_global_peak_min,"));
        double atZero = Double.parseDouble(lines.get(1).split(",")[8]);
        double atNine = Double.parseDouble(lines.get(10).split(",")[8]);
        assertEquals(1.0, atZero);
        assertTrue(atNine < 0.2, "K = 9: " + atNine);
    }

    @Test
    void theChartIsAPngAndAnSvg() throws IOException {
        byte[] png = Files.readAllBytes(oneThread.resolve("levinthal.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        String svg = Files.readString(oneThread.resolve("levinthal.svg"));
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
    }

    @Test
    void theConsoleShowsProgressAndTheTable() {
        assertTrue(printed.contains("40 points x 100 landscapes, master seed 1997, common random numbers"), printed);
        assertTrue(printed.contains("  4000 of 4000 runs"), printed);
        assertTrue(
                printed.contains(
                        "adjacent     0  1.000 +- 0.000    1.000 +- 0.000    +0.000 +- 0.000      1.0 /   1.0"),
                printed);
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBe() throws IOException {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"cr\r\"", Csv.field("cr\r"));
        Path file = oneThread.resolve("bad.csv");
        assertThrows(IllegalArgumentException.class, () -> Csv.write(file, List.of("a", "b"), List.of(List.of(1))));
    }
}
