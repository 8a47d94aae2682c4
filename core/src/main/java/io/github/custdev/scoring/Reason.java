package io.github.custdev.scoring;

/**
 * The reason of an assessment, written only when it is read: a strategy hands over what its reason says (the figures
 * and the words), and the text is formatted on each {@link #text()} call, so that assessing costs no formatting of
 * numbers that nobody reads. Implementations capture only immutable values, so a reason is immutable and
 * thread-safe, and its text the same on every call.
 */
@FunctionalInterface
interface Reason {
    /** The length a reason's text usually stays within. */
    int CAPACITY = 128;

    /** Appends the text of this reason. */
    void appendTo(StringBuilder text);

    /** The text, written now. */
    default String text() {
        StringBuilder text = new StringBuilder(CAPACITY);
        appendTo(text);
        return text.toString();
    }

    /** A reason whose text is given. */
    static Reason of(String text) {
        return new Given(text);
    }

    /** This reason after a prefix: the same reason when the prefix is empty. */
    default Reason prefixed(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        return text -> appendTo(text.append(prefix));
    }

    /** A reason given as text, returned as it is. */
    final class Given implements Reason {
        private final String text;

        Given(String text) {
            this.text = text;
        }

        @Override
        public void appendTo(StringBuilder text) {
            text.append(this.text);
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
