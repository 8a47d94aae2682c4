package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts that show nothing are blank, and a huge rejected value is not quoted whole. */
class InvisibleTextTests {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u00a0\u00a0",
                "\u200b",
                "\u200c\u200d\u2060",
                "\ufeff",
                "\u0000\u0007",
                "\u2007\u202f",
                "\u3000",
                "\u2028"
            })
    void textsOfOnlyInvisibleCharactersAreBlank(String text) {
        // Before, String.isBlank accepted every one of these as a source's name.
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Source.of(text));
        assertEquals("must not be blank", e.rule());
        assertSame(text, e.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u200bx", "\u00a0\u00e9", "\ud83d\ude00"})
    void aTextWithOneVisibleCharacterIsAccepted(String text) {
        assertEquals(text, Source.of(text).id());
    }

    @Test
    void aMegabyteValueIsQuotedByItsHead() {
        String huge = " ".repeat(1 << 20);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Source.of(huge));
        assertEquals(
                "source.id must not be blank: \"" + " ".repeat(200) + "...\" (1048576 characters)", e.getMessage());
        assertSame(huge, e.value());
    }

    @Test
    void aValueOfExactlyTheLimitIsQuotedWhole() {
        String limit = "\u00a0".repeat(200);
        assertEquals(
                "source.id must not be blank: \"" + limit + "\"",
                assertThrows(InvalidValueException.class, () -> Source.of(limit))
                        .getMessage());
        String longer = "\u00a0".repeat(201);
        assertEquals(
                "source.id must not be blank: \"" + limit + "...\" (201 characters)",
                assertThrows(InvalidValueException.class, () -> Source.of(longer))
                        .getMessage());
    }

    @Test
    void aSurrogatePairIsNotCutInHalf() {
        String text = "x".repeat(199) + "\ud83d\ude00" + "y";
        InvalidValueException e = InvalidValueException.of("f", "is odd", text);
        assertEquals("f is odd: \"" + "x".repeat(199) + "...\" (202 characters)", e.getMessage());
        InvalidValueException plain = InvalidValueException.of("f", "is odd", new StringBuilder("z".repeat(300)));
        assertEquals("f is odd: \"" + "z".repeat(200) + "...\" (300 characters)", plain.getMessage());
        // Any value's text is cut the same way, without quotes: "[7, 7, ..., 7]" has 300 characters.
        String list = java.util.Collections.nCopies(100, 7).toString();
        InvalidValueException other = InvalidValueException.of("f", "is odd", java.util.Collections.nCopies(100, 7));
        assertEquals("f is odd: " + list.substring(0, 200) + "... (300 characters)", other.getMessage());
    }
}
