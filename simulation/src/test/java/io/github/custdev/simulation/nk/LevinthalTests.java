package io.github.custdev.simulation.nk;

import static io.github.custdev.simulation.nk.LandscapeTests.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.simulation.Seeds;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Levinthal (1997) at N = 10, 100 searchers, 50 periods, long-jump probability 0.1. Every statistical claim is checked
 * with a margin of three standard errors of the mean over landscapes (sample sd / sqrt(landscapes)); the default build
 * runs 20 landscapes, the statistics profile Levinthal's 100.
 */
class LevinthalTests {

    private static final double MARGIN = 3;

    /** The interaction pattern of the reproductions: each is run with both. */
    private static Interaction pattern = Interaction.ADJACENT;

    private static LevinthalParameters levinthal(int k, double jump) {
        return LevinthalParameters.of(10, k)
                .withInteraction(pattern)
                .withSearch(Search.local(SearchRule.FIRST_IMPROVEMENT).withLongJumpProbability(jump));
    }

    private static LevinthalOutcome[] runs(LevinthalParameters parameters, int landscapes) {
        LevinthalOutcome[] outcomes = new LevinthalOutcome[landscapes];
        for (int r = 0; r < landscapes; r++) {
            outcomes[r] = Levinthal.experiment().run(parameters, Seeds.of(1997, 0, r));
        }
        return outcomes;
    }

    private static Sample share(int k, double jump, int landscapes) {
        LevinthalOutcome[] outcomes = runs(levinthal(k, jump), landscapes);
        return Sample.of(landscapes, r -> outcomes[r].shareAtGlobalPeak());
    }

    private static Sample forms(int k, int landscapes) {
        LevinthalOutcome[] outcomes = runs(levinthal(k, 0.1), landscapes);
        return Sample.of(landscapes, r -> outcomes[r].finalDistinctForms());
    }

    /** The gain in mean final fitness from long jumps, paired landscape by landscape (same seeds, same landscapes). */
    private static Sample jumpGain(int k, int landscapes) {
        LevinthalOutcome[] with = runs(levinthal(k, 0.1), landscapes);
        LevinthalOutcome[] without = runs(levinthal(k, 0), landscapes);
        return Sample.of(landscapes, r -> with[r].meanFitness() - without[r].meanFitness());
    }

    private static void assertAbove(Sample higher, Sample lower) {
        double gap = higher.mean() - lower.mean();
        assertTrue(
                gap > MARGIN * higher.standardErrorOfDifference(lower),
                () -> higher + " should exceed " + lower + " by " + MARGIN + " standard errors");
    }

    private static void reproduce(int landscapes) {
        LevinthalOutcome[] smooth = runs(levinthal(0, 0.1), landscapes);
        for (LevinthalOutcome outcome : smooth) {
            assertEquals(1, outcome.shareAtGlobalPeak());
            assertEquals(1, outcome.localOptimumCount());
            assertEquals(1, outcome.finalDistinctForms());
        }
        Sample k2 = share(2, 0.1, landscapes);
        Sample k9 = share(9, 0.1, landscapes);
        assertAbove(k2, k9);
        assertAbove(forms(9, landscapes), forms(2, landscapes));
        Sample gainAtK9 = jumpGain(9, landscapes);
        assertTrue(gainAtK9.mean() > MARGIN * gainAtK9.standardError(), gainAtK9::toString);
        assertEquals(0, jumpGain(0, landscapes).mean());
        assertAbove(gainAtK9, jumpGain(2, landscapes));
    }

    @Test
    void searchFindsTheOnePeakOfASmoothLandscapeAndLessOftenTheHighestOfARuggedOne() {
        for (Interaction interaction : Interaction.values()) {
            pattern = interaction;
            reproduce(20);
        }
    }

    @Test
    @Tag("statistics")
    void levinthal1997() {
        for (Interaction interaction : Interaction.values()) {
            pattern = interaction;
            levinthal1997WithThePattern();
        }
    }

    private static void levinthal1997WithThePattern() {
        reproduce(100);
        Sample k5 = share(5, 0.1, 100);
        assertAbove(share(2, 0.1, 100), k5);
        Sample k9 = share(9, 0.1, 100);
        assertAbove(k5, k9);
        assertTrue(k9.mean() + MARGIN * k9.standardError() < 0.05, k9::toString);
        assertAbove(forms(5, 100), forms(2, 100));
        assertAbove(forms(9, 100), forms(5, 100));
        assertAbove(jumpGain(5, 100), jumpGain(2, 100));
    }

    @Test
    void aRunIsTheLandscapeThenThePopulationFromTheSeed() {
        LevinthalParameters parameters = LevinthalParameters.of(8, 3)
                .withInteraction(Interaction.RANDOM)
                .withSearchers(7)
                .withPeriods(5)
                .withSearch(Search.of(SearchRule.BEST_IMPROVEMENT, 0.2, 0.01));
        LevinthalOutcome outcome = Levinthal.experiment().run(parameters, 42);
        RandomGenerator random = Seeds.random(42);
        Landscape landscape = Landscape.of(8, 3, Interaction.RANDOM, random);
        Population population = parameters.search().run(landscape, 7, 5, random);
        FitnessTable table = landscape.table().orElseThrow();
        assertEquals(new LevinthalOutcome(table.localOptimumCount(), table.globalMaximum(), population), outcome);
        assertEquals(population.distinctForms(), outcome.distinctForms());
        assertEquals(population.distinctForms().get(5), outcome.finalDistinctForms());
        assertEquals(population.meanFitness(), outcome.meanFitness());
        assertEquals(population.meanRank().orElseThrow(), outcome.meanRank());
        assertEquals(population.shareAtGlobalPeak().orElseThrow(), outcome.shareAtGlobalPeak());
        assertEquals(outcome, Levinthal.experiment().run(parameters, 42));
        assertNotEquals(outcome, Levinthal.experiment().run(parameters, 43));
    }

    @Test
    void levinthalsSettingIsTheDefault() {
        LevinthalParameters parameters = LevinthalParameters.of(10, 4);
        assertEquals(
                new LevinthalParameters(
                        10, 4, Interaction.ADJACENT, 100, 50, Search.of(SearchRule.FIRST_IMPROVEMENT, 0, 0)),
                parameters);
        assertEquals(1, LevinthalParameters.of(1, 0).n());
        assertEquals(19, LevinthalParameters.of(20, 19).k());
        assertEquals(0, parameters.withPeriods(0).periods());
        assertEquals(1, parameters.withSearchers(1).searchers());
    }

    @Test
    void badParametersAreRejectedWithTheFieldTheRuleAndTheValue() {
        LevinthalParameters parameters = LevinthalParameters.of(10, 4);
        assertMessage("N must be in [1, 20]: 0", () -> LevinthalParameters.of(0, 0));
        assertMessage("N must be in [1, 20]: 21", () -> LevinthalParameters.of(21, 0));
        assertMessage("K must be in [0, N-1]: 10", () -> LevinthalParameters.of(10, 10));
        assertMessage("K must be in [0, N-1]: -1", () -> LevinthalParameters.of(10, -1));
        assertMessage("interaction is null", () -> parameters.withInteraction(null));
        assertMessage("searchers must be positive: 0", () -> parameters.withSearchers(0));
        assertMessage("periods must not be negative: -1", () -> parameters.withPeriods(-1));
        assertMessage("search is null", () -> parameters.withSearch(null));
        assertMessage("parameters is null", () -> Levinthal.experiment().run(null, 1));
        assertMessage("population is null", () -> new LevinthalOutcome(1, 0.5, null));
    }
}
