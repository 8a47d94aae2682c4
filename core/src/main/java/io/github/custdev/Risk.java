package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Texts;
import io.vavr.control.Option;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How risky an undecided hypothesis is for a gate: its importance times its uncertainty, where a hypothesis with no
 * evidence yet counts as wholly uncertain.
 *
 * <p>A {@link GateDecision.Persevere} ranks the undecided hypotheses of its criteria by {@link #risk()}, the riskiest
 * first: that is the one to test next, and {@link #expectedAdditionalSample()} says how much more evidence it is
 * still expected to need. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Risk {
    private final HypothesisId hypothesisId;
    private final double importance;
    private final double uncertainty;
    private final boolean untested;
    private final long expectedAdditionalSample;

    private Risk(
            HypothesisId hypothesisId,
            double importance,
            double uncertainty,
            boolean untested,
            long expectedAdditionalSample) {
        this.hypothesisId = hypothesisId;
        this.importance = importance;
        this.uncertainty = uncertainty;
        this.untested = untested;
        this.expectedAdditionalSample = expectedAdditionalSample;
    }

    /**
     * A risk.
     *
     * @param hypothesisId the hypothesis
     * @param importance its importance, finite and &gt; 0
     * @param uncertainty its uncertainty, in [0, 1]; 1 when untested
     * @param untested whether no evidence counted for it yet
     * @param expectedAdditionalSample the further trials or measurements expected to be needed, or none when
     *     unknown
     * @return the risk
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static Risk of(
            HypothesisId hypothesisId,
            double importance,
            double uncertainty,
            boolean untested,
            Option<Long> expectedAdditionalSample) {
        Checks.notNull(hypothesisId, "hypothesisId");
        Checks.positive(importance, "importance");
        Checks.probability(uncertainty, "uncertainty");
        if (untested && uncertainty != 1.0) {
            throw InvalidValueException.of("uncertainty", "must be 1 for an untested hypothesis", uncertainty);
        }
        long more = Checks.notNull(expectedAdditionalSample, "expectedAdditionalSample")
                .map(m -> Checks.nonNegative(m, "expectedAdditionalSample"))
                .getOrElse(-1L);
        return new Risk(hypothesisId, importance, uncertainty, untested, more);
    }

    /**
     * The hypothesis.
     *
     * @return its id
     */
    public HypothesisId hypothesisId() {
        return hypothesisId;
    }

    /**
     * The hypothesis's importance.
     *
     * @return the importance
     */
    public double importance() {
        return importance;
    }

    /**
     * How unsure the evidence is about the hypothesis: 1 for an untested hypothesis, otherwise its assessment's
     * {@link io.github.custdev.scoring.Assessment#uncertainty()}.
     *
     * @return the uncertainty, in [0, 1]
     */
    public double uncertainty() {
        return uncertainty;
    }

    /**
     * Whether no evidence has counted for the hypothesis yet.
     *
     * @return {@code true} when untested
     */
    public boolean isUntested() {
        return untested;
    }

    /**
     * The risk: importance times uncertainty.
     *
     * @return the risk, at least 0
     */
    public double risk() {
        return importance * uncertainty;
    }

    /**
     * The further trials or measurements the hypothesis is expected to need before its strategy decides: the
     * strategy's own expectation, or else what its success criterion's minimum sample still lacks.
     *
     * @return the expected additional sample, or none when it cannot be said
     */
    public Option<Long> expectedAdditionalSample() {
        return expectedAdditionalSample < 0 ? Option.none() : Option.some(expectedAdditionalSample);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Risk that)) {
            return false;
        }
        return hypothesisId.equals(that.hypothesisId)
                && Double.compare(importance, that.importance) == 0
                && Double.compare(uncertainty, that.uncertainty) == 0
                && untested == that.untested
                && expectedAdditionalSample == that.expectedAdditionalSample;
    }

    @Override
    public int hashCode() {
        return ((hypothesisId.hashCode() * 31 + Double.hashCode(importance)) * 31 + Double.hashCode(uncertainty)) * 31
                + Long.hashCode(expectedAdditionalSample);
    }

    /**
     * The risk as text: {@code "risk 2.4 = importance 3 x uncertainty 0.8, about 12 more expected"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("risk ")
                .append(Texts.decimal(risk()))
                .append(" = importance ")
                .append(Texts.decimal(importance))
                .append(" x uncertainty ")
                .append(Texts.decimal(uncertainty));
        if (untested) {
            text.append(" (untested)");
        }
        if (expectedAdditionalSample >= 0) {
            text.append(", about ").append(expectedAdditionalSample).append(" more expected");
        }
        return text.toString();
    }
}
