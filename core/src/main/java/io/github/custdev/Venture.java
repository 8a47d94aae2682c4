package io.github.custdev;

import io.github.custdev.Rejection.Rule;
import io.github.custdev.internal.AppendVector;
import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Assessment;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A venture's journey through customer development, as an event-sourced value: its phase and mode, its active and
 * retired hypotheses, the evidence log, the gate decisions and pivots taken, the audiences it chose, its runway and
 * its team.
 *
 * <p>A venture changes only by events. {@link #apply(VentureEvent)} returns the venture after the event, or a
 * {@link Rejection} naming the rule the event broke, and this venture is unchanged either way;
 * {@link #applyOrThrow(VentureEvent)} throws the rejection as a {@link RejectedEventException} instead, for code in
 * which a refused event is a bug. The venture keeps its
 * history, and {@link #replay(Iterable)} rebuilds it from that history as a left fold. The venture never calls out:
 * a {@link PhaseGate} reads it, and the caller records the gate's decision back as a
 * {@link VentureEvent.GateEvaluated} event.
 *
 * <pre>{@code
 * Venture venture = Venture.found(VentureEvent.Founded.of("Dentflow", Runway.experiments(120), 2, monday));
 * venture = venture.applyOrThrow(VentureEvent.HypothesisStated.of(problem, monday));
 * venture = venture.applyOrThrow(VentureEvent.EvidenceRecorded.of(interview, tuesday));
 * GateDecision decision = PhaseGate.defaultFor(venture.phase()).evaluate(venture, friday);
 * venture = venture.applyOrThrow(VentureEvent.GateEvaluated.of(decision));
 * }</pre>
 *
 * <p>Searching is not executing: a {@link VentureEvent.RoleHired} event that hires an executor while the venture is in
 * a search phase is recorded and flagged as {@link #prematureScaling()}, which every later gate trace shows.
 *
 * <p>Applying an event costs O(log n) in the size of the venture (the persistent collections are 32-way tries);
 * applying a batch of evidence costs that per item. Ventures are equal when every part of their state is. Immutable and
 * thread-safe.
 */
public final class Venture {
    private final String name;
    private final Instant foundedAt;
    private final int pivotLimit;
    private final Phase phase;
    private final Vector<Hypothesis> active;
    private final HashMap<HypothesisId, Hypothesis> activeById;
    private final Vector<Hypothesis> retired;
    private final HashMap<HypothesisId, Hypothesis> retiredById;
    private final HashMap<HypothesisId, HypothesisId> predecessors;
    private final HashMap<HypothesisId, Vector<HypothesisId>> successors;
    private final EvidenceLog log;
    private final Vector<GateDecision> decisions;
    private final Vector<PivotDecision> pivots;
    private final Runway runway;
    private final Vector<Role> team;
    private final Vector<PrematureScaling> prematureScaling;
    private final Vector<VentureEvent.AudienceChosen> audiences;
    private final VentureEvent.@Nullable Closed closing;
    private final AppendVector<VentureEvent> history;
    private final Instant lastEventAt;
    private final Instant phaseStartedAt;
    private final int phaseEvidenceStart;
    private final long experiments;
    private final long phaseExperimentStart;
    private final @Nullable GateDecision phaseDecision;

    private Venture(State state) {
        state.flush();
        this.name = state.name;
        this.foundedAt = state.foundedAt;
        this.pivotLimit = state.pivotLimit;
        this.phase = state.phase;
        this.active = state.active;
        this.activeById = state.activeById;
        this.retired = state.retired;
        this.retiredById = state.retiredById;
        this.predecessors = state.predecessors;
        this.successors = state.successors;
        this.log = state.log;
        this.decisions = state.decisions;
        this.pivots = state.pivots;
        this.runway = state.runway;
        this.team = state.team;
        this.prematureScaling = state.prematureScaling;
        this.audiences = state.audiences;
        this.closing = state.closing;
        this.history = state.history;
        this.lastEventAt = state.lastEventAt;
        this.phaseStartedAt = state.phaseStartedAt;
        this.phaseEvidenceStart = state.phaseEvidenceStart;
        this.experiments = state.experiments;
        this.phaseExperimentStart = state.phaseExperimentStart;
        this.phaseDecision = state.phaseDecision;
    }

    /**
     * A new venture, in Customer Discovery, with the founding as its history.
     *
     * @param founded the founding event
     * @return the venture
     * @throws InvalidValueException if the event is null
     */
    public static Venture found(VentureEvent.Founded founded) {
        return new Venture(State.founded(Checks.notNull(founded, "founded")));
    }

    /**
     * Rebuilds a venture from its history: founds it with the first event and applies the others in order, a left
     * fold. Replaying a venture's {@link #history()} gives an equal venture, and replaying a prefix of it gives the
     * venture as it was at that point.
     *
     * @param events the history, beginning with a {@link VentureEvent.Founded} event
     * @return the venture, or the rejection of the first event that does not fit; its {@link Rejection#position()} is
     *     the event's index in {@code events}
     * @throws InvalidValueException if {@code events} is null, empty, or holds a null
     */
    public static Either<Rejection, Venture> replay(Iterable<? extends VentureEvent> events) {
        Iterator<? extends VentureEvent> iterator =
                Checks.notNull(events, "events").iterator();
        if (!iterator.hasNext()) {
            throw InvalidValueException.of("events", "must not be empty: a history begins with Founded", "[]");
        }
        VentureEvent first = Checks.notNull(iterator.next(), "events[0]");
        if (!(first instanceof VentureEvent.Founded)) {
            return Either.left(Rejection.of(Rule.NOT_FOUNDED, first, 0, Rejection.kindOf(first)));
        }
        State state = State.founded((VentureEvent.Founded) first);
        return state.applyAll(iterator, 1) ? Either.right(new Venture(state)) : Either.left(state.rejection());
    }

    /**
     * The venture after an event, or why the event does not fit. This venture is unchanged either way.
     *
     * @param event the event
     * @return the new venture, or the rejection
     * @throws InvalidValueException if the event is null
     */
    public Either<Rejection, Venture> apply(VentureEvent event) {
        State state = new State(this);
        Rejection rejection = state.apply(Checks.notNull(event, "event"));
        return rejection == null ? Either.right(new Venture(state)) : Either.left(rejection);
    }

    /**
     * The venture after an event, for callers to whom a refused event is a bug: {@link #apply(VentureEvent)} with
     * the rejection thrown. Use it where every event is expected to fit (a script, a test, a replay of a history the
     * caller wrote); where an event may be refused in the normal course, use {@link #apply(VentureEvent)} and read
     * the {@link Rejection}.
     *
     * @param event the event
     * @return the new venture
     * @throws RejectedEventException if the event does not fit; its message is the {@link Rejection#message()} and
     *     it carries the rejection
     * @throws InvalidValueException if the event is null
     */
    public Venture applyOrThrow(VentureEvent event) {
        return apply(event).getOrElseThrow(RejectedEventException::new);
    }

    /**
     * The venture after several events, all or nothing, for callers to whom a refused event is a bug:
     * {@link #applyAll(Iterable)} with the first rejection thrown.
     *
     * @param events the events, in order
     * @return the new venture
     * @throws RejectedEventException if an event does not fit; then none is applied
     * @throws InvalidValueException if {@code events} is null or holds a null
     */
    public Venture applyAllOrThrow(Iterable<? extends VentureEvent> events) {
        return applyAll(events).getOrElseThrow(RejectedEventException::new);
    }

    /**
     * The venture after several events, all or nothing: the rejection of the first event that does not fit, and
     * then none of the events is applied.
     *
     * @param events the events, in order
     * @return the new venture, or the first rejection
     * @throws InvalidValueException if {@code events} is null or holds a null
     */
    public Either<Rejection, Venture> applyAll(Iterable<? extends VentureEvent> events) {
        State state = new State(this);
        return state.applyAll(Checks.notNull(events, "events").iterator(), history.size())
                ? Either.right(new Venture(state))
                : Either.left(state.rejection());
    }

    /**
     * The venture's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * When the venture was founded.
     *
     * @return the instant
     */
    public Instant foundedAt() {
        return foundedAt;
    }

    /**
     * The phase the venture is in.
     *
     * @return the phase
     */
    public Phase phase() {
        return phase;
    }

    /**
     * Whether the venture is searching or executing, by its phase.
     *
     * @return the mode
     */
    public Mode mode() {
        return phase.mode();
    }

    /**
     * The active hypotheses, in the order they were stated.
     *
     * @return the hypotheses
     */
    public Seq<Hypothesis> activeHypotheses() {
        return active;
    }

    /**
     * The hypotheses retired by pivots, in the order they were retired; they stay readable, and their evidence stays
     * in the log.
     *
     * @return the hypotheses
     */
    public Seq<Hypothesis> retiredHypotheses() {
        return retired;
    }

    /**
     * A hypothesis the venture stated, active or retired.
     *
     * @param hypothesisId the id
     * @return the hypothesis, or none when it was never stated
     */
    public Option<Hypothesis> hypothesis(HypothesisId hypothesisId) {
        Checks.notNull(hypothesisId, "hypothesisId");
        Option<Hypothesis> found = activeById.get(hypothesisId);
        return found.isDefined() ? found : retiredById.get(hypothesisId);
    }

    /**
     * Whether a hypothesis is active.
     *
     * @param hypothesisId the id
     * @return {@code true} when stated and not retired
     */
    public boolean isActive(HypothesisId hypothesisId) {
        return activeById.containsKey(Checks.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * Whether a hypothesis was retired by a pivot.
     *
     * @param hypothesisId the id
     * @return {@code true} when retired
     */
    public boolean isRetired(HypothesisId hypothesisId) {
        return retiredById.containsKey(Checks.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * The hypothesis a replacement replaced, by the lineage of the pivot that stated it.
     *
     * @param hypothesisId the replacement
     * @return the predecessor, or none
     */
    public Option<HypothesisId> predecessor(HypothesisId hypothesisId) {
        return predecessors.get(Checks.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * The hypotheses that directly replaced a retired one.
     *
     * @param hypothesisId the retired hypothesis
     * @return the replacements, in order; empty when there are none
     */
    public Seq<HypothesisId> successors(HypothesisId hypothesisId) {
        return successors.get(Checks.notNull(hypothesisId, "hypothesisId")).getOrElse(Vector.empty());
    }

    /**
     * The active hypotheses that stand for an id: the hypothesis itself when it is active, otherwise the active
     * hypotheses that replaced it, directly or through later pivots.
     *
     * @param hypothesisId the id
     * @return the active hypotheses, in lineage order; empty when none stand for it
     */
    public Seq<Hypothesis> activeFor(HypothesisId hypothesisId) {
        Checks.notNull(hypothesisId, "hypothesisId");
        Option<Hypothesis> self = activeById.get(hypothesisId);
        if (self.isDefined()) {
            return Vector.of(self.get());
        }
        Vector<Hypothesis> found = Vector.empty();
        Vector<HypothesisId> frontier = successors.get(hypothesisId).getOrElse(Vector.empty());
        while (!frontier.isEmpty()) {
            HypothesisId next = frontier.head();
            frontier = frontier.tail();
            Option<Hypothesis> live = activeById.get(next);
            if (live.isDefined()) {
                found = found.append(live.get());
            } else {
                frontier = frontier.appendAll(successors.get(next).getOrElse(Vector.empty()));
            }
        }
        return found;
    }

    /**
     * Every item of evidence ever recorded, including the evidence for retired hypotheses.
     *
     * @return the log
     */
    public EvidenceLog evidence() {
        return log;
    }

    /**
     * Every gate decision recorded, in order.
     *
     * @return the decisions
     */
    public Seq<GateDecision> decisions() {
        return decisions;
    }

    /**
     * The last gate decision recorded since the venture entered its current phase (or last pivoted).
     *
     * @return the decision, or none
     */
    public Option<GateDecision> currentDecision() {
        return Option.of(phaseDecision);
    }

    /**
     * Every pivot, in order.
     *
     * @return the pivots
     */
    public Seq<PivotDecision> pivots() {
        return pivots;
    }

    /**
     * The number of pivots made.
     *
     * @return the count
     */
    public int pivotsUsed() {
        return pivots.size();
    }

    /**
     * The most pivots the venture may make.
     *
     * @return the limit
     */
    public int pivotLimit() {
        return pivotLimit;
    }

    /**
     * The pivots the venture may still make.
     *
     * @return the count, at least 0
     */
    public int pivotsLeft() {
        return pivotLimit - pivots.size();
    }

    /**
     * What is left of the runway.
     *
     * @return the runway
     */
    public Runway runway() {
        return runway;
    }

    /**
     * Every role hired, in order.
     *
     * @return the team's roles
     */
    public Seq<Role> team() {
        return team;
    }

    /**
     * Every executor hired while the venture was searching.
     *
     * @return the premature hires; empty when there were none
     */
    public Seq<PrematureScaling> prematureScaling() {
        return prematureScaling;
    }

    /**
     * Whether the venture ever hired for execution while searching.
     *
     * @return {@code true} when premature scaling is on record
     */
    public boolean isScalingPrematurely() {
        return !prematureScaling.isEmpty();
    }

    /**
     * The audience the venture serves: the last one chosen.
     *
     * @return the audience, or none until the venture chooses one
     */
    public Option<Audience> audience() {
        return audiences.lastOption().map(VentureEvent.AudienceChosen::audience);
    }

    /**
     * Every audience the venture chose, in order, with when and why: the last is the {@linkplain #audience()
     * current} one. An audience is replaced only by choosing another; a pivot does not change it.
     *
     * @return the choices; empty when none was made
     */
    public Seq<VentureEvent.AudienceChosen> audiences() {
        return audiences;
    }

    /**
     * Whether the venture is closed.
     *
     * @return {@code true} after a {@link VentureEvent.Closed} event
     */
    public boolean isClosed() {
        return closing != null;
    }

    /**
     * The closing of the venture.
     *
     * @return the event, or none while the venture is open
     */
    public Option<VentureEvent.Closed> closing() {
        return Option.of(closing);
    }

    /**
     * Every event applied, from the founding on: replaying it gives this venture.
     *
     * @return the history
     */
    public Seq<VentureEvent> history() {
        return history.toVector();
    }

    /**
     * When the last event happened; the next must not be earlier.
     *
     * @return the instant
     */
    public Instant lastEventAt() {
        return lastEventAt;
    }

    /**
     * When the venture entered its current phase, or last pivoted.
     *
     * @return the instant
     */
    public Instant phaseStartedAt() {
        return phaseStartedAt;
    }

    /**
     * The evidence items recorded since the venture entered its current phase (or last pivoted): what a gate's
     * budget counts.
     *
     * @return the count
     */
    public long phaseEvidenceCount() {
        return (long) log.size() - phaseEvidenceStart;
    }

    /**
     * The experiments recorded since the venture entered its current phase (or last pivoted).
     *
     * @return the count
     */
    public long phaseExperimentCount() {
        return experiments - phaseExperimentStart;
    }

    /**
     * Every experiment recorded.
     *
     * @return the count
     */
    public long experimentCount() {
        return experiments;
    }

    /**
     * The journey so far as a Mermaid flowchart: the phases entered, each gate decision, the pivots with their types,
     * premature hires, the audiences chosen and the closing. A plain string; nothing is written anywhere.
     *
     * @return the diagram's source
     */
    public String toMermaid() {
        return JourneyDiagram.of(history.toVector());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Venture)) {
            return false;
        }
        Venture that = (Venture) other;
        return pivotLimit == that.pivotLimit
                && phase == that.phase
                && phaseEvidenceStart == that.phaseEvidenceStart
                && experiments == that.experiments
                && phaseExperimentStart == that.phaseExperimentStart
                && name.equals(that.name)
                && foundedAt.equals(that.foundedAt)
                && lastEventAt.equals(that.lastEventAt)
                && phaseStartedAt.equals(that.phaseStartedAt)
                && runway.equals(that.runway)
                && Objects.equals(closing, that.closing)
                && Objects.equals(phaseDecision, that.phaseDecision)
                && active.equals(that.active)
                && retired.equals(that.retired)
                && predecessors.equals(that.predecessors)
                && successors.equals(that.successors)
                && team.equals(that.team)
                && prematureScaling.equals(that.prematureScaling)
                && audiences.equals(that.audiences)
                && decisions.equals(that.decisions)
                && pivots.equals(that.pivots)
                && log.equals(that.log)
                && history.contentEquals(that.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, foundedAt, phase, history.size(), lastEventAt, log.size());
    }

    @Override
    public String toString() {
        return "Venture[" + name + ", " + phase + ", " + active.size() + " active and " + retired.size()
                + " retired hypotheses, " + log.size() + " evidence items, " + pivots.size() + " of " + pivotLimit
                + " pivots, runway " + runway
                + (audiences.isEmpty()
                        ? ""
                        : ", audience '" + audiences.last().audience().name() + '\'')
                + (closing == null ? "" : ", closed") + ']';
    }

    /** The venture's state while events are applied: a copy, changed in place, that becomes a new venture. */
    private static final class State {
        String name;
        Instant foundedAt;
        int pivotLimit;
        Phase phase;
        Vector<Hypothesis> active;
        HashMap<HypothesisId, Hypothesis> activeById;
        Vector<Hypothesis> retired;
        HashMap<HypothesisId, Hypothesis> retiredById;
        HashMap<HypothesisId, HypothesisId> predecessors;
        HashMap<HypothesisId, Vector<HypothesisId>> successors;
        EvidenceLog log;
        Vector<GateDecision> decisions;
        Vector<PivotDecision> pivots;
        Runway runway;
        Vector<Role> team;
        Vector<PrematureScaling> prematureScaling;
        Vector<VentureEvent.AudienceChosen> audiences;
        VentureEvent.@Nullable Closed closing;
        AppendVector<VentureEvent> history;
        Instant lastEventAt;
        Instant phaseStartedAt;
        int phaseEvidenceStart;
        long experiments;
        long phaseExperimentStart;

        @Nullable
        GateDecision phaseDecision;

        @Nullable
        Rejection rejection;

        /*
         * While several events are applied at once (replay, applyAll), evidence and history are gathered here and
         * appended in one pass when the state becomes a venture: the same result as appending one by one (as
         * EvidenceLog.appendAll promises), at a fraction of the cost.
         */
        private @Nullable List<Evidence> pendingEvidence;
        private @Nullable List<VentureEvent> pendingHistory;
        private @Nullable Map<HypothesisId, String> pendingUnits;
        private boolean batched;

        private State(VentureEvent.Founded founded) {
            name = founded.name();
            foundedAt = founded.at();
            pivotLimit = founded.pivotLimit();
            phase = Phase.first();
            active = Vector.empty();
            activeById = HashMap.empty();
            retired = Vector.empty();
            retiredById = HashMap.empty();
            predecessors = HashMap.empty();
            successors = HashMap.empty();
            log = EvidenceLog.empty();
            decisions = Vector.empty();
            pivots = Vector.empty();
            runway = founded.runway();
            team = Vector.empty();
            prematureScaling = Vector.empty();
            audiences = Vector.empty();
            closing = null;
            history = AppendVector.<VentureEvent>empty().append(founded);
            lastEventAt = founded.at();
            phaseStartedAt = founded.at();
            phaseEvidenceStart = 0;
            experiments = 0;
            phaseExperimentStart = 0;
            phaseDecision = null;
        }

        State(Venture venture) {
            name = venture.name;
            foundedAt = venture.foundedAt;
            pivotLimit = venture.pivotLimit;
            phase = venture.phase;
            active = venture.active;
            activeById = venture.activeById;
            retired = venture.retired;
            retiredById = venture.retiredById;
            predecessors = venture.predecessors;
            successors = venture.successors;
            log = venture.log;
            decisions = venture.decisions;
            pivots = venture.pivots;
            runway = venture.runway;
            team = venture.team;
            prematureScaling = venture.prematureScaling;
            audiences = venture.audiences;
            closing = venture.closing;
            history = venture.history;
            lastEventAt = venture.lastEventAt;
            phaseStartedAt = venture.phaseStartedAt;
            phaseEvidenceStart = venture.phaseEvidenceStart;
            experiments = venture.experiments;
            phaseExperimentStart = venture.phaseExperimentStart;
            phaseDecision = venture.phaseDecision;
        }

        static State founded(VentureEvent.Founded founded) {
            return new State(founded);
        }

        Rejection rejection() {
            return Objects.requireNonNull(rejection);
        }

        /** Applies events in order until one is rejected; {@code false} then, with the rejection kept. */
        boolean applyAll(Iterator<? extends VentureEvent> events, int firstIndex) {
            batched = true;
            pendingEvidence = new ArrayList<>();
            pendingHistory = new ArrayList<>();
            pendingUnits = new java.util.HashMap<>();
            int index = firstIndex;
            while (events.hasNext()) {
                VentureEvent event = Checks.notNull(events.next(), "events[" + index + "]");
                rejection = apply(event);
                if (rejection != null) {
                    return false;
                }
                index++;
            }
            return true;
        }

        /** Applies one event; returns the rejection, or null when the event was applied. */
        @Nullable
        Rejection apply(VentureEvent event) {
            Rejection refused = check(event);
            if (refused != null) {
                return refused;
            }
            if (event instanceof VentureEvent.EvidenceRecorded) {
                record((VentureEvent.EvidenceRecorded) event);
            } else if (event instanceof VentureEvent.HypothesisStated) {
                Hypothesis hypothesis = ((VentureEvent.HypothesisStated) event).hypothesis();
                active = active.append(hypothesis);
                activeById = activeById.put(hypothesis.id(), hypothesis);
            } else if (event instanceof VentureEvent.GateEvaluated) {
                GateDecision decision = ((VentureEvent.GateEvaluated) event).decision();
                decisions = decisions.append(decision);
                phaseDecision = decision;
            } else if (event instanceof VentureEvent.Pivoted) {
                pivot(((VentureEvent.Pivoted) event).decision());
            } else if (event instanceof VentureEvent.PhaseAdvanced) {
                phase = phase.next().get();
                enterPhase(event.at());
            } else if (event instanceof VentureEvent.RoleHired) {
                Role role = ((VentureEvent.RoleHired) event).role();
                team = team.append(role);
                if (role.isExecutor() && phase.isSearch()) {
                    prematureScaling = prematureScaling.append(PrematureScaling.of(role, phase, event.at()));
                }
            } else if (event instanceof VentureEvent.AudienceChosen) {
                audiences = audiences.append((VentureEvent.AudienceChosen) event);
            } else if (event instanceof VentureEvent.Closed) {
                closing = (VentureEvent.Closed) event;
            }
            if (batched) {
                pending(pendingHistory).add(event);
            } else {
                history = history.append(event);
            }
            lastEventAt = event.at();
            return null;
        }

        /** Appends what was gathered while applying several events. */
        void flush() {
            if (!batched) {
                return;
            }
            log = log.appendAll(pending(pendingEvidence));
            history = history.appendAll(pending(pendingHistory));
            batched = false;
            pendingEvidence = null;
            pendingHistory = null;
            pendingUnits = null;
        }

        private static <T> List<T> pending(@Nullable List<T> list) {
            return Objects.requireNonNull(list);
        }

        private int historySize() {
            return batched ? history.size() + pending(pendingHistory).size() : history.size();
        }

        private int logSize() {
            return batched ? log.size() + pending(pendingEvidence).size() : log.size();
        }

        private @Nullable Rejection check(VentureEvent event) {
            int position = historySize();
            if (event instanceof VentureEvent.Founded) {
                return Rejection.of(Rule.ALREADY_FOUNDED, event, position, name);
            }
            if (closing != null) {
                return Rejection.of(Rule.CLOSED, event, position, closing.at());
            }
            if (event.at().isBefore(lastEventAt)) {
                return Rejection.of(Rule.OUT_OF_ORDER, event, position, event.at());
            }
            if (event instanceof VentureEvent.EvidenceRecorded) {
                return checkEvidence((VentureEvent.EvidenceRecorded) event, position);
            }
            if (event instanceof VentureEvent.HypothesisStated) {
                HypothesisId id =
                        ((VentureEvent.HypothesisStated) event).hypothesis().id();
                return isStated(id) ? Rejection.of(Rule.DUPLICATE_HYPOTHESIS, event, position, id) : null;
            }
            if (event instanceof VentureEvent.GateEvaluated) {
                Phase decided = ((VentureEvent.GateEvaluated) event).decision().phase();
                return decided != phase ? Rejection.of(Rule.GATE_OF_ANOTHER_PHASE, event, position, decided) : null;
            }
            if (event instanceof VentureEvent.Pivoted) {
                return checkPivot((VentureEvent.Pivoted) event, position);
            }
            if (event instanceof VentureEvent.AudienceChosen) {
                return checkAudience((VentureEvent.AudienceChosen) event, position);
            }
            if (event instanceof VentureEvent.PhaseAdvanced) {
                if (phase.next().isEmpty()) {
                    return Rejection.of(Rule.NO_NEXT_PHASE, event, position, phase);
                }
                if (!(phaseDecision instanceof GateDecision.Proceed)) {
                    return Rejection.of(
                            Rule.ADVANCE_WITHOUT_PROCEED,
                            event,
                            position,
                            phaseDecision == null ? "no decision" : phaseDecision.kind());
                }
            }
            return null;
        }

        private @Nullable Rejection checkAudience(VentureEvent.AudienceChosen event, int position) {
            Audience audience = event.audience();
            if (!audiences.isEmpty() && audiences.last().audience().equals(audience)) {
                return Rejection.of(Rule.AUDIENCE_UNCHANGED, event, position, audience.name());
            }
            for (Assessment assessment : audience.conversion().assessment()) {
                if (!isStated(assessment.hypothesisId())) {
                    return Rejection.of(Rule.UNKNOWN_CONVERSION_SOURCE, event, position, assessment.hypothesisId());
                }
            }
            return null;
        }

        private boolean isStated(HypothesisId id) {
            return activeById.containsKey(id) || retiredById.containsKey(id);
        }

        private @Nullable Rejection checkEvidence(VentureEvent.EvidenceRecorded event, int position) {
            Seq<Evidence> items = event.evidence();
            @Nullable Map<HypothesisId, String> units = null;
            for (Evidence item : items) {
                HypothesisId id = item.hypothesisId();
                Hypothesis hypothesis = activeById.get(id).getOrNull();
                if (hypothesis == null) {
                    return Rejection.of(
                            retiredById.containsKey(id) ? Rule.RETIRED_HYPOTHESIS : Rule.UNKNOWN_HYPOTHESIS,
                            event,
                            position,
                            id);
                }
                if (item.observedAt().isAfter(event.at())) {
                    return Rejection.of(Rule.EVIDENCE_FROM_THE_FUTURE, event, position, item.observedAt());
                }
                SuccessCriterion criterion = hypothesis.criterion();
                if (!criterion.uses(item)) {
                    return Rejection.of(
                            Rule.UNUSABLE_EVIDENCE,
                            event,
                            position,
                            "hypothesis " + id + " is judged on "
                                    + criterion.metric().description() + ": a " + Rejection.kindOf(item)
                                    + " cannot count");
                }
                if (item instanceof Measurement) {
                    String unit = ((Measurement) item).unit();
                    if (units == null) {
                        units = new java.util.HashMap<>();
                    }
                    String expected = units.computeIfAbsent(id, key -> unitOf(key, unit));
                    if (!expected.equals(unit)) {
                        return Rejection.of(Rule.UNIT_MISMATCH, event, position, unit);
                    }
                }
            }
            BigDecimal cost = event.cost();
            if (!runway.canPay(cost)) {
                return Rejection.of(Rule.RUNWAY_EXHAUSTED, event, position, runway);
            }
            return null;
        }

        /** The unit of a hypothesis's earlier measurements, or the given one when it has none. */
        private String unitOf(HypothesisId id, String unit) {
            String pending = batched ? Objects.requireNonNull(pendingUnits).get(id) : null;
            return pending != null ? pending : log.statistics(id).unit().getOrElse(unit);
        }

        private void record(VentureEvent.EvidenceRecorded event) {
            Seq<Evidence> items = event.evidence();
            if (batched) {
                List<Evidence> evidence = pending(pendingEvidence);
                Map<HypothesisId, String> units = Objects.requireNonNull(pendingUnits);
                for (Evidence item : items) {
                    evidence.add(item);
                    if (item instanceof Measurement) {
                        units.putIfAbsent(item.hypothesisId(), ((Measurement) item).unit());
                    }
                }
            } else {
                log = items.size() == 1 ? log.append(items.head()) : log.appendAll(items);
            }
            runway = runway.afterExperiment(event.cost());
            experiments++;
        }

        private @Nullable Rejection checkPivot(VentureEvent.Pivoted event, int position) {
            PivotDecision decision = event.decision();
            if (pivots.size() >= pivotLimit) {
                return Rejection.of(Rule.NO_PIVOTS_LEFT, event, position, pivotLimit);
            }
            if (decision.returnTo().isAfter(phase)) {
                return Rejection.of(Rule.PIVOT_FORWARD, event, position, decision.returnTo());
            }
            for (HypothesisId id : decision.retired()) {
                if (!activeById.containsKey(id)) {
                    return Rejection.of(Rule.RETIRE_INACTIVE, event, position, id);
                }
            }
            for (Hypothesis replacement : decision.replacements()) {
                if (isStated(replacement.id())) {
                    return Rejection.of(Rule.DUPLICATE_HYPOTHESIS, event, position, replacement.id());
                }
            }
            return null;
        }

        private void pivot(PivotDecision decision) {
            Seq<HypothesisId> leaving = decision.retired();
            if (!leaving.isEmpty()) {
                active = active.filter(h -> !leaving.contains(h.id()));
                for (HypothesisId id : leaving) {
                    Hypothesis hypothesis = activeById.get(id).get();
                    activeById = activeById.remove(id);
                    retired = retired.append(hypothesis);
                    retiredById = retiredById.put(id, hypothesis);
                }
            }
            for (Hypothesis replacement : decision.replacements()) {
                active = active.append(replacement);
                activeById = activeById.put(replacement.id(), replacement);
            }
            decision.lineage().forEach((replacement, predecessor) -> {
                predecessors = predecessors.put(replacement, predecessor);
                successors = successors.put(
                        predecessor,
                        successors.get(predecessor).getOrElse(Vector.empty()).append(replacement));
            });
            pivots = pivots.append(decision);
            phase = decision.returnTo();
            enterPhase(decision.decidedAt());
        }

        private void enterPhase(Instant at) {
            phaseStartedAt = at;
            phaseEvidenceStart = logSize();
            phaseExperimentStart = experiments;
            phaseDecision = null;
        }
    }
}
