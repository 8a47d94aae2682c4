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
