package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A sequence of {@code int} values, such as the number of distinct forms of a population in every period. Immutable
 * and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class IntSequence {

    private final int[] values;

    private IntSequence(int[] values) {
        this.values = values;
    }

    /**
     * A sequence of the given values.
     *
     * @param values the values, copied
     * @return the sequence
     * @throws io.github.custdev.InvalidValueException if the array is null
     */
    public static IntSequence of(int... values) {
        return new IntSequence(Checks.notNull("values", values).clone());
    }

    /** A sequence that takes ownership of an array nobody else holds. */
    static IntSequence wrap(int[] values) {
        return new IntSequence(values);
    }

    /**
     * The number of values.
     *
     * @return the size
     */
    public int size() {
        return values.length;
    }

    /**
     * One value.
     *
     * @param index the index, in [0, size - 1]
     * @return the value
     * @throws io.github.custdev.InvalidValueException if the index is out of range
     */
    public int get(int index) {
        return values[Checks.inRange("index", index, 0, values.length - 1, "must be in [0, size - 1]")];
    }

    /**
     * The values.
     *
     * @return a new array of the values
     */
    public int[] toArray() {
        return values.clone();
    }

    /**
     * The values as a stream.
     *
     * @return a stream of the values in order
     */
    public IntStream stream() {
        return Arrays.stream(values);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof IntSequence that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
