package io.github.custdev.testkit;

import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import java.util.Locale;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A strategy as a user of custdev would write one, written correctly: once the criterion's minimum sample is in, it
 * decides by whether the criterion is more likely to hold than not. Its probability is a posterior: Beta(successes +
 * 1, failures + 1) for a rate, Student's t for a mean; a count is decided by whether it meets the criterion, once the
 * minimum sample is in. Exchangeable: it reads only the statistics. One instance serves every test: it has no
 * fields and no value equality of its own.
 */
final class MajorityRule implements ScoringStrategy {
    private static final double LEVEL = 0.95;

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        SuccessCriterion criterion = hypothesis.criterion();
        EvidenceStatistics counted = log.statistics(hypothesis.id()).atLeast(criterion.minimumStrength());
        switch (criterion.metric()) {
            case MEAN:
                return mean(hypothesis, counted);
            case COUNT:
                return count(hypothesis, counted);
            case PROPORTION:
            default:
                return proportion(hypothesis, counted);
        }
    }

    @Override
    public boolean isExchangeable() {
        return true;
    }

    private static Assessment proportion(Hypothesis hypothesis, EvidenceStatistics counted) {
        SuccessCriterion criterion = hypothesis.criterion();
        double n = counted.effectiveTrials();
        double k = counted.effectiveSuccesses();
        BetaDistribution posterior = BetaDistribution.of(k + 1.0, n - k + 1.0);
        double estimate = n > 0 ? k / n : 0.5;
        double lower = Math.min(estimate, posterior.inverseCumulativeProbability((1 - LEVEL) / 2));
        double upper = Math.max(estimate, posterior.inverseCumulativeProbability((1 + LEVEL) / 2));
        double probability = criterion.comparison() == Comparison.AT_LEAST
                ? posterior.survivalProbability(criterion.threshold())
                : posterior.cumulativeProbability(criterion.threshold());
        long sample = counted.trials();
        return decide(hypothesis, sample, n, estimate, Interval.credible(lower, upper, LEVEL), probability)
                .statisticName("P(rate " + criterion.comparison().symbol() + " " + criterion.threshold() + ")")
                .statistic(probability)
                .build();
    }

    private static Assessment mean(Hypothesis hypothesis, EvidenceStatistics counted) {
        SuccessCriterion criterion = hypothesis.criterion();
        double n = counted.effectiveMeasurementCount();
        long sample = counted.measurementCount();
        if (n == 0) {
            return decide(
                            hypothesis,
                            sample,
                            n,
                            criterion.threshold(),
                            Interval.confidence(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, LEVEL),
                            0.5)
                    .statisticName("t")
                    .statistic(0.0)
                    .build();
        }
        double mean = counted.measurementMean();
        double standardError = n > 1 ? Math.sqrt(counted.measurementVariance() / n) : 0.0;
        double t;
        double probability;
        double halfWidth;
        if (standardError > 0) {
            TDistribution distribution = TDistribution.of(n - 1);
            t = (mean - criterion.threshold()) / standardError;
            probability = distribution.cumulativeProbability(t);
            halfWidth = distribution.inverseCumulativeProbability((1 + LEVEL) / 2) * standardError;
        } else {
            double difference = mean - criterion.threshold();
            t = difference == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
            probability = difference == 0 ? 0.5 : (difference > 0 ? 1.0 : 0.0);
            halfWidth = 0.0;
        }
        if (criterion.comparison() == Comparison.AT_MOST) {
            probability = 1.0 - probability;
        }
        return decide(
                        hypothesis,
                        sample,
                        n,
                        mean,
                        Interval.confidence(mean - halfWidth, mean + halfWidth, LEVEL),
                        probability)
                .statisticName("t")
                .statistic(t)
                .build();
    }

    private static Assessment count(Hypothesis hypothesis, EvidenceStatistics counted) {
        SuccessCriterion criterion = hypothesis.criterion();
        long trials = counted.trials();
        long k = counted.successes();
        Verdict verdict;
        if (trials == 0 || trials < criterion.minimumSample()) {
            verdict = Verdict.INCONCLUSIVE;
        } else if (criterion.isMetBy(k)) {
            verdict = Verdict.SUPPORTED;
        } else {
            verdict = criterion.comparison() == Comparison.AT_LEAST ? Verdict.INCONCLUSIVE : Verdict.REFUTED;
        }
        double probability = verdict == Verdict.SUPPORTED ? 1.0 : verdict == Verdict.REFUTED ? 0.0 : 0.5;
        return Assessment.builder()
                .hypothesisId(hypothesis.id())
                .verdict(verdict)
                .estimate(k)
                .interval(Interval.confidence(k, k, LEVEL))
                .probability(probability)
                .statisticName("count")
                .statistic(k)
                .sampleSize(trials)
                .effectiveSampleSize(counted.effectiveTrials())
                .strategy("majority")
                .reason(String.format(Locale.ROOT, "%d positive outcomes in %d trials", k, trials))
                .build();
    }

    private static Assessment.Builder decide(
            Hypothesis hypothesis, long sample, double effective, double estimate, Interval interval, double p) {
        SuccessCriterion criterion = hypothesis.criterion();
        Assessment.Builder builder = Assessment.builder();
        Verdict verdict;
        if (sample < criterion.minimumSample()) {
            verdict = Verdict.INCONCLUSIVE;
            builder.expectedAdditionalSample(criterion.minimumSample() - sample);
        } else if (p != 0.5) {
            verdict = p > 0.5 ? Verdict.SUPPORTED : Verdict.REFUTED;
        } else {
            verdict = Verdict.INCONCLUSIVE;
        }
        builder.hypothesisId(hypothesis.id())
                .verdict(verdict)
                .estimate(estimate)
                .interval(interval)
                .probability(p)
                .sampleSize(sample)
                .effectiveSampleSize(effective)
                .strategy("majority")
                .reason(String.format(Locale.ROOT, "observed %.4f against %s after %d", estimate, criterion, sample));
        return builder;
    }
}
