package io.github.custdev.examples;

import io.github.custdev.simulation.Execution;
import io.github.custdev.simulation.Grid;
import io.github.custdev.simulation.Metric;
import io.github.custdev.simulation.PointSummary;
import io.github.custdev.simulation.Results;
import io.github.custdev.simulation.RunRecord;
import io.github.custdev.simulation.Summary;
import io.github.custdev.simulation.Sweep;
import io.github.custdev.simulation.nk.Interaction;
import io.github.custdev.simulation.nk.Levinthal;
import io.github.custdev.simulation.nk.LevinthalOutcome;
import io.github.custdev.simulation.nk.LevinthalParameters;
import io.github.custdev.simulation.nk.Search;
import io.github.custdev.simulation.nk.SearchRule;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Levinthal's (1997) experiment on NK landscapes: how often local search finds the global peak of a business-model
 * space as its choices grow more interdependent (K), with and without long jumps (radical pivots), for adjacent and
 * random interactions. N = 10; 100 landscapes per point, each searched by 100 searchers for 50 periods.
 *
 * <p>It writes, to the directory given as the first argument ({@code target/levinthal} by default):
 * {@code levinthal-runs.csv} (one row per landscape, with its point's parameters, its replication and its seed),
 * {@code levinthal-summary.csv} (one row per point: mean, standard error and quantiles of each metric), and
 * {@code levinthal.png} and {@code levinthal.svg}, the share reaching the global peak by K. The same files, byte for
 * byte, on any number of threads.
 *
 * <p>Run it with
 * {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.custdev.examples.LevinthalExample}.
 */
public final class LevinthalExample {

    /** The master seed of the sweep. */
    static final long SEED = 1997L;

    private static final int N = 10;
    private static final int LANDSCAPES = 100;
    private static final double[] JUMPS = {0.0, 0.1};

    private static final List<Metric<LevinthalOutcome>> METRICS = List.of(
            Metric.of("share_at_global_peak", LevinthalOutcome::shareAtGlobalPeak),
            Metric.of("mean_fitness", LevinthalOutcome::meanFitness),
            Metric.of("mean_rank", LevinthalOutcome::meanRank),
            Metric.of("distinct_forms", LevinthalOutcome::finalDistinctForms),
            Metric.of("local_optima", LevinthalOutcome::localOptimumCount));

    private LevinthalExample() {}

    /**
     * Runs the sweep on all processors and writes its files.
     *
     * @param args the output directory, optionally
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Paths.get(args.length > 0 ? args[0] : "target/levinthal");
        run(dir, Execution.parallel(), System.out);
    }

    /** The grid: both interaction patterns, then no jumps and jumps, then K from 0 to N - 1. */
    static Grid<LevinthalParameters> grid() {
        List<LevinthalParameters> points = new ArrayList<>();
        for (Interaction interaction : Interaction.values()) {
            for (double jump : JUMPS) {
                for (int k = 0; k < N; k++) {
                    points.add(LevinthalParameters.of(N, k)
                            .withInteraction(interaction)
                            .withSearch(
                                    Search.local(SearchRule.FIRST_IMPROVEMENT).withLongJumpProbability(jump)));
                }
            }
        }
        return Grid.ofAll(points);
    }

    static void run(Path dir, Execution execution, PrintStream out) throws IOException {
        Files.createDirectories(dir);
        Sweep<LevinthalParameters, LevinthalOutcome> sweep =
                Sweep.of(Levinthal.experiment(), grid(), LANDSCAPES, SEED).withCommonRandomNumbers(true);
        out.printf(
                Locale.ROOT,
                "Levinthal (1997) on NK landscapes, N = %d: %d points x %d landscapes, master seed %d,"
                        + " common random numbers%n",
                N,
                sweep.grid().size(),
                LANDSCAPES,
                SEED);
        long[] tenthsShown = {0};
        Results<LevinthalParameters, LevinthalOutcome> results = sweep.execute(execution.withProgress((done, total) -> {
            long tenths = done * 10 / total;
            if (tenths > tenthsShown[0]) {
                tenthsShown[0] = tenths;
                out.printf(Locale.ROOT, "  %d of %d runs%n", done, total);
            }
        }));
        if (!results.failures().isEmpty()) {
            throw new IllegalStateException(results.failures().head().describe());
        }
        Seq<PointSummary<LevinthalParameters>> table = results.summarize(METRICS);
        writeRuns(dir.resolve("levinthal-runs.csv"), results);
        writeSummary(dir.resolve("levinthal-summary.csv"), table);
        XYChart chart = chart(table);
        BitmapEncoder.saveBitmap(chart, dir.resolve("levinthal.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(
                chart, dir.resolve("levinthal.svg").toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        print(table, results, out);
        out.println("Wrote levinthal-runs.csv, levinthal-summary.csv, levinthal.png and levinthal.svg to " + dir);
    }

    private static List<Object> parameters(LevinthalParameters p) {
        return List.of(
                p.n(),
                p.k(),
                p.interaction().name().toLowerCase(Locale.ROOT),
                p.search().longJumpProbability(),
                p.searchers(),
                p.periods());
    }

    private static final List<String> PARAMETERS =
            List.of("N", "K", "interaction", "long_jump_probability", "searchers", "periods");

    private static void writeRuns(Path file, Results<LevinthalParameters, LevinthalOutcome> results)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("point", "replication", "seed"));
        header.addAll(PARAMETERS);
        METRICS.forEach(m -> header.add(m.name()));
        List<List<Object>> rows = new ArrayList<>();
        for (RunRecord<LevinthalParameters, LevinthalOutcome> record : results.records()) {
            List<Object> row = new ArrayList<>(List.of(
                    record.run().point(),
                    record.run().replication(),
                    record.run().seed()));
            row.addAll(parameters(record.run().parameters()));
            METRICS.forEach(m -> row.add(m.valueOf(record)));
            rows.add(row);
        }
        Csv.write(file, header, rows);
    }

    private static void writeSummary(Path file, Seq<PointSummary<LevinthalParameters>> table) throws IOException {
        List<String> header = new ArrayList<>(List.of("point", "runs"));
        header.addAll(PARAMETERS);
        for (Metric<LevinthalOutcome> metric : METRICS) {
            for (String statistic : List.of("mean", "se", "min", "p5", "p25", "median", "p75", "p95", "max")) {
                header.add(metric.name() + "_" + statistic);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (PointSummary<LevinthalParameters> point : table) {
            List<Object> row = new ArrayList<>(List.of(point.point(), point.runs()));
            row.addAll(parameters(point.parameters()));
            for (Metric<LevinthalOutcome> metric : METRICS) {
                Summary s = point.metric(metric.name());
                row.addAll(List.of(
                        s.mean(),
                        s.standardError().map(String::valueOf).getOrElse(""),
                        s.min(),
                        s.p5(),
                        s.p25(),
                        s.median(),
                        s.p75(),
                        s.p95(),
                        s.max()));
            }
            rows.add(row);
        }
        Csv.write(file, header, rows);
    }

    /** The share of searchers reaching the global peak by K: one line per pattern and jump rate, with error bars. */
    static XYChart chart(Seq<PointSummary<LevinthalParameters>> table) {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(500)
                .title("Levinthal (1997): share of searchers reaching the global peak, N = " + N)
                .xAxisTitle("K (interdependence of choices)")
                .yAxisTitle("share reaching the global peak")
                .build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisDecimalPattern("0");
        for (Interaction interaction : Interaction.values()) {
            for (double jump : JUMPS) {
                Seq<PointSummary<LevinthalParameters>> line =
                        table.filter(p -> p.parameters().interaction() == interaction
                                && p.parameters().search().longJumpProbability() == jump);
                double[] k = line.map(p -> (double) p.parameters().k())
                        .toJavaStream()
                        .mapToDouble(x -> x)
                        .toArray();
                double[] share = line.map(p -> p.metric("share_at_global_peak").mean())
                        .toJavaStream()
                        .mapToDouble(x -> x)
                        .toArray();
                double[] error = line.map(p -> 1.96
                                * p.metric("share_at_global_peak")
                                        .standardError()
                                        .getOrElse(0.0))
                        .toJavaStream()
                        .mapToDouble(x -> x)
                        .toArray();
                String name = interaction.name().toLowerCase(Locale.ROOT) + ", "
                        + (jump == 0.0 ? "local search only" : "long jumps " + jump);
                XYSeries series = chart.addSeries(name, k, share, error);
                series.setMarker(SeriesMarkers.CIRCLE);
            }
        }
        return chart;
    }

    private static void print(
            Seq<PointSummary<LevinthalParameters>> table,
            Results<LevinthalParameters, LevinthalOutcome> results,
            PrintStream out) {
        out.println();
        out.println(
                "Share of searchers at the global peak after 50 periods (mean +- standard error over 100 landscapes);"
                        + " the gain from long jumps is paired: the same landscapes with and without them.");
        out.println();
        out.println("interaction  K  local search     long jumps 0.1   paired gain       distinct forms  local optima");
        int points = N * JUMPS.length;
        for (int i = 0; i < table.size(); i++) {
            PointSummary<LevinthalParameters> local = table.get(i);
            if (local.parameters().search().longJumpProbability() != 0.0) {
                continue;
            }
            PointSummary<LevinthalParameters> jumps = table.get(i + N);
            Summary gain = Summary.of(pairedGains(results, local.point(), jumps.point()));
            Summary shareLocal = local.metric("share_at_global_peak");
            Summary shareJumps = jumps.metric("share_at_global_peak");
            out.printf(
                    Locale.ROOT,
                    "%-11s  %d  %.3f +- %.3f    %.3f +- %.3f    %+.3f +- %.3f    %5.1f / %5.1f   %6.1f%n",
                    local.parameters().interaction().name().toLowerCase(Locale.ROOT),
                    local.parameters().k(),
                    shareLocal.mean(),
                    shareLocal.standardError().getOrElse(0.0),
                    shareJumps.mean(),
                    shareJumps.standardError().getOrElse(0.0),
                    gain.mean(),
                    gain.standardError().getOrElse(0.0),
                    local.metric("distinct_forms").mean(),
                    jumps.metric("distinct_forms").mean(),
                    local.metric("local_optima").mean());
            if (i % points == N - 1) {
                out.println();
            }
        }
    }

    /** The gain in share at the global peak from long jumps, landscape by landscape (the same replication). */
    static double[] pairedGains(Results<LevinthalParameters, LevinthalOutcome> results, int local, int jumps) {
        double[] gains = new double[LANDSCAPES];
        for (RunRecord<LevinthalParameters, LevinthalOutcome> record : results.records()) {
            int sign = record.run().point() == jumps ? 1 : record.run().point() == local ? -1 : 0;
            gains[record.run().replication()] += sign * record.result().shareAtGlobalPeak();
        }
        return gains;
    }
}
