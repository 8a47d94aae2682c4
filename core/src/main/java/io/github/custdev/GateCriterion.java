package io.github.custdev;

import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Texts;
import io.github.custdev.scoring.ScoringStrategy;
import org.jspecify.annotations.Nullable;

/**
 * An exit criterion of a phase gate: what must be shown, and under which named scoring strategy, before the venture
 * may leave its phase.
 *
 * <p>The family is closed, and will grow: {@link HypothesisSupported} (one hypothesis must be supported) and
 * {@link AreaSupported} (every hypothesis of an area of the business model, for the gate's phase, must be supported).
 * A criterion is used as a must-meet criterion of a {@link PhaseGate}, or, with a weight, as a should-meet one
 * ({@link WeightedCriterion}). Immutable and thread-safe.
 */
public sealed interface GateCriterion permits GateCriterion.HypothesisSupported, GateCriterion.AreaSupported {

    /**
     * The name of the scoring strategy that judges the criterion, as the trace shows it: {@code "bayesian"}.
     *
     * @return the name, not blank
     */
    String strategyName();

    /**
     * The scoring strategy that judges the criterion.
     *
     * @return the strategy
     */
    ScoringStrategy strategy();

    /**
     * What the criterion asks, in words: {@code "every customer segment hypothesis is supported (bayesian)"}.
     *
     * @return the description
     */
    String describe();

    /**
     * What the criterion judges, in a few words: {@code "a customer segment hypothesis"}, {@code "hypothesis
     * problem.no-shows"}. A gate names it when the criterion has nothing to judge yet.
     *
     * @return the subject
     */
    String subject();

    /**
     * The criterion that one hypothesis is supported.
     *
     * <p>If a pivot retired the hypothesis, the criterion judges the active hypotheses that replaced it (by the
     * pivot's lineage); if there are none, the criterion has nothing to judge and is not met.
     *
     * @param hypothesisId the hypothesis
     * @param strategyName the strategy's name, not blank
     * @param strategy the strategy
     * @return the criterion
     * @throws InvalidValueException if an argument is null or the name blank
     */
    static GateCriterion hypothesis(HypothesisId hypothesisId, String strategyName, ScoringStrategy strategy) {
        return new HypothesisSupported(
                Checks.notNull(hypothesisId, "criterion.hypothesisId"),
                Checks.notBlank(strategyName, "criterion.strategyName"),
                Checks.notNull(strategy, "criterion.strategy"));
    }

    /**
     * The criterion that every active hypothesis of an area, to be validated in the gate's phase, is supported.
     *
     * <p>An area without such a hypothesis has nothing to judge: the criterion is not met until the venture states
     * one.
     *
     * @param area the area of the business model
     * @param strategyName the strategy's name, not blank
     * @param strategy the strategy
     * @return the criterion
     * @throws InvalidValueException if an argument is null or the name blank
     */
    static GateCriterion area(BusinessModelArea area, String strategyName, ScoringStrategy strategy) {
        return new AreaSupported(
                Checks.notNull(area, "criterion.area"),
                Checks.notBlank(strategyName, "criterion.strategyName"),
                Checks.notNull(strategy, "criterion.strategy"));
    }

    /**
     * The criterion that one hypothesis is supported under a named strategy. Immutable and thread-safe.
     */
    final class HypothesisSupported implements GateCriterion {
        private final HypothesisId hypothesisId;
        private final String strategyName;
        private final ScoringStrategy strategy;

        private HypothesisSupported(HypothesisId hypothesisId, String strategyName, ScoringStrategy strategy) {
            this.hypothesisId = hypothesisId;
            this.strategyName = strategyName;
            this.strategy = strategy;
        }

        /**
         * The hypothesis that must be supported.
         *
         * @return its id
         */
        public HypothesisId hypothesisId() {
            return hypothesisId;
        }

        @Override
        public String strategyName() {
            return strategyName;
        }

        @Override
        public ScoringStrategy strategy() {
            return strategy;
        }

        @Override
        public String describe() {
            return "hypothesis " + hypothesisId + " is supported (" + strategyName + ')';
        }

        @Override
        public String subject() {
            return "hypothesis " + hypothesisId;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof HypothesisSupported)) {
                return false;
            }
            HypothesisSupported that = (HypothesisSupported) other;
            return hypothesisId.equals(that.hypothesisId)
                    && strategyName.equals(that.strategyName)
                    && strategy.equals(that.strategy);
        }

        @Override
        public int hashCode() {
            return (31 * hypothesisId.hashCode() + strategyName.hashCode()) * 31 + strategy.hashCode();
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * The criterion that every active hypothesis of an area, for the gate's phase, is supported under a named
     * strategy. Immutable and thread-safe.
     */
    final class AreaSupported implements GateCriterion {
        private final BusinessModelArea area;
        private final String strategyName;
        private final ScoringStrategy strategy;

        private AreaSupported(BusinessModelArea area, String strategyName, ScoringStrategy strategy) {
            this.area = area;
            this.strategyName = strategyName;
            this.strategy = strategy;
        }

        /**
         * The area whose hypotheses must all be supported.
         *
         * @return the area
         */
        public BusinessModelArea area() {
            return area;
        }

        @Override
        public String strategyName() {
            return strategyName;
        }

        @Override
        public ScoringStrategy strategy() {
            return strategy;
        }

        @Override
        public String describe() {
            return "every " + Texts.words(area) + " hypothesis is supported (" + strategyName + ')';
        }

        @Override
        public String subject() {
            return "a " + Texts.words(area) + " hypothesis";
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof AreaSupported)) {
                return false;
            }
            AreaSupported that = (AreaSupported) other;
            return area == that.area && strategyName.equals(that.strategyName) && strategy.equals(that.strategy);
        }

        @Override
        public int hashCode() {
            return (31 * area.hashCode() + strategyName.hashCode()) * 31 + strategy.hashCode();
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
