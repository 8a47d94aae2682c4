package io.github.custdev.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Memo} computes its value on the first read only, and keeps it. */
class MemoTests {

    @Test
    void computesOnTheFirstReadAndKeepsTheValue() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String> memo = Memo.of(() -> "value " + calls.incrementAndGet());
        assertFalse(memo.isComputed());
        assertEquals(0, calls.get(), "nothing is computed before the first read");
        String first = memo.get();
        assertEquals("value 1", first);
        assertTrue(memo.isComputed());
        assertSame(first, memo.get(), "the kept value, not a new one");
        assertEquals(1, calls.get());
    }
}
