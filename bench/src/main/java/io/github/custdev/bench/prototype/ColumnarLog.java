package io.github.custdev.bench.prototype;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.HypothesisId;
import io.vavr.collection.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A prototype of a columnar evidence log (issue 15), not API: the persistent, append-only log of core's {@code
 * EvidenceLog} (every item in order, and per hypothesis its items and running {@link EvidenceStatistics}, in a Vavr
 * hash map), whose per-hypothesis sequence keeps beside each chunk of items the numbers a fold reads, in primitive
 * arrays (see {@link Column}). {@link #fold(HypothesisId)} builds a hypothesis's statistics from scratch over those
 * arrays, without reading the evidence objects.
 *
 * <p>Appending returns a new log and leaves this one as it was, valid and unchanged, whichever older version the
 * append starts from; an item is checked (unit, total of trials) by the running statistics before anything is written.
 * Immutable and thread-safe.
 */
public final class ColumnarLog {
    /** How an append treats the last, partly filled chunk. */
    public enum Growth {
        /** Copies the chunk's filled slots into arrays one longer on every append, as core's log does today. */
        COPY,
        /**
         * Writes the next slot of a chunk with room for {@code chunkSize} items in place, after claiming it; an append
         * from an older version whose next slot is taken copies its slots into a fresh chunk.
         */
        SHARED
    }

    private final int chunkSize;
    private final Growth growth;
    private final Column items;
    private final HashMap<HypothesisId, Track> tracks;

    private ColumnarLog(int chunkSize, Growth growth, Column items, HashMap<HypothesisId, Track> tracks) {
        this.chunkSize = chunkSize;
        this.growth = growth;
        this.items = items;
        this.tracks = tracks;
    }

    /**
     * The empty log.
     *
     * @param chunkSize the items per chunk, at least 1
     * @param growth how an append treats the last chunk
     * @return the empty log
     * @throws IllegalArgumentException if {@code chunkSize} is less than 1
     */
    public static ColumnarLog empty(int chunkSize, Growth growth) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1: " + chunkSize);
        }
        return new ColumnarLog(
                chunkSize, Objects.requireNonNull(growth, "growth is null"), Column.empty(false), HashMap.empty());
    }

    /**
     * A log of the given evidence, appended in order.
     *
     * @param evidence the evidence
     * @param chunkSize the items per chunk, at least 1
     * @param growth how an append treats the last chunk
     * @return the log
     */
    public static ColumnarLog ofAll(Iterable<? extends Evidence> evidence, int chunkSize, Growth growth) {
        ColumnarLog log = empty(chunkSize, growth);
        for (Evidence item : evidence) {
            log = log.append(item);
        }
        return log;
    }

    /**
     * This log with one more item at its end.
     *
     * @param evidence the item
     * @return the new log; this one is unchanged
     * @throws io.github.custdev.InvalidValueException if the item's unit differs from its hypothesis's measurements, or
     *     the total of its hypothesis's trials would pass {@code Long.MAX_VALUE}; nothing is written then
     */
    public ColumnarLog append(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence is null");
        HypothesisId id = evidence.hypothesisId();
        Track track = tracks.get(id).getOrNull();
        EvidenceStatistics statistics = (track == null ? EvidenceStatistics.empty() : track.statistics).plus(evidence);
        Column column = (track == null ? Column.empty(true) : track.column).append(evidence, chunkSize, growth);
        return new ColumnarLog(
                chunkSize,
                growth,
                items.append(evidence, chunkSize, growth),
                tracks.put(id, new Track(statistics, column)));
    }

    /**
     * The number of items.
     *
     * @return the size
     */
    public int size() {
        return items.size();
    }

    /**
     * The item at a position, counting from 0 in the order of recording.
     *
     * @param index the position
     * @return the item
     * @throws IndexOutOfBoundsException if there is no item at that position
     */
    public Evidence get(int index) {
        return items.get(index, chunkSize);
    }

    /**
     * Every item in order, copied into a list: for checks, not for speed.
     *
     * @return the items
     */
    public List<Evidence> evidence() {
        return items.toList();
    }

    /**
     * One hypothesis's items in order, copied into a list: for checks, not for speed.
     *
     * @param id the hypothesis
     * @return its items, empty when there are none
     */
    public List<Evidence> evidence(HypothesisId id) {
        Track track = tracks.get(id).getOrNull();
        return track == null ? List.of() : track.column.toList();
    }

    /**
     * The running statistics of one hypothesis, kept up to date on every append, as core's log keeps them.
     *
     * @param id the hypothesis
     * @return its statistics, empty when there is no evidence for it
     */
    public EvidenceStatistics statistics(HypothesisId id) {
        Track track = tracks.get(id).getOrNull();
        return track == null ? EvidenceStatistics.empty() : track.statistics;
    }

    /**
     * One hypothesis's statistics folded from scratch over the primitive chunks: the figures of {@code
     * EvidenceStatistics.of(log.evidence(id))} for core's log of the same items.
     *
     * @param id the hypothesis
     * @return the figures
     */
    public ColumnFold fold(HypothesisId id) {
        ColumnFold.Accumulator accumulator = new ColumnFold.Accumulator();
        Track track = tracks.get(id).getOrNull();
        if (track == null) {
            return accumulator.toFold(Optional.empty());
        }
        track.column.foldInto(accumulator);
        return accumulator.toFold(track.statistics.unit().toJavaOptional());
    }

    /** One hypothesis's running statistics and columnar items. Immutable. */
    private static final class Track {
        final EvidenceStatistics statistics;
        final Column column;

        Track(EvidenceStatistics statistics, Column column) {
            this.statistics = statistics;
            this.column = column;
        }
    }
}
