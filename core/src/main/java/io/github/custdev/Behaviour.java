package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What customers did: {@code successes} of {@code trials} took the action the hypothesis predicts (signed up, came
 * back, clicked "buy", converted to paying).
 *
 * <p>A behaviour is {@link Strength#DID} evidence, or {@link Strength#PAID} when the action was a payment. A single
 * customer's action is 1 of 1 (or 0 of 1); a landing page's day is, say, 37 of 1,200. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class Behaviour implements Evidence {

    Behaviour() {}

    /**
     * How many took the action.
     *
     * @return the successes, in [0, trials]
     */
    @Override
    public abstract long successes();

    /**
     * How many had the chance to take it.
     *
     * @return the trials, at least 1
     */
    @Override
    public abstract long trials();

    /**
     * {@link Strength#DID}, or {@link Strength#PAID} when the action was a payment.
     *
     * @return the strength
     */
    @Override
    public abstract Strength strength();

    /**
     * A behaviour of strength {@link Strength#DID}.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source who acted (a customer, a cohort, a landing page)
     * @param observedAt when it was observed
     * @param successes how many took the action, in [0, trials]
     * @param trials how many had the chance, at least 1
     * @return the behaviour
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static Behaviour of(
            HypothesisId hypothesisId, Source source, Instant observedAt, long successes, long trials) {
        return of(hypothesisId, source, observedAt, successes, trials, Strength.DID);
    }

    /**
     * A behaviour of the given strength.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source who acted
     * @param observedAt when it was observed
     * @param successes how many took the action, in [0, trials]
     * @param trials how many had the chance, at least 1
     * @param strength {@code DID}, or {@code PAID} for a payment
     * @return the behaviour
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static Behaviour of(
            HypothesisId hypothesisId,
            Source source,
            Instant observedAt,
            long successes,
            long trials,
            Strength strength) {
        return new ImmutableBehaviour.Builder()
                .hypothesisId(Checks.notNull(hypothesisId, "hypothesisId"))
                .source(Checks.notNull(source, "source"))
                .observedAt(Checks.notNull(observedAt, "observedAt"))
                .successes(successes)
                .trials(trials)
                .strength(Checks.notNull(strength, "strength"))
                .build();
    }

    @Value.Check
    void check() {
        Checks.positive(trials(), "trials");
        Checks.nonNegative(successes(), "successes");
        if (successes() > trials()) {
            throw InvalidValueException.of("successes", "must be <= trials (" + trials() + ")", successes());
        }
        if (strength() == Strength.SAID) {
            throw InvalidValueException.of("strength", "must be DID or PAID for a behaviour", strength());
        }
    }
}
