package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link HypothesisId} accepts exactly the values of its documented pattern, checked against the pattern itself, and
 * its equality and hash are those of its value.
 */
class HypothesisIdShapeProperties {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    @Provide
    Arbitrary<String> candidates() {
        // the allowed characters, their neighbours in ASCII, a space, a non-ASCII letter and digit, and lengths
        // around the limit of 100
        Arbitrary<Character> chars = Arbitraries.of(
                'a', 'z', 'A', 'Z', '0', '9', '.', '_', ':', '-', '/', '@', '[', '`', '{', ' ', 'é', '٣', '\n');
        return Arbitraries.oneOf(
                chars.list().ofMaxSize(8).map(HypothesisIdShapeProperties::join),
                chars.list().ofMinSize(98).ofMaxSize(102).map(HypothesisIdShapeProperties::join),
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars("._:-")
                        .ofMinLength(99)
                        .ofMaxLength(101));
    }

    @Property(tries = 3000)
    void acceptsExactlyTheDocumentedPattern(@ForAll("candidates") String value) {
        boolean expected = SHAPE.matcher(value).matches();
        boolean accepted;
        try {
            HypothesisId.of(value);
            accepted = true;
        } catch (InvalidValueException e) {
            accepted = false;
        }
        assertEquals(expected, accepted, () -> "\"" + value + "\" (" + value.length() + " chars)");
    }

    @Property(tries = 300)
    void equalityAndHashAreTheValues(@ForAll("candidates") String left, @ForAll("candidates") String right) {
        if (!SHAPE.matcher(left).matches() || !SHAPE.matcher(right).matches()) {
            return;
        }
        HypothesisId a = HypothesisId.of(left);
        HypothesisId b = HypothesisId.of(right);
        assertEquals(left.equals(right), a.equals(b));
        assertEquals(left.hashCode(), a.hashCode());
        assertEquals(a, HypothesisId.of(new String(left.toCharArray())));
        assertNotEquals(a, left, "an id is not its string");
    }

    private static String join(java.util.List<Character> chars) {
        StringBuilder text = new StringBuilder(chars.size());
        chars.forEach(text::append);
        return text.toString();
    }
}
