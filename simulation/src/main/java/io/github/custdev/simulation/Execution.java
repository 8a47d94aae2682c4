package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import org.apiguardian.api.API;

/**
 * How a sweep's runs are executed: on how many threads, and who hears of the progress. The results do not depend on
 * it: the same sweep gives the same records, in the same order, on any number of threads.
 *
 * <p>Immutable and thread-safe when its listener is.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Execution {

    private final int threads;
    private final ProgressListener progress;

    private Execution(int threads, ProgressListener progress) {
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * On as many threads as the machine has processors, with no progress reported.
     *
     * @return the execution
     */
    public static Execution parallel() {
        return threads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * On the calling thread alone, with no progress reported.
     *
     * @return the execution
     */
    public static Execution sequential() {
        return threads(1);
    }

    /**
     * On the given number of threads, with no progress reported. One thread means the calling thread; more mean a
     * pool of that many threads that lives as long as the execution.
     *
     * @param threads the number of threads, at least 1
     * @return the execution
     * @throws io.github.custdev.InvalidValueException if {@code threads} is not positive
     */
    public static Execution threads(int threads) {
        return new Execution(Checks.positive("threads", threads), ProgressListener.none());
    }

    /**
     * This execution, with the given listener hearing of its progress.
     *
     * @param progress the listener
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if the listener is null
     */
    public Execution withProgress(ProgressListener progress) {
        return new Execution(threads, Checks.notNull("progress", progress));
    }

    /**
     * This execution on another number of threads.
     *
     * @param threads the number of threads, at least 1
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if {@code threads} is not positive
     */
    public Execution withThreads(int threads) {
        return new Execution(Checks.positive("threads", threads), progress);
    }

    /**
     * The number of threads.
     *
     * @return the threads, at least 1
     */
    public int threads() {
        return threads;
    }

    /**
     * The listener that hears of the progress.
     *
     * @return the listener
     */
    public ProgressListener progress() {
        return progress;
    }

    @Override
    public String toString() {
        return "Execution[threads=" + threads + "]";
    }
}
