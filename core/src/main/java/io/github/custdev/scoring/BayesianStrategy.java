package io.github.custdev.scoring;

import io.github.custdev.BetaPrior;
import io.github.custdev.InvalidValueException;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/** The Bayesian Beta-Binomial strategy; see {@link BayesianScoring} for the model and the rules. */
final class BayesianStrategy implements BayesianScoring, RateRule {
    static final String NAME = "bayesian";
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);
    private static final Reason LOSS_IF_SUPPORTED = Reason.of("expected loss if supported");
    private static final Reason LOSS_IF_REFUTED = Reason.of("expected loss if refuted");
    private static final BayesianStrategy STANDARD = new BayesianStrategy(0.05, BetaPrior.uniform(), 0.95, Double.NaN);

    private final double risk;
    private final BetaPrior defaultPrior;
    private final double level;
    /** The expected-loss threshold, or NaN for the probability rule. */
    private final double epsilon;

    private final double tail;
    private final double z;
    private final Map<String, String> parameters;

    private BayesianStrategy(double risk, BetaPrior defaultPrior, double level, double epsilon) {
        this.risk = risk;
        this.defaultPrior = defaultPrior;
        this.level = level;
        this.epsilon = epsilon;
        this.tail = (1.0 - level) / 2.0;
        this.z = STANDARD_NORMAL.inverseSurvivalProbability(risk);
        Map<String, String> map = LinkedHashMap.of(
                "rule", Double.isNaN(epsilon) ? "probability" : "expected loss", "risk", Text.of(risk));
        if (!Double.isNaN(epsilon)) {
            map = map.put("epsilon", Double.toString(epsilon));
        }
        this.parameters = map.put("level", Text.of(level)).put("prior", defaultPrior.toString());
    }

    static BayesianStrategy standard() {
        return STANDARD;
    }

    @Override
    public double risk() {
        return risk;
    }

    @Override
    public BayesianScoring withRisk(double risk) {
        if (!(risk > 0.0 && risk < 0.5)) {
            throw InvalidValueException.of("risk", "must be in (0, 0.5)", risk);
        }
        return new BayesianStrategy(risk, defaultPrior, level, epsilon);
    }

    @Override
    public BetaPrior defaultPrior() {
        return defaultPrior;
    }

    @Override
    public BayesianScoring withDefaultPrior(BetaPrior prior) {
        return new BayesianStrategy(risk, Checks.notNull(prior, "prior"), level, epsilon);
    }

    @Override
    public double level() {
        return level;
    }

    @Override
    public BayesianScoring withLevel(double level) {
        return new BayesianStrategy(risk, defaultPrior, Checks.openProbability(level, "level"), epsilon);
    }

    @Override
    public Option<Double> expectedLossThreshold() {
        return Double.isNaN(epsilon) ? Option.none() : Option.some(epsilon);
    }

    @Override
    public BayesianScoring withExpectedLoss(double epsilon) {
        return new BayesianStrategy(risk, defaultPrior, level, Checks.openProbability(epsilon, "epsilon"));
    }

    @Override
    public BayesianScoring withProbabilityRule() {
        return new BayesianStrategy(risk, defaultPrior, level, Double.NaN);
    }

    @Override
    public boolean isExchangeable() {
        return true;
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
        Counts counts = rate.counts();
        BetaPrior prior = rate.hypothesis.prior().getOrElse(defaultPrior);
        // the hypothesis's own prior is reported as a parameter, written only when the parameters are read
        BetaPrior reported = prior.equals(defaultPrior) ? null : prior;

        double a = prior.alpha() + counts.effectiveSuccesses;
        double b = prior.beta() + counts.effectiveFailures;

        double t = criterion.threshold();
        boolean atLeast = criterion.comparison() == Comparison.AT_LEAST;
        double mean = a / (a + b);
        // Both tails keep their relative precision near 0, so that a verdict at a risk below 1e-16 (where 1 - risk
        // rounds to 1) is still decided correctly: the tail on the far side of the mean, nearly always the smaller,
        // is computed, and the other taken as its complement only when it is at least 1/2.
        double above;
        double below;
        if (t >= mean) {
            above = betaSurvival(t, a, b);
            below = above <= 0.5 ? 1.0 - above : betaCumulative(t, a, b);
        } else {
            below = betaCumulative(t, a, b);
            above = below <= 0.5 ? 1.0 - below : betaSurvival(t, a, b);
        }
        double holds = atLeast ? above : below;
        double fails = atLeast ? below : above;

        boolean enough = rate.enough(counts.trials);
        Reason reason;
        Verdict verdict;
        Reason statisticName;
        double statistic;
        long more;
        if (Double.isNaN(epsilon)) {
            Verdict decision = fails <= risk ? Verdict.SUPPORTED : holds <= risk ? Verdict.REFUTED : null;
            verdict = decision != null && enough ? decision : Verdict.INCONCLUSIVE;
            statisticName = text -> Support.rateStatistic(text, criterion);
            statistic = holds;
            reason = text -> Text.probability(Support.rateStatistic(text, criterion), holds);
            more = decision != null ? -1 : probabilityRuleSample(mean, t, a + b);
        } else {
            boolean meanMeets = criterion.isMetBy(mean);
            double loss = meanMeets == atLeast ? lossBelow(t, a, b, mean) : lossAbove(t, a, b, mean);
            Verdict decision = loss <= epsilon ? (meanMeets ? Verdict.SUPPORTED : Verdict.REFUTED) : null;
            verdict = decision != null && enough ? decision : Verdict.INCONCLUSIVE;
            Reason name = meanMeets ? LOSS_IF_SUPPORTED : LOSS_IF_REFUTED;
            statisticName = name;
            statistic = loss;
            double bound = epsilon;
            reason = text -> {
                name.appendTo(text);
                loss(text.append(' '), loss)
                        .append(loss <= bound ? " <= " : " > ")
                        .append(bound)
                        .append("; ");
                Support.rateStatistic(text, criterion);
                Text.probability(text, holds);
            };
            more = decision != null ? -1 : expectedLossSample(mean, t, a + b);
        }
        return rate.conclude(
                verdict,
                new Estimate(mean, credible(a, b, tail, mean, level)),
                statisticName,
                statistic,
                holds,
                counts.trials,
                counts.effectiveTrials,
                rate.parameters,
                reported,
                reason,
                more);
    }

    /**
     * {@code E[(t - p)+] = t I_t(a, b) - m I_t(a + 1, b)} for {@code p ~ Beta(a, b)} with mean {@code m}: from the
     * lower tails, so that it keeps its relative precision when it is tiny (the mean far above {@code t}).
     */
    static double lossBelow(double t, double a, double b, double mean) {
        return Math.max(0.0, t * betaCumulative(t, a, b) - mean * betaCumulative(t, a + 1.0, b));
    }

    /**
     * {@code E[(p - t)+] = m (1 - I_t(a + 1, b)) - t (1 - I_t(a, b))}: from the upper tails, so that it keeps its
     * relative precision when it is tiny (the mean far below {@code t}), where {@code E[(t - p)+] + m - t} would
     * leave only rounding error.
     */
    static double lossAbove(double t, double a, double b, double mean) {
        return Math.max(0.0, mean * betaSurvival(t, a + 1.0, b) - t * betaSurvival(t, a, b));
    }

    /**
     * The equal-tailed credible interval of the posterior, computed when first read; widened to the mean in the
     * extremely skewed posteriors whose mean lies outside it.
     */
    private static Interval credible(double a, double b, double tail, double mean, double level) {
        return Interval.lazy(
                () -> {
                    if (nearlyNormal(a, b)) {
                        return new double[] {normalQuantile(tail, a, b), normalQuantile(1.0 - tail, a, b)};
                    }
                    BetaDistribution posterior = BetaDistribution.of(a, b);
                    return new double[] {
                        posterior.inverseCumulativeProbability(tail), posterior.inverseSurvivalProbability(tail)
                    };
                },
                mean,
                level,
                Interval.Kind.CREDIBLE);
    }

    /**
     * P(X > x) for X ~ Beta(a, b): the regularized incomplete beta function's complement, exactly as Commons
     * Statistics' {@code BetaDistribution.survivalProbability} computes it, without making the distribution (whose
     * constructor computes constants this rule does not need).
     */
    static double betaSurvival(double x, double a, double b) {
        if (x <= 0.0) {
            return 1.0;
        }
        if (x >= 1.0) {
            return 0.0;
        }
        return nearlyNormal(a, b) ? normalSurvival(x, a, b) : RegularizedBeta.complement(x, a, b);
    }

    /** P(X <= x) for X ~ Beta(a, b), as {@code BetaDistribution.cumulativeProbability} computes it. */
    static double betaCumulative(double x, double a, double b) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return 1.0;
        }
        return nearlyNormal(a, b) ? normalCumulative(x, a, b) : RegularizedBeta.value(x, a, b);
    }

    /** Past this many pseudo-observations, the Beta is computed by its normal approximation. */
    static final double NORMAL_TOTAL = 1e12;

    /** ... provided each shape is at least this large, so that the posterior is nearly symmetric. */
    static final double NORMAL_SHAPE = 1e6;

    /** Whether Beta(a, b) is computed by its corrected normal approximation; see {@link BayesianScoring}. */
    static boolean nearlyNormal(double a, double b) {
        return a + b > NORMAL_TOTAL && Math.min(a, b) >= NORMAL_SHAPE;
    }

    /**
     * P(X > x) for X ~ Beta(a, b) by the normal approximation with the first Edgeworth correction. Far in the upper
     * tail of a posterior skewed to the left the correction outweighs the normal tail and would make the result
     * negative; it is then 0. In the lower tail the sum rounds to at most 1 in double precision, as the skewness is
     * at most {@code 2 / sqrt(NORMAL_SHAPE)}.
     *
     * <p>Here, and in the quantile and the skewness, {@code A + B + 1} and {@code A + B + 2} are written
     * {@code A + B}: past {@code NORMAL_TOTAL} they agree to twelve digits.
     */
    static double normalSurvival(double x, double a, double b) {
        double n = a + b;
        double m = a / n;
        double k = (x - m) / Math.sqrt(m * (b / n) / n);
        double corrected = STANDARD_NORMAL.survivalProbability(k)
                + STANDARD_NORMAL.density(k) * skewness(a, b) * (k * k - 1.0) / 6.0;
        return Math.max(0.0, corrected);
    }

    /**
     * P(X <= x) for X ~ Beta(a, b) by the same approximation, {@code Phi(k) - phi(k) g (k^2 - 1) / 6}: from the
     * lower tail of the normal, so that it keeps its relative precision where it is tiny; 0 where the correction
     * outweighs the normal tail, as in {@link #normalSurvival}.
     */
    static double normalCumulative(double x, double a, double b) {
        double n = a + b;
        double m = a / n;
        double k = (x - m) / Math.sqrt(m * (b / n) / n);
        double corrected = STANDARD_NORMAL.cumulativeProbability(k)
                - STANDARD_NORMAL.density(k) * skewness(a, b) * (k * k - 1.0) / 6.0;
        return Math.max(0.0, corrected);
    }

    /**
     * The u-quantile of Beta(a, b) by the Cornish-Fisher expansion to the skewness term. It lies inside (0, 1): with
     * both shapes at least {@code NORMAL_SHAPE}, even the 10<sup>-300</sup>-quantile is within 40 standard
     * deviations, a small fraction of the distance to 0 or 1.
     */
    static double normalQuantile(double u, double a, double b) {
        double n = a + b;
        double m = a / n;
        double z = STANDARD_NORMAL.inverseCumulativeProbability(u);
        return m + Math.sqrt(m * (b / n) / n) * (z + skewness(a, b) * (z * z - 1.0) / 6.0);
    }

    /** The skewness of Beta(a, b), {@code 2 (b - a) / sqrt(a b (a + b))} for large shapes. */
    private static double skewness(double a, double b) {
        return 2.0 * (b - a) / (Math.sqrt(a) * Math.sqrt(b) * Math.sqrt(a + b));
    }

    /** Further trials until the normal approximation reaches {@code 1 - risk} or {@code risk}; -1 if unknown. */
    private long probabilityRuleSample(double mean, double threshold, double n) {
        double d = Math.abs(mean - threshold);
        if (d == 0.0) {
            return -1;
        }
        double needed = z * z * mean * (1.0 - mean) / (d * d) - 1.0;
        return Support.atLeastOne(needed - n);
    }

    /** Further trials until the normal approximation's expected loss falls to epsilon; -1 if unknown. */
    private long expectedLossSample(double mean, double threshold, double n) {
        double d = Math.abs(mean - threshold);
        if (d == 0.0) {
            return -1;
        }
        double variance = mean * (1.0 - mean);
        double high = Math.sqrt(variance / (n + 1.0));
        if (normalLoss(high, d) <= epsilon) {
            return 1;
        }
        double low = 0.0;
        for (int i = 0; i < 100 && high - low > 1e-12 * high; i++) {
            double middle = 0.5 * (low + high);
            if (normalLoss(middle, d) <= epsilon) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double needed = variance / (low * low) - 1.0;
        return Support.atLeastOne(needed - n);
    }

    /**
     * The expected loss of the decision the mean favours when the rate is normal with standard deviation
     * {@code sigma} at distance {@code d} from the threshold: {@code sigma phi(d / sigma) - d Phi(-d / sigma)}.
     */
    private static double normalLoss(double sigma, double d) {
        double u = d / sigma;
        return sigma * STANDARD_NORMAL.density(u) - d * STANDARD_NORMAL.cumulativeProbability(-u);
    }

    private static StringBuilder loss(StringBuilder text, double loss) {
        if (loss > 0.0 && loss < 0.00005) {
            return text.append("< 0.0001");
        }
        return Text.fixed(text, loss, 4);
    }

    /** Equal to a Bayesian strategy of the same risk, default prior, level and rule (its expected-loss threshold). */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BayesianStrategy that
                && Double.compare(risk, that.risk) == 0
                && defaultPrior.equals(that.defaultPrior)
                && Double.compare(level, that.level) == 0
                && Double.compare(epsilon, that.epsilon) == 0;
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(risk) * 31 + defaultPrior.hashCode()) * 31 + Double.hashCode(level)) * 31
                + Double.hashCode(epsilon);
    }

    @Override
    public String toString() {
        return NAME + parameters.mkString("[", ", ", "]");
    }
}
