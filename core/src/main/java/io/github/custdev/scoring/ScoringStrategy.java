package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import org.apiguardian.api.API;

/**
 * A way of turning a hypothesis and the evidence for it into an {@link Assessment}: the plug-in point of scoring.
 *
 * <p>The built-in strategies come from {@link Scoring}; a caller's own strategy can be a class or a lambda:
 *
 * <pre>{@code
 * ScoringStrategy majority = (hypothesis, log) -> {
 *     EvidenceStatistics s = log.statistics(hypothesis.id());
 *     ...
 *     return Assessment.builder()...build();
 * };
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 *
 * A strategy must be:
 *
 * <ul>
 *   <li><b>pure and deterministic</b>: the assessment depends only on the hypothesis and the log (not on a clock,
 *       a random generator that the strategy did not seed itself, or any other state), and the same arguments give an
 *       equal assessment;
 *   <li><b>thread-safe</b>: one instance may assess from many threads at once;
 *   <li><b>non-interfering</b>: it must not alter its arguments (they are immutable) or keep them;
 *   <li><b>total</b>: it returns an assessment, never throws, for every valid hypothesis and log, including a log
 *       without evidence for the hypothesis, which must give {@link Verdict#INCONCLUSIVE};
 *   <li><b>cheap on long histories</b>: it reads {@link EvidenceLog#statistics} (O(1)), not the whole history; a
 *       strategy that needs the order of the evidence reads {@link EvidenceLog#evidence(io.github.custdev.HypothesisId)}
 *       and documents its cost;
 *   <li><b>faithful to the log's weights</b>: where it pools strengths it uses the effective figures of the statistics,
 *       which carry {@link EvidenceLog#weights()};
 *   <li><b>about the hypothesis</b>: the assessment's {@link Assessment#hypothesisId()} is the hypothesis's id;
 *   <li><b>named</b>: {@link #name()} is not blank, and is best the name its assessments report in
 *       {@link Assessment#strategy()}, since a gate's trace shows it beside them;
 *   <li><b>equal by its configuration</b>: a gate's criteria compare their strategies with {@code equals}, and so do
 *       the gates and the decisions that carry them, so two strategies built alike must be equal (with equal hash
 *       codes), or two gates built alike give unequal {@link io.github.custdev.GateDecision}s. A strategy with
 *       configuration implements {@code equals} and {@code hashCode} over it (a record does); a strategy without
 *       any is one shared instance (a constant, an enum), as a lambda can only be. The built-in strategies are equal
 *       when built alike: {@code Scoring.inSegment(Scoring.sequential(0.2, 0.4), "dentists")} equals another built
 *       so, and differs from one of another segment, rate, error rate, level or member.
 * </ul>
 *
 * The contract tests of {@code custdev-testkit} check these rules for any strategy; equality only when the test
 * class opts in by overriding {@code ScoringStrategyContract.comparedForEquality()} (a strategy never put in a gate
 * needs no {@code equals}).
 *
 * <p>A {@link io.github.custdev.PhaseGate} asks a strategy of your own for every assessment, each time it evaluates.
 * The library's own strategies (those {@link Scoring} makes, and its composites of them) read nothing but the
 * hypothesis and its evidence, so a gate may take their assessment of a hypothesis whose evidence has not changed
 * since it last asked, kept with that evidence; the result is the same assessment.
 */
@API(status = STABLE, since = "0.1.0")
@FunctionalInterface
public interface ScoringStrategy {

    /**
     * Assesses a hypothesis on the evidence in the log.
     *
     * @param hypothesis the hypothesis, with its pre-registered success criterion
     * @param log the evidence; only the hypothesis's own evidence is read
     * @return the assessment
     */
    Assessment assess(Hypothesis hypothesis, EvidenceLog log);

    /**
     * Whether the order of the evidence never changes the assessment: {@code true} for strategies that read only the
     * sufficient statistics, {@code false} (the default) for sequential tests that stop at the first decisive
     * observation.
     *
     * @return {@code true} when the strategy is invariant under reordering the evidence
     */
    default boolean isExchangeable() {
        return false;
    }

    /**
     * The strategy's name, as a gate's criteria show it in their traces: {@code "bayesian"}, {@code "sprt"},
     * {@code "fixed-sample"}, {@code "mean"}, {@code "sean-ellis(bayesian)"}, {@code "bayesian/mean"} for
     * {@link Scoring#byMetric}, {@code "weighted(bayesian)"}, {@code "in-segment(bayesian)"}, {@code
     * "all-of(bayesian, sprt)"}. A built-in names itself as its assessments do ({@link Assessment#strategy()}); a
     * combination of strategies by the names of its members.
     *
     * <p>The default is the simple name of the implementing class, or {@code "custom"} for a lambda or an anonymous
     * class: a strategy of a caller's own overrides it to give the name its assessments report.
     *
     * @return the name, not blank
     */
    default String name() {
        Class<?> type = getClass();
        return type.isAnonymousClass() || type.isSynthetic() || type.isHidden() ? "custom" : type.getSimpleName();
    }
}
