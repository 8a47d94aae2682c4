package io.github.custdev.testkit;

import io.github.custdev.HypothesisId;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.Verdict;

/** Copies of assessments with one figure changed, to build deliberately broken strategies. */
final class Assessments {
    private Assessments() {}

    static Assessment copy(Assessment a, HypothesisId id, double estimate, Interval interval, double probability) {
        Assessment.Builder builder = Assessment.builder();
        builder.hypothesisId(id)
                .verdict(a.verdict())
                .estimate(estimate)
                .interval(interval)
                .probability(probability)
                .statisticName(a.statisticName())
                .statistic(a.statistic())
                .sampleSize(a.sampleSize())
                .effectiveSampleSize(a.effectiveSampleSize())
                .strategy(a.strategy())
                .parameters(a.parameters())
                .reason(a.reason());
        a.expectedAdditionalSample().forEach(builder::expectedAdditionalSample);
        return builder.build();
    }

    /** A copy with another verdict and sample size; an inconclusive one expects the rest of the minimum sample. */
    static Assessment withVerdict(Assessment a, Verdict verdict, long sampleSize) {
        Assessment.Builder builder = Assessment.builder();
        builder.hypothesisId(a.hypothesisId())
                .verdict(verdict)
                .estimate(a.estimate())
                .interval(a.interval())
                .probability(a.probability())
                .statisticName(a.statisticName())
                .statistic(a.statistic())
                .sampleSize(sampleSize)
                .effectiveSampleSize(a.effectiveSampleSize())
                .strategy(a.strategy())
                .parameters(a.parameters())
                .reason(a.reason());
        return builder.build();
    }

    static Assessment withProbability(Assessment a, double probability) {
        return copy(a, a.hypothesisId(), a.estimate(), a.interval(), probability);
    }
}
