package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.AppendVector;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.LocalScoring;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.collection.HashMap;
import io.vavr.collection.Iterator;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The evidence a venture has gathered, in the order it was recorded: an append-only log with per-hypothesis access
 * and running sufficient statistics.
 *
 * <p>Appending returns a new log and leaves this one as it was; the two share structure, so an append costs
 * O(log n) time and space (effectively constant: the persistent vectors are 32-way tries) and keeps the
 * {@link EvidenceStatistics} of the item's hypothesis up to date. Scoring reads those statistics and never rescans the
 * history; strategies that need the order of the evidence (a sequential test) read {@link #evidence(HypothesisId)}.
 *
 * <pre>{@code
 * HypothesisId problem = HypothesisId.of("problem");
 * EvidenceLog log = EvidenceLog.empty()
 *         .append(Statement.supports(problem, Source.of("dr-lee"), monday))
 *         .append(Statement.refutes(problem, Source.of("dr-ray"), tuesday));
 * log.statistics(problem).successes();   // 1
 * log.statistics(problem).trials();      // 2
 * }</pre>
 *
 * <p>Logs are equal when they hold equal evidence in the same order, with the same {@link #weights()}. Immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class EvidenceLog {
    private static final EvidenceLog EMPTY =
            new EvidenceLog(AppendVector.empty(), HashMap.empty(), StrengthWeights.equal(), null);

    private final AppendVector<Evidence> items;
    private final HashMap<HypothesisId, Track> tracks;
    private final StrengthWeights weights;
    /**
     * The assessments of hypotheses without evidence, shared by every log appended from the same one: made by the
     * first append to the empty log (which has none, so that no two lineages share one), and handed on.
     */
    private final @Nullable Untested untested;

    private EvidenceLog(
            AppendVector<Evidence> items,
            HashMap<HypothesisId, Track> tracks,
            StrengthWeights weights,
            @Nullable Untested untested) {
        this.items = items;
        this.tracks = tracks;
        this.weights = weights;
        this.untested = untested;
    }

    /** The untested assessments this log's next version shares. */
    private Untested untestedAfter() {
        return untested != null ? untested : new Untested();
    }

    /**
     * The log with no evidence.
     *
     * @return the empty log
     */
    public static EvidenceLog empty() {
        return EMPTY;
    }

    /**
     * A log of the given evidence, in the order given.
     *
     * @param evidence the evidence
     * @return the log
     * @throws InvalidValueException if an item is null, or measurements of one hypothesis use different units
     */
    public static EvidenceLog of(Evidence... evidence) {
        // Arrays.asList, not List.of: List.of throws its own NullPointerException for a null item
        return ofAll(Arrays.asList(Checks.notNull(evidence, "evidence")));
    }

    /**
     * A log of the given evidence, in the order given, built in one pass: faster than appending item by item, with the
     * same result.
     *
     * @param evidence the evidence
     * @return the log
     * @throws InvalidValueException if an item is null, or measurements of one hypothesis use different units
     */
    public static EvidenceLog ofAll(Iterable<? extends Evidence> evidence) {
        // a log made at once, often a strategy's view of one hypothesis, starts no cache of untested assessments
        return EMPTY.appendAll(evidence, null);
    }

    /**
     * This log with one more item at its end.
     *
     * @param evidence the item
     * @return the new log; this one is unchanged
     * @throws InvalidValueException if the item is null, or a measurement whose unit differs from the earlier
     *     measurements of its hypothesis
     */
    public EvidenceLog append(Evidence evidence) {
        Checks.notNull(evidence, "evidence");
        HypothesisId id = evidence.hypothesisId();
        Track track = tracks.get(id).getOrNull();
        Track next = track == null
                ? new Track(
                        EvidenceStatistics.empty().plus(evidence),
                        AppendVector.<Evidence>empty().append(evidence))
                : new Track(track.statistics.plus(evidence), track.items.append(evidence));
        return new EvidenceLog(items.append(evidence), tracks.put(id, next), weights, untestedAfter());
    }

    /**
     * This log with the given items at its end, in the order given. All or nothing: if an item is invalid, no item
     * is added.
     *
     * @param evidence the items
     * @return the new log; this one is unchanged
     * @throws InvalidValueException if an item is null, or a measurement whose unit differs from the earlier
     *     measurements of its hypothesis
     */
    public EvidenceLog appendAll(Iterable<? extends Evidence> evidence) {
        return appendAll(evidence, untestedAfter());
    }

    private EvidenceLog appendAll(Iterable<? extends Evidence> evidence, @Nullable Untested untested) {
        Checks.notNull(evidence, "evidence");
        Rows rows = new Rows(tracks, evidence instanceof Collection<?> known ? known.size() : 10);
        for (Evidence item : evidence) {
            rows.add(item);
        }
        return rows.added.isEmpty()
                ? this
                : new EvidenceLog(items.appendAll(rows.added), rows.finish(), weights, untested);
    }

    /**
     * The number of items in the log.
     *
     * @return the size
     */
    public int size() {
        return items.size();
    }

    /**
     * Whether the log holds no evidence.
     *
     * @return {@code true} when the log is empty
     */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * The item at a position, counting from 0 in the order of recording.
     *
     * @param index the position
     * @return the item
     * @throws InvalidValueException if there is no item at that position
     */
    public Evidence get(int index) {
        if (index < 0 || index >= items.size()) {
            throw InvalidValueException.of("index", "must be in [0, " + items.size() + ")", index);
        }
        return items.get(index);
    }

    /**
     * Every item, in the order of recording. Costs O(log n): the sequence shares the log's structure.
     *
     * @return the evidence
     */
    public Seq<Evidence> evidence() {
        return items.toVector();
    }

    /**
     * The items for one hypothesis, in the order of recording. Costs O(log n): the sequence shares the log's
     * structure.
     *
     * @param hypothesisId the hypothesis
     * @return its evidence; empty when there is none
     */
    public Seq<Evidence> evidence(HypothesisId hypothesisId) {
        Track track = tracks.get(Checks.notNull(hypothesisId, "hypothesisId")).getOrNull();
        return track == null ? Vector.empty() : track.items.toVector();
    }

    /**
     * The items for one hypothesis, in the order of recording, one at a time: the cheapest way for a strategy that
     * reads the evidence in order and may stop early, such as a sequential test.
     *
     * @param hypothesisId the hypothesis
     * @return an iterator over its evidence; empty when there is none
     */
    public Iterator<Evidence> iterator(HypothesisId hypothesisId) {
        Track track = tracks.get(Checks.notNull(hypothesisId, "hypothesisId")).getOrNull();
        return track == null ? Iterator.empty() : track.items.iterator();
    }

    /**
     * The running statistics of one hypothesis's evidence, kept up to date on every append: reading them costs
     * O(1), however long the log.
     *
     * @param hypothesisId the hypothesis
     * @return its statistics; {@link EvidenceStatistics#empty()} when there is no evidence for it
     */
    public EvidenceStatistics statistics(HypothesisId hypothesisId) {
        Track track = tracks.get(Checks.notNull(hypothesisId, "hypothesisId")).getOrNull();
        EvidenceStatistics statistics = track == null ? EvidenceStatistics.empty() : track.statistics;
        return statistics.withWeights(weights);
    }

    /**
     * A strategy's assessment of a hypothesis on this log: {@code strategy.assess(hypothesis, this)}, made once for as
     * long as the hypothesis's evidence is unchanged when the strategy is one of the library's own that reads nothing
     * else ({@link LocalScoring}). A gate that judges every hypothesis of a phase each period then assesses again only
     * those that gained evidence. The same strategy, hypothesis and weights (each the same instance) find the kept
     * assessment; anything else assesses anew, and a caller's own strategy always does.
     */
    Assessment assessed(ScoringStrategy strategy, Hypothesis hypothesis) {
        if (!LocalScoring.isLocal(strategy)) {
            return strategy.assess(hypothesis, this);
        }
        Track track = tracks.get(hypothesis.id()).getOrNull();
        @Nullable Assessed kept = null;
        if (track != null) {
            kept = track.assessed;
        } else if (untested != null) {
            kept = untested.find(strategy, hypothesis, weights);
        }
        if (kept != null && kept.madeFrom(strategy, hypothesis, weights)) {
            return kept.assessment();
        }
        Assessment assessment = strategy.assess(hypothesis, this);
        if (assessment != null) {
            Assessed made = new Assessed(strategy, hypothesis, weights, assessment);
            if (track != null) {
                track.assessed = made;
            } else if (untested != null) {
                untested.keep(made);
            }
        }
        return assessment;
    }

    /**
     * The same evidence, with its statistics weighted by strength: every {@link #statistics(HypothesisId)} of the
     * returned log reports effective figures with these weights. This is how a strategy is made to count one payment
     * as many compliments without knowing it. Costs O(1).
     *
     * @param weights the weights
     * @return the reweighted log; this one is unchanged
     */
    public EvidenceLog withWeights(StrengthWeights weights) {
        Checks.notNull(weights, "weights");
        return weights.equals(this.weights) ? this : new EvidenceLog(items, tracks, weights, untested);
    }

    /**
     * The weights this log's statistics are reported with.
     *
     * @return the weights; equal unless set with {@link #withWeights}
     */
    public StrengthWeights weights() {
        return weights;
    }

    /**
     * The hypotheses that have evidence in this log.
     *
     * @return their ids, in order
     */
    public SortedSet<HypothesisId> hypothesisIds() {
        return TreeSet.ofAll(tracks.keySet());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EvidenceLog that)) {
            return false;
        }
        return weights.equals(that.weights) && items.contentEquals(that.items);
    }

    @Override
    public int hashCode() {
        return 31 * items.contentHash() + weights.hashCode();
    }

    @Override
    public String toString() {
        String text = "EvidenceLog[" + items.size() + " items, " + tracks.size() + " hypotheses";
        return (weights.isEqual() ? text : text + ", " + weights) + ']';
    }

    /** One hypothesis's evidence and statistics. Immutable. */
    private static final class Track {
        private final EvidenceStatistics statistics;
        private final AppendVector<Evidence> items;
        /**
         * The last assessment a {@linkplain LocalScoring local} strategy made of this track, or null: a cache of a
         * pure function's result, shared by every version of the log that shares the track (the next version with
         * evidence for another hypothesis, a gate's evaluation one period later). Written racily but safely: the
         * entry's fields are final, and two threads that compute it at once compute equal assessments.
         */
        private volatile @Nullable Assessed assessed;

        Track(EvidenceStatistics statistics, AppendVector<Evidence> items) {
            this.statistics = statistics;
            this.items = items;
        }
    }

    /**
     * The last assessments {@linkplain LocalScoring local} strategies made of hypotheses with no evidence in a log: the
     * same for every version of a log (a hypothesis without evidence is assessed on its prior alone), so one cache
     * serves a whole lineage of appends. It holds a few entries, each replacing the oldest; like {@link Track}'s, its
     * entries are written racily but safely (final fields, equal values). Owned by one lineage of logs, never shared
     * between the lineages of the empty log.
     */
    private static final class Untested {
        private static final int SIZE = 16;
        private final @Nullable Assessed[] entries = new Assessed[SIZE];
        private final AtomicInteger next = new AtomicInteger();

        @Nullable
        Assessed find(ScoringStrategy strategy, Hypothesis hypothesis, StrengthWeights weights) {
            for (Assessed entry : entries) {
                if (entry != null && entry.madeFrom(strategy, hypothesis, weights)) {
                    return entry;
                }
            }
            return null;
        }

        void keep(Assessed made) {
            entries[Math.floorMod(next.getAndIncrement(), SIZE)] = made;
        }
    }

    /**
     * An assessment with what it was made from: the strategy, the hypothesis and the log's weights.
     *
     * @param strategy the strategy that assessed
     * @param hypothesis the hypothesis assessed
     * @param weights the weights of the log it was assessed on
     * @param assessment the assessment
     */
    private record Assessed(
            ScoringStrategy strategy, Hypothesis hypothesis, StrengthWeights weights, Assessment assessment) {

        /**
         * Whether this was made from these very instances: an equal strategy or hypothesis that is another instance is
         * not assumed to assess alike (a caller's equality may be coarser than the assessment), so it assesses anew.
         */
        @SuppressWarnings("ReferenceEquality")
        boolean madeFrom(ScoringStrategy strategy, Hypothesis hypothesis, StrengthWeights weights) {
            return this.strategy == strategy && this.hypothesis == hypothesis && this.weights == weights;
        }
    }

    /**
     * The items of one {@link #appendAll} call, taken row by row: the items of one hypothesis usually come in a row,
     * so a row's statistics are gathered at once (one item by {@link EvidenceStatistics#plus(Evidence)}, more by an
     * accumulator) and its track is looked up and replaced once.
     */
    private static final class Rows {
        private HashMap<HypothesisId, Track> tracks;
        private final List<Evidence> added;
        private @Nullable HypothesisId rowId;
        private int rowStart;
        private @Nullable Track before;
        private @Nullable EvidenceStatistics first;
        private EvidenceStatistics.@Nullable Accumulator accumulator;

        Rows(HashMap<HypothesisId, Track> tracks, int expected) {
            this.tracks = tracks;
            this.added = new ArrayList<>(expected);
        }

        void add(@Nullable Evidence item) {
            if (item == null) {
                throw InvalidValueException.ofNull("evidence[" + added.size() + "]");
            }
            HypothesisId id = item.hypothesisId();
            if (!id.equals(rowId)) {
                closeRow();
                rowId = id;
                rowStart = added.size();
                before = tracks.get(id).getOrNull();
                first = (before == null ? EvidenceStatistics.empty() : before.statistics).plus(item);
            } else {
                if (accumulator == null) {
                    accumulator = new EvidenceStatistics.Accumulator(Objects.requireNonNull(first));
                }
                accumulator.add(item);
            }
            added.add(item);
        }

        private void closeRow() {
            if (rowId == null) {
                return;
            }
            EvidenceStatistics statistics =
                    accumulator == null ? Objects.requireNonNull(first) : accumulator.toStatistics();
            AppendVector<Evidence> row = before == null ? AppendVector.empty() : before.items;
            List<Evidence> rowItems = added.subList(rowStart, added.size());
            tracks = tracks.put(
                    rowId,
                    new Track(
                            statistics, rowItems.size() == 1 ? row.append(rowItems.get(0)) : row.appendAll(rowItems)));
            accumulator = null;
        }

        HashMap<HypothesisId, Track> finish() {
            closeRow();
            return tracks;
        }
    }
}
