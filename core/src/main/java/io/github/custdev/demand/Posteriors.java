package io.github.custdev.demand;

import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.Interval;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/** What the Bayesian estimators share: a posterior summarised by its median and equal-tailed credible interval. */
final class Posteriors {
    private Posteriors() {}

    /**
     * The posterior median, with the equal-tailed credible interval at the level: each tail from its own quantile
     * function, so that both keep their precision.
     *
     * @param posterior the posterior distribution
     * @param level the interval's level, in (0, 1)
     * @return the estimate
     */
    static Estimate medianWithCredibleInterval(ContinuousDistribution posterior, double level) {
        double tail = (1.0 - level) / 2.0;
        return Estimate.of(
                posterior.inverseCumulativeProbability(0.5),
                Interval.credible(
                        posterior.inverseCumulativeProbability(tail),
                        posterior.inverseSurvivalProbability(tail),
                        level));
    }
}
