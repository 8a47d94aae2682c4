package io.github.custdev.simulation.nk;

import static io.github.custdev.simulation.nk.LandscapeTests.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTests {

    private static Landscape landscape(int n, int k, long seed) {
        return Landscape.of(n, k, Interaction.ADJACENT, new SplittableRandom(seed));
    }

    @ParameterizedTest
    @CsvSource({
        "FIRST_IMPROVEMENT, 0, 0, 8, 3",
        "BEST_IMPROVEMENT, 0, 0, 8, 3",
        "FIRST_IMPROVEMENT, 0.3, 0, 8, 7",
        "BEST_IMPROVEMENT, 0.3, 0, 8, 7",
        "FIRST_IMPROVEMENT, 1, 0, 8, 5",
        "FIRST_IMPROVEMENT, 0, 0.05, 8, 3",
        "BEST_IMPROVEMENT, 0.2, 0.1, 8, 3",
        "FIRST_IMPROVEMENT, 0.1, 0.02, 1, 0",
        "BEST_IMPROVEMENT, 0.1, 0, 21, 4",
        "FIRST_IMPROVEMENT, 0, 0.01, 21, 20",
    })
    void followsTheDocumentedRulesAndDraws(SearchRule rule, double jump, double noise, int n, int k) {
        for (long seed = 0; seed < 3; seed++) {
            Landscape landscape = landscape(n, k, seed);
            Search search = Search.of(rule, jump, noise);
            Population population = search.run(landscape, 30, 25, new SplittableRandom(seed + 100));
            ReferenceSearch expected = new ReferenceSearch(landscape, search, 30, 25, new SplittableRandom(seed + 100));
            for (int s = 0; s < 30; s++) {
                assertEquals(expected.positions[s], population.position(s));
                assertEquals(expected.steps[s], population.steps(s));
                assertEquals(expected.lastMoves[s], population.periodsToFinal(s));
                assertEquals(landscape.fitness(expected.positions[s]), population.fitness(s));
                assertEquals(landscape.isLocalOptimum(expected.positions[s]), population.onLocalPeak(s));
            }
            assertArrayEquals(expected.distinct, population.distinctForms().toArray());
        }
    }

    @Test
    void onASmoothLandscapeEverySearcherClimbsStraightToThePeak() {
        for (SearchRule rule : SearchRule.values()) {
            Landscape landscape = landscape(10, 0, 7);
            long peak = landscape.table().orElseThrow().globalOptimum();
            Population population = Search.local(rule).run(landscape, 50, 10, new SplittableRandom(1));
            SplittableRandom starts = new SplittableRandom(1);
            for (int s = 0; s < 50; s++) {
                int distance = Long.bitCount(starts.nextLong() & 1023 ^ peak);
                assertEquals(peak, population.position(s));
                assertEquals(distance, population.steps(s));
                assertEquals(distance, population.periodsToFinal(s));
                assertTrue(population.onLocalPeak(s));
                assertEquals(OptionalInt.of(1), population.rank(s));
            }
            assertEquals(OptionalDouble.of(1), population.shareAtGlobalPeak());
            assertEquals(OptionalDouble.of(1), population.meanRank());
            assertEquals(1, population.shareOnLocalPeak());
            assertEquals(landscape.fitness(peak), population.meanFitness(), 1e-15);
            assertEquals(1, population.distinctForms().get(10));
        }
    }

    @Test
    void ranksAndSharesDescribeTheFinalPositions() {
        Landscape landscape = landscape(8, 7, 3);
        FitnessTable table = landscape.table().orElseThrow();
        Population population =
                Search.local(SearchRule.FIRST_IMPROVEMENT).run(landscape, 40, 3, new SplittableRandom(2));
        double rankSum = 0;
        int atPeak = 0;
        int onLocal = 0;
        double fitness = 0;
        for (int s = 0; s < 40; s++) {
            int rank = table.rank(population.position(s));
            assertEquals(OptionalInt.of(rank), population.rank(s));
            rankSum += rank;
            atPeak += rank == 1 ? 1 : 0;
            onLocal += table.isLocalOptimum(population.position(s)) ? 1 : 0;
            fitness += population.fitness(s);
        }
        assertEquals(rankSum / 40, population.meanRank().orElseThrow(), 1e-12);
        assertEquals(atPeak / 40.0, population.shareAtGlobalPeak().orElseThrow(), 1e-12);
        assertEquals(onLocal / 40.0, population.shareOnLocalPeak(), 1e-12);
        assertTrue(onLocal < 40, "three periods leave some searchers below a peak");
        assertEquals(fitness / 40, population.meanFitness(), 1e-12);
        assertEquals(40, population.size());
        assertEquals(3, population.periods());
    }

    @Test
    void withoutATableThereAreNoRanks() {
        Population population =
                Search.local(SearchRule.BEST_IMPROVEMENT).run(landscape(21, 2, 1), 5, 2, new SplittableRandom(1));
        assertEquals(OptionalInt.empty(), population.rank(0));
        assertEquals(OptionalDouble.empty(), population.shareAtGlobalPeak());
        assertEquals(OptionalDouble.empty(), population.meanRank());
    }

    @Test
    void zeroPeriodsLeaveTheRandomStarts() {
        Population population =
                Search.local(SearchRule.FIRST_IMPROVEMENT).run(landscape(6, 2, 1), 4, 0, new SplittableRandom(5));
        SplittableRandom starts = new SplittableRandom(5);
        for (int s = 0; s < 4; s++) {
            assertEquals(starts.nextLong() & 63, population.position(s));
            assertEquals(0, population.steps(s));
            assertEquals(0, population.periodsToFinal(s));
        }
        assertEquals(0, population.periods());
        assertEquals(1, population.distinctForms().size());
    }

    @Test
    void theSameSeedGivesTheSamePopulationAndAnotherSeedAnother() {
        Landscape landscape = landscape(10, 5, 1);
        Search search = Search.of(SearchRule.FIRST_IMPROVEMENT, 0.1, 0.01);
        Population one = search.run(landscape, 20, 10, new SplittableRandom(3));
        Population again = search.run(landscape, 20, 10, new SplittableRandom(3));
        Population other = search.run(landscape, 20, 10, new SplittableRandom(4));
        assertEquals(one, again);
        assertEquals(one.hashCode(), again.hashCode());
        assertEquals(
                "Population[size=20, periods=10, meanFitness=" + one.meanFitness() + ", distinctForms="
                        + one.distinctForms() + "]",
                one.toString());
        assertNotEquals(one.hashCode(), other.hashCode());
        assertNotEquals(one, other);
        assertNotEquals(one, (Object) "population");
    }

    @Test
    void withersChangeOneField() {
        Search search = Search.local(SearchRule.BEST_IMPROVEMENT);
        assertEquals(Search.of(SearchRule.BEST_IMPROVEMENT, 0, 0), search);
        assertEquals(Search.of(SearchRule.BEST_IMPROVEMENT, 0.25, 0), search.withLongJumpProbability(0.25));
        assertEquals(Search.of(SearchRule.BEST_IMPROVEMENT, 0, 0.5), search.withNoise(0.5));
        assertEquals(
                Search.of(SearchRule.BEST_IMPROVEMENT, 1, 1),
                search.withLongJumpProbability(1).withNoise(1));
    }

    @Test
    void badArgumentsAreRejectedWithTheFieldTheRuleAndTheValue() {
        Search search = Search.local(SearchRule.FIRST_IMPROVEMENT);
        Landscape landscape = landscape(4, 1, 1);
        RandomGenerator random = new SplittableRandom(1);
        assertMessage("rule is null", () -> Search.local(null));
        assertMessage("longJumpProbability must be in [0, 1]: -0.1", () -> search.withLongJumpProbability(-0.1));
        assertMessage("longJumpProbability must be in [0, 1]: 1.01", () -> search.withLongJumpProbability(1.01));
        assertMessage("longJumpProbability must be in [0, 1]: NaN", () -> search.withLongJumpProbability(Double.NaN));
        assertMessage("noise must be in [0, 1]: -1.0E-9", () -> search.withNoise(-1e-9));
        assertMessage("noise must be in [0, 1]: 1.5", () -> search.withNoise(1.5));
        assertMessage("noise must be in [0, 1]: NaN", () -> search.withNoise(Double.NaN));
        assertMessage("landscape is null", () -> search.run(null, 1, 1, random));
        assertMessage("searchers must be positive: 0", () -> search.run(landscape, 0, 1, random));
        assertMessage("periods must not be negative: -1", () -> search.run(landscape, 1, -1, random));
        assertMessage("random is null", () -> search.run(landscape, 1, 1, null));
        Population population = search.run(landscape, 3, 1, random);
        assertMessage("searcher must be in [0, size - 1]: 3", () -> population.position(3));
        assertMessage("searcher must be in [0, size - 1]: -1", () -> population.fitness(-1));
        assertMessage("searcher must be in [0, size - 1]: 3", () -> population.steps(3));
        assertMessage("searcher must be in [0, size - 1]: 3", () -> population.periodsToFinal(3));
        assertMessage("searcher must be in [0, size - 1]: 3", () -> population.onLocalPeak(3));
        assertMessage("searcher must be in [0, size - 1]: 3", () -> population.rank(3));
        assertMessage(
                "index must be in [0, size - 1]: 2",
                () -> population.distinctForms().get(2));
        assertMessage("values is null", () -> IntSequence.of((int[]) null));
    }

    @Test
    void intSequencesAreValues() {
        int[] values = {3, 1, 2};
        IntSequence sequence = IntSequence.of(values);
        values[0] = 9;
        assertEquals(3, sequence.get(0));
        assertEquals(2, sequence.get(2));
        sequence.toArray()[1] = 9;
        assertArrayEquals(new int[] {3, 1, 2}, sequence.toArray());
        assertEquals(6, sequence.stream().sum());
        assertEquals(IntSequence.of(3, 1, 2), sequence);
        assertEquals(IntSequence.of(3, 1, 2).hashCode(), sequence.hashCode());
        assertNotEquals(IntSequence.of(3, 1), sequence);
        assertNotEquals(sequence, (Object) "[3, 1, 2]");
        assertEquals("[3, 1, 2]", sequence.toString());
    }
}
