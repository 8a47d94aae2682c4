package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.BetaPrior;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.MissingValueException;
import io.github.custdev.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Assessment {
    private static final Map<String, String> NO_PARAMETERS = LinkedHashMap.empty();

    // The groups are stored flat, as one object, and made on demand by metricEstimate(), decidingStatistic() and
    // sample(): an assessment costs no more bytes than its figures, and a strategy's groups, which do not outlive the
    // call that makes the assessment, can be scalar-replaced.
    private final HypothesisId hypothesisId;
    private final Verdict verdict;
    private final double estimate;
    private final Interval interval;
    private final double probability;
    // Written when read, as the reason is: a built-in strategy's name such as "P(rate >= 0.40)" costs no formatting.
    private final Reason statisticName;
    private final double statistic;
    private final long sampleSize;
    private final double effectiveSampleSize;
    private final Option<Long> expectedAdditionalSample;
    private final String strategy;
    private final Map<String, String> parameters;
    // A Bayesian rule's prior when the hypothesis brings its own, written into the parameters when they are read:
    // a venture's gates assess the same hypotheses again and again, and the text and the map copy are not free.
    private final @Nullable BetaPrior prior;
    // Written on each reason() call, never stored: a strategy's figures are formatted only when someone reads them.
    private final Reason reason;

    private Assessment(
            HypothesisId hypothesisId,
            Verdict verdict,
            Estimate estimate,
            Reason statisticName,
            double statistic,
            double probability,
            Sample sample,
            String strategy,
            Map<String, String> parameters,
            @Nullable BetaPrior prior,
            Reason reason) {
        this(
                hypothesisId,
                verdict,
                estimate.value(),
                estimate.interval(),
                probability,
                statisticName,
                statistic,
                sample.size(),
                sample.effectiveSize(),
                sample.expectedAdditional(),
                strategy,
                parameters,
                prior,
                reason);
        Checks.notBlank(strategy, "strategy");
        if (reason instanceof Reason.Given given) {
            Checks.notBlank(given.text(), "reason");
        }
        checkDecided(verdict, sample.expectedAdditional());
    }

    /** A copy, its figures checked already. */
    private Assessment(
            HypothesisId hypothesisId,
            Verdict verdict,
            double estimate,
            Interval interval,
            double probability,
            Reason statisticName,
            double statistic,
            long sampleSize,
            double effectiveSampleSize,
            Option<Long> expectedAdditionalSample,
            String strategy,
            Map<String, String> parameters,
            @Nullable BetaPrior prior,
            Reason reason) {
        this.hypothesisId = hypothesisId;
        this.verdict = verdict;
        this.estimate = estimate;
        this.interval = interval;
        this.probability = probability;
        this.statisticName = statisticName;
        this.statistic = statistic;
        this.sampleSize = sampleSize;
        this.effectiveSampleSize = effectiveSampleSize;
        this.expectedAdditionalSample = expectedAdditionalSample;
        this.strategy = strategy;
        this.parameters = parameters;
        this.prior = prior;
        this.reason = reason;
    }

    /**
     * An assessment: what a strategy concluded, the estimate of the metric, the statistic that decided and the
     * sample it rests on, by which strategy, and why.
     *
     * <pre>{@code
     * Assessment.of(
     *         hypothesis.id(),
     *         Verdict.SUPPORTED,
     *         Estimate.of(0.42, Interval.credible(0.31, 0.52, 0.95)),
     *         Statistic.probability("P(rate >= 0.30)", 0.98),
     *         Sample.of(52, 52.0),
     *         "my-rule",
     *         LinkedHashMap.of("risk", "0.05"),
     *         "P(rate >= 0.30) = 0.98 after 52 trials");
     * }</pre>
     *
     * @param hypothesisId the hypothesis assessed
     * @param verdict the verdict
     * @param estimate the estimate of the metric with its interval
     * @param statistic the statistic that decided, with the probability that the criterion holds
     * @param sample the evidence counted; an expected additional sample only for an inconclusive verdict
     * @param strategy the strategy's name, not blank
     * @param parameters the strategy's parameters by name: names not blank, values present; may be empty
     * @param reason why, in one line; not blank
     * @return the assessment
     * @throws InvalidValueException if an argument is null (naming it), the strategy or the reason is blank, a
     *     parameter's name blank, or an expected additional sample given with a decided verdict
     */
    public static Assessment of(
            HypothesisId hypothesisId,
            Verdict verdict,
            Estimate estimate,
            Statistic statistic,
            Sample sample,
            String strategy,
            Map<String, String> parameters,
            String reason) {
        Checks.notNull(statistic, "statistic");
        return new Assessment(
                Checks.notNull(hypothesisId, "hypothesisId"),
                Checks.notNull(verdict, "verdict"),
                Checks.notNull(estimate, "estimate"),
                Reason.of(statistic.name()),
                statistic.value(),
                statistic.probability(),
                Checks.notNull(sample, "sample"),
                Checks.notNull(strategy, "strategy"),
                checkParameters(Checks.notNull(parameters, "parameters")),
                null,
                Reason.of(Checks.notNull(reason, "reason")));
    }

    /**
     * An assessment from a built-in strategy, whose parameters were checked when the strategy was made: the same
     * rules as {@link #of}, without re-reading the parameters. The statistic's name and the reason are written when
     * read, and are never blank; the statistic's value and probability are checked as {@link Statistic} checks them.
     */
    static Assessment create(
            HypothesisId hypothesisId,
            Verdict verdict,
            Estimate estimate,
            Reason statisticName,
            double statistic,
            double probability,
            Sample sample,
            String strategy,
            Map<String, String> parameters,
            Reason reason) {
        return create(
                hypothesisId,
                verdict,
                estimate,
                statisticName,
                statistic,
                probability,
                sample,
                strategy,
                parameters,
                null,
                reason);
    }

    /**
     * As {@link #create(HypothesisId, Verdict, Estimate, Reason, double, double, Sample, String, Map, Reason)}, with
     * a prior to report as the parameter {@code prior}, written into the parameters only when they are read.
     */
    static Assessment create(
            HypothesisId hypothesisId,
            Verdict verdict,
            Estimate estimate,
            Reason statisticName,
            double statistic,
            double probability,
            Sample sample,
            String strategy,
            Map<String, String> parameters,
            @Nullable BetaPrior prior,
            Reason reason) {
        Statistic.checkFigures(statistic, probability);
        return new Assessment(
                hypothesisId,
                verdict,
                estimate,
                statisticName,
                statistic,
                probability,
                sample,
                strategy,
                parameters,
                prior,
                reason);
    }

    /** This assessment reported under another strategy's name and parameters, its reason prefixed. */
    Assessment renamed(String strategy, Map<String, String> parameters, String prefix) {
        return copy(strategy, parameters, null, reason.prefixed(prefix));
    }

    /** This assessment with a note appended to its reason after a semicolon. */
    Assessment withNote(Reason note) {
        Reason before = reason;
        return copy(strategy, parameters, prior, text -> {
            before.appendTo(text);
            note.appendTo(text.append("; "));
        });
    }

    /** The reason, to compose into another's without writing it. */
    Reason lazyReason() {
        return reason;
    }

    private Assessment copy(String strategy, Map<String, String> parameters, @Nullable BetaPrior prior, Reason reason) {
        return new Assessment(
                hypothesisId,
                verdict,
                estimate,
                interval,
                probability,
                statisticName,
                statistic,
                sampleSize,
                effectiveSampleSize,
                expectedAdditionalSample,
                strategy,
                parameters,
                prior,
                reason);
    }

    /**
     * The hypothesis assessed.
     *
     * @return its id
     */
    public HypothesisId hypothesisId() {
        return hypothesisId;
    }

    /**
     * The verdict.
     *
     * @return supported, refuted or inconclusive
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * The point estimate of the criterion's metric: a rate, a mean or a count.
     *
     * @return the estimate, finite and inside {@link #interval()}
     */
    public double estimate() {
        return estimate;
    }

    /**
     * The interval estimate of the metric.
     *
     * @return the interval, containing {@link #estimate()}
     */
    public Interval interval() {
        return interval;
    }

    /**
     * How strongly the evidence says that the success criterion holds: a posterior probability for Bayesian
     * strategies, the strategy's documented equivalent for the others.
     *
     * @return the probability, in [0, 1]
     */
    public double probability() {
        return probability;
    }

    /**
     * The name of the statistic that decided: {@code "P(rate >= 0.40)"}, {@code "log likelihood ratio"}.
     *
     * @return the name, not blank
     */
    public String statisticName() {
        return statisticName.text();
    }

    /**
     * The value of the statistic that decided.
     *
     * @return the value, not NaN
     */
    public double statistic() {
        return statistic;
    }

    /**
     * The evidence counted: trials for a rate or a count, measurements for a mean.
     *
     * @return the sample size, at least 0
     */
    public long sampleSize() {
        return sampleSize;
    }

    /**
     * The evidence counted with the weights of its strengths.
     *
     * @return the effective sample size, finite and at least 0
     */
    public double effectiveSampleSize() {
        return effectiveSampleSize;
    }

    /**
     * The strategy's name, such as {@code "bayesian"} or {@code "sprt"}.
     *
     * @return the name, not blank
     */
    public String strategy() {
        return strategy;
    }

    /**
     * The strategy's parameters, by name, in the strategy's order.
     *
     * @return the parameters; empty when it has none
     */
    public Map<String, String> parameters() {
        return prior == null ? parameters : parameters.put("prior", prior.toString());
    }

    /**
     * Why, in one line: {@code "P(rate >= 0.40) = 0.97 after 52 qualified respondents"}. A built-in strategy's
     * reason is written from its figures when read, on each call, so that assessing formats no text that nobody
     * reads; the text is the same on every call.
     *
     * @return the reason, not blank
     */
    public String reason() {
        return reason.text();
    }

    /**
     * For an inconclusive verdict, how many more trials or measurements the strategy expects to need to decide:
     * each built-in documents its estimate (a normal approximation, Wald's expected sample number, what the
     * criterion's minimum sample still needs), which assumes the rate or mean stays where it is now.
     *
     * @return the expected additional sample, or none when decided or when the strategy cannot say
     */
    public Option<Long> expectedAdditionalSample() {
        return expectedAdditionalSample;
    }

    /**
     * The estimate of the criterion's metric with its interval: {@link #estimate()} and {@link #interval()} as one
     * value.
     *
     * @return the estimate, made on each call
     */
    public Estimate metricEstimate() {
        return new Estimate(estimate, interval);
    }

    /**
     * The statistic that decided, with the probability it gives that the criterion holds: {@link #statisticName()},
     * {@link #statistic()} and {@link #probability()} as one value.
     *
     * @return the statistic, made on each call
     */
    public Statistic decidingStatistic() {
        return new Statistic(statisticName(), statistic, probability);
    }

    /**
     * The evidence counted and what more is expected: {@link #sampleSize()}, {@link #effectiveSampleSize()} and
     * {@link #expectedAdditionalSample()} as one value.
     *
     * @return the sample, made on each call
     */
    public Sample sample() {
        return new Sample(sampleSize, effectiveSampleSize, expectedAdditionalSample);
    }

    /**
     * How unsure the assessment is, derived from {@link #probability()}: 1 when the evidence leans neither way, 0
     * when it is certain either way; {@code 1 - |2p - 1|}.
     *
     * @return the uncertainty, in [0, 1]
     */
    public double uncertainty() {
        return 1.0 - Math.abs(2.0 * probability - 1.0);
    }

    /**
     * Whether the verdict is decided.
     *
     * @return {@code true} for supported or refuted
     */
    public boolean isDecided() {
        return verdict.isDecided();
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

    /** An expected additional sample belongs only to an undecided verdict. */
    private static void checkDecided(Verdict verdict, Option<Long> more) {
        if (more.isDefined() && verdict.isDecided()) {
            throw InvalidValueException.of(
                    "expectedAdditionalSample", "must be absent when the verdict is " + verdict, more.get());
        }
    }

    /** Checks a caller's parameters: names not blank, values present. */
    private static Map<String, String> checkParameters(Map<String, String> parameters) {
        parameters.forEach((name, value) -> {
            Checks.notBlank(name, "parameters.name");
            Checks.notNull(value, "parameters[" + name + "]");
        });
        return parameters;
    }

    /**
     * Assessments are equal when every attribute is equal; the numbers compare as {@link Double#compare} does.
     *
     * @param other the other object
     * @return {@code true} when equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Assessment that)) {
            return false;
        }
        return verdict == that.verdict
                && Double.compare(estimate, that.estimate) == 0
                && Double.compare(probability, that.probability) == 0
                && Double.compare(statistic, that.statistic) == 0
                && sampleSize == that.sampleSize
                && Double.compare(effectiveSampleSize, that.effectiveSampleSize) == 0
                && hypothesisId.equals(that.hypothesisId)
                && interval.equals(that.interval)
                && statisticName().equals(that.statisticName())
                && expectedAdditionalSample.equals(that.expectedAdditionalSample)
                && strategy.equals(that.strategy)
                && parameters().equals(that.parameters())
                && reason().equals(that.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                hypothesisId,
                verdict,
                estimate,
                interval,
                probability,
                statisticName(),
                statistic,
                sampleSize,
                effectiveSampleSize,
                expectedAdditionalSample,
                strategy,
                parameters(),
                reason());
    }

    @Override
    public String toString() {
        return hypothesisId + ": " + verdict + " by " + strategy + " (" + reason() + ")";
    }

    /**
     * Builds an {@link Assessment}. Every attribute is required except {@code parameters} (empty unless set) and
     * {@code expectedAdditionalSample} (none unless set), and each may be set once. Not thread-safe: a builder
     * belongs to the code that builds one assessment.
     */
    public static final class Builder {
        private static final String[] NAMES = {
            "hypothesisId",
            "verdict",
            "estimate",
            "interval",
            "probability",
            "statisticName",
            "statistic",
            "sampleSize",
            "effectiveSampleSize",
            "strategy",
            "reason",
            "parameters",
            "expectedAdditionalSample"
        };
        private static final int REQUIRED = 11;

        private int set;
        private @Nullable HypothesisId hypothesisId;
        private @Nullable Verdict verdict;
        private double estimate;
        private @Nullable Interval interval;
        private double probability;
        private @Nullable String statisticName;
        private double statistic;
        private long sampleSize;
        private double effectiveSampleSize;
        private @Nullable String strategy;
        private @Nullable String reason;
        private @Nullable Reason written;
        private Map<String, String> parameters = NO_PARAMETERS;
        private Option<Long> expectedAdditionalSample = Option.none();

        Builder() {}

        private void mark(int attribute) {
            int bit = 1 << attribute;
            if ((set & bit) != 0) {
                throw new IllegalStateException(
                        "Builder of Assessment is strict, attribute is already set: " + NAMES[attribute]);
            }
            set |= bit;
        }

        /**
         * Sets the hypothesis assessed.
         *
         * @param hypothesisId its id
         * @return this builder
         */
        public Builder hypothesisId(HypothesisId hypothesisId) {
            Checks.notNull(hypothesisId, "hypothesisId");
            mark(0);
            this.hypothesisId = hypothesisId;
            return this;
        }

        /**
         * Sets the verdict.
         *
         * @param verdict the verdict
         * @return this builder
         */
        public Builder verdict(Verdict verdict) {
            Checks.notNull(verdict, "verdict");
            mark(1);
            this.verdict = verdict;
            return this;
        }

        /**
         * Sets the point estimate of the metric.
         *
         * @param estimate the estimate, finite and inside the interval
         * @return this builder
         */
        public Builder estimate(double estimate) {
            mark(2);
            this.estimate = estimate;
            return this;
        }

        /**
         * Sets the interval estimate of the metric.
         *
         * @param interval the interval
         * @return this builder
         */
        public Builder interval(Interval interval) {
            Checks.notNull(interval, "interval");
            mark(3);
            this.interval = interval;
            return this;
        }

        /**
         * Sets how strongly the evidence says the criterion holds.
         *
         * @param probability the probability, in [0, 1]
         * @return this builder
         */
        public Builder probability(double probability) {
            mark(4);
            this.probability = probability;
            return this;
        }

        /**
         * Sets the name of the statistic that decided.
         *
         * @param statisticName the name, not blank
         * @return this builder
         */
        public Builder statisticName(String statisticName) {
            Checks.notNull(statisticName, "statisticName");
            mark(5);
            this.statisticName = statisticName;
            return this;
        }

        /**
         * Sets the value of the statistic that decided.
         *
         * @param statistic the value, not NaN
         * @return this builder
         */
        public Builder statistic(double statistic) {
            mark(6);
            this.statistic = statistic;
            return this;
        }

        /**
         * Sets the evidence counted.
         *
         * @param sampleSize trials or measurements, at least 0
         * @return this builder
         */
        public Builder sampleSize(long sampleSize) {
            mark(7);
            this.sampleSize = sampleSize;
            return this;
        }

        /**
         * Sets the evidence counted with the weights of its strengths.
         *
         * @param effectiveSampleSize the weighted count, finite and at least 0
         * @return this builder
         */
        public Builder effectiveSampleSize(double effectiveSampleSize) {
            mark(8);
            this.effectiveSampleSize = effectiveSampleSize;
            return this;
        }

        /**
         * Sets the strategy's name.
         *
         * @param strategy the name, not blank
         * @return this builder
         */
        public Builder strategy(String strategy) {
            Checks.notNull(strategy, "strategy");
            mark(9);
            this.strategy = strategy;
            return this;
        }

        /**
         * Sets the reason, in one line.
         *
         * @param reason the reason, not blank
         * @return this builder
         */
        public Builder reason(String reason) {
            Checks.notNull(reason, "reason");
            mark(10);
            this.reason = reason;
            return this;
        }

        /** Sets the reason, written when read: a built-in strategy's, never blank. */
        Builder lazyReason(Reason reason) {
            mark(10);
            this.written = reason;
            return this;
        }

        /**
         * Sets the strategy's parameters.
         *
         * @param parameters the parameters by name: names not blank, values present
         * @return this builder
         */
        public Builder parameters(Map<String, String> parameters) {
            Checks.notNull(parameters, "parameters");
            mark(11);
            this.parameters = parameters;
            return this;
        }

        /**
         * Sets the expected additional sample of an inconclusive assessment.
         *
         * @param more the expected number of further trials or measurements, or none
         * @return this builder
         */
        public Builder expectedAdditionalSample(Option<Long> more) {
            Checks.notNull(more, "expectedAdditionalSample");
            mark(12);
            this.expectedAdditionalSample = more;
            return this;
        }

        /**
         * Sets the expected additional sample of an inconclusive assessment.
         *
         * @param more the expected number of further trials or measurements, at least 0
         * @return this builder
         */
        public Builder expectedAdditionalSample(long more) {
            return expectedAdditionalSample(Option.some(more));
        }

        /**
         * Builds the assessment.
         *
         * @return the assessment
         * @throws MissingValueException if a required attribute is not set, naming each one
         * @throws InvalidValueException if an attribute breaks its rule
         */
        public Assessment build() {
            if ((set & ((1 << REQUIRED) - 1)) != (1 << REQUIRED) - 1) {
                List<String> missing = new ArrayList<>();
                for (int attribute = 0; attribute < REQUIRED; attribute++) {
                    if ((set & (1 << attribute)) == 0) {
                        missing.add(NAMES[attribute]);
                    }
                }
                throw MissingValueException.of(Vector.ofAll(missing));
            }
            // The parameters first, then the groups in the order of their attributes, then the rest.
            Map<String, String> checkedParameters = checkParameters(parameters);
            Estimate checkedEstimate = new Estimate(estimate, Objects.requireNonNull(interval));
            Statistic checked = new Statistic(Objects.requireNonNull(statisticName), statistic, probability);
            Sample counted = Sample.of(sampleSize, effectiveSampleSize);
            Checks.notBlank(strategy, "strategy");
            if (reason != null) {
                Checks.notBlank(reason, "reason");
            }
            checkDecided(Objects.requireNonNull(verdict), expectedAdditionalSample);
            return new Assessment(
                    Objects.requireNonNull(hypothesisId),
                    verdict,
                    checkedEstimate,
                    Reason.of(checked.name()),
                    checked.value(),
                    checked.probability(),
                    expectedAdditionalSample.isEmpty()
                            ? counted
                            : new Sample(sampleSize, effectiveSampleSize, expectedAdditionalSample),
                    Objects.requireNonNull(strategy),
                    checkedParameters,
                    null,
                    reason != null ? Reason.of(reason) : Objects.requireNonNull(written));
        }
    }
}
