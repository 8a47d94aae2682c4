package io.github.custdev.examples;

import io.github.custdev.simulation.Execution;
import io.github.custdev.simulation.Grid;
import io.github.custdev.simulation.Results;
import io.github.custdev.simulation.RunRecord;
import io.github.custdev.simulation.Summary;
import io.github.custdev.simulation.Sweep;
import io.github.custdev.simulation.market.ArmSummary;
import io.github.custdev.simulation.market.FounderStrategy;
import io.github.custdev.simulation.market.Founders;
import io.github.custdev.simulation.market.Scenario;
import io.github.custdev.simulation.market.VentureOutcome;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Which way of searching works better? Three founders in the default market, each with the same ideas (common random
 * numbers): the scientific founder (Camuffo et al. 2020, the treated arm), the intuitive founder (the control arm)
 * and the premature scaler (Startup Genome 2011). Every venture is a real {@code Venture} driven through real gates.
 *
 * <p>It writes, to the directory given as the first argument ({@code target/research} by default):
 * {@code research-runs.csv} (one row per venture: founder, replication, seed and its outcome),
 * {@code research-summary.md} (the table of {@link ArmSummary#table}), and three charts as PNG and SVG:
 * {@code research-revenue} (the revenue at the horizon by percentile), {@code research-pivots} (how many pivots) and
 * {@code research-survival} (the share of ventures still open, period by period). The second argument is the number of
 * ventures per founder (2,000 unless given). The same files, byte for byte, on any number of threads.
 *
 * <p>Run it with {@code ./mvnw -q -ntp -pl examples -am compile exec:java
 * -Dexec.mainClass=io.github.custdev.examples.ResearchExample}.
 */
public final class ResearchExample {

    /** The master seed of the sweep. */
    static final long SEED = 2020L;

    /** The founders compared, in the order of the grid. */
    static final Seq<FounderStrategy> FOUNDERS =
            Vector.of(Founders.scientific(), Founders.intuitive(), Founders.prematureScaler());

    private static final int DEFAULT_VENTURES = 2000;

    static final List<String> HEADER = List.of(
            "founder",
            "replication",
            "seed",
            "ending",
            "periods",
            "phase_reached",
            "pivots",
            "pivot_types",
            "evidence_items",
            "experiments",
            "cash_spent",
            "revenue",
            "start_acceptance",
            "end_acceptance",
            "false_pivots",
            "false_proceeds",
            "premature_scaling");

    private ResearchExample() {}

    /**
     * Runs the study on all processors and writes its files.
     *
     * @param args the output directory, then the ventures per founder, both optional
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Paths.get(args.length > 0 ? args[0] : "target/research");
        int ventures = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_VENTURES;
        run(dir, ventures, Execution.parallel(), System.out);
    }

    static void run(Path dir, int ventures, Execution execution, PrintStream out) throws IOException {
        Files.createDirectories(dir);
        Sweep<Scenario, VentureOutcome> sweep = Sweep.of(
                        Scenario::run, Grid.ofAll(FOUNDERS.map(Scenario::of)), ventures, SEED)
                .withCommonRandomNumbers(true);
        out.printf(
                Locale.ROOT,
                "%d founders x %d ventures in the default market, master seed %d, common random numbers%n",
                FOUNDERS.size(),
                ventures,
                SEED);
        Results<Scenario, VentureOutcome> results = sweep.execute(execution);
        if (!results.failures().isEmpty()) {
            throw new IllegalStateException(results.failures().head().describe());
        }
        Seq<ArmSummary> arms = ArmSummary.of(results);
        writeRuns(dir.resolve("research-runs.csv"), results);
        String table = ArmSummary.table(arms);
        Files.writeString(dir.resolve("research-summary.md"), table, StandardCharsets.UTF_8);
        save(revenueChart(arms), dir.resolve("research-revenue"));
        save(pivotsChart(arms), dir.resolve("research-pivots"));
        save(survivalChart(arms, Scenario.DEFAULT_HORIZON), dir.resolve("research-survival"));
        out.println();
        out.print(table);
        out.println();
        out.println("Wrote research-runs.csv, research-summary.md and the revenue, pivots and survival charts"
                + " (PNG and SVG) to " + dir);
    }

    private static void writeRuns(Path file, Results<Scenario, VentureOutcome> results) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (RunRecord<Scenario, VentureOutcome> record : results.records()) {
            VentureOutcome o = record.result();
            rows.add(List.of(
                    o.founder(),
                    record.run().replication(),
                    record.run().seed(),
                    o.ending().name().toLowerCase(Locale.ROOT),
                    o.periods(),
                    o.phaseReached().name().toLowerCase(Locale.ROOT),
                    o.pivots().size(),
                    o.pivots().map(t -> t.label()).mkString(";"),
                    o.evidenceItems(),
                    o.experiments(),
                    o.cashSpent(),
                    o.revenue(),
                    o.startAcceptance(),
                    o.endAcceptance(),
                    o.falsePivots(),
                    o.falseProceeds(),
                    o.prematureScaling()));
        }
        Csv.write(file, HEADER, rows);
    }

    private static void save(Chart<?, ?> chart, Path base) throws IOException {
        BitmapEncoder.saveBitmap(chart, base + ".png", BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, base + ".svg", VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }

    /** The revenue at the horizon by percentile, from the 50th to the 99th, one line per founder. */
    static XYChart revenueChart(Seq<ArmSummary> arms) {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(500)
                .title("Revenue at the horizon by percentile of ventures")
                .xAxisTitle("percentile")
                .yAxisTitle("revenue per week (thousands)")
                .build();
        double[] percentiles = new double[50];
        for (int i = 0; i < percentiles.length; i++) {
            percentiles[i] = 50 + i;
        }
        for (ArmSummary arm : arms) {
            Summary revenue = arm.revenue();
            double[] values = new double[percentiles.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = revenue.quantile(percentiles[i] / 100);
            }
            chart.addSeries(arm.founder(), percentiles, values).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** The share of ventures by number of pivots: 0, 1, 2, 3 and more. */
    static CategoryChart pivotsChart(Seq<ArmSummary> arms) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(800)
                .height(500)
                .title("Pivots per venture")
                .xAxisTitle("pivots")
                .yAxisTitle("share of ventures")
                .build();
        List<String> bins = List.of("0", "1", "2", "3+");
        for (ArmSummary arm : arms) {
            List<Double> shares =
                    List.of(arm.pivoted(0, 0), arm.pivoted(1, 1), arm.pivoted(2, 2), arm.pivoted(3, Integer.MAX_VALUE));
            chart.addSeries(arm.founder(), bins, shares);
        }
        return chart;
    }

    /** The share of ventures not closed (launched or still searching) after each period. */
    static XYChart survivalChart(Seq<ArmSummary> arms, int horizon) {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(500)
                .title("Ventures still open, period by period")
                .xAxisTitle("period (weeks)")
                .yAxisTitle("share still open")
                .build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        double[] periods = new double[horizon + 1];
        for (int t = 0; t <= horizon; t++) {
            periods[t] = t;
        }
        for (ArmSummary arm : arms) {
            double[] open = new double[horizon + 1];
            for (int t = 0; t <= horizon; t++) {
                int period = t;
                open[t] = arm.share(o -> !closed(o) || o.periods() > period);
            }
            chart.addSeries(arm.founder(), periods, open).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    private static boolean closed(VentureOutcome outcome) {
        return outcome.ending() == VentureOutcome.Ending.STOPPED
                || outcome.ending() == VentureOutcome.Ending.OUT_OF_CASH;
    }
}
