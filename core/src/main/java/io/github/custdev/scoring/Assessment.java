package io.github.custdev.scoring;

import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What a scoring strategy concluded about one hypothesis: the verdict, the estimate of the metric with its interval,
 * the probability behind the verdict, how much evidence it rests on, and why, in words.
 *
 * <p>The figures keep their meaning across strategies: {@link #estimate()} is the metric of the success criterion
 * (a rate, a mean, a count) and lies in {@link #interval()}; {@link #probability()} is, in [0, 1], how strongly the
 * evidence says that the criterion holds (0.5: it does not lean either way); {@link #uncertainty()} is derived from
 * it, for ranking what to test next. An inconclusive assessment may say how much more evidence it expects to need.
 *
 * <pre>{@code
 * assessment.verdict();        // SUPPORTED
 * assessment.reason();         // "P(rate >= 0.40) = 0.97 after 52 qualified respondents"
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment {

    Assessment() {}

    /**
     * The hypothesis assessed.
     *
     * @return its id
     */
    public abstract HypothesisId hypothesisId();

    /**
     * The verdict.
     *
     * @return supported, refuted or inconclusive
     */
    public abstract Verdict verdict();

    /**
     * The point estimate of the criterion's metric: a rate, a mean or a count.
     *
     * @return the estimate, finite and inside {@link #interval()}
     */
    public abstract double estimate();

    /**
     * The interval estimate of the metric.
     *
     * @return the interval, containing {@link #estimate()}
     */
    public abstract Interval interval();

    /**
     * How strongly the evidence says that the success criterion holds: a posterior probability for Bayesian
     * strategies, the strategy's documented equivalent for the others.
     *
     * @return the probability, in [0, 1]
     */
    public abstract double probability();

    /**
     * The name of the statistic that decided: {@code "P(rate >= 0.40)"}, {@code "log likelihood ratio"}.
     *
     * @return the name, not blank
     */
    public abstract String statisticName();

    /**
     * The value of the statistic that decided.
     *
     * @return the value, not NaN
     */
    public abstract double statistic();

    /**
     * The evidence counted: trials for a rate or a count, measurements for a mean.
     *
     * @return the sample size, at least 0
     */
    public abstract long sampleSize();

    /**
     * The evidence counted with the weights of its strengths.
     *
     * @return the effective sample size, finite and at least 0
     */
    public abstract double effectiveSampleSize();

    /**
     * The strategy's name, such as {@code "bayesian"} or {@code "sprt"}.
     *
     * @return the name, not blank
     */
    public abstract String strategy();

    /**
     * The strategy's parameters, by name, in the strategy's order.
     *
     * @return the parameters; empty when it has none
     */
    @Value.Default
    public Map<String, String> parameters() {
        return LinkedHashMap.empty();
    }

    /**
     * Why, in one line: {@code "P(rate >= 0.40) = 0.97 after 52 qualified respondents"}.
     *
     * @return the reason, not blank
     */
    public abstract String reason();

    /**
     * For an inconclusive verdict, how many more trials or measurements the strategy expects to need to decide:
     * each built-in documents its estimate (a normal approximation, Wald's expected sample number, what the
     * criterion's minimum sample still needs), which assumes the rate or mean stays where it is now.
     *
     * @return the expected additional sample, or none when decided or when the strategy cannot say
     */
    @Value.Default
    public Option<Long> expectedAdditionalSample() {
        return Option.none();
    }

    /**
     * How unsure the assessment is, derived from {@link #probability()}: 1 when the evidence leans neither way, 0
     * when it is certain either way; {@code 1 - |2p - 1|}.
     *
     * @return the uncertainty, in [0, 1]
     */
    public double uncertainty() {
        return 1.0 - Math.abs(2.0 * probability() - 1.0);
    }

    /**
     * Whether the verdict is decided.
     *
     * @return {@code true} for supported or refuted
     */
    public boolean isDecided() {
        return verdict().isDecided();
    }

    /**
     * A builder for an assessment; every attribute is required except {@code parameters} and
     * {@code expectedAdditionalSample}, and each may be set once.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.finite(estimate(), "estimate");
        if (!interval().contains(estimate())) {
            throw InvalidValueException.of("estimate", "must lie in the interval " + interval(), estimate());
        }
        Checks.probability(probability(), "probability");
        Checks.notBlank(statisticName(), "statisticName");
        if (Double.isNaN(statistic())) {
            throw InvalidValueException.of("statistic", "must not be NaN", statistic());
        }
        Checks.nonNegative(sampleSize(), "sampleSize");
        Checks.nonNegative(effectiveSampleSize(), "effectiveSampleSize");
        Checks.notBlank(strategy(), "strategy");
        Checks.notBlank(reason(), "reason");
        parameters().forEach((name, value) -> {
            Checks.notBlank(name, "parameters.name");
            Checks.notNull(value, "parameters[" + name + "]");
        });
        if (expectedAdditionalSample().isDefined()) {
            long more = expectedAdditionalSample().get();
            if (verdict().isDecided()) {
                throw InvalidValueException.of(
                        "expectedAdditionalSample", "must be absent when the verdict is " + verdict(), more);
            }
            Checks.nonNegative(more, "expectedAdditionalSample");
        }
    }

    @Override
    public String toString() {
        return hypothesisId() + ": " + verdict() + " by " + strategy() + " (" + reason() + ")";
    }

    /** Builds an {@link Assessment}; each attribute may be set once. */
    public static final class Builder extends ImmutableAssessment.Builder {
        Builder() {}

        /**
         * Sets the expected additional sample of an inconclusive assessment.
         *
         * @param more the expected number of further trials or measurements, at least 0
         * @return this builder
         */
        public Builder expectedAdditionalSample(long more) {
            expectedAdditionalSample(Option.some(more));
            return this;
        }
    }
}
