package io.github.custdev.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SweepProperties {

    /** A run's record: a few draws of its generator, so that any change of seed shows. */
    private static final Experiment<Integer, Long> DRAWS = (n, seed) -> {
        var random = Seeds.random(seed);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += random.nextLong() >>> 8;
        }
        return sum;
    };

    @Property(tries = 50)
    void anySplitOnAnyThreadsGivesTheRecordsOfTheWhole(
            @ForAll @IntRange(min = 1, max = 6) int points,
            @ForAll @IntRange(min = 1, max = 9) int replications,
            @ForAll long master,
            @ForAll @Size(max = 4) java.util.List<@IntRange(min = 0, max = 1000) Integer> cuts,
            @ForAll @IntRange(min = 1, max = 5) int threads) {
        Integer[] sizes = new Integer[points];
        for (int i = 0; i < points; i++) {
            sizes[i] = i + 1;
        }
        Sweep<Integer, Long> sweep = Sweep.of(DRAWS, Grid.of(sizes), replications, master);
        Results<Integer, Long> whole = sweep.execute(Execution.sequential());
        long[] bounds =
                cuts.stream().mapToLong(c -> c % (sweep.size() + 1)).sorted().toArray();
        Results<Integer, Long> merged = Results.of(java.util.List.of(), java.util.List.of());
        long from = 0;
        for (long to : bounds) {
            merged = merged.merge(sweep.execute(from, to, Execution.threads(threads)));
            from = to;
        }
        merged = merged.merge(sweep.execute(from, sweep.size(), Execution.threads(threads)));
        assertEquals(whole, merged);
        for (RunRecord<Integer, Long> record : whole.records()) {
            Run<Integer> run = record.run();
            assertEquals(run.point() * (long) replications + run.replication(), run.index());
            assertEquals(Seeds.of(master, run.point(), run.replication()), run.seed());
            assertEquals(DRAWS.run(run.parameters(), run.seed()), record.result());
        }
    }
}
