package io.github.custdev.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep file, read, validated and bound to its experiment: the numbers of its points and runs, and the typed rows of
 * its per-run table for any range of runs, the same wherever and in whatever parts they are computed. It is what a
 * distributed runner (a Spark job) needs from the command line's format: each worker parses the file's bytes with
 * {@link #parse(String, byte[], Experiments)} and computes its share of {@link #runRows(long, long)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SweepSpec {

    /** The type of a column of the per-run table. Immutable and thread-safe. */
    public enum Type {
        /** {@link Integer} cells. */
        INT,
        /** {@link Long} cells. */
        LONG,
        /** {@link Double} cells. */
        DOUBLE,
        /** {@link String} cells. */
        STRING
    }

    /**
     * A column of the per-run table. Immutable and thread-safe.
     *
     * @param name the header
     * @param type the type of its cells
     */
    public record Field(String name, Type type) {}

    private final Plan<?, ?> plan;

    private SweepSpec(Plan<?, ?> plan) {
        this.plan = plan;
    }

    /**
     * Reads and validates a sweep file.
     *
     * @param file the file
     * @param experiments the experiments it may name
     * @return the sweep, or every fault found, each {@code path: rule: value}
     */
    public static Either<Seq<String>, SweepSpec> read(Path file, Experiments experiments) {
        return SweepFile.read(file, experiments).map(f -> new SweepSpec(Plan.of(f)));
    }

    /**
     * Validates the content of a sweep file.
     *
     * @param name the file's name (a name ending in {@code .json} is read as JSON, any other as YAML)
     * @param content the file's bytes
     * @param experiments the experiments it may name
     * @return the sweep, or every fault found, each {@code path: rule: value}
     */
    public static Either<Seq<String>, SweepSpec> parse(String name, byte[] content, Experiments experiments) {
        return SweepFile.parse(Path.of(name), content.clone(), experiments).map(f -> new SweepSpec(Plan.of(f)));
    }

    /**
     * The experiment's name.
     *
     * @return the name
     */
    public String experiment() {
        return plan.file().experiment().name();
    }

    /**
     * The SHA-256 of the file's bytes, in lower-case hexadecimal.
     *
     * @return the hash
     */
    public String sha256() {
        return plan.file().sha256();
    }

    /**
     * The number of grid points.
     *
     * @return the points
     */
    public long points() {
        return plan.file().points();
    }

    /**
     * The number of runs: points times replications.
     *
     * @return the runs
     */
    public long runs() {
        return plan.file().runs();
    }

    /**
     * The number of replications at each point.
     *
     * @return the replications
     */
    public int replications() {
        return plan.file().replications();
    }

    /**
     * The experiment's parameters, in column order: the columns of the per-run table after {@code seed}.
     *
     * @return the names
     */
    public Seq<String> parameters() {
        return plan.parameterNames();
    }

    /**
     * The names of the metrics the per-point table summarizes.
     *
     * @return the names
     */
    public Seq<String> metrics() {
        return plan.metricNames();
    }

    /**
     * The columns of the per-run table ({@code runs.csv}).
     *
     * @return the fields, in column order
     */
    public Seq<Field> runFields() {
        return plan.runFields();
    }

    /**
     * The header line of the per-run table, without a line end.
     *
     * @return the header
     */
    public String runsHeader() {
        return plan.runsHeader();
    }

    /**
     * The rows of the runs in {@code [from, to)} that succeeded, on the calling thread, in the order of their indices;
     * each row holds a cell per {@link #runFields() field}, of the field's type.
     *
     * @param from the first run's index, in {@code [0, runs()]}
     * @param to the index after the last, in {@code [from, runs()]}
     * @return the rows
     * @throws io.github.custdev.InvalidValueException if the range is out of bounds
     */
    public List<Object[]> runRows(long from, long to) {
        return plan.runRows(from, to);
    }

    /**
     * A row as a line of the per-run table: cells joined by commas, decimals in {@link Double#toString(double)}'s
     * form, without a line end.
     *
     * @param row the row's cells
     * @return the line
     */
    public static String csvLine(Object[] row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(row[i] instanceof Double ? Double.toString((Double) row[i]) : String.valueOf(row[i]));
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return "SweepSpec[" + experiment() + ", " + points() + " points, " + runs() + " runs]";
    }
}
