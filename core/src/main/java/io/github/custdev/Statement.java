package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import io.vavr.control.Option;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a customer said in an interview or a survey: it supports the hypothesis, refutes it, or neither.
 *
 * <p>Statements are the weakest evidence ({@link Strength#SAID}). Each counts as one trial; a supporting one is also
 * a success, so a neutral answer lowers the share of positive responses as a refuting one does. The customer's own
 * words can be kept as a quote. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class Statement implements Evidence {

    /** Where a statement stands on its hypothesis. */
    public enum Stance {
        /** The customer's words support the hypothesis. */
        SUPPORTS,
        /** The customer's words refute the hypothesis. */
        REFUTES,
        /** The customer's words neither support nor refute it. */
        NEUTRAL
    }

    Statement() {}

    /**
     * Where the statement stands on its hypothesis.
     *
     * @return the stance
     */
    public abstract Stance stance();

    /**
     * The customer's own words, if the caller kept them.
     *
     * @return the quote, or none
     */
    @Value.Default
    public Option<String> quote() {
        return Option.none();
    }

    /**
     * A statement.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source who said it
     * @param observedAt when it was said
     * @param stance where it stands on the hypothesis
     * @return the statement
     * @throws InvalidValueException if an argument is null
     */
    public static Statement of(HypothesisId hypothesisId, Source source, Instant observedAt, Stance stance) {
        return new ImmutableStatement.Builder()
                .hypothesisId(Checks.notNull(hypothesisId, "hypothesisId"))
                .source(Checks.notNull(source, "source"))
                .observedAt(Checks.notNull(observedAt, "observedAt"))
                .stance(Checks.notNull(stance, "stance"))
                .build();
    }

    /**
     * A statement that supports its hypothesis.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source who said it
     * @param observedAt when it was said
     * @return the statement
     */
    public static Statement supports(HypothesisId hypothesisId, Source source, Instant observedAt) {
        return of(hypothesisId, source, observedAt, Stance.SUPPORTS);
    }

    /**
     * A statement that refutes its hypothesis.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source who said it
     * @param observedAt when it was said
     * @return the statement
     */
    public static Statement refutes(HypothesisId hypothesisId, Source source, Instant observedAt) {
        return of(hypothesisId, source, observedAt, Stance.REFUTES);
    }

    /**
     * A statement that neither supports nor refutes its hypothesis.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source who said it
     * @param observedAt when it was said
     * @return the statement
     */
    public static Statement neutral(HypothesisId hypothesisId, Source source, Instant observedAt) {
        return of(hypothesisId, source, observedAt, Stance.NEUTRAL);
    }

    /**
     * A copy of this statement with the customer's own words.
     *
     * @param quote the words, not blank
     * @return the changed copy
     */
    public Statement withQuote(String quote) {
        return new ImmutableStatement.Builder()
                .hypothesisId(hypothesisId())
                .source(source())
                .observedAt(observedAt())
                .stance(stance())
                .quote(Option.of(Checks.notBlank(quote, "quote")))
                .build();
    }

    /**
     * Always {@link Strength#SAID}: a statement is what a customer says.
     *
     * @return {@code SAID}
     */
    @Override
    public final Strength strength() {
        return Strength.SAID;
    }

    /**
     * One for a supporting statement, zero otherwise.
     *
     * @return 1 or 0
     */
    @Override
    public final long successes() {
        return stance() == Stance.SUPPORTS ? 1 : 0;
    }

    /**
     * Always one: each statement is one answer.
     *
     * @return 1
     */
    @Override
    public final long trials() {
        return 1;
    }

    @Value.Check
    void check() {
        quote().forEach(q -> Checks.notBlank(q, "quote"));
    }
}
