/**
 * How an audience grows beyond its first customers: ideas do not spread instantly, and most customers wait for others
 * to go first.
 *
 * <p>{@link io.github.custdev.growth.BassDiffusion} projects adoption by innovators and imitators in a market of
 * known size; {@link io.github.custdev.growth.ReferralGrowth} projects word of mouth from a viral coefficient and a
 * cycle time. Both are pure functions of their parameters:
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
 * Parameters and return values are never {@code null}; invalid parameters are rejected with an
 * {@link io.github.custdev.InvalidValueException} that names the field, the rule and the value.
 */
@NullMarked
package io.github.custdev.growth;

import org.jspecify.annotations.NullMarked;
