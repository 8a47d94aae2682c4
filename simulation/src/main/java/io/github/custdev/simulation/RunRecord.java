package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import org.apiguardian.api.API;

/**
 * What one run of a sweep produced, with the run it came from, so that every number can be tied back to the
 * parameters and the seed that produced it.
 *
 * <p>Immutable and thread-safe when its parameters and result are.
 *
 * @param run the run: its index, point, replication, seed and parameters
 * @param result what the experiment returned
 * @param <P> the type of a point's parameters
 * @param <R> the type of a run's record
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RunRecord<P, R>(Run<P> run, R result) {

    /**
     * Checks that neither part is null.
     *
     * @throws io.github.custdev.InvalidValueException if a part is null
     */
    public RunRecord {
        Checks.notNull("run", run);
        Checks.notNull("result", result);
    }
}
