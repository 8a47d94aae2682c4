package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HypothesisIdTests {
    private static final String SHAPE =
            "must be 1 to 100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit";

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "segment-1", "pmf.dentists", "price:monthly", "Problem_Scheduling", "0-._:"})
    void acceptsLettersDigitsAndTheFourSeparators(String text) {
        HypothesisId id = HypothesisId.of(text);
        assertEquals(text, id.value());
        assertEquals(text, id.toString());
    }

    @Test
    void acceptsAHundredCharactersAndNoMore() {
        String hundred = "h".repeat(100);
        assertEquals(hundred, HypothesisId.of(hundred).value());
        String tooLong = "h".repeat(101);
        Expect.invalid(
                "hypothesisId " + SHAPE + ": \"" + tooLong + "\"",
                "hypothesisId",
                SHAPE,
                tooLong,
                () -> HypothesisId.of(tooLong));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-a", ".a", "_a", ":a", "a b", "a/b", "ärzte", "a\n", "a\tb", "tab\u00a0"})
    void rejectsOtherShapesNamingTheRuleAndTheText(String text) {
        Expect.invalid(
                "hypothesisId " + SHAPE + ": \"" + text + "\"",
                "hypothesisId",
                SHAPE,
                text,
                () -> HypothesisId.of(text));
    }

    @Test
    void rejectsNull() {
        Expect.isNull("hypothesisId", () -> HypothesisId.of(null));
    }

    @Test
    void idsAreEqualByTheirText() {
        HypothesisId a = HypothesisId.of("segment-1");
        HypothesisId b = HypothesisId.of(new String("segment-1"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, HypothesisId.of("segment-2"));
        assertNotEquals(a, HypothesisId.of("Segment-1"));
        assertNotEquals(a, "segment-1");
        assertNotEquals(a, null);
    }

    @Test
    void idsCompareByTheirText() {
        HypothesisId a = HypothesisId.of("a.1");
        HypothesisId b = HypothesisId.of("a.2");
        HypothesisId capital = HypothesisId.of("B");
        assertTrue(a.compareTo(b) < 0);
        assertTrue(b.compareTo(a) > 0);
        assertEquals(0, a.compareTo(HypothesisId.of("a.1")));
        assertTrue(capital.compareTo(a) < 0, "upper case sorts before lower case, as String does");
    }
}
