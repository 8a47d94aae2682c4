package io.github.custdev.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.simulation.Seeds;
import io.github.custdev.simulation.nk.Levinthal;
import io.github.custdev.simulation.nk.LevinthalOutcome;
import io.github.custdev.simulation.nk.LevinthalParameters;
import io.github.custdev.simulation.nk.Search;
import io.github.custdev.simulation.nk.SearchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The comparison of target 6b is honest only if the baseline does the library's work: from the same seeds it must draw
 * the same numbers and reach the same outcomes, run by run.
 */
class LevinthalBaselineTests {

    @ParameterizedTest(name = "N={0} K={1} long jumps {2}")
    @CsvSource({"10, 0, 0.1", "10, 5, 0.1", "10, 9, 0.1", "10, 3, 0", "10, 3, 1", "6, 2, 0.3", "12, 11, 0.1"})
    void computesTheLibrarysOutcomesFromTheSameSeeds(int n, int k, double longJump) {
        LevinthalParameters parameters = LevinthalParameters.of(n, k)
                .withSearch(Search.local(SearchRule.FIRST_IMPROVEMENT).withLongJumpProbability(longJump));
        LevinthalBaseline baseline = new LevinthalBaseline(n, k, 100, 50, longJump);
        for (int replication = 0; replication < 20; replication++) {
            long seed = Seeds.of(LevinthalBenchmark.MASTER_SEED, 0, replication);
            assertEquals(seed, LevinthalBaseline.seed(LevinthalBenchmark.MASTER_SEED, 0, replication));
            LevinthalOutcome outcome = Levinthal.experiment().run(parameters, seed);
            baseline.run(seed);
            String run = "replication " + replication;
            assertEquals(outcome.localOptimumCount(), baseline.localOptima(), run);
            assertEquals(outcome.globalMaximum(), baseline.globalMaximum(), run);
            assertEquals(outcome.shareAtGlobalPeak(), baseline.shareAtGlobalPeak(), run);
            assertArrayEquals(outcome.distinctForms().toArray(), baseline.distinctForms(), run);
            // The library sums the fitness with compensation (DoubleStream.sum), the baseline plainly.
            assertEquals(outcome.meanFitness(), baseline.meanFitness(), 1e-14, run);
        }
    }
}
