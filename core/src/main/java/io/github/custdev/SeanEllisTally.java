package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import java.math.BigInteger;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The answers to Sean Ellis's product/market-fit question, "How would you feel if you could no longer use the
 * product?", counted over qualified respondents.
 *
 * <p>Qualified respondents are those who have used the product recently and enough to judge it; respondents who no
 * longer use it are left out by the caller. A share of "very disappointed" at or above 40% is the conventional
 * signal of product/market fit. A tally is {@link Strength#SAID} evidence with {@code veryDisappointed} successes out
 * of all respondents. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class SeanEllisTally implements Evidence {

    SeanEllisTally() {}

    /**
     * Respondents who would be very disappointed.
     *
     * @return the count, at least 0
     */
    public abstract long veryDisappointed();

    /**
     * Respondents who would be somewhat disappointed.
     *
     * @return the count, at least 0
     */
    public abstract long somewhatDisappointed();

    /**
     * Respondents who would not be disappointed.
     *
     * @return the count, at least 0
     */
    public abstract long notDisappointed();

    /**
     * A tally of qualified respondents' answers.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source the survey (and segment) it came from
     * @param observedAt when the survey closed
     * @param veryDisappointed respondents who would be very disappointed, at least 0
     * @param somewhatDisappointed respondents who would be somewhat disappointed, at least 0
     * @param notDisappointed respondents who would not be disappointed, at least 0
     * @return the tally
     * @throws InvalidValueException if a count is negative, all are zero, or their total does not fit in a long
     */
    public static SeanEllisTally of(
            HypothesisId hypothesisId,
            Source source,
            Instant observedAt,
            long veryDisappointed,
            long somewhatDisappointed,
            long notDisappointed) {
        return new ImmutableSeanEllisTally.Builder()
                .hypothesisId(Checks.notNull(hypothesisId, "hypothesisId"))
                .source(Checks.notNull(source, "source"))
                .observedAt(Checks.notNull(observedAt, "observedAt"))
                .veryDisappointed(veryDisappointed)
                .somewhatDisappointed(somewhatDisappointed)
                .notDisappointed(notDisappointed)
                .build();
    }

    /**
     * All qualified respondents.
     *
     * @return the sum of the three counts, at least 1
     */
    public long respondents() {
        return veryDisappointed() + somewhatDisappointed() + notDisappointed();
    }

    /**
     * The share of respondents who would be very disappointed: the raw signal, without its uncertainty.
     *
     * @return {@code veryDisappointed / respondents}, in [0, 1]
     */
    public double veryDisappointedShare() {
        return (double) veryDisappointed() / respondents();
    }

    /**
     * Always {@link Strength#SAID}: a survey answer is what a customer says.
     *
     * @return {@code SAID}
     */
    @Override
    public final Strength strength() {
        return Strength.SAID;
    }

    /**
     * The respondents who would be very disappointed.
     *
     * @return {@link #veryDisappointed()}
     */
    @Override
    public final long successes() {
        return veryDisappointed();
    }

    /**
     * All qualified respondents.
     *
     * @return {@link #respondents()}
     */
    @Override
    public final long trials() {
        return respondents();
    }

    @Value.Check
    void check() {
        Checks.nonNegative(veryDisappointed(), "veryDisappointed");
        Checks.nonNegative(somewhatDisappointed(), "somewhatDisappointed");
        Checks.nonNegative(notDisappointed(), "notDisappointed");
        long respondents;
        try {
            respondents = Math.addExact(Math.addExact(veryDisappointed(), somewhatDisappointed()), notDisappointed());
        } catch (ArithmeticException overflow) {
            BigInteger total = BigInteger.valueOf(veryDisappointed())
                    .add(BigInteger.valueOf(somewhatDisappointed()))
                    .add(BigInteger.valueOf(notDisappointed()));
            throw InvalidValueException.of("respondents", "must be <= " + Long.MAX_VALUE, total);
        }
        if (respondents < 1) {
            throw InvalidValueException.of("respondents", "must be >= 1", respondents);
        }
    }
}
