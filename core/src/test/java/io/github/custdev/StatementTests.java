package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.custdev.Statement.Stance;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatementTests {
    private static final HypothesisId ID = HypothesisId.of("problem");
    private static final Source LEE = Source.of("dr-lee", "solo practices");
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aSupportingStatementIsOneSuccessInOneTrial() {
        Statement statement = Statement.supports(ID, LEE, MONDAY);
        assertEquals(ID, statement.hypothesisId());
        assertEquals(LEE, statement.source());
        assertEquals(MONDAY, statement.observedAt());
        assertEquals(Stance.SUPPORTS, statement.stance());
        assertEquals(Strength.SAID, statement.strength());
        assertEquals(1, statement.successes());
        assertEquals(1, statement.trials());
        assertEquals(Option.none(), statement.quote());
    }

    @Test
    void refutingAndNeutralStatementsAreTrialsWithoutSuccess() {
        Statement refutes = Statement.refutes(ID, LEE, MONDAY);
        Statement neutral = Statement.neutral(ID, LEE, MONDAY);
        assertEquals(Stance.REFUTES, refutes.stance());
        assertEquals(Stance.NEUTRAL, neutral.stance());
        assertEquals(0, refutes.successes());
        assertEquals(1, refutes.trials());
        assertEquals(0, neutral.successes());
        assertEquals(1, neutral.trials());
        assertEquals(Strength.SAID, neutral.strength());
    }

    @Test
    void ofTakesTheStance() {
        for (Stance stance : Stance.values()) {
            assertEquals(stance, Statement.of(ID, LEE, MONDAY, stance).stance());
        }
        assertEquals(Statement.supports(ID, LEE, MONDAY), Statement.of(ID, LEE, MONDAY, Stance.SUPPORTS));
    }

    @Test
    void withQuoteKeepsTheCustomersWordsAndLeavesTheOriginal() {
        Statement original = Statement.supports(ID, LEE, MONDAY);
        Statement quoted = original.withQuote("We lose a morning a week to the phone");
        assertEquals(Option.some("We lose a morning a week to the phone"), quoted.quote());
        assertEquals(Option.none(), original.quote());
        assertEquals(original.stance(), quoted.stance());
        assertEquals(original.observedAt(), quoted.observedAt());
        assertEquals(Option.some("again"), quoted.withQuote("again").quote());
        assertNotEquals(original, quoted);
    }

    @Test
    void rejectsABlankOrMissingQuote() {
        Statement statement = Statement.neutral(ID, LEE, MONDAY);
        Expect.invalid(
                "quote must not be blank: \" \"", "quote", "must not be blank", " ", () -> statement.withQuote(" "));
        Expect.isNull("quote", () -> statement.withQuote(null));
    }

    @Test
    void rejectsMissingArguments() {
        Expect.isNull("hypothesisId", () -> Statement.supports(null, LEE, MONDAY));
        Expect.isNull("source", () -> Statement.refutes(ID, null, MONDAY));
        Expect.isNull("observedAt", () -> Statement.neutral(ID, LEE, null));
        Expect.isNull("stance", () -> Statement.of(ID, LEE, MONDAY, null));
    }

    @Test
    void statementsAreEqualByEveryAttribute() {
        Statement a = Statement.supports(ID, LEE, MONDAY).withQuote("yes");
        Statement b = Statement.of(
                        HypothesisId.of("problem"),
                        Source.of("dr-lee", "solo practices"),
                        Instant.parse("2026-03-02T09:00:00Z"),
                        Stance.SUPPORTS)
                .withQuote(new String("yes"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a, Statement.refutes(ID, LEE, MONDAY).withQuote("yes"));
        assertNotEquals(a, Statement.supports(ID, Source.of("dr-ray"), MONDAY).withQuote("yes"));
        assertNotEquals(a, Statement.supports(ID, LEE, MONDAY.plusSeconds(1)).withQuote("yes"));
        assertNotEquals(
                a, Statement.supports(HypothesisId.of("other"), LEE, MONDAY).withQuote("yes"));
    }
}
