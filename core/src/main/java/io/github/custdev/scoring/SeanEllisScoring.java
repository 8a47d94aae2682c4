package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import org.apiguardian.api.API;

/**
 * Sean Ellis's product/market-fit signal: the share of qualified respondents who would be "very disappointed"
 * without the product, against a benchmark of 40%, judged by a statistical rule and never by the raw share. Built by
 * {@link Scoring#seanEllis()}.
 *
 * <p>Only the answers of {@link io.github.custdev.SeanEllisTally} evidence count: {@code s} very disappointed
 * among {@code n} qualified respondents, pooled over every survey of the hypothesis; other evidence of the same
 * hypothesis (which a venture refuses for such a hypothesis) is ignored, and the reason says how much. The rule that decides is a rate strategy ({@link #rule()}): Bayesian unless set, so by
 * default the verdict is SUPPORTED when {@code P(share >= 0.40 | answers) >= 0.95} under a uniform prior, as in
 * {@link BayesianScoring}; with {@link Scoring#fixedSample()} it is the Wilson interval, with
 * {@link Scoring#sequential(double, double)} the sequential test over the surveys in the order they were recorded
 * (each survey one group step). A raw share of 45% from 20 respondents is not a signal: its 95% interval reaches
 * down to about 26%.
 *
 * <p>The hypothesis's criterion is honoured: it must be a
 * {@link io.github.custdev.SuccessCriterion.Metric#VERY_DISAPPOINTED VERY_DISAPPOINTED} share, as
 * {@code SuccessCriterion.veryDisappointedAtLeast(0.40, 40)} states it, whose threshold is this strategy's
 * {@link #benchmark()} (a criterion with another threshold is a different claim, so the strategy answers
 * INCONCLUSIVE and says so, rather than moving the goalposts; set the benchmark to match). A criterion on another
 * metric is not a Sean Ellis claim: the answer is INCONCLUSIVE, "not applicable", with the reason. Its minimum
 * sample counts respondents. Strength weights apply to the answers as to any {@code SAID} evidence.
 *
 * <p>References: Ellis, S., "Using Product/Market Fit to Drive Sustainable Growth", GrowthHackers (2010); Vohra,
 * R., "How Superhuman Built an Engine to Find Product/Market Fit", First Round Review (2018).
 *
 * <p>Costs O(1) with the Bayesian and fixed-sample rules; with the sequential rule, as that rule. A rule that is
 * not a built-in rate strategy is given a log rebuilt from the hypothesis's survey answers (O(n) in its evidence).
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface SeanEllisScoring extends ScoringStrategy permits SeanEllisStrategy {

    /**
     * The share of very disappointed respondents that signals product/market fit.
     *
     * @return the benchmark, in (0, 1); 0.40 unless set
     */
    double benchmark();

    /**
     * A copy with another benchmark.
     *
     * @param benchmark the share, in (0, 1)
     * @return the changed copy
     * @throws InvalidValueException if the benchmark is outside (0, 1)
     */
    SeanEllisScoring withBenchmark(double benchmark);

    /**
     * The rule that decides from the answers.
     *
     * @return the rule; {@link Scoring#bayesian()} unless set
     */
    ScoringStrategy rule();

    /**
     * A copy decided by another rule, such as {@code Scoring.fixedSample()} or
     * {@code Scoring.sequential(0.30, 0.50)}.
     *
     * @param rule the rule
     * @return the changed copy
     */
    SeanEllisScoring decidedBy(ScoringStrategy rule);

    /**
     * Whether the order of the surveys never matters: as the rule.
     *
     * @return the rule's {@link ScoringStrategy#isExchangeable()}
     */
    @Override
    boolean isExchangeable();
}
