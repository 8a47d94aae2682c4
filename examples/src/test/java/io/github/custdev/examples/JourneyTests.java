package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.statistics.distribution.BetaDistribution;
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
                "PERSEVERE at the CUSTOMER_VALIDATION gate, 2026-02-25T17:00:00Z: test economics.ltv-cac"
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
        assertHas(output, "Replaying its 51 events gives the same venture: true");
        assertHas(
                output,
                "Evidence for the retired segment is refused: event 51 (EvidenceRecorded at"
                        + " 2026-02-25T17:00:00Z) rejected: evidence must be for an active hypothesis, not one retired by a"
                        + " pivot: segment.solo-dentists");
        assertHas(
                output,
                "Choosing the same audience again is refused: event 51 (AudienceChosen at 2026-02-25T17:00:00Z)"
                        + " rejected: an audience chosen must differ from the venture's current audience:"
                        + " \"group-practices\"");
        assertHas(output, ", runway 24450 USD, audience 'group-practices']");
        assertHas(output, "flowchart LR\n");
        assertHas(output, "    g2 -->|\"customer segment pivot\"| p2\n");
        assertHas(output, "    g3 -->|\"advance\"| p3\n");
        assertHas(output, "    p1 -.- h1\n");
        assertHas(output, "    a1{{\"audience: group-practices<br/>chosen 2026-02-25\"}}:::audience\n");
        assertHas(output, "    p3 -.- a1\n");
    }

    @Test
    void validationChoosesTheSmallestViableAudienceFromTheBayesianAssessmentOfThePilots() {
        String output = output();
        assertHas(output, "conversion.group-practices (bayesian): SUPPORTED, P(rate >= 0.05) = 0.99 after 100 trials");
        assertHas(output, "fixed costs 15,000; 198 paying practices break even.");
        // 10 of 100 paid: under the uniform prior the rate is Beta(11, 91); 4,000 practices need a rate of at least
        // 198 / 4,000, which it exceeds with probability 1 - I(198 / 4,000; 11, 91) (scipy: 0.98851).
        double probability = BetaDistribution.of(11, 91).survivalProbability(198.0 / 4_000);
        String shown = String.format(Locale.ROOT, "%.3f", probability);
        assertEquals("0.989", shown);
        assertHas(
                output,
                "  'group-practices' is viable with probability " + shown + " >= 0.950: 4,000 reachable x 10.8%"
                        + " expected conversion (Beta(11.00, 91.00) matched to 95.0% credible");
        assertHas(output, "  'solo-practices' is not viable: 2,500 reachable x 6.00% conversion");
        assertHas(
                output,
                "Chosen and recorded: 'group-practices' is the smallest viable audience of 3 candidates: 4,000"
                        + " reachable, probability " + shown + " >= 0.950 of breaking even");
        // The Validation gate judges the recorded audience as a must-meet criterion, with the reason in its trace.
        assertHas(
                output,
                "  must-meet the chosen audience is viable with probability >= 0.95 (break-even): SUPPORTED\n"
                        + "      audience 'group-practices' is viable with probability " + shown + " >= 0.950: 4,000"
                        + " reachable");
        assertHas(output, "      conversion.group-practices: SUPPORTED, P(rate >= 0.05) = 0.99 after 100 trials\n");
    }

    @Test
    void theOutputIsTheSameOnEveryRun() {
        assertEquals(output(), output());
    }
}
