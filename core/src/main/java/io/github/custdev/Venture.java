package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.Rejection.Rule;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.AudiencePath;
import io.github.custdev.audience.NextAudienceDecision;
import io.github.custdev.internal.AppendVector;
import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Assessment;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
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
@API(status = STABLE, since = "0.1.0")
public final class Venture {
    private final VentureEvent.Founded founding;
    private final Course course;
    private final Hypotheses hypotheses;
    private final Ledger ledger;
    private final Organisation organisation;
    private final VentureEvent.@Nullable Closed closing;
    private final AppendVector<VentureEvent> history;
    private final Instant lastEventAt;

    private Venture(
            VentureEvent.Founded founding,
            Course course,
            Hypotheses hypotheses,
            Ledger ledger,
            Organisation organisation,
            VentureEvent.@Nullable Closed closing,
            AppendVector<VentureEvent> history,
            Instant lastEventAt) {
        this.founding = founding;
        this.course = course;
        this.hypotheses = hypotheses;
        this.ledger = ledger;
        this.organisation = organisation;
        this.closing = closing;
        this.history = history;
        this.lastEventAt = lastEventAt;
    }

    /**
     * A new venture, in Customer Discovery, with the founding as its history.
     *
     * @param founded the founding event
     * @return the venture
     * @throws InvalidValueException if the event is null
     */
    public static Venture found(VentureEvent.Founded founded) {
        Checks.notNull(founded, "founded");
        return new Venture(
                founded,
                Course.start(founded.at()),
                Hypotheses.empty(),
                Ledger.start(founded.runway()),
                Organisation.empty(),
                null,
                AppendVector.<VentureEvent>empty().append(founded),
                founded.at());
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
        if (!(first instanceof VentureEvent.Founded founded)) {
            return Either.left(Rejection.of(Rule.NOT_FOUNDED, first, 0, Rejection.kindOf(first)));
        }
        return found(founded).applyInOrder(iterator, 1);
    }

    /**
     * The venture after an event, or why the event does not fit. This venture is unchanged either way.
     *
     * @param event the event
     * @return the new venture, or the rejection
     * @throws InvalidValueException if the event is null
     */
    public Either<Rejection, Venture> apply(VentureEvent event) {
        return handle(Checks.notNull(event, "event"), null);
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
        return applyInOrder(Checks.notNull(events, "events").iterator(), history.size());
    }

    /**
     * The venture's name.
     *
     * @return the name
     */
    public String name() {
        return founding.name();
    }

    /**
     * When the venture was founded.
     *
     * @return the instant
     */
    public Instant foundedAt() {
        return founding.at();
    }

    /**
     * The phase the venture is in.
     *
     * @return the phase
     */
    public Phase phase() {
        return course.phase();
    }

    /**
     * Whether the venture is searching or executing, by its phase.
     *
     * @return the mode
     */
    public Mode mode() {
        return course.phase().mode();
    }

    /**
     * The active hypotheses, in the order they were stated.
     *
     * @return the hypotheses
     */
    public Seq<Hypothesis> activeHypotheses() {
        return hypotheses.active();
    }

    /**
     * The hypotheses retired by pivots, in the order they were retired; they stay readable, and their evidence stays
     * in the log.
     *
     * @return the hypotheses
     */
    public Seq<Hypothesis> retiredHypotheses() {
        return hypotheses.retired();
    }

