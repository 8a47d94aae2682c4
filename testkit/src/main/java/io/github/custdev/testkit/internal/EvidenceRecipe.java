package io.github.custdev.testkit.internal;

import io.github.custdev.Behaviour;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Measurement;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.jspecify.annotations.Nullable;

/**
 * How evidence for one hypothesis is generated: which kinds, how strong, how large, and whether drawn from a known
 * truth (a true rate for statements, tallies, behaviours and commitments; a true distribution for measurements) or
 * arbitrary. Immutable: every {@code with} method returns a changed copy, checked as it is made.
 */
public final class EvidenceRecipe {

    /** The stances a statement is drawn from when no true rate is given. */
    private static final java.util.List<Statement.Stance> STANCES =
            java.util.List.of(Statement.Stance.SUPPORTS, Statement.Stance.REFUTES, Statement.Stance.NEUTRAL);

    /** The kinds of evidence, in the order generation prefers them when shrinking: simplest first. */
    public static final List<Class<? extends Evidence>> KINDS =
            List.of(Statement.class, SeanEllisTally.class, Behaviour.class, Commitment.class, Measurement.class);

    private static final String OTHER_UNIT = "units";

    /** Kind seeds range over a multiple of every possible number of kinds (1 to 5), so each kind is as likely. */
    private static final int KIND_SEEDS = 60;

    /** Strength seeds range over a multiple of every possible number of strengths (1 to 3). */
    private static final int STRENGTH_SEEDS = 6;

    private final HypothesisId hypothesisId;
    private final Metric metric;
    private final @Nullable Double threshold;
    private final String unit;
    private final List<Class<? extends Evidence>> kinds;
    private final Strength atLeast;
    private final @Nullable Double trueRate;
    private final @Nullable ContinuousDistribution trueDistribution;
    private final int minTrials;
    private final int maxTrials;

    private EvidenceRecipe(
            HypothesisId hypothesisId,
            Metric metric,
            @Nullable Double threshold,
            String unit,
            List<Class<? extends Evidence>> kinds,
            Strength atLeast,
            @Nullable Double trueRate,
            @Nullable ContinuousDistribution trueDistribution,
            int minTrials,
            int maxTrials) {
        this.hypothesisId = hypothesisId;
        this.metric = metric;
        this.threshold = threshold;
        this.unit = unit;
        this.kinds = kinds;
        this.atLeast = atLeast;
        this.trueRate = trueRate;
        this.trueDistribution = trueDistribution;
        this.minTrials = minTrials;
        this.maxTrials = maxTrials;
    }

    /**
     * The default recipe for a hypothesis: the kinds that measure its metric (measurements for a mean; statements,
     * tallies, behaviours and commitments otherwise), of every strength, with outcomes arbitrary and 1 to 100 trials
     * per behaviour or tally. Measurements are in the criterion's unit, or in {@code "units"} when the metric is not
     * a mean.
     *
     * @param hypothesis the hypothesis
     * @return the recipe
     */
    public static EvidenceRecipe forHypothesis(Hypothesis hypothesis) {
        SuccessCriterion criterion = hypothesis.criterion();
        Metric metric = criterion.metric();
        return new EvidenceRecipe(
                hypothesis.id(),
                metric,
                metric == Metric.MEAN ? criterion.threshold() : null,
                criterion.unit().getOrElse(OTHER_UNIT),
                defaultKinds(metric),
                Strength.SAID,
                null,
                null,
                1,
                100);
    }

    /**
     * The default recipe for a hypothesis known only by its id: every kind but measurements, in the style of a
     * proportion hypothesis.
     *
     * @param hypothesisId the id
     * @return the recipe
     */
    public static EvidenceRecipe forId(HypothesisId hypothesisId) {
        return new EvidenceRecipe(
                hypothesisId,
                Metric.PROPORTION,
                null,
                OTHER_UNIT,
                defaultKinds(Metric.PROPORTION),
                Strength.SAID,
                null,
                null,
                1,
                100);
    }

    private static List<Class<? extends Evidence>> defaultKinds(Metric metric) {
        return metric == Metric.MEAN ? List.of(Measurement.class) : KINDS.subList(0, 4);
    }

