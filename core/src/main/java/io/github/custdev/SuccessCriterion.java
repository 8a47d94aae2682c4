package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import io.vavr.control.Option;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The pre-registered test of a hypothesis: the metric it is judged on, the threshold it must meet, the smallest
 * sample worth judging, and the weakest evidence that counts.
 *
 * <p>A criterion is fixed before the evidence comes in and belongs to its hypothesis for good: changing it means
 * stating a new hypothesis. That is how moved goalposts are prevented. Examples:
 *
 * <pre>{@code
 * SuccessCriterion.veryDisappointedAtLeast(0.40, 40);      // 40% "very disappointed", judged on 40 or more
 * SuccessCriterion.proportionAtLeast(0.30, 40);            // 30% of interviewees confirm the problem
 * SuccessCriterion.meanAtLeast(25.0, "USD/month", 20);     // willingness to pay of at least $25 a month
 * SuccessCriterion.countAtLeast(10, Strength.PAID);        // ten pre-orders
 * SuccessCriterion.proportionAtLeast(0.30, 20).withMinimumStrength(Strength.PAID);   // 30% pre-order, paid only
 * }</pre>
 *
 * The metric also says which kinds of evidence the criterion counts ({@link #uses(Evidence)}): a {@link Venture}
 * refuses evidence of another kind for the hypothesis, and the scoring strategies never count it.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class SuccessCriterion {

    /**
     * What a criterion measures, and so which kinds of evidence it counts.
     *
     * <table>
     *   <caption>The evidence each metric counts</caption>
     *   <tr><th>metric</th><th>counts</th></tr>
     *   <tr><td>{@code PROPORTION}, {@code COUNT}</td>
     *       <td>{@link Statement}, {@link Behaviour}, {@link Commitment}</td></tr>
     *   <tr><td>{@code VERY_DISAPPOINTED}</td><td>{@link SeanEllisTally}</td></tr>
     *   <tr><td>{@code MEAN}</td><td>{@link Measurement} (in the criterion's unit, which the mean strategy checks)</td></tr>
     * </table>
     */
    public enum Metric {
        /** The share of positive outcomes among the trials: a conversion, a "yes", a pre-order. */
        PROPORTION("proportion", "statements, behaviours and commitments"),
        /** The mean of a measured value, such as willingness to pay or weekly usage, in one unit. */
        MEAN("mean", "measurements"),
        /** The number of positive outcomes: pre-orders, letters of intent, paying pilots. */
        COUNT("count", "statements, behaviours and commitments"),
        /**
         * The Sean Ellis signal: the share of qualified respondents to Sean Ellis surveys who would be very
         * disappointed without the product, conventionally compared with 40%.
         */
        VERY_DISAPPOINTED("very-disappointed share", "Sean Ellis tallies");

        private final String noun;
        private final String evidenceKinds;

        Metric(String noun, String evidenceKinds) {
            this.noun = noun;
            this.evidenceKinds = evidenceKinds;
        }

        /**
         * Whether a criterion on this metric counts the given evidence, by its kind alone (its strength is the
         * criterion's {@link SuccessCriterion#minimumStrength()} to judge, a measurement's unit the strategy's).
         *
         * @param evidence the evidence
         * @return {@code true} when the evidence is of a kind this metric counts
         * @throws InvalidValueException if the evidence is null
         */
        public boolean uses(Evidence evidence) {
            Checks.notNull(evidence, "evidence");
            switch (this) {
                case MEAN:
                    return evidence instanceof Measurement;
                case VERY_DISAPPOINTED:
                    return evidence instanceof SeanEllisTally;
                default:
                    return evidence instanceof Statement
                            || evidence instanceof Behaviour
                            || evidence instanceof Commitment;
            }
        }

        /**
         * The kinds of evidence this metric counts, in words: {@code "statements, behaviours and commitments"},
         * {@code "Sean Ellis tallies"} or {@code "measurements"}.
         *
         * @return the kinds, in words
         */
        public String evidenceKinds() {
            return evidenceKinds;
        }

        /**
         * What a criterion on this metric judges, in words: {@code "a proportion of statements, behaviours and
         * commitments"}, {@code "a very-disappointed share of Sean Ellis tallies"}.
         *
         * @return the description
         */
        public String description() {
            return "a " + noun + " of " + evidenceKinds;
        }

        /**
         * The metric's name in words: {@code "proportion"}, {@code "mean"}, {@code "count"} or
         * {@code "very-disappointed share"}.
         *
         * @return the name in words
         */
        public String noun() {
            return noun;
        }
    }

    /** How the metric is compared with the threshold. */
    public enum Comparison {
        /** The metric must be at least the threshold. */
        AT_LEAST(">="),
        /** The metric must be at most the threshold. */
        AT_MOST("<=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /**
         * Whether a value meets a threshold under this comparison.
         *
         * @param value the value
         * @param threshold the threshold
         * @return {@code true} when the comparison holds
         */
        public boolean holds(double value, double threshold) {
            return this == AT_LEAST ? value >= threshold : value <= threshold;
        }

        /**
         * The comparison's mathematical symbol.
         *
         * @return {@code ">="} or {@code "<="}
         */
        public String symbol() {
            return symbol;
        }
    }

    SuccessCriterion() {}

    /**
     * What the criterion measures.
     *
     * @return the metric
     */
    public abstract Metric metric();

    /**
     * How the metric is compared with the threshold.
     *
     * @return the comparison
     */
    public abstract Comparison comparison();

    /**
     * The threshold: a rate in [0, 1] for a proportion or a very-disappointed share, a whole number for a count, any
     * finite value for a mean.
     *
     * @return the threshold
     */
    public abstract double threshold();

    /**
     * The smallest sample on which the criterion may be judged: trials for a proportion or a count, qualified
     * respondents for a very-disappointed share, measurements for a mean. At least 1.
     *
     * @return the minimum sample
     */
    public abstract long minimumSample();

    /**
     * The weakest evidence that counts: {@code SAID} counts everything, {@code PAID} only commitments and payments.
     *
     * @return the minimum strength
     */
    public abstract Strength minimumStrength();

    /**
     * The unit of the measured value, present exactly when the metric is a mean.
     *
     * @return the unit, or none
     */
    public abstract Option<String> unit();

    /**
     * A criterion on the share of positive outcomes, counting evidence of every strength.
     *
     * @param rate the least acceptable share, in [0, 1]
     * @param minimumSample the fewest trials worth judging, at least 1
     * @return the criterion
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static SuccessCriterion proportionAtLeast(double rate, long minimumSample) {
        return of(Metric.PROPORTION, Comparison.AT_LEAST, rate, minimumSample, Strength.SAID, Option.none());
    }

    /**
     * A criterion that the share of (bad) outcomes stays low, such as churn, counting evidence of every strength.
     *
     * @param rate the greatest acceptable share, in [0, 1]
     * @param minimumSample the fewest trials worth judging, at least 1
     * @return the criterion
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static SuccessCriterion proportionAtMost(double rate, long minimumSample) {
        return of(Metric.PROPORTION, Comparison.AT_MOST, rate, minimumSample, Strength.SAID, Option.none());
    }

    /**
     * A criterion on the Sean Ellis signal: the share of qualified respondents to Sean Ellis surveys who would be very
     * disappointed without the product must be at least {@code share}. It counts only {@link SeanEllisTally}
     * evidence. The conventional signal of product/market fit is 40%:
     *
     * <pre>{@code
     * SuccessCriterion.veryDisappointedAtLeast(0.40, 40);   // 40% very disappointed, judged on 40 respondents or more
     * }</pre>
     *
     * @param share the least acceptable share, in [0, 1]
     * @param minimumSample the fewest qualified respondents worth judging, at least 1
     * @return the criterion
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static SuccessCriterion veryDisappointedAtLeast(double share, long minimumSample) {
        return of(Metric.VERY_DISAPPOINTED, Comparison.AT_LEAST, share, minimumSample, Strength.SAID, Option.none());
    }

    /**
     * A criterion on the mean of a measured value, counting measurements of every strength.
     *
     * @param threshold the least acceptable mean, finite
     * @param unit the unit the measurements are in, not blank
     * @param minimumSample the fewest measurements worth judging, at least 1
     * @return the criterion
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static SuccessCriterion meanAtLeast(double threshold, String unit, long minimumSample) {
        return of(
                Metric.MEAN,
                Comparison.AT_LEAST,
                threshold,
                minimumSample,
                Strength.SAID,
                Option.of(Checks.notNull(unit, "criterion.unit")));
    }

    /**
     * A criterion that the mean of a measured value stays low, such as a sales cycle in days or an acquisition cost.
     *
     * @param threshold the greatest acceptable mean, finite
     * @param unit the unit the measurements are in, not blank
     * @param minimumSample the fewest measurements worth judging, at least 1
     * @return the criterion
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static SuccessCriterion meanAtMost(double threshold, String unit, long minimumSample) {
        return of(
                Metric.MEAN,
                Comparison.AT_MOST,
                threshold,
                minimumSample,
                Strength.SAID,
                Option.of(Checks.notNull(unit, "criterion.unit")));
    }

    /**
     * A criterion on the number of positive outcomes of at least the given strength, such as ten pre-orders.
     *
     * @param count the least acceptable number, at least 1
     * @param minimumStrength the weakest evidence that counts
     * @return the criterion, judged on at least one trial
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static SuccessCriterion countAtLeast(long count, Strength minimumStrength) {
        Checks.positive(count, "criterion.threshold");
        return of(Metric.COUNT, Comparison.AT_LEAST, (double) count, 1, minimumStrength, Option.none());
    }

    /**
     * A criterion from all of its parts.
     *
     * @param metric what is measured
     * @param comparison how it is compared with the threshold
     * @param threshold the threshold
     * @param minimumSample the fewest trials or measurements worth judging
     * @param minimumStrength the weakest evidence that counts
     * @param unit the unit, present exactly for a mean
     * @return the criterion
     * @throws InvalidValueException if a part breaks its rule or the parts do not fit together
     */
    public static SuccessCriterion of(
            Metric metric,
            Comparison comparison,
            double threshold,
            long minimumSample,
            Strength minimumStrength,
            Option<String> unit) {
        return new ImmutableSuccessCriterion.Builder()
                .metric(Checks.notNull(metric, "criterion.metric"))
                .comparison(Checks.notNull(comparison, "criterion.comparison"))
                .threshold(threshold)
                .minimumSample(minimumSample)
                .minimumStrength(Checks.notNull(minimumStrength, "criterion.minimumStrength"))
                .unit(Checks.notNull(unit, "criterion.unit"))
                .build();
    }

    // The withers are abstract: the generated class implements them (and would override a body written here).

    /**
     * A copy of this criterion that counts only evidence of at least the given strength: what customers did, or what
     * they paid and committed, rather than what they said. For a common criterion that asks for paid evidence:
     *
     * <pre>{@code
     * SuccessCriterion.proportionAtLeast(0.30, 20).withMinimumStrength(Strength.PAID);   // 30% of offers pre-ordered
     * }</pre>
     *
     * @param strength the weakest evidence that counts
     * @return the changed copy
     * @throws InvalidValueException if the strength is null
     */
    public abstract SuccessCriterion withMinimumStrength(Strength strength);

    /**
     * A copy of this criterion judged on a larger or smaller minimum sample.
     *
     * @param minimumSample the fewest trials or measurements worth judging, at least 1
     * @return the changed copy
     * @throws InvalidValueException if the sample is below 1
     */
    public abstract SuccessCriterion withMinimumSample(long minimumSample);

    /**
     * Whether this criterion counts the given evidence, by its kind: {@code metric().uses(evidence)}.
     *
     * @param evidence the evidence
     * @return {@code true} when the evidence is of a kind the criterion's metric counts
     * @throws InvalidValueException if the evidence is null
     * @see Metric#uses(Evidence)
     */
    public boolean uses(Evidence evidence) {
        return metric().uses(evidence);
    }

    /**
     * Whether a value of the metric meets the criterion.
     *
     * @param value the metric's value
     * @return {@code true} when {@code value} compares with the threshold as required
     */
    public boolean isMetBy(double value) {
        return comparison().holds(value, threshold());
    }

    @Value.Check
    void check() {
        double threshold = Checks.finite(threshold(), "criterion.threshold");
        Checks.positive(minimumSample(), "criterion.minimumSample");
        switch (metric()) {
            case PROPORTION:
                Checks.probability(threshold, "criterion.threshold");
                break;
            case VERY_DISAPPOINTED:
                Checks.probability(threshold, "criterion.threshold");
                if (minimumStrength() != Strength.SAID) {
                    throw InvalidValueException.of(
                            "criterion.minimumStrength",
                            "must be SAID for a VERY_DISAPPOINTED share: Sean Ellis tallies are said",
                            minimumStrength());
                }
                break;
            case COUNT:
                if (threshold < 0 || threshold != Math.rint(threshold)) {
                    throw InvalidValueException.of(
                            "criterion.threshold", "must be a whole number >= 0 for a count", threshold);
                }
                break;
            case MEAN:
            default:
                break;
        }
        if (metric() == Metric.MEAN) {
            if (unit().isEmpty()) {
                throw InvalidValueException.of("criterion.unit", "must be present for a mean", unit());
            }
            Checks.notBlank(unit().get(), "criterion.unit");
        } else if (unit().isDefined()) {
            throw InvalidValueException.of("criterion.unit", "must be absent for a " + metric(), unit().get());
        }
    }

    @Override
    public String toString() {
        String subject;
        switch (metric()) {
            case PROPORTION:
                subject = "proportion";
                break;
            case MEAN:
                subject = "mean " + unit().get();
                break;
            case VERY_DISAPPOINTED:
                subject = "very disappointed";
                break;
            default:
                subject = "count";
        }
        return subject + ' ' + comparison().symbol() + ' ' + formatThreshold() + " (n >= " + minimumSample() + ", "
                + minimumStrength() + " or stronger)";
    }

    private String formatThreshold() {
        double t = threshold();
        return t == Math.rint(t) && Math.abs(t) < 1e15 ? Long.toString((long) t) : Double.toString(t);
    }
}
