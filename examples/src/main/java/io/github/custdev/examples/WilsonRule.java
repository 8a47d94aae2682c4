package io.github.custdev.examples;

import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.Sample;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Statistic;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.LinkedHashMap;
import java.util.Locale;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A team's own scoring strategy, of the kind the contract of custdev-testkit checks: a cautious rule for rates that
 * decides only when the 95% Wilson score interval lies wholly on one side of the threshold.
 *
 * <p>For a rate with {@code k} positive outcomes in {@code n} trials (counted with the log's weights, of at least the
 * criterion's minimum strength), once the minimum sample is in: supported when the interval clears the threshold,
 * refuted when it falls short of it, inconclusive otherwise. Its probability is the Jeffreys posterior
 * {@code P(rate meets the criterion)} under Beta(k + 1/2, n - k + 1/2). Wilson's interval (Wilson 1927):
 * {@code (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)} with {@code p = k/n}.
 *
 * <p>Means and counts it leaves inconclusive: it is a rule for rates. Exchangeable: it reads only the statistics.
 */
public final class WilsonRule implements ScoringStrategy {
    private static final double LEVEL = 0.95;
    private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability((1 + LEVEL) / 2);

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        SuccessCriterion criterion = hypothesis.criterion();
        EvidenceStatistics counted = log.statistics(hypothesis.id()).atLeast(criterion.minimumStrength());
        if (criterion.metric() != Metric.PROPORTION) {
            return notARate(hypothesis, counted);
        }
        double n = counted.effectiveTrials();
        double k = counted.effectiveSuccesses();
        double p = n > 0 ? k / n : 0.5;
        double lower = 0;
        double upper = 1;
        if (n > 0) {
            double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
            double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n);
            lower = Math.max(0, Math.min(p, centre - half));
            upper = Math.min(1, Math.max(p, centre + half));
        }
        BetaDistribution posterior = BetaDistribution.of(k + 0.5, n - k + 0.5);
        double t = criterion.threshold();
        boolean atLeast = criterion.comparison() == Comparison.AT_LEAST;
        double probability = atLeast ? posterior.survivalProbability(t) : posterior.cumulativeProbability(t);
        long sample = counted.trials();
        Verdict verdict = Verdict.INCONCLUSIVE;
        if (sample >= criterion.minimumSample() && n > 0) {
            boolean above = lower >= t;
            boolean below = upper < t;
            if (above || below) {
                verdict = above == atLeast ? Verdict.SUPPORTED : Verdict.REFUTED;
            }
        }
        return Assessment.of(
                hypothesis.id(),
                verdict,
                Estimate.of(p, Interval.confidence(lower, upper, LEVEL)),
                Statistic.probability("P(rate " + criterion.comparison().symbol() + " " + t + ")", probability),
                Sample.of(sample, n),
                "wilson",
                LinkedHashMap.empty(),
                String.format(
                        Locale.ROOT, "95%% Wilson interval [%.3f, %.3f] against %s after %d", lower, upper, t, sample));
    }

    @Override
    public boolean isExchangeable() {
        return true;
    }

    private static Assessment notARate(Hypothesis hypothesis, EvidenceStatistics counted) {
        boolean mean = hypothesis.criterion().metric() == Metric.MEAN;
        double estimate = mean
                ? (counted.measurementCount() > 0
                        ? counted.measurementMean()
                        : hypothesis.criterion().threshold())
                : counted.successes();
        return Assessment.builder()
                .hypothesisId(hypothesis.id())
                .verdict(Verdict.INCONCLUSIVE)
                .estimate(estimate)
                .interval(Interval.confidence(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, LEVEL))
                .probability(0.5)
                .statisticName("none")
                .statistic(0)
                .sampleSize(mean ? counted.measurementCount() : counted.trials())
                .effectiveSampleSize(mean ? counted.effectiveMeasurementCount() : counted.effectiveTrials())
                .strategy("wilson")
                .reason("the Wilson rule judges rates only")
                .build();
    }
}
