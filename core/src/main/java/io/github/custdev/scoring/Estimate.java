package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import org.apiguardian.api.API;

/**
 * What an assessment estimates the criterion's metric to be: a point value (a rate, a mean or a count) and the
 * interval around it, which contains it.
 *
 * <pre>{@code
 * Estimate.of(0.42, Interval.credible(0.31, 0.52, 0.95));
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param value the point estimate, finite and inside {@code interval}
 * @param interval the interval estimate
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Estimate(double value, Interval interval) {

    /**
     * Checks the estimate.
     *
     * @throws InvalidValueException if the interval is null, or the value is not finite or lies outside it
     */
    public Estimate {
        Checks.notNull(interval, "interval");
        Checks.finite(value, "estimate");
        if (!interval.contains(value)) {
            throw InvalidValueException.of("estimate", "must lie in the interval " + interval, value);
        }
    }

    /**
     * An estimate.
     *
     * @param value the point estimate, finite and inside {@code interval}
     * @param interval the interval estimate
     * @return the estimate
     * @throws InvalidValueException if the interval is null, or the value is not finite or lies outside it
     */
    public static Estimate of(double value, Interval interval) {
        return new Estimate(value, interval);
    }
}
