/**
 * The audience a venture serves, and how it grows: who the customers are, how many of them pay, what each one earns,
 * whether that sustains the venture, and how long the audience takes to arrive.
 *
 * <p>The economics: {@link io.github.custdev.audience.UnitEconomics} (price, costs, retention: margins, lifetime
 * value, customers needed), {@link io.github.custdev.audience.Conversion} (the share of the reach that pays, fixed or
 * read from an assessment), {@link io.github.custdev.audience.Audience} (a named segment with its reach, conversion
 * and economics), {@link io.github.custdev.audience.Viability} (whether one audience can sustain the venture, with
 * what probability, and why) and {@link io.github.custdev.audience.SmallestViableAudience} (the choice among
 * candidates):
 *
 * <pre>{@code
 * UnitEconomics economics = UnitEconomics.builder()
 *         .price(100).variableCost(20).acquisitionCost(200).retention(0.9).fixedCosts(4_000)
 *         .build();
 * economics.customersToBreakEven();     // Some(67) = ceil(4000 / (100 - 20 - (1 - 0.9) 200))
 * Audience clinics = Audience.of("clinics", 2_000, Conversion.of(0.05), economics);
 * clinics.viability(0.95).isViable();   // true: 2,000 x 5% = 100 expected customers >= 67
 * }</pre>
 *
 * <p>The growth models: {@link io.github.custdev.audience.BassDiffusion} projects adoption by innovators and imitators
 * in a market of known size; {@link io.github.custdev.audience.ReferralGrowth} projects word of mouth from a viral
 * coefficient and a cycle time. Both are pure functions of their parameters:
 *
 * <pre>{@code
 * BassDiffusion bass = BassDiffusion.of(0.03, 0.38, 10_000);   // p, q, m
 * bass.peakTime();                      // 6.19 periods: ln(q / p) / (p + q)
 * bass.periodsToReach(1_000);           // Some(3): 850 have adopted by the end of period 2, 1,505 of 3
 *
 * ReferralGrowth referral = ReferralGrowth.of(100, 0.5, Duration.ofDays(14));
 * referral.customersAfterCycles(2);     // 175.0 = 100 (1 + 0.5 + 0.25)
 * referral.steadyState();               // Some(200.0) = 100 / (1 - 0.5)
 * }</pre>
 *
 * <p>A venture records the audience it chose with {@link io.github.custdev.VentureEvent.AudienceChosen}, and the
 * default Validation gate requires it to be viable. This package depends on the rest of core only for the
 * exceptions and for {@link io.github.custdev.scoring.Assessment} (a conversion read from evidence).
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are never {@code null}; invalid
 * parameters are rejected with an {@link io.github.custdev.InvalidValueException} that names the field, the rule and
 * the value.
 *
 * <p>After the smallest viable audience is won, {@link io.github.custdev.audience.NextAudienceDecision} chooses the next
 * one among candidate {@link io.github.custdev.audience.AudiencePath paths}, by referral (the core audience brings in
 * adjacent customers) or by social proof (a different audience with different benefits), comparing what each would
 * earn within a horizon; a venture records it with {@link io.github.custdev.VentureEvent.NextAudienceChosen}:
 *
 * <pre>{@code
 * NextAudienceDecision next = NextAudienceDecision.of(
 *         clinics, 90, 0.8, 20_000,                        // 90 customers won; won at 80% or 20,000 a period
 *         List.of(AudiencePath.referral(labs, 0.5, Duration.ofDays(30)),
 *                 AudiencePath.socialProof(vets, 0.03, 0.38, Duration.ofDays(30))),
 *         Duration.ofDays(360), 0.95);
 * next.chosen();                        // Some(social proof to 'vets'): 272.6 customers, 13,809 a period in a year
 * }</pre>
 *
 * <p>API status ({@code @API}): every type here is {@code STABLE} except {@link
 * io.github.custdev.audience.NextAudienceDecision} and {@link io.github.custdev.audience.AudiencePath}, which are
 * {@code EXPERIMENTAL}: new in this version, and the choice rule may yet weigh more than the projected profit.
 */
@ValueStyle
@NullMarked
package io.github.custdev.audience;

import io.github.custdev.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
