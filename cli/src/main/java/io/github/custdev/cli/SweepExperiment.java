package io.github.custdev.cli;

import io.github.custdev.simulation.Experiment;
import io.github.custdev.simulation.Metric;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/**
 * An experiment as a sweep file names it: its parameters with their ranges, how one grid point's values make the
 * simulation's parameters, the columns of its per-run table, the metrics of its per-point table and its charts. The
 * command line finds it by {@link #name()} in {@link Experiments}.
 *
 * <p><b>Specification for implementors.</b> An implementation is immutable and thread-safe; {@link #point(Map)} and
 * the columns' and metrics' functions are pure (the same input gives the same output, on any thread), so that a run
 * resumed or repeated elsewhere writes the same bytes. {@link #check(GridValues)} reports the rules that tie
 * parameters together (each parameter's own range is checked before it is called) and must not throw.
 *
 * @param <P> the type of a point's parameters in the simulation
 * @param <R> the type of a run's record
 */
public interface SweepExperiment<P, R> {

    /**
     * The name a sweep file gives in its {@code experiment} field.
     *
     * @return the name
     */
    String name();

    /**
     * What the experiment is, in one line.
     *
     * @return the description
     */
    String description();

    /**
     * The parameters, in the order of the tables' columns; each has a default, so a grid names only those it varies.
     *
     * @return the parameters, with distinct names
     */
    Seq<Parameter> parameters();

    /**
     * The faults of a grid against the rules that tie parameters together, each as {@code path: rule: value}.
     *
     * @param grid the values of every parameter, each within its own range
     * @return the faults, empty if there is none
     */
    default Seq<String> check(GridValues grid) {
        return io.vavr.collection.Array.empty();
    }

    /**
     * The simulation's parameters of one grid point.
     *
     * @param values a value for every parameter, by name
     * @return the point's parameters
     */
    P point(Map<String, Object> values);

    /**
     * The experiment one run executes.
     *
     * @return the experiment
     */
    Experiment<P, R> experiment();

    /**
     * The columns of the per-run table, after the run's index, point, replication, seed and parameters.
     *
     * @return the columns, with distinct names
     */
    Seq<Column<R>> columns();

    /**
     * The metrics summarized per point in the per-point table (mean, standard deviation and error, quantiles).
     *
     * @return the metrics, at least one, with distinct names
     */
    Seq<Metric<R>> metrics();

    /**
     * The charts drawn from the per-point table.
     *
     * @return the charts, possibly none
     */
    Seq<ChartSpec> charts();

    /**
     * The charts drawn from the per-run table: distributions of a record column by a parameter.
     *
     * @return the charts; none unless the experiment names some
     */
    default Seq<DistributionSpec> distributions() {
        return io.vavr.collection.Array.empty();
    }
}
