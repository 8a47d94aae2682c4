package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

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
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How the evidence for one hypothesis is made from {@link Draw}s: which kinds, how strong, how many trials, and, when a
 * hidden truth is set, the truth it is drawn from: a true rate (the probability that a customer supports the
 * hypothesis, commits, or succeeds in a trial) for statements, tallies, behaviours and commitments, or a true
 * distribution of the measured values for measurements. Without a truth, the outcomes are the draw's numbers. Immutable
 * and thread-safe: every {@code with} method returns a changed copy, checked as it is made.
 *
 * <p>With a truth, every outcome is the image of a uniform point {@code u} in (0, 1) under the inverse of the true
 * distribution function: a statement supports when {@code u > 1 - rate}, a behaviour's successes are the smallest
 * {@code k} with {@code P(X <= k) >= u} for {@code X ~ Binomial(trials, rate)}, a measurement is the {@code u}-quantile
 * of the true distribution. So a smaller {@code u} never gives a better outcome, and evidence drawn with uniform points
 * has the true distribution.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class EvidenceRecipe {

    /** The stances a statement is drawn from when no true rate is given. */
    private static final List<Statement.Stance> STANCES =
            List.of(Statement.Stance.SUPPORTS, Statement.Stance.REFUTES, Statement.Stance.NEUTRAL);

    /** The kinds of evidence, simplest first: the order in which a draw's kind seed picks them. */
    public static final Seq<Class<? extends Evidence>> KINDS = io.vavr.collection.List.of(
            Statement.class, SeanEllisTally.class, Behaviour.class, Commitment.class, Measurement.class);

    private static final String OTHER_UNIT = "units";

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

    @SuppressWarnings("TooManyParameters") // one private constructor behind the validating factories
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
     * The default recipe for a hypothesis: the kinds its criterion's metric counts
     * ({@link SuccessCriterion.Metric#uses}): measurements for a mean, Sean Ellis tallies for a very-disappointed share,
     * statements, behaviours and commitments for a proportion or a count; of every strength, without a truth, and 1 to 100 trials per
     * behaviour or tally. Measurements are in the criterion's unit, or in {@code "units"} when it has none.
     *
     * @param hypothesis the hypothesis
     * @return the recipe
     * @throws InvalidValueException if the hypothesis is null
     */
    public static EvidenceRecipe of(Hypothesis hypothesis) {
        SuccessCriterion criterion = Checks.notNull("hypothesis", hypothesis).criterion();
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
     * The default recipe for a hypothesis known only by its id: statements, behaviours and commitments, as for a
     * proportion.
     *
     * @param hypothesisId the id
     * @return the recipe
     * @throws InvalidValueException if the id is null
     */
    public static EvidenceRecipe of(HypothesisId hypothesisId) {
        return new EvidenceRecipe(
                Checks.notNull("hypothesisId", hypothesisId),
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
        List<Class<? extends Evidence>> kinds = new ArrayList<>();
        for (Class<? extends Evidence> kind : KINDS) {
            if (uses(metric, kind)) {
                kinds.add(kind);
            }
        }
        return List.copyOf(kinds);
    }

    /** Whether a criterion on the metric counts evidence of the kind, as {@link Metric#uses} says of an item. */
    private static boolean uses(Metric metric, Class<? extends Evidence> kind) {
        switch (metric) {
            case MEAN:
                return kind == Measurement.class;
            case VERY_DISAPPOINTED:
                return kind == SeanEllisTally.class;
            default:
                return kind == Statement.class || kind == Behaviour.class || kind == Commitment.class;
        }
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
     * The kinds of evidence this recipe makes, in the order of {@link #KINDS}.
     *
     * @return the kinds, at least one
     */
    public Seq<Class<? extends Evidence>> kinds() {
        return io.vavr.collection.List.ofAll(kinds);
    }

    /**
     * The true rate outcomes are drawn with.
     *
     * @return the rate, or none
     */
    public Option<Double> trueRate() {
        return Option.of(trueRate);
    }

    /**
     * The true distribution measurements are drawn from.
     *
     * @return the distribution, or none
     */
    public Option<ContinuousDistribution> trueDistribution() {
        return Option.of(trueDistribution);
    }

    /**
     * The fewest trials per behaviour and respondents per tally.
     *
     * @return the fewest, at least 1
     */
    public int minTrials() {
        return minTrials;
    }

    /**
     * The most trials per behaviour and respondents per tally.
     *
     * @return the most, at least {@link #minTrials()}
     */
    public int maxTrials() {
        return maxTrials;
    }

    /**
     * A copy that makes only the given kinds.
     *
     * @param chosen the kinds, among {@link #KINDS}
     * @return the changed copy
     * @throws InvalidValueException if no kind is given, a kind is not among {@link #KINDS}, or a kind does not fit the
     *     truth or the strength
     */
    public EvidenceRecipe withKinds(Iterable<? extends Class<? extends Evidence>> chosen) {
        Seq<Class<? extends Evidence>> given = io.vavr.collection.List.ofAll(Checks.notNull("kinds", chosen));
        for (Class<? extends Evidence> kind : given) {
            if (!KINDS.contains(Checks.notNull("kinds[i]", kind))) {
                throw InvalidValueException.of(
                        "kinds", "must name kinds of evidence, not " + kind.getName(), given.toJavaList());
            }
        }
        List<Class<? extends Evidence>> ordered = KINDS.filter(given::contains).toJavaList();
        return copy(List.copyOf(ordered), atLeast, trueRate, trueDistribution, minTrials, maxTrials)
                .checked();
    }

    /**
     * A copy that makes only evidence of at least the given strength; kinds that cannot be that strong are dropped.
     *
     * @param strength the weakest strength to make
     * @return the changed copy
     * @throws InvalidValueException if no kind can be that strong
     */
    public EvidenceRecipe withStrengthAtLeast(Strength strength) {
        EvidenceRecipe stronger =
                copy(kinds, Checks.notNull("strength", strength), trueRate, trueDistribution, minTrials, maxTrials);
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
     * A copy whose outcomes are drawn with a true rate; measurements are dropped from its kinds.
     *
     * @param rate the probability of each trial's success, in [0, 1]
     * @return the changed copy
     * @throws InvalidValueException if the rate is outside [0, 1] or NaN, or the hypothesis is about a mean
     */
    public EvidenceRecipe withTrueRate(double rate) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw InvalidValueException.of("trueRate", "must be in [0, 1]", rate);
        }
        if (metric == Metric.MEAN) {
            throw InvalidValueException.of(
                    "hypothesis.criterion.metric",
                    "must be PROPORTION, COUNT or VERY_DISAPPOINTED for a true rate (hypothesis " + hypothesisId + ")",
                    metric);
        }
        List<Class<? extends Evidence>> rated = new ArrayList<>(kinds);
        rated.remove(Measurement.class);
        return copy(List.copyOf(rated), atLeast, rate, null, minTrials, maxTrials)
                .checked();
    }

    /**
     * A copy whose measurements are drawn from a true distribution; only measurements remain among its kinds.
     *
     * @param distribution the distribution of the measured values
     * @return the changed copy
     * @throws InvalidValueException if the distribution is null, the hypothesis is not about a mean, measurements
     *     were dropped from the kinds, or the distribution's quantiles at the ends of the grid of
     *     {@link Draw#uniform(int)} exceed {@link io.github.custdev.Measurement#MAXIMUM_MAGNITUDE} in magnitude (core
     *     would refuse such a measurement)
     */
    public EvidenceRecipe withTrueDistribution(ContinuousDistribution distribution) {
        Checks.notNull("distribution", distribution);
        if (metric != Metric.MEAN) {
            throw InvalidValueException.of(
                    "hypothesis.criterion.metric",
                    "must be MEAN for a true distribution (hypothesis " + hypothesisId + ")",
                    metric);
        }
        // Quantile functions are monotone: every draw on the grid of Draw.uniform lies between the quantiles of its
        // ends.
        double lowest = distribution.inverseCumulativeProbability(Draw.uniform(0));
        double highest = distribution.inverseCumulativeProbability(Draw.uniform(Integer.MAX_VALUE));
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
     * @throws InvalidValueException if {@code min < 1} or {@code max < min}
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
     * @param measuredIn the unit, not blank
     * @return the changed copy
     * @throws InvalidValueException if the unit is blank or null
     */
    public EvidenceRecipe withUnit(String measuredIn) {
        if (Checks.notNull("unit", measuredIn).isBlank()) {
            throw InvalidValueException.of("unit", "must not be blank", measuredIn);
        }
        return new EvidenceRecipe(
                hypothesisId,
                metric,
                threshold,
                measuredIn,
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
     * Whether outcomes are drawn from a hidden truth: then a draw's outcomes must be uniform points in (0, 1).
     *
     * @return {@code true} when a true rate or distribution is set
     */
    public boolean hasTruth() {
        return trueRate != null || trueDistribution != null;
    }

    /**
     * The evidence for this recipe's hypothesis that a draw describes. The kind is the draw's kind seed modulo the
     * number of kinds, the strength likewise among the strengths the kind may have, the trials are clamped to this
     * recipe's range; the outcomes follow the truth, or the draw's numbers when there is none.
     *
     * @param draw the draw; with a truth, its outcomes are uniform points in (0, 1)
     * @return the evidence
     * @throws InvalidValueException if the draw is null, or a truth is set and an outcome it needs is not in (0, 1)
     */
    public Evidence build(Draw draw) {
        Checks.notNull("draw", draw);
        Class<? extends Evidence> kind = kinds.get(draw.kind() % kinds.size());
        int trials = Math.max(minTrials, Math.min(maxTrials, draw.trials()));
        if (kind == Statement.class) {
            Statement.Stance stance = trueRate != null
                    ? (bernoulli(trueRate, draw.first()) ? Statement.Stance.SUPPORTS : Statement.Stance.REFUTES)
                    : STANCES.get((int) draw.first() % STANCES.size());
            Statement statement = Statement.of(hypothesisId, draw.source(), draw.observedAt(), stance);
            return draw.quote().isEmpty()
                    ? statement
                    : statement.withQuote(draw.quote().get());
        } else if (kind == SeanEllisTally.class) {
            int very;
            int somewhat;
            if (trueRate != null) {
                very = binomial(trials, trueRate, draw.first());
                somewhat =
                        (int) Math.floor(uniform("second", draw.second()) * (trials - very + 1)) % (trials - very + 1);
            } else {
                very = (int) draw.first() % (trials + 1);
                somewhat = (int) draw.second() % (trials - very + 1);
            }
            return SeanEllisTally.of(
                    hypothesisId, draw.source(), draw.observedAt(), very, somewhat, trials - very - somewhat);
        } else if (kind == Behaviour.class) {
            int successes =
                    trueRate != null ? binomial(trials, trueRate, draw.first()) : (int) draw.first() % (trials + 1);
            return Behaviour.of(
                    hypothesisId, draw.source(), draw.observedAt(), successes, trials, strength(kind, draw));
        } else if (kind == Commitment.class) {
            boolean made = trueRate != null ? bernoulli(trueRate, draw.first()) : (int) draw.first() % 2 == 0;
            Commitment commitment = made
                    ? Commitment.made(hypothesisId, draw.source(), draw.observedAt(), draw.commitmentKind())
                    : Commitment.declined(hypothesisId, draw.source(), draw.observedAt(), draw.commitmentKind());
            return draw.amount().isEmpty()
                    ? commitment
                    : commitment.withAmount(draw.amount().get(), draw.amountUnit());
        }
        double value;
        if (trueDistribution != null) {
            value = trueDistribution.inverseCumulativeProbability(uniform("first", draw.first()));
        } else {
            double center = threshold == null ? 0.0 : threshold;
            double spread = Math.max(10.0, 2.0 * Math.abs(center));
            value = Math.round((center + draw.spread() * spread) * 100.0) / 100.0;
        }
        return Measurement.of(hypothesisId, draw.source(), draw.observedAt(), value, unit, strength(kind, draw));
    }

    /** A Bernoulli outcome: a success when {@code u > 1 - rate}. */
    private static boolean bernoulli(double rate, double u) {
        return uniform("first", u) > 1.0 - rate;
    }

    /** A binomial count: the smallest {@code k} with {@code P(X <= k) >= u}. */
    private static int binomial(int trials, double rate, double u) {
        return BinomialDistribution.of(trials, rate).inverseCumulativeProbability(uniform("first", u));
    }

    private static double uniform(String field, double u) {
        if (!(u > 0.0 && u < 1.0)) {
            throw InvalidValueException.of(field, "must be a uniform point in (0, 1) when a truth is set", u);
        }
        return u;
    }

    private Strength strength(Class<? extends Evidence> kind, Draw draw) {
        List<Strength> possible = strengths(kind);
        return possible.get(draw.strength() % possible.size());
    }

    @Override
    public String toString() {
        return "EvidenceRecipe[" + hypothesisId + ", kinds=" + names() + ", at least " + atLeast
                + (trueRate != null ? ", true rate " + trueRate : "")
                + (trueDistribution != null ? ", true distribution " + trueDistribution : "")
                + ", trials " + minTrials + ".." + maxTrials + ']';
    }
}
