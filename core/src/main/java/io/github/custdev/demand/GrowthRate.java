package io.github.custdev.demand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.Interval;
import io.vavr.control.Either;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apiguardian.api.API;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * The growth rate of adoptions period over period, estimated from a log-linear Poisson model.
 *
 * <p>The model: the adoptions <i>n<sub>t</sub></i> of periods <i>t = 0, ..., T - 1</i> are independent Poisson counts
 * with means <i>&lambda;<sub>t</sub> = e<sup>&alpha; + &beta; t</sup></i>, so that each period's expected adoptions
 * are <i>1 + g = e<sup>&beta;</sup></i> times the last: a Poisson regression on time, the generalised linear model
 * with the log link (P. McCullagh and J. A. Nelder, <i>Generalized Linear Models</i>, 2nd ed., Chapman and Hall,
 * 1989, chapter 6). The maximum-likelihood <i>&beta;&#770;</i> solves the score equation of the profile likelihood,
 *
 * <p><i>&sum; t n<sub>t</sub> / N = &sum; t e<sup>&beta;t</sup> / &sum; e<sup>&beta;t</sup></i>, with <i>N = &sum;
 * n<sub>t</sub></i>
 *
 * <p>(the observed mean period of adoption equals the model's), found with Hipparchus's Brent solver; its standard
 * error is <i>1 / &radic;I</i>, with the Fisher information <i>I = N Var<sub>w</sub>(t)</i>, the variance of the
 * periods under the weights <i>e<sup>&beta;&#770;t</sup></i>. For two periods these are the closed forms
 * <i>&beta;&#770; = ln(n<sub>1</sub> / n<sub>0</sub>)</i> and <i>SE = &radic;(1/n<sub>0</sub> + 1/n<sub>1</sub>)</i>.
 *
 * <p>The confidence interval is Wald's, <i>&beta;&#770; &plusmn; z SE</i>, carried to the growth rate <i>g =
 * e<sup>&beta;</sup> - 1</i> (so it is asymmetric around <i>g&#770;</i>). {@link #probabilityAtLeast(double)} reads
 * the same normal approximation as a posterior for <i>&beta;</i> under a flat prior (the large-sample Bernstein-von
 * Mises approximation): <i>P(g &ge; g<sub>0</sub>) &asymp; &Phi;((&beta;&#770; - ln(1 + g<sub>0</sub>)) / SE)</i>.
 * Both are approximations that improve with the number of adoptions; with a handful of adoptions, read them loosely.
 * A count that varies more than a Poisson count (overdispersion) makes the interval too narrow.
 *
 * <pre>{@code
 * GrowthRate growth = Adoptions.of(100, 150).growth(0.95).get();
 * growth.logRate();                   // 0.405 = ln(150 / 100)
 * growth.standardError();             // 0.129 = sqrt(1/100 + 1/150)
 * growth.rate().value();              // 0.5: 50% more adoptions each period
 * growth.probabilityAtLeast(0.2);     // 0.958 = Phi((0.405 - ln 1.2) / 0.129); 95% CI [0.165, 0.932]
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param logRate the estimated <i>&beta;&#770;</i>, the growth per period on the log scale; finite
 * @param standardError its standard error; finite and &gt; 0
 * @param level the level of the confidence interval of {@link #rate()}, in (0, 1)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record GrowthRate(double logRate, double standardError, double level) {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /**
     * Checks the estimate.
     *
     * @throws InvalidValueException if the log rate is not finite, the standard error is not finite and positive, or
     *     the level is outside (0, 1)
     */
    public GrowthRate {
        Checks.finite(logRate, "growth.logRate");
        Checks.positive(standardError, "growth.standardError");
        Checks.openProbability(level, "growth.level");
    }

    /**
     * The growth rate per period, <i>g&#770; = e<sup>&beta;&#770;</sup> - 1</i>, with its Wald confidence interval
     * <i>e<sup>&beta;&#770; &plusmn; z SE</sup> - 1</i> at {@link #level()}, <i>z</i> the standard normal quantile of
     * <i>(1 + level) / 2</i>.
     *
     * @return the estimate: 0.5 for 50% more adoptions each period, -0.2 for 20% fewer
     */
    public Estimate rate() {
        double z = STANDARD_NORMAL.inverseCumulativeProbability((1.0 + level) / 2.0);
        return Estimate.of(
                Math.expm1(logRate),
                Interval.confidence(
                        Math.expm1(logRate - z * standardError), Math.expm1(logRate + z * standardError), level));
    }

    /**
     * The approximate probability that adoptions grow by at least <i>g<sub>0</sub></i> per period:
     * <i>&Phi;((&beta;&#770; - ln(1 + g<sub>0</sub>)) / SE)</i>, the normal approximation to the posterior of
     * <i>&beta;</i> under a flat prior.
     *
     * @param growth the least growth per period <i>g<sub>0</sub></i>, finite and &gt; -1 (0.1 for 10%)
     * @return the probability, in [0, 1]
     * @throws InvalidValueException if the growth is not finite or at most -1
     */
    public double probabilityAtLeast(double growth) {
        Checks.finite(growth, "growth");
        if (growth <= -1.0) {
            throw InvalidValueException.of("growth", "must be > -1", growth);
        }
        return STANDARD_NORMAL.cumulativeProbability((logRate - Math.log1p(growth)) / standardError);
    }

    /** The maximum-likelihood fit of the log-linear Poisson model, or why it has no finite solution. */
    static Either<String, GrowthRate> estimate(Adoptions adoptions, double level) {
        Checks.openProbability(level, "level");
        double[] counts =
                adoptions.counts().toJavaStream().mapToDouble(Long::doubleValue).toArray();
        int last = counts.length - 1;
        if (last < 1) {
            return Either.left("a growth rate needs at least 2 periods of adoptions: 1");
        }
        double total = 0;
        double weighted = 0;
        for (int t = 0; t <= last; t++) {
            total += counts[t];
            weighted += t * counts[t];
        }
        if (total == 0) {
            return Either.left("a growth rate needs adoptions: all " + counts.length + " periods have none");
        }
        if (counts[0] == total) {
            return Either.left("a growth rate needs adoptions after the first period: all " + (long) total
                    + " are in it, which fits a rate of -100%");
        }
        if (counts[last] == total) {
            return Either.left("a growth rate needs adoptions before the last period: all " + (long) total
                    + " are in it, which fits an infinite rate");
        }
        double observedMean = weighted / total;
        double lower = -1;
        while (observedMean < meanPeriod(lower, last)) {
            lower *= 2;
        }
        double upper = 1;
        while (observedMean > meanPeriod(upper, last)) {
            upper *= 2;
        }
        double beta = new BrentSolver(1e-14).solve(10_000, b -> observedMean - meanPeriod(b, last), lower, upper);
        double information = total * periodVariance(beta, last);
        return Either.right(new GrowthRate(beta, 1.0 / Math.sqrt(information), level));
    }

    /** The mean of the periods 0 to {@code last} under the weights e^(beta t), scaled so that none overflows. */
    private static double meanPeriod(double beta, int last) {
        double shift = beta > 0 ? beta * last : 0.0;
        double sum = 0;
        double weighted = 0;
        for (int t = 0; t <= last; t++) {
            double w = Math.exp(beta * t - shift);
            sum += w;
            weighted += t * w;
        }
        return weighted / sum;
    }

    /** The variance of the periods 0 to {@code last} under the weights e^(beta t). */
    private static double periodVariance(double beta, int last) {
        double mean = meanPeriod(beta, last);
        double shift = beta > 0 ? beta * last : 0.0;
        double sum = 0;
        double squares = 0;
        for (int t = 0; t <= last; t++) {
            double w = Math.exp(beta * t - shift);
            sum += w;
            squares += (t - mean) * (t - mean) * w;
        }
        return squares / sum;
    }
}
