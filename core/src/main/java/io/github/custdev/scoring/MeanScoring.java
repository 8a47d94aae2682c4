package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import org.apiguardian.api.API;

/**
 * Scoring of the mean of a measurement, such as willingness to pay or weekly usage, against the criterion's
 * threshold with Student's t distribution. Built by {@link Scoring#mean()}.
 *
 * <h2>Formulas</h2>
 *
 * With {@code n} measurements (the effective count {@code n = sum of weights} when the log weights strengths, as
 * frequency weights), their mean {@code x} and sample standard deviation {@code s} (from the log's running
 * Welford statistics), the standard error is {@code se = s / sqrt(n)} and
 *
 * <pre>
 *   T = (x - t) / se,   df = n - 1
 *   interval: x -/+ t_{df, (1 + level) / 2} * se
 *   P(mean &gt;= t) = F_df(T),   P(mean &lt;= t) = F_df(-T)
 * </pre>
 *
 * with {@code F_df} and its quantiles from Apache Commons Statistics' {@code TDistribution} (Student 1908). The
 * probability is both one minus the one-sided p-value of the t test of {@code mean = t} and the posterior
 * probability of the criterion under the reference prior {@code p(mu, sigma) ~ 1 / sigma} (Gelman et al.,
 * <i>Bayesian Data Analysis</i>, 3rd ed., section 3.2), so it reads like the Bayesian rate strategy's.
 *
 * <h2>Decision</h2>
 *
 * SUPPORTED when the probability is at least {@code 1 - risk} (decided on the other tail of t, as the probability
 * that the criterion fails being at most {@code risk}, so that a risk below 10<sup>-16</sup> is decided correctly),
 * REFUTED when at most {@code risk} ({@link #risk()},
 * 0.05 unless set), and nothing before the criterion's minimum sample (measurements, counted exactly) or before two
 * measurements (a standard deviation needs two). When every measurement is equal, {@code se = 0}: the probability is
 * 1 or 0 as the mean meets the criterion or not, and the interval is the mean itself. Only measurements of at least
 * the criterion's minimum strength count; their unit must be the criterion's (otherwise INCONCLUSIVE, saying so);
 * a {@code PROPORTION} or {@code COUNT} criterion is not judged. The moments are always finite: a measurement's
 * value is at most {@link io.github.custdev.Measurement#MAXIMUM_MAGNITUDE} in size and a weight at most
 * {@link io.github.custdev.StrengthWeights#MAXIMUM}, so a weighted sum of squares stays far below the largest double.
 *
 * <h2>Expected additional sample</h2>
 *
 * When inconclusive, if the mean and standard deviation held: {@code n* = (z s / (x - t))^2} measurements in all
 * with {@code z = Phi^-1(1 - risk)} (the normal approximation of the t test), less those counted, and at least what
 * the minimum sample (and the second measurement) still needs; none when {@code x = t}.
 *
 * <p>Costs O(1) on the log's running statistics. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface MeanScoring extends ScoringStrategy permits MeanStrategy {

    /**
     * The probability of a wrong verdict the team accepts.
     *
     * @return the risk, in (0, 0.5); 0.05 unless set
     */
    double risk();

    /**
     * A copy with another risk.
     *
     * @param risk the risk, in (0, 0.5)
     * @return the changed copy
     * @throws InvalidValueException if the risk is outside (0, 0.5)
     */
    MeanScoring withRisk(double risk);

    /**
     * The confidence level of the reported t interval.
     *
     * @return the level, in (0, 1); 0.95 unless set
     */
    double level();

    /**
     * A copy reporting intervals at another level; the decisions do not change.
     *
     * @param level the level, in (0, 1)
     * @return the changed copy
     * @throws InvalidValueException if the level is outside (0, 1)
     */
    MeanScoring withLevel(double level);

    /**
     * Always {@code true}: the running mean and variance do not depend on the order (up to rounding in their last
     * bits).
     *
     * @return {@code true}
     */
    @Override
    boolean isExchangeable();
}
