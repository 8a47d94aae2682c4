package io.github.custdev.examples;

import io.github.custdev.CriterionResult;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import java.util.Locale;

/**
 * A team's own spent-budget policy, of the kind the contract of custdev-testkit checks: when the time and money for
 * a criterion are spent, give it the benefit of the doubt only if the evidence leans its way strongly and rests on
 * enough of it.
 *
 * <p>A criterion still undecided when the budget is spent counts as supported when every hypothesis it judged leans
 * its way with probability at least {@code minimumProbability}, none is refuted, and together they rest on at least
 * {@code minimumSample} trials (or measurements); otherwise, and when there was nothing to judge (no hypothesis, or
 * no audience chosen), it counts as refuted. Pure and deterministic: the verdict depends only on the criterion's
 * result.
 */
public final class CautiousPolicy implements SpentBudgetPolicy {
    private final double minimumProbability;
    private final long minimumSample;

    /**
     * The policy.
     *
     * @param minimumProbability the least probability each judged hypothesis must lean with, in [0.5, 1]
     * @param minimumSample the least evidence, in trials or measurements, the judged hypotheses must rest on
     * @throws IllegalArgumentException if an argument is out of range
     */
    public CautiousPolicy(double minimumProbability, long minimumSample) {
        if (!(minimumProbability >= 0.5 && minimumProbability <= 1.0)) {
            throw new IllegalArgumentException("minimumProbability must be in [0.5, 1]: " + minimumProbability);
        }
        if (minimumSample < 0) {
            throw new IllegalArgumentException("minimumSample must be >= 0: " + minimumSample);
        }
        this.minimumProbability = minimumProbability;
        this.minimumSample = minimumSample;
    }

    @Override
    public Verdict resolve(CriterionResult undecided) {
        if (undecided.assessments().isEmpty()) {
            return Verdict.REFUTED;
        }
        long sample = 0;
        for (Assessment assessment : undecided.assessments()) {
            if (assessment.verdict() == Verdict.REFUTED || assessment.probability() < minimumProbability) {
                return Verdict.REFUTED;
            }
            sample += assessment.sampleSize();
        }
        return sample >= minimumSample ? Verdict.SUPPORTED : Verdict.REFUTED;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "cautious (P >= %.2f on at least %d trials)", minimumProbability, minimumSample);
    }
}
