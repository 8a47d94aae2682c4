package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.StrengthWeights;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The built-in scoring strategies, and the decorators and combinators that adapt any strategy: the factory beside
 * {@link ScoringStrategy}, as {@code TemporalAdjusters} stands beside {@code TemporalAdjuster}.
 *
 * <table>
 *   <caption>Which strategy when</caption>
 *   <tr><th>strategy</th><th>judges</th><th>use it when</th></tr>
 *   <tr><td>{@link #bayesian()}</td><td>rates, counts</td><td>the default: valid from the first interview, speaks
 *       in probabilities, takes the team's prior</td></tr>
 *   <tr><td>{@link #sequential(double, double)}</td><td>rates, counts</td><td>the team looks after every interview
 *       and needs guaranteed error rates; stops early</td></tr>
 *   <tr><td>{@link #fixedSample()}</td><td>rates, counts</td><td>the sample was planned in advance and is read once
 *       (the criterion's minimum sample)</td></tr>
 *   <tr><td>{@link #seanEllis()}</td><td>the "very disappointed" share</td><td>a product/market-fit survey</td></tr>
 *   <tr><td>{@link #mean()}</td><td>means</td><td>willingness to pay, usage, cycle times, costs</td></tr>
 * </table>
 *
 * Every strategy honours the hypothesis's criterion: its metric (a strategy that cannot judge it answers
 * INCONCLUSIVE and says why, never throws), the kinds of evidence its metric counts (a rate strategy counts
 * statements, behaviours and commitments for a proportion or a count, Sean Ellis tallies for a very-disappointed
 * share; evidence of other kinds never counts, and the reason says how much was ignored), its comparison ({@code AT_MOST t} asks for {@code P(rate <= t)}), its
 * minimum sample (no SUPPORTED or REFUTED below it), its minimum strength, and the log's strength weights. Each
 * built-in is immutable; its {@code withX} methods return changed copies. Immutable and thread-safe.
 *
 * <pre>{@code
 * ScoringStrategy strategy = Scoring.allOf(
 *         Scoring.weightedByStrength(Scoring.bayesian().withRisk(0.10)),
 *         Scoring.inSegment(Scoring.sequential(0.20, 0.40), "dentists"));
 * Assessment assessment = strategy.assess(hypothesis, log);
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class Scoring {
    /**
     * How deep the decorators and combinators of this class may nest: {@link #allOf}, {@link #anyOf},
     * {@link #byMetric} and {@link SeanEllisScoring#decidedBy} each add a level over their deepest member; a chain of
     * {@link #weightedByStrength}, {@link #inSegment}, {@link #observedBefore} and {@link #observedAfter} in any
     * order and of any length adds one level over the strategy it wraps, since it is assessed and described in a
     * loop; an allOf in an allOf (anyOf alike) adds none. A strategy nested deeper is refused when it is built
     * ({@code strategy nesting must be at most 100 deep: 101}), so that assessing or describing one cannot
     * overflow the stack: a level of a combination takes up to about a kilobyte of stack while it is assessed, so a
     * hundred fit in the smallest thread stacks in common use (256 KB) beside the caller's own frames.
     */
    public static final int MAXIMUM_NESTING = 100;

    private Scoring() {}

    /**
     * Bayesian Beta-Binomial scoring with risk 0.05, 95% credible intervals and, for hypotheses without a prior of
     * their own, the uniform prior.
     *
     * @return the strategy
     */
    public static BayesianScoring bayesian() {
        return BayesianStrategy.standard();
    }

    /**
     * Wald's sequential probability ratio test of the low rate {@code p0} against the high rate {@code p1}, with
     * error rates alpha = beta = 0.05; the criterion's threshold must lie in {@code [p0, p1]}.
     *
     * @param p0 the low rate, in (0, 1)
     * @param p1 the high rate, in (p0, 1)
     * @return the strategy
     * @throws InvalidValueException if a rate is out of range
     */
    public static SequentialScoring sequential(double p0, double p1) {
        return SequentialStrategy.of(p0, p1, 0.05, 0.05);
    }

    /**
     * Wald's sequential probability ratio test with the given error rates.
     *
     * @param p0 the low rate, in (0, 1)
     * @param p1 the high rate, in (p0, 1)
     * @param alpha the probability of accepting {@code p1} when the rate is {@code p0}, in (0, 1)
     * @param beta the probability of accepting {@code p0} when the rate is {@code p1}, in (0, 1 - alpha)
     * @return the strategy
     * @throws InvalidValueException if a parameter is out of range
     */
    public static SequentialScoring sequential(double p0, double p1, double alpha, double beta) {
        return SequentialStrategy.of(p0, p1, alpha, beta);
    }

    /**
     * Fixed-sample scoring with the 95% Wilson score interval, once the criterion's minimum sample is in.
     *
     * @return the strategy
     */
    public static FixedSampleScoring fixedSample() {
        return FixedSampleStrategy.standard();
    }

    /**
     * Sean Ellis's product/market-fit signal: the share of very disappointed respondents against 40%, decided by
     * {@link #bayesian()}.
     *
     * @return the strategy
     */
    public static SeanEllisScoring seanEllis() {
        return SeanEllisStrategy.standard();
    }

    /**
     * The mean of a measurement against the criterion's threshold, with Student's t, risk 0.05 and 95% intervals.
     *
     * @return the strategy
     */
    public static MeanScoring mean() {
        return MeanStrategy.standard();
    }

    /**
     * One strategy for rates and counts, another for means: for a set of hypotheses of every metric.
     *
     * @param rates the strategy for {@code PROPORTION} and {@code COUNT} criteria
     * @param means the strategy for {@code MEAN} criteria
     * @return the strategy
     */
    public static ScoringStrategy byMetric(ScoringStrategy rates, ScoringStrategy means) {
        return new ByMetricStrategy(Checks.notNull(rates, "rates"), Checks.notNull(means, "means"));
    }

    /**
     * The strategy counting evidence by strength with {@link StrengthWeights#standard()}: one payment or commitment
     * as sixteen compliments, one action as four.
     *
     * @param strategy the strategy to weight
     * @return the weighted strategy
     * @see #weightedByStrength(ScoringStrategy, StrengthWeights)
     */
    public static ScoringStrategy weightedByStrength(ScoringStrategy strategy) {
        return weightedByStrength(strategy, StrengthWeights.standard());
    }

    /**
     * The strategy reading the log with the given strength weights ({@link io.github.custdev.EvidenceLog#withWeights},
     * replacing any weights the log had): every effective figure it uses counts an item of strength {@code s} as
     * {@code weights.of(s)} items. Weights change what the error rates of the statistical rules mean: they are
     * frequency weights, so a payment weighted 16 counts as sixteen independent observations. Over a strategy that
     * already weights (at any depth of a chain of filters), the inner weights decide, as they replace these, and are
     * the weights reported. Costs O(1) more than the strategy; a chain of weightings and filters of any length is
     * one level of {@link #MAXIMUM_NESTING}.
     *
     * @param strategy the strategy to weight
     * @param weights the weights
     * @return the weighted strategy
     */
    public static ScoringStrategy weightedByStrength(ScoringStrategy strategy, StrengthWeights weights) {
        return FilteredStrategy.weighted(Checks.notNull(strategy, "strategy"), Checks.notNull(weights, "weights"));
    }

    /**
     * The strategy given only the evidence from one customer segment ({@link io.github.custdev.Source#segment()});
     * evidence without a segment is left out. The hypothesis's kept evidence is rebuilt into a log, in order, with
     * the log's weights: O(n) in the hypothesis's evidence. A segment filter over a segment filter is built as one
     * (the evidence in both segments, none when they differ); any chain of segment and time filters and weightings,
     * in any order, is one strategy assessed in a loop, so nesting it to any depth costs no stack.
     *
     * @param strategy the strategy
     * @param segment the segment, not blank
     * @return the filtered strategy
     */
    public static ScoringStrategy inSegment(ScoringStrategy strategy, String segment) {
        Checks.notNull(strategy, "strategy");
        String name = Checks.notBlank(segment, "segment");
        return FilteredStrategy.inSegment(strategy, name);
    }

    /**
     * The strategy given only the evidence observed strictly before an instant. O(n) in the hypothesis's evidence,
     * as {@link #inSegment}. Over another {@code observedBefore} it is built as one filter, before the earlier
     * instant.
     *
     * @param strategy the strategy
     * @param instant the instant; evidence observed at it or later is left out
     * @return the filtered strategy
     */
    public static ScoringStrategy observedBefore(ScoringStrategy strategy, Instant instant) {
        Checks.notNull(strategy, "strategy");
        Instant limit = Checks.notNull(instant, "instant");
        return FilteredStrategy.observedBefore(strategy, limit);
    }

    /**
     * The strategy given only the evidence observed strictly after an instant, such as the evidence since a pivot.
     * O(n) in the hypothesis's evidence, as {@link #inSegment}. Over another {@code observedAfter} it is built as
     * one filter, after the later instant.
     *
     * @param strategy the strategy
     * @param instant the instant; evidence observed at it or earlier is left out
     * @return the filtered strategy
     */
    public static ScoringStrategy observedAfter(ScoringStrategy strategy, Instant instant) {
        Checks.notNull(strategy, "strategy");
        Instant limit = Checks.notNull(instant, "instant");
        return FilteredStrategy.observedAfter(strategy, limit);
    }

    /**
     * All strategies must support the hypothesis: the conservative combination.
     *
     * <ul>
     *   <li>verdict: SUPPORTED when every member supports, REFUTED when any member refutes, otherwise INCONCLUSIVE;
     *   <li>probability: the smallest of the members' probabilities;
     *   <li>estimate, interval, statistic and sample: those of the deciding member, the member with that verdict
     *       and the smallest probability, named in the parameter {@code deciding};
     *   <li>reason: every member's verdict and reason;
     *   <li>expected additional sample: the largest of the undecided members' estimates, none if one cannot say.
     * </ul>
     *
     * Exchangeable when every member is. A member of the same combination is replaced by its members, in order
     * ({@code allOf(allOf(a, b), c)} is {@code allOf(a, b, c)}), so nesting to any depth costs no stack.
     *
     * @param first the first strategy
     * @param more the other strategies
     * @return the combined strategy
     */
    public static ScoringStrategy allOf(ScoringStrategy first, ScoringStrategy... more) {
        return combine(
                true, Vector.of(Checks.notNull(first, "first")).appendAll(Vector.of(Checks.notNull(more, "more"))));
    }

    /**
     * All strategies must support the hypothesis, as {@link #allOf(ScoringStrategy, ScoringStrategy...)}.
     *
     * @param strategies the strategies, at least one
     * @return the combined strategy
     * @throws InvalidValueException if there is no strategy or one is null
     */
    public static ScoringStrategy allOf(Iterable<? extends ScoringStrategy> strategies) {
        return combine(true, Vector.ofAll(Checks.notNull(strategies, "strategies")));
    }

    /**
     * One strategy's support is enough: the liberal combination. Mind that several chances to find support raise
     * the rate of false support, as any multiple test does.
     *
     * <ul>
     *   <li>verdict: SUPPORTED when any member supports, REFUTED when every member refutes, otherwise
     *       INCONCLUSIVE;
     *   <li>probability: the largest of the members' probabilities;
     *   <li>estimate, interval, statistic and sample: those of the deciding member, the member with that verdict
     *       and the largest probability, named in the parameter {@code deciding};
     *   <li>reason: every member's verdict and reason;
     *   <li>expected additional sample: the smallest of the undecided members' estimates.
     * </ul>
     *
     * Exchangeable when every member is. A member of the same combination is replaced by its members, in order
     * ({@code allOf(allOf(a, b), c)} is {@code allOf(a, b, c)}), so nesting to any depth costs no stack.
     *
     * @param first the first strategy
     * @param more the other strategies
     * @return the combined strategy
     */
    public static ScoringStrategy anyOf(ScoringStrategy first, ScoringStrategy... more) {
        return combine(
                false, Vector.of(Checks.notNull(first, "first")).appendAll(Vector.of(Checks.notNull(more, "more"))));
    }

    /**
     * One strategy's support is enough, as {@link #anyOf(ScoringStrategy, ScoringStrategy...)}.
     *
     * @param strategies the strategies, at least one
     * @return the combined strategy
     * @throws InvalidValueException if there is no strategy or one is null
     */
    public static ScoringStrategy anyOf(Iterable<? extends ScoringStrategy> strategies) {
        return combine(false, Vector.ofAll(Checks.notNull(strategies, "strategies")));
    }

    private static ScoringStrategy combine(boolean all, Seq<? extends ScoringStrategy> strategies) {
        if (strategies.isEmpty()) {
            throw InvalidValueException.of("strategies", "must not be empty", "[]");
        }
        strategies.forEachWithIndex((s, i) -> Checks.notNull(s, "strategies[" + i + "]"));
        // allOf of allOf is allOf of the union (anyOf alike): nesting to any depth costs no stack.
        Vector<ScoringStrategy> members = Vector.empty();
        int depth = 1;
        for (ScoringStrategy strategy : strategies) {
            if (strategy instanceof CombinedStrategy combined && combined.isAll() == all) {
                Vector<ScoringStrategy> nested = combined.members();
                // the shorter side is copied, so that allOf(x, deep) is as cheap as allOf(deep, x)
                members = members.size() < nested.size() ? nested.prependAll(members) : members.appendAll(nested);
                depth = Math.max(depth, combined.depth());
            } else {
                members = members.append(strategy);
                depth = Math.max(depth, 1 + Nesting.depth(strategy));
            }
        }
        return new CombinedStrategy(all, members, depth);
    }
}
