package io.github.custdev.internal;

import io.vavr.collection.Iterator;
import io.vavr.collection.Vector;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A persistent sequence built for appending one item at a time: whole chunks of 32 items live in a Vavr
 * {@link Vector}, the last few items in a tail array with room to spare. Once every 32 appends the full chunk moves
 * into the vector with one path copy; a Vavr vector's own append copies a leaf and its path every time.
 *
 * <p>An append writes its item in place into the first free slot of the tail array, which it claims with a
 * compare-and-set, so a chain of appends allocates only the new sequence object (and a bigger tail now and then); a
 * batch that fits claims its first slot and writes the rest. A slot is claimed once: an append to a version whose next slot another version has already taken (a fork) copies
 * the version's tail instead, as does an append to a full tail. A version reads only the slots below its own size,
 * which were written before it was made and never change again, so every version stays what it was. Items must not
 * be {@code null}: a free slot is a {@code null} slot. Immutable and thread-safe: appends from several threads to one
 * version each get their own sequence.
 *
 * @param <T> the item type
 */
public final class AppendVector<T> implements Iterable<T> {
    private static final int CHUNK = 32;
    private static final Object[] NO_TAIL = {};
    private static final AppendVector<?> EMPTY = new AppendVector<>(Vector.empty(), NO_TAIL, 0);
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    private final Vector<T> body;
    /** Slots {@code [0, tailSize)} are this version's; later slots are free or belong to a longer version. */
    private final Object[] tail;

    private final int tailSize;

    private AppendVector(Vector<T> body, Object[] tail, int tailSize) {
        this.body = body;
        this.tail = tail;
        this.tailSize = tailSize;
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
     * @param item the item, not {@code null}
     * @return the new sequence; this one is unchanged
     */
    public AppendVector<T> append(T item) {
        int n = tailSize;
        Object[] slots = tail;
        if (n < slots.length && SLOT.compareAndSet(slots, n, (Object) null, (Object) item)) {
            return settled(slots, n + 1);
        }
        // a full tail grows to twice its size, a fork copies just what it needs: a fork's own next append grows it
        int capacity = n == slots.length ? Math.min(CHUNK, Math.max(1, 2 * n)) : n + 1;
        Object[] next = Arrays.copyOf(slots, capacity);
        next[n] = item;
        return settled(next, n + 1);
    }

    private AppendVector<T> settled(Object[] slots, int size) {
        return size < CHUNK
                ? new AppendVector<>(body, slots, size)
                : new AppendVector<>(body.appendAll(asList(slots)), NO_TAIL, 0);
    }

    /**
     * This sequence with the given items at its end, in order.
     *
     * @param items the items, none {@code null}
     * @return the new sequence; this one is unchanged
     */
    public AppendVector<T> appendAll(List<? extends T> items) {
        if (items.isEmpty()) {
            return this;
        }
        int total = tailSize + items.size();
        if (total < CHUNK && total <= tail.length && claimed(items)) {
            return new AppendVector<>(body, tail, total);
        }
        int keep = total % CHUNK;
        Object[] all = new Object[total];
        System.arraycopy(tail, 0, all, 0, tailSize);
        int i = tailSize;
        for (T item : items) {
            all[i++] = item;
        }
        Vector<T> nextBody = total == keep ? body : body.appendAll(asList(Arrays.copyOf(all, total - keep)));
        if (keep == 0) {
            return new AppendVector<>(nextBody, NO_TAIL, 0);
        }
        // room to grow, so that the appends that usually follow a batch write in place
        Object[] nextTail = new Object[Math.min(CHUNK, Math.max(keep, 2 * keep))];
        System.arraycopy(all, total - keep, nextTail, 0, keep);
        return new AppendVector<>(nextBody, nextTail, keep);
    }

    /**
     * Writes the items in place into the free slots after this version's; {@code false} if the first of them is
     * taken (a fork). Claiming the first slot claims the rest: the claimed slots of a tail are always a prefix, so
     * while the first is free no version reaches past it, and once it is ours no other append can reach the slots
     * after it until the version that holds them is made.
     */
    private boolean claimed(List<? extends T> items) {
        int slot = tailSize;
        java.util.Iterator<? extends T> each = items.iterator();
        if (!SLOT.compareAndSet(tail, slot, (Object) null, (Object) each.next())) {
            return false;
        }
        while (each.hasNext()) {
            tail[++slot] = each.next();
        }
        return true;
    }

    /**
     * The number of items.
     *
     * @return the size
     */
    public int size() {
        return body.size() + tailSize;
    }

    /**
     * Whether there are no items.
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
        return tailSize == 0 && body.isEmpty();
    }

    /**
     * The item at an index.
     *
     * @param index the index, in {@code [0, size())}
     * @return the item
     */
    @SuppressWarnings("unchecked")
    public T get(int index) {
        int inBody = body.size();
        return index < inBody ? body.get(index) : (T) tail[index - inBody];
    }

    /**
     * The items as a Vavr vector.
     *
     * @return the vector
     */
    public Vector<T> toVector() {
        return tailSize == 0 ? body : body.appendAll(asList(Arrays.copyOf(tail, tailSize)));
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<T>() {
            private final java.util.Iterator<T> inBody = body.iterator();
            private int inTail;

            @Override
            public boolean hasNext() {
                return inBody.hasNext() || inTail < tailSize;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (inBody.hasNext()) {
                    return inBody.next();
                }
                if (inTail < tailSize) {
                    return (T) tail[inTail++];
                }
                throw new NoSuchElementException();
            }
        };
    }

    /**
     * Whether another sequence holds equal items in the same order.
     *
     * @param other the other sequence
     * @return {@code true} if the items are equal
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
     * A hash of the items in order, as {@link List#hashCode()} computes it.
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
