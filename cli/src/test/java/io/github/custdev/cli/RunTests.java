package io.github.custdev.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.custdev.simulation.Experiment;
import io.github.custdev.simulation.Grid;
import io.github.custdev.simulation.Metric;
import io.github.custdev.simulation.RunRecord;
import io.github.custdev.simulation.Sweep;
import io.github.custdev.simulation.market.Market;
import io.github.custdev.simulation.market.Probe;
import io.github.custdev.simulation.market.Scenario;
import io.github.custdev.simulation.market.VentureOutcome;
import io.github.custdev.simulation.nk.Interaction;
import io.github.custdev.simulation.nk.Levinthal;
import io.github.custdev.simulation.nk.LevinthalOutcome;
import io.github.custdev.simulation.nk.LevinthalParameters;
import io.github.custdev.simulation.nk.Search;
import io.github.custdev.simulation.nk.SearchRule;
import io.vavr.collection.Array;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTests {

    @TempDir
    Path dir;

    /** A small sweep: 2 x 3 points (K varies slowest), 4 replications. */
    static final String SMALL = "experiment: levinthal\ngrid:\n  K: [0, 3]\n  longJump: [0, 0.1, 0.5]\n  N: 6\n"
            + "  searchers: 10\n  periods: 5\n  interaction: random\n  rule: best-improvement\n"
            + "replications: 4\nseed: 99\n";

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void theExampleSweepRunsAtASmallSize() throws IOException {
        String example = Files.readString(SweepFileTests.EXAMPLE, StandardCharsets.UTF_8);
        assertTrue(example.contains("replications: 40 "), "the example's replications line");
        Path small = write(
                "levinthal.yaml",
                example.replace("replications: 40 ", "replications: 2 ").replace("searchers: 100", "searchers: 5"));
        Cli cli = new Cli();
        Path out = dir.resolve("out");
        assertEquals(Main.OK, cli.run("run", small.toString(), "--out", out.toString(), "--threads", "2"), cli.err());
        assertEquals(1 + 35 * 2, lines(out.resolve("runs.csv")).size());
        assertEquals(1 + 35, lines(out.resolve("points.csv")).size());
        for (String chart : List.of("peak-by-k", "peak-by-long-jump")) {
            byte[] png = Files.readAllBytes(out.resolve(chart + ".png"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), chart);
            String svg = Files.readString(out.resolve(chart + ".svg"), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<svg") && svg.strip().endsWith("</svg>"), chart);
        }
        assertEquals("wrote " + out + " (70 runs)\n", cli.out());
        assertEquals("progress: 70/70 runs (100.0%), ", cli.err().substring(0, 31));
    }

    @Test
    void theFoundersExampleRunsAtASmallSizeWithTheSimulationsOutcomes() throws IOException {
        Path file = Path.of("..", "examples", "sweeps", "founders.yaml");
        String example = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(example.contains("replications: 500 "), "the example's replications line");
        Path small = write("founders.yaml", example.replace("replications: 500 ", "replications: 3 "));
        Cli cli = new Cli();
        Path out = dir.resolve("out");
        assertEquals(Main.OK, cli.run("run", small.toString(), "--out", out.toString(), "--threads", "2"), cli.err());
        List<String> runs = lines(out.resolve("runs.csv"));
        assertEquals(1 + 36 * 3, runs.size());
        assertEquals(
                "run,point,replication,seed,founder,K,viableRate,overstatement,readNoise,capital,horizon,launched,"
                        + "terminated,outOfCash,periods,pivots,evidenceItems,experiments,cashSpent,revenue,"
                        + "startAcceptance,endAcceptance,falsePivots,falseProceeds,prematureScaling",
                runs.get(0));
        // every row is the simulation's own outcome of its run, repeated alone
        for (String line : runs.subList(1, runs.size())) {
            String[] row = line.split(",", -1);
            Scenario scenario = new Scenario(
                    FoundersSweep.founder(row[4]),
                    Market.defaults()
                            .withIdeas(Market.defaults()
                                    .ideas()
                                    .withInteractions(Integer.parseInt(row[5]))
                                    .withViableRate(Double.parseDouble(row[6])))
                            .withProbe(Probe.interview(0.5, Double.parseDouble(row[7]))),
                    Double.parseDouble(row[9]),
                    Integer.parseInt(row[10]));
            VentureOutcome outcome = scenario.run(Long.parseLong(row[3]));
            assertEquals(String.valueOf(outcome.pivots().size()), row[15], line);
            assertEquals(String.valueOf(outcome.revenue()), row[19], line);
            assertEquals(outcome.prematureScaling() ? "1" : "0", row[24], line);
        }
        assertEquals(1 + 36, lines(out.resolve("points.csv")).size());
        for (String chart : List.of(
                "revenue-by-k",
                "terminated-by-k",
                "revenue-by-viable-rate",
                "revenue-by-founder",
                "pivots-by-founder")) {
            byte[] png = Files.readAllBytes(out.resolve(chart + ".png"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), chart);
        }
        assertEquals(Array.of("levinthal", "founders"), Experiments.builtIn().names());
    }

    @Test
    void theTablesHoldTheSimulationsRecordsInGridOrder() throws IOException {
        Path sweep = write("small.yaml", SMALL);
        Path out = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(Main.OK, cli.run("run", sweep.toString(), "--out", out.toString()), cli.err());
        List<String> runs = lines(out.resolve("runs.csv"));
        assertEquals(
                "run,point,replication,seed,N,K,interaction,searchers,periods,rule,longJump,noise,localOptima,"
                        + "globalMaximum,shareAtGlobalPeak,meanFitness,meanRank,finalDistinctForms",
                runs.get(0));
        // The same sweep built by hand with the simulation's API: K varies slowest, as in the file.
        List<LevinthalParameters> points = new ArrayList<>();
        for (int k : new int[] {0, 3}) {
            for (double jump : new double[] {0, 0.1, 0.5}) {
                points.add(new LevinthalParameters(
                        6, k, Interaction.RANDOM, 10, 5, Search.of(SearchRule.BEST_IMPROVEMENT, jump, 0)));
            }
        }
        Sweep<LevinthalParameters, LevinthalOutcome> expected =
                Sweep.of(Levinthal.experiment(), Grid.ofAll(points), 4, 99L);
        assertEquals(1 + 24, runs.size());
        for (long i = 0; i < 24; i++) {
            RunRecord<LevinthalParameters, LevinthalOutcome> record =
                    expected.execute(i).get();
            LevinthalOutcome o = record.result();
            LevinthalParameters p = record.run().parameters();
            String row = i + "," + record.run().point() + "," + record.run().replication() + ","
                    + record.run().seed()
                    + ",6," + p.k() + ",random,10,5,best-improvement,"
                    + p.search().longJumpProbability() + ",0.0,"
                    + o.localOptimumCount() + "," + o.globalMaximum() + "," + o.shareAtGlobalPeak() + ","
                    + o.meanFitness() + "," + o.meanRank() + "," + o.finalDistinctForms();
            assertEquals(row, runs.get((int) i + 1));
        }
    }

    @Test
    void thePointTableSummarizesTheRunTable() throws IOException {
        Path sweep = write("small.yaml", SMALL);
        Path out = dir.resolve("out");
        assertEquals(Main.OK, new Cli().run("run", sweep.toString(), "--out", out.toString()));
        List<String> runs = lines(out.resolve("runs.csv"));
        List<String> points = lines(out.resolve("points.csv"));
        List<String> header = Csv.split(points.get(0));
        int meanFitness = Csv.split(runs.get(0)).indexOf("meanFitness");
        for (int point = 0; point < 6; point++) {
            double[] values = new double[4];
            for (int r = 0; r < 4; r++) {
                values[r] = Double.parseDouble(
                        Csv.split(runs.get(1 + point * 4 + r)).get(meanFitness));
            }
            List<String> row = Csv.split(points.get(1 + point));
            assertEquals(Integer.toString(point), row.get(0));
            assertEquals("4", row.get(header.indexOf("runs")));
            assertEquals("0", row.get(header.indexOf("failures")));
            // Independent values: the mean, the sample standard deviation (n - 1) and Hyndman-Fan 7 quantiles of
            // four sorted values, written out.
            double mean = (values[0] + values[1] + values[2] + values[3]) / 4;
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            double sd = Math.sqrt(ss / 3);
            double[] s = values.clone();
            Arrays.sort(s);
            double median = (s[1] + s[2]) / 2; // h = 1.5
            double p25 = s[0] + 0.75 * (s[1] - s[0]); // h = 0.75
            double p95 = s[2] + 0.85 * (s[3] - s[2]); // h = 2.85
            assertEquals(mean, Double.parseDouble(row.get(header.indexOf("meanFitness_mean"))), 1e-15);
            assertEquals(sd, Double.parseDouble(row.get(header.indexOf("meanFitness_sd"))), 1e-12);
            assertEquals(sd / 2, Double.parseDouble(row.get(header.indexOf("meanFitness_se"))), 1e-12);
            assertEquals(s[0], Double.parseDouble(row.get(header.indexOf("meanFitness_min"))));
            assertEquals(s[3], Double.parseDouble(row.get(header.indexOf("meanFitness_max"))));
            assertEquals(median, Double.parseDouble(row.get(header.indexOf("meanFitness_median"))), 1e-15);
            assertEquals(p25, Double.parseDouble(row.get(header.indexOf("meanFitness_p25"))), 1e-15);
            assertEquals(p95, Double.parseDouble(row.get(header.indexOf("meanFitness_p95"))), 1e-15);
        }
    }

    @Test
    void theManifestDescribesTheRun() throws IOException {
        Path sweep = write("small.yaml", SMALL);
        Path out = dir.resolve("out");
        assertEquals(Main.OK, new Cli().run("run", sweep.toString(), "--out", out.toString(), "--threads", "3"));
        JsonNode manifest =
                new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(sweep.toString(), manifest.get("sweepFile").asText());
        assertEquals(
                SweepFile.sha256(Files.readAllBytes(sweep)),
                manifest.get("sweepSha256").asText());
        assertEquals("custdev " + Main.version(), manifest.get("library").asText());
        assertFalse(Main.version().contains("$"), Main.version());
        assertEquals("levinthal", manifest.get("experiment").asText());
        assertEquals(99, manifest.get("seed").asLong());
        assertEquals(6, manifest.get("points").asLong());
        assertEquals(4, manifest.get("replications").asInt());
        assertEquals(24, manifest.get("runs").asLong());
        assertEquals(0, manifest.get("failures").asLong());
        assertEquals(3, manifest.get("threads").asInt());
        assertEquals("2026-12-06T00:00:00Z", manifest.get("start").asText());
        assertEquals("2026-12-06T00:00:00Z", manifest.get("end").asText());
        assertFalse(manifest.get("resumed").asBoolean());
        assertEquals("[\"runs\",\"points\",\"charts\"]", manifest.get("outputs").toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of(
                            "manifest.json",
                            "peak-by-k.png",
                            "peak-by-k.svg",
                            "peak-by-long-jump.png",
                            "peak-by-long-jump.svg",
                            "points.csv",
                            "runs.csv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void onlyTheOutputsAskedForAreWritten() throws IOException {
        Path sweep = write("small.yaml", SMALL + "outputs: [points]\n");
        Path out = dir.resolve("out");
        assertEquals(Main.OK, new Cli().run("run", sweep.toString(), "--out", out.toString()));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of("manifest.json", "points.csv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anInterruptedRunResumesToTheSameBytes() throws IOException {
        Path sweep = write("small.yaml", SMALL);
        Path whole = dir.resolve("whole");
        assertEquals(Main.OK, new Cli().run("run", sweep.toString(), "--out", whole.toString(), "--threads", "1"));

        // Blocks of 6 runs (a point and a half rounds down to one point of 4 runs): stop after 2 of the 6 points.
        Path parts = dir.resolve("parts");
        Cli first = new Cli();
        first.stopAfterBlocks = 2;
        assertEquals(Main.RUN_FAILURE, first.run("run", sweep.toString(), "--out", parts.toString()));
        assertTrue(first.err().contains("stopped before the end; run again with --resume to continue"), first.err());
        assertFalse(Files.exists(parts.resolve("runs.csv")));
        assertFalse(Files.exists(parts.resolve("manifest.json")));
        try (Stream<Path> files = Files.list(parts.resolve(SweepRunner.CHECKPOINT))) {
            assertEquals(
                    List.of(
                            "block-00000000.failures.csv",
                            "block-00000000.points.csv",
                            "block-00000000.runs.csv",
                            "block-00000001.failures.csv",
                            "block-00000001.points.csv",
                            "block-00000001.runs.csv",
                            "state.properties"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }

        // A writer killed between writing and renaming leaves a temporary file; the resume removes it.
        Path leftover = Files.writeString(
                parts.resolve(SweepRunner.CHECKPOINT).resolve(".block-00000002.runs.csv.123-4.tmp"), "half");
        Path leftoverOut = Files.writeString(parts.resolve(".runs.csv.123-5.tmp"), "half");
        Path kept = Files.writeString(parts.resolve("notes.tmp"), "mine");

        // Without --resume the interrupted run is left alone.
        Cli again = new Cli();
        assertEquals(Main.USAGE, again.run("run", sweep.toString(), "--out", parts.toString()));
        assertTrue(again.err().contains("holds an interrupted run of a sweep: add --resume"), again.err());

        // Stopped once more after one more block, on other threads, then resumed to the end.
        Cli second = new Cli();
        second.stopAfterBlocks = 1;
        assertEquals(Main.RUN_FAILURE, second.run("run", sweep.toString(), "--out", parts.toString(), "--resume"));
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(leftoverOut));
        assertTrue(Files.exists(kept));
        Cli last = new Cli();
        last.blockRuns = 1000; // ignored: the checkpoint's block size holds
        assertEquals(
                Main.OK,
                last.run("run", sweep.toString(), "--out", parts.toString(), "--resume", "--threads", "3"),
                last.err());
        assertTrue(last.err().startsWith("progress: 24/24 runs (100.0%), "), last.err());
        for (String table : List.of("runs.csv", "points.csv")) {
            assertArrayEquals(
                    Files.readAllBytes(whole.resolve(table)), Files.readAllBytes(parts.resolve(table)), table);
        }
        assertFalse(Files.exists(parts.resolve(SweepRunner.CHECKPOINT)));
        assertTrue(new ObjectMapper()
                .readTree(parts.resolve("manifest.json").toFile())
                .get("resumed")
                .asBoolean());
    }

    @Test
    void aResumeOfAChangedSweepFileIsRefused() throws IOException {
        Path sweep = write("small.yaml", SMALL);
        Path out = dir.resolve("out");
        Cli first = new Cli();
        first.stopAfterBlocks = 1;
        assertEquals(Main.RUN_FAILURE, first.run("run", sweep.toString(), "--out", out.toString()));
        write("small.yaml", SMALL.replace("seed: 99", "seed: 100"));
        Cli resumed = new Cli();
        assertEquals(Main.USAGE, resumed.run("run", sweep.toString(), "--out", out.toString(), "--resume"));
        assertTrue(resumed.err().contains("--resume: the sweep file changed since the interrupted run"), resumed.err());
    }

    @Test
    void aResumeWithNothingToResumeRunsTheWholeSweep() throws IOException {
        Path sweep = write("small.yaml", SMALL);
        Path out = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(Main.OK, cli.run("run", sweep.toString(), "--out", out.toString(), "--resume"));
        assertEquals(25, lines(out.resolve("runs.csv")).size());
        assertFalse(new ObjectMapper()
                .readTree(out.resolve("manifest.json").toFile())
                .get("resumed")
                .asBoolean());
    }

    @Test
    void anInvalidFileRunsNothing() throws IOException {
        Path sweep = write("bad.yaml", SMALL.replace("K: [0, 3]", "K: [0, 3, 12]") + "extra: 1\n");
        Path out = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(Main.USAGE, cli.run("run", sweep.toString(), "--out", out.toString()));
        assertEquals(
                "custdev: " + sweep + " is not a valid sweep file (1 fault; nothing ran):\n"
                        + "  extra: unknown field (known: experiment, description, grid, replications, seed, outputs, "
                        + "maxRuns, commonRandomNumbers): extra\n",
                cli.err());
        assertEquals("", cli.out());
        assertFalse(Files.exists(out));
        Path k = write("k.yaml", SMALL.replace("K: [0, 3]", "K: [0, 3, 12]"));
        Cli second = new Cli();
        assertEquals(Main.USAGE, second.run("validate", k.toString()));
        assertTrue(
                second.err().contains("  grid.K[2]: must be in [0, N-1] for every N of the grid (smallest N 6): 12\n"),
                second.err());
    }

    @Test
    void failedRunsAreListedAndExitWithOne() throws IOException {
        Cli cli = new Cli();
        cli.experiments = Experiments.of(new Failing());
        Path sweep = write("fail.yaml", "experiment: failing\ngrid:\n  x: [1, 2, 3]\nreplications: 2\nseed: 5\n");
        Path out = dir.resolve("out");
        assertEquals(Main.RUN_FAILURE, cli.run("run", sweep.toString(), "--out", out.toString()));
        assertTrue(cli.err().contains("custdev: 2 of 6 runs failed: see failures.csv in " + out), cli.err());
        List<String> failures = lines(out.resolve("failures.csv"));
        assertEquals("run,point,replication,seed,error", failures.get(0));
        assertEquals(3, failures.size());
        assertTrue(failures.get(1).startsWith("2,1,0,"), failures.get(1));
        assertTrue(
                failures.get(1).endsWith(",\"java.lang.IllegalStateException: x = 2, \"\"two\"\"\""), failures.get(1));
        assertEquals(
                List.of("run,point,replication,x,value", "0,0,0,1,10", "1,0,1,1,10", "4,2,0,3,30", "5,2,1,3,30"),
                lines(out.resolve("runs.csv")).stream().map(RunTests::dropSeed).toList());
        List<String> points = lines(out.resolve("points.csv"));
        assertEquals(3, points.size());
        assertEquals(
                List.of("point", "x", "runs", "failures", "value_mean"),
                Csv.split(points.get(0)).subList(0, 5));
        assertEquals(
                List.of("0", "1", "2", "0", "10.0"), Csv.split(points.get(1)).subList(0, 5));
        assertEquals(
                List.of("2", "3", "2", "0", "30.0"), Csv.split(points.get(2)).subList(0, 5));
        // A run without failures afterwards removes the stale list.
        assertEquals(Main.OK, new Cli().run("run", write("small.yaml", SMALL).toString(), "--out", out.toString()));
        assertFalse(Files.exists(out.resolve("failures.csv")));
    }

    private static String dropSeed(String line) {
        List<String> cells = new ArrayList<>(Csv.split(line));
        cells.remove(3);
        return String.join(",", cells);
    }

    /** An experiment whose runs fail at x = 2 and return x * 10 elsewhere. */
    static final class Failing implements SweepExperiment<Integer, Integer> {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public String description() {
            return "fails at x = 2";
        }

        @Override
        public Seq<Parameter> parameters() {
            return Array.of(Parameter.integer("x", 0, 10, 0, "the input"));
        }

        @Override
        public Integer point(Map<String, Object> values) {
            return (Integer) values.get("x").get();
        }

        @Override
        public Experiment<Integer, Integer> experiment() {
            return (x, seed) -> {
                if (x == 2) {
                    throw new IllegalStateException("x = 2, \"two\"");
                }
                return x * 10;
            };
        }

        @Override
        public Seq<Column<Integer>> columns() {
            return Array.of(Column.ofLong("value", v -> v));
        }

        @Override
        public Seq<Metric<Integer>> metrics() {
            return Array.of(Metric.of("value", v -> v));
        }

        @Override
        public Seq<ChartSpec> charts() {
            return Array.empty();
        }
    }
}
