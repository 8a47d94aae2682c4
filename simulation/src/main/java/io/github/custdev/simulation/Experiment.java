package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One simulated run of a research question: a pure function from a point's parameters and a seed to a record of what
 * happened.
 *
 * <p>A {@link Sweep} calls it once for every replication of every point of its {@link Grid}, each time with the seed
 * that {@link Seeds#of(long, long, long)} derives from the sweep's master seed and the run's position, so that any run
 * can be repeated alone from the numbers its record carries.
 *
 * <p><b>Specification for implementors.</b> An implementation must be a pure function of its arguments: it draws every
 * random number from a generator seeded with {@code seed} (such as {@link Seeds#random(long)}), reads no clock, file,
 * property or environment, keeps no state between calls and does not alter {@code parameters}. It must be safe to call
 * from several threads at once. It returns an immutable record; it may throw, and the sweep then reports the run as a
 * {@link RunFailure} with its parameters and seed while the other runs still finish.
 *
 * @param <P> the type of a point's parameters
 * @param <R> the type of a run's record
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface Experiment<P, R> {

    /**
     * Runs once.
     *
     * @param parameters the parameters of the grid point
     * @param seed the run's seed
     * @return the run's record, never null
     */
    R run(P parameters, long seed);
}
