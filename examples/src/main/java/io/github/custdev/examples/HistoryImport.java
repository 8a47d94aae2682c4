package io.github.custdev.examples;

import io.github.custdev.Rejection;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's own import of a venture's history from another system: it applies the events one by one, keeps the ones
 * that fit, and reports every one that does not, with the rule it breaks, instead of stopping at the first. The
 * example test suite checks it on event sequences with deliberately invalid events that custdev-testkit generates.
 */
public final class HistoryImport {

    /** One event the import refused. */
    public static final class Problem {
        private final int position;
        private final Rejection.Rule rule;
        private final String message;

        Problem(int position, Rejection.Rule rule, String message) {
            this.position = position;
            this.rule = rule;
            this.message = message;
        }

        /**
         * Where the event stood in the imported sequence.
         *
         * @return its position, from 0
         */
        public int position() {
            return position;
        }

        /**
         * The rule it broke.
         *
         * @return the rule
         */
        public Rejection.Rule rule() {
            return rule;
        }

        /**
         * What went wrong, in words.
         *
         * @return the message
         */
        public String message() {
            return message;
        }

        @Override
        public String toString() {
            return "#" + position + " " + message;
        }
    }

    private final Optional<Venture> venture;
    private final List<Problem> problems;

    private HistoryImport(Optional<Venture> venture, List<Problem> problems) {
        this.venture = venture;
        this.problems = List.copyOf(problems);
    }

    /**
     * Imports a history.
     *
     * @param events the events, in order; the first that founds a venture starts it
     * @return the venture built from the events that fit, and the problems with the others
     */
    public static HistoryImport of(List<VentureEvent> events) {
        Objects.requireNonNull(events, "events");
        Venture venture = null;
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            VentureEvent event = events.get(i);
            Either<Rejection, Venture> result;
            if (venture == null) {
                result = Venture.replay(List.of(event));
            } else {
                result = venture.apply(event);
            }
            if (result.isRight()) {
                venture = result.get();
            } else {
                Rejection rejection = result.getLeft();
                problems.add(new Problem(i, rejection.rule(), rejection.message()));
            }
        }
        return new HistoryImport(Optional.ofNullable(venture), problems);
    }

    /**
     * The venture the events that fit build.
     *
     * @return the venture, or empty when no event founded one
     */
    public Optional<Venture> venture() {
        return venture;
    }

    /**
     * The events that did not fit, in order.
     *
     * @return the problems; empty for a valid history
     */
    public List<Problem> problems() {
        return problems;
    }
}
