package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AudienceExampleTests {

    private static String output() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            AudienceExample.run(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void choosesGroupPracticesAndReachesBreakEvenInMonthEight() {
        String output = output();
        assertTrue(output.contains("paying customers needed to break even: 198"), output);
        assertTrue(
                output.contains("Evidence for group practices: P(rate >= 0.05) = 0.918 after 9 of 120 practices"
                        + " paid for a pilot"),
                output);
        assertTrue(
                output.contains("Choice: 'group-practices' is the smallest viable audience of 3 candidates:"
                        + " 4,000 reachable, probability 0.922 >= 0.900 of breaking even"),
                output);
        assertTrue(output.contains("'solo-practices' is not viable: 2,500 reachable x 6.00% conversion"), output);
        assertTrue(output.contains("'dental-chains' is viable: 30,000 reachable"), output);
        assertTrue(output.contains("      8  33.7        213.7   <- break-even reached"), output);
        assertTrue(
                output.contains(
                        "198 customers (break-even) after 7.52 months: month 8; adoption peaks at month" + " 6.19"),
                output);
        assertTrue(output.contains("settle at 330.0"), output);
    }

    @Test
    void theOutputIsTheSameOnEveryRun() {
        assertEquals(output(), output());
    }
}
