package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A numeric value observed for a hypothesis, in a unit: a stated willingness to pay, weekly sessions, days from first
 * call to signature, a customer's acquisition cost.
 *
 * <p>Its strength says how it was obtained: {@code SAID} for what a customer states ("I'd pay $30"), {@code DID} for
 * what was observed (usage), {@code PAID} for what was paid. A measurement counts no trials; it feeds a mean. All
 * measurements of one hypothesis share one unit. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class Measurement implements Evidence {

    Measurement() {}

    /**
     * The measured value.
     *
     * @return the value, finite
     */
    public abstract double value();

    /**
     * The unit of the value ({@code "USD/month"}, {@code "sessions/week"}, {@code "days"}).
     *
     * @return the unit, not blank
     */
    public abstract String unit();

    /**
     * How the value was obtained: said, did or paid.
     *
     * @return the strength
     */
    @Override
    public abstract Strength strength();

    /**
     * A measurement.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source whom it was measured on
     * @param observedAt when
     * @param value the value, finite and at most {@value #MAXIMUM_MAGNITUDE} in magnitude: the statistics of the
     *     evidence square the differences between measurements and sum them over up to 2<sup>63</sup> items and
     *     weights, and this bound keeps those sums finite (no currency, duration or count comes near it)
     * @param unit the unit, not blank
     * @param strength how it was obtained
     * @return the measurement
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static Measurement of(
            HypothesisId hypothesisId,
            Source source,
            Instant observedAt,
            double value,
            String unit,
            Strength strength) {
        return new ImmutableMeasurement.Builder()
                .hypothesisId(Checks.notNull(hypothesisId, "hypothesisId"))
                .source(Checks.notNull(source, "source"))
                .observedAt(Checks.notNull(observedAt, "observedAt"))
                .value(value)
                .unit(Checks.notNull(unit, "unit"))
                .strength(Checks.notNull(strength, "strength"))
                .build();
    }

    /**
     * Always zero: a measurement is not a trial.
     *
     * @return 0
     */
    @Override
    public final long successes() {
        return 0;
    }

    /**
     * Always zero: a measurement is not a trial.
     *
     * @return 0
     */
    @Override
    public final long trials() {
        return 0;
    }

    /** The largest magnitude of a measured value. */
    public static final double MAXIMUM_MAGNITUDE = 1e100;

    @Value.Check
    void check() {
        if (!(Math.abs(value()) <= MAXIMUM_MAGNITUDE)) {
            throw InvalidValueException.of("value", "must be finite and in [-1.0E100, 1.0E100]", value());
        }
        Checks.notBlank(unit(), "unit");
    }
}
