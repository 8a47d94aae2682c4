package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class BassDiffusionProperties {

    @Provide
    Arbitrary<BassDiffusion> diffusions() {
        return Combinators.combine(
                        Arbitraries.doubles().between(1e-4, 0.5).ofScale(6),
                        Arbitraries.doubles().between(0, 2).ofScale(6),
                        Arbitraries.doubles().between(1, 1e8))
                .as(BassDiffusion::of);
    }

    @Property
    void cumulativeAdoptionIsMonotoneAndBoundedByTheMarket(
            @ForAll("diffusions") BassDiffusion bass,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 500) double a,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 500) double b) {
        double early = bass.cumulativeAdopters(Math.min(a, b));
        double late = bass.cumulativeAdopters(Math.max(a, b));
        assertTrue(0 <= early && early <= late && late <= bass.marketSize());
    }

    @Property
    void adoptersPerPeriodAddUpToTheCumulativeAdopters(
            @ForAll("diffusions") BassDiffusion bass, @ForAll @LongRange(min = 1, max = 200) long periods) {
        double sum = 0;
        for (long n = 1; n <= periods; n++) {
            double adopters = bass.adoptersIn(n);
            assertTrue(adopters >= 0);
            sum += adopters;
        }
        assertEquals(bass.cumulativeAdopters(periods), sum, 1e-9 * bass.marketSize());
    }

    @Property
    void theTimeToReachInvertsTheClosedForm(
            @ForAll("diffusions") BassDiffusion bass,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 0.999) double share) {
        double target = share * bass.marketSize();
        double time = bass.timeToReach(target).get();
        assertEquals(target, bass.cumulativeAdopters(time), 1e-9 * bass.marketSize());
        long periods = bass.periodsToReach(target).get();
        assertTrue(bass.cumulativeAdopters(periods) >= target);
        assertTrue(periods == 0 || bass.cumulativeAdopters(periods - 1) < target);
    }

    /**
     * The closed form solves dF/dt = (p + qF)(1 - F): a fourth-order Runge-Kutta integration with a step of 0.002
     * period agrees with it to 1e-9 over 20 periods. The integration's global error grows as h^4 q^5; with h = 0.01
     * it reaches 1e-9 at q = 1.6, and the step is five times smaller than that.
     */
    @Property(tries = 200)
    void theClosedFormSolvesTheBassEquation(@ForAll("diffusions") BassDiffusion bass) {
        double p = bass.innovation();
        double q = bass.imitation();
        double h = 0.002;
        double f = 0;
        for (int k = 1; k <= 10_000; k++) {
            double k1 = slope(p, q, f);
            double k2 = slope(p, q, f + h / 2 * k1);
            double k3 = slope(p, q, f + h / 2 * k2);
            double k4 = slope(p, q, f + h * k3);
            f += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
            if (k % 500 == 0) {
                assertEquals(bass.cumulativeShare(k * h), f, 1e-9, "at " + k * h);
            }
        }
    }

    private static double slope(double p, double q, double f) {
        return (p + q * f) * (1 - f);
    }
}
