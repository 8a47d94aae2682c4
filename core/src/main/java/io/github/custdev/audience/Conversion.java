package io.github.custdev.audience;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Roots;
import io.github.custdev.internal.Texts;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The share of a reachable audience that becomes (and, at steady state, is) a paying customer: either a rate taken as
 * known, or a rate still uncertain, carried over with its uncertainty from the {@link Assessment} of a conversion
 * hypothesis.
 *
 * <pre>{@code
 * Conversion.of(0.05);                // a planning assumption: exactly 5%
 * Conversion.from(assessment);        // what the evidence says, as a Beta distribution of the rate
 * }</pre>
 *
 * <h2>How an assessment becomes a distribution</h2>
 *
 * {@link #from(Assessment)} reads the rate as a Beta(&alpha;, &beta;) random variable whose <em>equal-tailed</em>
 * interval at the assessment's level is the assessment's interval: with <i>[L, U]</i> the interval, <i>c</i> its
 * level and <i>a = (1 - c) / 2</i>,
 *
 * <p><i>I<sub>L</sub>(&alpha;, &beta;) = a</i> and <i>1 - I<sub>U</sub>(&alpha;, &beta;) = a</i>,
 *
 * <p>where <i>I<sub>x</sub></i> is the Beta distribution function (Apache Commons Statistics). The two equations fix
 * both shapes; they are solved numerically (for a concentration <i>&kappa; = &alpha; + &beta;</i> in
 * [10<sup>-4</sup>, 10<sup>13</sup>], the mean that balances the two tails, then the concentration that leaves
 * <i>a</i> in each tail, each to a relative precision of about 10<sup>-12</sup>; an interval narrower than the
 * largest concentration allows gets that concentration). The point estimate is not used: strategies
 * report a mean, a mode or a maximum-likelihood estimate, and the interval alone determines both shapes.
 *
 * <ul>
 *   <li>When the assessment came from a Beta posterior with an equal-tailed credible interval, this recovers that
 *       posterior, so the probability of viability is the posterior's: the tests find every tail probability within
 *       10<sup>-10</sup> + ulp(1) / <i>d</i> of Commons Statistics', where <i>d</i> is the distance of the nearer
 *       bound to 0 or 1, for shapes from 0.3 to 10<sup>5</sup> and levels from 50% to 99%. The second term is the
 *       precision that a bound within <i>d</i> of the edge carries as a double: the interval, not the match, limits
 *       the agreement.
 *   <li>A highest-density interval, or a confidence interval (Wilson, Clopper&ndash;Pearson), is read as if it were
 *       an equal-tailed credible one: a close approximation of the posterior under a weak prior, not an identity.
 *   <li>A bound at the edge of [0, 1] means the evidence does not bound the rate on that side: the shape on that side
 *       is taken as 1 (the posterior of a uniform prior with no successes, or no failures) and the other shape is
 *       matched in closed form, <i>&beta; = ln a / ln(1 - U)</i> when <i>L = 0</i> and
 *       <i>&alpha; = ln a / ln L</i> when <i>U = 1</i>; the interval [0, 1] gives the uniform Beta(1, 1).
 *   <li>An interval of zero width is a rate known exactly.
 * </ul>
 *
 * The number of paying customers is taken as <i>reachable &times; rate</i>: the sampling noise of which individuals
 * convert, small beside the uncertainty of the rate for any audience worth choosing, is not modelled. Immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Conversion {
    private static final double MIN_CONCENTRATION = 1e-4;
    private static final double MAX_CONCENTRATION = 1e13;
    private static final double LOGIT_BOUND = 60.0;
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);

    private final double mean;
    private final double alpha;
    private final double beta;
    private final @Nullable BetaDistribution distribution;
    private final @Nullable Assessment assessment;

    private Conversion(
            double mean,
            double alpha,
            double beta,
            @Nullable BetaDistribution distribution,
            @Nullable Assessment assessment) {
        this.mean = mean;
        this.alpha = alpha;
        this.beta = beta;
        this.distribution = distribution;
        this.assessment = assessment;
    }

    /**
     * A conversion rate taken as known: a planning assumption, or a rate measured on so many customers that its
     * uncertainty does not matter.
     *
     * @param rate the share of the reachable audience that pays, in [0, 1]
     * @return the conversion
     * @throws InvalidValueException if the rate is outside [0, 1] or NaN
     */
    public static Conversion of(double rate) {
        return new Conversion(Checks.probability(rate, "conversion.rate"), 0.0, 0.0, null, null);
    }

    /**
     * The conversion rate as the evidence assessed it, with its uncertainty: a Beta distribution matched to the
     * assessment's interval, as described in the {@linkplain Conversion class documentation}.
     *
     * @param assessment the assessment of a hypothesis whose metric is the conversion rate
     * @return the conversion
     * @throws InvalidValueException if the assessment is null or its interval is not within [0, 1]
     */
    public static Conversion from(Assessment assessment) {
        Checks.notNull(assessment, "assessment");
        Interval interval = assessment.interval();
        double lower = interval.lower();
        double upper = interval.upper();
        if (!(lower >= 0.0 && upper <= 1.0)) {
            throw InvalidValueException.of("assessment.interval", "must lie in [0, 1] for a conversion rate", interval);
        }
        if (lower == upper) {
            return new Conversion(lower, 0.0, 0.0, null, assessment);
        }
        double tail = (1.0 - interval.level()) / 2.0;
        double alpha;
        double beta;
        if (lower == 0.0 && upper == 1.0) {
            alpha = 1.0;
            beta = 1.0;
        } else if (lower == 0.0) {
            alpha = 1.0;
            beta = Math.log(tail) / Math.log1p(-upper);
        } else if (upper == 1.0) {
            alpha = Math.log(tail) / Math.log(lower);
            beta = 1.0;
        } else {
            // Start from the normal approximation: mean (L + U) / 2, standard deviation (U - L) / (2 z).
            double centre = (lower + upper) / 2.0;
            double sd = (upper - lower) / (2.0 * STANDARD_NORMAL.inverseSurvivalProbability(tail));
            double guess = Math.log(Math.min(
                    MAX_CONCENTRATION, Math.max(MIN_CONCENTRATION, centre * (1.0 - centre) / (sd * sd) - 1.0)));
            double logConcentration = Roots.solveNear(
                    logKappa -> lowerTail(Math.exp(logKappa), lower, upper) - tail,
                    guess,
                    0.5,
                    Math.log(MIN_CONCENTRATION),
                    Math.log(MAX_CONCENTRATION),
                    1e-12);
            double kappa = Math.exp(logConcentration);
            BetaDistribution matched = beta(kappa, balancedLogit(kappa, lower, upper));
            alpha = matched.getAlpha();
            beta = matched.getBeta();
        }
        return new Conversion(alpha / (alpha + beta), alpha, beta, BetaDistribution.of(alpha, beta), assessment);
    }

    /** The Beta distribution of concentration kappa whose mean, as a logit, is given. */
    private static BetaDistribution beta(double kappa, double logit) {
        return BetaDistribution.of(kappa / (1.0 + Math.exp(-logit)), kappa / (1.0 + Math.exp(logit)));
    }

    /** The logit of the mean at which a Beta of concentration kappa has equal mass below lower and above upper. */
    private static double balancedLogit(double kappa, double lower, double upper) {
        double centre = (lower + upper) / 2.0;
        return Roots.solveNear(
                logit -> {
                    BetaDistribution d = beta(kappa, logit);
                    return d.cumulativeProbability(lower) - d.survivalProbability(upper);
                },
                Math.log(centre / (1.0 - centre)),
                0.25,
                -LOGIT_BOUND,
                LOGIT_BOUND,
                1e-13);
    }

    /** The mass below lower of the balanced Beta of concentration kappa: decreasing in kappa. */
    private static double lowerTail(double kappa, double lower, double upper) {
        return beta(kappa, balancedLogit(kappa, lower, upper)).cumulativeProbability(lower);
    }

    /**
     * Whether the rate is taken as known, with no uncertainty.
     *
     * @return {@code true} for {@link #of(double)} and for an assessment whose interval has zero width
     */
    public boolean isFixed() {
        return distribution == null;
    }

    /**
     * The expected conversion rate: the rate itself when fixed, the Beta mean <i>&alpha; / (&alpha; + &beta;)</i>
     * otherwise (which may differ slightly from the assessment's point estimate, a mode or a maximum-likelihood
     * estimate for some strategies).
     *
     * @return the mean rate, in [0, 1]
     */
    public double mean() {
        return mean;
    }

    /**
     * The probability that the conversion rate is at least the given rate: for a fixed rate 1 or 0, otherwise
     * <i>1 - I<sub>x</sub>(&alpha;, &beta;)</i>.
     *
     * @param rate the rate <i>x</i>; any value not NaN (below 0 gives 1, above 1 gives 0)
     * @return the probability, in [0, 1]
     * @throws InvalidValueException if the rate is NaN
     */
    public double probabilityAtLeast(double rate) {
        if (Double.isNaN(rate)) {
            throw InvalidValueException.of("rate", "must not be NaN", rate);
        }
        if (distribution == null) {
            return rate <= mean ? 1.0 : 0.0;
        }
        return rate <= 0.0 ? 1.0 : distribution.survivalProbability(rate);
    }

    /**
     * The probability that {@code reachable x rate >= needed}. A fixed rate compares the product itself, as the
     * expected number of customers is computed, so that the answer agrees with it to the last bit.
     */
    double probabilityOfReaching(long needed, long reachable) {
        if (distribution == null) {
            return reachable * mean >= needed ? 1.0 : 0.0;
        }
        return probabilityAtLeast((double) needed / reachable);
    }

    /**
     * The assessment this conversion was taken from.
     *
     * @return the assessment, or none for a rate given as a number
     */
    public Option<Assessment> assessment() {
        return Option.of(assessment);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Conversion that)) {
            return false;
        }
        return Double.compare(mean, that.mean) == 0
                && Double.compare(alpha, that.alpha) == 0
                && Double.compare(beta, that.beta) == 0
                && Objects.equals(assessment, that.assessment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mean, alpha, beta, assessment);
    }

    /**
     * The conversion as text: {@code 5.00%} for a fixed rate, or the mean with the matched distribution and where it
     * came from, such as {@code 25.0% (Beta(13.00, 39.00) matched to 95.0% credible [0.1433, 0.3749] of
     * conversion.clinics by bayesian)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return assessment == null ? Texts.percent(mean) : Texts.percent(mean) + " (" + source() + ')';
    }

    /** Where the rate came from and how it was read; empty for a rate given as a number. */
    String source() {
        if (assessment == null) {
            return "";
        }
        String of = " of " + assessment.hypothesisId() + " by " + assessment.strategy();
        if (distribution == null) {
            return "zero-width interval" + of;
        }
        Interval interval = assessment.interval();
        return String.format(
                        Locale.ROOT,
                        "Beta(%.4g, %.4g) matched to %s %s [%.4g, %.4g]",
                        alpha,
                        beta,
                        Texts.percent(interval.level()),
                        interval.kind().name().toLowerCase(Locale.ROOT),
                        interval.lower(),
                        interval.upper())
                + of;
    }
}
