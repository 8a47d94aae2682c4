package io.github.custdev.bench;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.SeanEllisTally;
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
 * Target 2, fold from scratch: building the sufficient statistics of a log of a million items, against a baseline
 * loop over primitive arrays that hold the same data and compute the same figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FoldBenchmark {
    private static final HypothesisId ID = HypothesisId.of("h");

    @Param({"1000000"})
    int size;

    /** {@code mixed}: every kind in random order; {@code interviews}: statements only. */
    @Param({"mixed", "interviews"})
    String data;

    private List<Evidence> items;
    private EvidenceLog log;

    // The same data as primitive arrays: strength ordinal, successes, trials, is-measurement, value.
    private int[] strength;
    private long[] successes;
    private long[] trials;
    private boolean[] measured;
    private double[] value;

    /** Builds the data once per trial. */
    @Setup(Level.Trial)
    @SuppressWarnings("EnumOrdinal") // the hand-rolled baseline indexes its tallies by strength, as core does
    public void setUp() {
        items = "interviews".equals(data)
                ? Fixtures.interviews(ID, size, 0.35, Fixtures.SEED)
                : Fixtures.mixedEvidence(ID, size, 0.35, Fixtures.SEED);
        log = EvidenceLog.ofAll(items);
        strength = new int[size];
        successes = new long[size];
        trials = new long[size];
        measured = new boolean[size];
        value = new double[size];
        for (int i = 0; i < size; i++) {
            Evidence item = items.get(i);
            strength[i] = item.strength().ordinal();
            successes[i] = item.successes();
            trials[i] = item.trials();
            if (item instanceof Measurement) {
                measured[i] = true;
                value[i] = ((Measurement) item).value();
            }
            if (item instanceof SeanEllisTally) {
                throw new IllegalStateException("the baseline does not count Sean Ellis answers");
            }
        }
    }

    /** The library: the statistics of the log's items, folded in one pass. */
    @Benchmark
    public EvidenceStatistics foldStatistics() {
        return EvidenceStatistics.of(log.evidence(ID));
    }

    /**
     * A reference, not a target: the least any fold over the log's objects can cost, reading one word of each item.
     * The gap between this and the baseline is the price of a million separate objects (one cache miss each), which no
     * fold over them can avoid.
     */
    @Benchmark
    public long referenceReadEachItem() {
        long sum = 0;
        for (Evidence item : log.evidence(ID)) {
            sum += item.trials();
        }
        return sum;
    }

    /** The library: a whole log (items, per-hypothesis index and statistics) built from a list. */
    @Benchmark
    public EvidenceLog buildLog() {
        return EvidenceLog.ofAll(items);
    }

    /** The baseline: the same per-strength counts and Welford moments over primitive arrays. */
    @Benchmark
    public double[] baselinePrimitiveArrays() {
        long[] items = new long[3];
        long[] s = new long[3];
        long[] t = new long[3];
        long[] n = new long[3];
        double[] mean = new double[3];
        double[] m2 = new double[3];
        for (int i = 0; i < size; i++) {
            int k = strength[i];
            items[k]++;
            if (measured[i]) {
                double x = value[i];
                long count = ++n[k];
                double delta = x - mean[k];
                mean[k] += delta / count;
                m2[k] += delta * (x - mean[k]);
            } else {
                s[k] += successes[i];
                t[k] += trials[i];
            }
        }
        return new double[] {items[0] + items[1] + items[2], s[0] + s[1] + s[2], t[0] + t[1] + t[2], mean[1], m2[1]};
    }
}
