package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.InvalidValueException;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.simulation.journey.Draw;
import io.github.custdev.simulation.journey.EvidenceRecipe;
import io.github.custdev.testkit.internal.Draws;
import io.github.custdev.testkit.internal.Generators;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;

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
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class ScoringCaseArbitrary extends ArbitraryDecorator<ScoringCase> {
    private static final int DEFAULT_MAX_SIZE = 30;
    private static final int MAX_OTHER_ITEMS = 10;

    private final Arbitrary<Hypothesis> hypotheses;
    private final int minSize;
    private final int maxSize;
    private final Arbitrary<StrengthWeights> weights;

    private ScoringCaseArbitrary(
            Arbitrary<Hypothesis> hypotheses, int minSize, int maxSize, Arbitrary<StrengthWeights> weights) {
        this.hypotheses = hypotheses;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.weights = weights;
    }

    static ScoringCaseArbitrary any() {
        return new ScoringCaseArbitrary(CustDevArbitraries.hypotheses(), 0, DEFAULT_MAX_SIZE, Generators.weights());
    }

    /**
     * Cases whose hypothesis's criterion measures one of the given metrics.
     *
     * @param metrics the metrics, at least one
     * @return the configured copy
     * @throws InvalidValueException if no metric is given
     */
    public ScoringCaseArbitrary withMetric(Metric... metrics) {
        return withHypotheses(CustDevArbitraries.hypotheses().withMetric(metrics));
    }

    /**
     * Cases about hypotheses from the given arbitrary, such as {@code CustDevArbitraries.hypotheses().inPhase(...)}.
     *
     * @param hypotheses the hypotheses to assess
     * @return the configured copy
     */
    public ScoringCaseArbitrary withHypotheses(Arbitrary<Hypothesis> hypotheses) {
        return new ScoringCaseArbitrary(
                HypothesisArbitrary.notNull(hypotheses, "hypotheses"), minSize, maxSize, weights);
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
        return new ScoringCaseArbitrary(hypotheses, min, max, weights);
    }

    /**
     * Cases whose logs have the given weights.
     *
     * @param weights the weights
     * @return the configured copy
     */
    public ScoringCaseArbitrary withWeights(StrengthWeights weights) {
        return new ScoringCaseArbitrary(
                hypotheses, minSize, maxSize, Arbitraries.just(HypothesisArbitrary.notNull(weights, "weights")));
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
}
