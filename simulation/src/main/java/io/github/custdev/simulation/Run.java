package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import org.apiguardian.api.API;

/**
 * Where one run of a sweep stands: its index among the sweep's runs, its grid point with that point's parameters, its
 * replication and its seed. These numbers are enough to repeat the run alone: {@code experiment.run(parameters, seed)}.
 *
 * <p>Immutable and thread-safe when its parameters are.
 *
 * @param index the run's index among all runs of its sweep, in grid order: {@code point * replications + replication}
 * @param point the index of the run's grid point
 * @param replication the index of the run's replication at its point
 * @param seed the run's seed, {@link Seeds#of(long, long, long) Seeds.of(masterSeed, point, replication)}, or
 *     {@code Seeds.of(masterSeed, 0, replication)} in a sweep with common random numbers
 * @param parameters the parameters of the run's grid point
 * @param <P> the type of a point's parameters
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Run<P>(long index, int point, int replication, long seed, P parameters) {

    /**
     * Checks the run's position.
     *
     * @throws io.github.custdev.InvalidValueException if an index is negative or the parameters are null
     */
    public Run {
        Checks.notNegative("index", index);
        Checks.notNegative("point", point);
        Checks.notNegative("replication", replication);
        Checks.notNull("parameters", parameters);
    }

    /**
     * The run in words, for a log or an error: {@code run 17 (point 3, replication 2, seed 812...): <parameters>}.
     *
     * @return the description
     */
    public String describe() {
        return "run " + index + " (point " + point + ", replication " + replication + ", seed " + seed + "): "
                + parameters;
    }
}
