package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.EvidenceLog;
import io.github.custdev.HypothesisId;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.github.custdev.testkit.internal.ContractChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.apiguardian.api.API;

/**
 * The rules every {@link ScoringStrategy} must keep, as jqwik properties: implement {@link #strategy()} in a test
 * class and jqwik checks the strategy, the caller's own included, on generated hypotheses and evidence logs.
 *
 * <pre>{@code
 * class MajorityRuleContractTests implements ScoringStrategyContract {
 *     @Override
 *     public ScoringStrategy strategy() {
 *         return new MajorityRule();
 *     }
 * }
 * }</pre>
 *
 * <p>The properties, each checked on {@link CustDevArbitraries#scoringCases() scoring cases} (a hypothesis of any
 * metric and a log with 0 to 30 items of its evidence among other hypotheses' evidence, with equal or other
 * weights), are those of the <i>Specification for implementors</i> of {@link ScoringStrategy}:
 *
 * <ul>
 *   <li>{@link #neverThrowsOnValidInput}: every valid input gets an assessment, never an exception or {@code null};
 *   <li>{@link #isDeterministic}: the same hypothesis and an equal log give an equal assessment;
 *   <li>{@link #assessesTheHypothesisAsked}: the assessment's hypothesis id is the hypothesis's;
 *   <li>{@link #probabilityIsInUnitInterval}, {@link #estimateLiesInItsInterval},
 *       {@link #expectedAdditionalSampleOnlyWhenInconclusive}: the bounds of an assessment (its factory checks them
 *       too, so a strategy that breaks them fails with the factory's exception);
 *   <li>{@link #estimateIsAValueOfTheMetric}: a rate's estimate lies in [0, 1], a count's is at least 0;
 *   <li>{@link #sampleSizeCountsOnlyTheHypothesisEvidence}: the sample size is at most the hypothesis's own trials
 *       (measurements for a mean): a strategy reads only the hypothesis's evidence;
 *   <li>{@link #noEvidenceIsInconclusive}: without evidence for the hypothesis the verdict is inconclusive, whatever
 *       else the log holds;
 *   <li>{@link #isThreadSafe}: assessing one case from several threads at once gives the same assessment (a best
 *       effort: it can catch a race, not prove there is none);
 * </ul>
 *
 * and, only when the strategy declares itself {@link ScoringStrategy#isExchangeable() exchangeable} (otherwise
 * they are reported as skipped):
 *
 * <ul>
 *   <li>{@link #exchangeableIgnoresOrder}: shuffling the log gives an equal assessment (for a mean hypothesis, equal
 *       up to {@link #tolerance()} in its figures, because running moments depend on the order in their last bits;
 *       a mean within that tolerance of its threshold may fall either side of it, so such a case is not compared);
 *   <li>{@link #exchangeableNeverLowersProbabilityOnFavourableEvidence} and
 *       {@link #exchangeableNeverRaisesProbabilityOnUnfavourableEvidence}: for a proportion hypothesis, one more
 *       trial that counts (of at least the criterion's minimum strength) never lowers {@link Assessment#probability()}
 *       when it favours the criterion (a success for {@code AT_LEAST}, a failure for {@code AT_MOST}), and never
 *       raises it when it goes against it; up to {@link #tolerance()}.
 * </ul>
 *
 * <p><b>Tries.</b> Each property runs 100 tries by default, so that the contract stays cheap in a build. To check
 * harder, annotate the implementing class with {@code @PropertyDefaults(tries = 1000)} (it takes precedence over
 * this interface's), or override one property and annotate the override. A failing property reports its shrunk
 * {@link ScoringCase}, usually a hypothesis with one or two items of evidence.
 *
 * <h2>Specification for implementors</h2>
 *
 * An implementing class is a jqwik test container: it needs a public or package-private no-argument constructor, and
 * {@link #strategy()} must return the strategy under test on every call (the same instance or an equal one). Leave
 * the properties as they are; to annotate one differently (more tries, a fixed seed), override it with the same
 * {@code @ForAll} parameters and the new annotations, and call the interface's version
 * ({@code ScoringStrategyContract.super.isDeterministic(scoringCase)}).
 *
 * <p><b>Equality (opt in).</b> A strategy must be equal to one built alike (with an equal hash code), as
 * {@link ScoringStrategy} specifies: a gate's criteria compare their strategies with {@code equals}, so two gates
 * built with {@code new MyRule()} give unequal decisions unless {@code MyRule} implements {@code equals} and
 * {@code hashCode} over its configuration (a record does) or is one shared instance. The built-in strategies of
 * {@link io.github.custdev.scoring.Scoring} are equal when built alike. The contract checks equality only when the
 * test class opts in by overriding {@link #comparedForEquality()} with strategies built otherwise (another
 * threshold, another prior): a strategy that is never put in a gate needs no {@code equals}, and a contract that
 * failed every {@code new MyRule()} without one would fail strategies that are correct where they are used. Opted in,
 * two more properties run (otherwise they are reported as skipped):
 *
 * <ul>
 *   <li>{@link #isEqualWhenBuiltAlike}: two calls of {@link #strategy()} give equal strategies with equal hash
 *       codes;
 *   <li>{@link #equalStrategiesAssessAlike}: equality is symmetric, and a strategy of {@link #comparedForEquality()}
 *       that equals {@link #strategy()} has its hash code and gives it equal assessments; so an {@code equals} that
 *       ignores part of the configuration (a threshold) is caught where that part changes an assessment.
 * </ul>
 *
 * The contract's messages, where two assessments differ, name each differing field and both values (four
 * significant digits), never only two identical class names.
 *
 * <p><b>Narrowing the input.</b> Override {@link #scoringCases()}, {@link #casesWithoutEvidence()} or
 * {@link #proportionCases()} to generate other cases, for example only proportion hypotheses for a strategy that
 * answers every other metric with an inconclusive verdict. The contract then checks less: prefer to widen a
 * strategy rather than narrow its contract.
 */
