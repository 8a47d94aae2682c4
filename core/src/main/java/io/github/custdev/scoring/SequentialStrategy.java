package io.github.custdev.scoring;

import io.github.custdev.Evidence;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Iterator;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/** Wald's sequential probability ratio test; see {@link SequentialScoring}. */
final class SequentialStrategy implements SequentialScoring, RateRule {
    static final String NAME = "sprt";
    private static final Reason LOG_LIKELIHOOD_RATIO = Reason.of("log likelihood ratio");
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);
    /** Below this |h| the drift is treated as zero, where Wald's general formula loses its precision. */
    private static final double SMALL_H = 1e-4;

    private final double p0;
    private final double p1;
    private final double alpha;
    private final double beta;
    private final double level;

    private final double upper;
    private final double lower;
    private final double successStep;
    private final double failureStep;
    private final double z;
    private final Map<String, String> parameters;

    private SequentialStrategy(double p0, double p1, double alpha, double beta, double level) {
        this.p0 = p0;
        this.p1 = p1;
        this.alpha = alpha;
        this.beta = beta;
        this.level = level;
        this.upper = logRatio(1.0 - beta, alpha);
        this.lower = logRatio(beta, 1.0 - alpha);
        this.successStep = logRatio(p1, p0);
        this.failureStep = logRatio(1.0 - p1, 1.0 - p0);
        this.z = STANDARD_NORMAL.inverseSurvivalProbability((1.0 - level) / 2.0);
        this.parameters = LinkedHashMap.of(
                        "p0", Text.of(p0),
                        "p1", Text.of(p1),
                        "alpha", Text.of(alpha),
                        "beta", Text.of(beta),
                        "A", Text.of(upper),
                        "B", Text.of(lower))
                .put(
                        "ASN(p0)",
                        Text.number(new StringBuilder(), expectedSampleNumber(p0), 0, 1)
                                .toString())
                .put(
                        "ASN(p1)",
                        Text.number(new StringBuilder(), expectedSampleNumber(p1), 0, 1)
                                .toString())
                .put("fixed sample equivalent", Long.toString(fixedSampleEquivalent()))
                .put("level", Text.of(level));
    }

    /**
     * <i>ln(x / y)</i> for positive <i>x</i> and <i>y</i>: from the quotient where it is a normal double, and as
     * <i>ln x - ln y</i> where it overflows or falls among the subnormals (an error rate or <i>p0</i> as small as
     * 1e-320 is accepted, and its boundary must stay finite and exact).
     */
    static double logRatio(double x, double y) {
        double ratio = x / y;
        return ratio >= Double.MIN_NORMAL && ratio < Double.POSITIVE_INFINITY
                ? Math.log(ratio)
                : Math.log(x) - Math.log(y);
    }

    static SequentialStrategy of(double p0, double p1, double alpha, double beta) {
        if (!(p0 > 0.0 && p0 < 1.0)) {
            throw InvalidValueException.of("p0", "must be in (0, 1)", p0);
        }
        if (!(p1 > p0 && p1 < 1.0)) {
            throw InvalidValueException.of("p1", "must be in (p0, 1) = (" + p0 + ", 1)", p1);
        }
        checkErrorRates(alpha, beta);
        return new SequentialStrategy(p0, p1, alpha, beta, 0.95);
    }

    private static void checkErrorRates(double alpha, double beta) {
        Checks.openProbability(alpha, "alpha");
        Checks.openProbability(beta, "beta");
        if (alpha + beta >= 1.0) {
            throw InvalidValueException.of("beta", "must be < 1 - alpha (" + (1.0 - alpha) + ")", beta);
        }
    }

    @Override
    public double p0() {
        return p0;
    }

    @Override
    public double p1() {
        return p1;
    }

    @Override
    public double alpha() {
        return alpha;
    }

    @Override
    public double beta() {
        return beta;
    }

    @Override
    public SequentialScoring withErrorRates(double alpha, double beta) {
        checkErrorRates(alpha, beta);
        return new SequentialStrategy(p0, p1, alpha, beta, level);
    }

    @Override
    public double level() {
        return level;
    }

    @Override
    public SequentialScoring withLevel(double level) {
        return new SequentialStrategy(p0, p1, alpha, beta, Checks.openProbability(level, "level"));
    }

    @Override
    public double upperBoundary() {
        return upper;
    }

    @Override
    public double lowerBoundary() {
        return lower;
    }

    @Override
    public double expectedSampleNumber(double rate) {
        Checks.probability(rate, "rate");
        return expectedSteps(rate, 0.0);
    }

    @Override
    public long fixedSampleEquivalent() {
        double za = STANDARD_NORMAL.inverseSurvivalProbability(alpha);
        double zb = STANDARD_NORMAL.inverseSurvivalProbability(beta);
        double root = (za * Math.sqrt(p0 * (1.0 - p0)) + zb * Math.sqrt(p1 * (1.0 - p1))) / (p1 - p0);
        return (long) Math.ceil(root * root);
    }

    @Override
    public boolean isExchangeable() {
        return false;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public Assessment assessRate(RateCase rate) {
        SuccessCriterion criterion = rate.criterion;
        Selection selection = rate.selection;
        double t = criterion.threshold();
        if (t < p0 || t > p1) {
            String name = rate.strategy;
            return rate.notApplicable(text -> {
                Text.rate(text.append(name).append(": the indifference zone ["), p0)
                        .append(", ");
                Text.rate(text, p1).append("] does not contain the criterion's threshold ");
                Text.rate(text, t);
            });
        }

        Strength minimumStrength = criterion.minimumStrength();
        long minimum = rate.minimum;
        StrengthWeights weights = rate.log.weights();
        double ratio = 0.0;
        long trials = 0;
        double successes = 0.0;
        double effectiveTrials = 0.0;
        boolean stopped = false;
        Iterator<Evidence> items = rate.log.iterator(rate.hypothesis.id());
        while (items.hasNext()) {
            Evidence item = items.next();
            if (!selection.includes(item) || !item.strength().isAtLeast(minimumStrength)) {
                continue;
            }
            double weight = weights.of(item.strength());
            if (weight == 0.0) {
                continue;
            }
            long n = item.trials();
            long s = item.successes();
            ratio += weight * (s * successStep + (n - s) * failureStep);
            trials += n;
            successes += weight * s;
            effectiveTrials += weight * n;
            if (trials >= minimum && (ratio >= upper || ratio <= lower)) {
                stopped = true;
                break;
            }
        }

        boolean high = ratio >= upper;
        boolean atLeast = criterion.comparison() == Comparison.AT_LEAST;
        Verdict verdict = !stopped ? Verdict.INCONCLUSIVE : high == atLeast ? Verdict.SUPPORTED : Verdict.REFUTED;
        double probability = Support.logistic(atLeast ? ratio : -ratio);
        double estimate = effectiveTrials > 0.0 ? successes / effectiveTrials : 0.5;
        double low = effectiveTrials > 0.0 ? Support.wilsonLower(estimate, effectiveTrials, z) : 0.0;
        double top = effectiveTrials > 0.0 ? Support.wilsonUpper(estimate, effectiveTrials, z) : 1.0;

        double finalRatio = ratio;
        Reason reason = text -> {
            Text.fixed(text.append("log likelihood ratio "), finalRatio, 2);
            if (high || finalRatio <= lower) {
                text.append(high ? " >= " : " <= ");
                Text.fixed(text, high ? upper : lower, 2).append(": rate nearer ");
                Text.rate(text, high ? p1 : p0).append(" than ");
                Text.rate(text, high ? p0 : p1);
            } else {
                Text.fixed(text.append(" between "), lower, 2).append(" and ");
                Text.fixed(text, upper, 2);
            }
        };

        long more = -1;
        if (!stopped && ratio > lower && ratio < upper) {
            double next = (successes + 1.0) / (effectiveTrials + 2.0);
            more = Support.atLeastOne(expectedSteps(next, ratio));
        }
        return rate.conclude(
                verdict,
                new Estimate(estimate, Interval.confidence(low, top, level)),
                LOG_LIKELIHOOD_RATIO,
                ratio,
                probability,
                trials,
                effectiveTrials,
                rate.parameters,
                null,
                reason,
                more);
    }

    /**
     * Wald's approximation of the expected number of further single trials, at the true rate {@code rate}, until
     * the ratio, now at {@code start} between the boundaries, leaves them.
     */
    double expectedSteps(double rate, double start) {
        double drift = rate * successStep + (1.0 - rate) * failureStep;
        double toUpper = upper - start;
        double toLower = lower - start;
        double h = waldRoot(rate, drift);
        if (Math.abs(h) < SMALL_H) {
            double second = rate * successStep * successStep + (1.0 - rate) * failureStep * failureStep;
            return -toUpper * toLower / second;
        }
        double accept0 = operatingCharacteristic(h, toUpper, toLower);
        return (accept0 * toLower + (1.0 - accept0) * toUpper) / drift;
    }

    /**
     * The probability of accepting {@code p0}: {@code (e^x - 1) / (e^x - e^y)} with {@code x = h toUpper} and
     * {@code y = h toLower}, written so that it neither overflows nor loses precision.
     */
    private static double operatingCharacteristic(double h, double toUpper, double toLower) {
        if (h == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        if (h == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        double x = h * toUpper;
        double y = h * toLower;
        if (h > 0) {
            return Math.expm1(-x) / Math.expm1(y - x);
        }
        return (Math.exp(x - y) - Math.exp(-y)) / Math.expm1(x - y);
    }

    /**
     * The non-zero root {@code h} of {@code rate e^{h successStep} + (1 - rate) e^{h failureStep} = 1}: 1 at
     * {@code p0}, -1 at {@code p1}, 0 where the drift is zero, infinite at the rates 0 and 1; by bisection.
     */
    private double waldRoot(double rate, double drift) {
        if (rate == p0) {
            return 1.0;
        }
        if (rate == p1) {
            return -1.0;
        }
        if (rate == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (rate == 1.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (drift == 0.0) {
            return 0.0;
        }
        double direction = drift < 0 ? 1.0 : -1.0;
        double inside = 0.0;
        double outside = direction;
        for (int i = 0; i < 1100 && excess(rate, outside) <= 0.0; i++) {
            inside = outside;
            outside *= 2.0;
        }
        for (int i = 0; i < 200; i++) {
            double middle = 0.5 * (inside + outside);
            if (middle == inside || middle == outside) {
                break;
            }
            if (excess(rate, middle) <= 0.0) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        return 0.5 * (inside + outside);
    }

    private double excess(double rate, double h) {
        return rate * Math.exp(h * successStep) + (1.0 - rate) * Math.exp(h * failureStep) - 1.0;
    }

    /** Equal to a sequential strategy of the same rates {@code p0} and {@code p1}, error rates and level. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SequentialStrategy that
                && Double.compare(p0, that.p0) == 0
                && Double.compare(p1, that.p1) == 0
                && Double.compare(alpha, that.alpha) == 0
                && Double.compare(beta, that.beta) == 0
                && Double.compare(level, that.level) == 0;
    }

    @Override
    public int hashCode() {
        int hash = Double.hashCode(p0);
        hash = hash * 31 + Double.hashCode(p1);
        hash = hash * 31 + Double.hashCode(alpha);
        hash = hash * 31 + Double.hashCode(beta);
        return hash * 31 + Double.hashCode(level);
    }

    @Override
    public String toString() {
        return NAME + parameters.mkString("[", ", ", "]");
    }
}
