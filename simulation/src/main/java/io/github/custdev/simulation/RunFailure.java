package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import org.apiguardian.api.API;

/**
 * A run of a sweep whose experiment threw (or returned null): the run, with its parameters and seed, so that it can be
 * repeated alone, and what it threw.
 *
 * <p>Immutable and thread-safe when its parameters are. Two failures are equal when their runs are equal and they
 * hold the same throwable object.
 *
 * @param run the run: its index, point, replication, seed and parameters
 * @param cause what the experiment threw
 * @param <P> the type of a point's parameters
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RunFailure<P>(Run<P> run, Throwable cause) {

    /**
     * Checks that neither part is null.
     *
     * @throws io.github.custdev.InvalidValueException if a part is null
     */
    public RunFailure {
        Checks.notNull("run", run);
        Checks.notNull("cause", cause);
    }

    /**
     * The failure in words: the run, then what it threw.
     *
     * @return the description
     */
    public String describe() {
        return run.describe() + " failed: " + cause;
    }
}
