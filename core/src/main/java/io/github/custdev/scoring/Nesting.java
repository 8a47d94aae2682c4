package io.github.custdev.scoring;

import io.github.custdev.InvalidValueException;

/**
 * How deep the built-in decorators and combinators nest, so that assessing and describing a strategy cannot overflow
 * the stack: a strategy that is none of them is 0 deep, a chain of filters and weightings one more than its base
 * (however many layers it has: it walks them in a loop), a combination or {@code byMetric} one more than its deepest
 * member, a Sean Ellis strategy one more than its rule. At most {@link Scoring#MAXIMUM_NESTING}.
 */
final class Nesting {
    private Nesting() {}

    /** How deep the strategy nests. */
    static int depth(ScoringStrategy strategy) {
        if (strategy instanceof FilteredStrategy filteredStrategy) {
            return filteredStrategy.depth();
        }
        if (strategy instanceof CombinedStrategy combinedStrategy) {
            return combinedStrategy.depth();
        }
        if (strategy instanceof ByMetricStrategy byMetricStrategy) {
            return byMetricStrategy.depth();
        }
        if (strategy instanceof SeanEllisStrategy seanEllisStrategy) {
            return seanEllisStrategy.depth();
        }
        return 0;
    }

    /**
     * The depth of a strategy being built, checked.
     *
     * @throws InvalidValueException if it is deeper than {@link Scoring#MAXIMUM_NESTING}
     */
    static int check(int depth) {
        if (depth > Scoring.MAXIMUM_NESTING) {
            throw InvalidValueException.of(
                    "strategy", "nesting must be at most " + Scoring.MAXIMUM_NESTING + " deep", depth);
        }
        return depth;
    }
}
