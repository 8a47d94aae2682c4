package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Array;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a sweep, or part of one, produced: the record of every run that succeeded and the failure of every run that
 * threw, each in the order of the runs' indices (grid order), and per-point summaries on demand.
 *
 * <p>Parts executed apart (on other threads, machines or Spark partitions) {@link #merge(Results) merge} into the
 * results of the whole, equal to those of executing it at once.
 *
 * <p>Immutable and thread-safe when its parameters and records are.
 *
 * @param <P> the type of a point's parameters
 * @param <R> the type of a run's record
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Results<P, R> {

    private final Array<RunRecord<P, R>> records;
    private final Array<RunFailure<P>> failures;

    private Results(Array<RunRecord<P, R>> records, Array<RunFailure<P>> failures) {
        this.records = records;
        this.failures = failures;
    }

    /**
     * The results of some runs, put in the order of their indices.
     *
     * @param records the records of the runs that succeeded
     * @param failures the failures of the runs that threw
     * @param <P> the type of a point's parameters
     * @param <R> the type of a run's record
     * @return the results
     * @throws InvalidValueException if an argument or an element is null, or two runs have the same index
     */
    public static <P, R> Results<P, R> of(
            Iterable<? extends RunRecord<P, R>> records, Iterable<? extends RunFailure<P>> failures) {
        Array<RunRecord<P, R>> sortedRecords = sorted("records", records, RunRecord::run);
        Array<RunFailure<P>> sortedFailures = sorted("failures", failures, RunFailure::run);
        Set<Long> seen = new HashSet<>();
        for (Run<P> run : sortedRecords.map(RunRecord::run).appendAll(sortedFailures.map(RunFailure::run))) {
            if (!seen.add(run.index())) {
                throw InvalidValueException.of("runs", "must have distinct indices", run.index());
            }
        }
        return new Results<>(sortedRecords, sortedFailures);
    }

    private static <T, P> Array<T> sorted(
            String field, Iterable<? extends T> items, java.util.function.Function<T, Run<P>> run) {
        Checks.notNull(field, items);
        List<T> copy = new ArrayList<>();
        int i = 0;
        for (T item : items) {
            copy.add(Checks.notNull(field + "[" + i++ + "]", item));
        }
        copy.sort(Comparator.comparingLong(item -> run.apply(item).index()));
        return Array.ofAll(copy);
    }

    /**
     * The records of the runs that succeeded, in the order of their indices.
     *
     * @return the records
     */
    public Seq<RunRecord<P, R>> records() {
        return records;
    }

    /**
     * The failures of the runs that threw, in the order of their indices.
     *
     * @return the failures, empty when every run succeeded
     */
    public Seq<RunFailure<P>> failures() {
        return failures;
    }

    /**
     * The number of runs, succeeded and failed.
     *
     * @return the count
     */
    public int size() {
        return records.size() + failures.size();
    }

    /**
     * These results together with those of other runs of the same sweep.
     *
     * @param other the results of other runs
     * @return the results of both, in the order of the runs' indices
     * @throws InvalidValueException if a run is in both
     */
    public Results<P, R> merge(Results<P, R> other) {
        Checks.notNull("other", other);
        return of(records.appendAll(other.records), failures.appendAll(other.failures));
    }

    /**
     * The summaries of every grid point that has a record, in grid order: for each metric, the summary of its values
     * over the point's records. Failed runs are counted, not summarized.
     *
     * @param metrics the metrics, at least one, with distinct names
     * @return the summaries
     * @throws InvalidValueException if there is no metric, two share a name, or a metric is not finite for a record
     *     (the message names the metric and the run)
     */
    @SafeVarargs
    public final Seq<PointSummary<P>> summarize(Metric<? super R>... metrics) {
        Checks.notNull("metrics", metrics);
        List<Metric<? super R>> list = new ArrayList<>(metrics.length);
        for (Metric<? super R> metric : metrics) {
            list.add(metric);
        }
        return summarize(list);
    }

    /**
     * The summaries of every grid point that has a record, in grid order; see {@link #summarize(Metric[])}.
     *
     * @param metrics the metrics, at least one, with distinct names
     * @return the summaries
     * @throws InvalidValueException if there is no metric, two share a name, or a metric is not finite for a record
     */
    public Seq<PointSummary<P>> summarize(Iterable<? extends Metric<? super R>> metrics) {
        Array<Metric<? super R>> list = Array.ofAll(Checks.notNull("metrics", metrics));
        if (list.isEmpty()) {
            throw InvalidValueException.of("metrics", "must not be empty", java.util.List.of());
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Metric<? super R> metric = Checks.notNull("metrics[" + i + "]", list.get(i));
            if (!names.add(metric.name())) {
                throw InvalidValueException.of("metrics", "must have distinct names", metric.name());
            }
        }
        Map<Integer, Integer> failuresByPoint =
                failures.groupBy(f -> f.run().point()).mapValues(Seq::size);
        List<PointSummary<P>> summaries = new ArrayList<>();
        int start = 0;
        while (start < records.size()) {
            int point = records.get(start).run().point();
            int end = start;
            while (end < records.size() && records.get(end).run().point() == point) {
                end++;
            }
            summaries.add(
                    summarizePoint(list, start, end, failuresByPoint.get(point).getOrElse(0)));
            start = end;
        }
        return Array.ofAll(summaries);
    }

    private PointSummary<P> summarizePoint(Array<Metric<? super R>> metrics, int start, int end, int failed) {
        Run<P> first = records.get(start).run();
        Map<String, Summary> byName = LinkedHashMap.empty();
        for (Metric<? super R> metric : metrics) {
            double[] values = new double[end - start];
            for (int i = start; i < end; i++) {
                values[i - start] = metric.valueOf(records.get(i));
            }
            byName = byName.put(metric.name(), Summary.of(values));
        }
        return new PointSummary<>(first.point(), first.parameters(), end - start, failed, byName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Results<?, ?> that && records.equals(that.records) && failures.equals(that.failures);
    }

    @Override
    public int hashCode() {
        return 31 * records.hashCode() + failures.hashCode();
    }

    @Override
    public String toString() {
        return "Results[" + records.size() + " records, " + failures.size() + " failures]";
    }
}
