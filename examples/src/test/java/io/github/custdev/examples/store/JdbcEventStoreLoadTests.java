package io.github.custdev.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four writers race through the same ventures in the same order, each appending until the venture holds its events:
 * every accepted event is stored once, every refused write is a conflict, and every venture replays to exactly the
 * state its accepted events define. The build runs 40 ventures of 100 events; {@code -Dcustdev.store.ventures=1000}
 * runs the 100,000 events across 1,000 ventures and prints the figures. Runs on H2 by default and on a real
 * PostgreSQL server under the postgres profile ({@code .ci/postgres-store-tests}).
 */
class JdbcEventStoreLoadTests {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final HypothesisId H = HypothesisId.of("segment.solo");
    private static final int EVENTS_PER_VENTURE = 100;
    private static final int WRITERS = 4;

    @TempDir
    Path directory;

    private static VentureEvent eventAt(long version) {
        // the version fixes the instant, so events never go back in time whoever wins a race
        Instant at = T0.plusSeconds(version);
        return VentureEvent.EvidenceRecorded.of(
                Statement.of(
                        H,
                        Source.of("dentist-" + version),
                        at,
                        version % 3 == 0 ? Statement.Stance.REFUTES : Statement.Stance.SUPPORTS),
                at);
    }

    @Test
    void racingWritersLoseNothingAndDuplicateNothing() throws Exception {
        int ventures = Integer.getInteger("custdev.store.ventures", 40);
        JdbcEventStore store =
                JdbcEventStore.open(StoreDatabase.fresh(directory, "load").dataSource(), new CustDevModule());
        List<String> ids = new ArrayList<>();
        Map<String, ConcurrentSkipListMap<Long, VentureEvent>> accepted = new ConcurrentHashMap<>();
        for (int v = 0; v < ventures; v++) {
            String id = "venture-" + v;
            ids.add(id);
            List<VentureEvent> founding = List.of(
                    VentureEvent.Founded.of(id, Runway.experiments(1_000), 1, T0),
                    VentureEvent.HypothesisStated.of(
                            Hypothesis.of(
                                    H,
                                    "Solo dentists buy their own software",
                                    BusinessModelArea.CUSTOMER_SEGMENT,
                                    Phase.CUSTOMER_DISCOVERY,
                                    SuccessCriterion.proportionAtLeast(0.6, 5)),
                            T0.plusSeconds(2)));
            store.append(id, 0, founding);
            ConcurrentSkipListMap<Long, VentureEvent> events = new ConcurrentSkipListMap<>();
            events.put(1L, founding.get(0));
            events.put(2L, founding.get(1));
            accepted.put(id, events);
        }
        AtomicLong written = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long start = System.nanoTime();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    for (String id : ids) {
                        while (true) {
                            long version = store.version(id);
                            if (version >= EVENTS_PER_VENTURE) {
                                break;
                            }
                            VentureEvent event = eventAt(version + 1);
                            try {
                                store.append(id, version, List.of(event));
                                accepted.get(id).put(version + 1, event);
                                written.incrementAndGet();
                            } catch (ConcurrencyConflictException conflict) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(); // any exception but a conflict fails the test
            }
        } finally {
            pool.shutdownNow();
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals((long) ventures * (EVENTS_PER_VENTURE - 2), written.get());

        long replayStart = System.nanoTime();
        long replayed = 0;
        for (String id : ids) {
            List<VentureEvent> stored = store.load(id);
            List<VentureEvent> expected = new ArrayList<>(accepted.get(id).values());
            assertEquals(expected, stored, id);
            Venture venture = store.replay(id).get();
            assertEquals(Venture.replay(expected).get(), venture, id);
            assertEquals(EVENTS_PER_VENTURE, venture.history().size());
            replayed += stored.size();
        }
        double replaySeconds = (System.nanoTime() - replayStart) / 1e9;
        assertTrue(conflicts.get() > 0, "the writers raced");
        System.out.printf(
                "event store on %s: %d events across %d ventures by %d writers in %.1f s (%.0f events/s written, %d"
                        + " conflicts); %d events loaded and replayed in %.1f s (%.0f events/s)%n",
                StoreDatabase.DATABASE,
                written.get(),
                ventures,
                WRITERS,
                writeSeconds,
                written.get() / writeSeconds,
                conflicts.get(),
                replayed,
                replaySeconds,
                replayed / replaySeconds);
    }
}
