package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A customer asked to commit time, reputation or money, and the answer: a pre-order, a letter of intent, a paid
 * pilot, an introduction to the boss, or a refusal of any of these.
 *
 * <p>Commitments are the strongest evidence ({@link Strength#PAID}): they cost the customer something. Each is one
 * trial, and a success when it was made. Where the commitment has a size (dollars pre-ordered, hours given) it is
 * kept as an amount with its unit. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class Commitment implements Evidence {

    /** What the customer was asked to commit. */
    public enum Kind {
        /** Time: a second meeting, a pilot, hours of feedback. */
        TIME,
        /** Reputation: an introduction, a reference, a public endorsement. */
        REPUTATION,
        /** Money: a pre-order, a deposit, a letter of intent, a paid pilot. */
        MONEY
    }

    Commitment() {}

    /**
     * What the customer was asked to commit.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * Whether the customer made the commitment ({@code false}: declined it).
     *
     * @return {@code true} when it was made
     */
    public abstract boolean made();

    /**
     * The size of the commitment, if it has one: 499 (USD), 10 (hours).
     *
     * @return the amount, at least 0 and within the {@linkplain Runway bounds of money}, or none
     */
    @Value.Default
    public Option<BigDecimal> amount() {
        return Option.none();
    }

    /**
     * The unit of {@link #amount()}, present exactly when the amount is.
     *
     * @return the unit, or none
     */
    @Value.Default
    public Option<String> unit() {
        return Option.none();
    }

    /**
     * A commitment the customer made.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source who committed
     * @param observedAt when
     * @param kind what was committed
     * @return the commitment
     * @throws InvalidValueException if an argument is null
     */
    public static Commitment made(HypothesisId hypothesisId, Source source, Instant observedAt, Kind kind) {
        return of(hypothesisId, source, observedAt, kind, true);
    }

    /**
     * A commitment the customer was asked for and declined.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source who declined
     * @param observedAt when
     * @param kind what was asked for
     * @return the commitment
     * @throws InvalidValueException if an argument is null
     */
    public static Commitment declined(HypothesisId hypothesisId, Source source, Instant observedAt, Kind kind) {
        return of(hypothesisId, source, observedAt, kind, false);
    }

    private static Commitment of(
            HypothesisId hypothesisId, Source source, Instant observedAt, Kind kind, boolean made) {
        return new ImmutableCommitment.Builder()
                .hypothesisId(Checks.notNull(hypothesisId, "hypothesisId"))
                .source(Checks.notNull(source, "source"))
                .observedAt(Checks.notNull(observedAt, "observedAt"))
                .kind(Checks.notNull(kind, "kind"))
                .made(made)
                .build();
    }

    /**
     * A copy of this commitment with its size.
     *
     * @param amount the amount, at least 0, less than 10<sup>18</sup>, with at most 18 digits after the decimal point
     *     (the {@linkplain Runway bounds of money}, whatever the unit)
     * @param unit the amount's unit ({@code "USD"}, {@code "hours"}), not blank
     * @return the changed copy
     * @throws InvalidValueException if the amount is negative or out of the bounds of money, or the unit blank
     */
    public Commitment withAmount(BigDecimal amount, String unit) {
        return new ImmutableCommitment.Builder()
                .hypothesisId(hypothesisId())
                .source(source())
                .observedAt(observedAt())
                .kind(kind())
                .made(made())
                .amount(Option.of(Checks.amount(amount, "amount")))
                .unit(Option.of(Checks.notBlank(unit, "unit")))
                .build();
    }

    /**
     * Always {@link Strength#PAID}: a commitment costs the customer time, reputation or money.
     *
     * @return {@code PAID}
     */
    @Override
    public final Strength strength() {
        return Strength.PAID;
    }

    /**
     * One when the commitment was made, zero when it was declined.
     *
     * @return 1 or 0
     */
    @Override
    public final long successes() {
        return made() ? 1 : 0;
    }

    /**
     * Always one: each commitment is one request.
     *
     * @return 1
     */
    @Override
    public final long trials() {
        return 1;
    }

    @Value.Check
    void check() {
        amount().forEach(a -> Checks.amount(a, "amount"));
        unit().forEach(u -> Checks.notBlank(u, "unit"));
        if (amount().isDefined() != unit().isDefined()) {
            throw InvalidValueException.of("unit", "must be present exactly when amount is", unit());
        }
    }
}