@API(status = STABLE, since = "0.1.0")
@PropertyDefaults(tries = 100)
public interface ScoringStrategyContract {

    /**
     * The strategy under test. Called once per try; may return the same instance every time.
     *
     * @return the strategy
     */
    ScoringStrategy strategy();

    /**
     * Strategies built otherwise than {@link #strategy()} (another threshold, prior or segment), against which the
     * equality properties compare it; overriding this method opts in to them. A strategy here may equal
     * {@code strategy()} only if it assesses every case alike.
     *
     * <pre>{@code
     * @Override
     * public List<ScoringStrategy> comparedForEquality() {
     *     return List.of(new ThresholdRule(0.7), new ThresholdRule(0.5, Strength.PAID));
     * }
     * }</pre>
     *
     * @return the strategies; empty unless overridden, which skips {@link #isEqualWhenBuiltAlike} and
     *     {@link #equalStrategiesAssessAlike}
     */
    default List<ScoringStrategy> comparedForEquality() {
        return List.of();
    }

    /**
     * The relative tolerance of the order and monotonicity properties: two figures {@code a} and {@code b} agree when
     * {@code |a - b| <= tolerance * max(1, |a|, |b|)}.
     *
     * @return the tolerance; {@code 1e-9} unless overridden
     */
    default double tolerance() {
        return 1e-9;
    }

    /**
     * The cases most properties are checked on.
     *
     * @return {@link CustDevArbitraries#scoringCases()}
     */
    @Provide
    default Arbitrary<ScoringCase> scoringCases() {
        return CustDevArbitraries.scoringCases();
    }

    /**
     * The cases {@link #noEvidenceIsInconclusive} is checked on: no evidence for the hypothesis, and other
     * hypotheses' evidence or none.
     *
     * @return scoring cases of size 0
     */
    @Provide
    default Arbitrary<ScoringCase> casesWithoutEvidence() {
        return CustDevArbitraries.scoringCases().ofSize(0, 0);
    }

    /**
     * The cases the monotonicity properties are checked on: proportion hypotheses.
     *
     * @return scoring cases of proportion hypotheses
     */
    @Provide
    default Arbitrary<ScoringCase> proportionCases() {
        return CustDevArbitraries.scoringCases().withMetric(Metric.PROPORTION);
    }