    /**
     * The id of the hypothesis the evidence is for.
     *
     * @return the id
     */
    public HypothesisId hypothesisId() {
        return hypothesisId;
    }

    /**
     * A copy that generates only the given kinds.
     *
     * @param chosen the kinds
     * @return the changed copy
     * @throws InvalidValueException if no kind is given, or a kind does not fit the truth or the strength
     */
    public EvidenceRecipe withKinds(Collection<Class<? extends Evidence>> chosen) {
        List<Class<? extends Evidence>> ordered = new ArrayList<>();
        for (Class<? extends Evidence> kind : KINDS) {
            if (chosen.contains(kind)) {
                ordered.add(kind);
            }
        }
        for (Class<? extends Evidence> kind : chosen) {
            if (!KINDS.contains(Objects.requireNonNull(kind, "kinds[i]"))) {
                throw InvalidValueException.of("kinds", "must name kinds of evidence, not " + kind.getName(), chosen);
            }
        }
        return copy(List.copyOf(ordered), atLeast, trueRate, trueDistribution, minTrials, maxTrials)
                .checked();
    }

    /**
     * A copy that generates only evidence of at least the given strength; kinds that cannot be that strong are
     * dropped.
     *
     * @param strength the weakest strength to generate
     * @return the changed copy
     */
    public EvidenceRecipe withStrengthAtLeast(Strength strength) {
        EvidenceRecipe stronger = copy(kinds, strength, trueRate, trueDistribution, minTrials, maxTrials);
        List<Class<? extends Evidence>> possible = new ArrayList<>();
        kinds.forEach(kind -> {
            if (!stronger.strengths(kind).isEmpty()) {
                possible.add(kind);
            }
        });
        if (possible.isEmpty()) {
            throw InvalidValueException.of(
                    "strength",
                    "must leave a kind of evidence that can be as strong (kinds " + names() + ")",
                    strength);
        }
        return copy(List.copyOf(possible), strength, trueRate, trueDistribution, minTrials, maxTrials)
                .checked();
    }

