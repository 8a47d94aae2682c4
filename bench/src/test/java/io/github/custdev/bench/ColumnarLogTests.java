package io.github.custdev.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Measurement;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.bench.prototype.ColumnFold;
import io.github.custdev.bench.prototype.ColumnarLog;
import io.github.custdev.bench.prototype.ColumnarLog.Growth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The columnar log prototype of issue 15: its fold gives core's figures on the benchmark data, and it keeps the
 * persistence of core's log (old versions unchanged, forks from old versions independent, also across threads).
 */
class ColumnarLogTests {
    private static final HypothesisId ID = HypothesisId.of("h");
    private static final HypothesisId OTHER = HypothesisId.of("other");
    private static final Source SOURCE = Source.of("customer");

    static Stream<Arguments> benchmarkData() {
        return Stream.of(
                Arguments.of("mixed", 1_000_000, 32, Growth.SHARED),
                Arguments.of("interviews", 1_000_000, 32, Growth.SHARED),
                Arguments.of("mixed", 1_000_000, 1024, Growth.SHARED),
                Arguments.of("interviews", 1_000_000, 1024, Growth.SHARED),
                Arguments.of("mixed", 100_003, 32, Growth.COPY),
                Arguments.of("interviews", 100_003, 32, Growth.COPY));
    }

