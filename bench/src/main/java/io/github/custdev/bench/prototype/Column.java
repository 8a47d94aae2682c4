package io.github.custdev.bench.prototype;

import io.github.custdev.Evidence;
import io.github.custdev.Measurement;
import io.github.custdev.SeanEllisTally;
import io.vavr.collection.Vector;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * A persistent sequence of evidence in chunks of {@code chunkSize} items, each chunk holding the items and, when asked
 * for, the numbers a fold needs in primitive arrays beside them: a code (strength, measurement, Sean Ellis), the
 * successes (for a measurement, the raw bits of its value, its successes being 0) and the trials.
 *
 * <p>Full chunks live in a Vavr {@link Vector} (a 32-way trie); the last chunk is this version's {@code tail}, of which
 * this version owns the first {@code tailLength} slots. How an append treats the tail depends on the {@link
 * ColumnarLog.Growth}:
 *
 * <ul>
 *   <li>{@code COPY}: every append copies the tail's slots into new arrays one longer, as core's {@code AppendVector}
 *       does with its items today; no array is ever written after it is published.
 *   <li>{@code SHARED}: the tail has room for a whole chunk, and an append writes the next free slot in place after
 *       claiming it with a compare-and-set on the chunk's {@code claimed} count. Only one version can claim a slot;
 *       every other version that reaches the same length (an append from an older version: a fork) finds the slot taken
 *       and copies its own slots into a fresh chunk. So a chain of appends from the newest version allocates no array
 *       but one chunk per {@code chunkSize} items, and a version never sees a slot beyond its own length change: old
 *       versions stay valid and unchanged. The slot is written before the new version is constructed, and the version
 *       reaches the chunk through final fields, so another thread that sees the version sees the slot.
 * </ul>
 *
 * Immutable (as seen through any version) and thread-safe.
 */
final class Column {
    /** The strength's ordinal is in the two lowest bits of a code. */
    static final int STRENGTH = 3;

    static final int MEASURED = 4;
    static final int ELLIS = 8;

    private final Vector<Chunk> full;
    private final Chunk tail;
    private final int tailLength;
    private final int size;

    private Column(Vector<Chunk> full, Chunk tail, int tailLength, int size) {
        this.full = full;
        this.tail = tail;
        this.tailLength = tailLength;
        this.size = size;
    }

    /** The empty column; {@code numbers} says whether its chunks keep the fold's numbers beside the items. */
    static Column empty(boolean numbers) {
        return new Column(Vector.empty(), new Chunk(0, numbers), 0, 0);
    }

    int size() {
        return size;
    }

    /** This column with one more item; this one is unchanged. */
    Column append(Evidence item, int chunkSize, ColumnarLog.Growth growth) {
        Chunk chunk = tail;
        int slot = tailLength;
        if (!chunk.claim(slot)) { // COPY never has room; SHARED has none after a fork or when the chunk is new
            int capacity = growth == ColumnarLog.Growth.COPY ? slot + 1 : chunkSize;
            chunk = chunk.copy(slot, capacity);
        }
        chunk.write(slot, item);
        int length = slot + 1;
        return length == chunkSize
                ? new Column(full.append(chunk), new Chunk(0, chunk.numbers), 0, size + 1)
                : new Column(full, chunk, length, size + 1);
    }

    Evidence get(int index, int chunkSize) {
        int inFull = size - tailLength;
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index must be in [0, " + size + "): " + index);
        }
        if (index >= inFull) {
            return (Evidence) tail.items[index - inFull];
        }
        return (Evidence) full.get(index / chunkSize).items[index % chunkSize];
    }

    /** The items in order, copied into a list (for tests and checks, not for the fold). */
    List<Evidence> toList() {
        List<Evidence> list = new ArrayList<>(size);
        for (Chunk chunk : full) {
            for (Object item : chunk.items) {
                list.add((Evidence) item);
            }
        }
        for (int i = 0; i < tailLength; i++) {
            list.add((Evidence) tail.items[i]);
        }
        return list;
    }

    /** Folds the numbers of every item into the accumulator, chunk by chunk, never reading an item but a Sean Ellis tally. */
    void foldInto(ColumnFold.Accumulator accumulator) {
        for (Chunk chunk : full) {
            accumulator.add(chunk.code, chunk.successes, chunk.trials, chunk.items, chunk.items.length);
        }
        accumulator.add(tail.code, tail.successes, tail.trials, tail.items, tailLength);
    }

    /** The numbers of one item: its strength and kind as a code. */
    @SuppressWarnings("EnumOrdinal") // the code is private to the column and never persisted
    static byte code(Evidence item) {
        int code = item.strength().ordinal();
        if (item instanceof Measurement) {
            code |= MEASURED;
        } else if (item instanceof SeanEllisTally) {
            code |= ELLIS;
        }
        return (byte) code;
    }

    /** One chunk's arrays: written slot by slot, each slot once, by the version that claimed it. */
    static final class Chunk {
        private static final VarHandle CLAIMED;
        private static final byte[] NO_CODES = {};
        private static final long[] NO_NUMBERS = {};

        static {
            try {
                CLAIMED = MethodHandles.lookup().findVarHandle(Chunk.class, "claimed", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final Object[] items;
        final byte[] code;
        final long[] successes;
        final long[] trials;
        private final boolean numbers;
        /** The slots [0, claimed) are taken: written, or about to be written, by the version that claimed them. */
        @SuppressWarnings("unused") // through CLAIMED
        private int claimed;

        Chunk(int capacity, boolean numbers) {
            this.numbers = numbers;
            items = new Object[capacity];
            code = numbers ? new byte[capacity] : NO_CODES;
            successes = numbers ? new long[capacity] : NO_NUMBERS;
            trials = numbers ? new long[capacity] : NO_NUMBERS;
        }

        /** Takes the slot for the caller if it is the next free one and the chunk has room for it. */
        boolean claim(int slot) {
            return slot < items.length && CLAIMED.compareAndSet(this, slot, slot + 1);
        }

        /**
         * A new chunk of the given capacity with the first {@code length} slots of this one, and the slot after them
         * claimed for the caller.
         */
        Chunk copy(int length, int capacity) {
            Chunk copy = new Chunk(capacity, numbers);
            System.arraycopy(items, 0, copy.items, 0, length);
            if (numbers) {
                System.arraycopy(code, 0, copy.code, 0, length);
                System.arraycopy(successes, 0, copy.successes, 0, length);
                System.arraycopy(trials, 0, copy.trials, 0, length);
            }
            copy.claimed = length + 1;
            return copy;
        }

        void write(int slot, Evidence item) {
            items[slot] = item;
            if (numbers) {
                byte c = code(item);
                code[slot] = c;
                successes[slot] = (c & MEASURED) != 0
                        ? Double.doubleToRawLongBits(((Measurement) item).value())
                        : item.successes();
                trials[slot] = item.trials();
            }
        }
    }
}
