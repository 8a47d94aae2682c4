package io.github.custdev.audience;

import io.github.custdev.HypothesisId;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.Verdict;
import org.apache.commons.statistics.distribution.BetaDistribution;

/** Assessments of a conversion rate built by hand, as a Bayesian scoring strategy would report them. */
public final class Assessments {
    private Assessments() {}

    /**
     * The assessment of a rate whose posterior is Beta(alpha, beta), with its equal-tailed credible interval at the
     * given level computed by Commons Statistics and the posterior mean as the estimate.
     */
    public static Assessment betaPosterior(double alpha, double beta, double level) {
        BetaDistribution posterior = BetaDistribution.of(alpha, beta);
        double tail = (1 - level) / 2;
        Interval interval = Interval.credible(
                posterior.inverseCumulativeProbability(tail), posterior.inverseSurvivalProbability(tail), level);
        return withInterval(posterior.getMean(), interval);
    }

    /** An inconclusive assessment with the given estimate and interval. */
    public static Assessment withInterval(double estimate, Interval interval) {
        return Assessment.builder()
                .hypothesisId(HypothesisId.of("conversion.clinics"))
                .verdict(Verdict.INCONCLUSIVE)
                .estimate(estimate)
                .interval(interval)
                .probability(0.5)
                .statisticName("P(rate >= 0.05)")
                .statistic(0.5)
                .sampleSize(100)
                .effectiveSampleSize(100)
                .strategy("bayesian")
                .reason("built by hand for a test")
                .build();
    }
}
