package io.github.custdev.bench;

import io.github.custdev.Rejection;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.vavr.control.Either;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Target 4, replay: rebuilding a venture from a million events (one interview recorded per event, over 100
 * hypotheses). Target: at least a million events a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReplayBenchmark {
    @Param({"1000000"})
    int events;

    private List<VentureEvent> history;

    /** Builds the history once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        history = Ventures.discovery(100, events - 101, 1);
        if (history.size() != events) {
            throw new IllegalStateException("expected " + events + " events, built " + history.size());
        }
    }

    /** The whole history, folded into the venture. */
    @Benchmark
    public Either<Rejection, Venture> replay() {
        return Venture.replay(history);
    }
}
