package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough's figures, counted by hand from the evidence it records: eight practices interviewed on segment,
 * problem and price (every fourth refutes the segment, every third is neutral on the problem, the price said rises by
 * 10 from 90), then one paid and one declined commitment on the problem and a Sean Ellis tally of 19, 14 and 9.
 */
class WalkthroughTests {

    private static String output() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            Walkthrough.run(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static void assertHas(String output, String line) {
        assertTrue(output.contains(line), () -> "missing: " + line + "\n--- in:\n" + output);
    }

    @Test
    void theRunningStatisticsAreTheCountsOfTheRecordedEvidence() {
        String output = output();
        assertHas(output, "Recorded 27 pieces of evidence");
        // i = 3 and 7 refute: 6 of 8
        assertHas(output, "segment.small-practices: 6 of 8 positive (75%), 8 of 10 trials needed");
        // 6 supporting statements of 8 (i = 2 and 5 neutral), and 1 of the 2 commitments made
        assertHas(output, "problem.phone-scheduling: 7 of 10 positive (70%), 10 of 10 trials needed");
        // (90 + 100 + ... + 160) / 8
        assertHas(output, "revenue.price-point: mean 125.0 USD/month over 8 measurements (criterion >= 120.0)");
        // 19 very disappointed of 19 + 14 + 9 = 42 respondents
        assertHas(output, "pmf.ellis: 19 of 42 positive (45%), 40 of 40 trials needed");
        assertHas(output, "problem.phone-scheduling: 1 of 2 asked committed money");
    }
}
