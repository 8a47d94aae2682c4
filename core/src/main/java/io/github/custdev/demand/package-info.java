/**
 * Demand as observed and estimated: the adoptions, cohorts and referrals of the Customer Creation step, and estimates
 * with honest uncertainty of the growth rate, the retention by age, the viral coefficient and the Bass diffusion that
 * the adoptions follow.
 *
 * <p>The observations are validated values: {@link io.github.custdev.demand.Adoptions} (new paying customers per
 * period), {@link io.github.custdev.demand.Cohorts} of {@link io.github.custdev.demand.Cohort} (acquired in a period,
 * still active at each age since) and {@link io.github.custdev.demand.Referrals} (customers, invitations sent and
 * converted per period). Each estimator states its model and its reference: {@link
 * io.github.custdev.demand.GrowthRate} (log-linear Poisson, Wald interval), {@link io.github.custdev.demand.Retention}
 * (Beta posterior per age, pooled over cohorts), {@link io.github.custdev.demand.ViralCoefficient} (Gamma-Poisson
 * posterior from Jeffreys' prior) and {@link io.github.custdev.demand.BassFit} (nonlinear least squares as in
 * Srinivasan and Mason, 1986, with Hipparchus's Levenberg-Marquardt; the fit is a {@link
 * io.github.custdev.audience.BassDiffusion}):
 *
 * <pre>{@code
 * Adoptions adoptions = Adoptions.of(312, 420, 538, 652, 737, 771, 742, 660, 544, 420);
 * GrowthRate growth = adoptions.growth(0.95).get();
 * BassFit bass = adoptions.fitBass().get();
 * bass.probabilityToReach(6_500, 13);   // 0.28: P(6,500 adopters by the end of period 13), delta method
 *
 * Referrals referrals = Referrals.of(new long[] {100, 120}, new long[] {60, 80}, new long[] {20, 30});
 * referrals.viralCoefficient(0.95).probabilityAtLeast(0.2);   // 0.82
 * }</pre>
 *
 * <p>A separate package from {@code audience}, whose models project forward from parameters a caller states: here the
 * parameters are read from what was observed, with their uncertainty, and the forward models are the results.
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are never {@code null}; invalid
 * parameters are rejected with an {@link io.github.custdev.InvalidValueException} that names the field, the rule and
 * the value. A series that is valid but cannot give an estimate (too short, all zeros, a fit that does not converge)
 * gives a reason instead, never a NaN.
 *
 * <p>API status ({@code @API}): every type here is {@code EXPERIMENTAL}.
 */
@NullMarked
package io.github.custdev.demand;

import org.jspecify.annotations.NullMarked;