    /**
     * Every valid hypothesis and log get an assessment: the strategy neither throws nor returns {@code null}.
     *
     * @param scoringCase the case
     */
    @Property
    default void neverThrowsOnValidInput(@ForAll("scoringCases") ScoringCase scoringCase) {
        ContractChecks.assess(strategy(), scoringCase);
    }

    /**
     * The same hypothesis and log, asked twice, and the same hypothesis with an equal log built anew, give equal
     * assessments.
     *
     * @param scoringCase the case
     */
    @Property
    default void isDeterministic(@ForAll("scoringCases") ScoringCase scoringCase) {
        ScoringStrategy strategy = strategy();
        Assessment first = ContractChecks.assess(strategy, scoringCase);
        Assessment again = ContractChecks.assess(strategy, scoringCase);
        EvidenceLog log = scoringCase.log();
        Assessment rebuilt = ContractChecks.assess(
                strategy, scoringCase.withLog(EvidenceLog.ofAll(log.evidence()).withWeights(log.weights())));
        ContractChecks.that(
                first.equals(again),
                "assessing the same case twice must give equal assessments, but they differ in "
                        + ContractChecks.difference(first, again),
                ContractChecks.NO_VALUE);
        ContractChecks.that(
                first.equals(rebuilt),
                "assessing an equal log must give an equal assessment, but they differ in "
                        + ContractChecks.difference(first, rebuilt),
                ContractChecks.NO_VALUE);
    }

    /**
     * The assessment is about the hypothesis asked.
     *
     * @param scoringCase the case
     */
    @Property
    default void assessesTheHypothesisAsked(@ForAll("scoringCases") ScoringCase scoringCase) {
        Assessment assessment = ContractChecks.assess(strategy(), scoringCase);
        HypothesisId asked = scoringCase.hypothesis().id();
        ContractChecks.that(
                assessment.hypothesisId().equals(asked),
                "hypothesisId must be the id of the hypothesis asked (" + asked + ")",
                assessment.hypothesisId());
    }

    /**
     * The probability lies in [0, 1].
     *
     * @param scoringCase the case
     */
    @Property
    default void probabilityIsInUnitInterval(@ForAll("scoringCases") ScoringCase scoringCase) {
        double probability = ContractChecks.assess(strategy(), scoringCase).probability();
        ContractChecks.that(probability >= 0.0 && probability <= 1.0, "probability must be in [0, 1]", probability);
    }

    /**
     * The estimate is finite and lies in its interval.
     *
     * @param scoringCase the case
     */
    @Property
    default void estimateLiesInItsInterval(@ForAll("scoringCases") ScoringCase scoringCase) {
        Assessment assessment = ContractChecks.assess(strategy(), scoringCase);
        double estimate = assessment.estimate();
        ContractChecks.that(Double.isFinite(estimate), "estimate must be finite", estimate);
        ContractChecks.that(
                assessment.interval().contains(estimate),
                "estimate must lie in the interval " + assessment.interval(),
                estimate);
    }

    /**
     * The estimate is a value of the criterion's metric: a rate lies in [0, 1], a count is at least 0.
     *
     * @param scoringCase the case
     */
    @Property
    default void estimateIsAValueOfTheMetric(@ForAll("scoringCases") ScoringCase scoringCase) {
        double estimate = ContractChecks.assess(strategy(), scoringCase).estimate();
        Metric metric = scoringCase.hypothesis().criterion().metric();
        if (metric == Metric.PROPORTION) {
            ContractChecks.that(
                    estimate >= 0.0 && estimate <= 1.0, "estimate of a proportion must be in [0, 1]", estimate);
        } else if (metric == Metric.COUNT) {
            ContractChecks.that(estimate >= 0.0, "estimate of a count must be >= 0", estimate);
        }
    }

