package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class SourceTests {

    @Test
    void aSourceWithoutASegment() {
        Source source = Source.of("dr-lee");
        assertEquals("dr-lee", source.id());
        assertEquals(Option.none(), source.segment());
        assertFalse(source.isIn("dentists"));
        assertEquals("dr-lee", source.toString());
    }

    @Test
    void aSourceInASegment() {
        Source source = Source.of("dr-lee", "solo practices");
        assertEquals("dr-lee", source.id());
        assertEquals(Option.some("solo practices"), source.segment());
        assertTrue(source.isIn("solo practices"));
        assertFalse(source.isIn("group practices"));
        assertEquals("dr-lee (solo practices)", source.toString());
    }

    @Test
    void rejectsABlankOrMissingId() {
        Expect.invalid("source.id must not be blank: \"\"", "source.id", "must not be blank", "", () -> Source.of(""));
        Expect.invalid(
                "source.id must not be blank: \" \t\"",
                "source.id",
                "must not be blank",
                " \t",
                () -> Source.of(" \t", "vets"));
        Expect.isNull("source.id", () -> Source.of(null));
        Expect.isNull("source.id", () -> Source.of(null, "vets"));
    }

    @Test
    void rejectsABlankOrMissingSegment() {
        Expect.invalid(
                "source.segment must not be blank: \"  \"",
                "source.segment",
                "must not be blank",
                "  ",
                () -> Source.of("dr-lee", "  "));
        Expect.isNull("source.segment", () -> Source.of("dr-lee", null));
        Expect.isNull("source.segment", () -> Source.of("dr-lee").withSegment(null));
    }

    @Test
    void withSegmentReturnsAChangedCopyAndLeavesTheOriginal() {
        Source original = Source.of("dr-lee", "solo practices");
        Source moved = original.withSegment("group practices");
        assertEquals(Option.some("group practices"), moved.segment());
        assertEquals("dr-lee", moved.id());
        assertEquals(Option.some("solo practices"), original.segment());
        assertEquals(
                Option.some("vets"), Source.of("dr-ray").withSegment("vets").segment());
    }

    @Test
    void sourcesAreEqualByIdAndSegment() {
        Source a = Source.of("dr-lee", "vets");
        Source b = Source.of(new String("dr-lee"), new String("vets"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Source.of("dr-lee"));
        assertNotEquals(a, Source.of("dr-ray", "vets"));
        assertNotEquals(a, Source.of("dr-lee", "dentists"));
        assertNotEquals(a, "dr-lee");
        assertEquals(Source.of("dr-lee"), Source.of("dr-lee"));
    }
}
