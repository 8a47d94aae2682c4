package io.github.custdev.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Runway;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.jackson.CustDevModule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store appends, loads and replays, survives a restart, and settles two racing writers with one conflict. Runs on
 * H2 by default and on a real PostgreSQL server under the postgres profile ({@code .ci/postgres-store-tests}).
 */
class JdbcEventStoreTests {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final HypothesisId H = HypothesisId.of("segment.solo");

    @TempDir
    Path directory;

    private StoreDatabase database;

    @BeforeEach
    void freshDatabase() throws Exception {
        database = StoreDatabase.fresh(directory, "ventures");
    }

    private static List<VentureEvent> founding() {
        return List.of(
                VentureEvent.Founded.of("Dentflow", Runway.experiments(50), 1, T0),
                VentureEvent.HypothesisStated.of(
                        Hypothesis.of(
                                H,
                                "Solo dentists buy their own software",
                                BusinessModelArea.CUSTOMER_SEGMENT,
                                Phase.CUSTOMER_DISCOVERY,
                                SuccessCriterion.proportionAtLeast(0.6, 5)),
                        T0.plusSeconds(60)));
    }

    private static VentureEvent interview(int i) {
        Instant at = T0.plusSeconds(120 + i);
        return VentureEvent.EvidenceRecorded.of(Statement.supports(H, Source.of("dentist-" + i), at), at);
    }

    @Test
    void appendsLoadsAndReplaysAVentureAndSurvivesARestart() throws Exception {
        JdbcEventStore store = JdbcEventStore.open(database.dataSource(), new CustDevModule());
        assertEquals(0, store.version("dentflow"));
        assertEquals(2, store.append("dentflow", 0, founding()));
        assertEquals(3, store.append("dentflow", 2, List.of(interview(1))));
        Venture expected = Venture.replay(store.load("dentflow")).get();
        assertEquals(3, expected.history().size());
        StoreDatabase again = database.restart();

        JdbcEventStore reopened = JdbcEventStore.open(again.dataSource(), new CustDevModule());
        assertEquals(3, reopened.version("dentflow"));
        assertEquals(expected, reopened.replay("dentflow").get());
        assertEquals(0, reopened.version("another"));
        assertEquals(List.of(), reopened.load("another"));
    }

    @Test
    void aStaleWriterGetsAConflictAndNothingIsWritten() {
        JdbcEventStore store = JdbcEventStore.open(database.dataSource(), new CustDevModule());
        store.append("dentflow", 0, founding());
        ConcurrencyConflictException conflict = assertThrows(
                ConcurrencyConflictException.class, () -> store.append("dentflow", 1, List.of(interview(1))));
        assertEquals(
                "venture dentflow is at version 2, not the expected 1: another writer appended first",
                conflict.getMessage());
        assertEquals("dentflow", conflict.ventureId());
        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertEquals(2, store.version("dentflow"));
    }

    @Test
    void ofTwoWritersRacingOnOneVentureOneWinsAndTheOtherGetsAConflict() throws Exception {
        JdbcEventStore store = JdbcEventStore.open(database.dataSource(), new CustDevModule());
        store.append("dentflow", 0, founding());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                long version = store.version("dentflow");
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Long>> writers = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    VentureEvent event = interview(round * 2 + w);
                    writers.add(pool.submit(() -> {
                        start.await();
                        return store.append("dentflow", version, List.of(event));
                    }));
                }
                int won = 0;
                int conflicts = 0;
                for (Future<Long> writer : writers) {
                    try {
                        assertEquals(version + 1, writer.get());
                        won++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertTrue(e.getCause() instanceof ConcurrencyConflictException, e.getCause()::toString);
                        conflicts++;
                    }
                }
                assertEquals(1, won, "round " + round);
                assertEquals(1, conflicts, "round " + round);
                assertEquals(version + 1, store.version("dentflow"));
            }
        } finally {
            pool.shutdownNow();
        }
        List<VentureEvent> events = store.load("dentflow");
        assertEquals(2 + 40, events.size());
        assertTrue(store.replay("dentflow").isRight());
    }
}
