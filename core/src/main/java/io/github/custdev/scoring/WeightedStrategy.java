package io.github.custdev.scoring;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.StrengthWeights;
import io.github.custdev.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/** A strategy that reads the log with strength weights; see {@link Scoring#weightedByStrength}. */
final class WeightedStrategy implements ScoringStrategy {
    private final ScoringStrategy inner;
    private final StrengthWeights weights;
    private final Map<String, String> parameters;

    WeightedStrategy(ScoringStrategy inner, StrengthWeights weights) {
        this.inner = inner;
        this.weights = weights;
        this.parameters = LinkedHashMap.of("weights", weights.toString());
    }

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        Checks.notNull(hypothesis, "hypothesis");
        Checks.notNull(log, "log");
        Assessment assessment = inner.assess(hypothesis, log.withWeights(weights));
        return assessment.renamed(
                "weighted(" + assessment.strategy() + ')', parameters.merge(assessment.parameters()), "");
    }

    @Override
    public boolean isExchangeable() {
        return inner.isExchangeable();
    }

    @Override
    public String name() {
        return "weighted(" + inner.name() + ')';
    }

    @Override
    public String toString() {
        return "weighted(" + inner + ", " + weights + ')';
    }
}
