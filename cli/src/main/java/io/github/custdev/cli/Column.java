package io.github.custdev.cli;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * A column of the per-run table: a header and how a run's record shows in it, as a whole number ({@link Long}) or as a
 * decimal ({@link Double}, written in {@link Double#toString(double)}'s form: the shortest text that reads back as the
 * same double, in any locale).
 *
 * <p>Immutable and thread-safe when its function is.
 *
 * @param <R> the type of a run's record
 */
public final class Column<R> {

    private final String name;
    private final SweepSpec.Type type;
    private final Function<? super R, Object> value;

    private Column(String name, SweepSpec.Type type, Function<? super R, Object> value) {
        this.name = name;
        this.type = type;
        this.value = value;
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
        return new Column<>(name, SweepSpec.Type.LONG, r -> value.applyAsLong(r));
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
        return new Column<>(name, SweepSpec.Type.DOUBLE, r -> value.applyAsDouble(r));
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
     * The type of the cells: {@link SweepSpec.Type#LONG} or {@link SweepSpec.Type#DOUBLE}.
     *
     * @return the type
     */
    public SweepSpec.Type type() {
        return type;
    }

    /**
     * A record's cell.
     *
     * @param record the record
     * @return the value: a {@link Long} or a {@link Double}
     */
    public Object value(R record) {
        return value.apply(record);
    }

    @Override
    public String toString() {
        return "Column[" + name + "]";
    }
}