    /**
     * A copy whose outcomes are drawn with a true rate.
     *
     * @param rate the probability of each trial's success, in [0, 1]
     * @return the changed copy
     */
    public EvidenceRecipe withTrueRate(double rate) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw InvalidValueException.of("trueRate", "must be in [0, 1]", rate);
        }
        if (metric == Metric.MEAN) {
            throw InvalidValueException.of(
                    "hypothesis.criterion.metric",
                    "must be PROPORTION or COUNT for a true rate (hypothesis " + hypothesisId + ")",
                    metric);
        }
        List<Class<? extends Evidence>> rated = new ArrayList<>(kinds);
        rated.remove(Measurement.class);
        return copy(List.copyOf(rated), atLeast, rate, null, minTrials, maxTrials)
                .checked();
    }

    /**
     * A copy whose measurements are drawn from a true distribution.
     *
     * @param distribution the distribution of the measured values
     * @return the changed copy
     */
    public EvidenceRecipe withTrueDistribution(ContinuousDistribution distribution) {
        Objects.requireNonNull(distribution, "distribution");
        if (metric != Metric.MEAN) {
            throw InvalidValueException.of(
                    "hypothesis.criterion.metric",
                    "must be MEAN for a true distribution (hypothesis " + hypothesisId + ")",
                    metric);
        }
        // Quantile functions are monotone: every draw lies between the quantiles of the extreme uniform points.
        double lowest = Draws.quantile(distribution, Draws.LOWEST_UNIFORM);
        double highest = Draws.quantile(distribution, Draws.HIGHEST_UNIFORM);
        if (!(Math.abs(lowest) <= Measurement.MAXIMUM_MAGNITUDE
                && Math.abs(highest) <= Measurement.MAXIMUM_MAGNITUDE)) {
            throw InvalidValueException.of(
                    "distribution",
                    "must draw measurements at most " + Measurement.MAXIMUM_MAGNITUDE + " in magnitude, but draws from "
                            + lowest + " to " + highest,
                    distribution);
        }
        List<Class<? extends Evidence>> measured =
                kinds.contains(Measurement.class) ? List.of(Measurement.class) : List.of();
        return copy(measured, atLeast, null, distribution, minTrials, maxTrials).checked();
    }

    /**
     * A copy with another range of trials per behaviour and respondents per tally.
     *
     * @param min the fewest, at least 1
     * @param max the most, at least {@code min}
     * @return the changed copy
     */
    public EvidenceRecipe withTrials(int min, int max) {
        if (min < 1) {
            throw InvalidValueException.of("minTrials", "must be >= 1", min);
        }
        if (max < min) {
            throw InvalidValueException.of("maxTrials", "must be >= minTrials (" + min + ")", max);
        }
        return copy(kinds, atLeast, trueRate, trueDistribution, min, max);
    }

    /**
     * A copy whose measurements are in another unit: the unit a hypothesis's earlier measurements already use.
     *
     * @param unit the unit, not blank
     * @return the changed copy
     */
    public EvidenceRecipe withUnit(String unit) {
        return new EvidenceRecipe(
                hypothesisId,
                metric,
                threshold,
                unit,
                kinds,
                atLeast,
                trueRate,
                trueDistribution,
                minTrials,
                maxTrials);
    }

    private EvidenceRecipe copy(
            List<Class<? extends Evidence>> kinds,
            Strength atLeast,
            @Nullable Double trueRate,
            @Nullable ContinuousDistribution trueDistribution,
            int minTrials,
            int maxTrials) {
        return new EvidenceRecipe(
                hypothesisId,
                metric,
                threshold,
                unit,
                kinds,
                atLeast,
                trueRate,
                trueDistribution,
                minTrials,
                maxTrials);
    }

    private EvidenceRecipe checked() {
        if (kinds.isEmpty()) {
            throw InvalidValueException.of(
                    "kinds", "must leave at least one kind of evidence for hypothesis " + hypothesisId, names());
        }
        if (trueDistribution != null && !kinds.equals(List.of(Measurement.class))) {
            throw InvalidValueException.of("kinds", "must be measurements when a true distribution is set", names());
        }
        if (trueRate != null && kinds.contains(Measurement.class)) {
            throw InvalidValueException.of("kinds", "must not include measurements when a true rate is set", names());
        }
        for (Class<? extends Evidence> kind : kinds) {
            if (strengths(kind).isEmpty()) {
                throw InvalidValueException.of(
                        "kinds", "must all be possible at strength " + atLeast + " or stronger", names());
            }
        }
        return this;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        kinds.forEach(kind -> names.add(kind.getSimpleName()));
        return names;
    }

    private List<Strength> strengths(Class<? extends Evidence> kind) {
        List<Strength> possible;
        if (kind == Statement.class || kind == SeanEllisTally.class) {
            possible = List.of(Strength.SAID);
        } else if (kind == Behaviour.class) {
            possible = List.of(Strength.DID, Strength.PAID);
        } else if (kind == Commitment.class) {
            possible = List.of(Strength.PAID);
        } else {
            possible = List.of(Strength.SAID, Strength.DID, Strength.PAID);
        }
        List<Strength> kept = new ArrayList<>();
        possible.forEach(s -> {
            if (s.isAtLeast(atLeast)) {
                kept.add(s);
            }
        });
        return kept;
    }

    /**
     * Whether outcomes are drawn from a known truth: then generation is uniform and has no edge cases.
     *
     * @return {@code true} when a true rate or distribution is set
     */
    public boolean hasTruth() {
        return trueRate != null || trueDistribution != null;
    }

    /**
     * The evidence this recipe generates: {@link #draws()} built by {@link #build(Draw)}.
     *
     * @return the arbitrary
     */
    public Arbitrary<Evidence> arbitrary() {
        return draws().map(this::build);
    }

    /**
     * The draws this recipe builds evidence from. Draws of recipes without a truth and with the same range of trials
     * are interchangeable: {@link #anyDraws(int, int)} gives them once for many hypotheses. With a truth, the
     * outcome draws are uniform points in (0, 1) and there are no edge cases.
     *
     * @return the arbitrary
     */
    public Arbitrary<Draw> draws() {
        return hasTruth() ? truthDraws(minTrials, maxTrials) : anyDraws(minTrials, maxTrials);
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
        return draws(Draws.uniforms(), minTrials, maxTrials).withoutEdgeCases();
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
                        Arbitraries.integers().between(0, KIND_SEEDS - 1),
                        Generators.sources(),
                        Generators.instants(),
                        Arbitraries.integers().between(0, STRENGTH_SEEDS - 1),
                        Arbitraries.integers().between(minTrials, maxTrials),
                        outcomes,
                        outcomes,
                        extras)
                .as((kind, source, at, strength, trials, first, second, extra) -> new Draw(
                        kind,
                        source,
                        at,
                        strength,
                        trials,
                        first,
                        second,
                        extra.get1(),
                        extra.get2(),
                        extra.get3(),
                        extra.get4(),
                        extra.get5()));
    }

    /**
     * The evidence for this recipe's hypothesis that a draw describes. The kind is the draw's kind seed modulo the
     * number of kinds, the strength likewise among the strengths the kind may have; the outcomes follow the truth,
     * or the draw's numbers when there is none.
     *
     * @param draw the draw, from {@link #draws()} or, without a truth, {@link #anyDraws(int, int)}
     * @return the evidence
     */
    public Evidence build(Draw draw) {
        Class<? extends Evidence> kind = kinds.get(draw.kind % kinds.size());
        int trials = Math.max(minTrials, Math.min(maxTrials, draw.trials));
        if (kind == Statement.class) {
            Statement.Stance stance = trueRate != null
                    ? (Draws.bernoulli(trueRate, draw.first) ? Statement.Stance.SUPPORTS : Statement.Stance.REFUTES)
                    : STANCES.get((int) draw.first % STANCES.size());
            Statement statement = Statement.of(hypothesisId, draw.source, draw.observedAt, stance);
            return draw.quote.isEmpty() ? statement : statement.withQuote(draw.quote.get());
        } else if (kind == SeanEllisTally.class) {
            int very;
            int somewhat;
            if (trueRate != null) {
                very = Draws.binomial(trials, trueRate, draw.first);
                somewhat = (int) Math.floor(draw.second * (trials - very + 1)) % (trials - very + 1);
            } else {
                very = (int) draw.first % (trials + 1);
                somewhat = (int) draw.second % (trials - very + 1);
            }
            return SeanEllisTally.of(
                    hypothesisId, draw.source, draw.observedAt, very, somewhat, trials - very - somewhat);
        } else if (kind == Behaviour.class) {
            int successes =
                    trueRate != null ? Draws.binomial(trials, trueRate, draw.first) : (int) draw.first % (trials + 1);
            return Behaviour.of(hypothesisId, draw.source, draw.observedAt, successes, trials, strength(kind, draw));
        } else if (kind == Commitment.class) {
            boolean made = trueRate != null ? Draws.bernoulli(trueRate, draw.first) : (int) draw.first % 2 == 0;
            Commitment commitment = made
                    ? Commitment.made(hypothesisId, draw.source, draw.observedAt, draw.commitmentKind)
                    : Commitment.declined(hypothesisId, draw.source, draw.observedAt, draw.commitmentKind);
            return draw.amount.isEmpty() ? commitment : commitment.withAmount(draw.amount.get(), draw.amountUnit);
        }
        double value;
        if (trueDistribution != null) {
            value = Draws.quantile(trueDistribution, draw.first);
        } else {
            double center = threshold == null ? 0.0 : threshold;
            double spread = Math.max(10.0, 2.0 * Math.abs(center));
            value = Math.round((center + draw.spread * spread) * 100.0) / 100.0;
        }
        return Measurement.of(hypothesisId, draw.source, draw.observedAt, value, unit, strength(kind, draw));
    }

    private Strength strength(Class<? extends Evidence> kind, Draw draw) {
        List<Strength> possible = strengths(kind);
        return possible.get(draw.strength % possible.size());
    }
}
