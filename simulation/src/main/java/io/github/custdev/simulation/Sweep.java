package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/**
 * A parameter sweep: an experiment, the grid of points it runs at, the number of replications at each point and a
 * master seed. Its runs are numbered in grid order ({@code index = point * replications + replication}), and each
 * run's seed is {@link Seeds#of(long, long, long) Seeds.of(masterSeed, point, replication)} (or the same seed for a
 * replication at every point, with {@link #withCommonRandomNumbers(boolean) common random numbers}): a pure function
 * of its position, so the same sweep gives the same records whether it is executed whole or in parts, on one thread or many,
 * here or on a cluster.
 *
 * <pre>{@code
 * Sweep<Integer, Double> sweep = Sweep.of((n, seed) -> Seeds.random(seed).nextDouble() * n, Grid.of(1, 10, 100), 1_000, 42L);
 * Results<Integer, Double> results = sweep.execute(Execution.parallel().withProgress(bar::update));
 * Seq<PointSummary<Integer>> table = results.summarize(Metric.of("value", x -> x));
 * }</pre>
 *
 * <p>Immutable and thread-safe when its experiment and points are.
 *
 * @param <P> the type of a point's parameters
 * @param <R> the type of a run's record
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Sweep<P, R> {

    /** The most runs one call of {@link #execute(long, long, Execution)} holds; larger sweeps execute in parts. */
    public static final int MAX_RUNS_PER_EXECUTION = Integer.MAX_VALUE - 8;

    private final Experiment<P, R> experiment;
    private final Grid<P> grid;
    private final int replications;
    private final long masterSeed;
    private final boolean commonRandomNumbers;

    private Sweep(
            Experiment<P, R> experiment, Grid<P> grid, int replications, long masterSeed, boolean commonRandomNumbers) {
        this.experiment = experiment;
        this.grid = grid;
        this.replications = replications;
        this.masterSeed = masterSeed;
        this.commonRandomNumbers = commonRandomNumbers;
    }

    /**
     * A sweep.
     *
     * @param experiment the experiment
     * @param grid the points to run it at
     * @param replications the runs at each point, at least 1
     * @param masterSeed the seed every run's seed derives from, any value
     * @param <P> the type of a point's parameters
     * @param <R> the type of a run's record
     * @return the sweep
     * @throws InvalidValueException if an argument is null or {@code replications} is not positive
     */
    public static <P, R> Sweep<P, R> of(Experiment<P, R> experiment, Grid<P> grid, int replications, long masterSeed) {
        return new Sweep<>(
                Checks.notNull("experiment", experiment),
                Checks.notNull("grid", grid),
                Checks.positive("replications", replications),
                masterSeed,
                false);
    }

    /**
     * This sweep with common random numbers: replication {@code r} gets the same seed at every point,
     * {@code Seeds.of(masterSeed, 0, r)}, so that the points are compared on the same draws (the same landscapes,
     * the same markets) and a difference between two points is a paired difference, with less noise than between
     * independent runs (Law and Kelton, <i>Simulation Modeling and Analysis</i>, "common random numbers"). Without
     * them (the default), every run has a seed of its own.
     *
     * @param common whether the points share their replications' seeds
     * @return the changed copy
     */
    public Sweep<P, R> withCommonRandomNumbers(boolean common) {
        return new Sweep<>(experiment, grid, replications, masterSeed, common);
    }

    /**
     * Whether the points share their replications' seeds; see {@link #withCommonRandomNumbers(boolean)}.
     *
     * @return true with common random numbers
     */
    public boolean hasCommonRandomNumbers() {
        return commonRandomNumbers;
    }

    /**
     * The experiment.
     *
     * @return the experiment
     */
    public Experiment<P, R> experiment() {
        return experiment;
    }

    /**
     * The grid.
     *
     * @return the grid
     */
    public Grid<P> grid() {
        return grid;
    }

    /**
     * The number of replications at each point.
     *
     * @return the replications, at least 1
     */
    public int replications() {
        return replications;
    }

    /**
     * The master seed.
     *
     * @return the master seed
     */
    public long masterSeed() {
        return masterSeed;
    }

    /**
     * The number of runs: points times replications.
     *
     * @return the count, at least 1
     */
    public long size() {
        return (long) grid.size() * replications;
    }

    /**
     * The run at an index.
     *
     * @param index the index, in {@code [0, size())}
     * @return the run, with its point, replication, seed and parameters
     * @throws InvalidValueException if the index is out of range
     */
    public Run<P> run(long index) {
        if (index < 0 || index >= size()) {
            throw InvalidValueException.of("index", "must be in [0, " + size() + ")", index);
        }
        int point = (int) (index / replications);
        int replication = (int) (index % replications);
        long seed = Seeds.of(masterSeed, commonRandomNumbers ? 0 : point, replication);
        return new Run<>(index, point, replication, seed, grid.point(point));
    }

    /**
     * The run of a replication at a point.
     *
     * @param point the point's index, in {@code [0, grid().size())}
     * @param replication the replication's index, in {@code [0, replications())}
     * @return the run
     * @throws InvalidValueException if an index is out of range
     */
    public Run<P> run(int point, int replication) {
        if (point < 0 || point >= grid.size()) {
            throw InvalidValueException.of("point", "must be in [0, " + grid.size() + ")", point);
        }
        if (replication < 0 || replication >= replications) {
            throw InvalidValueException.of("replication", "must be in [0, " + replications + ")", replication);
        }
        return run((long) point * replications + replication);
    }

    /**
     * Executes one run on the calling thread.
     *
     * @param index the run's index, in {@code [0, size())}
     * @return the run's record, or its failure if the experiment threw or returned null
     * @throws InvalidValueException if the index is out of range
     */
    public Either<RunFailure<P>, RunRecord<P, R>> execute(long index) {
        Run<P> run = run(index);
        R result;
        try {
            result = experiment.run(run.parameters(), run.seed());
        } catch (Exception e) {
            return Either.left(new RunFailure<>(run, e));
        }
        if (result == null) {
            return Either.left(new RunFailure<>(run, InvalidValueException.ofNull("result of the experiment")));
        }
        return Either.right(new RunRecord<>(run, result));
    }

    /**
     * Executes every run on all the machine's processors.
     *
     * @return the results, in grid order
     */
    public Results<P, R> execute() {
        return execute(Execution.parallel());
    }

    /**
     * Executes every run as told.
     *
     * @param execution the threads and the progress listener
     * @return the results, in grid order; the same on any number of threads
     * @throws InvalidValueException if the sweep has more than {@link #MAX_RUNS_PER_EXECUTION} runs (execute it in
     *     parts) or the execution is null
     */
    public Results<P, R> execute(Execution execution) {
        return execute(0, size(), execution);
    }

    /**
     * Executes the runs whose indices are in {@code [from, to)}: a part of the sweep, as a cluster's partition would.
     * The records are those the whole sweep gives for these runs.
     *
     * @param from the first index, in {@code [0, size()]}
     * @param to the index after the last, in {@code [from, size()]}
     * @param execution the threads and the progress listener (whose total is {@code to - from})
     * @return the results of these runs, in grid order
     * @throws InvalidValueException if the range is out of bounds or holds more than {@link #MAX_RUNS_PER_EXECUTION}
     *     runs, or the execution is null
     * @throws CancellationException if the calling thread is interrupted while it waits for the workers
     */
    public Results<P, R> execute(long from, long to, Execution execution) {
        Checks.notNull("execution", execution);
        if (from < 0 || from > size()) {
            throw InvalidValueException.of("from", "must be in [0, " + size() + "]", from);
        }
        if (to < from || to > size()) {
            throw InvalidValueException.of("to", "must be in [" + from + ", " + size() + "]", to);
        }
        if (to - from > MAX_RUNS_PER_EXECUTION) {
            throw InvalidValueException.of(
                    "runs", "must be at most " + MAX_RUNS_PER_EXECUTION + " in one execution", to - from);
        }
        return new Batch(from, (int) (to - from), execution).execute();
    }

    /** One execution of a range of runs: the outcomes land in an array slot per run, whichever thread runs it. */
    private final class Batch {
        private final long from;
        private final int count;
        private final Execution execution;
        private final Object[] outcomes;
        private final AtomicLong next = new AtomicLong();
        private final int chunk;
        private long done;

        Batch(long from, int count, Execution execution) {
            this.from = from;
            this.count = count;
            this.execution = execution;
            this.outcomes = new Object[count];
            this.chunk = Math.max(1, Math.min(64, count / (8 * execution.threads())));
        }

        Results<P, R> execute() {
            int threads = Math.min(execution.threads(), Math.max(1, count));
            if (threads == 1) {
                work();
            } else {
                inPool(threads);
            }
            List<RunRecord<P, R>> records = new ArrayList<>(count);
            List<RunFailure<P>> failures = new ArrayList<>();
            for (Object outcome : outcomes) {
                @SuppressWarnings("unchecked")
                Either<RunFailure<P>, RunRecord<P, R>> either = (Either<RunFailure<P>, RunRecord<P, R>>) outcome;
                if (either.isRight()) {
                    records.add(either.get());
                } else {
                    failures.add(either.getLeft());
                }
            }
            return Results.of(records, failures);
        }

        private void inPool(int threads) {
            AtomicLong names = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "custdev-sweep-" + names.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> workers = new ArrayList<>(threads);
                for (int i = 0; i < threads; i++) {
                    workers.add(pool.submit(this::work));
                }
                for (Future<?> worker : workers) {
                    await(worker);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private void await(Future<?> worker) {
            try {
                worker.get();
            } catch (InterruptedException e) {
                next.set(count);
                Thread.currentThread().interrupt();
                CancellationException cancelled = new CancellationException("the sweep was interrupted");
                cancelled.initCause(e);
                throw cancelled;
            } catch (ExecutionException e) {
                next.set(count);
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new IllegalStateException(cause);
            }
        }

        /** Takes chunks of runs until none is left; reports each chunk's end to the listener. */
        private void work() {
            long taken;
            while ((taken = next.getAndAdd(chunk)) < count) {
                int start = (int) taken;
                int end = (int) Math.min(count, taken + chunk);
                for (int i = start; i < end; i++) {
                    outcomes[i] = Sweep.this.execute(from + i);
                }
                report(end - start);
            }
        }

        private synchronized void report(int finished) {
            done += finished;
            execution.progress().update(done, count);
        }
    }

    @Override
    public String toString() {
        return "Sweep[" + grid.size() + " points x " + replications + " replications, master seed " + masterSeed
                + (commonRandomNumbers ? ", common random numbers" : "") + "]";
    }
}
