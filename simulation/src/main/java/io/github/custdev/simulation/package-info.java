/**
 * The experiment runner: a {@link io.github.custdev.simulation.Sweep} runs an
 * {@link io.github.custdev.simulation.Experiment} for every replication of every point of a
 * {@link io.github.custdev.simulation.Grid}, each run with its own seed derived from the master seed and its position
 * ({@link io.github.custdev.simulation.Seeds}), so the same sweep gives the same records, byte for byte, on any number
 * of threads and in any split of its runs:
 *
 * <pre>{@code
 * Experiment<Integer, Double> meanOfDraws = (n, seed) -> Seeds.random(seed).doubles(n).average().orElseThrow();
 * Sweep<Integer, Double> sweep = Sweep.of(meanOfDraws, Grid.of(10, 100, 1000), 500, 2026L);
 * Results<Integer, Double> results = sweep.execute(Execution.threads(4).withProgress((done, total) -> {}));
 * for (PointSummary<Integer> point : results.summarize(Metric.of("mean", (Double x) -> x))) {
 *     Summary mean = point.metric("mean");   // tighter around 0.5 as n grows
 * }
 * RunRecord<Integer, Double> first = results.records().head();
 * double again = meanOfDraws.run(first.run().parameters(), first.run().seed());   // any run, repeated alone
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe when the parameters and records it holds are. Parameters and return
 * values are never {@code null}; invalid input is rejected with an {@link io.github.custdev.InvalidValueException}
 * that names the field, the rule and the value.
 *
 * <p>API status ({@code @API}): every type of the research workbench, here and in its {@code journey} and {@code nk}
 * packages, is {@code EXPERIMENTAL}: models are still being added to it (the journey driver moved here from the
 * test kit in 0.1.0), and its types may change in a minor release.
 */
@NullMarked
package io.github.custdev.simulation;

import org.jspecify.annotations.NullMarked;