    @ParameterizedTest(name = "{0}, {1} items, chunks of {2}, {3}")
    @MethodSource("benchmarkData")
    void theFoldGivesCoresFiguresOnTheBenchmarkData(String data, int size, int chunkSize, Growth growth) {
        List<Evidence> items = "interviews".equals(data)
                ? Fixtures.interviews(ID, size, 0.35, Fixtures.SEED)
                : Fixtures.mixedEvidence(ID, size, 0.35, Fixtures.SEED);
        EvidenceLog log = EvidenceLog.ofAll(items);
        ColumnarLog columnar = ColumnarLog.ofAll(items, chunkSize, growth);

        // what FoldBenchmark.foldStatistics computes
        EvidenceStatistics expected = EvidenceStatistics.of(log.evidence(ID));
        assertSameFigures(expected, columnar.fold(ID));
        assertEquals(log.statistics(ID), columnar.statistics(ID), "running statistics");
        assertEquals(size, columnar.size());
        assertEquals(size, columnar.fold(ID).count());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Growth.class)
    void everyKindOfEvidenceFoldsAsInCoreAtEveryChunkBoundary(Growth growth) {
        List<Evidence> items = everyKind(500, 7);
        for (int chunkSize : new int[] {1, 3, 32}) {
            ColumnarLog columnar = ColumnarLog.empty(chunkSize, growth);
            List<Evidence> prefix = new ArrayList<>();
            for (Evidence item : items) {
                columnar = columnar.append(item);
                prefix.add(item);
                EvidenceLog log = EvidenceLog.ofAll(prefix);
                for (HypothesisId id : List.of(ID, OTHER)) {
                    assertSameFigures(EvidenceStatistics.of(log.evidence(id)), columnar.fold(id));
                    assertEquals(log.evidence(id).asJava(), columnar.evidence(id));
                }
            }
            assertEquals(items, columnar.evidence());
            for (int i = 0; i < items.size(); i++) {
                assertSame(items.get(i), columnar.get(i), "item " + i);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Growth.class)
    void oldVersionsStayUnchangedAndForksFromThemAreIndependent(Growth growth) {
        List<Evidence> items = everyKind(40, 11);
        List<Evidence> forks = everyKind(40, 12);
        List<ColumnarLog> versions = new ArrayList<>();
        ColumnarLog log = ColumnarLog.empty(4, growth);
        versions.add(log);
        for (Evidence item : items) {
            log = log.append(item);
            versions.add(log);
        }
        // an append from every older version, twice, and a chain on one of the forks
        List<ColumnarLog> forked = new ArrayList<>();
        for (int k = 0; k < versions.size(); k++) {
            forked.add(versions.get(k).append(forks.get(k % forks.size())));
            forked.add(versions.get(k).append(items.get(k % items.size())));
        }
        ColumnarLog chain = forked.get(10);
        for (Evidence item : forks) {
            chain = chain.append(item);
        }

        for (int k = 0; k < versions.size(); k++) {
            List<Evidence> prefix = items.subList(0, k);
            assertEquals(prefix, versions.get(k).evidence(), "version " + k);
            assertSameFigures(
                    EvidenceStatistics.of(EvidenceLog.ofAll(prefix).evidence(ID)),
                    versions.get(k).fold(ID));
            List<Evidence> first = new ArrayList<>(prefix);
            first.add(forks.get(k % forks.size()));
            List<Evidence> second = new ArrayList<>(prefix);
            second.add(items.get(k % items.size()));
            assertEquals(first, forked.get(2 * k).evidence(), "first fork of version " + k);
            assertEquals(second, forked.get(2 * k + 1).evidence(), "second fork of version " + k);
            assertSameFigures(
                    EvidenceStatistics.of(EvidenceLog.ofAll(first).evidence(ID)),
                    forked.get(2 * k).fold(ID));
            assertSameFigures(
                    EvidenceStatistics.of(EvidenceLog.ofAll(second).evidence(OTHER)),
                    forked.get(2 * k + 1).fold(OTHER));
        }
        List<Evidence> chained = new ArrayList<>(items.subList(0, 5));
        chained.add(forks.get(5));
        chained.addAll(forks);
        assertEquals(chained, chain.evidence());
        assertSameFigures(EvidenceStatistics.of(EvidenceLog.ofAll(chained).evidence(ID)), chain.fold(ID));
    }

    @Test
    void threadsAppendingToOneVersionGetOneItemEachAndLeaveItUnchanged() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 200; round++) {
                List<Evidence> base = everyKind(round % 37, round);
                ColumnarLog log = ColumnarLog.ofAll(base, 32, Growth.SHARED);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ColumnarLog>> results = new ArrayList<>();
                List<Evidence> appended = everyKind(4, 1000 + round);
                for (Evidence item : appended) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return log.append(item);
                    }));
                }
                start.countDown();
                for (int t = 0; t < appended.size(); t++) {
                    List<Evidence> expected = new ArrayList<>(base);
                    expected.add(appended.get(t));
                    assertEquals(expected, results.get(t).get().evidence(), "thread " + t + ", round " + round);
                    assertSameFigures(
                            EvidenceStatistics.of(EvidenceLog.ofAll(expected).evidence(ID)),
                            results.get(t).get().fold(ID));
                }
                assertEquals(base, log.evidence());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Growth.class)
    void aRejectedAppendWritesNothing(Growth growth) {
        ColumnarLog log = ColumnarLog.empty(4, growth)
                .append(Measurement.of(ID, SOURCE, Fixtures.START, 10, "USD", Strength.DID))
                .append(Statement.supports(ID, SOURCE, Fixtures.START));
        Measurement euros = Measurement.of(ID, SOURCE, Fixtures.START, 12, "EUR", Strength.DID);
        InvalidValueException thrown = assertThrows(InvalidValueException.class, () -> log.append(euros));
        assertTrue(thrown.getMessage().startsWith("unit must be \"USD\""), thrown.getMessage());
        Evidence next = Statement.refutes(ID, SOURCE, Fixtures.START);
        ColumnarLog after = log.append(next);
        assertEquals(2, log.size());
        assertEquals(3, after.size());
        assertSame(next, after.get(2));
        assertEquals(1, after.fold(ID).measurementCount(Strength.DID));
        assertEquals(2, after.fold(ID).trials(Strength.SAID));
    }

    @Test
    void edges() {
        IllegalArgumentException thrown =
                assertThrows(IllegalArgumentException.class, () -> ColumnarLog.empty(0, Growth.SHARED));
        assertEquals("chunkSize must be >= 1: 0", thrown.getMessage());
        ColumnarLog log = ColumnarLog.ofAll(everyKind(5, 1), 2, Growth.SHARED);
        assertEquals(0, log.fold(HypothesisId.of("none")).count());
        assertTrue(log.fold(HypothesisId.of("none")).unit().isEmpty());
        assertEquals(List.of(), log.evidence(HypothesisId.of("none")));
        assertEquals(EvidenceStatistics.empty(), log.statistics(HypothesisId.of("none")));
        IndexOutOfBoundsException outside = assertThrows(IndexOutOfBoundsException.class, () -> log.get(5));
        assertEquals("index must be in [0, 5): 5", outside.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> log.get(-1));
    }

    /** Every kind and strength, for two hypotheses, in random order. */
    private static List<Evidence> everyKind(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Evidence> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            HypothesisId id = random.nextInt(4) == 0 ? OTHER : ID;
            int kind = random.nextInt(9);
            Evidence item;
            switch (kind) {
                case 0:
                    item = Statement.supports(id, SOURCE, Fixtures.START);
                    break;
                case 1:
                    item = Statement.neutral(id, SOURCE, Fixtures.START);
                    break;
                case 2:
                    item = Behaviour.of(id, SOURCE, Fixtures.START, random.nextInt(4), 4 + random.nextInt(1000));
                    break;
                case 3:
                    item = Behaviour.of(id, SOURCE, Fixtures.START, 1L << 40, 3L << 40, Strength.PAID);
                    break;
                case 4:
                    item = Commitment.declined(id, SOURCE, Fixtures.START, Commitment.Kind.TIME);
                    break;
                case 5:
                    item = SeanEllisTally.of(
                            id, SOURCE, Fixtures.START, random.nextInt(50), random.nextInt(50), 1 + random.nextInt(50));
                    break;
                default:
                    item = Measurement.of(
                            id,
                            SOURCE,
                            Fixtures.START,
                            random.nextGaussian() * 1e6,
                            "USD",
                            Strength.values()[kind - 6]);
            }
            items.add(item);
        }
        return items;
    }

    private static void assertSameFigures(EvidenceStatistics expected, ColumnFold actual) {
        for (Strength s : Strength.values()) {
            assertEquals(expected.count(s), actual.count(s), "count " + s);
            assertEquals(expected.successes(s), actual.successes(s), "successes " + s);
            assertEquals(expected.trials(s), actual.trials(s), "trials " + s);
            assertEquals(expected.measurementCount(s), actual.measurementCount(s), "measurements " + s);
            // exact: the same Welford updates in the same order
            assertEquals(expected.measurementMean(s), actual.measurementMean(s), "mean " + s);
            assertEquals(expected.measurementSumOfSquares(s), actual.measurementSumOfSquares(s), "m2 " + s);
        }
        assertEquals(expected.count(), actual.count(), "count");
        assertEquals(expected.veryDisappointed(), actual.veryDisappointed(), "very");
        assertEquals(expected.somewhatDisappointed(), actual.somewhatDisappointed(), "somewhat");
        assertEquals(expected.notDisappointed(), actual.notDisappointed(), "not");
        assertEquals(expected.unit().toJavaOptional(), actual.unit(), "unit");
    }
}
