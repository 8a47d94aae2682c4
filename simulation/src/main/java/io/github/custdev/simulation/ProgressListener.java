package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Hears how far a sweep has come, for a progress bar: the number of runs done of the total.
 *
 * <p><b>Specification for implementors.</b> The sweep calls it from its worker threads, one call at a time (never
 * concurrently), with {@code done} rising strictly from call to call and reaching {@code total} in the last call. It
 * should return quickly; whatever it throws is not caught and ends the sweep. It must not call back into the sweep.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface ProgressListener {

    /**
     * A listener that does nothing.
     *
     * @return the listener
     */
    static ProgressListener none() {
        return (done, total) -> {};
    }

    /**
     * Hears that {@code done} of {@code total} runs are finished (successfully or not).
     *
     * @param done the runs finished, from 1 to {@code total}
     * @param total the runs of the sweep (or of its part being executed)
     */
    void update(long done, long total);
}
