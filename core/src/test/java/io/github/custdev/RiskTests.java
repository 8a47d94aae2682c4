package io.github.custdev;

import static io.github.custdev.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class RiskTests {

    @Test
    void riskIsImportanceTimesUncertainty() {
        Risk risk = Risk.of(id("problem"), 3, 0.4, false, Option.some(12L));
        assertEquals(1.2, risk.risk(), 1e-12);
        assertEquals(id("problem"), risk.hypothesisId());
        assertEquals(3, risk.importance());
        assertEquals(0.4, risk.uncertainty());
        assertEquals(Option.some(12L), risk.expectedAdditionalSample());
        assertEquals("risk 1.2 = importance 3 x uncertainty 0.4, about 12 more expected", risk.toString());
        Risk untested = Risk.of(id("segment"), 2, 1, true, Option.none());
        assertEquals("risk 2 = importance 2 x uncertainty 1 (untested)", untested.toString());
        assertEquals(Option.none(), untested.expectedAdditionalSample());
        Risk decided = Risk.of(id("channel"), 2, 0.1, false, Option.some(0L));
        assertEquals(Option.some(0L), decided.expectedAdditionalSample(), "none more is still a number");
        assertEquals("risk 0.2 = importance 2 x uncertainty 0.1, about 0 more expected", decided.toString());
    }

    @Test
    void risksAreEqualByEveryPart() {
        Risk risk = Risk.of(id("problem"), 3, 0.4, false, Option.some(12L));
        assertEquals(risk, Risk.of(id("problem"), 3, 0.4, false, Option.some(12L)));
        assertEquals(
                risk.hashCode(),
                Risk.of(id("problem"), 3, 0.4, false, Option.some(12L)).hashCode());
        assertNotEquals(risk, Risk.of(id("problem"), 3, 0.4, false, Option.none()));
        assertNotEquals(risk, Risk.of(id("problem"), 2, 0.4, false, Option.some(12L)));
    }

    @Test
    void badPartsAreInvalidValues() {
        assertEquals(
                "uncertainty must be in [0, 1]: 1.5",
                assertThrows(InvalidValueException.class, () -> Risk.of(id("a"), 1, 1.5, false, Option.none()))
                        .getMessage());
        assertEquals(
                "importance must be finite and > 0: 0.0",
                assertThrows(InvalidValueException.class, () -> Risk.of(id("a"), 0, 0.5, false, Option.none()))
                        .getMessage());
        assertEquals(
                "uncertainty must be 1 for an untested hypothesis: 0.5",
                assertThrows(InvalidValueException.class, () -> Risk.of(id("a"), 1, 0.5, true, Option.none()))
                        .getMessage());
        assertEquals(
                "expectedAdditionalSample must be >= 0: -1",
                assertThrows(InvalidValueException.class, () -> Risk.of(id("a"), 1, 0.5, false, Option.some(-1L)))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> Risk.of(null, 1, 0.5, false, Option.none()));
    }
}
