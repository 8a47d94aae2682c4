package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.Rejection;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An event sequence with deliberately invalid events in it, and which rule each one breaks: the input of a test of
 * how code handles rejected events.
 *
 * <p>Each invalid event breaks its rule against the venture that the valid events before it build (for a sequence
 * that founds its venture, an invalid first event breaks {@link Rejection.Rule#NOT_FOUNDED}). So:
 *
 * <ul>
 *   <li>{@code Venture.replay(events())} is rejected at {@link #firstInvalidPosition()} for
 *       {@link #firstBrokenRule()};
 *   <li>applying the events one by one and skipping the rejected ones rejects exactly the events at
 *       {@link #invalidPositions()}, each for its rule in {@link #brokenRules()}, and ends with {@link #venture()};
 *   <li>{@link #validEvents()}, the sequence without its invalid events, is a valid history (or continuation).
 * </ul>
 *
 * Sequences are equal when their events, invalid positions and rules are. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class InvalidEventSequence {
    private final List<VentureEvent> events;
    private final List<Integer> invalidPositions;
    private final List<Rejection.Rule> brokenRules;
    private final Venture venture;
    private final @Nullable Venture start;

    private InvalidEventSequence(
            List<VentureEvent> events,
            List<Integer> invalidPositions,
            List<Rejection.Rule> brokenRules,
            Venture venture,
            @Nullable Venture start) {
        this.events = List.copyOf(events);
        this.invalidPositions = List.copyOf(invalidPositions);
        this.brokenRules = List.copyOf(brokenRules);
        this.venture = venture;
        this.start = start;
    }

    static InvalidEventSequence of(
            List<VentureEvent> events,
            List<Integer> invalidPositions,
            List<Rejection.Rule> brokenRules,
            Venture venture,
            @Nullable Venture start) {
        if (invalidPositions.isEmpty() || invalidPositions.size() != brokenRules.size()) {
            throw InvalidValueException.of(
                    "invalidPositions", "must name one rule for each, at least one", invalidPositions);
        }
        return new InvalidEventSequence(events, invalidPositions, brokenRules, venture, start);
    }

    /**
     * Every event, valid and invalid, in order.
     *
     * @return the events
     */
    public List<VentureEvent> events() {
        return events;
    }

    /**
     * Where the invalid events are, in ascending order.
     *
     * @return their positions in {@link #events()}
     */
    public List<Integer> invalidPositions() {
        return invalidPositions;
    }

    /**
     * The rule each invalid event breaks, in the order of {@link #invalidPositions()}.
     *
     * @return the rules
     */
    public List<Rejection.Rule> brokenRules() {
        return brokenRules;
    }

    /**
     * Where the first invalid event is: the position at which a replay of {@link #events()} is rejected.
     *
     * @return its position
     */
    public int firstInvalidPosition() {
        return invalidPositions.get(0);
    }

    /**
     * The rule the first invalid event breaks: the rule of the rejection of a replay.
     *
     * @return the rule
     */
    public Rejection.Rule firstBrokenRule() {
        return brokenRules.get(0);
    }

    /**
     * Whether the event at a position is one of the invalid ones.
     *
     * @param position a position in {@link #events()}
     * @return {@code true} when the event there breaks a rule
     */
    public boolean isInvalid(int position) {
        return invalidPositions.contains(position);
    }

    /**
     * The sequence without its invalid events.
     *
     * @return the valid events, in order
     */
    public List<VentureEvent> validEvents() {
        List<VentureEvent> valid = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!isInvalid(i)) {
                valid.add(events.get(i));
            }
        }
        return valid;
    }

    /**
     * The venture the valid events build: their replay, or, for a continuation, the venture continued after them.
     *
     * @return the venture
     */
    public Venture venture() {
        return venture;
    }

    /**
     * Whether the events continue a given venture rather than found one.
     *
     * @return {@code true} for a continuation
     */
    public boolean isContinuation() {
        return start != null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof InvalidEventSequence that)) {
            return false;
        }
        return events.equals(that.events)
                && invalidPositions.equals(that.invalidPositions)
                && brokenRules.equals(that.brokenRules);
    }

    @Override
    public int hashCode() {
        return (31 * events.hashCode() + invalidPositions.hashCode()) * 31 + brokenRules.hashCode();
    }

    /**
     * The sequence as text: every event, the invalid ones marked with the rule they break.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("InvalidEventSequence[");
        for (int i = 0; i < events.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(i).append(": ");
            int invalid = invalidPositions.indexOf(i);
            if (invalid >= 0) {
                text.append("INVALID (").append(brokenRules.get(invalid)).append(") ");
            }
            text.append(events.get(i));
        }
        return text.append(']').toString();
    }
}