    /**
     * A hypothesis the venture stated, active or retired.
     *
     * @param hypothesisId the id
     * @return the hypothesis, or none when it was never stated
     */
    public Option<Hypothesis> hypothesis(HypothesisId hypothesisId) {
        return hypotheses.get(Checks.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * Whether a hypothesis is active.
     *
     * @param hypothesisId the id
     * @return {@code true} when stated and not retired
     */
    public boolean isActive(HypothesisId hypothesisId) {
        return hypotheses.isActive(Checks.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * Whether a hypothesis was retired by a pivot.
     *
     * @param hypothesisId the id
     * @return {@code true} when retired
     */
    public boolean isRetired(HypothesisId hypothesisId) {
        return hypotheses.isRetired(Checks.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * The hypothesis a replacement replaced, by the lineage of the pivot that stated it.
     *
     * @param hypothesisId the replacement
     * @return the predecessor, or none
     */
    public Option<HypothesisId> predecessor(HypothesisId hypothesisId) {
        return hypotheses.predecessor(Checks.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * The hypotheses that directly replaced a retired one.
     *
     * @param hypothesisId the retired hypothesis
     * @return the replacements, in order; empty when there are none
     */
    public Seq<HypothesisId> successors(HypothesisId hypothesisId) {
        return hypotheses.successors(Checks.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * The active hypotheses that stand for an id: the hypothesis itself when it is active, otherwise the active
     * hypotheses that replaced it, directly or through later pivots.
     *
     * @param hypothesisId the id
     * @return the active hypotheses, in lineage order; empty when none stand for it
     */
    public Seq<Hypothesis> activeFor(HypothesisId hypothesisId) {
        return hypotheses.activeFor(Checks.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * Every item of evidence ever recorded, including the evidence for retired hypotheses.
     *
     * @return the log
     */
    public EvidenceLog evidence() {
        return ledger.log();
    }

    /**
     * Every gate decision recorded, in order.
     *
     * @return the decisions
     */
    public Seq<GateDecision> decisions() {
        return course.decisions();
    }

    /**
     * The last gate decision recorded since the venture entered its current phase (or last pivoted).
     *
     * @return the decision, or none
     */
    public Option<GateDecision> currentDecision() {
        return Option.of(course.phaseDecision());
    }

    /**
     * Every pivot, in order.
     *
     * @return the pivots
     */
    public Seq<PivotDecision> pivots() {
        return course.pivots();
    }

    /**
     * The number of pivots made.
     *
     * @return the count
     */
    public int pivotsUsed() {
        return course.pivots().size();
    }

    /**
     * The most pivots the venture may make.
     *
     * @return the limit
     */
    public int pivotLimit() {
        return founding.pivotLimit();
    }

    /**
     * The pivots the venture may still make.
     *
     * @return the count, at least 0
     */
    public int pivotsLeft() {
        return pivotLimit() - pivotsUsed();
    }

    /**
     * What is left of the runway.
     *
     * @return the runway
     */
    public Runway runway() {
        return ledger.runway();
    }

    /**
     * Every role hired, in order.
     *
     * @return the team's roles
     */
    public Seq<Role> team() {
        return organisation.team();
    }

    /**
     * Every executor hired while the venture was searching.
     *
     * @return the premature hires; empty when there were none
     */
    public Seq<PrematureScaling> prematureScaling() {
        return organisation.prematureScaling();
    }

    /**
     * Whether the venture ever hired for execution while searching.
     *
     * @return {@code true} when premature scaling is on record
     */
    public boolean isScalingPrematurely() {
        return !organisation.prematureScaling().isEmpty();
    }

    /**
     * The audience the venture serves: the last one chosen.
     *
     * @return the audience, or none until the venture chooses one
     */
    public Option<Audience> audience() {
        return organisation.audiences().lastOption().map(VentureEvent.AudienceChosen::audience);
    }

    /**
     * Every audience the venture chose, in order, with when and why: the last is the {@linkplain #audience()
     * current} one. An audience is replaced only by choosing another; a pivot does not change it.
     *
     * @return the choices; empty when none was made
     */
    public Seq<VentureEvent.AudienceChosen> audiences() {
        return organisation.audiences();
    }

    /**
     * Every department established, in order, with the processes it runs.
     *
     * @return the departments; empty when none was established
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public Seq<VentureEvent.DepartmentEstablished> departments() {
        return organisation.departments();
    }

    /**
     * Every next-audience decision recorded, in order: each moved the venture from the audience it had won to the
     * one it chose, which {@link #audiences()} holds as well.
     *
     * @return the decisions' events; empty when none was recorded
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public Seq<VentureEvent.NextAudienceChosen> nextAudiences() {
        return organisation.nextAudiences();
    }

    /**
     * When the venture entered its current {@linkplain #mode() mode}: its founding while it has always searched;
     * the {@link VentureEvent.PhaseAdvanced advance} from Customer Validation into Customer Creation once it moved
     * from search to execute, the recorded moment of the journey; or the pivot that took it back to a search
     * phase.
     *
     * @return the instant
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public Instant modeSince() {
        return course.modeSince();
    }

    /**
     * Whether the venture, executing, kept builders only for longer than allowed: the span from its move into
     * execution ({@link #modeSince()}) until its first {@linkplain Role#isExecutor() operator} was hired, or until
     * {@code at} while none is, is longer than {@code allowed}. An operator hired before the move (premature
     * scaling) counts: the venture then never executes with builders only. While the venture searches there is none.
     * Only the current stay in execution is judged.
     *
     * @param allowed the longest span of builders only that is not under-building; not negative
     * @param at the instant to judge at, usually a gate's decision instant
     * @return the under-building, or none
     * @throws InvalidValueException if an argument is null or the span negative
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public Option<UnderBuilding> underBuilding(Duration allowed, Instant at) {
        UnderBuilding.checkAllowed(allowed);
        Checks.notNull(at, "at");
        if (mode() != Mode.EXECUTE) {
            return Option.none();
        }
        Instant since = course.modeSince();
        Instant operator = organisation.firstOperatorAt();
        Instant until;
        boolean ongoing;
        if (operator == null || operator.isAfter(at)) {
            until = at;
            ongoing = true;
        } else {
            until = operator;
            ongoing = false;
        }
        if (Duration.between(since, until).compareTo(allowed) <= 0) {
            return Option.none();
        }
        return Option.some(UnderBuilding.of(since, until, allowed, ongoing));
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
        return course.phaseStartedAt();
    }

    /**
     * The evidence items recorded since the venture entered its current phase (or last pivoted): what a gate's
     * budget counts.
     *
     * @return the count
     */
    public long phaseEvidenceCount() {
        return (long) ledger.log().size() - course.phaseEvidenceStart();
    }

    /**
     * The experiments recorded since the venture entered its current phase (or last pivoted).
     *
     * @return the count
     */
    public long phaseExperimentCount() {
        return ledger.experiments() - course.phaseExperimentStart();
    }

    /**
     * Every experiment recorded.
     *
     * @return the count
     */
    public long experimentCount() {
        return ledger.experiments();
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
        if (!(other instanceof Venture that)) {
            return false;
        }
        return founding.equals(that.founding)
                && course.equals(that.course)
                && lastEventAt.equals(that.lastEventAt)
                && Objects.equals(closing, that.closing)
                && hypotheses.equals(that.hypotheses)
                && organisation.equals(that.organisation)
                && ledger.equals(that.ledger)
                && history.contentEquals(that.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                name(),
                foundedAt(),
                phase(),
                history.size(),
                lastEventAt,
                ledger.log().size());
    }

    @Override
    public String toString() {
        Option<Audience> audience = audience();
        return "Venture[" + name() + ", " + phase() + ", " + hypotheses.active().size() + " active and "
                + hypotheses.retired().size() + " retired hypotheses, "
                + ledger.log().size() + " evidence items, "
                + pivotsUsed() + " of " + pivotLimit()
                + " pivots, runway " + ledger.runway()
                + (audience.isEmpty() ? "" : ", audience '" + audience.get().name() + '\'')
                + (closing == null ? "" : ", closed") + ']';
    }

    /**
     * Applies events in order, gathering their evidence and history in one batch that is appended at the end; the
     * first rejection ends it. {@code firstIndex} numbers the events in the message for a null one.
     */
    private Either<Rejection, Venture> applyInOrder(Iterator<? extends VentureEvent> events, int firstIndex) {
        Batch batch = new Batch();
        Venture venture = this;
        int index = firstIndex;
        while (events.hasNext()) {
            VentureEvent event = Checks.notNull(events.next(), "events[" + index + "]");
            Either<Rejection, Venture> next = venture.handle(event, batch);
            if (next.isLeft()) {
                return next;
            }
            venture = next.get();
            index++;
        }
        return Either.right(venture.flush(batch));
    }

    /**
     * The venture after one event, or the rule it breaks: first the rules every event obeys, then the handler of its
     * kind, which checks the kind's rules and applies its effect. With a batch, the event's evidence and the event
     * itself go into the batch instead of the log and the history.
     */
    private Either<Rejection, Venture> handle(VentureEvent event, @Nullable Batch batch) {
        int position = position(batch);
        if (event instanceof VentureEvent.Founded) {
            return refuse(Rule.ALREADY_FOUNDED, event, position, name());
        }
        if (closing != null) {
            return refuse(Rule.CLOSED, event, position, closing.at());
        }
        if (event.at().isBefore(lastEventAt)) {
            return refuse(Rule.OUT_OF_ORDER, event, position, event.at());
        }
        if (event instanceof VentureEvent.EvidenceRecorded recorded) {
            return onEvidence(recorded, position, batch);
        }
        if (event instanceof VentureEvent.HypothesisStated stated) {
            return onStated(stated, position, batch);
        }
        if (event instanceof VentureEvent.GateEvaluated evaluated) {
            return onGate(evaluated, position, batch);
        }
        if (event instanceof VentureEvent.Pivoted pivoted) {
            return onPivot(pivoted, position, batch);
        }
        if (event instanceof VentureEvent.PhaseAdvanced advanced) {
            return onAdvance(advanced, position, batch);
        }
        if (event instanceof VentureEvent.RoleHired hired) {
            return onHired(hired, batch);
        }
        if (event instanceof VentureEvent.AudienceChosen chosen) {
            return onAudience(chosen, position, batch);
        }
        if (event instanceof VentureEvent.DepartmentEstablished established) {
            return onDepartment(established, position, batch);
        }
        if (event instanceof VentureEvent.NextAudienceChosen next) {
            return onNextAudience(next, position, batch);
        }
        if (event instanceof VentureEvent.Closed closed) {
            return onClosed(closed, batch);
        }
        throw new IllegalStateException("no handler for " + event);
    }

    /**
     * Evidence counts only for an active hypothesis whose criterion uses its kind, observed no later than it is
     * recorded, in the unit of the hypothesis's earlier measurements, and only when the runway can pay for it.
     */
    private Either<Rejection, Venture> onEvidence(
            VentureEvent.EvidenceRecorded event, int position, @Nullable Batch batch) {
        Seq<Evidence> items = event.evidence();
        @Nullable Map<HypothesisId, String> units = null;
        // the demand series of each hypothesis this event adds to, as it would stand after each of its items
        @Nullable Map<HypothesisId, EvidenceStatistics> series = null;
        for (Evidence item : items) {
            HypothesisId id = item.hypothesisId();
            Hypothesis hypothesis = hypotheses.activeOrNull(id);
            if (hypothesis == null) {
                Rule rule = hypotheses.isRetired(id) ? Rule.RETIRED_HYPOTHESIS : Rule.UNKNOWN_HYPOTHESIS;
                return refuse(rule, event, position, id);
            }
            if (item.observedAt().isAfter(event.at())) {
                return refuse(Rule.EVIDENCE_FROM_THE_FUTURE, event, position, item.observedAt());
            }
            SuccessCriterion criterion = hypothesis.criterion();
            // demand evidence feeds the demand statistics that demand criteria read, whatever the hypothesis's metric
            boolean demand = item instanceof CohortObservation || item instanceof ReferralObservation;
            if (!demand && !criterion.uses(item)) {
                return refuse(
                        Rule.UNUSABLE_EVIDENCE,
                        event,
                        position,
                        "hypothesis " + id + " is judged on "
                                + criterion.metric().description() + ": a " + Rejection.kindOf(item)
                                + " cannot count");
            }
            if (demand) {
                if (series == null) {
                    series = new java.util.HashMap<>();
                }
                EvidenceStatistics before = series.computeIfAbsent(id, key -> demandOf(key, batch));
                try {
                    series.put(id, before.plus(item));
                } catch (InvalidValueException broken) {
                    return refuse(Rule.BROKEN_DEMAND_SERIES, event, position, broken.getMessage());
                }
            }
            if (item instanceof Measurement measurement) {
                String unit = measurement.unit();
                if (units == null) {
                    units = new java.util.HashMap<>();
                }
                String expected = units.computeIfAbsent(id, key -> unitOf(key, unit, batch));
                if (!expected.equals(unit)) {
                    return refuse(Rule.UNIT_MISMATCH, event, position, unit);
                }
            }
        }
        BigDecimal cost = event.cost();
        if (!ledger.runway().canPay(cost)) {
            return refuse(Rule.RUNWAY_EXHAUSTED, event, position, ledger.runway());
        }
        if (batch != null && series != null) {
            batch.series.putAll(series);
        }
        EvidenceLog log = ledger.log();
        if (batch == null) {
            log = items.size() == 1 ? log.append(items.head()) : log.appendAll(items);
        } else {
            batch.add(items);
        }
        return Either.right(after(event, batch, course, hypotheses, ledger.recorded(log, cost), organisation, closing));
    }

    /**
     * The statistics a hypothesis's next demand evidence continues: those of the batch's evidence for it, if any
     * (the batch is appended only at its end), else the log's.
     */
    private EvidenceStatistics demandOf(HypothesisId id, @Nullable Batch batch) {
        EvidenceStatistics pending = batch == null ? null : batch.series.get(id);
        return pending != null ? pending : ledger.log().statistics(id);
    }

    /** The unit of a hypothesis's earlier measurements, or the given one when it has none. */
    private String unitOf(HypothesisId id, String unit, @Nullable Batch batch) {
        String pending = batch == null ? null : batch.units.get(id);
        return pending != null ? pending : ledger.log().statistics(id).unit().getOrElse(unit);
    }

    /** A hypothesis is stated once: its id must be new, among the active and the retired ones. */
    private Either<Rejection, Venture> onStated(
            VentureEvent.HypothesisStated event, int position, @Nullable Batch batch) {
        HypothesisId id = event.hypothesis().id();
        if (hypotheses.isStated(id)) {
            return refuse(Rule.DUPLICATE_HYPOTHESIS, event, position, id);
        }
        Hypotheses stated = hypotheses.state(event.hypothesis());
        return Either.right(after(event, batch, course, stated, ledger, organisation, closing));
    }

    /** A gate decision is recorded for the phase the venture is in, and becomes the phase's decision. */
    private Either<Rejection, Venture> onGate(VentureEvent.GateEvaluated event, int position, @Nullable Batch batch) {
        Phase decided = event.decision().phase();
        if (decided != course.phase()) {
            return refuse(Rule.GATE_OF_ANOTHER_PHASE, event, position, decided);
        }
        Course next = course.decide(event.decision());
        return Either.right(after(event, batch, next, hypotheses, ledger, organisation, closing));
    }

    /**
     * A pivot needs a pivot left, returns to this phase or an earlier one, retires only active hypotheses and states
     * only new ones; it starts the phase it returns to afresh.
     */
    private Either<Rejection, Venture> onPivot(VentureEvent.Pivoted event, int position, @Nullable Batch batch) {
        PivotDecision decision = event.decision();
        if (pivotsUsed() >= pivotLimit()) {
            return refuse(Rule.NO_PIVOTS_LEFT, event, position, pivotLimit());
        }
        if (decision.returnTo().isAfter(course.phase())) {
            return refuse(Rule.PIVOT_FORWARD, event, position, decision.returnTo());
        }
        for (HypothesisId id : decision.retired()) {
            if (!hypotheses.isActive(id)) {
                return refuse(Rule.RETIRE_INACTIVE, event, position, id);
            }
        }
        for (Hypothesis replacement : decision.replacements()) {
            if (hypotheses.isStated(replacement.id())) {
                return refuse(Rule.DUPLICATE_HYPOTHESIS, event, position, replacement.id());
            }
        }
        Course next = course.pivot(decision, evidenceCount(batch), ledger.experiments());
        return Either.right(after(event, batch, next, hypotheses.pivot(decision), ledger, organisation, closing));
    }

    /** A venture advances only from a phase that has a next one, and only on a proceed decision taken in it. */
    private Either<Rejection, Venture> onAdvance(
            VentureEvent.PhaseAdvanced event, int position, @Nullable Batch batch) {
        Phase phase = course.phase();
        if (phase.next().isEmpty()) {
            return refuse(Rule.NO_NEXT_PHASE, event, position, phase);
        }
        GateDecision decision = course.phaseDecision();
        if (!(decision instanceof GateDecision.Proceed)) {
            return refuse(
                    Rule.ADVANCE_WITHOUT_PROCEED, event, position, decision == null ? "no decision" : decision.kind());
        }
        Course next = course.advance(event.at(), evidenceCount(batch), ledger.experiments());
        return Either.right(after(event, batch, next, hypotheses, ledger, organisation, closing));
    }

    /**
     * Any role may be hired; an executor hired while the venture searches is on record as premature scaling, and the
     * first executor's hire ends any span of builders only.
     */
    private Either<Rejection, Venture> onHired(VentureEvent.RoleHired event, @Nullable Batch batch) {
        Organisation hired = organisation.hire(event.role(), course.phase(), event.at());
        return Either.right(after(event, batch, course, hypotheses, ledger, hired, closing));
    }

    /** A department is established once, by name; it may be established in any phase. */
    private Either<Rejection, Venture> onDepartment(
            VentureEvent.DepartmentEstablished event, int position, @Nullable Batch batch) {
        String name = event.department();
        if (organisation.hasDepartment(name)) {
            return refuse(Rule.DUPLICATE_DEPARTMENT, event, position, name);
        }
        Organisation established = organisation.establish(event);
        return Either.right(after(event, batch, course, hypotheses, ledger, established, closing));
    }

    /**
     * A next audience starts from the venture's current audience, once that audience is won, and moves to a chosen
     * candidate whose conversion rests on hypotheses the venture stated; the new audience joins the audiences chosen.
     */
    private Either<Rejection, Venture> onNextAudience(
            VentureEvent.NextAudienceChosen event, int position, @Nullable Batch batch) {
        NextAudienceDecision decision = event.decision();
        Option<Audience> current = audience();
        if (current.isEmpty() || !current.get().equals(decision.current())) {
            return refuse(
                    Rule.NEXT_AUDIENCE_NOT_CURRENT,
                    event,
                    position,
                    current.isEmpty()
                            ? "no audience chosen"
                            : "'" + decision.current().name() + "', not the current '"
                                    + current.get().name() + "'");
        }
        if (!decision.isWon()) {
            return refuse(
                    Rule.AUDIENCE_NOT_WON, event, position, decision.reasons().head());
        }
        Option<AudiencePath> chosen = decision.chosen();
        if (chosen.isEmpty()) {
            return refuse(Rule.NO_VIABLE_NEXT_AUDIENCE, event, position, decision.reason());
        }
        Audience next = chosen.get().audience();
        for (Assessment assessment : next.conversion().assessment()) {
            if (!hypotheses.isStated(assessment.hypothesisId())) {
                return refuse(Rule.UNKNOWN_CONVERSION_SOURCE, event, position, assessment.hypothesisId());
            }
        }
        VentureEvent.AudienceChosen choice = VentureEvent.AudienceChosen.of(next, decision.reason(), event.at());
        Organisation moved = organisation.chooseNext(event, choice);
        return Either.right(after(event, batch, course, hypotheses, ledger, moved, closing));
    }

    /** An audience replaces another, not itself, and converts only through hypotheses the venture stated. */
    private Either<Rejection, Venture> onAudience(
            VentureEvent.AudienceChosen event, int position, @Nullable Batch batch) {
        Audience audience = event.audience();
        if (audience().contains(audience)) {
            return refuse(Rule.AUDIENCE_UNCHANGED, event, position, audience.name());
        }
        for (Assessment assessment : audience.conversion().assessment()) {
            if (!hypotheses.isStated(assessment.hypothesisId())) {
                return refuse(Rule.UNKNOWN_CONVERSION_SOURCE, event, position, assessment.hypothesisId());
            }
        }
        Organisation chosen = organisation.choose(event);
        return Either.right(after(event, batch, course, hypotheses, ledger, chosen, closing));
    }

    /** Any open venture may close; the rules every event obeys are all a closing has. */
    private Either<Rejection, Venture> onClosed(VentureEvent.Closed event, @Nullable Batch batch) {
        return Either.right(after(event, batch, course, hypotheses, ledger, organisation, event));
    }

    private static Either<Rejection, Venture> refuse(
            Rule rule, VentureEvent event, int position, @Nullable Object value) {
        return Either.left(Rejection.of(rule, event, position, value));
    }

    /** The position the next event takes in the history. */
    private int position(@Nullable Batch batch) {
        return batch == null ? history.size() : history.size() + batch.events.size();
    }

    /** The evidence items on record, the batch's included. */
    private int evidenceCount(@Nullable Batch batch) {
        int logged = ledger.log().size();
        return batch == null ? logged : logged + batch.evidence.size();
    }

    /** The history after an event: appended, or left as it is with the event gathered in the batch. */
    private AppendVector<VentureEvent> historyAfter(VentureEvent event, @Nullable Batch batch) {
        if (batch == null) {
            return history.append(event);
        }
        batch.events.add(event);
        return history;
    }

    /**
     * This venture after an event: the parts given (each the part as it was, unless the event changed it), the event
     * on record in the history or the batch, and the event's instant as the last.
     */
    private Venture after(
            VentureEvent event,
            @Nullable Batch batch,
            Course course,
            Hypotheses hypotheses,
            Ledger ledger,
            Organisation organisation,
            VentureEvent.@Nullable Closed closing) {
        return new Venture(
                founding, course, hypotheses, ledger, organisation, closing, historyAfter(event, batch), event.at());
    }

    /** This venture with what a batch gathered appended to its log and history. */
    private Venture flush(Batch batch) {
        Ledger logged = ledger.withLog(ledger.log().appendAll(batch.evidence));
        AppendVector<VentureEvent> recorded = history.appendAll(batch.events);
        return new Venture(founding, course, hypotheses, logged, organisation, closing, recorded, lastEventAt);
    }

    /**
     * The evidence and events of several events applied at once (replay, applyAll), gathered to be appended in one
     * pass at the end: the same result as appending one by one (as {@link EvidenceLog#appendAll} promises), at a
     * fraction of the cost. Mutable, and local to one call.
     */
    private static final class Batch {
        final List<Evidence> evidence = new ArrayList<>();
        final List<VentureEvent> events = new ArrayList<>();
        /** The unit of each hypothesis's first measurement in the batch. */
        final Map<HypothesisId, String> units = new java.util.HashMap<>();
        /**
         * The statistics of each hypothesis that the batch holds demand evidence for, as they stand after it: the
         * next demand evidence must continue that series.
         */
        final Map<HypothesisId, EvidenceStatistics> series = new java.util.HashMap<>();

        void add(Seq<Evidence> items) {
            for (Evidence item : items) {
                evidence.add(item);
                if (item instanceof Measurement measurement) {
                    units.putIfAbsent(item.hypothesisId(), measurement.unit());
                }
            }
        }
    }
}
