package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.NextAudienceDecision;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something that happened to a venture, at an instant the caller gives: the only way a {@link Venture} changes.
 *
 * <p>The family is closed: {@link Founded}, {@link HypothesisStated}, {@link EvidenceRecorded}, {@link GateEvaluated},
 * {@link Pivoted}, {@link PhaseAdvanced}, {@link RoleHired}, {@link DepartmentEstablished}, {@link AudienceChosen},
 * {@link NextAudienceChosen} and {@link Closed}. A venture's history is the sequence of
 * its events, and {@link Venture#replay} rebuilds the venture from it. An event is checked for its own validity when
 * it is built (with {@link InvalidValueException}); whether it fits the venture is checked when it is applied (with a
 * {@link Rejection}). Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface VentureEvent
        permits VentureEvent.Founded,
                VentureEvent.HypothesisStated,
                VentureEvent.EvidenceRecorded,
                VentureEvent.GateEvaluated,
                VentureEvent.Pivoted,
                VentureEvent.PhaseAdvanced,
                VentureEvent.RoleHired,
                VentureEvent.DepartmentEstablished,
                VentureEvent.AudienceChosen,
                VentureEvent.NextAudienceChosen,
                VentureEvent.Closed {

    /**
     * When the event happened. A venture's events never go back in time.
     *
     * @return the instant
     */
    Instant at();

    /**
     * The venture was founded: its name, its runway and how many pivots it may make. Always the first event of a
     * history, and only the first. Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Founded implements VentureEvent {
        Founded() {}

        /**
         * The venture's name.
         *
         * @return the name, not blank
         */
        public abstract String name();

        /**
         * What the venture has to search with.
         *
         * @return the runway
         */
        public abstract Runway runway();

        /**
         * The most pivots the venture may make before a refuted gate kills it.
         *
         * @return the limit, at least 0
         */
        public abstract int pivotLimit();

        /**
         * The founding of a venture.
         *
         * @param name the venture's name, not blank
         * @param runway what it has to search with
         * @param pivotLimit the most pivots it may make, at least 0
         * @param at when it was founded
         * @return the event
         * @throws InvalidValueException if an argument breaks its rule
         */
        public static Founded of(String name, Runway runway, int pivotLimit, Instant at) {
            return new ImmutableFounded.Builder()
                    .name(Checks.notNull(name, "name"))
                    .runway(Checks.notNull(runway, "runway"))
                    .pivotLimit(pivotLimit)
                    .at(Checks.notNull(at, "at"))
                    .build();
        }

        @Value.Check
        void check() {
            Checks.notBlank(name(), "name");
            Checks.nonNegative(pivotLimit(), "pivotLimit");
        }
    }

    /**
     * The team stated a hypothesis, with its pre-registered success criterion. Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class HypothesisStated implements VentureEvent {
        HypothesisStated() {}

        /**
         * The hypothesis stated.
         *
         * @return the hypothesis
         */
        public abstract Hypothesis hypothesis();

        /**
         * A hypothesis stated.
         *
         * @param hypothesis the hypothesis
         * @param at when it was stated
         * @return the event
         * @throws InvalidValueException if an argument is null
         */
        public static HypothesisStated of(Hypothesis hypothesis, Instant at) {
            return new ImmutableHypothesisStated.Builder()
                    .hypothesis(Checks.notNull(hypothesis, "hypothesis"))
                    .at(Checks.notNull(at, "at"))
                    .build();
        }
    }

    /**
     * One experiment's evidence was recorded: an interview, a landing-page test, a round of pre-orders. Each such
     * event is one experiment, paid from the venture's runway (one experiment, or its {@link #cost()} in money).
     * Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class EvidenceRecorded implements VentureEvent {
        EvidenceRecorded() {}

        /**
         * The evidence the experiment produced, in order.
         *
         * @return the evidence, not empty
         */
        public abstract Seq<Evidence> evidence();

        /**
         * What the experiment cost, in the runway's currency; ignored by a runway of experiments.
         *
         * @return the cost, at least 0 and within the {@linkplain Runway bounds of money}; zero unless set
         */
        @Value.Default
        public BigDecimal cost() {
            return BigDecimal.ZERO;
        }

        /**
         * An experiment with one item of evidence and no cost in money.
         *
         * @param evidence the evidence
         * @param at when it was recorded, no earlier than it was observed
         * @return the event
         * @throws InvalidValueException if an argument is null
         */
        public static EvidenceRecorded of(Evidence evidence, Instant at) {
            return of(Vector.of(Checks.notNull(evidence, "evidence")), BigDecimal.ZERO, at);
        }

        /**
         * An experiment with its evidence and its cost.
         *
         * @param evidence the evidence, not empty
         * @param cost the cost in the runway's currency, at least 0, less than 10<sup>18</sup>, with at most 18 digits
         *     after the decimal point (the {@linkplain Runway bounds of money})
         * @param at when it was recorded, no earlier than the evidence was observed
         * @return the event
         * @throws InvalidValueException if an argument is null, the evidence empty or the cost negative or out of the
         *     bounds of money
         */
        public static EvidenceRecorded of(Iterable<? extends Evidence> evidence, BigDecimal cost, Instant at) {
            Checks.notNull(evidence, "evidence");
            java.util.List<Evidence> items = new java.util.ArrayList<>();
            for (Evidence item : evidence) {
                if (item == null) {
                    throw InvalidValueException.ofNull("evidence[" + items.size() + "]");
                }
                items.add(item);
            }
            return new ImmutableEvidenceRecorded.Builder()
                    .evidence(Vector.ofAll(items))
                    .cost(Checks.notNull(cost, "cost"))
                    .at(Checks.notNull(at, "at"))
                    .build();
        }

        @Value.Check
        void check() {
            if (evidence().isEmpty()) {
                throw InvalidValueException.of("evidence", "must not be empty", evidence());
            }
            Checks.amount(cost(), "cost");
        }
    }

    /**
     * A phase gate was evaluated, and its decision recorded. The event happened when the gate decided. Immutable and
     * thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class GateEvaluated implements VentureEvent {
        GateEvaluated() {}

        /**
         * The gate's decision, with its trace.
         *
         * @return the decision
         */
        public abstract GateDecision decision();

        /**
         * When the gate decided.
         *
         * @return the decision's instant
         */
        @Override
        public Instant at() {
            return decision().decidedAt();
        }

        /**
         * A gate's decision recorded.
         *
         * @param decision the decision
         * @return the event
         * @throws InvalidValueException if the decision is null
         */
        public static GateEvaluated of(GateDecision decision) {
            return new ImmutableGateEvaluated.Builder()
                    .decision(Checks.notNull(decision, "decision"))
                    .build();
        }
    }

    /**
     * The venture pivoted: hypotheses retired and replaced, and the venture back in an earlier (or the same) phase.
     * The event happened when the pivot was decided. Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Pivoted implements VentureEvent {
        Pivoted() {}

        /**
         * The pivot.
         *
         * @return the decision
         */
        public abstract PivotDecision decision();

        /**
         * When the pivot was decided.
         *
         * @return the decision's instant
         */
        @Override
        public Instant at() {
            return decision().decidedAt();
        }

        /**
         * A pivot recorded.
         *
         * @param decision the pivot
         * @return the event
         * @throws InvalidValueException if the decision is null
         */
        public static Pivoted of(PivotDecision decision) {
            return new ImmutablePivoted.Builder()
                    .decision(Checks.notNull(decision, "decision"))
                    .build();
        }
    }

    /**
     * The venture moved on to the next phase, after its gate answered Proceed. The advance from Customer Validation
     * into Customer Creation is the move from search to execute: the venture's {@link Venture#mode() mode} switches
     * then, and {@link Venture#modeSince()} records the moment. Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class PhaseAdvanced implements VentureEvent {
        PhaseAdvanced() {}

        /**
         * The venture advanced.
         *
         * @param at when
         * @return the event
         * @throws InvalidValueException if the instant is null
         */
        public static PhaseAdvanced of(Instant at) {
            return new ImmutablePhaseAdvanced.Builder()
                    .at(Checks.notNull(at, "at"))
                    .build();
        }
    }

    /**
     * The venture hired someone into a role. Hiring an executor while searching is recorded, and flagged as premature
     * scaling. Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class RoleHired implements VentureEvent {
        RoleHired() {}

        /**
         * The role filled.
         *
         * @return the role
         */
        public abstract Role role();

        /**
         * A role hired.
         *
         * @param role the role
         * @param at when
         * @return the event
         * @throws InvalidValueException if an argument is null
         */
        public static RoleHired of(Role role, Instant at) {
            return new ImmutableRoleHired.Builder()
                    .role(Checks.notNull(role, "role"))
                    .at(Checks.notNull(at, "at"))
                    .build();
        }
    }

    /**
     * The venture established a department with the processes it runs: the Sales department with its sales roadmap,
     * Operations with fulfilment and support. In Company Building the organisation moves from a team of builders to
     * departments run by operators; a {@link GateCriterion#teamFitsMode team criterion} checks the departments the
     * model needs by name. A department is established once. Immutable and thread-safe.
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    @Value.Immutable
    abstract non-sealed class DepartmentEstablished implements VentureEvent {
        DepartmentEstablished() {}

        /**
         * The department's name.
         *
         * @return the name, not blank
         */
        public abstract String department();

        /**
         * The processes the department runs, in order.
         *
         * @return the processes, not empty, none blank
         */
        public abstract Seq<String> processes();

        /**
         * A department established, with its processes.
         *
         * @param department the department's name, not blank
         * @param processes the processes it runs, not empty, none blank
         * @param at when it was established
         * @return the event
         * @throws InvalidValueException if an argument is null, the name or a process blank, or there is no process:
         *     {@code processes must not be empty (a department runs at least one process): []}
         */
        public static DepartmentEstablished of(String department, Iterable<String> processes, Instant at) {
            Checks.notNull(processes, "processes");
            java.util.List<String> items = new java.util.ArrayList<>();
            for (String process : processes) {
                items.add(Checks.notBlank(process, "processes[" + items.size() + "]"));
            }
            return new ImmutableDepartmentEstablished.Builder()
                    .department(Checks.notBlank(department, "department"))
                    .processes(Vector.ofAll(items))
                    .at(Checks.notNull(at, "at"))
                    .build();
        }

        @Value.Check
        void check() {
            Checks.notBlank(department(), "department");
            if (processes().isEmpty()) {
                throw InvalidValueException.of(
                        "processes", "must not be empty (a department runs at least one process)", "[]");
            }
            for (int i = 0; i < processes().size(); i++) {
                Checks.notBlank(processes().get(i), "processes[" + i + "]");
            }
        }
    }

    /**
     * The venture chose the audience it serves: a named segment with its reach, conversion and unit economics, usually
     * the smallest viable one among candidates ({@link SmallestViableAudience}). The last audience chosen is the
     * venture's {@linkplain Venture#audience() current audience}, which an {@link GateCriterion.AudienceViable
     * audience criterion} judges; choosing another later (a different segment with different benefits, or the same
     * segment with figures revised on new evidence) is the normal course of a venture, and the earlier ones stay in
     * its {@linkplain Venture#audiences() history}. Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class AudienceChosen implements VentureEvent {
        AudienceChosen() {}

        /**
         * The audience chosen.
         *
         * @return the audience
         */
        public abstract Audience audience();

        /**
         * Why this audience, in the team's words or as {@link SmallestViableAudience#reason()} gives it.
         *
         * @return the reason, not blank; none unless given
         */
        @Value.Default
        public Option<String> reason() {
            return Option.none();
        }

        /**
         * An audience chosen, without a stated reason.
         *
         * @param audience the audience
         * @param at when it was chosen
         * @return the event
         * @throws InvalidValueException if an argument is null
         */
        public static AudienceChosen of(Audience audience, Instant at) {
            return new ImmutableAudienceChosen.Builder()
                    .audience(Checks.notNull(audience, "audience"))
                    .at(Checks.notNull(at, "at"))
                    .build();
        }

        /**
         * An audience chosen, with the reason.
         *
         * @param audience the audience
         * @param reason why, not blank
         * @param at when it was chosen
         * @return the event
         * @throws InvalidValueException if an argument is null or the reason blank
         */
        public static AudienceChosen of(Audience audience, String reason, Instant at) {
            return new ImmutableAudienceChosen.Builder()
                    .audience(Checks.notNull(audience, "audience"))
                    .reason(Option.some(Checks.notBlank(reason, "reason")))
                    .at(Checks.notNull(at, "at"))
                    .build();
        }

        /**
         * The smallest viable audience of a choice among candidates, with the choice's reason.
         *
         * @param choice the choice
         * @param at when it was made
         * @return the event
         * @throws InvalidValueException if an argument is null, or no candidate of the choice is viable
         */
        public static AudienceChosen from(SmallestViableAudience choice, Instant at) {
            Checks.notNull(choice, "choice");
            if (choice.audience().isEmpty()) {
                throw InvalidValueException.of("choice", "must have a viable audience to choose", choice.reason());
            }
            return of(choice.audience().get(), choice.reason(), at);
        }

        @Value.Check
        void check() {
            reason().forEach(text -> Checks.notBlank(text, "reason"));
        }
    }

    /**
     * The venture won its audience and chose the next one: a {@link NextAudienceDecision}, with its reasons and
     * figures, whose {@linkplain NextAudienceDecision#chosen() chosen path} leads to the venture's new current
     * audience. The audience won stays in the venture's {@linkplain Venture#audiences() history}, and the new one
     * is appended there as chosen with the decision's reason. The venture refuses the event unless the decision
     * starts from its current audience, that audience is won, and a candidate was chosen. Immutable and thread-safe.
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    @Value.Immutable
    abstract non-sealed class NextAudienceChosen implements VentureEvent {
        NextAudienceChosen() {}

        /**
         * The decision, with its reasons and figures.
         *
         * @return the decision
         */
        public abstract NextAudienceDecision decision();

        /**
         * A next audience chosen.
         *
         * @param decision the decision
         * @param at when it was taken
         * @return the event
         * @throws InvalidValueException if an argument is null
         */
        public static NextAudienceChosen of(NextAudienceDecision decision, Instant at) {
            return new ImmutableNextAudienceChosen.Builder()
                    .decision(Checks.notNull(decision, "decision"))
                    .at(Checks.notNull(at, "at"))
                    .build();
        }
    }

    /**
     * The venture closed: killed, sold, or done searching. No event may follow. Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Closed implements VentureEvent {
        Closed() {}

        /**
         * Why the venture closed, in the team's words.
         *
         * @return the reason, not blank
         */
        public abstract String reason();

        /**
         * The venture closed.
         *
         * @param reason why, not blank
         * @param at when
         * @return the event
         * @throws InvalidValueException if the reason is blank or an argument null
         */
        public static Closed of(String reason, Instant at) {
            return new ImmutableClosed.Builder()
                    .reason(Checks.notBlank(reason, "reason"))
                    .at(Checks.notNull(at, "at"))
                    .build();
        }
    }
}
