package io.github.custdev.audience;

import static io.github.custdev.audience.BassDiffusionTests.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReferralGrowthTests {
    private static final Duration FORTNIGHT = Duration.ofDays(14);

    @Test
    void belowOneReferralsAmplifyTheSeedTowardsASteadyState() {
        ReferralGrowth referral = ReferralGrowth.of(100, 0.5, FORTNIGHT);
        assertEquals(100.0, referral.customersAfterCycles(0));
        assertEquals(150.0, referral.customersAfterCycles(1), 1e-12);
        assertEquals(175.0, referral.customersAfterCycles(2), 1e-12);
        assertEquals(Option.some(200.0), referral.steadyState());
        assertFalse(referral.isUnbounded());
        // 200 (1 - 0.5^(n+1)) >= 190: C_3 = 187.5, C_4 = 193.75
        assertEquals(Option.some(4L), referral.cyclesToReach(190));
        assertEquals(Option.some(0L), referral.cyclesToReach(100));
        assertEquals(Option.none(), referral.cyclesToReach(200));
        assertEquals(Option.none(), referral.timeToReach(250));
        assertEquals(Option.some(Duration.ofDays(56)), referral.timeToReach(190));
        assertEquals("Referral(seed=100.0, k=0.5, cycle=PT336H, steady state 200.0)", referral.toString());
    }

    @Test
    void atOrAboveOneGrowthIsUnbounded() {
        ReferralGrowth viral = ReferralGrowth.of(100, 1.2, FORTNIGHT);
        // 100 (1 + 1.2 + 1.44 + 1.728) = 100 (1.2^4 - 1) / 0.2
        assertEquals(536.8, viral.customersAfterCycles(3), 1e-9);
        assertTrue(viral.isUnbounded());
        assertEquals(Option.none(), viral.steadyState());
        // C_2 = 364, C_3 = 536.8
        assertEquals(Option.some(3L), viral.cyclesToReach(500));
        assertEquals(Option.some(Duration.ofDays(42)), viral.timeToReach(500));
        assertEquals(Double.POSITIVE_INFINITY, viral.customersAfterCycles(10_000));
        assertTrue(viral.toString().endsWith("unbounded growth (k >= 1))"));

        ReferralGrowth linear = ReferralGrowth.of(100, 1.0, FORTNIGHT);
        assertEquals(1_000.0, linear.customersAfterCycles(9));
        assertEquals(Option.some(9L), linear.cyclesToReach(1_000));
        assertEquals(Option.some(10L), linear.cyclesToReach(1_000.5));
        assertTrue(linear.isUnbounded());
        assertEquals(Option.none(), linear.steadyState());
    }

    @Test
    void withoutReferralsTheSeedIsAll() {
        ReferralGrowth none = ReferralGrowth.of(100, 0, FORTNIGHT);
        assertEquals(100.0, none.customersAfterCycles(5));
        assertEquals(Option.some(100.0), none.steadyState());
        assertEquals(Option.none(), none.cyclesToReach(101));
    }

    @Test
    void elapsedTimeCountsCompletedCycles() {
        ReferralGrowth referral = ReferralGrowth.of(100, 0.5, FORTNIGHT);
        assertEquals(100.0, referral.customersAfter(Duration.ofDays(13)));
        assertEquals(187.5, referral.customersAfter(Duration.ofDays(45)), 1e-12);
    }

    @Test
    void aNumberJustAboveTheSeedTakesOneCycleEvenWhenTheLogarithmsRoundToNone() {
        // ln(1 + x (k - 1)) / ln k rounds to exactly 1 here, a cycle too few: the seed does not reach 1 + ulp
        ReferralGrowth referral = ReferralGrowth.of(1, 3, FORTNIGHT);
        assertEquals(Option.some(1L), referral.cyclesToReach(Math.nextUp(1.0)));
    }

    @Test
    void moreCyclesThanALongHoldsSaturate() {
        // C_n = 1e-300 (n + 1) reaches 1 only after about 1e300 cycles
        ReferralGrowth referral = ReferralGrowth.of(1e-300, 1.0, FORTNIGHT);
        assertEquals(Option.some(Long.MAX_VALUE), referral.cyclesToReach(1.0));
    }

    @Test
    void justBelowASteadyStateTheFirstCycleOfAPlateauIsFound() {
        // near the steady state several cycles' sums round to the same double: the first of them is the answer
        double[][] cases = {{15, 0.93}, {3, 0.56}, {2, 0.75}};
        for (double[] c : cases) {
            ReferralGrowth referral = ReferralGrowth.of(c[0], c[1], FORTNIGHT);
            for (double customers = Math.nextDown(referral.steadyState().get());
                    customers > c[0] / (1 - c[1]) * (1 - 1e-14);
                    customers = Math.nextDown(customers)) {
                long n = referral.cyclesToReach(customers).get();
                String label = "seed " + c[0] + ", k " + c[1] + ", " + customers + " customers: cycle " + n;
                assertTrue(referral.customersAfterCycles(n) >= customers, label);
                assertTrue(referral.customersAfterCycles(n - 1) < customers, label);
            }
        }
    }

    @Test
    void nearOneTheSumStaysAccurate() {
        double k = 1 - 1e-12;
        // sum of k^i for i = 0..999 = 1000 - 1e-12 * (0 + 1 + ... + 999) + O(1e-18)
        assertEquals(1_000 - 1e-12 * 499_500, ReferralGrowth.of(1, k, FORTNIGHT).customersAfterCycles(999), 1e-9);
    }

    @Test
    void invalidParametersAreRejectedWithFieldRuleAndValue() {
        assertMessage("referral.seedCustomers must be finite and > 0: 0.0", () -> ReferralGrowth.of(0, 0.5, FORTNIGHT));
        assertMessage(
                "referral.viralCoefficient must be finite and >= 0: -0.5",
                () -> ReferralGrowth.of(10, -0.5, FORTNIGHT));
        assertMessage("referral.cycleTime must be positive: PT0S", () -> ReferralGrowth.of(10, 0.5, Duration.ZERO));
        assertMessage("referral.cycleTime is null", () -> ReferralGrowth.of(10, 0.5, null));
        ReferralGrowth referral = ReferralGrowth.of(10, 0.5, FORTNIGHT);
        assertMessage("cycles must be >= 0: -1", () -> referral.customersAfterCycles(-1));
        assertMessage("elapsed must not be negative: PT-1H", () -> referral.customersAfter(Duration.ofHours(-1)));
        assertMessage("customers must be finite and >= 0: Infinity", () -> referral.cyclesToReach(1.0 / 0));
    }
}
