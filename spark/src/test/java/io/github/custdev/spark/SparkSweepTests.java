package io.github.custdev.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.cli.Experiments;
import io.github.custdev.cli.SweepSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSweepTests {

    /** 2 x 3 points (K varies slowest) x 5 replications: 30 runs, cut into 4 uneven slices. */
    static final String SWEEP = "experiment: levinthal\ngrid:\n  K: [0, 3]\n  longJump: [0, 0.1, 0.5]\n  N: 6\n"
            + "  searchers: 10\n  periods: 5\n  interaction: random\nreplications: 5\nseed: 2026\n";

    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("custdev-spark tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SweepSpec spec() {
        return SweepSpec.parse("sweep.yaml", SWEEP.getBytes(StandardCharsets.UTF_8), Experiments.builtIn())
                .get();
    }

    /** The rows of a Parquet table sorted by run index, as lines of the command line's runs.csv. */
    private static List<String> lines(Path table) {
        List<String> lines = new ArrayList<>();
        for (Row row : spark.read().parquet(table.toString()).orderBy("run").collectAsList()) {
            Object[] cells = new Object[row.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = row.get(i);
            }
            lines.add(SweepSpec.csvLine(cells));
        }
        return lines;
    }

    private static List<String> localLines(SweepSpec spec) {
        List<String> lines = new ArrayList<>();
        for (Object[] row : spec.runRows(0, spec.runs())) {
            lines.add(SweepSpec.csvLine(row));
        }
        return lines;
    }

    @Test
    void sparkWritesTheLocalRecordsOnAnyNumberOfPartitions() {
        SweepSpec spec = spec();
        byte[] content = SWEEP.getBytes(StandardCharsets.UTF_8);
        for (int partitions : new int[] {1, 7}) {
            Path out = dir.resolve("p" + partitions);
            SparkSweep.Outcome outcome =
                    SparkSweep.execute(spark, "sweep.yaml", content, spec, out.toString(), partitions);
            assertEquals(new SparkSweep.Outcome(30, 30, partitions), outcome);
            assertEquals(localLines(spec), lines(out.resolve("runs.parquet")), "partitions " + partitions);
            assertEquals(
                    Arrays.asList(spec.runsHeader().split(",")),
                    Arrays.asList(spark.read()
                            .parquet(out.resolve("runs.parquet").toString())
                            .columns()));
        }
        Path out = dir.resolve("p7");

        // The summaries of the last run, computed by Spark, against independent values.
        List<Row> points =
                spark.read().parquet(out.resolve("points.parquet").toString()).collectAsList();
        assertEquals(6, points.size());
        List<Object[]> runs = spec.runRows(0, spec.runs());
        int fitness = spec.runFields().map(SweepSpec.Field::name).indexOf("meanFitness");
        for (int point = 0; point < 6; point++) {
            Row row = points.get(point);
            assertEquals(point, row.<Integer>getAs("point"));
            assertEquals(5L, row.<Long>getAs("runs"));
            double[] values = new double[5];
            for (int r = 0; r < 5; r++) {
                values[r] = (Double) runs.get(point * 5 + r)[fitness];
            }
            double mean = Arrays.stream(values).sum() / 5;
            double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            assertEquals(mean, row.<Double>getAs("meanFitness_mean"), 1e-12);
            assertEquals(Math.sqrt(ss / 4), row.<Double>getAs("meanFitness_sd"), 1e-12);
            assertEquals(Math.sqrt(ss / 4) / Math.sqrt(5), row.<Double>getAs("meanFitness_se"), 1e-12);
            assertEquals(sorted[0], row.<Double>getAs("meanFitness_min"));
            assertEquals(sorted[4], row.<Double>getAs("meanFitness_max"));
            // Five values, far fewer than the accuracy: percentile_approx is exact, the smallest value whose rank
            // reaches p * n (ranks from 1): p5 -> 1st, p25 -> 2nd, median -> 3rd, p75 -> 4th, p95 -> 5th.
            assertEquals(sorted[0], row.<Double>getAs("meanFitness_p5"));
            assertEquals(sorted[1], row.<Double>getAs("meanFitness_p25"));
            assertEquals(sorted[2], row.<Double>getAs("meanFitness_median"));
            assertEquals(sorted[3], row.<Double>getAs("meanFitness_p75"));
            assertEquals(sorted[4], row.<Double>getAs("meanFitness_p95"));
        }
    }

    @Test
    void slicesCoverEveryRunOnceInOrder() {
        assertEquals(0, SparkSweep.Slice.start(0, 30, 4));
        assertEquals(8, SparkSweep.Slice.start(1, 30, 4)); // 30 = 8 + 8 + 7 + 7
        assertEquals(16, SparkSweep.Slice.start(2, 30, 4));
        assertEquals(23, SparkSweep.Slice.start(3, 30, 4));
        assertEquals(30, SparkSweep.Slice.start(4, 30, 4));
        assertEquals(Long.MAX_VALUE - 1, SparkSweep.Slice.start(3, Long.MAX_VALUE - 1, 3));
    }

    @Test
    void theEntryPointRunsAsSparkSubmitCallsIt() throws IOException {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), SWEEP, StandardCharsets.UTF_8);
        Path out = dir.resolve("submitted");
        // spark-submit sets the master as a system property and calls the main class with the arguments after the
        // jar; the session it then gets is this test's local[2] one.
        String master = System.getProperty("spark.master");
        System.setProperty("spark.master", "local[2]");
        try {
            SparkSweep.main(new String[] {sweep.toString(), "--out", out.toString(), "--partitions", "2"});
        } finally {
            if (master == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", master);
            }
        }
        assertEquals(localLines(spec()), lines(out.resolve("runs.parquet")));
        assertEquals(
                6,
                spark.read().parquet(out.resolve("points.parquet").toString()).count());
        assertTrue(!spark.sparkContext().isStopped(), "the job leaves a session it did not start running");
    }

    @Test
    void theJobReportsWhatItWrote() throws IOException {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), SWEEP, StandardCharsets.UTF_8);
        Path out = dir.resolve("reported");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = SparkSweep.run(
                new String[] {sweep.toString(), "--out", out.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8));
        // No --partitions: four per core of local[2], 8.
        assertEquals(
                "wrote " + out + "/runs.parquet and " + out + "/points.parquet (30 runs on 8 partitions)\n",
                stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badArgumentsAndInvalidFilesExitWithTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), SWEEP.replace("K: [0, 3]", "K: [0, 6]"));
        String[][] cases = {
            {},
            {bad.toString()},
            {bad.toString(), "--out"},
            {bad.toString(), "--out", "x", "--partitions", "0"},
            {bad.toString(), "--out", "x", "--partitions", "two"},
            {bad.toString(), "--out", "x", "--fast"},
            {dir.resolve("absent.yaml").toString(), "--out", "x"},
            {bad.toString(), "--out", dir.resolve("x").toString()},
        };
        String[] messages = {
            "custdev-spark: missing SWEEP.yaml",
            "custdev-spark: missing --out DIR",
            "custdev-spark: --out needs a value",
            "custdev-spark: --partitions must be at least 1: 0",
            "custdev-spark: --partitions must be a whole number: two",
            "custdev-spark: unexpected argument: --fast",
            "custdev-spark: " + dir.resolve("absent.yaml") + ": cannot be read: ",
            "custdev-spark: " + bad + " is not a valid sweep file (nothing ran):\n"
                    + "  grid.K[1]: must be in [0, N-1] for every N of the grid (smallest N 6): 6",
        };
        for (int i = 0; i < cases.length; i++) {
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int code = SparkSweep.run(
                    cases[i],
                    new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(stderr, true, StandardCharsets.UTF_8));
            assertEquals(2, code, String.join(" ", cases[i]));
            assertTrue(
                    stderr.toString(StandardCharsets.UTF_8).startsWith(messages[i]),
                    stderr.toString(StandardCharsets.UTF_8));
        }
        assertTrue(Files.notExists(dir.resolve("x")));
    }
}
