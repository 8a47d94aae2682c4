package io.github.custdev.bench;

import io.github.custdev.simulation.Seeds;
import io.github.custdev.simulation.nk.FitnessTable;
import io.github.custdev.simulation.nk.Interaction;
import io.github.custdev.simulation.nk.Landscape;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Target 6c, a full fitness table: a new landscape of N = 20 choices with the exact score of all 2^20 positions and
 * its local optima, from a new seed every operation. Target: under 1 s. Memory per landscape, from the Javadoc: 8 * 2^N
 * bytes of scores (8 MiB) and 2^N / 8 bytes of peaks (128 KiB); the GC profiler's bytes per operation count it all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LandscapeBenchmark {
    @Param({"20"})
    int n;

    @Param({"0", "5", "19"})
    int k;

    @Param({"ADJACENT", "RANDOM"})
    Interaction interaction;

    private long seed;

    /** The library: a landscape and its table, built from the seed. */
    @Benchmark
    public FitnessTable table() {
        return Landscape.of(n, k, interaction, Seeds.random(seed++)).table().get();
    }
}
