package io.github.custdev;

import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Texts;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.immutables.value.Value;

/**
 * One line of a gate's trace: an exit criterion, the hypotheses it judged with their assessments, what the evidence
 * says, and the verdict the gate used.
 *
 * <p>The {@link #evidenceVerdict()} is what the assessments say together: supported when every judged hypothesis is
 * supported, refuted when any is refuted, inconclusive otherwise, and inconclusive when there is nothing to judge
 * (the criterion {@link #isMissing() is missing} a hypothesis). The {@link #verdict()} the gate decides on is the same,
 * except when the evidence budget was spent on an inconclusive criterion: then the gate's {@link SpentBudgetPolicy}
 * decided it, and {@link #isResolvedByPolicy()} says so. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriterionResult {

    /** Whether a criterion must be met or should be met. */
    public enum Requirement {
        /** Every must-meet criterion must be supported before the venture proceeds. */
        MUST_MEET,
        /** Should-meet criteria add their weight to the should-meet score. */
        SHOULD_MEET
    }

    CriterionResult() {}

    /**
     * The criterion.
     *
     * @return the criterion
     */
    public abstract GateCriterion criterion();

    /**
     * Whether the criterion must or should be met.
     *
     * @return the requirement
     */
    public abstract Requirement requirement();

    /**
     * The criterion's weight in the should-meet score; 1 for a must-meet criterion.
     *
     * @return the weight, finite and &gt; 0
     */
    public abstract double weight();

    /**
     * The assessments of the hypotheses the criterion judged, in the order the venture stated them; empty when it
     * had nothing to judge.
     *
     * @return the assessments
     */
    public abstract Seq<Assessment> assessments();

    /**
     * What the evidence says, from the assessments alone.
     *
     * @return supported, refuted or inconclusive
     */
    public abstract Verdict evidenceVerdict();

    /**
     * The verdict the gate decided on: the evidence verdict, or the policy's when the budget was spent on an
     * inconclusive criterion.
     *
     * @return the verdict
     */
    public abstract Verdict verdict();

    /**
     * Whether the gate's spent-budget policy decided this criterion.
     *
     * @return {@code true} when the evidence was inconclusive, the budget spent, and the policy decided
     */
    @Value.Default
    public boolean isResolvedByPolicy() {
        return false;
    }

    /**
     * The result for a criterion, with the verdict the evidence gives.
     *
     * @param criterion the criterion
     * @param requirement must or should meet
     * @param weight the weight; 1 for a must-meet criterion
     * @param assessments the assessments of the judged hypotheses
     * @return the result
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static CriterionResult of(
            GateCriterion criterion, Requirement requirement, double weight, Seq<Assessment> assessments) {
        Verdict verdict = combine(Checks.notNull(assessments, "assessments"));
        return ImmutableCriterionResult.builder()
                .criterion(Checks.notNull(criterion, "criterion"))
                .requirement(Checks.notNull(requirement, "requirement"))
                .weight(weight)
                .assessments(assessments)
                .evidenceVerdict(verdict)
                .verdict(verdict)
                .build();
    }

    /**
     * This result decided by a spent-budget policy.
     *
     * @param verdict the policy's verdict, supported or refuted
     * @return the resolved copy
     * @throws InvalidValueException if this result is already decided or resolved, or the verdict is inconclusive
     */
    public CriterionResult resolvedAs(Verdict verdict) {
        Checks.notNull(verdict, "verdict");
        if (evidenceVerdict().isDecided() || isResolvedByPolicy()) {
            throw InvalidValueException.of(
                    "verdict",
                    "can only resolve an inconclusive criterion, once, not a "
                            + (isResolvedByPolicy() ? "resolved " : "")
                            + verdict(),
                    verdict);
        }
        if (!verdict.isDecided()) {
            throw InvalidValueException.of("verdict", "must be SUPPORTED or REFUTED", verdict);
        }
        return ImmutableCriterionResult.builder()
                .criterion(criterion())
                .requirement(requirement())
                .weight(weight())
                .assessments(assessments())
                .evidenceVerdict(evidenceVerdict())
                .verdict(verdict)
                .isResolvedByPolicy(true)
                .build();
    }

    /**
     * The verdict of several assessments taken together: supported when all are, refuted when any is, inconclusive
     * otherwise or when there are none.
     *
     * @param assessments the assessments
     * @return the combined verdict
     */
    public static Verdict combine(Seq<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return Verdict.INCONCLUSIVE;
        }
        boolean allSupported = true;
        for (Assessment assessment : assessments) {
            Verdict verdict = assessment.verdict();
            if (verdict == Verdict.REFUTED) {
                return Verdict.REFUTED;
            }
            allSupported &= verdict == Verdict.SUPPORTED;
        }
        return allSupported ? Verdict.SUPPORTED : Verdict.INCONCLUSIVE;
    }

    /**
     * Whether the criterion had nothing to judge: no active hypothesis of its area for the gate's phase, or no active
     * hypothesis by its id.
     *
     * @return {@code true} when no hypothesis was judged
     */
    public boolean isMissing() {
        return assessments().isEmpty();
    }

    /**
     * Whether the gate counted the criterion as met.
     *
     * @return {@code true} when the verdict is supported
     */
    public boolean isMet() {
        return verdict() == Verdict.SUPPORTED;
    }

    /**
     * The assessments that count against the criterion: the refuted ones, or, when a policy refuted an inconclusive
     * criterion, the inconclusive ones.
     *
     * @return the assessments against; empty unless the verdict is refuted
     */
    public Seq<Assessment> against() {
        if (verdict() != Verdict.REFUTED) {
            return Vector.empty();
        }
        Verdict wanted = isResolvedByPolicy() ? Verdict.INCONCLUSIVE : Verdict.REFUTED;
        return assessments().filter(a -> a.verdict() == wanted);
    }

    @Value.Check
    void check() {
        Checks.positive(weight(), "weight");
        if (requirement() == Requirement.MUST_MEET && weight() != 1.0) {
            throw InvalidValueException.of("weight", "must be 1 for a must-meet criterion", weight());
        }
        Verdict combined = combine(assessments());
        if (combined != evidenceVerdict()) {
            throw InvalidValueException.of(
                    "evidenceVerdict",
                    "must be the assessments' combined verdict (" + combined + ")",
                    evidenceVerdict());
        }
        if (isResolvedByPolicy() ? !verdict().isDecided() || evidenceVerdict().isDecided() : verdict() != combined) {
            throw InvalidValueException.of(
                    "verdict", "must be the evidence verdict unless a policy resolved an inconclusive one", verdict());
        }
    }

    /**
     * The result as one line: {@code "must   every problem hypothesis is supported (bayesian): SUPPORTED"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(requirement() == Requirement.MUST_MEET ? "must-meet " : "should-meet ");
        text.append(criterion().describe());
        if (requirement() == Requirement.SHOULD_MEET) {
            text.append(", weight ").append(Texts.decimal(weight()));
        }
        text.append(": ").append(verdict());
        if (isResolvedByPolicy()) {
            text.append(" (inconclusive, decided by the spent-budget policy)");
        } else if (isMissing()) {
            text.append(" (nothing to judge: no active hypothesis)");
        }
        return text.toString();
    }
}
