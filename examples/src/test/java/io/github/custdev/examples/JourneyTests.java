package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JourneyTests {

    private static String output() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            Journey.run(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static void assertHas(String output, String line) {
        assertTrue(output.contains(line), () -> "missing: " + line + "\n--- in:\n" + output);
    }

    @Test
    void theVenturePerseveresThenPivotsOnItsSegmentThenProceedsToValidation() {
        String output = output();
        assertHas(
                output,
                "PERSEVERE at the CUSTOMER_DISCOVERY gate, 2026-01-09T19:00:00Z: test"
                        + " value.two-way-reminders next (risk 2 = importance 2 x uncertainty 1, about 6 more expected)");
        assertHas(
                output,
                "PIVOT at the CUSTOMER_DISCOVERY gate, 2026-01-18T13:00:00Z: refuted"
                        + " segment.solo-dentists; fitting pivots: customer segment; return to CUSTOMER_DISCOVERY");
        assertHas(output, "      segment.solo-dentists: REFUTED, P(rate >= 0.60) = 0.01 after 12 trials");
        assertHas(
                output,
                "customer segment pivot at 2026-01-19T13:00:00Z: retires segment.solo-dentists; states"
                        + " segment.group-practices; returns to CUSTOMER_DISCOVERY");
        assertHas(output, "Its evidence stays in the log: 12 items of 36; the pivot lost nothing.");
        assertHas(output, "PROCEED at the CUSTOMER_DISCOVERY gate, 2026-02-03T15:00:00Z: on to CUSTOMER_VALIDATION");
        assertHas(output, "Advanced to CUSTOMER_VALIDATION (SEARCH).");
        assertHas(
                output,
                "PERSEVERE at the CUSTOMER_VALIDATION gate, 2026-02-22T17:00:00Z: test economics.ltv-cac"
                        + " next (risk 3 = importance 3 x uncertainty 1 (untested), about 5 more expected)");
        assertHas(
                output,
                "      channel.sales-cycle: SUPPORTED, P(mean <= 45 days) > 0.99: mean 35 days after 6"
                        + " measurements");
    }

    @Test
    void everyTraceAfterTheEarlyHireFlagsPrematureScaling() {
        String output = output();
        String flag = "  PREMATURE SCALING: VP of Sales hired at 2026-01-09T17:00:00Z during CUSTOMER_DISCOVERY";
        assertEquals(4, output.split(flag, -1).length - 1, output);
        assertEquals(4, output.split("  decided by: ", -1).length - 1, output);
    }

    @Test
    void theHistoryReplaysAndTheDiagramDrawsTheJourney() {
        String output = output();
        assertHas(output, "Replaying its 48 events gives the same venture: true");
        assertHas(
                output,
                "Evidence for the retired segment is refused: event 48 (EvidenceRecorded at"
                        + " 2026-02-22T17:00:00Z) rejected: evidence must be for an active hypothesis, not one retired by a"
                        + " pivot: segment.solo-dentists");
        assertHas(output, "flowchart LR\n");
        assertHas(output, "    g2 -->|\"customer segment pivot\"| p2\n");
        assertHas(output, "    g3 -->|\"advance\"| p3\n");
        assertHas(output, "    p1 -.- h1\n");
    }

    @Test
    void theOutputIsTheSameOnEveryRun() {
        assertEquals(output(), output());
    }
}
