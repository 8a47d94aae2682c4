package io.github.custdev.bench;

import io.github.custdev.simulation.Execution;
import io.github.custdev.simulation.Grid;
import io.github.custdev.simulation.Results;
import io.github.custdev.simulation.Sweep;
import io.github.custdev.simulation.nk.Levinthal;
import io.github.custdev.simulation.nk.LevinthalOutcome;
import io.github.custdev.simulation.nk.LevinthalParameters;
import io.github.custdev.simulation.nk.Search;
import io.github.custdev.simulation.nk.SearchRule;
import java.util.ArrayList;
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
 * Target 6d, scaling: a sweep of Levinthal's experiment over a large grid (N = 10, K from 0 to 9 times long-jump
 * probabilities 0, 0.05, 0.1 and 0.2: 40 points, 25 replications each, 1,000 landscapes) on one thread and on two.
 * Target: two threads at least 1.8 times the throughput of one. The setup checks that both give equal results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBenchmark {
    static final double[] LONG_JUMPS = {0, 0.05, 0.1, 0.2};

    @Param({"1", "2"})
    int threads;

    /** The number of grid points, at most 40, K varying fastest. */
    @Param({"40"})
    int points;

    @Param({"25"})
    int replications;

    private Sweep<LevinthalParameters, LevinthalOutcome> sweep;

    /** The grid of the first {@code points} points. */
    static Grid<LevinthalParameters> grid(int points) {
        List<LevinthalParameters> all = new ArrayList<>();
        for (double jump : LONG_JUMPS) {
            for (int k = 0; k < LevinthalBenchmark.N; k++) {
                all.add(LevinthalParameters.of(LevinthalBenchmark.N, k)
                        .withSearch(Search.local(SearchRule.FIRST_IMPROVEMENT).withLongJumpProbability(jump)));
            }
        }
        return Grid.ofAll(all.subList(0, points));
    }

    /** Builds the sweep and checks that one thread and two give equal results. */
    @Setup(Level.Trial)
    public void setUp() {
        sweep = Sweep.of(Levinthal.experiment(), grid(points), replications, LevinthalBenchmark.MASTER_SEED);
        Results<LevinthalParameters, LevinthalOutcome> one = sweep.execute(Execution.threads(1));
        Results<LevinthalParameters, LevinthalOutcome> two = sweep.execute(Execution.threads(2));
        if (!one.equals(two) || !one.failures().isEmpty() || one.size() != points * replications) {
            throw new IllegalStateException("one thread and two threads gave different results");
        }
    }

    /** The library: the whole sweep on {@code threads} threads. */
    @Benchmark
    public Results<LevinthalParameters, LevinthalOutcome> execute() {
        return sweep.execute(Execution.threads(threads));
    }
}
