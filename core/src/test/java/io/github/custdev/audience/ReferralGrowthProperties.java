package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class ReferralGrowthProperties {

    @Property
    void theClosedFormIsTheSumOfTheGenerations(
            @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1e4) double seed,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 2) double k,
            @ForAll @IntRange(min = 0, max = 200) int cycles) {
        ReferralGrowth referral = ReferralGrowth.of(seed, k, Duration.ofDays(7));
        double sum = 0;
        double generation = seed;
        for (int i = 0; i <= cycles; i++) {
            sum += generation;
            generation *= k;
        }
        assertEquals(sum, referral.customersAfterCycles(cycles), 1e-11 * sum);
    }

    @Property
    void belowOneTheCustomersRiseTowardsTheSteadyState(
            @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1e4) double seed,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 0.999) double k,
            @ForAll @IntRange(min = 0, max = 500) int cycles) {
        ReferralGrowth referral = ReferralGrowth.of(seed, k, Duration.ofDays(7));
        double now = referral.customersAfterCycles(cycles);
        assertTrue(referral.customersAfterCycles(cycles + 1) >= now);
        assertTrue(now <= referral.steadyState().get() * (1 + 1e-12));
    }

    @Property
    void cyclesToReachIsTheFirstCycleThatReaches(
            @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1e4) double seed,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 3) double k,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1e6) double target) {
        ReferralGrowth referral = ReferralGrowth.of(seed, k, Duration.ofDays(7));
        referral.cyclesToReach(target).peek(n -> {
            assertTrue(referral.customersAfterCycles(n) >= target);
            assertTrue(n == 0 || referral.customersAfterCycles(n - 1) < target);
        });
        if (referral.cyclesToReach(target).isEmpty()) {
            assertTrue(k < 1 && target >= referral.steadyState().get() * (1 - 1e-12));
        }
    }
}