    /**
     * The sample size counts only the hypothesis's own evidence that its criterion lets count: at most its trials (its
     * measurements, for a mean) of at least the criterion's minimum strength.
     *
     * @param scoringCase the case
     */
    @Property
    default void sampleSizeCountsOnlyTheHypothesisEvidence(@ForAll("scoringCases") ScoringCase scoringCase) {
        long sampleSize = ContractChecks.assess(strategy(), scoringCase).sampleSize();
        boolean mean = scoringCase.hypothesis().criterion().metric() == Metric.MEAN;
        long available = ContractChecks.countable(scoringCase);
        ContractChecks.that(
                sampleSize >= 0 && sampleSize <= available,
                "sampleSize must be in [0, " + available + "], the hypothesis's own "
                        + (mean ? "measurements" : "trials") + " of the strength its criterion ("
                        + scoringCase.hypothesis().criterion() + ") lets count",
                sampleSize);
    }

    /**
     * Only an inconclusive assessment may say how much more evidence it expects to need.
     *
     * @param scoringCase the case
     */
    @Property
    default void expectedAdditionalSampleOnlyWhenInconclusive(@ForAll("scoringCases") ScoringCase scoringCase) {
        Assessment assessment = ContractChecks.assess(strategy(), scoringCase);
        assessment.expectedAdditionalSample().forEach(more -> {
            ContractChecks.that(
                    assessment.verdict() == Verdict.INCONCLUSIVE,
                    "expectedAdditionalSample must be absent when the verdict is " + assessment.verdict(),
                    more);
            ContractChecks.that(more >= 0, "expectedAdditionalSample must be >= 0", more);
        });
    }

    /**
     * Without evidence for the hypothesis the verdict is inconclusive, however much evidence for other hypotheses the
     * log holds.
     *
     * @param scoringCase a case without evidence for its hypothesis
     */
    @Property
    default void noEvidenceIsInconclusive(@ForAll("casesWithoutEvidence") ScoringCase scoringCase) {
        Assessment assessment = ContractChecks.assess(strategy(), scoringCase);
        ContractChecks.that(
                assessment.verdict() == Verdict.INCONCLUSIVE,
                "verdict must be INCONCLUSIVE without evidence for the hypothesis",
                assessment.verdict());
    }

    /**
     * A decided verdict agrees with the direction of its probability: {@code SUPPORTED} comes with a probability of
     * at least 1/2 that the criterion holds, {@code REFUTED} with at most 1/2. Catches a verdict turned the wrong way
     * for one comparison while the probability is right.
     *
     * @param scoringCase the case
     */
    @Property
    default void verdictFollowsItsProbability(@ForAll("scoringCases") ScoringCase scoringCase) {
        ContractChecks.verdictFollowsProbability(ContractChecks.assess(strategy(), scoringCase), scoringCase);
    }

    /**
     * A decided verdict ({@code SUPPORTED} or {@code REFUTED}) only once the sample reaches the criterion's minimum:
     * both the assessment's {@link Assessment#sampleSize()} and the hypothesis's trials (measurements, for a mean) of
     * at least the criterion's minimum strength.
     *
     * @param scoringCase the case
     */
    @Property
    default void decidesOnlyOnTheMinimumSample(@ForAll("scoringCases") ScoringCase scoringCase) {
        ContractChecks.decidesOnlyOnTheMinimumSample(ContractChecks.assess(strategy(), scoringCase), scoringCase);
    }

    /**
     * Only evidence of at least the criterion's minimum strength counts: for a proportion hypothesis, one more item
     * weaker than that (a statement for a criterion of {@code DID} or stronger, a behaviour for {@code PAID}) leaves
     * the verdict, probability, estimate and sample size as they were. A criterion that counts every strength is
     * checked as one of {@code DID} or stronger. Holds for every strategy, exchangeable or not.
     *
     * @param scoringCase a case of a proportion hypothesis
     * @param favourable whether the weaker item favours the criterion
     */
    @Property
    default void ignoresEvidenceWeakerThanTheCriterion(
            @ForAll("proportionCases") ScoringCase scoringCase, @ForAll boolean favourable) {
        ContractChecks.ignoresWeakerEvidence(strategy(), scoringCase, favourable, tolerance());
    }

    /**
     * The threshold matters: where the strategy decides a proportion hypothesis, moving the threshold past the
     * estimate changes the verdict. A {@code SUPPORTED} verdict must not stay when the threshold moves to the end of
     * [0, 1] the estimate misses ({@code proportion >= 1} for an estimate below 1, {@code proportion <= 0} above 0);
     * a {@code REFUTED} verdict must not stay when it moves to the end every rate meets. A strategy that answers a
     * metric it does not judge with an inconclusive verdict is not checked on it.
     *
     * @param scoringCase a case of a proportion hypothesis
     */
    @Property
    default void thresholdMatters(@ForAll("proportionCases") ScoringCase scoringCase) {
        ContractChecks.thresholdMatters(strategy(), scoringCase);
    }

