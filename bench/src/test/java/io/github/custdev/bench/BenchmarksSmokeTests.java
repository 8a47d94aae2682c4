package io.github.custdev.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps the benchmarks from rotting: every benchmark runs one short iteration in this JVM, with the smallest sizes.
 * These are not measurements; {@code ./mvnw -pl bench -am -Pbench verify} measures.
 */
class BenchmarksSmokeTests {

    @Test
    void everyBenchmarkRunsOnce() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include("io.github.custdev.bench.*")
                        .forks(0)
                        .warmupIterations(0)
                        .measurementIterations(1)
                        .measurementTime(TimeValue.milliseconds(20))
                        .param("size", "1000")
                        .param("logSize", "1000")
                        .param("evidence", "1000")
                        .param("events", "1000")
                        .param("n", "10")
                        .param("k", "3")
                        .param("replications", "2")
                        .param("points", "4")
                        .verbosity(VerboseMode.SILENT)
                        .build())
                .run();
        assertFalse(results.isEmpty(), "no benchmark ran");
        for (RunResult result : results) {
            double score = result.getPrimaryResult().getScore();
            assertTrue(score > 0 && Double.isFinite(score), result.getParams().getBenchmark() + " scored " + score);
        }
        Set<String> ran = results.stream()
                .map(r -> r.getParams().getBenchmark().replace("io.github.custdev.bench.", ""))
                .collect(Collectors.toSet());
        for (String benchmark : new String[] {
            "LevinthalBenchmark.library",
            "LevinthalBenchmark.baseline",
            "LandscapeBenchmark.table",
            "SweepBenchmark.execute",
            "MarketBenchmark.run",
            "MarketBenchmark.idea",
            "MarketBenchmark.replay"
        }) {
            assertTrue(ran.contains(benchmark), benchmark + " did not run: " + ran);
        }
        assertEquals(
                results.size(),
                results.stream().map(r -> r.getParams().id()).distinct().count(),
                "each benchmark and parameter set ran once");
    }
}
