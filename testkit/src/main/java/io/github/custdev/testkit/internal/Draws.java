package io.github.custdev.testkit.internal;

import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.simulation.journey.Draw;
import io.github.custdev.simulation.journey.EvidenceRecipe;
import io.vavr.control.Option;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Generated draws of evidence ({@link Draw}), which an {@link EvidenceRecipe} of custdev-simulation turns into evidence
 * for its hypothesis. With a truth, every outcome is the image of one uniform point {@code u} in (0, 1) that jqwik
 * generates (uniformly, without edge cases) and can shrink: {@link Draw#uniform(int)} of an integer {@code k} uniform
 * in {@code [0, 2^31)}; shrinking {@code k} towards 0 moves every draw towards its smallest value: a failure, zero
 * successes, the lowest measurement.
 */
public final class Draws {

    private Draws() {}

    /**
     * Uniform points in (0, 1), without edge cases, shrinking towards 0.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Double> uniforms() {
        return Arbitraries.integers()
                .between(0, Integer.MAX_VALUE)
                .withDistribution(RandomDistribution.uniform())
                .withoutEdgeCases()
                .map(Draw::uniform);
    }

    /**
     * The evidence a recipe makes: {@link #of(EvidenceRecipe)} built by {@link EvidenceRecipe#build(Draw)}.
     *
     * @param recipe the recipe
     * @return the arbitrary
     */
    public static Arbitrary<Evidence> evidence(EvidenceRecipe recipe) {
        return of(recipe).map(recipe::build);
    }

    /**
     * The draws a recipe builds evidence from. Draws of recipes without a truth and with the same range of trials are
     * interchangeable: {@link #anyDraws(int, int)} gives them once for many hypotheses. With a truth, the outcome draws
     * are uniform points in (0, 1) and there are no edge cases.
     *
     * @param recipe the recipe
     * @return the arbitrary
     */
    public static Arbitrary<Draw> of(EvidenceRecipe recipe) {
        return recipe.hasTruth()
                ? truthDraws(recipe.minTrials(), recipe.maxTrials())
                : anyDraws(recipe.minTrials(), recipe.maxTrials());
    }

    /**
     * Draws for recipes without a truth.
     *
     * @param minTrials the fewest trials
     * @param maxTrials the most trials
     * @return the arbitrary
     */
    public static Arbitrary<Draw> anyDraws(int minTrials, int maxTrials) {
        return draws(Arbitraries.integers().between(0, maxTrials).map(Integer::doubleValue), minTrials, maxTrials);
    }

    /**
     * Draws for recipes with a truth: uniform outcomes in (0, 1), without edge cases.
     *
     * @param minTrials the fewest trials
     * @param maxTrials the most trials
     * @return the arbitrary
     */
    public static Arbitrary<Draw> truthDraws(int minTrials, int maxTrials) {
        return draws(uniforms(), minTrials, maxTrials).withoutEdgeCases();
    }

    /**
     * Draws for truth-aware samples ({@link TruthSample}): as {@link #truthDraws(int, int)}, but their outcome points
     * never shrink, so shrinking an item keeps its drawn luck.
     *
     * @param minTrials the fewest trials
     * @param maxTrials the most trials
     * @return the arbitrary
     */
    public static Arbitrary<Draw> heldTruthDraws(int minTrials, int maxTrials) {
        return draws(uniforms().dontShrink(), minTrials, maxTrials).withoutEdgeCases();
    }

    /**
     * The draws a recipe builds evidence from in a truth-aware sample: {@link #heldTruthDraws} with a truth, else
     * {@link #anyDraws}.
     *
     * @param recipe the recipe
     * @return the arbitrary
     */
    public static Arbitrary<Draw> held(EvidenceRecipe recipe) {
        return recipe.hasTruth()
                ? heldTruthDraws(recipe.minTrials(), recipe.maxTrials())
                : anyDraws(recipe.minTrials(), recipe.maxTrials());
    }

    private static Arbitrary<Draw> draws(Arbitrary<Double> outcomes, int minTrials, int maxTrials) {
        Arbitrary<Option<String>> quotes = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Option.none())),
                Tuple.of(1, Generators.texts(40).map(Option::some)));
        Arbitrary<Option<BigDecimal>> amounts = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Option.none())),
                Tuple.of(
                        1,
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("100000"))
                                .ofScale(2)
                                .map(Option::some)));
        Arbitrary<Tuple.Tuple5<Option<String>, Commitment.Kind, Option<BigDecimal>, String, Double>> extras =
                Combinators.combine(
                                quotes,
                                Arbitraries.of(Commitment.Kind.class),
                                amounts,
                                Arbitraries.of("USD", "EUR", "hours"),
                                Arbitraries.doubles().between(-1.0, 1.0).ofScale(4))
                        .as(Tuple::of);
        return Combinators.combine(
                        Arbitraries.integers().between(0, Draw.KIND_SEEDS - 1),
                        Generators.sources(),
                        Generators.instants(),
                        Arbitraries.integers().between(0, Draw.STRENGTH_SEEDS - 1),
                        Arbitraries.integers().between(minTrials, maxTrials),
                        outcomes,
                        outcomes,
                        extras)
                .as((kind, source, at, strength, trials, first, second, extra) -> {
                    Draw draw = Draw.of(kind, source, at, strength, trials, first, second)
                            .withCommitmentKind(extra.get2())
                            .withSpread(extra.get5());
                    if (extra.get1().isDefined()) {
                        draw = draw.withQuote(extra.get1().get());
                    }
                    if (extra.get3().isDefined()) {
                        draw = draw.withAmount(extra.get3().get(), extra.get4());
                    }
                    return draw;
                });
    }
}