    /**
     * One case assessed from several threads at once gives the assessment it gives from one.
     *
     * @param scoringCase the case
     * @throws InterruptedException if the test is interrupted
     */
    @Property
    default void isThreadSafe(@ForAll("scoringCases") ScoringCase scoringCase) throws InterruptedException {
        ScoringStrategy strategy = strategy();
        Assessment alone = ContractChecks.assess(strategy, scoringCase);
        List<Future<Assessment>> together = new ArrayList<>();
        for (int i = 0; i < ContractChecks.THREADS; i++) {
            together.add(ContractChecks.submit(() -> ContractChecks.assess(strategy, scoringCase)));
        }
        for (Future<Assessment> future : together) {
            Assessment concurrent = ContractChecks.await(future);
            ContractChecks.that(
                    alone.equals(concurrent),
                    "assessing from several threads at once must give the assessment of one thread, but they differ"
                            + " in " + ContractChecks.difference(alone, concurrent),
                    ContractChecks.NO_VALUE);
        }
    }

    /**
     * Opted in ({@link #comparedForEquality()}): two strategies built alike are equal and have equal hash codes, so
     * that two gates built alike give equal decisions.
     */
    @Example
    @AddLifecycleHook(EqualityOptedIn.class)
    default void isEqualWhenBuiltAlike() {
        ScoringStrategy first = strategy();
        ScoringStrategy again = strategy();
        ContractChecks.that(
                first.equals(again),
                "two strategies built alike must be equal (a gate compares its criteria's strategies with equals), but "
                        + first + " does not equal " + again,
                ContractChecks.NO_VALUE);
        ContractChecks.that(
                first.hashCode() == again.hashCode(),
                "two equal strategies must have equal hash codes, but " + first + " has " + first.hashCode() + " and "
                        + again + " has " + again.hashCode(),
                ContractChecks.NO_VALUE);
    }

    /**
     * Opted in ({@link #comparedForEquality()}): equality with each strategy compared is symmetric, and one that
     * equals {@link #strategy()} has its hash code and assesses the case alike.
     *
     * @param scoringCase the case
     */
    @Property
    @AddLifecycleHook(EqualityOptedIn.class)
    default void equalStrategiesAssessAlike(@ForAll("scoringCases") ScoringCase scoringCase) {
        ScoringStrategy strategy = strategy();
        for (ScoringStrategy other : comparedForEquality()) {
            boolean equal = strategy.equals(other);
            ContractChecks.that(
                    equal == other.equals(strategy),
                    "equality must be symmetric, but " + strategy + (equal ? " equals " : " does not equal ") + other
                            + " and " + other + (equal ? " does not equal " : " equals ") + strategy,
                    ContractChecks.NO_VALUE);
            if (!equal) {
                continue;
            }
            ContractChecks.that(
                    strategy.hashCode() == other.hashCode(),
                    "two equal strategies must have equal hash codes, but " + strategy + " has " + strategy.hashCode()
                            + " and " + other + " has " + other.hashCode(),
                    ContractChecks.NO_VALUE);
            Assessment mine = ContractChecks.assess(strategy, scoringCase);
            Assessment theirs = ContractChecks.assess(other, scoringCase);
            ContractChecks.that(
                    mine.equals(theirs),
                    "equal strategies must assess alike, but " + strategy + " equals " + other
                            + " and their assessments differ in " + ContractChecks.difference(mine, theirs),
                    ContractChecks.NO_VALUE);
        }
    }

