/**
 * The value types of customer development.
 *
 * <p>Every type here is immutable and thread-safe; every operation returns a new value. Parameters and return values
 * are never {@code null}: absence is an empty {@link io.vavr.control.Option}. Invalid input is rejected with an
 * {@link io.github.custdev.InvalidValueException} that names the field, the rule and the value.
 *
 * <p>A {@link io.github.custdev.Venture} is the journey through the four phases as an event-sourced value; a
 * {@link io.github.custdev.PhaseGate} reads it and decides, and the caller records the decision back:
 *
 * <pre>{@code
 * Venture venture = Venture.found(VentureEvent.Founded.of("Dentflow", Runway.experiments(100), 2, monday))
 *         .applyAllOrThrow(List.of(VentureEvent.HypothesisStated.of(problem, monday),
 *                                  VentureEvent.EvidenceRecorded.of(interview, tuesday)));
 * GateDecision decision = PhaseGate.defaultFor(venture.phase()).evaluate(venture, friday);
 * venture = venture.applyOrThrow(VentureEvent.GateEvaluated.of(decision));   // Persevere: test problem next
 * }</pre>
 *
 * <p>The audience the venture serves is chosen by an event too, usually the smallest viable one among candidates
 * ({@link io.github.custdev.audience.Audience}, {@link io.github.custdev.audience.SmallestViableAudience}); the default Validation gate
 * requires it to be viable:
 *
 * <pre>{@code
 * SmallestViableAudience choice = SmallestViableAudience.choose(List.of(solo, groups, chains), 0.95);
 * venture = venture.applyOrThrow(VentureEvent.AudienceChosen.from(choice, friday));
 * }</pre>
 *
 * <p>API status ({@code @API}): the values a user writes and reads every day are {@code STABLE}. {@code EXPERIMENTAL},
 * because they may still move before 1.0: {@link io.github.custdev.EvidenceStatistics} (how the running counts are
 * kept and exposed is still being redesigned for the fold budget of {@code docs/performance.md}),
 * {@link io.github.custdev.GateTrace} and {@link io.github.custdev.CriterionResult} (what a trace records grows with
 * the gates), and the spent-budget plug-in point {@link io.github.custdev.SpentBudgetPolicy} with its factory
 * {@link io.github.custdev.SpentBudgetPolicies}, and the demand of the execution steps, new with issue #20:
 * {@link io.github.custdev.CohortObservation}, {@link io.github.custdev.ReferralObservation},
 * {@link io.github.custdev.DemandStatistics} and {@link io.github.custdev.DemandReading}. The constructors of the exceptions that the generated value classes
 * call ({@code InvalidValueException(String)}, {@code MissingValueException(String)}) are {@code INTERNAL}: public
 * only because the generated classes of every value package need them.
 */
@ValueStyle
@NullMarked
package io.github.custdev;

import io.github.custdev.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
