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
}
