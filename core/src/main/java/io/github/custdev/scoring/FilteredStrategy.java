package io.github.custdev.scoring;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.StrengthWeights;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.LocalScoring;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A strategy that reads the log through a chain of layers, each a filter (one segment, before or after an instant)
 * or a weighting ({@link Scoring#weightedByStrength}): the filters keep the items every one of them keeps, rebuilt
 * into a log in their order, and the innermost weighting sets the weights (a weighting replaces any weights the log
 * had, so an outer one changes nothing below an inner one). Costs O(n) in the hypothesis's evidence per filter.
 *
 * <p>Any chain of these decorators, of any kinds in any order, is one node holding its layers, outermost first, so
 * that building, assessing and describing it take no stack however deep it is nested: the layers are walked in a
 * loop, the base strategy is assessed once and its assessment renamed once, exactly as if each layer had wrapped the
 * next. A filter over a filter of the same kind is one layer: before the earlier instant, after the later one, in
 * every segment named (no evidence when two differ).
 */
final class FilteredStrategy implements ScoringStrategy, LocalScoring {
    private static final String IN_SEGMENT = "in-segment";
    private static final String OBSERVED_BEFORE = "observed-before";
    private static final String OBSERVED_AFTER = "observed-after";
    private static final String WEIGHTED = "weighted";

    /** The outermost layer. */
    private final Layer layer;
    /** The layers inside it, or null when the next is the base. */
    private final @Nullable FilteredStrategy rest;
    /** The strategy under every layer: never a chain itself. */
    private final ScoringStrategy base;
    /** The number of layers. */
    private final int length;
    /** Whether any layer is a filter. */
    private final boolean filters;
    /** The weights of the innermost weighting, the ones the base reads; null when no layer weights. */
    private final @Nullable StrengthWeights weights;
    /** The reported parameters of the layers, outermost first, each name once, as nested merges would make them. */
    private final Map<String, String> parameters;
    /** How deep the strategy nests, as {@link Nesting} counts. */
    private final int depth;

    private FilteredStrategy(Layer layer, @Nullable FilteredStrategy rest, ScoringStrategy base) {
        this.layer = layer;
        this.rest = rest;
        this.base = base;
        this.length = rest == null ? 1 : rest.length + 1;
        this.filters = layer.keep != null || (rest != null && rest.filters);
        StrengthWeights inner = rest == null ? null : rest.weights;
        this.weights = inner != null ? inner : layer.weights;
        Map<String, String> below = rest == null ? LinkedHashMap.empty() : rest.parameters;
        // An outer weighting under which an inner one decides is not reported: the weights reported are those used.
        this.parameters = layer.weights != null && inner != null ? below : layer.parameters.merge(below);
        this.depth = Nesting.check(rest == null ? Nesting.depth(base) + 1 : rest.depth);
    }

    /** One layer: a filter ({@code keep} set) or a weighting ({@code weights} set). */
    private static final class Layer {
        private final String label;
        private final String value;
        private final @Nullable Predicate<Evidence> keep;
        private final @Nullable StrengthWeights weights;
        private final Set<String> segments;
        private final Instant limit;
        private final Map<String, String> parameters;
        private final String prefix;

        Layer(
                String label,
                String value,
                @Nullable Predicate<Evidence> keep,
                @Nullable StrengthWeights weights,
                Set<String> segments,
                Instant limit) {
            this.label = label;
            this.value = value;
            this.keep = keep;
            this.weights = weights;
            this.segments = segments;
            this.limit = limit;
            this.parameters = LinkedHashMap.of(weights != null ? "weights" : label, value);
            this.prefix = keep == null ? "" : label.replace('-', ' ') + ' ' + value + ": ";
        }

        /**
         * The same kind of layer with the same configuration, from which what it keeps follows: its value is the
         * exact text of its weights or instant (both print every digit) or of its segments in order, and the
         * segments are compared as well, since a segment's name may itself hold {@code " & "}.
         */
        boolean sameAs(Layer other) {
            return label.equals(other.label) && value.equals(other.value) && segments.equals(other.segments);
        }

        int hash() {
            return label.hashCode() * 31 + value.hashCode();
        }
    }

    /** The layer {@code layer} over {@code strategy}: a new outermost layer of its chain, or the first one. */
    private static FilteredStrategy over(ScoringStrategy strategy, Layer layer) {
        if (strategy instanceof FilteredStrategy chain) {
            return new FilteredStrategy(layer, chain, chain.base);
        }
        return new FilteredStrategy(layer, null, strategy);
    }

    /** The layer {@code layer} in place of the outermost layer of {@code chain}, which it absorbed. */
    private static FilteredStrategy replacing(FilteredStrategy chain, Layer layer) {
        return new FilteredStrategy(layer, chain.rest, chain.base);
    }

    /** The outermost layer of the strategy when it is a chain whose outermost layer has this label; else null. */
    private static @Nullable FilteredStrategy outermost(ScoringStrategy strategy, String label) {
        return strategy instanceof FilteredStrategy filteredStrategy && filteredStrategy.layer.label.equals(label)
                ? (FilteredStrategy) strategy
                : null;
    }

    /** The strategy reading the log with the given weights. */
    static FilteredStrategy weighted(ScoringStrategy strategy, StrengthWeights weights) {
        return over(
                strategy, new Layer(WEIGHTED, weights.toString(), null, weights, LinkedHashSet.empty(), Instant.EPOCH));
    }

    /** The evidence in the segment, and in every segment of the same filter it wraps. */
    static FilteredStrategy inSegment(ScoringStrategy strategy, String segment) {
        FilteredStrategy same = outermost(strategy, IN_SEGMENT);
        Set<String> all = same == null ? LinkedHashSet.of(segment) : same.layer.segments.add(segment);
        Layer layer =
                new Layer(IN_SEGMENT, all.mkString(" & "), e -> all.forAll(e.source()::isIn), null, all, Instant.EPOCH);
        return same == null ? over(strategy, layer) : replacing(same, layer);
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
     * of the same label it wraps, one filter with the tighter of the two bounds, so that nesting stays one layer deep.
     */
    private static FilteredStrategy observed(
            ScoringStrategy strategy, Instant instant, String label, BiPredicate<Instant, Instant> inside) {
        FilteredStrategy same = outermost(strategy, label);
        Instant bound = same != null && inside.test(same.layer.limit, instant) ? same.layer.limit : instant;
        Layer layer = new Layer(
                label, bound.toString(), e -> inside.test(e.observedAt(), bound), null, LinkedHashSet.empty(), bound);
        return same == null ? over(strategy, layer) : replacing(same, layer);
    }

    /** The layers, outermost first. */
    private List<Layer> layers() {
        List<Layer> layers = new ArrayList<>(length);
        for (FilteredStrategy node = this; node != null; node = node.rest) {
            layers.add(node.layer);
        }
        return layers;
    }

    int depth() {
        return depth;
    }

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        Checks.notNull(hypothesis, "hypothesis");
        Checks.notNull(log, "log");
        List<Layer> layers = layers();
        StrengthWeights used = weights != null ? weights : log.weights();
        EvidenceLog view;
        if (filters) {
            List<Predicate<Evidence>> keeps = new ArrayList<>();
            for (Layer each : layers) {
                if (each.keep != null) {
                    keeps.add(each.keep);
                }
            }
            Seq<Evidence> kept = log.evidence(hypothesis.id()).filter(e -> keepsAll(keeps, e));
            view = EvidenceLog.ofAll(kept).withWeights(used);
        } else {
            view = log.withWeights(used);
        }
        Assessment assessment = base.assess(hypothesis, view);
        StringBuilder prefix = new StringBuilder();
        for (Layer each : layers) {
            prefix.append(each.prefix);
        }
        return assessment.renamed(
                named(assessment.strategy()), parameters.merge(assessment.parameters()), prefix.toString());
    }

    /** The base's name inside every layer's label, outermost first: {@code in-segment(weighted(bayesian))}. */
    private String named(String baseName) {
        StringBuilder name = new StringBuilder();
        for (FilteredStrategy chain = this; chain != null; chain = chain.rest) {
            name.append(chain.layer.label).append('(');
        }
        name.append(baseName);
        for (int i = 0; i < length; i++) {
            name.append(')');
        }
        return name.toString();
    }

    private static boolean keepsAll(List<Predicate<Evidence>> keeps, Evidence evidence) {
        for (Predicate<Evidence> keep : keeps) {
            if (!keep.test(evidence)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isExchangeable() {
        return base.isExchangeable();
    }

    /** A filter keeps or drops the hypothesis's own items, so it reads no more than its base does. */
    @Override
    public boolean readsOnlyItsHypothesis() {
        return LocalScoring.isLocal(base);
    }

    @Override
    public String name() {
        return named(base.name());
    }

    /**
     * Equal to a chain of equal layers, in the same order, over an equal base strategy. Compared in a loop, as the
     * chain is assessed, so that a chain of any length takes no stack.
     */
    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof FilteredStrategy that) || length != that.length) {
            return false;
        }
        FilteredStrategy mine = this;
        FilteredStrategy theirs = that;
        while (mine != null && theirs != null) {
            if (!mine.layer.sameAs(theirs.layer)) {
                return false;
            }
            mine = mine.rest;
            theirs = theirs.rest;
        }
        return base.equals(that.base);
    }

    @Override
    public int hashCode() {
        int hash = base.hashCode();
        for (FilteredStrategy node = this; node != null; node = node.rest) {
            hash = hash * 31 + node.layer.hash();
        }
        return hash;
    }

    @Override
    public String toString() {
        List<Layer> layers = layers();
        StringBuilder text = new StringBuilder();
        for (Layer each : layers) {
            text.append(each.label).append('(');
        }
        text.append(base);
        for (int i = layers.size() - 1; i >= 0; i--) {
            text.append(", ").append(layers.get(i).value).append(')');
        }
        return text.toString();
    }
}
