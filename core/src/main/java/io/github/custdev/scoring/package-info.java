/**
 * Scoring: how evidence turns into an assessment of a hypothesis.
 *
 * <p>A {@link io.github.custdev.scoring.ScoringStrategy} reads a hypothesis and the evidence log and returns an
 * {@link io.github.custdev.scoring.Assessment}: a {@link io.github.custdev.scoring.Verdict}, an estimate with its
 * {@link io.github.custdev.scoring.Interval}, the probability behind the verdict, and the reason in words.
 * {@link io.github.custdev.scoring.Scoring} builds the built-in strategies (Bayesian, sequential, fixed sample, Sean
 * Ellis, mean) and adapts any strategy (weighted by strength, one segment, before or after an instant, all of or any
 * of several); each built-in is configured with {@code withX} methods that return changed copies.
 *
 * <pre>{@code
 * HypothesisId fit = HypothesisId.of("pmf.dentists");
 * Hypothesis hypothesis = Hypothesis.of(fit, "Dentists would be very disappointed without the product",
 *         BusinessModelArea.VALUE_PROPOSITION, Phase.CUSTOMER_DISCOVERY,
 *         SuccessCriterion.veryDisappointedAtLeast(0.40, 40));
 * EvidenceLog log = EvidenceLog.of(SeanEllisTally.of(fit, Source.of("survey-1", "dentists"),
 *         Instant.parse("2026-03-16T09:00:00Z"), 28, 16, 8));
 *
 * Assessment assessment = Scoring.seanEllis().assess(hypothesis, log);
 * assessment.verdict();   // SUPPORTED
 * assessment.reason();    // "P(rate >= 0.40) = 0.98 after 52 qualified respondents"
 *
 * // Read after every survey without inflating the error rates: Wald's sequential test.
 * Scoring.seanEllis().decidedBy(Scoring.sequential(0.30, 0.50)).assess(hypothesis, log).verdict();   // SUPPORTED
 * }</pre>
 *
 * <p>The guide {@code docs/scoring.md} gives the formulas, when to use which strategy, and their measured operating
 * characteristics. Parameters and return values are never {@code null}.
 *
 * <p>API status ({@code @API}): the strategies, their factory, {@link io.github.custdev.scoring.Verdict} and
 * {@link io.github.custdev.scoring.Interval} are {@code STABLE}. {@link io.github.custdev.scoring.Assessment} and its
 * parts ({@link io.github.custdev.scoring.Estimate}, {@link io.github.custdev.scoring.Statistic},
 * {@link io.github.custdev.scoring.Sample}) are {@code EXPERIMENTAL}: the allocation budget of an append and an
 * assessment (256 bytes, {@code docs/performance.md}) still asks for a cheaper way to build an assessment (its
 * reason text is already written only when read), which may change how one is built and what it holds.
 */
@ValueStyle
@NullMarked
package io.github.custdev.scoring;

import io.github.custdev.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
