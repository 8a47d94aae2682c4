package io.github.custdev.internal;

import io.vavr.collection.Iterator;
import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A persistent sequence built for appending one item at a time: whole chunks of 32 items live in a Vavr
 * {@link Vector}, the last few items in a small array that each append copies. An append allocates the new array and
 * this object, and once every 32 appends it moves the chunk into the vector with one path copy; a Vavr vector's own
 * append copies a leaf and its path every time. Reading is as fast as the vector's.
 *
 * <p>The tail array is never written after construction. Immutable and thread-safe.
 *
 * @param <T> the item type
 */
public final class AppendVector<T> implements Iterable<T> {
    private static final int CHUNK = 32;
    private static final Object[] NO_TAIL = {};
    private static final AppendVector<?> EMPTY = new AppendVector<>(Vector.empty(), NO_TAIL);

    private final Vector<T> body;
    private final Object[] tail;

    private AppendVector(Vector<T> body, Object[] tail) {
        this.body = body;
        this.tail = tail;
    }

    /**
     * The empty sequence.
     *
     * @param <T> the item type
     * @return the empty sequence
     */
    @SuppressWarnings("unchecked")
    public static <T> AppendVector<T> empty() {
        return (AppendVector<T>) EMPTY;
    }

    /**
     * This sequence with one more item at its end.
     *
     * @param item the item
     * @return the new sequence; this one is unchanged
     */
    public AppendVector<T> append(T item) {
        int n = tail.length;
        Object[] next = Arrays.copyOf(tail, n + 1);
        next[n] = item;
        return n + 1 < CHUNK
                ? new AppendVector<>(body, next)
                : new AppendVector<>(body.appendAll(asList(next)), NO_TAIL);
    }

    /**
     * This sequence with the given items at its end, in order.
     *
     * @param items the items
     * @return the new sequence; this one is unchanged
     */
    public AppendVector<T> appendAll(List<? extends T> items) {
        if (items.isEmpty()) {
            return this;
        }
        int total = tail.length + items.size();
        int keep = total % CHUNK;
        Object[] all = new Object[total];
        System.arraycopy(tail, 0, all, 0, tail.length);
        int i = tail.length;
        for (T item : items) {
            all[i++] = item;
        }
        Vector<T> nextBody = total == keep ? body : body.appendAll(asList(Arrays.copyOf(all, total - keep)));
        return new AppendVector<>(nextBody, keep == 0 ? NO_TAIL : Arrays.copyOfRange(all, total - keep, total));
    }

    /**
     * The number of items.
     *
     * @return the size
     */
    public int size() {
        return body.size() + tail.length;
    }

    /**
     * Whether there are no items.
     *
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
        return tail.length == 0 && body.isEmpty();
    }

    /**
     * The item at a position, counting from 0.
     *
     * @param index the position, in [0, size)
     * @return the item
     * @throws IndexOutOfBoundsException if there is no item at that position
     */
    @SuppressWarnings("unchecked")
    public T get(int index) {
        int inBody = body.size();
        return index < inBody ? body.get(index) : (T) tail[index - inBody];
    }

    /**
     * The items as a Vavr vector: the vector itself when the tail is empty, otherwise a copy of the tail appended to
     * it, O(32 + log n).
     *
     * @return the items
     */
    public Vector<T> toVector() {
        return tail.length == 0 ? body : body.appendAll(asList(tail));
    }

    /**
     * The items in order, without building a sequence.
     *
     * @return an iterator over the items
     */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<T>() {
            private final java.util.Iterator<T> inBody = body.iterator();
            private int inTail;

            @Override
            public boolean hasNext() {
                return inBody.hasNext() || inTail < tail.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (inBody.hasNext()) {
                    return inBody.next();
                }
                if (inTail < tail.length) {
                    return (T) tail[inTail++];
                }
                throw new NoSuchElementException();
            }
        };
    }

    /**
     * Whether the other sequence holds equal items in the same order.
     *
     * @param other the other sequence
     * @return {@code true} when the items are equal, pairwise
     */
    public boolean contentEquals(AppendVector<?> other) {
        if (size() != other.size()) {
            return false;
        }
        java.util.Iterator<?> theirs = other.iterator();
        for (T item : this) {
            if (!item.equals(theirs.next())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash of the items in order, consistent with {@link #contentEquals}.
     *
     * @return the hash
     */
    public int contentHash() {
        int hash = 1;
        for (T item : this) {
            hash = 31 * hash + item.hashCode();
        }
        return hash;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> asList(Object[] items) {
        return (List<T>) Arrays.asList(items);
    }
}
