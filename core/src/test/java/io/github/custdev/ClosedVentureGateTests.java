package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A gate does not decide on a closed venture: it refuses, naming the rule and the closing. */
class ClosedVentureGateTests {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant CLOSING = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aGateRefusesAClosedVentureAndSaysWhy() {
        Venture open = Venture.found(VentureEvent.Founded.of("Dentflow", Runway.experiments(10), 1, START));
        VentureEvent.Closed closing = VentureEvent.Closed.of("out of money", CLOSING);
        Venture closed = open.applyOrThrow(closing);
        PhaseGate gate = PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY);

        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> gate.evaluate(closed, CLOSING));

        assertEquals("venture must be open for a gate to decide, but was closed: " + closing, refused.getMessage());
        assertEquals("venture", refused.field());
        // The open venture is still judged: before the rule, the closed one was judged alike (PERSEVERE).
        assertEquals(GateDecision.Kind.PERSEVERE, gate.evaluate(open, CLOSING).kind());
    }
}
