package io.github.custdev.scoring;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.function.Predicate;

/**
 * A strategy that sees only some of a hypothesis's evidence (one segment, before or after an instant): it rebuilds a
 * log from the kept items, in their order, with the log's weights. Costs O(n) in the hypothesis's evidence.
 */
final class FilteredStrategy implements ScoringStrategy {
    private final ScoringStrategy inner;
    private final Predicate<Evidence> keep;
    private final String label;
    private final String value;
    private final Map<String, String> parameters;
    private final String prefix;

    FilteredStrategy(ScoringStrategy inner, Predicate<Evidence> keep, String label, String value) {
        this.inner = inner;
        this.keep = keep;
        this.label = label;
        this.value = value;
        this.parameters = LinkedHashMap.of(label, value);
        this.prefix = label.replace('-', ' ') + ' ' + value + ": ";
    }

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        Checks.notNull(hypothesis, "hypothesis");
        Checks.notNull(log, "log");
        Seq<Evidence> items = log.evidence(hypothesis.id());
        Seq<Evidence> kept = items.filter(keep);
        EvidenceLog view = EvidenceLog.ofAll(kept).withWeights(log.weights());
        Assessment assessment = inner.assess(hypothesis, view);
        return assessment.renamed(
                label + '(' + assessment.strategy() + ')', parameters.merge(assessment.parameters()), prefix);
    }

    @Override
    public boolean isExchangeable() {
        return inner.isExchangeable();
    }

    @Override
    public String toString() {
        return label + '(' + inner + ", " + value + ')';
    }
}
