package io.github.custdev.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ResultsTests {

    /** Point p, replication r gives p * 10 + r, except at point 1, where replication 1 throws. */
    private static final Sweep<Integer, Integer> SWEEP = Sweep.of(
            (p, seed) -> {
                if (p == 1 && Seeds.of(3L, 1, 1) == seed) {
                    throw new IllegalArgumentException("replication 1 of point 1");
                }
                return p * 10 + replicationOf(seed);
            },
            Grid.of(0, 1, 2),
            4,
            3L);

    /** Which replication of its point a seed belongs to, for the experiment above (its seeds are distinct). */
    private static int replicationOf(long seed) {
        for (int p = 0; p < 3; p++) {
            for (int r = 0; r < 4; r++) {
                if (Seeds.of(3L, p, r) == seed) {
                    return r;
                }
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void summariesArePerPointInGridOrderWithTheirFailuresCounted() {
        Results<Integer, Integer> results = SWEEP.execute(Execution.sequential());
        Seq<PointSummary<Integer>> table =
                results.summarize(Metric.of("value", (Integer x) -> x), Metric.of("double", (Integer x) -> 2.0 * x));
        assertEquals(3, table.size());
        PointSummary<Integer> first = table.get(0);
        assertEquals(0, first.point());
        assertEquals(0, first.parameters());
        assertEquals(4, first.runs());
        assertEquals(0, first.failures());
        assertEquals(Summary.of(0, 1, 2, 3), first.metric("value"));
        assertEquals(Summary.of(0, 2, 4, 6), first.metric("double"));
        assertEquals(List.of("value", "double"), first.metrics().keySet().toList());
        PointSummary<Integer> second = table.get(1);
        assertEquals(3, second.runs());
        assertEquals(1, second.failures());
        assertEquals(Summary.of(10, 12, 13), second.metric("value"));
        assertEquals(Summary.of(20, 21, 22, 23), table.get(2).metric("value"));
        assertEquals(
                results.summarize(List.of(Metric.of("value", (Integer x) -> x)))
                        .get(2)
                        .metric("value"),
                table.get(2).metric("value"));
    }

    @Test
    void aPointWhoseRunsAllFailedHasNoSummary() {
        Sweep<Integer, Integer> sweep = Sweep.of(
                (p, seed) -> {
                    if (p == 1) {
                        throw new IllegalStateException();
                    }
                    return p;
                },
                Grid.of(0, 1, 2),
                2,
                1L);
        Seq<PointSummary<Integer>> table =
                sweep.execute(Execution.sequential()).summarize(Metric.of("p", (Integer x) -> x));
        assertEquals(List.of(0, 2), table.map(PointSummary::point));
        assertEquals(List.of(0, 0), table.map(PointSummary::failures));
    }

    @Test
    void resultsAreSortedByRunAndMergeOnlyDisjointParts() {
        Results<Integer, Integer> whole = SWEEP.execute(Execution.sequential());
        Results<Integer, Integer> shuffled = Results.of(whole.records().reverse(), whole.failures());
        assertEquals(whole, shuffled);
        assertEquals(whole.hashCode(), shuffled.hashCode());
        assertEquals("Results[11 records, 1 failures]", whole.toString());
        assertNotEquals(whole, Results.of(whole.records().tail(), whole.failures()));
        assertNotEquals(
                whole.hashCode(),
                Results.of(whole.records().tail(), whole.failures()).hashCode());
        assertNotEquals(
                whole.hashCode(), Results.of(whole.records(), List.empty()).hashCode());
        assertNotEquals(whole, Results.of(whole.records(), List.empty()));
        assertNotEquals(whole, "Results");
        Expect.invalid(
                "runs must have distinct indices: 0", () -> whole.merge(SWEEP.execute(0, 1, Execution.sequential())));
        Expect.invalid(
                "runs must have distinct indices: 5", () -> whole.merge(SWEEP.execute(5, 6, Execution.sequential())));
        Expect.invalid("other is null", () -> whole.merge(null));
        Expect.invalid("records is null", () -> Results.of(null, List.empty()));
        Expect.invalid("failures is null", () -> Results.of(List.empty(), null));
        Expect.invalid(
                "records[1] is null",
                () -> Results.of(java.util.Arrays.asList(whole.records().head(), null), List.empty()));
    }

    @Test
    void badMetricsAreRefused() {
        Results<Integer, Integer> results = SWEEP.execute(Execution.sequential());
        Expect.invalid("metrics must not be empty: []", () -> results.summarize(List.empty()));
        Expect.invalid("metrics must not be empty: []", results::summarize);
        Expect.invalid("metrics is null", () -> results.summarize((Iterable<Metric<Integer>>) null));
        Metric<Integer> x = Metric.of("x", (Integer v) -> v);
        Expect.invalid("metrics must have distinct names: \"x\"", () -> results.summarize(x, Metric.of("x", v -> 1.0)));
        Expect.invalid("metrics[1] is null", () -> results.summarize(java.util.Arrays.asList(x, null)));
        Expect.invalid(
                "metric ratio of run 0 (point 0, replication 0, seed " + Seeds.of(3L, 0, 0)
                        + "): 0 must be finite: NaN",
                () -> results.summarize(Metric.of("ratio", (Integer v) -> v / (double) v)));
        Expect.invalid("name must not be blank: \" \"", () -> Metric.of(" ", v -> 1.0));
        Expect.invalid("name is null", () -> Metric.of(null, v -> 1.0));
        Expect.invalid("value is null", () -> Metric.of("x", null));
        PointSummary<Integer> summary = results.summarize(x).head();
        Expect.invalid("metric must be one of [x]: \"y\"", () -> summary.metric("y"));
        Expect.invalid("metric is null", () -> summary.metric(null));
    }

    @Test
    void metricsAreNamedFunctions() {
        ToDoubleFunction<Integer> f = v -> v;
        Metric<Integer> metric = Metric.of("share", f);
        assertEquals("share", metric.name());
        assertEquals("Metric[share]", metric.toString());
        assertEquals(metric, Metric.of("share", f));
        assertEquals(metric.hashCode(), Metric.of("share", f).hashCode());
        assertNotEquals(metric, Metric.of("other", f));
        assertNotEquals(metric.hashCode(), Metric.of("other", f).hashCode());
        assertNotEquals(metric, Metric.of("share", (Integer v) -> v));
        assertNotEquals(metric, "share");
        RunRecord<Integer, Integer> record = SWEEP.execute(2L).get();
        assertEquals(2.0, metric.valueOf(record));
        assertSame(record.result(), SWEEP.execute(2L).get().result());
    }

    @Test
    void pointSummariesCheckTheirParts() {
        io.vavr.collection.Map<String, Summary> none = io.vavr.collection.LinkedHashMap.empty();
        Expect.invalid("point must not be negative: -1", () -> new PointSummary<>(-1, 1, 1, 0, none));
        Expect.invalid("parameters is null", () -> new PointSummary<>(0, null, 1, 0, none));
        Expect.invalid("runs must be positive: 0", () -> new PointSummary<>(0, 1, 0, 0, none));
        Expect.invalid("failures must not be negative: -1", () -> new PointSummary<>(0, 1, 1, -1, none));
        Expect.invalid("metrics is null", () -> new PointSummary<>(0, 1, 1, 0, null));
    }
}
