package io.github.custdev.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.stddev_samp;

import io.github.custdev.cli.Experiments;
import io.github.custdev.cli.SweepSpec;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A sweep file run as a Spark job: the runs are cut into slices of consecutive indices, one per partition; each
 * partition parses the file and executes its slice with the simulation's {@code Sweep}, so every run has the seed
 * {@code Seeds.of(masterSeed, point, replication)} it has locally and its record is the one the command line writes to
 * {@code runs.csv}. The records go to {@code OUT/runs.parquet} (one column per column of {@code runs.csv}, typed),
 * the per-point summaries computed by Spark to {@code OUT/points.parquet}.
 *
 * <p>Summaries: per point and metric, the count, mean, sample standard deviation, standard error ({@code sd /
 * sqrt(n)}), minimum and maximum, computed exactly but summed in Spark's order (they may differ from the command
 * line's {@code points.csv} in the last digits), and the 5th, 25th, 50th, 75th and 95th percentiles by Spark's
 * {@code percentile_approx} with accuracy {@value #QUANTILE_ACCURACY}: each is a value of the data whose rank is
 * within {@code n / }{@value #QUANTILE_ACCURACY} of the exact rank (Greenwald-Khanna), not Hyndman and Fan's
 * interpolated quantile of {@code points.csv}.
 *
 * <p>Usage (the {@code spark-submit} arguments after the jar): {@code SWEEP.yaml --out DIR [--partitions N]}. Exit
 * codes: 0 ok, 1 runs failed or the job failed, 2 a usage error or an invalid sweep file.
 *
 * <p>Stateless and thread-safe.
 */
public final class SparkSweep {

    /** The accuracy of the approximate percentiles: rank error at most {@code n / QUANTILE_ACCURACY}. */
    public static final int QUANTILE_ACCURACY = 10_000;

    /** The most runs one partition's slice holds, whatever the partitions asked for. */
    public static final long MAX_SLICE_RUNS = 100_000;

    private static final double[] PERCENTILES = {0.05, 0.25, 0.5, 0.75, 0.95};
    private static final String[] PERCENTILE_NAMES = {"p5", "p25", "median", "p75", "p95"};

    /**
     * What a job did. Immutable and thread-safe.
     *
     * @param runs the sweep's runs
     * @param records the runs that produced a record (the others failed)
     * @param partitions the slices the runs were cut into
     */
    public record Outcome(long runs, long records, int partitions) {}

    private SparkSweep() {}

    /**
     * The entry point {@code spark-submit} calls; exits with a code other than 0 only on a failure.
     *
     * @param args {@code SWEEP.yaml --out DIR [--partitions N]}
     */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the job as {@link #main(String[])} does and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String dir = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--out") || args[i].equals("--partitions")) && i + 1 == args.length) {
                return usage(err, args[i] + " needs a value");
            }
            if (args[i].equals("--out")) {
                dir = args[++i];
            } else if (args[i].equals("--partitions")) {
                try {
                    partitions = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    return usage(err, "--partitions must be a whole number: " + args[i]);
                }
                if (partitions < 1) {
                    return usage(err, "--partitions must be at least 1: " + partitions);
                }
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                return usage(err, "unexpected argument: " + args[i]);
            }
        }
        if (file == null || dir == null) {
            return usage(err, "missing " + (file == null ? "SWEEP.yaml" : "--out DIR"));
        }
        SweepSpec spec;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            err.println("custdev-spark: " + file + ": cannot be read: " + e);
            return 2;
        }
        String name = Path.of(file).getFileName().toString();
        io.vavr.control.Either<Seq<String>, SweepSpec> parsed = SweepSpec.parse(name, bytes, Experiments.builtIn());
        if (parsed.isLeft()) {
            err.println("custdev-spark: " + file + " is not a valid sweep file (nothing ran):");
            parsed.getLeft().forEach(fault -> err.println("  " + fault));
            return 2;
        }
        spec = parsed.get();
        boolean existed = SparkSession.getDefaultSession().isDefined();
        SparkSession spark =
                SparkSession.builder().appName("custdev sweep " + name).getOrCreate();
        try {
            Outcome outcome = execute(spark, name, bytes, spec, dir, partitions);
            out.println("wrote " + dir + "/runs.parquet and " + dir + "/points.parquet (" + outcome.runs() + " runs on "
                    + outcome.partitions() + " partitions)");
            if (outcome.records() < outcome.runs()) {
                err.println("custdev-spark: " + (outcome.runs() - outcome.records()) + " of " + outcome.runs()
                        + " runs failed (left out of runs.parquet)");
                return 1;
            }
            return 0;
        } finally {
            if (!existed) {
                spark.stop();
            }
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("custdev-spark: " + message);
        err.println("Usage: spark-submit --class " + SparkSweep.class.getName()
                + " custdev-spark.jar SWEEP.yaml --out DIR [--partitions N]");
        return 2;
    }

    /**
     * Runs a sweep on a Spark session and writes {@code dir/runs.parquet} and {@code dir/points.parquet}.
     *
     * @param spark the session
     * @param name the sweep file's name (a name ending in {@code .json} is JSON)
     * @param content the sweep file's bytes, sent to every partition
     * @param spec the sweep the bytes make, already validated
     * @param dir the output directory (a path Spark writes to: local, HDFS, S3, ...), without the two tables
     * @param partitions the partitions to cut the runs into, or 0 for four per core of the cluster
     * @return what the job did
     */
    public static Outcome execute(
            SparkSession spark, String name, byte[] content, SweepSpec spec, String dir, int partitions) {
        long runs = spec.runs();
        long wanted = partitions > 0 ? partitions : 4L * spark.sparkContext().defaultParallelism();
        long slices = Math.max(wanted, (runs + MAX_SLICE_RUNS - 1) / MAX_SLICE_RUNS);
        int parts = (int) Math.max(1, Math.min(slices, runs));
        StructType schema = schema(spec.runFields());
        Dataset<Long> starts = spark.range(0, parts, 1, parts);
        Dataset<Row> rows = starts.flatMap(new Slice(name, content.clone(), runs, parts), Encoders.row(schema));
        String runsPath = dir + "/runs.parquet";
        rows.write().mode(SaveMode.ErrorIfExists).parquet(runsPath);
        Dataset<Row> records = spark.read().parquet(runsPath);
        long count = records.count();
        summarize(records, spec).write().mode(SaveMode.ErrorIfExists).parquet(dir + "/points.parquet");
        return new Outcome(runs, count, parts);
    }

    /** The per-point summaries, in point order. */
    static Dataset<Row> summarize(Dataset<Row> records, SweepSpec spec) {
        List<Column> keys = new ArrayList<>();
        keys.add(col("point"));
        spec.parameters().forEach(parameter -> keys.add(col(parameter)));
        List<Column> aggregates = new ArrayList<>();
        List<Column> selected = new ArrayList<>(keys);
        selected.add(col("runs"));
        for (String metric : spec.metrics()) {
            aggregates.add(avg(col(metric)).as(metric + "_mean"));
            aggregates.add(stddev_samp(col(metric)).as(metric + "_sd"));
            aggregates.add(min(col(metric)).cast(DataTypes.DoubleType).as(metric + "_min"));
            aggregates.add(max(col(metric)).cast(DataTypes.DoubleType).as(metric + "_max"));
            Column[] probabilities = new Column[PERCENTILES.length];
            for (int i = 0; i < PERCENTILES.length; i++) {
                probabilities[i] = lit(PERCENTILES[i]);
            }
            aggregates.add(percentile_approx(
                            col(metric).cast(DataTypes.DoubleType),
                            org.apache.spark.sql.functions.array(probabilities),
                            lit(QUANTILE_ACCURACY))
                    .as(metric + "_quantiles"));
            selected.add(col(metric + "_mean"));
            selected.add(col(metric + "_sd"));
            selected.add(col(metric + "_sd").divide(sqrt(col("runs"))).as(metric + "_se"));
            selected.add(col(metric + "_min"));
            for (int i = 0; i < PERCENTILES.length; i++) {
                selected.add(col(metric + "_quantiles").getItem(i).as(metric + "_" + PERCENTILE_NAMES[i]));
            }
            selected.add(col(metric + "_max"));
        }
        Column first = count(lit(1)).as("runs");
        return records.groupBy(keys.toArray(new Column[0]))
                .agg(first, aggregates.toArray(new Column[0]))
                .select(selected.toArray(new Column[0]))
                .orderBy(col("point"));
    }

    /** The Spark schema of the per-run table: a non-null column per field, of the field's type. */
    static StructType schema(Seq<SweepSpec.Field> fields) {
        List<StructField> columns = new ArrayList<>();
        for (SweepSpec.Field field : fields) {
            columns.add(DataTypes.createStructField(field.name(), type(field.type()), false));
        }
        return DataTypes.createStructType(columns);
    }

    private static DataType type(SweepSpec.Type type) {
        switch (type) {
            case INT:
                return DataTypes.IntegerType;
            case LONG:
                return DataTypes.LongType;
            case DOUBLE:
                return DataTypes.DoubleType;
            default:
                return DataTypes.StringType;
        }
    }

    /**
     * One partition's share of the runs: slice {@code s} of {@code parts} holds the runs from {@code s * (runs / parts)
     * + min(s, runs % parts)}, the first {@code runs % parts} slices one run more than the others.
     */
    static final class Slice implements FlatMapFunction<Long, Row> {
        private static final long serialVersionUID = 1L;

        /** The sweeps parsed in this JVM, by file name and content: each executor parses a file once. */
        private static final ConcurrentHashMap<String, SweepSpec> PARSED = new ConcurrentHashMap<>();

        private final String name;
        private final byte[] content;
        private final long runs;
        private final int parts;

        Slice(String name, byte[] content, long runs, int parts) {
            this.name = name;
            this.content = content;
            this.runs = runs;
            this.parts = parts;
        }

        static long start(long slice, long runs, int parts) {
            return slice * (runs / parts) + Math.min(slice, runs % parts);
        }

        @Override
        public Iterator<Row> call(Long slice) {
            SweepSpec spec = PARSED.computeIfAbsent(
                    name + "\n" + new String(content, java.nio.charset.StandardCharsets.ISO_8859_1),
                    key -> SweepSpec.parse(name, content, Experiments.builtIn())
                            .getOrElseThrow(faults -> new IllegalStateException(
                                    String.format(Locale.ROOT, "%s became invalid on an executor: %s", name, faults))));
            return spec.runRows(start(slice, runs, parts), start(slice + 1, runs, parts)).stream()
                    .map(RowFactory::create)
                    .iterator();
        }
    }
}
