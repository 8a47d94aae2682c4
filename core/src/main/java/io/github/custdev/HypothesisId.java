package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

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
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    /**
     * Validates an id.
     *
     * @throws InvalidValueException if the text is null or not of the id's shape
     */
    public HypothesisId {
        Checks.notNull(value, "hypothesisId");
        if (!SHAPE.matcher(value).matches()) {
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
