package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Texts;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@link SpentBudgetPolicy policies} for a criterion still inconclusive when a gate's budget is spent.
 *
 * <pre>{@code
 * PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
 *         ...
 *         .whenBudgetSpent(SpentBudgetPolicies.byLeaning(0.8))
 *         .build();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SpentBudgetPolicies {
    private static final SpentBudgetPolicy TREAT_AS_REFUTED = new TreatAsRefuted();

    private SpentBudgetPolicies() {}

    /**
     * The default: an inconclusive criterion counts as refuted. Not having shown it in the time and money allowed is
     * the answer.
     *
     * @return the policy
     */
    public static SpentBudgetPolicy treatAsRefuted() {
        return TREAT_AS_REFUTED;
    }

    /**
     * An inconclusive criterion counts as supported when the evidence leans that way strongly enough: every judged
     * hypothesis's {@link Assessment#probability()} is at least {@code minimumProbability}; otherwise, and when the
     * criterion had no hypothesis to judge (or no audience chosen), as refuted.
     *
     * @param minimumProbability the least probability that the success criterion holds, in [0.5, 1]
     * @return the policy
     * @throws InvalidValueException if the probability is outside [0.5, 1]
     */
    public static SpentBudgetPolicy byLeaning(double minimumProbability) {
        if (!(minimumProbability >= 0.5 && minimumProbability <= 1.0)) {
            throw InvalidValueException.of("minimumProbability", "must be in [0.5, 1]", minimumProbability);
        }
        return new ByLeaning(minimumProbability);
    }

    private static final class TreatAsRefuted implements SpentBudgetPolicy {
        @Override
        public Verdict resolve(CriterionResult undecided) {
            Checks.notNull(undecided, "undecided");
            return Verdict.REFUTED;
        }

        @Override
        public String toString() {
            return "treat as refuted";
        }
    }

    private static final class ByLeaning implements SpentBudgetPolicy {
        private final double minimumProbability;

        ByLeaning(double minimumProbability) {
            this.minimumProbability = minimumProbability;
        }

        @Override
        public Verdict resolve(CriterionResult undecided) {
            if (Checks.notNull(undecided, "undecided").assessments().isEmpty()) {
                return Verdict.REFUTED;
            }
            for (Assessment assessment : undecided.assessments()) {
                if (assessment.verdict() == Verdict.REFUTED || assessment.probability() < minimumProbability) {
                    return Verdict.REFUTED;
                }
            }
            return Verdict.SUPPORTED;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof ByLeaning that && Double.compare(minimumProbability, that.minimumProbability) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(minimumProbability);
        }

        @Override
        public String toString() {
            return "by leaning, P >= " + Texts.decimal(minimumProbability);
        }
    }
}
