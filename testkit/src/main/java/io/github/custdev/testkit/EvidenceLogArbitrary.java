package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.StrengthWeights;
import io.github.custdev.simulation.journey.Draw;
import io.github.custdev.simulation.journey.EvidenceRecipe;
import io.github.custdev.testkit.internal.Draws;
import io.github.custdev.testkit.internal.Generators;
import io.github.custdev.testkit.internal.TruthSample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Generates evidence logs: evidence for a set of hypotheses, interleaved in an arbitrary order of recording.
 *
 * <p>By default a log holds 0 to 20 items of evidence for one to three generated hypotheses with unique ids, each
 * item of a kind that measures its hypothesis's metric, and measurements of one hypothesis always in one unit; its
 * weights are equal. {@link #over} fixes the hypotheses, {@link #mixing} the generators of the items (for example
 * each with its own known truth), {@link #ofSize} the number of items. Every method returns a configured copy.
 * Shrinks towards a log with fewer items, then simpler items; a failing property usually ends with a log of one item.
 *
 * <p><b>Known truths.</b> When every generator mixed is an {@link EvidenceArbitrary} and one of them has a known truth
 * ({@link EvidenceArbitrary#withTrueRate}, {@link EvidenceArbitrary#withTrueMean},
 * {@link EvidenceArbitrary#withTrueDistribution}), a log shrinks without contradicting the truth it was drawn from:
 * shrinking removes items and simplifies their source, time, kind or trials, but never moves an item's drawn outcome,
 * and it keeps the <em>drawn success share</em> of each generator with a true rate: its successes {@code k} over its
 * trials {@code t} stay the drawn share of {@code t} rounded ({@code |k - share * t| <= 1/2}). A log drawn at 0.95
 * with 57 successes of 60 statements shrinks to 19 of 20, or 1 of 1, never to 18 of 60; measurements drawn from a
 * distribution keep their drawn values. Shrinking never goes below the minimum size ({@link #ofSize}): a property
 * whose premise needs some evidence keeps it.
 *
 * <pre>{@code
 * Arbitrary<EvidenceLog> logs = CustDevArbitraries.logs()
 *         .mixing(CustDevArbitraries.evidenceFor(problem).withTrueRate(0.7),
 *                 CustDevArbitraries.evidenceFor(price).withTrueMean(30.0, 8.0))
 *         .ofSize(50, 100);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class EvidenceLogArbitrary extends ArbitraryDecorator<EvidenceLog> {
    private static final int DEFAULT_MAX_SIZE = 20;

    /** Which hypothesis an item is for: a seed modulo the number of hypotheses, so any number up to 6 is fair. */
    private static final int WHICH_SEEDS = 60;

    private final @Nullable List<Hypothesis> hypotheses;
    private final @Nullable List<Arbitrary<? extends Evidence>> mixed;
    private final int minSize;
    private final int maxSize;
    private final Arbitrary<StrengthWeights> weights;
    private final boolean chronological;

    private EvidenceLogArbitrary(
            @Nullable List<Hypothesis> hypotheses,
            @Nullable List<Arbitrary<? extends Evidence>> mixed,
            int minSize,
            int maxSize,
            Arbitrary<StrengthWeights> weights,
            boolean chronological) {
        this.hypotheses = hypotheses;
        this.mixed = mixed;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.weights = weights;
        this.chronological = chronological;
    }

    static EvidenceLogArbitrary any() {
        return new EvidenceLogArbitrary(
                null, null, 0, DEFAULT_MAX_SIZE, Arbitraries.just(StrengthWeights.equal()), false);
    }

    /**
     * Logs of evidence for the given hypotheses, each item generated as {@link CustDevArbitraries#evidenceFor}
     * generates it by default.
     *
     * @param hypotheses the hypotheses, at least one, with unique ids
     * @return the configured copy
     * @throws InvalidValueException if no hypothesis is given or two share an id
     */
    public EvidenceLogArbitrary over(Hypothesis... hypotheses) {
        return over(Arrays.asList(HypothesisArbitrary.notNull(hypotheses, "hypotheses")));
    }

    /**
     * Logs of evidence for the given hypotheses, each item generated as {@link CustDevArbitraries#evidenceFor}
     * generates it by default.
     *
     * @param hypotheses the hypotheses, at least one, with unique ids
     * @return the configured copy
     * @throws InvalidValueException if no hypothesis is given or two share an id
     */
    public EvidenceLogArbitrary over(Iterable<Hypothesis> hypotheses) {
        HypothesisArbitrary.notNull(hypotheses, "hypotheses");
        List<Hypothesis> chosen = new ArrayList<>();
        Set<HypothesisId> ids = new HashSet<>();
        for (Hypothesis hypothesis : hypotheses) {
            HypothesisArbitrary.notNull(hypothesis, "hypotheses[" + chosen.size() + "]");
            if (!ids.add(hypothesis.id())) {
                throw InvalidValueException.of("hypotheses", "must have unique ids", hypothesis.id());
            }
            chosen.add(hypothesis);
        }
        if (chosen.isEmpty()) {
            throw InvalidValueException.of("hypotheses", "must name at least one", List.of());
        }
        return new EvidenceLogArbitrary(List.copyOf(chosen), null, minSize, maxSize, weights, chronological);
    }

    /**
     * Logs whose items come from the given generators, each item from one of them chosen at random.
     *
     * @param evidence the generators, at least one; measurements they generate for one hypothesis must share a unit
     * @return the configured copy
     * @throws InvalidValueException if no generator is given
     */
    @SafeVarargs
    public final EvidenceLogArbitrary mixing(Arbitrary<? extends Evidence>... evidence) {
        if (evidence == null) {
            throw InvalidValueException.ofNull("evidence");
        }
        List<Arbitrary<? extends Evidence>> chosen = new ArrayList<>();
        for (Arbitrary<? extends Evidence> each : evidence) {
            chosen.add(each);
        }
        return mixing(chosen);
    }

    EvidenceLogArbitrary mixing(List<? extends Arbitrary<? extends Evidence>> evidence) {
        if (evidence.isEmpty()) {
            throw InvalidValueException.of("evidence", "must name at least one generator", List.of());
        }
        for (int i = 0; i < evidence.size(); i++) {
            HypothesisArbitrary.notNull(evidence.get(i), "evidence[" + i + "]");
        }
        return new EvidenceLogArbitrary(null, List.copyOf(evidence), minSize, maxSize, weights, chronological);
    }

    /**
     * Logs of the given number of items.
     *
     * @param min the fewest items, at least 0
     * @param max the most items, at least {@code min}
     * @return the configured copy
     * @throws InvalidValueException if the range is empty or starts below 0
     */
    public EvidenceLogArbitrary ofSize(int min, int max) {
        if (min < 0) {
            throw InvalidValueException.of("minSize", "must be >= 0", min);
        }
        if (max < min) {
            throw InvalidValueException.of("maxSize", "must be >= minSize (" + min + ")", max);
        }
        return new EvidenceLogArbitrary(hypotheses, mixed, min, max, weights, chronological);
    }

    /**
     * Logs reweighted with the given weights ({@link EvidenceLog#withWeights}).
     *
     * @param weights the weights
     * @return the configured copy
     */
    public EvidenceLogArbitrary withWeights(StrengthWeights weights) {
        return withWeights(Arbitraries.just(HypothesisArbitrary.notNull(weights, "weights")));
    }

    /**
     * Logs reweighted with generated weights: equal, the conventional (1, 4, 16), or any weights from 0 to 20.
     *
     * @return the configured copy
     */
    public EvidenceLogArbitrary withAnyWeights() {
        return withWeights(Generators.weights());
    }

    private EvidenceLogArbitrary withWeights(Arbitrary<StrengthWeights> weights) {
        return new EvidenceLogArbitrary(hypotheses, mixed, minSize, maxSize, weights, chronological);
    }

    /**
     * Logs recorded in the order observed: items sorted by {@link Evidence#observedAt()}, stably. Without this, the
     * order of recording is arbitrary, as it is when evidence is entered late.
     *
     * @return the configured copy
     */
    public EvidenceLogArbitrary chronological() {
        return new EvidenceLogArbitrary(hypotheses, mixed, minSize, maxSize, weights, true);
    }

    /**
     * The edge cases, at most {@value Generators#MAX_EDGE_CASES}: enough for the telling ones (the smallest values,
     * an empty log), few enough that the edge cases of a property's parameters together stay below its tries.
     *
     * @param maxEdgeCases the most edge cases jqwik asks for
     * @return the edge cases
     */
    @Override
    public EdgeCases<EvidenceLog> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, Generators.MAX_EDGE_CASES));
    }

    @Override
    protected Arbitrary<EvidenceLog> arbitrary() {
        if (mixed != null && truthAware(mixed)) {
            return truthAwareLogs(mixed);
        }
        if (mixed != null) {
            Arbitrary<Evidence> item = mixed.size() == 1 ? mixed.get(0).map(e -> e) : Arbitraries.oneOf(mixed);
            return Combinators.combine(item.list().ofMinSize(minSize).ofMaxSize(maxSize), weights)
                    .as(this::log);
        }
        Arbitrary<List<Hypothesis>> chosen = hypotheses != null
                ? Arbitraries.just(hypotheses)
                : CustDevArbitraries.hypotheses()
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(3)
                        .uniqueElements(Hypothesis::id);
        Arbitrary<List<Tuple.Tuple2<Integer, Draw>>> items = Combinators.combine(
                        Arbitraries.integers().between(0, WHICH_SEEDS - 1), Draws.anyDraws(1, 100))
                .as(Tuple::of)
                .list()
                .ofMinSize(minSize)
                .ofMaxSize(maxSize);
        return Combinators.combine(chosen, items, weights).as((about, drawn, w) -> {
            List<EvidenceRecipe> recipes = new ArrayList<>();
            about.forEach(h -> recipes.add(EvidenceRecipe.of(h)));
            List<Evidence> evidence = new ArrayList<>();
            drawn.forEach(item ->
                    evidence.add(recipes.get(item.get1() % recipes.size()).build(item.get2())));
            return log(evidence, w);
        });
    }

    private static boolean truthAware(List<Arbitrary<? extends Evidence>> mixed) {
        boolean truth = false;
        for (Arbitrary<? extends Evidence> each : mixed) {
            if (!(each instanceof EvidenceArbitrary evidence)) {
                return false;
            }
            truth |= evidence.recipe().hasTruth();
        }
        return truth;
    }

    private Arbitrary<EvidenceLog> truthAwareLogs(List<Arbitrary<? extends Evidence>> mixed) {
        List<@Nullable EvidenceRecipe> recipes = new ArrayList<>();
        mixed.forEach(each -> recipes.add(((EvidenceArbitrary) each).recipe()));
        // A draw for every recipe, and the index of the one used: no flatMap, whose shrinking regenerates values.
        List<Arbitrary<Object>> parts = new ArrayList<>();
        parts.add(Arbitraries.integers().between(0, recipes.size() - 1).map(r -> r));
        recipes.forEach(
                recipe -> parts.add(Draws.of(Objects.requireNonNull(recipe)).map(draw -> draw)));
        Arbitrary<Tuple.Tuple2<Integer, Draw>> items = Combinators.combine(parts)
                .as(drawn -> {
                    int r = (Integer) drawn.get(0);
                    return Tuple.of(r, (Draw) drawn.get(r + 1));
                });
        TruthSample.Model<StrengthWeights, EvidenceLog> model = new TruthSample.Model<>() {
            @Override
            public List<@Nullable EvidenceRecipe> recipes(StrengthWeights head) {
                return recipes;
            }

            @Override
            public EvidenceLog build(StrengthWeights head, List<Evidence> evidence) {
                return log(evidence, head);
            }
        };
        return TruthSample.arbitrary(model, weights, items, minSize, maxSize);
    }

    private EvidenceLog log(List<Evidence> evidence, StrengthWeights weights) {
        List<Evidence> recorded = evidence;
        if (chronological) {
            recorded = new ArrayList<>(evidence);
            recorded.sort(Comparator.comparing(Evidence::observedAt));
        }
        return EvidenceLog.ofAll(recorded).withWeights(weights);
    }
}
