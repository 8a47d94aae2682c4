package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Why a venture refused an event: the rule the event broke, the event, where it would have stood in the history, and
 * the value that broke the rule. The venture that refused it is unchanged.
 *
 * <p>A rejection is an answer, not an error: the event is well formed but does not fit the venture's state (evidence
 * for a retired hypothesis, advancing without a Proceed, anything after closing). Its message names the rule and the
 * offending value: {@code "event 7 (EvidenceRecorded at 2026-03-09T09:00:00Z) rejected: evidence must be for an
 * active hypothesis, not one retired by a pivot: segment.solo"}. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Rejection {

    /** The rules an event must keep to fit a venture. */
    public enum Rule {
        /** A history begins by founding the venture. */
        NOT_FOUNDED("the first event must found the venture"),
        /** A venture is founded once. */
        ALREADY_FOUNDED("a venture is founded only once"),
        /** Nothing happens to a closed venture. */
        CLOSED("no event may follow the closing of the venture"),
        /** Events do not go back in time. */
        OUT_OF_ORDER("events must not go back in time: at must not be before the last event"),
        /** A hypothesis id is used once, by an active or a retired hypothesis. */
        DUPLICATE_HYPOTHESIS("a hypothesis id must not be used twice"),
        /** Evidence tests a hypothesis the venture has stated. */
        UNKNOWN_HYPOTHESIS("evidence must be for a stated hypothesis"),
        /** Evidence tests an active hypothesis. */
        RETIRED_HYPOTHESIS("evidence must be for an active hypothesis, not one retired by a pivot"),
        /** Evidence is recorded no earlier than it was observed. */
        EVIDENCE_FROM_THE_FUTURE("evidence must not be observed after it is recorded"),
        /** The measurements of one hypothesis share a unit. */
        UNIT_MISMATCH("the measurements of a hypothesis must share one unit"),
        /** Evidence is of a kind its hypothesis's criterion counts (see {@link SuccessCriterion.Metric#uses}). */
        UNUSABLE_EVIDENCE("evidence must be of a kind its hypothesis's criterion counts"),
        /** Every experiment is paid from the runway. */
        RUNWAY_EXHAUSTED("an experiment must be paid from the runway"),
        /** A gate decision is the decision of the current phase's gate. */
        GATE_OF_ANOTHER_PHASE("a gate decision must be for the venture's current phase"),
        /** The venture advances only after its gate proceeds. */
        ADVANCE_WITHOUT_PROCEED("the venture advances only when the last gate decision of its phase is Proceed"),
        /** Company Building is the last phase. */
        NO_NEXT_PHASE("there is no phase after Company Building"),
        /** Pivots are limited. */
        NO_PIVOTS_LEFT("a pivot must stay within the venture's pivot limit"),
        /** A pivot goes back, or stays, never forward. */
        PIVOT_FORWARD("a pivot must return to the current phase or an earlier one"),
        /** A pivot retires hypotheses that are active. */
        RETIRE_INACTIVE("a pivot must retire active hypotheses"),
        /** An audience chosen changes the venture's audience. */
        AUDIENCE_UNCHANGED("an audience chosen must differ from the venture's current audience"),
        /** A department is established once. */
        DUPLICATE_DEPARTMENT("a department must not be established twice"),
        /** A next audience is chosen from the audience the venture serves. */
        NEXT_AUDIENCE_NOT_CURRENT("a next audience must be chosen from the venture's current audience"),
        /** A next audience is chosen once the current one is won. */
        AUDIENCE_NOT_WON(
                "the next audience is chosen only after the current audience is won (near saturation, or revenue past"
                        + " the threshold)"),
        /** A next audience is one a candidate path leads to, and viable. */
        NO_VIABLE_NEXT_AUDIENCE("a next-audience decision must choose a viable candidate"),
        /** An audience's conversion taken from an assessment rests on the venture's own evidence. */
        UNKNOWN_CONVERSION_SOURCE(
                "an audience's conversion taken from an assessment must assess a hypothesis the venture stated"),
        /**
         * Demand evidence continues its hypothesis's series: cohorts observed period after period, no more of a
         * cohort retained than it acquired or than a period before, referrals in period order (see {@link
         * DemandStatistics}).
         */
        BROKEN_DEMAND_SERIES("demand evidence must continue its hypothesis's series");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        /**
         * The rule in words.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    private final Rule rule;
    private final VentureEvent event;
    private final int position;
    private final @Nullable Object value;

    private Rejection(Rule rule, VentureEvent event, int position, @Nullable Object value) {
        this.rule = rule;
        this.event = event;
        this.position = position;
        this.value = value;
    }

    /**
     * A rejection.
     *
     * @param rule the rule broken
     * @param event the event refused
     * @param position where the event would have stood in the history, from 0
     * @param value the value that broke the rule
     * @return the rejection
     * @throws InvalidValueException if the rule or the event is null or the position negative
     */
    static Rejection of(Rule rule, VentureEvent event, int position, @Nullable Object value) {
        return new Rejection(
                Checks.notNull(rule, "rule"),
                Checks.notNull(event, "event"),
                (int) Checks.nonNegative(position, "position"),
                value);
    }

    /**
     * The rule the event broke.
     *
     * @return the rule
     */
    public Rule rule() {
        return rule;
    }

    /**
     * The event refused.
     *
     * @return the event
     */
    public VentureEvent event() {
        return event;
    }

    /**
     * Where the event would have stood in the venture's history, counting from 0: for {@link Venture#replay}, its
     * index in the sequence replayed.
     *
     * @return the position
     */
    public int position() {
        return position;
    }

    /**
     * The value that broke the rule: a hypothesis id, an instant, a phase.
     *
     * @return the value, or {@code null} when the event itself is the offence
     */
    public @Nullable Object value() {
        return value;
    }

    /**
     * The rejection in words, naming the position, the event, the rule and the offending value.
     *
     * @return the message
     */
    public String message() {
        StringBuilder text = new StringBuilder("event ")
                .append(position)
                .append(" (")
                .append(kindOf(event))
                .append(" at ")
                .append(event.at())
                .append(") rejected: ")
                .append(rule.description());
        if (value != null) {
            text.append(": ").append(value instanceof CharSequence ? "\"" + value + '"' : value.toString());
        }
        return text.toString();
    }

    /** The name of a value's public type, an event's or an evidence's: {@code "SeanEllisTally"}, not the generated class's. */
    static String kindOf(Object value) {
        Class<?> type = value.getClass();
        while (type.getSuperclass() != null && !type.getSuperclass().equals(Object.class)) {
            type = type.getSuperclass();
        }
        return type.getSimpleName();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Rejection that)) {
            return false;
        }
        return rule == that.rule
                && position == that.position
                && event.equals(that.event)
                && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, event, position, value);
    }

    @Override
    public String toString() {
        return message();
    }
}