    /**
     * For an exchangeable strategy, the order of the evidence never changes the assessment: neither reversed, nor
     * rotated by one (the first item recorded last), nor shuffled.
     *
     * @param scoringCase the case
     * @param shuffleSeed the seed of the shuffle
     */
    @Property
    @AddLifecycleHook(ExchangeableOnly.class)
    default void exchangeableIgnoresOrder(@ForAll("scoringCases") ScoringCase scoringCase, @ForAll long shuffleSeed) {
        ScoringStrategy strategy = strategy();
        Assessment inOrder = ContractChecks.assess(strategy, scoringCase);
        boolean mean = scoringCase.hypothesis().criterion().metric() == Metric.MEAN;
        // a mean within rounding of its threshold may fall on either side of it in another order, and so may the
        // verdict: such a case says nothing about the strategy
        boolean onTheEdge = mean
                && ContractChecks.close(
                        inOrder.estimate(), scoringCase.hypothesis().criterion().threshold(), tolerance());
        for (ContractChecks.Reordering reordering : ContractChecks.reorderings(scoringCase, shuffleSeed)) {
            Assessment reordered = ContractChecks.assess(strategy, reordering.reordered());
            boolean same = mean
                    ? onTheEdge || ContractChecks.close(inOrder, reordered, tolerance())
                    : inOrder.equals(reordered);
            ContractChecks.that(
                    same,
                    "an exchangeable strategy must give an equal assessment of the evidence " + reordering.name() + " "
                            + reordering.reordered().log().evidence().mkString("[", ", ", "]")
                            + ", but they differ in " + ContractChecks.difference(inOrder, reordered),
                    ContractChecks.NO_VALUE);
        }
    }

    /**
     * For an exchangeable strategy and a proportion hypothesis, one more trial in favour of the criterion never
     * lowers the probability.
     *
     * @param scoringCase a case of a proportion hypothesis
     * @param strength the strength of the added trial, raised to the criterion's minimum strength if weaker
     */
    @Property
    @AddLifecycleHook(ExchangeableOnly.class)
    default void exchangeableNeverLowersProbabilityOnFavourableEvidence(
            @ForAll("proportionCases") ScoringCase scoringCase, @ForAll Strength strength) {
        ContractChecks.monotone(strategy(), scoringCase, strength, true, tolerance());
    }

    /**
     * For an exchangeable strategy and a proportion hypothesis, one more trial against the criterion never raises
     * the probability.
     *
     * @param scoringCase a case of a proportion hypothesis
     * @param strength the strength of the added trial, raised to the criterion's minimum strength if weaker
     */
    @Property
    @AddLifecycleHook(ExchangeableOnly.class)
    default void exchangeableNeverRaisesProbabilityOnUnfavourableEvidence(
            @ForAll("proportionCases") ScoringCase scoringCase, @ForAll Strength strength) {
        ContractChecks.monotone(strategy(), scoringCase, strength, false, tolerance());
    }

    /**
     * Skips a property of this contract unless the test class opts in to the equality properties by overriding
     * {@link #comparedForEquality()}. jqwik creates it from the contract's annotations; there is no need to use it
     * directly. Immutable and thread-safe.
     */
    final class EqualityOptedIn implements SkipExecutionHook {

        /** Creates the hook; jqwik calls this. */
        public EqualityOptedIn() {}

        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            if (context instanceof PropertyLifecycleContext propertyLifecycleContext
                    && propertyLifecycleContext.testInstance() instanceof ScoringStrategyContract contract
                    && contract.comparedForEquality().isEmpty()) {
                return SkipResult.skip("the test class compares no strategies for equality"
                        + " (override comparedForEquality() to opt in)");
            }
            return SkipResult.doNotSkip();
        }
    }

    /**
     * Skips a property of this contract unless the strategy under test declares itself exchangeable. jqwik creates
     * it from the contract's annotations; there is no need to use it directly. Immutable and thread-safe.
     */
    final class ExchangeableOnly implements SkipExecutionHook {

        /** Creates the hook; jqwik calls this. */
        public ExchangeableOnly() {}

        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            if (context instanceof PropertyLifecycleContext propertyLifecycleContext) {
                Object instance = propertyLifecycleContext.testInstance();
                if (instance instanceof ScoringStrategyContract scoringStrategyContract
                        && !scoringStrategyContract.strategy().isExchangeable()) {
                    return SkipResult.skip("the strategy does not declare itself exchangeable");
                }
            }
            return SkipResult.doNotSkip();
        }
    }
}
