package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.internal.Checks;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * How much evidence an assessment rests on: the trials or measurements counted, the same with the weights of their
 * strengths, and, for an undecided assessment, how many more the strategy expects to need.
 *
 * <pre>{@code
 * Sample.of(52, 112.5);              // decided, or no estimate of what is still needed
 * Sample.of(52, 112.5, 30);          // inconclusive, 30 more expected
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param size trials for a rate or a count, measurements for a mean; at least 0
 * @param effectiveSize the evidence counted with the weights of its strengths; finite and at least 0
 * @param expectedAdditional how many more trials or measurements the strategy expects to need to decide, each at
 *     least 0; none when decided or when the strategy cannot say
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Sample(long size, double effectiveSize, Option<Long> expectedAdditional) {

    /**
     * Checks the sample.
     *
     * @throws io.github.custdev.InvalidValueException if a size is negative, the effective size not finite, or
     *     {@code expectedAdditional} null or negative
     */
    public Sample {
        Checks.nonNegative(size, "sampleSize");
        Checks.nonNegative(effectiveSize, "effectiveSampleSize");
        Checks.notNull(expectedAdditional, "expectedAdditionalSample");
        if (expectedAdditional.isDefined()) {
            Checks.nonNegative(
                    Checks.notNull(expectedAdditional.get(), "expectedAdditionalSample"), "expectedAdditionalSample");
        }
    }

    /**
     * A sample with no expected additional sample.
     *
     * @param size trials or measurements, at least 0
     * @param effectiveSize the weighted count, finite and at least 0
     * @return the sample
     * @throws io.github.custdev.InvalidValueException if a size is negative or the effective size not finite
     */
    public static Sample of(long size, double effectiveSize) {
        return new Sample(size, effectiveSize, Option.none());
    }

    /**
     * A sample of an undecided assessment, with how many more trials or measurements it expects to need.
     *
     * @param size trials or measurements, at least 0
     * @param effectiveSize the weighted count, finite and at least 0
     * @param expectedAdditional the expected further trials or measurements, at least 0
     * @return the sample
     * @throws io.github.custdev.InvalidValueException if a number is negative or the effective size not finite
     */
    public static Sample of(long size, double effectiveSize, long expectedAdditional) {
        return new Sample(size, effectiveSize, Option.some(expectedAdditional));
    }

    /** A sample for a built-in strategy: {@code more} negative for none. */
    static Sample built(long size, double effectiveSize, long more) {
        return new Sample(size, effectiveSize, more < 0 ? Option.none() : Option.some(more));
    }
}
