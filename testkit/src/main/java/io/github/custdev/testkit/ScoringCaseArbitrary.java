package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.simulation.journey.Draw;
import io.github.custdev.simulation.journey.EvidenceRecipe;
import io.github.custdev.testkit.internal.Draws;
import io.github.custdev.testkit.internal.Generators;
import io.github.custdev.testkit.internal.TruthSample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Generates scoring cases: a hypothesis and a log holding its evidence among other hypotheses' evidence, the input
 * on which {@link ScoringStrategyContract} checks a strategy.
 *
 * <p>By default the hypothesis is any hypothesis ({@link CustDevArbitraries#hypotheses()}) with 0 to 30 items of its
 * own evidence: mostly of the kinds that measure its metric, now and then of any kind (a statement about a mean
 * hypothesis is valid evidence that a strategy must tolerate). Up to two other hypotheses, with unique ids, add up to
 * ten items between them, interleaved with the hypothesis's own; the log's weights are equal or, now and then, any.
 * Shrinks towards a case with no other hypotheses and a single item of evidence, or none.
 *
 * <p><b>Known truth.</b> {@link #withTrueRate(double)}, {@link #withTrueMean(double, double)} and
 * {@link #withTrueDistribution(ContinuousDistribution)} draw the hypothesis's own evidence from a known truth, as
 * {@link EvidenceArbitrary#withTrueRate} does: every item of the kinds its criterion counts, each trial a success with
 * the true rate, each measurement a draw from the distribution. A true rate narrows the hypotheses to the metrics a
 * rate describes ({@code PROPORTION}, {@code COUNT}, {@code VERY_DISAPPOINTED}), a distribution to {@code MEAN}; the
 * other hypotheses' evidence stays arbitrary. Such a case shrinks without contradicting its truth: it removes items
 * first (the other hypotheses' freely, the hypothesis's own only while its successes {@code k} over its trials
 * {@code t} stay the drawn share of {@code t} rounded, {@code |k - share * t| <= 1/2}, and never below the minimum
 * size), then simplifies the hypothesis, the other hypotheses and the weights, then single items, never moving a
 * drawn outcome or measurement. A case drawn at 0.95 with 57 successes of 60 shrinks to 19 of 20, or 1 of 1, never
 * to 18 of 60. Without a truth option, cases are generated exactly as before.
 *
 * <pre>{@code
 * @Property
 * void supportsWhatIsTrue(@ForAll("atNinetyFive") ScoringCase scoringCase) { ... }
 *
 * @Provide
 * Arbitrary<ScoringCase> atNinetyFive() {
 *     return CustDevArbitraries.scoringCases().withMetric(Metric.PROPORTION).withTrueRate(0.95).ofSize(20, 30);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class ScoringCaseArbitrary extends ArbitraryDecorator<ScoringCase> {
    private static final int DEFAULT_MAX_SIZE = 30;
    private static final int MAX_OTHER_ITEMS = 10;

    /** The index of the recipe of the hypothesis's own evidence; those of the other hypotheses follow it. */
    private static final int OWN = 0;

    private static final Set<Metric> RATE_METRICS =
            EnumSet.of(Metric.PROPORTION, Metric.COUNT, Metric.VERY_DISAPPOINTED);
    private static final Set<Metric> MEAN_METRICS = EnumSet.of(Metric.MEAN);

    /** A mean hypothesis on which a true distribution is checked when it is given, before any case is generated. */
    private static final Hypothesis MEAN_PROBE = Hypothesis.of(
            HypothesisId.of("probe"),
            "Probes a true distribution",
            BusinessModelArea.REVENUE,
            Phase.CUSTOMER_VALIDATION,
            SuccessCriterion.meanAtLeast(0.0, "units", 1));

    private final Arbitrary<Hypothesis> hypotheses;

    /** The metrics of the kit's own hypotheses, or null for hypotheses the caller gave. */
    private final @Nullable Set<Metric> metrics;

    private final int minSize;
    private final int maxSize;
    private final Arbitrary<StrengthWeights> weights;
    private final @Nullable Double trueRate;
    private final @Nullable ContinuousDistribution trueDistribution;

    private ScoringCaseArbitrary(
            Arbitrary<Hypothesis> hypotheses,
            @Nullable Set<Metric> metrics,
            int minSize,
            int maxSize,
            Arbitrary<StrengthWeights> weights,
            @Nullable Double trueRate,
            @Nullable ContinuousDistribution trueDistribution) {
        this.hypotheses = hypotheses;
        this.metrics = metrics;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.weights = weights;
        this.trueRate = trueRate;
        this.trueDistribution = trueDistribution;
    }

    static ScoringCaseArbitrary any() {
        return new ScoringCaseArbitrary(
                CustDevArbitraries.hypotheses(),
                EnumSet.allOf(Metric.class),
                0,
                DEFAULT_MAX_SIZE,
                Generators.weights(),
                null,
                null);
    }

    /**
     * Cases whose hypothesis's criterion measures one of the given metrics. With a known truth, only the metrics it
     * fits are kept.
     *
     * @param metrics the metrics, at least one
     * @return the configured copy
     * @throws InvalidValueException if no metric is given, or none of them fits the known truth
     */
    public ScoringCaseArbitrary withMetric(Metric... metrics) {
        HypothesisArbitrary.nonEmpty(metrics, "metrics");
        Set<Metric> chosen = EnumSet.noneOf(Metric.class);
        for (int i = 0; i < metrics.length; i++) {
            chosen.add(HypothesisArbitrary.notNull(metrics[i], "metrics[" + i + "]"));
        }
        return withMetrics(chosen);
    }

    /**
     * Cases about hypotheses from the given arbitrary, such as {@code CustDevArbitraries.hypotheses().inPhase(...)}.
     * With a known truth, every hypothesis must have a metric it fits (a generated one that does not fails with an
     * {@link InvalidValueException} naming it).
     *
     * @param hypotheses the hypotheses to assess
     * @return the configured copy
     */
    public ScoringCaseArbitrary withHypotheses(Arbitrary<Hypothesis> hypotheses) {
        return new ScoringCaseArbitrary(
                HypothesisArbitrary.notNull(hypotheses, "hypotheses"),
                null,
                minSize,
                maxSize,
                weights,
                trueRate,
                trueDistribution);
    }

    /**
     * Cases whose hypothesis's own evidence is drawn with a true rate: each trial succeeds independently with the
     * given probability ({@link EvidenceArbitrary#withTrueRate}). Keeps only the metrics a rate describes:
     * {@code PROPORTION}, {@code COUNT} and {@code VERY_DISAPPOINTED}. Replaces a true distribution.
     *
     * @param rate the true rate, in [0, 1]
     * @return the configured copy
     * @throws InvalidValueException if the rate is outside [0, 1], or the cases' metrics hold none a rate describes
     */
    public ScoringCaseArbitrary withTrueRate(double rate) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw InvalidValueException.of("trueRate", "must be in [0, 1]", rate);
        }
        return new ScoringCaseArbitrary(hypotheses, metrics, minSize, maxSize, weights, rate, null).narrowed();
    }

    /**
     * Cases whose hypothesis's own measurements are drawn from a normal distribution with the given mean and standard
     * deviation ({@link EvidenceArbitrary#withTrueMean}). Keeps only mean hypotheses. Replaces a true rate.
     *
     * @param mean the true mean, finite
     * @param standardDeviation the standard deviation, finite and &gt; 0
     * @return the configured copy
     * @throws InvalidValueException if a parameter breaks its rule, the draws could exceed
     *     {@link io.github.custdev.Measurement#MAXIMUM_MAGNITUDE} in magnitude, or the cases' metrics do not hold
     *     {@code MEAN}
     */
    public ScoringCaseArbitrary withTrueMean(double mean, double standardDeviation) {
        if (!Double.isFinite(mean)) {
            throw InvalidValueException.of("trueMean", "must be finite", mean);
        }
        if (!(standardDeviation > 0.0 && standardDeviation < Double.POSITIVE_INFINITY)) {
            throw InvalidValueException.of("standardDeviation", "must be finite and > 0", standardDeviation);
        }
        return withTrueDistribution(NormalDistribution.of(mean, standardDeviation));
    }

    /**
     * Cases whose hypothesis's own measurements are drawn from the given distribution
     * ({@link EvidenceArbitrary#withTrueDistribution}). Keeps only mean hypotheses. Replaces a true rate.
     *
     * @param distribution the true distribution of the measured values
     * @return the configured copy
     * @throws InvalidValueException if the distribution's quantiles at the extreme draws exceed
     *     {@link io.github.custdev.Measurement#MAXIMUM_MAGNITUDE} in magnitude, or the cases' metrics do not hold
     *     {@code MEAN}
     */
    public ScoringCaseArbitrary withTrueDistribution(ContinuousDistribution distribution) {
        // checked now, on a mean hypothesis, rather than on the first generated case
        EvidenceRecipe.of(MEAN_PROBE).withTrueDistribution(HypothesisArbitrary.notNull(distribution, "distribution"));
        return new ScoringCaseArbitrary(hypotheses, metrics, minSize, maxSize, weights, null, distribution).narrowed();
    }

    private ScoringCaseArbitrary withMetrics(Set<Metric> chosen) {
        return new ScoringCaseArbitrary(
                        CustDevArbitraries.hypotheses().withMetric(chosen.toArray(new Metric[0])),
                        chosen,
                        minSize,
                        maxSize,
                        weights,
                        trueRate,
                        trueDistribution)
                .narrowed();
    }

    /** This configuration with only the metrics its truth fits, if it has a truth and knows its metrics. */
    private ScoringCaseArbitrary narrowed() {
        if (metrics == null || (trueRate == null && trueDistribution == null)) {
            return this;
        }
        Set<Metric> fitting = EnumSet.copyOf(trueRate != null ? RATE_METRICS : MEAN_METRICS);
        fitting.retainAll(metrics);
        if (fitting.isEmpty()) {
            throw InvalidValueException.of(
                    "metrics",
                    trueRate != null
                            ? "must include PROPORTION, COUNT or VERY_DISAPPOINTED for a true rate"
                            : "must include MEAN for a true distribution",
                    List.copyOf(metrics));
        }
        if (fitting.equals(metrics)) {
            return this;
        }
        return new ScoringCaseArbitrary(
                CustDevArbitraries.hypotheses().withMetric(fitting.toArray(new Metric[0])),
                fitting,
                minSize,
                maxSize,
                weights,
                trueRate,
                trueDistribution);
    }

    /**
     * Cases with the given number of items of the hypothesis's own evidence; {@code ofSize(0, 0)} gives cases with
     * no evidence for the hypothesis (the log may still hold other hypotheses' evidence).
     *
     * @param min the fewest items, at least 0
     * @param max the most items, at least {@code min}
     * @return the configured copy
     * @throws InvalidValueException if the range is empty or starts below 0
     */
    public ScoringCaseArbitrary ofSize(int min, int max) {
        if (min < 0) {
            throw InvalidValueException.of("minSize", "must be >= 0", min);
        }
        if (max < min) {
            throw InvalidValueException.of("maxSize", "must be >= minSize (" + min + ")", max);
        }
        return new ScoringCaseArbitrary(hypotheses, metrics, min, max, weights, trueRate, trueDistribution);
    }

    /**
     * Cases whose logs have the given weights.
     *
     * @param weights the weights
     * @return the configured copy
     */
    public ScoringCaseArbitrary withWeights(StrengthWeights weights) {
        return new ScoringCaseArbitrary(
                hypotheses,
                metrics,
                minSize,
                maxSize,
                Arbitraries.just(HypothesisArbitrary.notNull(weights, "weights")),
                trueRate,
                trueDistribution);
    }

    /**
     * The edge cases, at most {@value Generators#MAX_EDGE_CASES}: enough for the telling ones (the smallest values,
     * an empty log), few enough that the edge cases of a property's parameters together stay below its tries.
     *
     * @param maxEdgeCases the most edge cases jqwik asks for
     * @return the edge cases
     */
    @Override
    public EdgeCases<ScoringCase> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, Generators.MAX_EDGE_CASES));
    }

    @Override
    protected Arbitrary<ScoringCase> arbitrary() {
        if (trueRate != null || trueDistribution != null) {
            return truthAwareCases();
        }
        Arbitrary<List<Hypothesis>> others =
                CustDevArbitraries.hypotheses().list().ofMaxSize(2).uniqueElements(Hypothesis::id);
        Arbitrary<Draw> draws = Draws.anyDraws(1, 100);
        Arbitrary<Boolean> anyKind = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
        Arbitrary<List<Tuple.Tuple2<Boolean, Draw>>> own = Combinators.combine(anyKind, draws)
                .as(Tuple::of)
                .list()
                .ofMinSize(minSize)
                .ofMaxSize(maxSize);
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, Draw>>> inserted = Combinators.combine(
                        Arbitraries.integers().between(0, DEFAULT_MAX_SIZE),
                        Arbitraries.integers().between(0, 1),
                        draws)
                .as(Tuple::of)
                .list()
                .ofMaxSize(MAX_OTHER_ITEMS);
        return Combinators.combine(hypotheses, others, own, inserted, weights).as(ScoringCaseArbitrary::build);
    }

    private static ScoringCase build(
            Hypothesis hypothesis,
            List<Hypothesis> others,
            List<Tuple.Tuple2<Boolean, Draw>> own,
            List<Tuple.Tuple3<Integer, Integer, Draw>> inserted,
            StrengthWeights weights) {
        EvidenceRecipe recipe = EvidenceRecipe.of(hypothesis);
        EvidenceRecipe anyKind = recipe.withKinds(EvidenceRecipe.KINDS);
        List<Evidence> recorded = new ArrayList<>();
        own.forEach(item -> recorded.add((item.get1() ? anyKind : recipe).build(item.get2())));
        List<EvidenceRecipe> otherRecipes = new ArrayList<>();
        others.forEach(other -> {
            if (!other.id().equals(hypothesis.id())) {
                otherRecipes.add(EvidenceRecipe.of(other));
            }
        });
        if (!otherRecipes.isEmpty()) {
            inserted.forEach(item -> recorded.add(
                    item.get1() % (recorded.size() + 1),
                    otherRecipes.get(item.get2() % otherRecipes.size()).build(item.get3())));
        }
        return ScoringCase.of(hypothesis, EvidenceLog.ofAll(recorded).withWeights(weights));
    }

    /**
     * Cases with a known truth, as a {@link TruthSample}: the head is the hypothesis, the other hypotheses and the
     * weights; the items are the hypothesis's own draws (recipe {@value #OWN}) and the other hypotheses' draws (recipes
     * 1 and 2) interleaved as the default cases interleave them. No {@code flatMap}: its shrinking regenerates values.
     */
    private Arbitrary<ScoringCase> truthAwareCases() {
        Arbitrary<List<Hypothesis>> others =
                CustDevArbitraries.hypotheses().list().ofMaxSize(2).uniqueElements(Hypothesis::id);
        Arbitrary<Tuple.Tuple3<Hypothesis, List<Hypothesis>, StrengthWeights>> heads =
                Combinators.combine(hypotheses, others, weights).as(Tuple::of);
        Arbitrary<Integer> sizes = Arbitraries.integers().between(minSize, maxSize);
        Arbitrary<Draw> ownDraws = Draws.heldTruthDraws(1, 100);
        Arbitrary<Integer> otherSizes = Arbitraries.integers().between(0, MAX_OTHER_ITEMS);
        Arbitrary<Tuple.Tuple2<Integer, Integer>> placements = Combinators.combine(
                        Arbitraries.integers().between(0, DEFAULT_MAX_SIZE),
                        Arbitraries.integers().between(0, 1))
                .as(Tuple::of);
        Arbitrary<Draw> otherDraws = Draws.anyDraws(1, 100);
        return TruthSample.arbitrary(
                new CaseModel(trueRate, trueDistribution),
                heads,
                genSize -> {
                    RandomGenerator<Integer> sizeGenerator = sizes.generator(genSize);
                    RandomGenerator<Draw> ownGenerator = ownDraws.generator(genSize);
                    RandomGenerator<Integer> otherSizeGenerator = otherSizes.generator(genSize);
                    RandomGenerator<Tuple.Tuple2<Integer, Integer>> placementGenerator = placements.generator(genSize);
                    RandomGenerator<Draw> otherGenerator = otherDraws.generator(genSize);
                    return random -> {
                        int size = sizeGenerator.next(random).value();
                        List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> items = new ArrayList<>();
                        for (int i = 0; i < size; i++) {
                            items.add(ownGenerator.next(random).map(draw -> Tuple.of(OWN, draw)));
                        }
                        int otherSize = otherSizeGenerator.next(random).value();
                        for (int i = 0; i < otherSize; i++) {
                            Tuple.Tuple2<Integer, Integer> placement =
                                    placementGenerator.next(random).value();
                            int recipe = OWN + 1 + placement.get2();
                            items.add(
                                    placement.get1() % (items.size() + 1),
                                    otherGenerator.next(random).map(draw -> Tuple.of(recipe, draw)));
                        }
                        return items;
                    };
                },
                minSize);
    }

    /** How a case with a known truth is built from its head and its items. */
    private static final class CaseModel
            implements TruthSample.Model<Tuple.Tuple3<Hypothesis, List<Hypothesis>, StrengthWeights>, ScoringCase> {
        private final @Nullable Double trueRate;
        private final @Nullable ContinuousDistribution trueDistribution;

        CaseModel(@Nullable Double trueRate, @Nullable ContinuousDistribution trueDistribution) {
            this.trueRate = trueRate;
            this.trueDistribution = trueDistribution;
        }

        @Override
        public List<@Nullable EvidenceRecipe> recipes(
                Tuple.Tuple3<Hypothesis, List<Hypothesis>, StrengthWeights> head) {
            Hypothesis hypothesis = head.get1();
            EvidenceRecipe own = EvidenceRecipe.of(hypothesis);
            own = trueRate != null
                    ? own.withTrueRate(trueRate)
                    : trueDistribution != null ? own.withTrueDistribution(trueDistribution) : own;
            List<EvidenceRecipe> others = new ArrayList<>();
            head.get2().forEach(other -> {
                if (!other.id().equals(hypothesis.id())) {
                    others.add(EvidenceRecipe.of(other));
                }
            });
            // as in the default cases: an item's second seed picks an other hypothesis modulo their number
            return Arrays.asList(
                    own,
                    others.isEmpty() ? null : others.get(0),
                    others.isEmpty() ? null : others.get(1 % others.size()));
        }

        @Override
        public ScoringCase build(
                Tuple.Tuple3<Hypothesis, List<Hypothesis>, StrengthWeights> head, List<Evidence> evidence) {
            return ScoringCase.of(head.get1(), EvidenceLog.ofAll(evidence).withWeights(head.get3()));
        }

        @Override
        public boolean countsTowardsMinimum(int recipe) {
            return recipe == OWN;
        }
    }
}
