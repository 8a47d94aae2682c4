package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeanEllisTallyTests {
    private static final HypothesisId ID = HypothesisId.of("pmf.ellis");
    private static final Source SURVEY = Source.of("survey-2026-03", "solo practices");
    private static final Instant CLOSED = Instant.parse("2026-03-31T23:59:59Z");

    @Test
    void aTallyCountsTheVeryDisappointedAmongAllQualifiedRespondents() {
        SeanEllisTally tally = SeanEllisTally.of(ID, SURVEY, CLOSED, 42, 35, 28);
        assertEquals(ID, tally.hypothesisId());
        assertEquals(SURVEY, tally.source());
        assertEquals(CLOSED, tally.observedAt());
        assertEquals(42, tally.veryDisappointed());
        assertEquals(35, tally.somewhatDisappointed());
        assertEquals(28, tally.notDisappointed());
        assertEquals(105, tally.respondents());
        assertEquals(0.4, tally.veryDisappointedShare(), 1e-15); // 42 / 105
        assertEquals(Strength.SAID, tally.strength());
        assertEquals(42, tally.successes());
        assertEquals(105, tally.trials());
    }

    @Test
    void oneRespondentIsEnough() {
        assertEquals(1.0, SeanEllisTally.of(ID, SURVEY, CLOSED, 1, 0, 0).veryDisappointedShare());
        assertEquals(0.0, SeanEllisTally.of(ID, SURVEY, CLOSED, 0, 0, 1).veryDisappointedShare());
        assertEquals(0.0, SeanEllisTally.of(ID, SURVEY, CLOSED, 0, 1, 0).veryDisappointedShare());
    }

    @Test
    void rejectsNegativeCounts() {
        Expect.invalid(
                "veryDisappointed must be >= 0: -1",
                "veryDisappointed",
                "must be >= 0",
                -1L,
                () -> SeanEllisTally.of(ID, SURVEY, CLOSED, -1, 5, 5));
        Expect.invalid(
                "somewhatDisappointed must be >= 0: -2",
                "somewhatDisappointed",
                "must be >= 0",
                -2L,
                () -> SeanEllisTally.of(ID, SURVEY, CLOSED, 5, -2, 5));
        Expect.invalid(
                "notDisappointed must be >= 0: -3",
                "notDisappointed",
                "must be >= 0",
                -3L,
                () -> SeanEllisTally.of(ID, SURVEY, CLOSED, 5, 5, -3));
    }

    @Test
    void rejectsASurveyWithoutRespondents() {
        Expect.invalid(
                "respondents must be >= 1: 0",
                "respondents",
                "must be >= 1",
                0L,
                () -> SeanEllisTally.of(ID, SURVEY, CLOSED, 0, 0, 0));
    }

    @Test
    void rejectsCountsWhoseTotalDoesNotFitALong() {
        String rule = "must be <= " + Long.MAX_VALUE;
        // Three times Long.MAX_VALUE wraps around to a positive long: the tally must not accept it.
        BigInteger threeMax = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(3));
        Expect.invalid(
                "respondents " + rule + ": 27670116110564327421",
                "respondents",
                rule,
                threeMax,
                () -> SeanEllisTally.of(ID, SURVEY, CLOSED, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE));
        BigInteger maxPlusOne = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
        Expect.invalid(
                "respondents " + rule + ": 9223372036854775808",
                "respondents",
                rule,
                maxPlusOne,
                () -> SeanEllisTally.of(ID, SURVEY, CLOSED, Long.MAX_VALUE, 1, 0));
        assertEquals(
                Long.MAX_VALUE,
                SeanEllisTally.of(ID, SURVEY, CLOSED, Long.MAX_VALUE - 2, 1, 1).respondents());
    }

    @Test
    void rejectsMissingArguments() {
        Expect.isNull("hypothesisId", () -> SeanEllisTally.of(null, SURVEY, CLOSED, 1, 1, 1));
        Expect.isNull("source", () -> SeanEllisTally.of(ID, null, CLOSED, 1, 1, 1));
        Expect.isNull("observedAt", () -> SeanEllisTally.of(ID, SURVEY, null, 1, 1, 1));
    }

    @Test
    void talliesAreEqualByEveryAttribute() {
        SeanEllisTally a = SeanEllisTally.of(ID, SURVEY, CLOSED, 42, 35, 28);
        SeanEllisTally b = SeanEllisTally.of(
                HypothesisId.of("pmf.ellis"),
                Source.of("survey-2026-03", "solo practices"),
                Instant.parse("2026-03-31T23:59:59Z"),
                42,
                35,
                28);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a, SeanEllisTally.of(ID, SURVEY, CLOSED, 35, 42, 28));
        assertNotEquals(a, SeanEllisTally.of(ID, SURVEY, CLOSED, 42, 28, 35));
    }
}
