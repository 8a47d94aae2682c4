package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.Commitment;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Source;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The random parts of one item of evidence, drawn before its hypothesis is known: an {@link EvidenceRecipe} turns them
 * into evidence for its hypothesis ({@link EvidenceRecipe#build(Draw)}). Keeping the parts apart from the hypothesis
 * lets a generator draw them on their own and lets a shrinker shrink each part on its own: the kind towards the
 * simplest, the numbers towards 0. Immutable and thread-safe.
 *
 * <p>What the numbers mean:
 *
 * <ul>
 *   <li>{@code kind}: a seed for the kind of evidence, taken modulo the number of kinds the recipe allows
 *       ({@link #KIND_SEEDS} seeds make each kind equally likely);
 *   <li>{@code strength}: a seed for the strength, taken modulo the number of strengths the kind may have
 *       ({@link #STRENGTH_SEEDS} seeds make each equally likely);
 *   <li>{@code trials}: the trials of a behaviour or the respondents of a tally, clamped to the recipe's range;
 *   <li>{@code first}, {@code second}: the outcomes. With a truth, uniform points in (0, 1) mapped through the
 *       inverse of the true distribution function ({@link #uniform(int)}); without one, whole numbers taken modulo the
 *       possible outcomes;
 *   <li>{@code spread}: in [-1, 1], where a measurement without a true distribution lies around the threshold.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Draw {

    /** Kind seeds range over {@code [0, 60)}, a multiple of every possible number of kinds (1 to 5). */
    public static final int KIND_SEEDS = 60;

    /** Strength seeds range over {@code [0, 6)}, a multiple of every possible number of strengths (1 to 3). */
    public static final int STRENGTH_SEEDS = 6;

    /** The customers of a journey's draws are numbered from 1 to this. */
    public static final int CUSTOMERS = 20;

    /** The most trials of a journey's draws. */
    public static final int JOURNEY_TRIALS = 10;

    private static final double SCALE = 0x1p31;

    private final int kind;
    private final Source source;
    private final Instant observedAt;
    private final int strength;
    private final int trials;
    private final double first;
    private final double second;
    private final Option<String> quote;
    private final Commitment.Kind commitmentKind;
    private final Option<BigDecimal> amount;
    private final String amountUnit;
    private final double spread;

    @SuppressWarnings("TooManyParameters") // one private constructor behind the validating factories
    private Draw(
            int kind,
            Source source,
            Instant observedAt,
            int strength,
            int trials,
            double first,
            double second,
            Option<String> quote,
            Commitment.Kind commitmentKind,
            Option<BigDecimal> amount,
            String amountUnit,
            double spread) {
        this.kind = kind;
        this.source = source;
        this.observedAt = observedAt;
        this.strength = strength;
        this.trials = trials;
        this.first = first;
        this.second = second;
        this.quote = quote;
        this.commitmentKind = commitmentKind;
        this.amount = amount;
        this.amountUnit = amountUnit;
        this.spread = spread;
    }

    /**
     * A draw without a quote or an amount, whose commitment kind is chosen by the kind seed, measured in the middle of
     * its spread.
     *
     * @param kind the kind seed, zero or more
     * @param source who gave the evidence
     * @param observedAt when it was observed
     * @param strength the strength seed, zero or more
     * @param trials the trials or respondents, zero or more
     * @param first the first outcome, finite and zero or more
     * @param second the second outcome, finite and zero or more
     * @return the draw
     * @throws InvalidValueException if a number is out of range or an argument is null
     */
    public static Draw of(
            int kind, Source source, Instant observedAt, int strength, int trials, double first, double second) {
        return new Draw(
                Checks.notNegative("kind", kind),
                Checks.notNull("source", source),
                Checks.notNull("observedAt", observedAt),
                Checks.notNegative("strength", strength),
                Checks.notNegative("trials", trials),
                outcome("first", first),
                outcome("second", second),
                Option.none(),
                commitmentKind(kind),
                Option.none(),
                "USD",
                0.0);
    }

    /**
     * The draw of one item of evidence in a journey: from customer {@code customer-N}, with two uniform outcomes;
     * observed at the epoch until the driver records it ({@link #withObservedAt(Instant)}).
     *
     * @param kind the kind seed, in [0, {@value #KIND_SEEDS})
     * @param customer the customer's number, in [1, {@value #CUSTOMERS}]
     * @param strength the strength seed, in [0, {@value #STRENGTH_SEEDS})
     * @param trials the trials of a behaviour or respondents of a tally, in [1, {@value #JOURNEY_TRIALS}]
     * @param first the first outcome, a uniform point in (0, 1)
     * @param second the second outcome, a uniform point in (0, 1)
     * @return the draw
     * @throws InvalidValueException if a number is out of its range
     */
    public static Draw ofJourney(int kind, int customer, int strength, int trials, double first, double second) {
        Checks.inRange("kind", kind, 0, KIND_SEEDS - 1);
        Checks.inRange("customer", customer, 1, CUSTOMERS);
        Checks.inRange("strength", strength, 0, STRENGTH_SEEDS - 1);
        Checks.inRange("trials", trials, 1, JOURNEY_TRIALS);
        return of(
                kind,
                Source.of("customer-" + customer),
                Instant.EPOCH,
                strength,
                trials,
                unit("first", first),
                unit("second", second));
    }

    /**
     * The uniform point in (0, 1) of a whole number: {@code (k + 1/2) / 2^31}. Points of {@code k} uniform in
     * {@code [0, 2^31)} are uniform in (0, 1) up to 2^-31 and never 0 or 1, where quantile functions are infinite; a
     * smaller {@code k} gives a smaller point, so shrinking {@code k} moves a draw towards its smallest value.
     *
     * @param k the number, in [0, 2^31 - 1]
     * @return the point
     * @throws InvalidValueException if {@code k} is negative
     */
    public static double uniform(int k) {
        return (Checks.notNegative("k", k) + 0.5) / SCALE;
    }

    private static double outcome(String field, double value) {
        if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw InvalidValueException.of(field, "must be finite and >= 0", value);
        }
        return value;
    }

    private static double unit(String field, double value) {
        if (!(value > 0.0 && value < 1.0)) {
            throw InvalidValueException.of(field, "must be in (0, 1)", value);
        }
        return value;
    }

    /**
     * This draw observed at another instant.
     *
     * @param at the observation time
     * @return the changed copy
     */
    public Draw withObservedAt(Instant at) {
        return new Draw(
                kind,
                source,
                Checks.notNull("observedAt", at),
                strength,
                trials,
                first,
                second,
                quote,
                commitmentKind,
                amount,
                amountUnit,
                spread);
    }

    /**
     * This draw with a quote, for a statement.
     *
     * @param text the quote
     * @return the changed copy
     */
    public Draw withQuote(String text) {
        return new Draw(
                kind,
                source,
                observedAt,
                strength,
                trials,
                first,
                second,
                Option.some(Checks.notNull("quote", text)),
                commitmentKind,
                amount,
                amountUnit,
                spread);
    }

    /**
     * This draw with another kind of commitment.
     *
     * @param commitment the kind
     * @return the changed copy
     */
    public Draw withCommitmentKind(Commitment.Kind commitment) {
        return new Draw(
                kind,
                source,
                observedAt,
                strength,
                trials,
                first,
                second,
                quote,
                Checks.notNull("commitmentKind", commitment),
                amount,
                amountUnit,
                spread);
    }

    /**
     * This draw with an amount, for a commitment.
     *
     * @param value the amount, zero or more
     * @param unit its unit, not blank
     * @return the changed copy
     */
    public Draw withAmount(BigDecimal value, String unit) {
        if (Checks.notNull("amount", value).signum() < 0) {
            throw InvalidValueException.of("amount", "must not be negative", value);
        }
        if (Checks.notNull("amountUnit", unit).isBlank()) {
            throw InvalidValueException.of("amountUnit", "must not be blank", unit);
        }
        return new Draw(
                kind,
                source,
                observedAt,
                strength,
                trials,
                first,
                second,
                quote,
                commitmentKind,
                Option.some(value),
                unit,
                spread);
    }

    /**
     * This draw with another spread, for a measurement without a true distribution.
     *
     * @param where where the measurement lies around the threshold, in [-1, 1]
     * @return the changed copy
     */
    public Draw withSpread(double where) {
        if (!(where >= -1.0 && where <= 1.0)) {
            throw InvalidValueException.of("spread", "must be in [-1, 1]", where);
        }
        return new Draw(
                kind,
                source,
                observedAt,
                strength,
                trials,
                first,
                second,
                quote,
                commitmentKind,
                amount,
                amountUnit,
                where);
    }

    /**
     * The kind seed.
     *
     * @return the seed, zero or more
     */
    public int kind() {
        return kind;
    }

    /**
     * Who gave the evidence.
     *
     * @return the source
     */
    public Source source() {
        return source;
    }

    /**
     * When the evidence was observed.
     *
     * @return the instant
     */
    public Instant observedAt() {
        return observedAt;
    }

    /**
     * The strength seed.
     *
     * @return the seed, zero or more
     */
    public int strength() {
        return strength;
    }

    /**
     * The trials of a behaviour or the respondents of a tally, before the recipe clamps them.
     *
     * @return the trials, zero or more
     */
    public int trials() {
        return trials;
    }

    /**
     * The first outcome.
     *
     * @return the outcome
     */
    public double first() {
        return first;
    }

    /**
     * The second outcome.
     *
     * @return the outcome
     */
    public double second() {
        return second;
    }

    /**
     * The quote of a statement.
     *
     * @return the quote, or none
     */
    public Option<String> quote() {
        return quote;
    }

    /**
     * The kind of a commitment.
     *
     * @return the kind
     */
    public Commitment.Kind commitmentKind() {
        return commitmentKind;
    }

    /**
     * The amount of a commitment.
     *
     * @return the amount, or none
     */
    public Option<BigDecimal> amount() {
        return amount;
    }

    /**
     * The unit of the amount.
     *
     * @return the unit
     */
    public String amountUnit() {
        return amountUnit;
    }

    /**
     * Where a measurement without a true distribution lies around the threshold.
     *
     * @return the spread, in [-1, 1]
     */
    public double spread() {
        return spread;
    }

    @Override
    public String toString() {
        return "Draw[kind=" + kind + ", source=" + source + ", at=" + observedAt + ", trials=" + trials + ", first="
                + first + ", second=" + second + ']';
    }

    @SuppressWarnings("EnumOrdinal") // picks a kind by index, for variety
    private static Commitment.Kind commitmentKind(int kind) {
        return Commitment.Kind.values()[Math.floorMod(kind, Commitment.Kind.values().length)];
    }
}
