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
 * Target 6a and 6b, one Levinthal (1997) configuration: N = 10, 100 landscapes (built in the operation) with 100
 * searchers each over 50 periods, first-improvement local search with long jumps of probability 0.1. The library as a
 * researcher calls it, a {@link Sweep} of {@link Levinthal#experiment()} over one grid point executed on the calling
 * thread, against {@link LevinthalBaseline}, the same search by hand over primitive arrays from the same seeds.
 * Targets: under 20 ms on one core, within 1.5x of the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LevinthalBenchmark {
    static final int N = 10;
    static final int SEARCHERS = 100;
    static final int PERIODS = 50;
    static final double LONG_JUMP = 0.1;
    static final long MASTER_SEED = 1997;

    @Param({"0", "5", "9"})
    int k;

    /** The number of landscapes, each with its population. */
    @Param({"100"})
    int replications;

    private Sweep<LevinthalParameters, LevinthalOutcome> sweep;
    private LevinthalBaseline baseline;
    private double[] shares;
    private double[] means;
    private int[] localOptima;
    private double[] maxima;
    private int[][] forms;

    /** The parameters of the configuration. */
    static LevinthalParameters parameters(int k) {
        return LevinthalParameters.of(N, k)
                .withSearchers(SEARCHERS)
                .withPeriods(PERIODS)
                .withSearch(Search.local(SearchRule.FIRST_IMPROVEMENT).withLongJumpProbability(LONG_JUMP));
    }

    /** Builds the sweep and the baseline's buffers once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        sweep = Sweep.of(Levinthal.experiment(), Grid.of(parameters(k)), replications, MASTER_SEED);
        baseline = new LevinthalBaseline(N, k, SEARCHERS, PERIODS, LONG_JUMP);
        shares = new double[replications];
        means = new double[replications];
        localOptima = new int[replications];
        maxima = new double[replications];
        forms = new int[replications][PERIODS + 1];
    }

    /** The library: the sweep of one point, executed on the calling thread. */
    @Benchmark
    public Results<LevinthalParameters, LevinthalOutcome> library() {
        return sweep.execute(Execution.sequential());
    }

    /** The baseline: the same runs by hand, each run's figures kept in primitive arrays. */
    @Benchmark
    public double[] baseline() {
        for (int r = 0; r < replications; r++) {
            baseline.run(LevinthalBaseline.seed(MASTER_SEED, 0, r));
            shares[r] = baseline.shareAtGlobalPeak();
            means[r] = baseline.meanFitness();
            localOptima[r] = baseline.localOptima();
            maxima[r] = baseline.globalMaximum();
            System.arraycopy(baseline.distinctForms(), 0, forms[r], 0, PERIODS + 1);
        }
        return shares;
    }
}
