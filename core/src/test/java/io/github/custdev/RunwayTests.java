package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RunwayTests {

    @Test
    void aRunwayOfExperimentsPaysOnePerExperimentWhateverItCost() {
        Runway runway = Runway.experiments(2);
        assertEquals(Runway.Kind.EXPERIMENTS, runway.kind());
        assertEquals("experiments", runway.unit());
        assertEquals(new BigDecimal(2), runway.remaining());
        Runway one = runway.afterExperiment(new BigDecimal("500"));
        assertEquals(Runway.experiments(1), one);
        Runway none = one.afterExperiment(BigDecimal.ZERO);
        assertTrue(none.isExhausted());
        assertFalse(none.canPay(BigDecimal.ZERO));
        assertEquals("0 experiments", none.toString());
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> none.afterExperiment(BigDecimal.ZERO));
        assertEquals("cost must be payable from the runway (0 experiments): 0", e.getMessage());
    }

    @Test
    void aRunwayOfMoneyPaysWhatEachExperimentCost() {
        Runway runway = Runway.money(new BigDecimal("1000"), "USD");
        assertEquals(Runway.Kind.MONEY, runway.kind());
        assertEquals("USD", runway.unit());
        assertTrue(runway.canPay(new BigDecimal("1000")));
        assertFalse(runway.canPay(new BigDecimal("1000.01")));
        assertSame(runway, runway.afterExperiment(BigDecimal.ZERO));
        Runway left = runway.afterExperiment(new BigDecimal("999.50"));
        assertEquals(Runway.money(new BigDecimal("0.5"), "USD"), left);
        assertEquals("0.50 USD", left.toString());
        assertFalse(left.isExhausted());
        assertTrue(left.afterExperiment(new BigDecimal("0.50")).isExhausted());
    }

    @Test
    void runwaysAreEqualByKindUnitAndAmount() {
        assertEquals(Runway.money(new BigDecimal("5.0"), "USD"), Runway.money(new BigDecimal("5"), "USD"));
        assertEquals(
                Runway.money(new BigDecimal("5.0"), "USD").hashCode(),
                Runway.money(new BigDecimal("5"), "USD").hashCode());
        assertNotEquals(Runway.money(new BigDecimal("5"), "EUR"), Runway.money(new BigDecimal("5"), "USD"));
        assertNotEquals(Runway.experiments(5), Runway.money(new BigDecimal("5"), "experiments"));
        assertNotEquals(Runway.experiments(5), Runway.experiments(4));
    }

    @Test
    void badAmountsAreInvalidValues() {
        assertEquals(
                "runway must be >= 0: -1",
                assertThrows(InvalidValueException.class, () -> Runway.experiments(-1))
                        .getMessage());
        assertEquals(
                "runway must be >= 0: -0.01",
                assertThrows(InvalidValueException.class, () -> Runway.money(new BigDecimal("-0.01"), "USD"))
                        .getMessage());
        assertEquals(
                "runway.currency must not be blank: \" \"",
                assertThrows(InvalidValueException.class, () -> Runway.money(BigDecimal.ONE, " "))
                        .getMessage());
        assertEquals(
                "runway is null",
                assertThrows(InvalidValueException.class, () -> Runway.money(null, "USD"))
                        .getMessage());
        assertEquals(
                "cost must be >= 0: -1",
                assertThrows(
                                InvalidValueException.class,
                                () -> Runway.experiments(3).afterExperiment(new BigDecimal(-1)))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> Runway.experiments(3).afterExperiment(null));
    }

    @Test
    void moneyHasAtMostEighteenDigitsOnEitherSideOfItsPoint() {
        BigDecimal largest = new BigDecimal("999999999999999999.999999999999999999");
        BigDecimal wei = new BigDecimal("1E-18");
        Runway left = Runway.money(largest, "ETH").afterExperiment(wei);
        assertEquals("999999999999999999.999999999999999998 ETH", left.toString());
        assertTrue(Runway.money(wei, "ETH").afterExperiment(wei).isExhausted());
        assertFalse(Runway.money(wei, "ETH").canPay(largest));
        assertEquals(
                "0 USD", Runway.money(new BigDecimal("0E+2147483647"), "USD").toString());
        assertEquals(Runway.money(BigDecimal.ZERO, "USD"), Runway.money(new BigDecimal("0E+30"), "USD"));

        String before = "must have at most 18 digits before the decimal point";
        String after = "must have at most 18 digits after the decimal point";
        for (String text : new String[] {"1E+18", "1000000000000000000.5", "1E+1000000000", "1E+2147483647"}) {
            BigDecimal amount = new BigDecimal(text);
            Expect.invalid(
                    "runway " + before + ": " + amount, "runway", before, amount, () -> Runway.money(amount, "USD"));
        }
        for (String text : new String[] {"1E-19", "0E-19", "1.0000000000000000000", "1E-1000000000"}) {
            BigDecimal amount = new BigDecimal(text);
            Expect.invalid(
                    "runway " + after + ": " + amount, "runway", after, amount, () -> Runway.money(amount, "USD"));
            Runway rich = Runway.money(largest, "USD");
            Expect.invalid("cost " + after + ": " + amount, "cost", after, amount, () -> rich.afterExperiment(amount));
        }
    }
}
