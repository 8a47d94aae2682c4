package io.github.custdev.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.InvalidValueException;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SweepTests {

    /** A run's record: the sum of {@code n} draws from its generator, with the thread-independent facts of the run. */
    record Draws(int n, long seed, double sum) {}

    private static final Experiment<Integer, Draws> SUM = (n, seed) -> {
        var random = Seeds.random(seed);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += random.nextDouble();
        }
        return new Draws(n, seed, sum);
    };

    private static final Sweep<Integer, Draws> SWEEP = Sweep.of(SUM, Grid.of(10, 100, 1000, 5), 37, 2026L);

    @Test
    void runsAreNumberedInGridOrderWithTheirSeeds() {
        assertEquals(148, SWEEP.size());
        Run<Integer> run = SWEEP.run(75);
        assertEquals(new Run<>(75, 2, 1, Seeds.of(2026L, 2, 1), 1000), run);
        assertEquals(run, SWEEP.run(2, 1));
        assertEquals(new Run<>(0, 0, 0, Seeds.of(2026L, 0, 0), 10), SWEEP.run(0));
        assertEquals(new Run<>(147, 3, 36, Seeds.of(2026L, 3, 36), 5), SWEEP.run(147));
        assertEquals(SWEEP.run(3, 36), SWEEP.run(147));
        assertEquals("run 75 (point 2, replication 1, seed " + Seeds.of(2026L, 2, 1) + "): 1000", run.describe());
    }

    @Test
    void withCommonRandomNumbersEveryPointSharesItsReplicationsSeeds() {
        Sweep<Integer, Draws> common = SWEEP.withCommonRandomNumbers(true);
        assertTrue(common.hasCommonRandomNumbers());
        assertFalse(SWEEP.hasCommonRandomNumbers());
        assertFalse(common.withCommonRandomNumbers(false).hasCommonRandomNumbers());
        assertEquals(new Run<>(75, 2, 1, Seeds.of(2026L, 0, 1), 1000), common.run(75));
        assertEquals(common.run(1).seed(), common.run(3, 1).seed());
        assertEquals(SWEEP.run(1), common.run(1));
        Results<Integer, Draws> results = common.execute(Execution.threads(2));
        assertEquals(
                results.records().get(1).result().seed(),
                results.records().get(37 + 1).result().seed());
        assertEquals("Sweep[4 points x 37 replications, master seed 2026, common random numbers]", common.toString());
    }

    @Test
    void everyRunIsThePureFunctionOfItsParametersAndSeed() {
        Results<Integer, Draws> results = SWEEP.execute(Execution.sequential());
        assertEquals(148, results.records().size());
        assertTrue(results.failures().isEmpty());
        for (int i = 0; i < results.records().size(); i++) {
            RunRecord<Integer, Draws> record = results.records().get(i);
            assertEquals(SWEEP.run(i), record.run());
            assertEquals(SUM.run(record.run().parameters(), record.run().seed()), record.result());
        }
    }

    @Test
    void theResultsAreTheSameOnAnyNumberOfThreads() {
        Results<Integer, Draws> one = SWEEP.execute(Execution.sequential());
        for (int threads : new int[] {2, 3, 16, 500}) {
            assertEquals(one, SWEEP.execute(Execution.threads(threads)), threads + " threads");
        }
        assertEquals(one, SWEEP.execute());
        assertEquals(one, SWEEP.execute(Execution.parallel()));
    }

    @Test
    void partsMergeIntoTheWhole() {
        Results<Integer, Draws> whole = SWEEP.execute(Execution.sequential());
        Results<Integer, Draws> first = SWEEP.execute(0, 50, Execution.threads(2));
        Results<Integer, Draws> middle = SWEEP.execute(50, 51, Execution.threads(3));
        Results<Integer, Draws> empty = SWEEP.execute(51, 51, Execution.threads(2));
        Results<Integer, Draws> last = SWEEP.execute(51, 148, Execution.sequential());
        assertEquals(0, empty.size());
        assertEquals(whole, last.merge(empty).merge(first).merge(middle));
        assertEquals(SWEEP.run(50), middle.records().head().run());
    }

    @Test
    void aRunThatThrowsIsReportedAndTheOthersFinish() {
        IllegalStateException boom = new IllegalStateException("boom");
        Experiment<Integer, Integer> fragile = (n, seed) -> {
            if (n == 2) {
                throw boom;
            }
            return n == 3 ? null : n;
        };
        Sweep<Integer, Integer> sweep = Sweep.of(fragile, Grid.of(1, 2, 3, 4), 3, 5L);
        for (Execution execution : new Execution[] {Execution.sequential(), Execution.threads(2)}) {
            Results<Integer, Integer> results = sweep.execute(execution);
            assertEquals(
                    List.of(0L, 1L, 2L, 9L, 10L, 11L),
                    results.records().map(r -> r.run().index()));
            assertEquals(
                    List.of(3L, 4L, 5L, 6L, 7L, 8L),
                    results.failures().map(f -> f.run().index()));
            RunFailure<Integer> failure = results.failures().head();
            assertEquals(sweep.run(1, 0), failure.run());
            assertSame(boom, failure.cause());
            assertEquals(
                    "run 3 (point 1, replication 0, seed " + Seeds.of(5L, 1, 0)
                            + "): 2 failed: java.lang.IllegalStateException: boom",
                    failure.describe());
            RunFailure<Integer> nothing = results.failures().get(3);
            assertInstanceOf(InvalidValueException.class, nothing.cause());
            assertEquals("result of the experiment is null", nothing.cause().getMessage());
            assertEquals(12, results.size());
        }
        Either<RunFailure<Integer>, RunRecord<Integer, Integer>> alone = sweep.execute(3);
        assertTrue(alone.isLeft());
        assertEquals(new RunRecord<>(sweep.run(11), 4), sweep.execute(11).get());
    }

    @Test
    void progressRisesOneCallAtATimeToTheTotal() {
        for (int threads : new int[] {1, 2, 4}) {
            java.util.List<Long> done = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger inside = new AtomicInteger();
            Set<Long> totals = Collections.synchronizedSet(new HashSet<>());
            SWEEP.execute(10, 140, Execution.threads(threads).withProgress((d, total) -> {
                assertEquals(1, inside.incrementAndGet(), "the listener is called one call at a time");
                done.add(d);
                totals.add(total);
                inside.decrementAndGet();
            }));
            assertEquals(Set.of(130L), totals);
            assertEquals(130L, done.get(done.size() - 1));
            for (int i = 1; i < done.size(); i++) {
                assertTrue(done.get(i) > done.get(i - 1), "rising: " + done);
            }
        }
    }

    @Test
    void whatTheListenerThrowsEndsTheSweep() {
        IllegalStateException stop = new IllegalStateException("stop");
        ProgressListener failing = (done, total) -> {
            throw stop;
        };
        for (int threads : new int[] {1, 2}) {
            assertSame(
                    stop,
                    assertThrows(
                            IllegalStateException.class,
                            () -> SWEEP.execute(Execution.threads(threads).withProgress(failing))));
        }
        AssertionError error = new AssertionError("error");
        assertSame(
                error,
                assertThrows(
                        AssertionError.class,
                        () -> SWEEP.execute(Execution.threads(2).withProgress((d, t) -> {
                            throw error;
                        }))));
    }

    @Test
    void anInterruptedCallerCancelsTheSweep() {
        Sweep<Integer, Integer> slow = Sweep.of(
                (n, seed) -> {
                    long end = System.nanoTime() + 1_000_000L;
                    while (System.nanoTime() < end) {
                        Thread.onSpinWait();
                    }
                    return n;
                },
                Grid.of(1),
                400,
                1L);
        Thread.currentThread().interrupt();
        assertThrows(java.util.concurrent.CancellationException.class, () -> slow.execute(Execution.threads(2)));
        assertTrue(Thread.interrupted(), "the interrupt is kept");
    }

    @Test
    void theSweepKeepsWhatItWasGiven() {
        Grid<Integer> grid = Grid.of(1);
        Sweep<Integer, Draws> sweep = Sweep.of(SUM, grid, 3, -9L);
        assertSame(SUM, sweep.experiment());
        assertSame(grid, sweep.grid());
        assertEquals(3, sweep.replications());
        assertEquals(-9L, sweep.masterSeed());
        assertEquals("Sweep[1 points x 3 replications, master seed -9]", sweep.toString());
        assertEquals(2, Execution.threads(1).withThreads(2).threads());
        assertEquals("Execution[threads=3]", Execution.threads(3).toString());
        ProgressListener listener = (d, t) -> {};
        assertSame(listener, Execution.sequential().withProgress(listener).progress());
        assertEquals(
                Runtime.getRuntime().availableProcessors(), Execution.parallel().threads());
        ProgressListener.none().update(1, 1);
    }

    @Test
    void badInputIsRefused() {
        Expect.invalid("experiment is null", () -> Sweep.of(null, Grid.of(1), 1, 0L));
        Expect.invalid("grid is null", () -> Sweep.of(SUM, null, 1, 0L));
        Expect.invalid("replications must be positive: 0", () -> Sweep.of(SUM, Grid.of(1), 0, 0L));
        Expect.invalid("index must be in [0, 148): 148", () -> SWEEP.run(148));
        Expect.invalid("index must be in [0, 148): -1", () -> SWEEP.run(-1L));
        Expect.invalid("index must be in [0, 148): 148", () -> SWEEP.execute(148L));
        Expect.invalid("point must be in [0, 4): 4", () -> SWEEP.run(4, 0));
        Expect.invalid("point must be in [0, 4): -1", () -> SWEEP.run(-1, 0));
        Expect.invalid("replication must be in [0, 37): 37", () -> SWEEP.run(0, 37));
        Expect.invalid("replication must be in [0, 37): -1", () -> SWEEP.run(0, -1));
        Expect.invalid("from must be in [0, 148]: -1", () -> SWEEP.execute(-1, 5, Execution.sequential()));
        Expect.invalid("from must be in [0, 148]: 149", () -> SWEEP.execute(149, 149, Execution.sequential()));
        Expect.invalid("to must be in [5, 148]: 4", () -> SWEEP.execute(5, 4, Execution.sequential()));
        Expect.invalid("to must be in [5, 148]: 149", () -> SWEEP.execute(5, 149, Execution.sequential()));
        Expect.invalid("execution is null", () -> SWEEP.execute(null));
        Sweep<Integer, Integer> huge = Sweep.of((n, s) -> n, Grid.of(1, 2, 3), Integer.MAX_VALUE, 0L);
        Expect.invalid(
                "runs must be at most 2147483639 in one execution: 2147483640",
                () -> huge.execute(0, Sweep.MAX_RUNS_PER_EXECUTION + 1L, Execution.sequential()));
        Expect.invalid(
                "runs must be at most 2147483639 in one execution: 2147483640",
                () -> huge.execute(7, 7 + Sweep.MAX_RUNS_PER_EXECUTION + 1L, Execution.sequential()));
        assertEquals(3L * Integer.MAX_VALUE, huge.size());
        assertEquals(Integer.MAX_VALUE - 1, huge.run(huge.size() - 1).replication());
        assertEquals(2, huge.run(huge.size() - 1).point());
        Expect.invalid("threads must be positive: 0", () -> Execution.threads(0));
        Expect.invalid(
                "threads must be positive: -1", () -> Execution.sequential().withThreads(-1));
        Expect.invalid("progress is null", () -> Execution.sequential().withProgress(null));
        Expect.invalid("index must not be negative: -1", () -> new Run<>(-1, 0, 0, 0L, 1));
        Expect.invalid("point must not be negative: -1", () -> new Run<>(0, -1, 0, 0L, 1));
        Expect.invalid("replication must not be negative: -1", () -> new Run<>(0, 0, -1, 0L, 1));
        Expect.invalid("parameters is null", () -> new Run<>(0, 0, 0, 0L, null));
        Expect.invalid("run is null", () -> new RunRecord<>(null, 1));
        Expect.invalid("result is null", () -> new RunRecord<>(SWEEP.run(0), null));
        Expect.invalid("run is null", () -> new RunFailure<>(null, new RuntimeException()));
        Expect.invalid("cause is null", () -> new RunFailure<>(SWEEP.run(0), null));
    }
}
