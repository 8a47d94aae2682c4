package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RejectionTests {
    private static final VentureEvent ADVANCE = VentureEvent.PhaseAdvanced.of(T0);

    @Test
    void aRejectionNamesThePositionTheEventTheRuleAndTheValue() {
        Rejection rejection = Rejection.of(Rejection.Rule.RETIRED_HYPOTHESIS, ADVANCE, 7, id("segment.solo"));
        assertEquals(Rejection.Rule.RETIRED_HYPOTHESIS, rejection.rule());
        assertEquals(ADVANCE, rejection.event());
        assertEquals(7, rejection.position());
        assertEquals(id("segment.solo"), rejection.value());
        assertEquals(
                "event 7 (PhaseAdvanced at 2026-03-02T09:00:00Z) rejected: evidence must be for an active hypothesis,"
                        + " not one retired by a pivot: segment.solo",
                rejection.message());
        assertEquals(rejection.message(), rejection.toString());
    }

    @Test
    void textValuesAreQuotedAndAbsentValuesLeftOut() {
        assertEquals(
                "event 0 (PhaseAdvanced at 2026-03-02T09:00:00Z) rejected: a venture is founded only once: \"V\"",
                Rejection.of(Rejection.Rule.ALREADY_FOUNDED, ADVANCE, 0, "V").message());
        Rejection noValue = Rejection.of(Rejection.Rule.CLOSED, ADVANCE, 0, null);
        assertNull(noValue.value());
        assertEquals(
                "event 0 (PhaseAdvanced at 2026-03-02T09:00:00Z) rejected: no event may follow the closing of the"
                        + " venture",
                noValue.message());
    }

    @Test
    void rejectionsAreValues() {
        Rejection a = Rejection.of(Rejection.Rule.CLOSED, ADVANCE, 3, T0);
        assertEquals(a, Rejection.of(Rejection.Rule.CLOSED, ADVANCE, 3, T0));
        assertEquals(
                a.hashCode(),
                Rejection.of(Rejection.Rule.CLOSED, ADVANCE, 3, T0).hashCode());
        assertNotEquals(a, Rejection.of(Rejection.Rule.CLOSED, ADVANCE, 4, T0));
        assertNotEquals(a, Rejection.of(Rejection.Rule.OUT_OF_ORDER, ADVANCE, 3, T0));
        for (Rejection.Rule rule : Rejection.Rule.values()) {
            assertFalse(rule.description().isBlank());
        }
    }

    @Test
    void badPartsAreInvalidValues() {
        assertThrows(InvalidValueException.class, () -> Rejection.of(null, ADVANCE, 0, null));
        assertThrows(InvalidValueException.class, () -> Rejection.of(Rejection.Rule.CLOSED, null, 0, null));
        assertEquals(
                "position must be >= 0: -1",
                assertThrows(InvalidValueException.class, () -> Rejection.of(Rejection.Rule.CLOSED, ADVANCE, -1, null))
                        .getMessage());
    }
}
