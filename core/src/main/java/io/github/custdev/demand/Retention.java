package io.github.custdev.demand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.BetaPrior;
import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Estimate;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apiguardian.api.API;

/**
 * The retention of customers at one age, pooled over cohorts: the share of the customers acquired who are still
 * active that many periods later, with its Beta posterior.
 *
 * <p>The model: each of the <i>n</i> customers exposed at age <i>a</i> (acquired in a cohort observed that long) is
 * still active at age <i>a</i> with the same probability <i>r<sub>a</sub></i>, independently, so the <i>k</i> still
 * active are binomial and, from a Beta(<i>&alpha;, &beta;</i>) prior, the posterior of <i>r<sub>a</sub></i> is
 * Beta(<i>&alpha; + k, &beta; + n - k</i>), the conjugate update (A. Gelman et al., <i>Bayesian Data Analysis</i>,
 * 3rd ed., CRC Press, 2013, section 2.4). Pooling assumes the cohorts share one retention curve; a cohort that
 * retains better or worse than the others widens the spread beyond what the interval shows. The point estimate is
 * the posterior median and the interval the equal-tailed credible interval, both Commons Statistics' Beta quantiles.
 *
 * <pre>{@code
 * Retention atOne = Retention.of(1, 151, 190, BetaPrior.jeffreys(), 0.95);
 * atOne.estimate();                  // about 0.79, 95% credible [0.73, 0.85]
 * atOne.probabilityAtLeast(0.7);     // P(r >= 0.7) under Beta(151.5, 39.5), about 0.998
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param age the age <i>a</i>, in periods after acquisition, &ge; 1
 * @param retained the customers still active at that age, <i>k</i>, between 0 and {@code exposed}
 * @param exposed the customers acquired in the cohorts observed at that age, <i>n</i>, &ge; 0
 * @param prior the Beta prior of the retention
 * @param level the level of the credible interval, in (0, 1)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Retention(int age, long retained, long exposed, BetaPrior prior, double level) {

    /**
     * Checks the retention.
     *
     * @throws InvalidValueException if the age is below 1, a count is negative, more are retained than exposed, the
     *     prior is null or the level is outside (0, 1)
     */
    public Retention {
        Checks.positive(age, "retention.age");
        Checks.nonNegative(exposed, "retention.exposed");
        Checks.nonNegative(retained, "retention.retained");
        if (retained > exposed) {
            throw InvalidValueException.of("retention.retained", "must be at most exposed (" + exposed + ')', retained);
        }
        Checks.notNull(prior, "retention.prior");
        Checks.openProbability(level, "retention.level");
    }

    /**
     * A retention.
     *
     * @param age the age, &ge; 1
     * @param retained the customers still active at that age
     * @param exposed the customers acquired in the cohorts observed at that age
     * @param prior the Beta prior of the retention
     * @param level the level of the credible interval, in (0, 1)
     * @return the retention
     * @throws InvalidValueException as {@link #Retention(int, long, long, BetaPrior, double)}
     */
    public static Retention of(int age, long retained, long exposed, BetaPrior prior, double level) {
        return new Retention(age, retained, exposed, prior, level);
    }

    private BetaDistribution posterior() {
        return BetaDistribution.of(prior.alpha() + (double) retained, prior.beta() + (double) (exposed - retained));
    }

    /**
     * The retention at this age: the posterior median, with the equal-tailed credible interval at {@link #level()}.
     *
     * @return the estimate, in [0, 1]
     */
    public Estimate estimate() {
        return Posteriors.medianWithCredibleInterval(posterior(), level);
    }

    /**
     * The posterior mean of the retention, <i>(&alpha; + k) / (&alpha; + &beta; + n)</i>.
     *
     * @return the mean, in (0, 1)
     */
    public double mean() {
        return (prior.alpha() + retained) / (prior.alpha() + prior.beta() + exposed);
    }

    /**
     * The posterior probability that the retention at this age is at least a floor.
     *
     * @param floor the least retention, in [0, 1]
     * @return <i>P(r<sub>a</sub> &ge; floor)</i>, in [0, 1]
     * @throws InvalidValueException if the floor is outside [0, 1]
     */
    public double probabilityAtLeast(double floor) {
        return posterior().survivalProbability(Checks.probability(floor, "floor"));
    }
}
