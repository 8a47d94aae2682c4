package io.github.custdev.simulation.nk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LandscapeTests {

    private static Landscape adjacent(int n, int k, long seed) {
        return Landscape.of(n, k, Interaction.ADJACENT, new SplittableRandom(seed));
    }

    private static FitnessTable table(Landscape landscape) {
        return landscape.table().get();
    }

    @Test
    void anUntabulatedLandscapeIsTheSameLandscapeWithoutItsTable() {
        for (Interaction interaction : Interaction.values()) {
            Landscape tabulated = Landscape.of(10, 3, interaction, new SplittableRandom(42));
            Landscape untabulated = Landscape.untabulated(10, 3, interaction, new SplittableRandom(42));
            assertTrue(tabulated.table().isDefined());
            assertTrue(untabulated.table().isEmpty());
            for (long position = 0; position < 1024; position++) {
                assertEquals(tabulated.fitness(position), untabulated.fitness(position));
                assertEquals(tabulated.isLocalOptimum(position), untabulated.isLocalOptimum(position));
            }
            for (int choice = 0; choice < 10; choice++) {
                assertEquals(tabulated.dependencies(choice), untabulated.dependencies(choice));
            }
        }
        assertEquals(
                "K must be in [0, N-1]: 4",
                assertThrows(
                                InvalidValueException.class,
                                () -> Landscape.untabulated(4, 4, Interaction.RANDOM, new SplittableRandom(1)))
                        .getMessage());
    }

    @Test
    void contributionsFollowTheFormulaFromTheSeedAndTheInputBits() {
        Landscape landscape = adjacent(7, 3, 11);
        long seed = Reference.adjacentContributionSeed(11);
        for (int i = 0; i < 7; i++) {
            long inputs = 1L << i | 1L << (i + 1) % 7 | 1L << (i + 2) % 7 | 1L << (i + 3) % 7;
            assertEquals(inputs, landscape.dependencies(i) | 1L << i);
            for (long x = 0; x < 128; x++) {
                assertEquals(Reference.contribution(seed, i, inputs, x), landscape.contribution(i, x));
            }
        }
    }

    @Test
    void onDemandContributionsFollowTheFormulaAtTheLargestKAndN() {
        Landscape landscape = adjacent(63, 62, 5);
        long seed = Reference.adjacentContributionSeed(5);
        long position = 0x5DEECE66DL * 0x123456789L & Long.MAX_VALUE;
        assertEquals(Reference.contribution(seed, 62, Long.MAX_VALUE, position), landscape.contribution(62, position));
        assertEquals(Reference.fitness(landscape, position), landscape.fitness(position), 1e-12);
        assertEquals(Reference.fitness(landscape, Long.MAX_VALUE), landscape.fitness(Long.MAX_VALUE), 1e-12);
    }

    @Test
    void adjacentDependenciesAreTheKFollowingChoicesCyclically() {
        Landscape landscape = adjacent(5, 2, 1);
        assertEquals(0b00110, landscape.dependencies(0));
        assertEquals(0b10001, landscape.dependencies(3));
        assertEquals(0b00011, landscape.dependencies(4));
        assertEquals(2, landscape.k());
        assertEquals(Interaction.ADJACENT, landscape.interaction());
        assertEquals(0, adjacent(5, 0, 1).dependencies(2));
    }

    @Test
    void randomDependenciesAreKDistinctOthers() {
        for (int k = 0; k < 9; k++) {
            Landscape landscape = Landscape.of(9, k, Interaction.RANDOM, new SplittableRandom(k));
            for (int i = 0; i < 9; i++) {
                assertEquals(k, Long.bitCount(landscape.dependencies(i)));
                assertEquals(0, landscape.dependencies(i) >>> i & 1);
                assertEquals(0, landscape.dependencies(i) >>> 9);
            }
        }
    }

    @Test
    void randomDependenciesFollowThePartialFisherYatesShuffle() {
        Landscape landscape = Landscape.of(6, 2, Interaction.RANDOM, new SplittableRandom(3));
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 6; i++) {
            List<Integer> others = new ArrayList<>();
            for (int j = 0; j < 6; j++) {
                if (j != i) {
                    others.add(j);
                }
            }
            long mask = 0;
            for (int m = 0; m < 2; m++) {
                int pick = m + random.nextInt(5 - m);
                int chosen = others.get(pick);
                others.set(pick, others.get(m));
                others.set(m, chosen);
                mask |= 1L << chosen;
            }
            assertEquals(mask, landscape.dependencies(i));
        }
        long contributionSeed = random.nextLong();
        for (long x = 0; x < 64; x++) {
            long inputs = landscape.dependencies(5) | 1L << 5;
            assertEquals(Reference.contribution(contributionSeed, 5, inputs, x), landscape.contribution(5, x));
        }
    }

    @Test
    void kZeroGivesTheSameLandscapeUnderBothInteractions() {
        Landscape adjacent = adjacent(8, 0, 9);
        Landscape random = Landscape.of(8, 0, Interaction.RANDOM, new SplittableRandom(9));
        for (long x = 0; x < 256; x++) {
            assertEquals(adjacent.fitness(x), random.fitness(x));
        }
        assertEquals(Interaction.RANDOM, random.interaction());
        assertEquals(8, random.n());
        assertEquals(0, random.k());
    }

    @Test
    void theSameSeedGivesTheSameLandscapeAndAnotherSeedAnother() {
        Landscape one = adjacent(9, 4, 21);
        Landscape again = adjacent(9, 4, 21);
        Landscape other = adjacent(9, 4, 22);
        for (long x = 0; x < 512; x++) {
            assertEquals(one.fitness(x), again.fitness(x));
            assertNotEquals(one.fitness(x), other.fitness(x));
        }
    }

    @Test
    void theTableHoldsTheMeanOfTheContributions() {
        for (Interaction interaction : Interaction.values()) {
            Landscape landscape = Landscape.of(9, 4, interaction, new SplittableRandom(2));
            for (long x = 0; x < 512; x++) {
                assertEquals(landscape.sum(x), table(landscape).score(x));
                assertEquals(Reference.fitness(landscape, x), landscape.fitness(x), 1e-15);
                assertEquals(landscape.fitness(x), table(landscape).fitness(x));
            }
        }
    }

    @Test
    void localOptimaAndTheGlobalOptimumMatchAScan() {
        Landscape landscape = adjacent(10, 6, 4);
        FitnessTable table = table(landscape);
        List<Long> optima = new ArrayList<>();
        long best = 0;
        for (long x = 0; x < 1024; x++) {
            if (Reference.isLocalOptimum(landscape, x)) {
                optima.add(x);
            }
            assertEquals(Reference.isLocalOptimum(landscape, x), table.isLocalOptimum(x));
            assertEquals(Reference.isLocalOptimum(landscape, x), landscape.isLocalOptimum(x));
            best = landscape.fitness(x) > landscape.fitness(best) ? x : best;
        }
        assertArrayEquals(optima.stream().mapToLong(Long::longValue).toArray(), table.localOptima());
        assertEquals(optima.size(), table.localOptimumCount());
        assertEquals(best, table.globalOptimum());
        assertEquals(landscape.fitness(best), table.globalMaximum());
        assertEquals(1, table.rank(best));
    }

    @Test
    void ranksCountTheFitterPositions() {
        Landscape landscape = adjacent(8, 3, 8);
        FitnessTable table = table(landscape);
        long[] positions = {0, 1, 77, 128, 200, 255, 77};
        int[] ranks = table.ranks(positions);
        for (int s = 0; s < positions.length; s++) {
            assertEquals(Reference.rank(landscape, positions[s]), ranks[s]);
            assertEquals(ranks[s], table.rank(positions[s]));
        }
        long worst = 0;
        for (long x = 0; x < 256; x++) {
            worst = landscape.fitness(x) < landscape.fitness(worst) ? x : worst;
        }
        assertEquals(256, table.rank(worst));
    }

    @Test
    void oneChoiceHasTwoPositionsAndOnePeak() {
        Landscape landscape = adjacent(1, 0, 3);
        FitnessTable table = table(landscape);
        assertEquals(1, table.localOptimumCount());
        long peak = table.globalOptimum();
        assertTrue(landscape.fitness(peak) > landscape.fitness(1 - peak));
        assertArrayEquals(new long[] {peak}, table.localOptima());
        assertEquals(2, table.rank(1 - peak));
    }

    @Test
    void twentyChoicesAreTabulatedAndTwentyOneAreComputedOnDemand() {
        // How fast the table is built is measured in JMH (LandscapeBenchmark, budget row 6c), not here.
        Landscape twenty = Landscape.of(20, 19, Interaction.RANDOM, new SplittableRandom(1));
        FitnessTable table = table(twenty);
        long x = 0xABCDE;
        assertEquals(twenty.sum(x), table.score(x));
        assertTrue(Reference.isLocalOptimum(twenty, table.globalOptimum()));
        Landscape twentyOne = adjacent(21, 3, 1);
        assertTrue(twentyOne.table().isEmpty());
        assertEquals(Reference.fitness(twentyOne, 0x1FFFFF), twentyOne.fitness(0x1FFFFF), 1e-15);
        long peak = 0;
        while (twentyOne.bestNeighbour(peak) != peak) {
            peak = twentyOne.bestNeighbour(peak);
        }
        assertTrue(twentyOne.isLocalOptimum(peak));
        assertEquals(Reference.isLocalOptimum(twentyOne, 5), twentyOne.isLocalOptimum(5));
    }

    @Test
    void badArgumentsAreRejectedWithTheFieldTheRuleAndTheValue() {
        RandomGenerator random = new SplittableRandom(1);
        assertMessage("N must be in [1, 63]: 0", () -> Landscape.of(0, 0, Interaction.ADJACENT, random));
        assertMessage("N must be in [1, 63]: 64", () -> Landscape.of(64, 0, Interaction.ADJACENT, random));
        assertMessage("K must be in [0, N-1]: -1", () -> Landscape.of(5, -1, Interaction.ADJACENT, random));
        assertMessage("K must be in [0, N-1]: 5", () -> Landscape.of(5, 5, Interaction.RANDOM, random));
        assertMessage("interaction is null", () -> Landscape.of(5, 1, null, random));
        assertMessage("random is null", () -> Landscape.of(5, 1, Interaction.ADJACENT, null));
        Landscape landscape = adjacent(5, 1, 1);
        assertMessage("position must be in [0, 2^N - 1]: 32", () -> landscape.fitness(32));
        assertMessage("position must be in [0, 2^N - 1]: -1", () -> landscape.fitness(-1));
        assertMessage("position must be in [0, 2^N - 1]: 32", () -> landscape.isLocalOptimum(32));
        assertMessage("position must be in [0, 2^N - 1]: 32", () -> landscape.contribution(0, 32));
        assertMessage(
                "position must be in [0, 2^N - 1]: 32", () -> table(landscape).fitness(32));
        assertMessage(
                "position must be in [0, 2^N - 1]: 32", () -> table(landscape).rank(32));
        assertMessage(
                "position must be in [0, 2^N - 1]: 32", () -> table(landscape).isLocalOptimum(32));
        assertMessage("choice must be in [0, N-1]: 5", () -> landscape.contribution(5, 0));
        assertMessage("choice must be in [0, N-1]: -1", () -> landscape.dependencies(-1));
        assertMessage("choice must be in [0, N-1]: 5", () -> landscape.dependencies(5));
        assertTrue(landscape.fitness(31) >= 0);
        assertEquals(Long.MAX_VALUE, adjacent(63, 0, 1).checkPosition(Long.MAX_VALUE));
    }

    static void assertMessage(String message, Executable call) {
        assertEquals(message, assertThrows(InvalidValueException.class, call).getMessage());
    }
}
