package io.github.custdev.bench;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.HypothesisId;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.bench.prototype.ColumnFold;
import io.github.custdev.bench.prototype.ColumnarLog;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 15, the columnar log prototype against today's log: the fold of a million items from scratch (compare with
 * {@link FoldBenchmark#baselinePrimitiveArrays} and {@link FoldBenchmark#foldStatistics} in the same run, same data),
 * and the append at a million items, both from one version again and again (what {@code AppendAndAssessBenchmark}
 * does: every append after the first is a fork) and as a chain of {@value #CHAIN} appends, each to the last result
 * (how a venture grows its log).
 */
@BenchmarkMode(Mode.AverageTime)
public class ColumnarLogBenchmark {
    static final int CHAIN = 1024;

    private static final HypothesisId ID = HypothesisId.of("h");
    private static final HypothesisId PMF = HypothesisId.of("pmf");

    /** A prototype log of the fold benchmark's data, built once per trial. */
    @State(Scope.Benchmark)
    public static class FoldData {
        @Param({"1000000"})
        int size;

        /** {@code mixed}: every kind in random order; {@code interviews}: statements only (as in FoldBenchmark). */
        @Param({"mixed", "interviews"})
        String data;

        @Param({"32", "1024"})
        int chunk;

        ColumnarLog log;

        /** Builds the log. */
        @Setup(Level.Trial)
        public void setUp() {
            List<Evidence> items = "interviews".equals(data)
                    ? Fixtures.interviews(ID, size, 0.35, Fixtures.SEED)
                    : Fixtures.mixedEvidence(ID, size, 0.35, Fixtures.SEED);
            log = ColumnarLog.ofAll(items, chunk, ColumnarLog.Growth.SHARED);
        }
    }

    /** Today's log of {@code logSize} interviews, as in AppendAndAssessBenchmark, and the interview to append. */
    @State(Scope.Benchmark)
    public static class LibraryLog {
        @Param({"1000000"})
        int logSize;

        EvidenceLog log;
        Evidence next;

        /** Builds the log. */
        @Setup(Level.Trial)
        public void setUp() {
            log = EvidenceLog.ofAll(Fixtures.interviews(PMF, logSize, 0.45, Fixtures.SEED));
            next = Statement.supports(PMF, Source.of("next-customer"), Fixtures.START.plusSeconds(60L * logSize));
        }
    }

    /** The prototype's log of the same interviews. */
    @State(Scope.Benchmark)
    public static class PrototypeLog {
        @Param({"1000000"})
        int logSize;

        @Param({"copy", "shared"})
        String growth;

        @Param({"32", "1024"})
        int chunk;

        ColumnarLog log;
        Evidence next;

        /** Builds the log. */
        @Setup(Level.Trial)
        public void setUp() {
            log = ColumnarLog.ofAll(
                    Fixtures.interviews(PMF, logSize, 0.45, Fixtures.SEED),
                    chunk,
                    ColumnarLog.Growth.valueOf(growth.toUpperCase(Locale.ROOT)));
            next = Statement.supports(PMF, Source.of("next-customer"), Fixtures.START.plusSeconds(60L * logSize));
        }
    }

    /** The prototype: the statistics folded from scratch over the primitive chunks. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ColumnFold prototypeFold(FoldData state) {
        return state.log.fold(ID);
    }

    /** Today's append, from the same version every time. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public EvidenceLog libraryAppend(LibraryLog state) {
        return state.log.append(state.next);
    }

    /** The prototype's append, from the same version every time: a fork after the first. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public ColumnarLog prototypeAppend(PrototypeLog state) {
        return state.log.append(state.next);
    }

    /** Today's append in a chain; the figures are per append. */
    @Benchmark
    @OperationsPerInvocation(CHAIN)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public EvidenceLog libraryAppendChain(LibraryLog state) {
        EvidenceLog log = state.log;
        for (int i = 0; i < CHAIN; i++) {
            log = log.append(state.next);
        }
        return log;
    }

    /** The prototype's append in a chain; the figures are per append. */
    @Benchmark
    @OperationsPerInvocation(CHAIN)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public ColumnarLog prototypeAppendChain(PrototypeLog state) {
        ColumnarLog log = state.log;
        for (int i = 0; i < CHAIN; i++) {
            log = log.append(state.next);
        }
        return log;
    }
}
