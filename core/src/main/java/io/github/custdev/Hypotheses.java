package io.github.custdev;

import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A venture's hypotheses: the active ones in the order they were stated, the ones pivots retired in the order they
 * were retired, and the lineage the pivots recorded (which replacement replaced which hypothesis). The rules about
 * when a hypothesis may be stated or retired belong to {@link Venture}; this value only keeps the books. Equal when
 * the active and retired hypotheses and the lineage are. Immutable and thread-safe.
 */
final class Hypotheses {
    private static final Hypotheses EMPTY = new Hypotheses(
            Vector.empty(), HashMap.empty(), Vector.empty(), HashMap.empty(), HashMap.empty(), HashMap.empty());

    private final Vector<Hypothesis> active;
    private final HashMap<HypothesisId, Hypothesis> activeById;
    private final Vector<Hypothesis> retired;
    private final HashMap<HypothesisId, Hypothesis> retiredById;
    private final HashMap<HypothesisId, HypothesisId> predecessors;
    private final HashMap<HypothesisId, Vector<HypothesisId>> successors;

    private Hypotheses(
            Vector<Hypothesis> active,
            HashMap<HypothesisId, Hypothesis> activeById,
            Vector<Hypothesis> retired,
            HashMap<HypothesisId, Hypothesis> retiredById,
            HashMap<HypothesisId, HypothesisId> predecessors,
            HashMap<HypothesisId, Vector<HypothesisId>> successors) {
        this.active = active;
        this.activeById = activeById;
        this.retired = retired;
        this.retiredById = retiredById;
        this.predecessors = predecessors;
        this.successors = successors;
    }

    /** No hypotheses: a new venture's. */
    static Hypotheses empty() {
        return EMPTY;
    }

    /** These hypotheses and one more, active, after the others. */
    Hypotheses state(Hypothesis hypothesis) {
        return new Hypotheses(
                active.append(hypothesis),
                activeById.put(hypothesis.id(), hypothesis),
                retired,
                retiredById,
                predecessors,
                successors);
    }

    /**
     * These hypotheses after a pivot: the ones it retires leave the active ones (which it must all be) for the
     * retired ones, its replacements become active, and its lineage is recorded.
     */
    Hypotheses pivot(PivotDecision decision) {
        Seq<HypothesisId> leaving = decision.retired();
        Vector<Hypothesis> nextActive = leaving.isEmpty() ? active : active.filter(h -> !leaving.contains(h.id()));
        HashMap<HypothesisId, Hypothesis> nextActiveById = activeById;
        Vector<Hypothesis> nextRetired = retired;
        HashMap<HypothesisId, Hypothesis> nextRetiredById = retiredById;
        for (HypothesisId id : leaving) {
            Hypothesis hypothesis = nextActiveById.get(id).get();
            nextActiveById = nextActiveById.remove(id);
            nextRetired = nextRetired.append(hypothesis);
            nextRetiredById = nextRetiredById.put(id, hypothesis);
        }
        for (Hypothesis replacement : decision.replacements()) {
            nextActive = nextActive.append(replacement);
            nextActiveById = nextActiveById.put(replacement.id(), replacement);
        }
        HashMap<HypothesisId, HypothesisId> nextPredecessors = predecessors;
        HashMap<HypothesisId, Vector<HypothesisId>> nextSuccessors = successors;
        for (Tuple2<HypothesisId, HypothesisId> link : decision.lineage()) {
            HypothesisId replacement = link._1();
            HypothesisId predecessor = link._2();
            nextPredecessors = nextPredecessors.put(replacement, predecessor);
            nextSuccessors = nextSuccessors.put(
                    predecessor, successorsIn(nextSuccessors, predecessor).append(replacement));
        }
        return new Hypotheses(
                nextActive, nextActiveById, nextRetired, nextRetiredById, nextPredecessors, nextSuccessors);
    }

    /** The active hypotheses, in the order they were stated. */
    Vector<Hypothesis> active() {
        return active;
    }

    /** The retired hypotheses, in the order they were retired. */
    Vector<Hypothesis> retired() {
        return retired;
    }

    /** The active hypothesis with an id, or null. */
    @Nullable
    Hypothesis activeOrNull(HypothesisId id) {
        return activeById.get(id).getOrNull();
    }

    /** The hypothesis with an id, active or retired. */
    Option<Hypothesis> get(HypothesisId id) {
        Option<Hypothesis> found = activeById.get(id);
        return found.isDefined() ? found : retiredById.get(id);
    }

    boolean isActive(HypothesisId id) {
        return activeById.containsKey(id);
    }

    boolean isRetired(HypothesisId id) {
        return retiredById.containsKey(id);
    }

    /** Whether a hypothesis with the id was ever stated, active or retired. */
    boolean isStated(HypothesisId id) {
        return activeById.containsKey(id) || retiredById.containsKey(id);
    }

    /** The hypothesis a replacement replaced. */
    Option<HypothesisId> predecessor(HypothesisId id) {
        return predecessors.get(id);
    }

    /** The hypotheses that directly replaced one, in order. */
    Vector<HypothesisId> successors(HypothesisId id) {
        return successorsIn(successors, id);
    }

    /**
     * The active hypotheses that stand for an id: itself when active, otherwise the active ones that replaced it,
     * directly or through later pivots, in lineage order (breadth first).
     */
    Seq<Hypothesis> activeFor(HypothesisId id) {
        Option<Hypothesis> self = activeById.get(id);
        if (self.isDefined()) {
            return Vector.of(self.get());
        }
        Vector<Hypothesis> found = Vector.empty();
        Vector<HypothesisId> frontier = successors(id);
        while (!frontier.isEmpty()) {
            HypothesisId next = frontier.head();
            frontier = frontier.tail();
            Option<Hypothesis> live = activeById.get(next);
            if (live.isDefined()) {
                found = found.append(live.get());
            } else {
                frontier = frontier.appendAll(successors(next));
            }
        }
        return found;
    }

    private static Vector<HypothesisId> successorsIn(
            HashMap<HypothesisId, Vector<HypothesisId>> successors, HypothesisId id) {
        return successors.get(id).getOrElse(Vector.empty());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Hypotheses that)) {
            return false;
        }
        return active.equals(that.active)
                && retired.equals(that.retired)
                && predecessors.equals(that.predecessors)
                && successors.equals(that.successors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(active, retired, predecessors, successors);
    }
}
