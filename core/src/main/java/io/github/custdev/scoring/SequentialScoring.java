package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import org.apiguardian.api.API;

/**
 * Wald's sequential probability ratio test (SPRT) of a low rate {@code p0} against a high rate {@code p1}: the
 * strategy that stays valid when the team looks at the evidence after every single interview, and stops as soon as
 * the evidence is decisive. Built by {@link Scoring#sequential(double, double)}.
 *
 * <h2>Formulas</h2>
 *
 * (Wald 1945, <i>Annals of Mathematical Statistics</i> 16:117-186; Wald 1947, <i>Sequential Analysis</i>.) Each
 * counted item with {@code s} positive outcomes and {@code f} failures adds to the log likelihood ratio
 *
 * <pre>
 *   LLR += w * (s log(p1 / p0) + f log((1 - p1) / (1 - p0)))
 * </pre>
 *
 * ({@code w} the weight of the item's strength, 1 for an unweighted log). The test accepts the high rate when
 * {@code LLR >= A = log((1 - beta) / alpha)} and the low rate when {@code LLR <= B = log(beta / (1 - alpha))}, where
 * {@code alpha} is the probability of accepting {@code p1} when the rate is {@code p0} and {@code beta} that of
 * accepting {@code p0} when it is {@code p1}. Wald's inequalities bound the error rates by
 * {@code alpha / (1 - beta)} and {@code beta / (1 - alpha)}, and in practice (the boundaries are overshot) they stay
 * below {@code alpha} and {@code beta}: the simulation in {@code docs/scoring.md} measures them.
 *
 * <p>The criterion's threshold must lie in the indifference zone {@code [p0, p1]}; otherwise the strategy does not
 * judge the hypothesis (INCONCLUSIVE, saying so). For {@code AT_LEAST t}, accepting {@code p1} is SUPPORTED and
 * accepting {@code p0} REFUTED; for {@code AT_MOST t} the other way round. The probability reported is
 * {@code 1 / (1 + e^-LLR)} (for {@code AT_MOST}, {@code 1 / (1 + e^LLR)}): the posterior probability of the high
 * (low) rate when both were equally likely beforehand; with {@code alpha = beta} the boundaries sit at exactly
 * {@code 1 - alpha} and {@code alpha}. The estimate is the observed rate at the stopping point with its Wilson score
 * interval at {@link #level()}; after a sequential stop that interval is nominal only (the observed rate is biased
 * away from the boundary it crossed; Siegmund 1985, <i>Sequential Analysis</i>).
 *
 * <h2>Order, stopping and cost</h2>
 *
 * The test reads {@link io.github.custdev.EvidenceLog#evidence(io.github.custdev.HypothesisId)} in the order the
 * evidence was recorded and stops at the first item after which the ratio lies on or beyond a boundary; evidence
 * recorded after that is not read and does not change the verdict (a stopped test is over: test again with a new
 * hypothesis, or with {@link Scoring#observedAfter} the stop). It is therefore not exchangeable:
 * {@link #isExchangeable()} is {@code false}. Its cost is O(stopping time): the number of items read up to the
 * first crossing, or the hypothesis's whole history while undecided, not the size of the log.
 *
 * <p>An item with several trials (a behaviour of {@code k} of {@code n}, a Sean Ellis tally) is one group step:
 * the ratio moves by its whole likelihood ratio at once and the test can stop only at the end of the group, so it
 * may overshoot the boundary further, which lowers the error rates and raises the sample used.
 *
 * <p><b>Minimum sample.</b> No verdict is given before the criterion's minimum sample: the ratio keeps
 * accumulating, and the test stops at the first item that both completes the minimum sample and leaves the ratio on
 * or beyond a boundary. Wald's inequalities still hold, because every stop still has the ratio beyond the boundary
 * it accepts: {@code P0(accept p1) <= e^-A P1(accept p1)}. The measured error rates with a minimum sample are in
 * {@code docs/scoring.md}.
 *
 * <p>Only the trials of at least the criterion's minimum strength count; a {@code COUNT} criterion is judged by the
 * count rule (it needs no order); a {@code MEAN} criterion is not judged. The error guarantees assume unweighted
 * trials: with strength weights other than 0 and 1, one weighted item moves the ratio as {@code w} items would.
 *
 * <h2>Expected sample number</h2>
 *
 * Wald's approximations, which ignore the overshoot: with {@code z} the ratio's increment for one trial,
 * {@code L(p)} the operating characteristic (the probability of accepting {@code p0} when the rate is {@code p}),
 * obtained from the non-zero root {@code h} of {@code p (p1/p0)^h + (1 - p) ((1-p1)/(1-p0))^h = 1} as
 * {@code L = (e^{hA} - 1) / (e^{hA} - e^{hB})},
 *
 * <pre>
 *   E_p[N] = (L(p) B + (1 - L(p)) A) / E_p[z]        and, where E_p[z] = 0,  E_p[N] = -A B / E_p[z^2].
 * </pre>
 *
 * In particular {@code E_p0[N] = ((1 - alpha) B + alpha A) / E_p0[z]} and
 * {@code E_p1[N] = (beta B + (1 - beta) A) / E_p1[z]}. {@link #expectedSampleNumber(double)} computes it for any
 * rate, and the assessment's parameters report it at {@code p0} and {@code p1}. When inconclusive, the expected
 * additional sample is the same formula started from the current ratio (boundaries {@code A - LLR} and
 * {@code B - LLR}) at the rate {@code (s + 1) / (n + 2)}, and at least what the minimum sample still needs.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface SequentialScoring extends ScoringStrategy permits SequentialStrategy {

    /**
     * The low rate, the alternative the test accepts when the rate is too low.
     *
     * @return {@code p0}, in (0, p1)
     */
    double p0();

    /**
     * The high rate, the alternative the test accepts when the rate is high enough.
     *
     * @return {@code p1}, in (p0, 1)
     */
    double p1();

    /**
     * The probability of accepting {@code p1} when the rate is {@code p0}.
     *
     * @return alpha, in (0, 1)
     */
    double alpha();

    /**
     * The probability of accepting {@code p0} when the rate is {@code p1}.
     *
     * @return beta, in (0, 1)
     */
    double beta();

    /**
     * A copy with other error rates.
     *
     * @param alpha the probability of accepting {@code p1} when the rate is {@code p0}, in (0, 1)
     * @param beta the probability of accepting {@code p0} when the rate is {@code p1}, in (0, 1)
     * @return the changed copy
     * @throws InvalidValueException if a rate is outside (0, 1) or {@code alpha + beta >= 1}
     */
    SequentialScoring withErrorRates(double alpha, double beta);

    /**
     * The confidence level of the reported Wilson interval.
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
    SequentialScoring withLevel(double level);

    /**
     * The boundary above which the test accepts {@code p1}.
     *
     * @return {@code A = log((1 - beta) / alpha)}, positive
     */
    double upperBoundary();

    /**
     * The boundary below which the test accepts {@code p0}.
     *
     * @return {@code B = log(beta / (1 - alpha))}, negative
     */
    double lowerBoundary();

    /**
     * Wald's approximation of the expected number of trials the test reads before it stops, when taken one at a
     * time and the true rate is {@code rate}.
     *
     * @param rate the true rate, in [0, 1]
     * @return the expected sample number, positive
     * @throws InvalidValueException if the rate is outside [0, 1]
     */
    double expectedSampleNumber(double rate);

    /**
     * The sample size of the one-sided fixed-sample test of {@code p0} against {@code p1} with the same error rates,
     * by the normal approximation: {@code ((z_{1-alpha} sqrt(p0 (1 - p0)) + z_{1-beta} sqrt(p1 (1 - p1))) /
     * (p1 - p0))^2}, rounded up. What the sequential test saves is measured against it.
     *
     * @return the fixed sample size
     */
    long fixedSampleEquivalent();

    /**
     * Always {@code false}: the test stops at the first decisive item, so the order of the evidence matters.
     *
     * @return {@code false}
     */
    @Override
    boolean isExchangeable();
}
