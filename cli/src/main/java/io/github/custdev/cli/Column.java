package io.github.custdev.cli;

import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * A column of the per-run table: a header and how a run's record shows in it, as a whole number or as a decimal in
 * {@link Double#toString(double)}'s form (the shortest text that reads back as the same double, in any locale).
 *
 * <p>Immutable and thread-safe when its function is.
 *
 * @param <R> the type of a run's record
 */
public final class Column<R> {

    private final String name;
    private final java.util.function.Function<? super R, String> text;

    private Column(String name, java.util.function.Function<? super R, String> text) {
        this.name = name;
        this.text = text;
    }

    /**
     * A column of whole numbers.
     *
     * @param name the header
     * @param value reads the number from a record
     * @param <R> the type of a run's record
     * @return the column
     */
    public static <R> Column<R> ofLong(String name, ToLongFunction<? super R> value) {
        return new Column<>(name, r -> Long.toString(value.applyAsLong(r)));
    }

    /**
     * A column of decimals.
     *
     * @param name the header
     * @param value reads the number from a record
     * @param <R> the type of a run's record
     * @return the column
     */
    public static <R> Column<R> ofDouble(String name, ToDoubleFunction<? super R> value) {
        return new Column<>(name, r -> Double.toString(value.applyAsDouble(r)));
    }

    /**
     * The header.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * A record's cell.
     *
     * @param record the record
     * @return the text
     */
    public String text(R record) {
        return text.apply(record);
    }

    @Override
    public String toString() {
        return "Column[" + name + "]";
    }
}
