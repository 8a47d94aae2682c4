package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.internal.Checks;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

/**
 * A named number read from each run's record, to be summarized over the runs of a grid point: the share of searchers
 * that reached the peak, the fitness reached, the months survived.
 *
 * <p>Immutable and thread-safe when its function is. Two metrics are equal when they have the same name and the same
 * function object.
 *
 * @param <R> the type of a run's record
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Metric<R> {

    private final String name;
    private final ToDoubleFunction<? super R> value;

    private Metric(String name, ToDoubleFunction<? super R> value) {
        this.name = name;
        this.value = value;
    }

    /**
     * A metric.
     *
     * @param name the name, as a column header would show it: not blank
     * @param value reads the metric from a record; it must be pure and return a finite number
     * @param <R> the type of a run's record
     * @return the metric
     * @throws InvalidValueException if the name is blank or an argument is null
     */
    public static <R> Metric<R> of(String name, ToDoubleFunction<? super R> value) {
        Checks.notNull("name", name);
        Checks.notNull("value", value);
        if (name.isBlank()) {
            throw InvalidValueException.of("name", "must not be blank", name);
        }
        return new Metric<>(name, value);
    }

    /**
     * The name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The metric of one record.
     *
     * @param record the record
     * @return the value, finite
     * @throws InvalidValueException if the function returns NaN or an infinity
     */
    public double valueOf(RunRecord<?, ? extends R> record) {
        double x = value.applyAsDouble(record.result());
        if (!Double.isFinite(x)) {
            throw InvalidValueException.of(
                    "metric " + name + " of " + record.run().describe(), "must be finite", x);
        }
        return x;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Metric<?> that && name.equals(that.name) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "Metric[" + name + "]";
    }
}
