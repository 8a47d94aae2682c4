package io.github.custdev.testkit.internal;

import io.github.custdev.Commitment;
import io.github.custdev.Source;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The random parts of one item of evidence, drawn before its hypothesis is known: an {@link EvidenceRecipe} turns
 * them into evidence for its hypothesis. Keeping the parts apart from the hypothesis lets generators combine them
 * without {@code flatMap}, so that jqwik shrinks every part on its own: the kind towards the simplest, the numbers
 * towards 0, the source and the time towards their first values. Immutable.
 */
public final class Draw {
    final int kind;
    final Source source;
    final Instant observedAt;
    final int strength;
    final int trials;
    final double first;
    final double second;
    final Option<String> quote;
    final Commitment.Kind commitmentKind;
    final Option<BigDecimal> amount;
    final String amountUnit;
    final double spread;

    Draw(
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
     * The parts of one item of evidence in a generated journey: a customer, a kind, a strength, up to ten trials and two
     * uniform outcomes in (0, 1) for a recipe with a truth; no quote and no amount. The observation time is set when
     * the item is recorded ({@link #observedAt(Instant)}).
     *
     * @param kind the kind seed
     * @param customer the customer's number, from 1
     * @param strength the strength seed
     * @param trials the trials of a behaviour or respondents of a tally
     * @param first the first uniform outcome
     * @param second the second uniform outcome
     * @return the draw
     */
    static Draw ofJourney(int kind, int customer, int strength, int trials, double first, double second) {
        return new Draw(
                kind,
                Source.of("customer-" + customer),
                Generators.START,
                strength,
                trials,
                first,
                second,
                Option.none(),
                commitmentKind(kind),
                Option.none(),
                "USD",
                0.0);
    }

    /**
     * This draw observed at another instant.
     *
     * @param at the observation time
     * @return the changed copy
     */
    Draw observedAt(Instant at) {
        return new Draw(
                kind, source, at, strength, trials, first, second, quote, commitmentKind, amount, amountUnit, spread);
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
