package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BehaviourTests {
    private static final HypothesisId ID = HypothesisId.of("channel.landing-page");
    private static final Source PAGE = Source.of("landing-page");
    private static final Instant DAY = Instant.parse("2026-03-04T00:00:00Z");

    @Test
    void aConversionIsSuccessesOfTrialsThatCustomersDid() {
        Behaviour signUps = Behaviour.of(ID, PAGE, DAY, 37, 1_200);
        assertEquals(ID, signUps.hypothesisId());
        assertEquals(PAGE, signUps.source());
        assertEquals(DAY, signUps.observedAt());
        assertEquals(37, signUps.successes());
        assertEquals(1_200, signUps.trials());
        assertEquals(Strength.DID, signUps.strength());
    }

    @Test
    void aPaymentIsPaidBehaviour() {
        Behaviour paid = Behaviour.of(ID, PAGE, DAY, 3, 40, Strength.PAID);
        assertEquals(Strength.PAID, paid.strength());
        assertEquals(Behaviour.of(ID, PAGE, DAY, 3, 40), Behaviour.of(ID, PAGE, DAY, 3, 40, Strength.DID));
    }

    @Test
    void acceptsTheEdgesOfTheRange() {
        assertEquals(0, Behaviour.of(ID, PAGE, DAY, 0, 1).successes());
        assertEquals(1, Behaviour.of(ID, PAGE, DAY, 1, 1).successes());
        Behaviour huge = Behaviour.of(ID, PAGE, DAY, Long.MAX_VALUE, Long.MAX_VALUE);
        assertEquals(Long.MAX_VALUE, huge.trials());
    }

    @Test
    void rejectsTrialsBelowOne() {
        Expect.invalid("trials must be >= 1: 0", "trials", "must be >= 1", 0L, () -> Behaviour.of(ID, PAGE, DAY, 0, 0));
        Expect.invalid(
                "trials must be >= 1: -5", "trials", "must be >= 1", -5L, () -> Behaviour.of(ID, PAGE, DAY, -1, -5));
    }

    @Test
    void rejectsNegativeSuccesses() {
        Expect.invalid(
                "successes must be >= 0: -1",
                "successes",
                "must be >= 0",
                -1L,
                () -> Behaviour.of(ID, PAGE, DAY, -1, 10));
    }

    @Test
    void rejectsMoreSuccessesThanTrials() {
        Expect.invalid(
                "successes must be <= trials (10): 11",
                "successes",
                "must be <= trials (10)",
                11L,
                () -> Behaviour.of(ID, PAGE, DAY, 11, 10));
    }

    @Test
    void rejectsSaidAsTheStrengthOfABehaviour() {
        Expect.invalid(
                "strength must be DID or PAID for a behaviour: SAID",
                "strength",
                "must be DID or PAID for a behaviour",
                Strength.SAID,
                () -> Behaviour.of(ID, PAGE, DAY, 1, 2, Strength.SAID));
    }

    @Test
    void rejectsMissingArguments() {
        Expect.isNull("hypothesisId", () -> Behaviour.of(null, PAGE, DAY, 1, 2));
        Expect.isNull("source", () -> Behaviour.of(ID, null, DAY, 1, 2));
        Expect.isNull("observedAt", () -> Behaviour.of(ID, PAGE, null, 1, 2));
        Expect.isNull("strength", () -> Behaviour.of(ID, PAGE, DAY, 1, 2, null));
    }

    @Test
    void behavioursAreEqualByEveryAttribute() {
        Behaviour a = Behaviour.of(ID, PAGE, DAY, 37, 1_200, Strength.PAID);
        Behaviour b = Behaviour.of(
                HypothesisId.of("channel.landing-page"),
                Source.of("landing-page"),
                Instant.parse("2026-03-04T00:00:00Z"),
                37,
                1_200,
                Strength.PAID);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a, Behaviour.of(ID, PAGE, DAY, 37, 1_200, Strength.DID));
        assertNotEquals(a, Behaviour.of(ID, PAGE, DAY, 38, 1_200, Strength.PAID));
        assertNotEquals(a, Behaviour.of(ID, PAGE, DAY, 37, 1_201, Strength.PAID));
    }
}
