package io.github.custdev.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class FirstStepTests {
    /** Reaches from step {@code first} on. */
    private static LongPredicate from(long first) {
        return n -> n >= first;
    }

    @Test
    void theSearchFindsTheFirstStepThatReaches() {
        for (long first : new long[] {1, 2, 3, 7, 8, 9, 1_000, 1L << 40, (1L << 40) + 1, 1L << 62}) {
            assertEquals(Option.some(first), FirstStep.search(from(first)), "from " + first);
        }
    }

    @Test
    void theSearchAnswersNoneBeyondTwoToTheSixtyTwo() {
        assertEquals(Option.none(), FirstStep.search(from((1L << 62) + 1)));
        assertEquals(Option.none(), FirstStep.search(n -> false));
    }

    @Test
    void aGuessOffByOneIsRepairedWithoutASearch() {
        long[] calls = new long[1];
        LongPredicate counted = n -> {
            calls[0]++;
            return n >= 500;
        };
        for (long guess : new long[] {499, 500, 501}) {
            calls[0] = 0;
            assertEquals(Option.some(500L), FirstStep.near(guess, counted), "from " + guess);
            assertTrue(calls[0] <= 4, calls[0] + " evaluations from " + guess);
        }
    }

    @Test
    void aGuessOffByManyIsSearchedFor() {
        assertEquals(Option.some(493L), FirstStep.near(505, from(493)));
        assertEquals(Option.some(3_565L), FirstStep.near(3_500, from(3_565)));
        assertEquals(Option.none(), FirstStep.near(10, n -> false));
    }

    @Test
    void stepZeroAndTheLastStepALongCanCountAreKept() {
        assertEquals(Option.some(0L), FirstStep.near(0, from(0)));
        assertEquals(Option.some(0L), FirstStep.near(1, from(0)));
        assertEquals(Option.some(Long.MAX_VALUE), FirstStep.near(Long.MAX_VALUE, n -> false));
        assertEquals(Option.some(Long.MAX_VALUE - 1), FirstStep.near(Long.MAX_VALUE, from(Long.MAX_VALUE - 1)));
    }
}
