package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Commitment.Kind;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommitmentTests {
    private static final HypothesisId ID = HypothesisId.of("revenue.pre-order");
    private static final Source RAY = Source.of("dr-ray", "group practices");
    private static final Instant FRIDAY = Instant.parse("2026-03-06T16:30:00Z");

    @Test
    void aCommitmentMadeIsOnePaidSuccess() {
        Commitment preOrder = Commitment.made(ID, RAY, FRIDAY, Kind.MONEY);
        assertEquals(ID, preOrder.hypothesisId());
        assertEquals(RAY, preOrder.source());
        assertEquals(FRIDAY, preOrder.observedAt());
        assertEquals(Kind.MONEY, preOrder.kind());
        assertTrue(preOrder.made());
        assertEquals(Strength.PAID, preOrder.strength());
        assertEquals(1, preOrder.successes());
        assertEquals(1, preOrder.trials());
        assertEquals(Option.none(), preOrder.amount());
        assertEquals(Option.none(), preOrder.unit());
    }

    @Test
    void aCommitmentDeclinedIsOnePaidTrialWithoutSuccess() {
        Commitment refusal = Commitment.declined(ID, RAY, FRIDAY, Kind.REPUTATION);
        assertFalse(refusal.made());
        assertEquals(Kind.REPUTATION, refusal.kind());
        assertEquals(Strength.PAID, refusal.strength());
        assertEquals(0, refusal.successes());
        assertEquals(1, refusal.trials());
    }

    @Test
    void withAmountKeepsTheSizeAndItsUnitAndLeavesTheOriginal() {
        Commitment original = Commitment.made(ID, RAY, FRIDAY, Kind.MONEY);
        Commitment sized = original.withAmount(new BigDecimal("499.00"), "USD");
        assertEquals(Option.some(new BigDecimal("499.00")), sized.amount());
        assertEquals(Option.some("USD"), sized.unit());
        assertEquals(Kind.MONEY, sized.kind());
        assertTrue(sized.made());
        assertEquals(Option.none(), original.amount());
        assertEquals(Option.none(), original.unit());
        assertNotEquals(original, sized);

        Commitment resized = sized.withAmount(BigDecimal.TEN, "hours");
        assertEquals(Option.some(BigDecimal.TEN), resized.amount());
        assertEquals(Option.some("hours"), resized.unit());
        assertEquals(
                Option.some(BigDecimal.ZERO),
                original.withAmount(BigDecimal.ZERO, "USD").amount());
        assertEquals(
                Option.some(BigDecimal.ONE),
                Commitment.declined(ID, RAY, FRIDAY, Kind.TIME)
                        .withAmount(BigDecimal.ONE, "hours")
                        .amount());
    }

    @Test
    void rejectsANegativeAmountOrABlankUnit() {
        Commitment commitment = Commitment.made(ID, RAY, FRIDAY, Kind.MONEY);
        BigDecimal minusOne = new BigDecimal("-1");
        Expect.invalid(
                "amount must be >= 0: -1",
                "amount",
                "must be >= 0",
                minusOne,
                () -> commitment.withAmount(minusOne, "USD"));
        Expect.invalid(
                "unit must not be blank: \"\"",
                "unit",
                "must not be blank",
                "",
                () -> commitment.withAmount(BigDecimal.ONE, ""));
        BigDecimal huge = new BigDecimal("1E+2147483647");
        Expect.invalid(
                "amount must have at most 18 digits before the decimal point: 1E+2147483647",
                "amount",
                "must have at most 18 digits before the decimal point",
                huge,
                () -> commitment.withAmount(huge, "USD"));
        Expect.isNull("amount", () -> commitment.withAmount(null, "USD"));
        Expect.isNull("unit", () -> commitment.withAmount(BigDecimal.ONE, null));
    }

    @Test
    void rejectsMissingArguments() {
        Expect.isNull("hypothesisId", () -> Commitment.made(null, RAY, FRIDAY, Kind.MONEY));
        Expect.isNull("source", () -> Commitment.declined(ID, null, FRIDAY, Kind.MONEY));
        Expect.isNull("observedAt", () -> Commitment.made(ID, RAY, null, Kind.MONEY));
        Expect.isNull("kind", () -> Commitment.declined(ID, RAY, FRIDAY, null));
    }

    @Test
    void commitmentsAreEqualByEveryAttribute() {
        Commitment a = Commitment.made(ID, RAY, FRIDAY, Kind.MONEY).withAmount(new BigDecimal("499"), "USD");
        Commitment b = Commitment.made(
                        HypothesisId.of("revenue.pre-order"),
                        Source.of("dr-ray", "group practices"),
                        Instant.parse("2026-03-06T16:30:00Z"),
                        Kind.MONEY)
                .withAmount(new BigDecimal("499"), new String("USD"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a, Commitment.declined(ID, RAY, FRIDAY, Kind.MONEY).withAmount(new BigDecimal("499"), "USD"));
        assertNotEquals(a, Commitment.made(ID, RAY, FRIDAY, Kind.TIME).withAmount(new BigDecimal("499"), "USD"));
        assertNotEquals(a, Commitment.made(ID, RAY, FRIDAY, Kind.MONEY).withAmount(new BigDecimal("500"), "USD"));
        assertNotEquals(a, Commitment.made(ID, RAY, FRIDAY, Kind.MONEY).withAmount(new BigDecimal("499"), "EUR"));
    }
}
