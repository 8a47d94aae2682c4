package io.github.custdev.scoring;

import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/** The fixed-sample strategy with the Wilson score interval; see {@link FixedSampleScoring}. */
final class FixedSampleStrategy implements FixedSampleScoring, RateRule {
    static final String NAME = "fixed-sample";
    private static final Reason SCORE = Reason.of("score statistic");
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);
    private static final FixedSampleStrategy STANDARD = new FixedSampleStrategy(0.95);

    private final double level;
    private final double z;
    private final Map<String, String> parameters;

    private FixedSampleStrategy(double level) {
        this.level = level;
        this.z = STANDARD_NORMAL.inverseSurvivalProbability((1.0 - level) / 2.0);
        this.parameters = LinkedHashMap.of("level", Text.of(level), "interval", "Wilson score");
    }

    static FixedSampleStrategy standard() {
        return STANDARD;
    }

    @Override
    public double level() {
        return level;
    }

    @Override
    public FixedSampleScoring withLevel(double level) {
        return new FixedSampleStrategy(Checks.openProbability(level, "level"));
    }

    @Override
    public boolean isExchangeable() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public Assessment assessRate(RateCase rate) {
        SuccessCriterion criterion = rate.criterion;
        Counts counts = rate.counts();
        double t = criterion.threshold();
        boolean atLeast = criterion.comparison() == Comparison.AT_LEAST;
        double n = counts.effectiveTrials;
        double estimate;
        double lower;
        double upper;
        double score;
        if (n > 0.0) {
            estimate = counts.rate();
            lower = Support.wilsonLower(estimate, n, z);
            upper = Support.wilsonUpper(estimate, n, z);
            double difference = estimate - t;
            score = difference == 0.0 ? 0.0 : difference / Math.sqrt(t * (1.0 - t) / n);
        } else {
            estimate = 0.5;
            lower = 0.0;
            upper = 1.0;
            score = 0.0;
        }
        boolean trivial = atLeast ? t == 0.0 : t == 1.0;
        double directed = atLeast ? score : -score;
        double probability = trivial ? 1.0 : STANDARD_NORMAL.cumulativeProbability(directed);
        Verdict decision = trivial || directed >= z ? Verdict.SUPPORTED : directed <= -z ? Verdict.REFUTED : null;
        Verdict verdict = decision != null && rate.enough(counts.trials) ? decision : Verdict.INCONCLUSIVE;

        double from = lower;
        double to = upper;
        Reason reason = text -> {
            Text.number(text, level * 100.0, 0, 1).append("% Wilson interval [");
            Text.fixed(text, from, 2).append(", ");
            Text.fixed(text, to, 2).append(']');
            text.append(verdict == Verdict.SUPPORTED ? " meets " : verdict == Verdict.REFUTED ? " fails " : " vs ");
            text.append("rate ").append(criterion.comparison().symbol()).append(' ');
            Text.rate(text, t);
        };

        long more = -1;
        if (decision == null && n > 0.0) {
            double difference = estimate - t;
            if (difference != 0.0) {
                more = Support.atLeastOne(z * z * t * (1.0 - t) / (difference * difference) - n);
            }
        }
        return rate.conclude(
                verdict,
                new Estimate(estimate, Interval.confidence(lower, upper, level)),
                SCORE,
                score,
                probability,
                counts.trials,
                n,
                rate.parameters,
                null,
                reason,
                more);
    }

    /** Equal to a fixed-sample strategy of the same level. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FixedSampleStrategy that && Double.compare(level, that.level) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(level);
    }

    @Override
    public String toString() {
        return NAME + parameters.mkString("[", ", ", "]");
    }
}
