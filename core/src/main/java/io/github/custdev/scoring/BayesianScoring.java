package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.BetaPrior;
import io.github.custdev.InvalidValueException;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * Bayesian Beta-Binomial scoring: the posterior probability that the rate meets the criterion decides, as product
 * teams know it from engines such as GrowthBook, but valid from the first interview. Built by
 * {@link Scoring#bayesian()}.
 *
 * <h2>Model</h2>
 *
 * The rate {@code p} has the prior Beta(a, b): the hypothesis's own {@link io.github.custdev.Hypothesis#prior()}, or
 * else this strategy's {@link #defaultPrior()} (uniform Beta(1, 1) unless set; {@link BetaPrior#jeffreys()} is the
 * usual alternative). With {@code s} positive outcomes and {@code f} failures counted, the posterior is
 *
 * <pre>
 *   p | data ~ Beta(a + s, b + f),   mean (a + s) / (a + b + s + f)
 * </pre>
 *
 * (Gelman et al., <i>Bayesian Data Analysis</i>, 3rd ed., 2013, section 2.4). The probability that the criterion
 * holds is the posterior tail {@code P(p >= t) = 1 - I_t(a + s, b + f)} for {@code AT_LEAST t} and
 * {@code P(p <= t) = I_t(a + s, b + f)} for {@code AT_MOST t}, {@code I} the regularized incomplete beta function;
 * the interval is the equal-tailed credible interval at {@link #level()}; both come from Apache Commons Statistics'
 * {@code BetaDistribution}. Each tail is computed by its own function (the regularized incomplete beta function or
 * its complement, Commons' {@code cumulativeProbability} and {@code survivalProbability}), never as 1 minus the
 * other, so that a probability near 0 keeps its relative precision down to the smallest doubles and the verdict is
 * right at any risk. The estimate is the posterior mean (in the rare, extremely skewed posteriors whose mean
 * falls outside the equal-tailed interval, shape parameters below about 0.01, the interval is widened to include
 * it).
 *
 * <p>Past 10<sup>12</sup> pseudo-observations ({@code A + B > 1e12} for the posterior Beta(A, B)) with at least
 * 10<sup>6</sup> in each shape, Commons' continued fraction loses its accuracy (an error of 3.5e-4 at
 * Beta(1e13, 1e13)) and then fails to converge (2<sup>55</sup> trials near the threshold); there the posterior is
 * computed by its normal approximation with the first Edgeworth (skewness) correction, mean {@code m = A / (A + B)},
 * standard deviation {@code s = sqrt(m (1 - m) / (A + B))}, skewness {@code g = 2 (B - A) / sqrt(A B (A + B))} (the
 * exact moments, whose {@code A + B + 1} and {@code A + B + 2} agree with {@code A + B} to twelve digits there):
 *
 * <pre>
 *   P(p &gt; x) = Q(k) + phi(k) g (k^2 - 1) / 6,   k = (x - m) / s
 *   quantile(u) = m + s (z + g (z^2 - 1) / 6),    z = Phi^-1(u)
 * </pre>
 *
 * whose error is of the order of {@code 1 / min(A, B)}, below 10<sup>-6</sup> there (Cramér, <i>Mathematical
 * Methods of Statistics</i>, 1946, section 17.7; Cornish and Fisher, 1937).
 *
 * <h2>Decision rules</h2>
 *
 * <ul>
 *   <li><b>Probability rule</b> (the default): SUPPORTED when {@code P(criterion holds | data) >= 1 - risk},
 *       decided as {@code P(criterion fails | data) <= risk} on the other tail so that it holds even for a risk
 *       below 10<sup>-16</sup>, where {@code 1 - risk} rounds to 1; REFUTED when {@code P(criterion holds | data)}
 *       is {@code <= risk}; INCONCLUSIVE in between; {@link #risk()} is 0.05 unless set, which are
 *       GrowthBook's 95% / 5% chance-to-win thresholds.
 *   <li><b>Expected-loss rule</b> ({@link #withExpectedLoss(double)}), as GrowthBook and Stucchio (<i>Bayesian A/B
 *       testing at VWO</i>, 2015) use: the loss of declaring the criterion met when it is not is how far the rate
 *       falls short, {@code E[(t - p)+]} for {@code AT_LEAST t}, and the loss of declaring it failed is
 *       {@code E[(p - t)+]}. With {@code m} the posterior mean,
 *       <pre>
 *   E[(t - p)+] = t I_t(a', b') - m I_t(a' + 1, b'),   E[(p - t)+] = m (1 - I_t(a' + 1, b')) - t (1 - I_t(a', b'))
 *       </pre>
 *       (each from the tails it is small in, so that a tiny loss is compared with a tiny {@code epsilon} correctly).
 *       SUPPORTED when the mean meets the criterion and the loss of declaring it met is at most the threshold
 *       {@code epsilon}; REFUTED when the mean fails it and the loss of declaring it failed is at most
 *       {@code epsilon}. The probability is still reported.
 * </ul>
 *
 * No verdict is given before the criterion's minimum sample. Trials are counted as in every rate strategy: those of
 * at least the criterion's minimum strength, with the effective (weighted) figures of the log's weights as
 * {@code s} and {@code f}. A {@code COUNT} criterion is judged by the count rule (supported once the count of
 * positive outcomes reaches the threshold), a {@code MEAN} criterion is not judged (INCONCLUSIVE, saying so).
 *
 * <h2>Peeking</h2>
 *
 * The posterior is valid after any number of looks, but a <em>decision rule</em> applied after every interview is
 * not a fixed-error test: a founder who stops at the first SUPPORTED verdict will be wrong more often than
 * {@code risk} suggests when the true rate sits near the threshold (the measured rates are in
 * {@code docs/scoring.md}). Use {@link Scoring#sequential(double, double)} when error rates under continuous peeking
 * must be guaranteed.
 *
 * <h2>Expected additional sample</h2>
 *
 * When inconclusive: the number of further weight-1 trials after which, if the rate stayed at the posterior mean
 * {@code m}, the normal approximation of the posterior, with variance {@code m(1 - m) / (N + 1)} where
 * {@code N = a' + b'}, would reach the decision: {@code N* + 1 = z^2 m (1 - m) / (m - t)^2} with
 * {@code z = Phi^-1(1 - risk)} for the probability rule, and the smallest {@code N*} whose normal expected loss
 * {@code sigma phi(d / sigma) - d Phi(-d / sigma)}, {@code d = |m - t|}, is at most {@code epsilon} for the
 * expected-loss rule; at least what the minimum sample still needs, and none when {@code m = t}.
 *
 * <p>Costs O(1) on the log's running statistics. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface BayesianScoring extends ScoringStrategy permits BayesianStrategy {

    /**
     * The probability of a wrong verdict the team accepts: SUPPORTED needs a posterior probability of at least
     * {@code 1 - risk}, REFUTED at most {@code risk}.
     *
     * @return the risk, in (0, 0.5)
     */
    double risk();

    /**
     * A copy with another risk.
     *
     * @param risk the risk, in (0, 0.5)
     * @return the changed copy
     * @throws InvalidValueException if the risk is outside (0, 0.5)
     */
    BayesianScoring withRisk(double risk);

    /**
     * The prior used for hypotheses that state none.
     *
     * @return the default prior; uniform unless set
     */
    BetaPrior defaultPrior();

    /**
     * A copy with another prior for hypotheses that state none; a hypothesis's own prior always wins.
     *
     * @param prior the default prior, such as {@link BetaPrior#jeffreys()}
     * @return the changed copy
     */
    BayesianScoring withDefaultPrior(BetaPrior prior);

    /**
     * The posterior probability of the reported credible interval.
     *
     * @return the level, in (0, 1); 0.95 unless set
     */
    double level();

    /**
     * A copy whose credible intervals have another level.
     *
     * @param level the level, in (0, 1)
     * @return the changed copy
     * @throws InvalidValueException if the level is outside (0, 1)
     */
    BayesianScoring withLevel(double level);

    /**
     * The threshold of the expected-loss rule, if it decides.
     *
     * @return the largest acceptable expected loss, in rate units, or none when the probability rule decides
     */
    Option<Double> expectedLossThreshold();

    /**
     * A copy that decides by expected loss: a verdict once the expected loss of declaring it is at most
     * {@code epsilon}, a rate difference (GrowthBook's default risk threshold is 0.0025).
     *
     * @param epsilon the largest acceptable expected loss, in (0, 1)
     * @return the changed copy
     * @throws InvalidValueException if {@code epsilon} is outside (0, 1)
     */
    BayesianScoring withExpectedLoss(double epsilon);

    /**
     * A copy that decides by the probability rule (the default).
     *
     * @return the changed copy
     */
    BayesianScoring withProbabilityRule();

    /**
     * Always {@code true}: the posterior depends only on the counts.
     *
     * @return {@code true}
     */
    @Override
    boolean isExchangeable();
}
