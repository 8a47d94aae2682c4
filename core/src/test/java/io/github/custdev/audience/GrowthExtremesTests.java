package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Extreme but accepted parameters: every answer is a finite number, and the documented one. */
class GrowthExtremesTests {
    @Test
    void aTinyInnovationBesideAHugeImitationGivesFiniteShares() {
        // q / p = 1e309 overflows: before, F(t) was NaN once e^-(p+q)t underflowed, and the peak time infinite.
        BassDiffusion bass = BassDiffusion.of(1e-300, 1e9, 1000);
        for (double t : new double[] {0.0, 1e-9, 1e-6, 1e-3, 1.0, 1e3}) {
            double share = bass.cumulativeShare(t);
            assertTrue(share >= 0.0 && share <= 1.0, "F(" + t + ") = " + share);
        }
        assertEquals(1.0, bass.cumulativeShare(1.0), 0.0);
        assertEquals(0.0, bass.cumulativeShare(0.0), 0.0);
        // t* = ln(q / p) / (p + q) = (ln 1e9 + 300 ln 10) / 1e9.
        assertEquals((Math.log(1e9) + 300.0 * Math.log(10.0)) / 1e9, bass.peakTime(), 1e-20);
        // Half the market: t = ln(1 + q / p) / (p + q) ~ (ln(q / p) + ln(1/2) - ln(1/2)) ...; f = 1/2 gives
        // ln((1 + q/(2p)) / (1/2)) / (p + q) = ln(1 + q / (2p)) + ln 2) / (p + q) ~ ln(q / p) / (p + q).
        double half = bass.timeToReach(500).get();
        assertTrue(Double.isFinite(half));
        assertEquals((Math.log(1e9) + 300.0 * Math.log(10.0)) / 1e9, half, 1e-20);
        assertEquals(500.0, bass.cumulativeAdopters(half), 1e-6);
    }

    @Test
    void coefficientsWhoseSumOverflowsAreRefused() {
        io.github.custdev.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.custdev.InvalidValueException.class,
                () -> BassDiffusion.of(Double.MAX_VALUE, Double.MAX_VALUE, 1));
        assertEquals(
                "diffusion.imitation must be <= Double.MAX_VALUE - innovation: 1.7976931348623157E308", e.getMessage());
    }

    @Test
    void customersAfterALongDurationAreCountedWithoutOverflow() {
        // Long.MAX_VALUE seconds of one-nanosecond cycles: about 9.2e27 cycles, more than a long holds. Before,
        // Duration.dividedBy threw an ArithmeticException.
        Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
        Duration nano = Duration.ofNanos(1);
        assertEquals(10.0 / (1.0 - 0.5), ReferralGrowth.of(10, 0.5, nano).customersAfter(forever), 1e-12);
        // k = 1: c0 (n + 1) with n = 9,223,372,036,854,775,807e9 cycles.
        assertEquals(
                2.0 * (Long.MAX_VALUE * 1e9 + 1.0),
                ReferralGrowth.of(2, 1.0, nano).customersAfter(forever),
                1e13);
        assertEquals(Double.POSITIVE_INFINITY, ReferralGrowth.of(2, 1.5, nano).customersAfter(forever), 0.0);
        // Exactly Long.MAX_VALUE cycles still takes the exact path.
        assertEquals(
                ReferralGrowth.of(2, 1.0, nano).customersAfterCycles(Long.MAX_VALUE),
                ReferralGrowth.of(2, 1.0, nano).customersAfter(Duration.ofNanos(Long.MAX_VALUE)),
                0.0);
    }

    @Test
    void theSteadyStateIsNeverReachedAsDocumented() {
        // The forward sum rounds onto seed / (1 - k) after 37,429,929 cycles: cyclesToReach answered that count.
        ReferralGrowth referral = ReferralGrowth.of(10, 0.999999, Duration.ofDays(7));
        double steady = referral.steadyState().get();
        assertEquals(Option.none(), referral.cyclesToReach(steady));
        assertEquals(Option.none(), referral.cyclesToReach(Math.nextUp(steady)));
        assertEquals(Option.none(), referral.timeToReach(steady));
        // just below it, a cycle count, confirmed by the forward sum
        long cycles = referral.cyclesToReach(0.99 * steady).get();
        assertTrue(referral.customersAfterCycles(cycles) >= 0.99 * steady);
        assertTrue(referral.customersAfterCycles(cycles - 1) < 0.99 * steady);
        ReferralGrowth small = ReferralGrowth.of(1, 0.5, Duration.ofDays(1));
        assertEquals(Option.none(), small.cyclesToReach(2.0));
        assertEquals(Option.some(1L), small.cyclesToReach(1.5));
    }
}
