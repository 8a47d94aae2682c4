package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Verdict;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * What a {@link GateCriterion.DemandShown demand criterion} read from one hypothesis's demand evidence: the
 * probability that the demand meets the criterion, the verdict it gives, and why.
 *
 * <p>The verdict is {@link Verdict#SUPPORTED} when the probability is at least the criterion's required probability
 * <i>p</i>, {@link Verdict#REFUTED} when it is at most <i>1 - p</i> (the evidence is as sure the demand falls short),
 * and {@link Verdict#INCONCLUSIVE} in between, or when no estimate can be made (too few periods, a Bass fit that does
 * not converge, no audience chosen): then the probability is none and the reason says what is missing, never a NaN.
 * Immutable and thread-safe.
 *
 * @param hypothesisId the hypothesis whose demand evidence was read
 * @param verdict what the reading says
 * @param probability the probability that the demand meets the criterion, in [0, 1]; none when no estimate could be
 *     made
 * @param reason the figures behind the verdict, or why there are none; not blank
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DemandReading(HypothesisId hypothesisId, Verdict verdict, Option<Double> probability, String reason) {

    /**
     * Checks the reading.
     *
     * @throws InvalidValueException if an argument is null, the reason blank, the probability outside [0, 1], or a
     *     reading without a probability is not inconclusive
     */
    public DemandReading {
        Checks.notNull(hypothesisId, "reading.hypothesisId");
        Checks.notNull(verdict, "reading.verdict");
        Checks.notNull(probability, "reading.probability");
        probability.forEach(p -> Checks.probability(Checks.notNull(p, "reading.probability"), "reading.probability"));
        Checks.notBlank(reason, "reading.reason");
        if (probability.isEmpty() && verdict != Verdict.INCONCLUSIVE) {
            throw InvalidValueException.of(
                    "reading.verdict", "must be INCONCLUSIVE when no estimate could be made", verdict);
        }
    }

    /**
     * Whether the reading met its criterion.
     *
     * @return {@code true} when the verdict is supported
     */
    public boolean isMet() {
        return verdict == Verdict.SUPPORTED;
    }

    @Override
    public String toString() {
        return hypothesisId + ": " + verdict + " (" + reason + ')';
    }
}
