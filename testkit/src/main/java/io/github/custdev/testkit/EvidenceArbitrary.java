package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.Evidence;
import io.github.custdev.Hypothesis;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Strength;
import io.github.custdev.simulation.journey.EvidenceRecipe;
import io.github.custdev.testkit.internal.Draws;
import io.github.custdev.testkit.internal.Generators;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apiguardian.api.API;

/**
 * Generates evidence for one hypothesis, of the kinds that measure its metric, either arbitrary or drawn from a known
 * truth, so that a test can check that a scoring strategy finds the truth.
 *
 * <p>By default a hypothesis gets the kinds its criterion counts ({@code SuccessCriterion.uses}), so that a venture
 * accepts them: a proportion or count hypothesis gets statements, behaviours and commitments with arbitrary outcomes,
 * a very-disappointed share Sean Ellis tallies; a mean hypothesis gets measurements in its criterion's unit, spread around its threshold.
 * Every strength is generated; behaviours and tallies have 1 to 100 trials.
 *
 * <p><b>Known truth.</b> {@link #withTrueRate(double)} makes every trial an independent Bernoulli draw with that
 * success probability: a supporting (else a refuting) statement, a commitment made (else declined), a behaviour's and
 * a tally's successes binomial with their trials (a tally's other respondents split between "somewhat" and "not"
 * disappointed). {@link #withTrueMean(double, double)} and {@link #withTrueDistribution(ContinuousDistribution)}
 * draw each measurement from the distribution. Draws are exact to 2<sup>-31</sup> and free of jqwik's edge cases and
 * biases, so the share of successes over many trials converges on the true rate, and the mean of the measurements
 * on the distribution's mean:
 *
 * <pre>{@code
 * Arbitrary<EvidenceLog> logs = CustDevArbitraries.evidenceFor(hypothesis)
 *         .withTrueRate(0.55)
 *         .logs()
 *         .ofSize(200, 200);
 * }</pre>
 *
 * Each method returns a configured copy and checks it at once: a truth that does not fit the hypothesis's metric, or
 * kinds and strengths that leave nothing to generate, are rejected with an {@link InvalidValueException}. Shrinks
 * towards a single simple item: a statement when statements are allowed, from {@code "customer-1"}, at the start
 * time. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class EvidenceArbitrary extends ArbitraryDecorator<Evidence> {
    private final EvidenceRecipe recipe;

    private EvidenceArbitrary(EvidenceRecipe recipe) {
        this.recipe = recipe;
    }

    static EvidenceArbitrary forHypothesis(Hypothesis hypothesis) {
        return new EvidenceArbitrary(EvidenceRecipe.of(HypothesisArbitrary.notNull(hypothesis, "hypothesis")));
    }

    /**
     * Evidence of only the given kinds, such as {@code ofKinds(Statement.class, Commitment.class)}. Kinds that the
     * hypothesis's criterion does not count are allowed in a bare log (a strategy must ignore them and say so), but a
     * venture refuses them, and a known truth does not fit them.
     *
     * @param kinds the kinds: {@code Statement}, {@code SeanEllisTally}, {@code Behaviour}, {@code Commitment},
     *     {@code Measurement}; at least one
     * @return the configured copy
     * @throws InvalidValueException if no kind is given, or a kind does not fit the truth or the strength
     */
    @SafeVarargs
    public final EvidenceArbitrary ofKinds(Class<? extends Evidence>... kinds) {
        if (kinds == null) {
            throw InvalidValueException.ofNull("kinds");
        }
        List<Class<? extends Evidence>> chosen = new ArrayList<>();
        for (Class<? extends Evidence> kind : kinds) {
            chosen.add(kind);
        }
        return ofKinds(chosen);
    }

    /**
     * Evidence of only the given kinds; as {@link #ofKinds(Class[])}.
     *
     * @param kinds the kinds, at least one
     * @return the configured copy
     * @throws InvalidValueException if no kind is given, or a kind does not fit the truth or the strength
     */
    public EvidenceArbitrary ofKinds(Collection<Class<? extends Evidence>> kinds) {
        return new EvidenceArbitrary(recipe.withKinds(HypothesisArbitrary.nonEmpty(kinds, "kinds")));
    }

    /**
     * Evidence of at least the given strength only; kinds that cannot be that strong are dropped.
     *
     * @param strength the weakest strength to generate
     * @return the configured copy
     * @throws InvalidValueException if no kind of evidence is left
     */
    public EvidenceArbitrary atLeast(Strength strength) {
        return new EvidenceArbitrary(recipe.withStrengthAtLeast(HypothesisArbitrary.notNull(strength, "strength")));
    }

    /**
     * Outcomes drawn with a true rate: each trial succeeds independently with the given probability. Measurements
     * are dropped from the kinds.
     *
     * @param rate the true rate, in [0, 1]
     * @return the configured copy
     * @throws InvalidValueException if the rate is outside [0, 1] or the hypothesis's metric is a mean
     */
    public EvidenceArbitrary withTrueRate(double rate) {
        return new EvidenceArbitrary(recipe.withTrueRate(rate));
    }

    /**
     * Measurements drawn from a normal distribution with the given mean and standard deviation.
     *
     * @param mean the true mean, finite
     * @param standardDeviation the standard deviation, finite and &gt; 0
     * @return the configured copy
     * @throws InvalidValueException if a parameter breaks its rule, the hypothesis's metric is not a mean, or the
     *     draws (within about 6.1 standard deviations of the mean) could exceed
     *     {@link io.github.custdev.Measurement#MAXIMUM_MAGNITUDE} in magnitude
     */
    public EvidenceArbitrary withTrueMean(double mean, double standardDeviation) {
        if (!Double.isFinite(mean)) {
            throw InvalidValueException.of("trueMean", "must be finite", mean);
        }
        if (!(standardDeviation > 0.0 && standardDeviation < Double.POSITIVE_INFINITY)) {
            throw InvalidValueException.of("standardDeviation", "must be finite and > 0", standardDeviation);
        }
        return withTrueDistribution(NormalDistribution.of(mean, standardDeviation));
    }

    /**
     * Measurements drawn from the given distribution, such as a log-normal willingness to pay. Its quantiles in
     * (0, 1) must be finite, as those of every distribution with a finite mean are in practice.
     *
     * @param distribution the true distribution of the measured values
     * @return the configured copy
     * @throws InvalidValueException if the hypothesis's metric is not a mean, or if the distribution's quantiles at
     *     the extreme draws, {@code 2^-32} and {@code 1 - 2^-32}, exceed {@link io.github.custdev.Measurement#MAXIMUM_MAGNITUDE} in
     *     magnitude (core would refuse such a measurement)
     */
    public EvidenceArbitrary withTrueDistribution(ContinuousDistribution distribution) {
        return new EvidenceArbitrary(
                recipe.withTrueDistribution(HypothesisArbitrary.notNull(distribution, "distribution")));
    }

    /**
     * Behaviours with the given range of trials, and tallies with that range of respondents.
     *
     * @param min the fewest, at least 1
     * @param max the most, at least {@code min}
     * @return the configured copy
     * @throws InvalidValueException if the range is empty or starts below 1
     */
    public EvidenceArbitrary withTrials(int min, int max) {
        return new EvidenceArbitrary(recipe.withTrials(min, max));
    }

    /**
     * Evidence logs of this evidence alone; set their size on the result ({@link EvidenceLogArbitrary#ofSize}). With
     * a known truth, the logs shrink without contradicting it ({@link EvidenceLogArbitrary}).
     *
     * @return the logs
     */
    public EvidenceLogArbitrary logs() {
        return EvidenceLogArbitrary.any().mixing(List.of(this));
    }

    /**
     * The edge cases, at most {@value Generators#MAX_EDGE_CASES}: enough for the telling ones (the smallest values,
     * an empty log), few enough that the edge cases of a property's parameters together stay below its tries.
     *
     * @param maxEdgeCases the most edge cases jqwik asks for
     * @return the edge cases
     */
    @Override
    public EdgeCases<Evidence> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, Generators.MAX_EDGE_CASES));
    }

    EvidenceRecipe recipe() {
        return recipe;
    }

    @Override
    protected Arbitrary<Evidence> arbitrary() {
        return Draws.evidence(recipe);
    }
}
