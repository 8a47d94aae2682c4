package io.github.custdev.testkit.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Draws from a known truth. Every draw is the image of one uniform point {@code u} in (0, 1) that jqwik generates
 * (uniformly, without edge cases) and can shrink, mapped through the inverse of the true distribution function: a
 * Bernoulli outcome, a binomial count, a measurement. The uniform points are {@code (k + 1/2) / 2^31} for
 * {@code k} uniform in {@code [0, 2^31)}, so a draw is exact up to 2^-31 and never hits 0 or 1, where quantile
 * functions are infinite. Shrinking {@code k} towards 0 moves every draw towards its smallest value: a failure, zero
 * successes, the lowest measurement.
 */
public final class Draws {
    private static final double SCALE = 0x1p31;

    /** The smallest uniform point drawn: {@code 1/2 / 2^31}. */
    public static final double LOWEST_UNIFORM = 0.5 / SCALE;

    /** The largest uniform point drawn: {@code (2^31 - 1/2) / 2^31}. */
    public static final double HIGHEST_UNIFORM = (Integer.MAX_VALUE + 0.5) / SCALE;

    private Draws() {}

    /**
     * Uniform points in (0, 1), without edge cases, shrinking towards 0.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Double> uniforms() {
        return Arbitraries.integers()
                .between(0, Integer.MAX_VALUE)
                .withDistribution(RandomDistribution.uniform())
                .withoutEdgeCases()
                .map(k -> (k + 0.5) / SCALE);
    }

    /**
     * A Bernoulli outcome with success probability {@code rate}.
     *
     * @param rate the probability of a success, in [0, 1]
     * @param u a uniform point in (0, 1)
     * @return {@code true} for a success: when {@code u > 1 - rate}
     */
    public static boolean bernoulli(double rate, double u) {
        return u > 1.0 - rate;
    }

    /**
     * A binomial count: the successes in {@code trials} independent trials with success probability {@code rate}.
     *
     * @param trials the trials, at least 0
     * @param rate the probability of a success, in [0, 1]
     * @param u a uniform point in (0, 1)
     * @return the smallest {@code k} with {@code P(X <= k) >= u}
     */
    public static int binomial(int trials, double rate, double u) {
        return BinomialDistribution.of(trials, rate).inverseCumulativeProbability(u);
    }

    /**
     * A value of a continuous distribution.
     *
     * @param distribution the distribution
     * @param u a uniform point in (0, 1)
     * @return the {@code u}-quantile of the distribution
     */
    public static double quantile(ContinuousDistribution distribution, double u) {
        return distribution.inverseCumulativeProbability(u);
    }
}
