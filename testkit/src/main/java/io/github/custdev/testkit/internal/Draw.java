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

    @Override
    public String toString() {
        return "Draw[kind=" + kind + ", source=" + source + ", at=" + observedAt + ", trials=" + trials + ", first="
                + first + ", second=" + second + ']';
    }
}
