package io.github.custdev.simulation.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LandscapeProperties {

    @Property(tries = 200)
    void kZeroHasExactlyOneLocalOptimum(
            @ForAll @IntRange(min = 1, max = 12) int n, @ForAll Interaction interaction, @ForAll long seed) {
        Landscape landscape = Landscape.of(n, 0, interaction, new SplittableRandom(seed));
        FitnessTable table = landscape.table().orElseThrow();
        assertEquals(1, table.localOptimumCount());
        assertEquals(table.globalOptimum(), table.localOptima()[0]);
    }

    @Property(tries = 50)
    void theFastTableEqualsTheSumOfContributions(
            @ForAll @IntRange(min = 1, max = 9) int n,
            @ForAll @IntRange(min = 0, max = 8) int k,
            @ForAll Interaction interaction,
            @ForAll long seed) {
        Landscape landscape = Landscape.of(n, Math.min(k, n - 1), interaction, new SplittableRandom(seed));
        FitnessTable table = landscape.table().orElseThrow();
        for (long x = 0; x < 1L << n; x++) {
            assertEquals(landscape.sum(x), table.score(x));
            assertEquals(Reference.isLocalOptimum(landscape, x), table.isLocalOptimum(x));
        }
    }

    @Property(tries = 50)
    void steepestAscentOnKZeroWalksOnceAcrossEveryWrongBit(
            @ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed, @ForAll long start) {
        Landscape landscape = Landscape.of(n, 0, Interaction.ADJACENT, new SplittableRandom(seed));
        long position = start & landscape.mask();
        long peak = landscape.table().orElseThrow().globalOptimum();
        assertEquals(Long.bitCount(position ^ peak), LandscapeStatistics.walkLength(landscape, position));
    }
}
