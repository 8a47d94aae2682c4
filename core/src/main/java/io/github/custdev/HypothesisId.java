package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The caller's name for a hypothesis: the key that ties evidence, gates and pivots to it.
 *
 * <p>An id is 1 to 100 characters: letters, digits, {@code '-'}, {@code '_'}, {@code '.'} and {@code ':'}, starting
 * with a letter or a digit ({@code "segment-1"}, {@code "pmf.dentists"}). Ids compare by their text. Immutable and
 * thread-safe.
 *
 * @param value the id's text, as given to {@link #of(String)}
 */
@API(status = STABLE, since = "0.1.0")
public record HypothesisId(String value) implements Comparable<HypothesisId> {

    /**
     * Validates an id.
     *
     * @throws InvalidValueException if the text is null or not of the id's shape
     */
    public HypothesisId {
        Checks.notNull(value, "hypothesisId");
        if (!wellShaped(value)) {
            throw InvalidValueException.of(
                    "hypothesisId",
                    "must be 1 to 100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit",
                    value);
        }
    }

    /**
     * Validates and wraps an id.
     *
     * @param value the id's text
     * @return the id
     * @throws InvalidValueException if the text is null or not of the id's shape
     */
    public static HypothesisId of(String value) {
        return new HypothesisId(value);
    }

    /** Whether the value matches {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,99}}, checked without a regular expression. */
    private static boolean wellShaped(String value) {
        int length = value.length();
        if (length == 0 || length > 100 || !letterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // Written out rather than left to the record's generated methods, which go through method handles: ids are the
    // keys of every lookup in a venture and its log. The same values as the generated ones.
    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof HypothesisId that && value.equals(that.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(HypothesisId other) {
        return value.compareTo(other.value);
    }

    /**
     * The id's text.
     *
     * @return the same as {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }
}
