package io.github.custdev.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints the performance budget: each target with its measured figure (median of the
 * iterations, and JMH's mean with its 99.9% error) and the ratio to its baseline, measured in the same run.
 *
 * <p>{@code quick} (the default, a few minutes): 1 fork, 3 warm-up and 5 measured iterations of 1 s. {@code full}:
 * 3 forks, 5 warm-up and 10 measured iterations of 2 s. The table is also written to
 * {@code bench/target/performance.md}, JMH's raw results to {@code bench/target/jmh-results.json}.
 */
public final class BenchRunner {
    private BenchRunner() {}

    /**
     * Runs the benchmarks.
     *
     * @param args {@code quick} or {@code full}, then optionally a regular expression selecting benchmarks
     * @throws RunnerException if JMH fails
     * @throws IOException if the results cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        String mode = args.length > 0 ? args[0] : "quick";
        String include = args.length > 1 ? args[1] : "io.github.custdev.bench.*";
        Path out = Paths.get(args.length > 2 ? args[2] : "target");
        Files.createDirectories(out);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .shouldDoGC(true)
                .jvmArgsAppend("-Xmx4g", "-XX:+UseParallelGC")
                .addProfiler("gc")
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("jmh-results.json").toString());
        if ("full".equals(mode)) {
            options.forks(3)
                    .warmupIterations(5)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(10)
                    .measurementTime(TimeValue.seconds(2));
        } else {
            options.forks(1)
                    .warmupIterations(3)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        String table = Budget.report(mode, Measurements.from(results));
        System.out.println();
        System.out.println(table);
        Files.write(out.resolve("performance.md"), table.getBytes(StandardCharsets.UTF_8));
    }

    /** The figures of one benchmark with one set of parameters. */
    static final class Measurement {
        final String label;
        final double median;
        final double mean;
        final double error;
        final String unit;
        final double allocatedBytes;

        Measurement(String label, double median, double mean, double error, String unit, double allocatedBytes) {
            this.label = label;
            this.median = median;
            this.mean = mean;
            this.error = error;
            this.unit = unit;
            this.allocatedBytes = allocatedBytes;
        }

        String describe() {
            return String.format(Locale.ROOT, "%.4g %s (mean %.4g ± %.2g)", median, unit, mean, error);
        }
    }

    /** The run's measurements, keyed by {@code Class.method} and the parameters, {@code FoldBenchmark.fold size=10}. */
    static final class Measurements {
        final Map<String, Measurement> byKey = new LinkedHashMap<>();

        static Measurements from(Collection<RunResult> results) {
            Measurements measurements = new Measurements();
            for (RunResult run : results) {
                String benchmark = run.getParams().getBenchmark();
                String method = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
                StringBuilder key = new StringBuilder(method);
                for (String param : run.getParams().getParamsKeys()) {
                    key.append(' ')
                            .append(param)
                            .append('=')
                            .append(run.getParams().getParam(param));
                }
                Result<?> primary = run.getPrimaryResult();
                Result<?> alloc = run.getSecondaryResults().get("·gc.alloc.rate.norm");
                if (alloc == null) {
                    alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
                }
                measurements.byKey.put(
                        key.toString(),
                        new Measurement(
                                key.toString(),
                                primary.getStatistics().getPercentile(50),
                                primary.getScore(),
                                primary.getScoreError(),
                                primary.getScoreUnit(),
                                alloc == null ? Double.NaN : alloc.getScore()));
            }
            return measurements;
        }

        Measurement get(String key) {
            return byKey.get(key);
        }
    }

    /** The performance budget of issue 7: each target, the figure measured, the ratio, and whether it was met. */
    static final class Budget {
        private final List<String[]> rows = new ArrayList<>();

        static String report(String mode, Measurements m) {
            Budget budget = new Budget();
            budget.appendAndAssess(m);
            budget.fold(m);
            budget.gate(m);
            budget.replay(m);
            budget.simulation(m);
            budget.market(m);
            StringBuilder text = new StringBuilder();
            text.append("## Performance budget (").append(mode).append(" mode)\n\n");
            text.append("| target | measured (median; mean ± 99.9% error) | goal | ratio / figure | met |\n");
            text.append("| --- | --- | --- | --- | --- |\n");
            for (String[] row : budget.rows) {
                text.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            text.append(budget.trend(m));
            text.append(
                    "\n### All measurements\n\n| benchmark | median | mean ± error | B/op |\n| --- | --- | --- | --- |\n");
            for (Measurement x : m.byKey.values()) {
                text.append(String.format(
                        Locale.ROOT,
                        "| %s | %.4g %s | %.4g ± %.2g | %.0f |%n",
                        x.label,
                        x.median,
                        x.unit,
                        x.mean,
                        x.error,
                        x.allocatedBytes));
            }
            return text.toString();
        }

        private void appendAndAssess(Measurements m) {
            for (String strategy : new String[] {"bayesian", "sequential"}) {
                Measurement small = m.get("AppendAndAssessBenchmark.appendAndAssess logSize=1000 strategy=" + strategy);
                Measurement large =
                        m.get("AppendAndAssessBenchmark.appendAndAssess logSize=1000000 strategy=" + strategy);
                if (small == null || large == null) {
                    continue;
                }
                double ratio = large.median / small.median;
                row(
                        "1. append+assess " + strategy + ", 1M vs 1k items",
                        large.describe(),
                        "<= 1.5x",
                        ratio(ratio) + " of " + small.describe(),
                        ratio <= 1.5);
                row(
                        "1. append+assess " + strategy + " at 1M items",
                        large.describe(),
                        "< 1 µs",
                        String.format(Locale.ROOT, "%.0f ns", large.median),
                        large.median < 1000);
                row(
                        "5. bytes per append+assess " + strategy + " at 1M",
                        large.describe(),
                        "< 256 B",
                        String.format(Locale.ROOT, "%.0f B", large.allocatedBytes),
                        large.allocatedBytes < 256);
            }
        }

        /** A Mermaid chart of the append-and-assess cost against the log's size, one line per strategy. */
        private String trend(Measurements m) {
            String[] sizes = {"1000", "100000", "1000000"};
            StringBuilder lines = new StringBuilder();
            double top = 0;
            for (String strategy : new String[] {"bayesian", "sequential"}) {
                StringBuilder line = new StringBuilder("    line [");
                for (int i = 0; i < sizes.length; i++) {
                    Measurement x = m.get(
                            "AppendAndAssessBenchmark.appendAndAssess logSize=" + sizes[i] + " strategy=" + strategy);
                    if (x == null) {
                        return "";
                    }
                    top = Math.max(top, x.median);
                    line.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", x.median));
                }
                lines.append(line).append("]\n");
            }
            return "\n### Append and assess: cost against the log's size (median ns; bayesian, then sequential)\n\n"
                    + "```mermaid\nxychart-beta\n    title \"append + assess, ns per operation\"\n"
                    + "    x-axis \"items in the log\" [\"1,000\", \"100,000\", \"1,000,000\"]\n"
                    + String.format(Locale.ROOT, "    y-axis \"ns\" 0 --> %.0f%n", Math.ceil(top * 1.2 / 100) * 100)
                    + lines + "```\n";
        }

        private void fold(Measurements m) {
            for (String data : new String[] {"mixed", "interviews"}) {
                Measurement fold = m.get("FoldBenchmark.foldStatistics data=" + data + " size=1000000");
                Measurement baseline = m.get("FoldBenchmark.baselinePrimitiveArrays data=" + data + " size=1000000");
                if (fold == null || baseline == null) {
                    continue;
                }
                double itemsPerSecond = 1_000_000 / (fold.median / 1000.0);
                row(
                        "2. fold 1,000,000 items (" + data + ")",
                        fold.describe(),
                        ">= 50 M items/s",
                        mega(itemsPerSecond) + " M items/s",
                        itemsPerSecond >= 50e6);
                double ratio = fold.median / baseline.median;
                row(
                        "2. fold vs primitive arrays (" + data + ")",
                        "baseline " + baseline.describe(),
                        "<= 3x",
                        ratio(ratio),
                        ratio <= 3.0);
            }
        }

        private void gate(Measurements m) {
            Measurement plain = m.get("GateBenchmark.evaluate evidence=100000 hypotheses=100");
            Measurement rendered = m.get("GateBenchmark.evaluateAndRender evidence=100000 hypotheses=100");
            Measurement anew = m.get("GateBenchmark.evaluateNothingKept evidence=100000 hypotheses=100");
            if (anew != null) {
                row(
                        "3. gate, 100 hypotheses, 100,000 items, every one assessed",
                        anew.describe(),
                        "< 100 µs",
                        String.format(Locale.ROOT, "%.1f µs", anew.median),
                        anew.median < 100);
            }
            if (plain != null) {
                row(
                        "3. gate, the same, its assessments kept",
                        plain.describe(),
                        "< 100 µs",
                        String.format(Locale.ROOT, "%.1f µs", plain.median),
                        plain.median < 100);
            }
            if (rendered != null) {
                row(
                        "3. gate with its trace as text",
                        rendered.describe(),
                        "< 100 µs",
                        String.format(Locale.ROOT, "%.1f µs", rendered.median),
                        rendered.median < 100);
            }
        }

        private void replay(Measurements m) {
            Measurement replay = m.get("ReplayBenchmark.replay events=1000000");
            if (replay == null) {
                return;
            }
            double perSecond = 1_000_000 / (replay.median / 1000.0);
            row(
                    "4. replay 1,000,000 events",
                    replay.describe(),
                    ">= 1 M events/s",
                    String.format(Locale.ROOT, "%.2f M events/s", perSecond / 1e6),
                    perSecond >= 1e6);
        }

        /** Target 6, the research workbench: a Levinthal configuration, its baseline, a full table, two threads. */
        private void simulation(Measurements m) {
            for (String k : new String[] {"0", "5", "9"}) {
                Measurement library = m.get("LevinthalBenchmark.library k=" + k + " replications=100");
                Measurement baseline = m.get("LevinthalBenchmark.baseline k=" + k + " replications=100");
                if (library == null) {
                    continue;
                }
                row(
                        "6a. Levinthal N=10 K=" + k + ", 100 x 100 x 50, one thread",
                        library.describe(),
                        "< 20 ms",
                        String.format(Locale.ROOT, "%.2f ms", library.median),
                        library.median < 20);
                if (baseline != null) {
                    double ratio = library.median / baseline.median;
                    row(
                            "6b. Levinthal N=10 K=" + k + " vs primitive arrays",
                            "baseline " + baseline.describe(),
                            "<= 1.5x",
                            ratio(ratio),
                            ratio <= 1.5);
                }
            }
            for (String interaction : new String[] {"ADJACENT", "RANDOM"}) {
                for (String k : new String[] {"0", "5", "19"}) {
                    Measurement table =
                            m.get("LandscapeBenchmark.table interaction=" + interaction + " k=" + k + " n=20");
                    if (table == null) {
                        continue;
                    }
                    row(
                            "6c. fitness table N=20 K=" + k + " " + interaction.toLowerCase(Locale.ROOT),
                            table.describe(),
                            "< 1 s",
                            String.format(
                                    Locale.ROOT,
                                    "%.0f ms, %.2f MiB/op",
                                    table.median,
                                    table.allocatedBytes / (1 << 20)),
                            table.median < 1000);
                }
            }
            Measurement one = m.get("SweepBenchmark.execute points=40 replications=25 threads=1");
            Measurement two = m.get("SweepBenchmark.execute points=40 replications=25 threads=2");
            if (one != null && two != null) {
                double speedUp = one.median / two.median;
                row(
                        "6d. sweep 40 x 25 on 2 threads vs 1",
                        "2 threads " + two.describe() + "; 1 thread " + one.describe(),
                        ">= 1.8x",
                        ratio(speedUp) + " the throughput",
                        speedUp >= 1.8);
            }
        }

        /** Target 7, simulated ventures: one venture a founder runs, and the parts of its time. */
        private void market(Measurements m) {
            for (String founder : new String[] {"scientific", "intuitive"}) {
                Measurement run = m.get("MarketBenchmark.run founder=" + founder);
                Measurement idea = m.get("MarketBenchmark.idea founder=" + founder);
                Measurement replay = m.get("MarketBenchmark.replay founder=" + founder);
                if (run == null) {
                    continue;
                }
                double perSecond = 1e6 / run.median;
                String parts = idea == null || replay == null
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; of it the idea %.0f%%, Venture.apply %.0f%%",
                                100 * idea.median / run.median,
                                100 * replay.median / run.median);
                row(
                        "7. simulated venture, " + founder + ", one thread",
                        run.describe() + parts,
                        ">= 20,000 ventures/s",
                        String.format(Locale.ROOT, "%,.0f ventures/s", perSecond),
                        perSecond >= 20_000);
            }
        }

        private void row(String target, String measured, String goal, String figure, boolean met) {
            rows.add(new String[] {target, measured, goal, figure, met ? "yes" : "**no**"});
        }

        private static String mega(double perSecond) {
            return String.format(Locale.ROOT, "%.1f", perSecond / 1e6);
        }

        private static String ratio(double ratio) {
            return String.format(Locale.ROOT, "%.2fx", ratio);
        }
    }
}
