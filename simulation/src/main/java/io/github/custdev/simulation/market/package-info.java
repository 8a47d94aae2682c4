/**
 * Simulated ventures: a hidden {@link io.github.custdev.simulation.market.Market} of business models on an NK
 * landscape, founders who search it by their {@link io.github.custdev.simulation.market.FounderStrategy}, and the
 * {@link io.github.custdev.simulation.market.VentureOutcome} of each run. A run drives a real
 * {@link io.github.custdev.Venture} through real {@link io.github.custdev.PhaseGate}s: every experiment, decision,
 * pivot and hire is an event the venture checks, so what is simulated is exactly the logic a product embeds.
 *
 * <pre>{@code
 * Grid<Scenario> arms = Grid.of(Scenario.of(Founders.scientific()), Scenario.of(Founders.intuitive()));
 * Results<Scenario, VentureOutcome> results = Sweep.of(Scenario::run, arms, 759, 2020L)
 *         .withCommonRandomNumbers(true)   // the two arms start from the same ideas
 *         .execute(Execution.parallel());
 * for (PointSummary<Scenario> arm : results.summarize(Metric.of("revenue", VentureOutcome::revenue))) {
 *     arm.metric("revenue").p95();     // the right tail, where Camuffo et al. found the largest gap
 * }
 * Venture one = Scenario.of(Founders.scientific()).venture(results.records().head().run().seed());   // replay a run
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are never {@code null}; invalid input
 * is rejected with an {@link io.github.custdev.InvalidValueException} that names the field, the rule and the value.
 */
@NullMarked
package io.github.custdev.simulation.market;

import org.jspecify.annotations.NullMarked;
