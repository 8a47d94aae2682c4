package io.github.custdev.scoring;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Instant;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A strategy that sees only some of a hypothesis's evidence (one segment, before or after an instant): it rebuilds a
 * log from the kept items, in their order, with the log's weights. Costs O(n) in the hypothesis's evidence.
 *
 * <p>A filter over a filter of the same kind is built as one filter, so that nesting to any depth costs no stack:
 * before the earlier instant, after the later one, in every segment named (no evidence when two differ).
 */
final class FilteredStrategy implements ScoringStrategy {
    private static final String IN_SEGMENT = "in-segment";
    private static final String OBSERVED_BEFORE = "observed-before";
    private static final String OBSERVED_AFTER = "observed-after";

    private final ScoringStrategy inner;
    private final Predicate<Evidence> keep;
    private final String label;
    private final String value;
    private final Set<String> segments;
    private final Instant limit;
    private final Map<String, String> parameters;
    private final String prefix;

    private FilteredStrategy(
            ScoringStrategy inner,
            Predicate<Evidence> keep,
            String label,
            String value,
            Set<String> segments,
            Instant limit) {
        this.inner = inner;
        this.keep = keep;
        this.label = label;
        this.value = value;
        this.segments = segments;
        this.limit = limit;
        this.parameters = LinkedHashMap.of(label, value);
        this.prefix = label.replace('-', ' ') + ' ' + value + ": ";
    }

    /** The evidence in the segment, and in every segment of the same filter it wraps. */
    static FilteredStrategy inSegment(ScoringStrategy strategy, String segment) {
        ScoringStrategy base = strategy;
        Set<String> names = LinkedHashSet.of(segment);
        if (strategy instanceof FilteredStrategy && ((FilteredStrategy) strategy).label.equals(IN_SEGMENT)) {
            FilteredStrategy same = (FilteredStrategy) strategy;
            base = same.inner;
            names = same.segments.addAll(names);
        }
        Set<String> all = names;
        return new FilteredStrategy(
                base, e -> all.forAll(e.source()::isIn), IN_SEGMENT, all.mkString(" & "), all, Instant.EPOCH);
    }

    /** The evidence observed strictly before the instant, and before that of the same filter it wraps. */
    static FilteredStrategy observedBefore(ScoringStrategy strategy, Instant instant) {
        return observed(strategy, instant, OBSERVED_BEFORE, Instant::isBefore);
    }

    /** The evidence observed strictly after the instant, and after that of the same filter it wraps. */
    static FilteredStrategy observedAfter(ScoringStrategy strategy, Instant instant) {
        return observed(strategy, instant, OBSERVED_AFTER, Instant::isAfter);
    }

    /**
     * The evidence observed strictly on one side of the instant ({@code inside.test(observedAt, bound)}); over a filter
     * of the same label it wraps, one filter with the tighter of the two bounds, so that nesting stays one level deep.
     */
    private static FilteredStrategy observed(
            ScoringStrategy strategy, Instant instant, String label, BiPredicate<Instant, Instant> inside) {
        ScoringStrategy base = strategy;
        Instant tighter = instant;
        if (strategy instanceof FilteredStrategy && ((FilteredStrategy) strategy).label.equals(label)) {
            FilteredStrategy same = (FilteredStrategy) strategy;
            base = same.inner;
            tighter = inside.test(same.limit, instant) ? same.limit : instant;
        }
        Instant bound = tighter;
        return new FilteredStrategy(
                base, e -> inside.test(e.observedAt(), bound), label, bound.toString(), LinkedHashSet.empty(), bound);
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
    public String name() {
        return label + '(' + inner.name() + ')';
    }

    @Override
    public String toString() {
        return label + '(' + inner + ", " + value + ')';
    }
}
