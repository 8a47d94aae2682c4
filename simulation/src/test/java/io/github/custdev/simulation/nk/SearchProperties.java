package io.github.custdev.simulation.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SearchProperties {

    @Property
    void formsCountsDistinctPositions(
            @ForAll @Size(min = 1, max = 60) long[] positions, @ForAll @IntRange(max = 3) int narrow) {
        long[] folded = positions.clone();
        for (int s = 0; s < folded.length; s++) {
            folded[s] = narrow == 0 ? folded[s] : Math.floorMod(folded[s], 1L << (2 * narrow));
        }
        Climb.Forms forms = new Climb.Forms(folded.length);
        assertEquals(ReferenceSearch.distinct(folded), forms.count(folded));
        assertEquals(ReferenceSearch.distinct(folded), forms.count(folded));
    }

    @Property
    void orderedBitsKeepTheOrderOfDoubles(
            @ForAll @DoubleRange(min = -2, max = 2) double a, @ForAll @DoubleRange(min = -2, max = 2) double b) {
        assertEquals(Double.compare(a == 0 ? 0.0 : a, b == 0 ? 0.0 : b) > 0, Climb.ordered(a) > Climb.ordered(b));
    }

    @Property
    void nthBitIsTheSetBitWithThatManyBelow(@ForAll long bits, @ForAll @IntRange(max = 63) int index) {
        int count = Long.bitCount(bits);
        if (count > 0) {
            int n = index % count;
            int bit = Climb.nthBit(bits, n);
            assertEquals(1, bits >>> bit & 1);
            assertEquals(n, Long.bitCount(bits & ((1L << bit) - 1)));
        }
    }
}
