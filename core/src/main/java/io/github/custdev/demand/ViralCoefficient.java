package io.github.custdev.demand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Estimate;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apiguardian.api.API;

/**
 * The viral coefficient <i>k</i>, converted referrals per customer and period, with its Gamma posterior.
 *
 * <p>The model: the converted referrals of a period are Poisson with mean <i>k c<sub>t</sub></i>, <i>c<sub>t</sub></i>
 * the customers who could refer in it, so the <i>x = &sum; converted</i> of all periods are Poisson with mean <i>k
 * C</i>, <i>C = &sum; c<sub>t</sub></i>. From Jeffreys' prior for a Poisson rate, <i>&pi;(k) &prop;
 * k<sup>-1/2</sup></i>, the posterior is Gamma with shape <i>x + 1/2</i> and rate <i>C</i>, the conjugate
 * Gamma-Poisson update (A. Gelman et al., <i>Bayesian Data Analysis</i>, 3rd ed., CRC Press, 2013, section 2.6); its
 * equal-tailed interval is the Jeffreys interval for a Poisson mean, whose frequentist coverage is close to its
 * level (L. D. Brown, T. T. Cai and A. DasGupta, "Interval estimation in exponential families", Statistica Sinica 13,
 * 2003). The point estimate is the posterior median; quantiles are Commons Statistics'.
 *
 * <pre>{@code
 * ViralCoefficient k = ViralCoefficient.of(81, 370, 0.95);
 * k.estimate();                 // about 0.219, 95% credible [0.175, 0.271]
 * k.probabilityAtLeast(0.3);    // P(k >= 0.3) under Gamma(81.5, rate 370), about 0.001
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param converted the converted referrals <i>x</i>, &ge; 0
 * @param customers the customers who could refer, summed over the periods, <i>C</i>, &ge; 1
 * @param level the level of the credible interval, in (0, 1)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ViralCoefficient(long converted, long customers, double level) {

    /** The shape of Jeffreys' prior for a Poisson rate. */
    public static final double PRIOR_SHAPE = 0.5;

    /**
     * Checks the estimate.
     *
     * @throws InvalidValueException if the converted referrals are negative, the customers below 1, or the level
     *     outside (0, 1)
     */
    public ViralCoefficient {
        Checks.nonNegative(converted, "viral.converted");
        Checks.positive(customers, "viral.customers");
        Checks.openProbability(level, "viral.level");
    }

    /**
     * A viral coefficient estimate.
     *
     * @param converted the converted referrals, &ge; 0
     * @param customers the customers who could refer, &ge; 1
     * @param level the level of the credible interval, in (0, 1)
     * @return the estimate
     * @throws InvalidValueException as {@link #ViralCoefficient(long, long, double)}
     */
    public static ViralCoefficient of(long converted, long customers, double level) {
        return new ViralCoefficient(converted, customers, level);
    }

    private GammaDistribution posterior() {
        return GammaDistribution.of(converted + PRIOR_SHAPE, 1.0 / customers);
    }

    /**
     * The viral coefficient: the posterior median, with the equal-tailed credible interval at {@link #level()}.
     *
     * @return the estimate, &ge; 0
     */
    public Estimate estimate() {
        return Posteriors.medianWithCredibleInterval(posterior(), level);
    }

    /**
     * The posterior mean, <i>(x + 1/2) / C</i>.
     *
     * @return the mean, &gt; 0
     */
    public double mean() {
        return (converted + PRIOR_SHAPE) / customers;
    }

    /**
     * The posterior probability that the viral coefficient is at least a threshold; with a threshold of 1, that
     * referrals alone grow the customers without bound.
     *
     * @param threshold the least <i>k</i>, finite and &ge; 0
     * @return <i>P(k &ge; threshold)</i>, in [0, 1]
     * @throws InvalidValueException if the threshold is negative, NaN or infinite
     */
    public double probabilityAtLeast(double threshold) {
        return posterior().survivalProbability(Checks.nonNegative(threshold, "threshold"));
    }
}
