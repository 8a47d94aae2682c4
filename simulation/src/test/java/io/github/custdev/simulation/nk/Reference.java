package io.github.custdev.simulation.nk;

import io.github.custdev.simulation.Seeds;
import java.util.SplittableRandom;

/** Independent recomputations of the landscape's definitions, written from the Javadoc, for the tests to compare. */
final class Reference {

    private Reference() {}

    /** The contribution seed of an ADJACENT landscape built from {@code new SplittableRandom(seed)}: its first draw. */
    static long adjacentContributionSeed(long seed) {
        return new SplittableRandom(seed).nextLong();
    }

    /** c_i(x) from the formula: the bits of x in M_i, lowest first, hashed twice with SplitMix64. */
    static double contribution(long contributionSeed, int choice, long inputs, long position) {
        long pattern = 0;
        int next = 0;
        for (int bit = 0; bit < 64; bit++) {
            if ((inputs >>> bit & 1) == 1) {
                pattern += ((position >>> bit) & 1) << next;
                next++;
            }
        }
        long hash = Seeds.splitMix(Seeds.splitMix(contributionSeed, choice), pattern);
        return (hash >>> 11) / 9007199254740992.0;
    }

    /** F(x) as the mean of the landscape's own contributions. */
    static double fitness(Landscape landscape, long position) {
        double sum = 0;
        for (int i = 0; i < landscape.n(); i++) {
            sum += landscape.contribution(i, position);
        }
        return sum / landscape.n();
    }

    /** Whether no one-bit neighbour is fitter, by looking at all of them. */
    static boolean isLocalOptimum(Landscape landscape, long position) {
        for (int j = 0; j < landscape.n(); j++) {
            if (landscape.fitness(position ^ (1L << j)) > landscape.fitness(position)) {
                return false;
            }
        }
        return true;
    }

    /** 1 + the number of positions strictly fitter, by a scan. */
    static int rank(Landscape landscape, long position) {
        int rank = 1;
        for (long y = 0; y < 1L << landscape.n(); y++) {
            if (landscape.fitness(y) > landscape.fitness(position)) {
                rank++;
            }
        }
        return rank;
    }
}
