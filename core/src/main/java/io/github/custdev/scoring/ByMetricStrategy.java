package io.github.custdev.scoring;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.LocalScoring;
import org.jspecify.annotations.Nullable;

/** {@link Scoring#byMetric}: one strategy for rates and counts, another for means. */
final class ByMetricStrategy implements ScoringStrategy, LocalScoring {
    private final ScoringStrategy rates;
    private final ScoringStrategy means;
    private final int depth;

    ByMetricStrategy(ScoringStrategy rates, ScoringStrategy means) {
        this.rates = rates;
        this.means = means;
        this.depth = Nesting.check(1 + Math.max(Nesting.depth(rates), Nesting.depth(means)));
    }

    int depth() {
        return depth;
    }

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        Checks.notNull(hypothesis, "hypothesis");
        return (hypothesis.criterion().metric() == Metric.MEAN ? means : rates).assess(hypothesis, log);
    }

    @Override
    public boolean isExchangeable() {
        return rates.isExchangeable() && means.isExchangeable();
    }

    @Override
    public boolean readsOnlyItsHypothesis() {
        return LocalScoring.isLocal(rates) && LocalScoring.isLocal(means);
    }

    /** The names of both strategies: {@code "bayesian/mean"}. */
    @Override
    public String name() {
        return rates.name() + '/' + means.name();
    }

    /** Equal to a by-metric strategy of equal strategies for rates and for means. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ByMetricStrategy that && rates.equals(that.rates) && means.equals(that.means);
    }

    @Override
    public int hashCode() {
        return rates.hashCode() * 31 + means.hashCode();
    }

    @Override
    public String toString() {
        return "byMetric(" + rates + ", " + means + ')';
    }
}
