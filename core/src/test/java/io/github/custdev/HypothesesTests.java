package io.github.custdev;

import static io.github.custdev.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The venture's book of hypotheses on its own: stating, retiring through pivots, lineage, equality. */
class HypothesesTests {
    private static final Hypothesis A = Fixtures.hypothesis("a", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis B =
            Fixtures.hypothesis("b", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis A1 = Fixtures.hypothesis("a1", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis A2 = Fixtures.hypothesis("a2", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis A11 =
            Fixtures.hypothesis("a11", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);

    private static PivotDecision.Builder pivot() {
        return PivotDecision.builder(PivotType.CUSTOMER_NEED, day(2)).returnTo(Phase.CUSTOMER_DISCOVERY);
    }

    private static Hypotheses ab() {
        return Hypotheses.empty().state(A).state(B);
    }

    @Test
    void statedHypothesesAreActiveInOrderAndFoundById() {
        Hypotheses book = ab();
        assertEquals(Vector.of(A, B), book.active());
        assertTrue(book.retired().isEmpty());
        assertTrue(book.isActive(A.id()));
        assertFalse(book.isRetired(A.id()));
        assertTrue(book.isStated(B.id()));
        assertFalse(book.isStated(A1.id()));
        assertSame(A, book.activeOrNull(A.id()));
        assertNull(book.activeOrNull(A1.id()));
        assertEquals(Option.some(B), book.get(B.id()));
        assertEquals(Option.none(), book.get(A1.id()));
    }

    @Test
    void aPivotRetiresReplacesAndRecordsLineage() {
        Hypotheses book =
                ab().pivot(pivot().replace(A.id(), A1).replace(A.id(), A2).build());
        assertEquals(Vector.of(B, A1, A2), book.active());
        assertEquals(Vector.of(A), book.retired());
        assertFalse(book.isActive(A.id()));
        assertTrue(book.isRetired(A.id()));
        assertTrue(book.isStated(A.id()));
        assertNull(book.activeOrNull(A.id()));
        assertEquals(Option.some(A), book.get(A.id()));
        assertEquals(Option.some(A.id()), book.predecessor(A1.id()));
        assertEquals(Option.none(), book.predecessor(B.id()));
        assertEquals(Vector.of(A1.id(), A2.id()), book.successors(A.id()));
        assertTrue(book.successors(B.id()).isEmpty());
    }

    @Test
    void aPivotThatOnlyStatesRetiresNothing() {
        Hypotheses book = ab().pivot(pivot().state(A1).build());
        assertEquals(Vector.of(A, B, A1), book.active());
        assertTrue(book.retired().isEmpty());
    }

    @Test
    void activeForFollowsTheLineageThroughLaterPivotsBreadthFirst() {
        Hypotheses book = ab().pivot(
                        pivot().replace(A.id(), A1).replace(A.id(), A2).build())
                .pivot(pivot().replace(A1.id(), A11).build());
        assertEquals(Vector.of(A2, A11), book.activeFor(A.id()));
        assertEquals(Vector.of(A11), book.activeFor(A1.id()));
        assertEquals(Vector.of(B), book.activeFor(B.id()));
        assertTrue(book.activeFor(Fixtures.id("never")).isEmpty());
    }

    @Test
    void equalWhenActiveRetiredAndLineageAre() {
        Hypotheses book = ab();
        assertEquals(book, book);
        assertEquals(ab(), book);
        assertEquals(ab().hashCode(), book.hashCode());
        assertNotEquals(book, Hypotheses.empty().state(B).state(A));
        assertNotEquals(book.hashCode(), Hypotheses.empty().state(B).state(A).hashCode());
        assertNotEquals(book, null);
        assertNotEquals(book, (Object) "ab");
        Hypotheses retired = ab().pivot(pivot().retire(A.id()).build());
        Hypotheses replaced = ab().pivot(pivot().retire(A.id()).state(A1).build());
        Hypotheses lineage = ab().pivot(pivot().replace(A.id(), A1).build());
        assertNotEquals(retired, Hypotheses.empty().state(B), "the retired hypotheses count");
        assertNotEquals(replaced, lineage, "the lineage counts");
        Hypotheses other = ab().pivot(pivot().replace(A.id(), A1).build());
        assertEquals(lineage, other);
    }
}
