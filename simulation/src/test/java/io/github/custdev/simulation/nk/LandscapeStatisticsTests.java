package io.github.custdev.simulation.nk;

import static io.github.custdev.simulation.nk.LandscapeTests.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kauffman's (1993) facts about NK landscapes, each checked against its closed form within three standard errors of the
 * mean over landscapes (sample sd / sqrt(landscapes)): 2^N / (N+1) local optima for K = N-1 (each position and its N
 * neighbours have independent fitness, so it is the best of N+1 with probability 1/(N+1)), and the neighbour
 * correlation.
 */
class LandscapeStatisticsTests {

    private static final double MARGIN = 3;

    private static void assertNear(double expected, Sample sample) {
        assertTrue(
                Math.abs(sample.mean() - expected) < MARGIN * sample.standardError(),
                () -> sample + " should be within " + MARGIN + " standard errors of " + expected);
    }

    private static Sample localOptima(int n, Interaction interaction, int landscapes) {
        return Sample.of(
                landscapes,
                r -> Landscape.of(n, n - 1, interaction, new SplittableRandom(r))
                        .table()
                        .orElseThrow()
                        .localOptimumCount());
    }

    /** The expected correlation within one landscape: 1 - (K+1)/N * T/(T-1) with T = 2^(K+1), see the Javadoc. */
    private static double withinLandscape(int n, int k) {
        double table = Math.pow(2, k + 1);
        return 1 - (k + 1.0) / n * table / (table - 1);
    }

    private static Sample correlation(int n, int k, Interaction interaction, int landscapes) {
        return Sample.of(landscapes, r -> {
            SplittableRandom random = new SplittableRandom(r);
            return LandscapeStatistics.of(Landscape.of(n, k, interaction, random), 2000, random)
                    .neighbourCorrelation();
        });
    }

    @Test
    void fullyConnectedLandscapesHaveTwoToTheNOverNPlusOneLocalOptima() {
        assertNear(256 / 9.0, localOptima(8, Interaction.ADJACENT, 60));
    }

    @Test
    void neighbourCorrelationIsOneMinusKPlusOneOverN() {
        assertNear(withinLandscape(10, 3), correlation(10, 3, Interaction.ADJACENT, 20));
        assertNear(withinLandscape(10, 3), correlation(10, 3, Interaction.RANDOM, 20));
    }

    @Test
    @Tag("statistics")
    void kauffman1993() {
        assertNear(1024 / 11.0, localOptima(10, Interaction.ADJACENT, 200));
        assertNear(1024 / 11.0, localOptima(10, Interaction.RANDOM, 200));
        for (int k = 0; k < 10; k += 3) {
            assertNear(withinLandscape(10, k), correlation(10, k, Interaction.ADJACENT, 100));
        }
        assertNear(withinLandscape(30, 7), correlation(30, 7, Interaction.ADJACENT, 30));
    }

    @Test
    void walksOnASmoothLandscapeCrossHalfTheBits() {
        Sample walks = Sample.of(30, r -> {
            SplittableRandom random = new SplittableRandom(r);
            return LandscapeStatistics.of(Landscape.of(12, 0, Interaction.ADJACENT, random), 50, random)
                    .meanWalkLength();
        });
        assertNear(6, walks);
    }

    @Test
    void statisticsFollowTheDocumentedDraws() {
        Landscape landscape = Landscape.of(6, 2, Interaction.ADJACENT, new SplittableRandom(1));
        LandscapeStatistics statistics = LandscapeStatistics.of(landscape, 5, new SplittableRandom(2));
        SplittableRandom random = new SplittableRandom(2);
        double walks = 0;
        for (int s = 0; s < 5; s++) {
            walks += LandscapeStatistics.walkLength(landscape, random.nextLong() & 63);
        }
        assertEquals(walks / 5, statistics.meanWalkLength());
        double[] a = new double[5];
        double[] b = new double[5];
        for (int s = 0; s < 5; s++) {
            long x = random.nextLong() & 63;
            a[s] = landscape.fitness(x);
            b[s] = landscape.fitness(x ^ 1L << random.nextInt(6));
        }
        double mean = 0;
        for (int s = 0; s < 5; s++) {
            mean += (a[s] + b[s]) / 10;
        }
        double product = 0;
        double squares = 0;
        for (int s = 0; s < 5; s++) {
            product += (a[s] - mean) * (b[s] - mean);
            squares += ((a[s] - mean) * (a[s] - mean) + (b[s] - mean) * (b[s] - mean)) / 2;
        }
        assertEquals(product / squares, statistics.neighbourCorrelation(), 1e-12);
        assertEquals(
                OptionalInt.of(landscape.table().orElseThrow().localOptimumCount()), statistics.localOptimumCount());
    }

    @Test
    void edgeCasesGiveNumbers() {
        Landscape one = Landscape.of(1, 0, Interaction.ADJACENT, new SplittableRandom(1));
        LandscapeStatistics single = LandscapeStatistics.of(one, 1, new SplittableRandom(3));
        assertEquals(-1, single.neighbourCorrelation(), 1e-12);
        LandscapeStatistics wide = LandscapeStatistics.of(
                Landscape.of(21, 20, Interaction.RANDOM, new SplittableRandom(1)), 3, new SplittableRandom(3));
        assertEquals(OptionalInt.empty(), wide.localOptimumCount());
        assertTrue(wide.meanWalkLength() >= 0);
        assertEquals(1, new LandscapeStatistics(OptionalInt.empty(), 0, 1).neighbourCorrelation());
    }

    @Test
    void badArgumentsAreRejectedWithTheFieldTheRuleAndTheValue() {
        Landscape landscape = Landscape.of(3, 1, Interaction.ADJACENT, new SplittableRandom(1));
        SplittableRandom random = new SplittableRandom(1);
        assertMessage("landscape is null", () -> LandscapeStatistics.of(null, 1, random));
        assertMessage("samples must be positive: 0", () -> LandscapeStatistics.of(landscape, 0, random));
        assertMessage("random is null", () -> LandscapeStatistics.of(landscape, 1, null));
        assertMessage("localOptimumCount is null", () -> new LandscapeStatistics(null, 0, 0));
    }
}
