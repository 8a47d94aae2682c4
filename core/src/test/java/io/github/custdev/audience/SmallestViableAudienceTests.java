package io.github.custdev.audience;

import static io.github.custdev.audience.UnitEconomicsTests.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class SmallestViableAudienceTests {

    @Test
    void choosesTheSmallestViableSegmentAndSaysWhy() {
        SmallestViableAudience choice =
                SmallestViableAudience.choose(List.of(Segments.chains(), Segments.solo(), Segments.groups()), 0.9);
        assertTrue(choice.isFound());
        assertEquals(Option.some(Segments.groups()), choice.audience());
        assertEquals(Segments.groups().viability(0.9), choice.viability().get());
        assertEquals(
                List.of("solo-practices", "group-practices", "dental-chains"),
                choice.candidates().map(v -> v.audience().name()));
        assertEquals(
                "'group-practices' is the smallest viable audience of 3 candidates: 4,000 reachable, probability 0.922"
                        + " >= 0.900 of breaking even (327.9 expected paying customers, 198 needed); not viable:"
                        + " 'solo-practices' (2,500 reachable, probability 0.000, 150.0 expected paying customers, 198"
                        + " needed); 1 larger candidate is viable too",
                choice.reason());
        assertEquals(0.9, choice.requiredProbability());
        assertEquals(0.0, choice.targetMargin());
    }

    @Test
    void aStricterProbabilityMovesTheChoiceToALargerSegment() {
        SmallestViableAudience choice =
                SmallestViableAudience.choose(List.of(Segments.chains(), Segments.solo(), Segments.groups()), 0.95);
        assertEquals(Option.some(Segments.chains()), choice.audience());
        assertTrue(choice.reason().startsWith("'dental-chains' is the smallest viable audience of 3 candidates:"));
        assertTrue(choice.reason().contains("'group-practices' (4,000 reachable, probability 0.922,"));
        assertFalse(choice.reason().contains("larger candidate"));
    }

    @Test
    void aTargetMarginIsPartOfTheChoice() {
        SmallestViableAudience choice =
                SmallestViableAudience.choose(List.of(Segments.chains(), Segments.solo(), Segments.groups()), 0.9, 0.2);
        assertEquals(Option.some(Segments.chains()), choice.audience());
        assertEquals(Option.some(289L), choice.viability().get().customersNeeded());
        assertEquals(0.2, choice.targetMargin());
        assertTrue(choice.reason().contains("of reaching a 20.0% operating margin"), choice::reason);
    }

    @Test
    void noViableAudienceIsAnAnswerNotAnException() {
        UnitEconomics losing = Segments.economics().withAcquisitionCost(3_000);
        SmallestViableAudience choice = SmallestViableAudience.choose(
                List.of(Segments.solo(), Segments.chains().withEconomics(losing), Segments.groups()), 0.95);
        assertFalse(choice.isFound());
        assertEquals(Option.none(), choice.audience());
        assertEquals(Option.none(), choice.viability());
        assertEquals(3, choice.candidates().size());
        assertEquals(
                "no viable audience among 3 candidates at probability >= 0.950 of breaking even: 'solo-practices'"
                        + " (2,500 reachable, probability 0.000, 150.0 expected paying customers, 198 needed);"
                        + " 'group-practices' (4,000 reachable, probability 0.922, 327.9 expected paying customers, 198"
                        + " needed); 'dental-chains' (30,000 reachable, no number of customers suffices)",
                choice.reason());
    }

    @Test
    void noCandidatesIsAnAnswerToo() {
        SmallestViableAudience choice = SmallestViableAudience.choose(List.empty(), 0.9);
        assertFalse(choice.isFound());
        assertTrue(choice.candidates().isEmpty());
        assertEquals("no viable audience: there are no candidates", choice.reason());
    }

    @Test
    void aTieInSizeGoesToTheSurerThenToTheFirstName() {
        Audience sure = Segments.groups().withConversion(Conversion.of(0.1));
        Audience surer = Audience.of("b-sure", 4_000, Conversion.of(0.2), Segments.economics());
        Audience alsoSure = Audience.of("a-sure", 4_000, Conversion.of(0.3), Segments.economics());
        // all three have probability 1: the name decides
        assertEquals(
                Option.some(alsoSure),
                SmallestViableAudience.choose(List.of(sure, surer, alsoSure), 0.9)
                        .audience());
        // the uncertain one (0.922) loses to a certain one of the same size, whatever the names
        Audience certain = Audience.of("z-certain", 4_000, Conversion.of(0.1), Segments.economics());
        assertEquals(
                Option.some(certain),
                SmallestViableAudience.choose(List.of(Segments.groups(), certain), 0.9)
                        .audience());
        assertEquals(
                Option.some(certain),
                SmallestViableAudience.choose(List.of(certain, Segments.groups()), 0.9)
                        .audience());
    }

    @Test
    void invalidChoicesAreRejected() {
        assertMessage(
                "candidates must have distinct names: \"solo-practices\"",
                () -> SmallestViableAudience.choose(List.of(Segments.solo(), Segments.solo()), 0.9));
        assertMessage("candidates is null", () -> SmallestViableAudience.choose(null, 0.9));
        assertMessage(
                "candidates[1] is null",
                () -> SmallestViableAudience.choose(java.util.Arrays.asList(Segments.solo(), null), 0.9));
        assertMessage(
                "requiredProbability must be in (0, 1]: 0.0",
                () -> SmallestViableAudience.choose(List.of(Segments.solo()), 0.0));
        assertMessage(
                "targetMargin must be in [0, 1): -0.1",
                () -> SmallestViableAudience.choose(List.of(Segments.solo()), 0.5, -0.1));
    }

    @Test
    void choicesAreValues() {
        List<Audience> candidates = List.of(Segments.chains(), Segments.solo(), Segments.groups());
        assertEquals(SmallestViableAudience.choose(candidates, 0.9), SmallestViableAudience.choose(candidates, 0.9));
        assertEquals(
                SmallestViableAudience.choose(candidates, 0.9).hashCode(),
                SmallestViableAudience.choose(candidates.reverse(), 0.9).hashCode());
        assertEquals(
                SmallestViableAudience.choose(candidates, 0.9).reason(),
                SmallestViableAudience.choose(candidates, 0.9).toString());
    }
}
