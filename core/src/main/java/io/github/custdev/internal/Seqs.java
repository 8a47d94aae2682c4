package io.github.custdev.internal;

import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/** Sequences read by index on hot paths, where a Vavr iterator would be an allocation per loop. */
public final class Seqs {
    private Seqs() {}

    /**
     * The sequence itself when it is indexed (a {@link Vector}, whose {@code get} is effectively constant time), else
     * a vector of its elements.
     *
     * @param seq any sequence
     * @param <T> the elements' type
     * @return an indexed sequence of the same elements in the same order
     */
    public static <T> IndexedSeq<T> indexed(Seq<T> seq) {
        return seq instanceof IndexedSeq<T> indexed ? indexed : seq.toVector();
    }
}
