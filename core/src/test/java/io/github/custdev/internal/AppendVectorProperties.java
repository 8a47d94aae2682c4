package io.github.custdev.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link AppendVector} behaves as a Vavr vector under any mix of single and bulk appends. */
class AppendVectorProperties {

    /** One step: a single append (a list of one) or a bulk append (any other size, empty included). */
    @Provide
    Arbitrary<List<List<Integer>>> steps() {
        Arbitrary<List<Integer>> step = Arbitraries.oneOf(
                Arbitraries.integers().list().ofSize(1),
                Arbitraries.integers().list().ofMaxSize(80));
        return step.list().ofMaxSize(60);
    }

    @Property(tries = 200)
    void equalsAVavrVectorAfterAnySequenceOfAppends(@ForAll("steps") List<List<Integer>> steps) {
        AppendVector<Integer> vector = AppendVector.empty();
        Vector<Integer> expected = Vector.empty();
        List<AppendVector<Integer>> versions = new ArrayList<>();
        List<Vector<Integer>> expectedVersions = new ArrayList<>();
        for (List<Integer> step : steps) {
            vector = step.size() == 1 ? vector.append(step.get(0)) : vector.appendAll(step);
            expected = expected.appendAll(step);
            versions.add(vector);
            expectedVersions.add(expected);
        }
        for (int v = 0; v < versions.size(); v++) {
            AppendVector<Integer> version = versions.get(v);
            Vector<Integer> want = expectedVersions.get(v);
            assertEquals(want, version.toVector(), "every earlier version is unchanged");
            assertEquals(want.size(), version.size());
            assertEquals(want.isEmpty(), version.isEmpty());
            for (int i = 0; i < want.size(); i++) {
                assertEquals(want.get(i), version.get(i));
            }
            assertEquals(want.toJavaList(), Vector.ofAll(version).toJavaList(), "iteration order");
        }
    }

    /**
     * Appends to any earlier version (forks) as well as to the latest: an append claims a free slot of a shared tail
     * in place, so a fork must copy, and no version may see another version's items.
     */
    @Property(tries = 300)
    void forksNeverChangeAnotherVersion(
            @ForAll("steps") List<List<Integer>> steps,
            @ForAll @net.jqwik.api.constraints.Size(max = 60)
                    List<@net.jqwik.api.constraints.IntRange(max = 1000) Integer> bases) {
        List<AppendVector<Integer>> versions = new ArrayList<>(List.of(AppendVector.empty()));
        List<Vector<Integer>> expectedVersions = new ArrayList<>(List.of(Vector.empty()));
        for (int s = 0; s < steps.size(); s++) {
            List<Integer> step = steps.get(s);
            // the latest version half the time, else an earlier one
            int base = s < bases.size() && bases.get(s) % 2 == 1 ? bases.get(s) % versions.size() : versions.size() - 1;
            AppendVector<Integer> from = versions.get(base);
            versions.add(step.size() == 1 ? from.append(step.get(0)) : from.appendAll(step));
            expectedVersions.add(expectedVersions.get(base).appendAll(step));
        }
        for (int v = 0; v < versions.size(); v++) {
            assertEquals(expectedVersions.get(v), versions.get(v).toVector(), "version " + v);
            assertEquals(
                    expectedVersions.get(v).toJavaList(),
                    Vector.ofAll(versions.get(v)).toJavaList());
        }
    }

    @Example
    void aForkOfAVersionWhoseNextSlotIsTakenCopiesItsTail() {
        AppendVector<Integer> base =
                AppendVector.<Integer>empty().append(1).append(2).append(3);
        AppendVector<Integer> first = base.append(4);
        AppendVector<Integer> second = base.append(5);
        AppendVector<Integer> third = base.append(6).append(7);
        assertEquals(Vector.of(1, 2, 3), base.toVector());
        assertEquals(Vector.of(1, 2, 3, 4), first.toVector());
        assertEquals(Vector.of(1, 2, 3, 5), second.toVector());
        assertEquals(Vector.of(1, 2, 3, 6, 7), third.toVector());
        assertEquals(Vector.of(1, 2, 3, 4, 8), first.append(8).toVector());
        assertEquals(Vector.of(1, 2, 3, 5, 9), second.append(9).toVector());
    }

    @Example
    void threadsAppendingToOneVersionEachGetTheirOwnSequence() throws Exception {
        for (int round = 0; round < 50; round++) {
            AppendVector<Integer> base = AppendVector.empty();
            for (int i = 0; i < round % 40; i++) {
                base = base.append(i);
            }
            AppendVector<Integer> shared = base;
            Vector<Integer> before = shared.toVector();
            int threads = 4;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<AppendVector<Integer>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int item = 1000 + t;
                    results.add(pool.submit(() -> {
                        start.await();
                        AppendVector<Integer> mine = shared.append(item);
                        for (int k = 0; k < 40; k++) {
                            mine = mine.append(item);
                        }
                        return mine;
                    }));
                }
                for (int t = 0; t < threads; t++) {
                    Vector<Integer> want = before.appendAll(java.util.Collections.nCopies(41, 1000 + t));
                    assertEquals(want, results.get(t).get().toVector(), "thread " + t + " in round " + round);
                }
                assertEquals(before, shared.toVector(), "the shared version is unchanged");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Property(tries = 100)
    void contentEqualityAndHashFollowTheItems(
            @ForAll("steps") List<List<Integer>> left, @ForAll("steps") List<List<Integer>> right) {
        AppendVector<Integer> a = build(left);
        AppendVector<Integer> b = build(right);
        boolean same = a.toVector().equals(b.toVector());
        assertEquals(same, a.contentEquals(b));
        if (same) {
            assertEquals(a.contentHash(), b.contentHash());
        }
        AppendVector<Integer> rebuilt =
                AppendVector.<Integer>empty().appendAll(a.toVector().toJavaList());
        assertTrue(rebuilt.contentEquals(a), "one bulk append equals the same items appended in steps");
        assertEquals(a.contentHash(), rebuilt.contentHash());
    }

    @Example
    void aChunkMovesIntoTheBodyOnTheThirtySecondItem() {
        AppendVector<Integer> vector = AppendVector.empty();
        for (int i = 0; i < 100; i++) {
            vector = vector.append(i);
            assertEquals(i + 1, vector.size());
            assertEquals(i, vector.get(i));
        }
        assertEquals(Vector.range(0, 100), vector.toVector());
        assertFalse(vector.isEmpty());
        assertTrue(AppendVector.empty().isEmpty());
    }

    @Example
    void anIteratorPastTheEndThrows() {
        java.util.Iterator<Integer> iterator =
                AppendVector.<Integer>empty().append(1).iterator();
        assertEquals(1, iterator.next());
        assertFalse(iterator.hasNext());
        assertThrows(java.util.NoSuchElementException.class, iterator::next);
    }

    private static AppendVector<Integer> build(List<List<Integer>> steps) {
        AppendVector<Integer> vector = AppendVector.empty();
        for (List<Integer> step : steps) {
            vector = step.size() == 1 ? vector.append(step.get(0)) : vector.appendAll(step);
        }
        return vector;
    }
}
