package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The fitness of every position of a {@link Landscape} with N &lt;= {@value Landscape#MAX_TABULATED_CHOICES}, with its
 * global optimum and its local optima. Immutable and thread-safe.
 *
 * <p>The table holds the exact sum of the N contributions of each position as a {@code long} in units of 2^-53 (8 bytes
 * a position, 8 MB at N = 20), not a {@code float} or {@code double} fitness: a {@code float} would tie positions
 * whose fitness differs in the eighth digit, and any floating sum depends on the order of its terms, while the integer
 * sum makes ranks, ties and local optima exact. It is filled in Gray-code order: from one position to the next a single
 * bit {@code j} changes, and only the K+1 contributions (on average) that depend on bit {@code j} are recomputed, so
 * the build costs about (K+1) 2^N hashes instead of N 2^N. The local optima are found in one pass over the table and
 * kept as a bit set (2^N / 8 bytes).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FitnessTable {

    private final Landscape landscape;
    private final long[] scores;
    private final long[] peaks;
    private final int peakCount;
    private final long globalOptimum;

    private FitnessTable(Landscape landscape, long[] scores) {
        this.landscape = landscape;
        this.scores = scores;
        this.peaks = new long[Math.max(1, scores.length >>> 6)];
        int count = 0;
        int best = 0;
        for (int x = 0; x < scores.length; x++) {
            if (hasNoBetterNeighbour(x, landscape.n())) {
                peaks[x >>> 6] |= 1L << x;
                count++;
            }
            if (scores[x] > scores[best]) {
                best = x;
            }
        }
        this.peakCount = count;
        this.globalOptimum = best;
    }

    static FitnessTable of(Landscape landscape) {
        return new FitnessTable(landscape, grayCodeScores(landscape));
    }

    /**
     * The fitness of a position.
     *
     * @param position the position, in [0, 2^N - 1]
     * @return the fitness, the same value as {@link Landscape#fitness(long)}
     * @throws InvalidValueException if the position is out of range
     */
    public double fitness(long position) {
        return landscape.toFitness(score(landscape.checkPosition(position)));
    }

    /**
     * The position with the highest fitness; the lowest such position if several tie.
     *
     * @return the global optimum
     */
    public long globalOptimum() {
        return globalOptimum;
    }

    /**
     * The highest fitness of the landscape.
     *
     * @return the fitness of {@link #globalOptimum()}
     */
    public double globalMaximum() {
        return fitness(globalOptimum);
    }

    /**
     * The number of local optima: positions with no one-bit neighbour of higher fitness. About 2^N / (N+1) for K = N-1
     * (Kauffman 1993), exactly 1 for K = 0 (barring ties, which have probability 2^-53).
     *
     * @return the number of local optima, at least 1
     */
    public int localOptimumCount() {
        return peakCount;
    }

    /**
     * The local optima.
     *
     * @return a new array of the positions of the local optima, in increasing order
     */
    public long[] localOptima() {
        long[] optima = new long[peakCount];
        int next = 0;
        for (int word = 0; word < peaks.length; word++) {
            for (long bits = peaks[word]; bits != 0; bits &= bits - 1) {
                optima[next++] = ((long) word << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return optima;
    }

    /**
     * Whether a position is a local optimum.
     *
     * @param position the position, in [0, 2^N - 1]
     * @return true if no one-bit neighbour has a higher fitness
     * @throws InvalidValueException if the position is out of range
     */
    public boolean isLocalOptimum(long position) {
        return isPeak(landscape.checkPosition(position));
    }

    /** Whether a position is a local optimum, unchecked. */
    boolean isPeak(long position) {
        return (peaks[(int) (position >>> 6)] & 1L << position) != 0;
    }

    /**
     * The rank of a position by fitness: 1 plus the number of positions with a strictly higher fitness, so the global
     * optimum has rank 1 and tied positions share a rank. Costs one pass over the table.
     *
     * @param position the position, in [0, 2^N - 1]
     * @return the rank, in [1, 2^N]
     * @throws InvalidValueException if the position is out of range
     */
    public int rank(long position) {
        return ranks(new long[] {landscape.checkPosition(position)})[0];
    }

    /** The exact sum of contributions of a position, unchecked. */
    long score(long position) {
        return scores[(int) position];
    }

    /** The ranks of several positions in one pass over the table (plus a binary search per entry). */
    int[] ranks(long[] positions) {
        long[] sorted = new long[positions.length];
        for (int s = 0; s < positions.length; s++) {
            sorted[s] = scores[(int) positions[s]];
        }
        Arrays.sort(sorted);
        int[] above = new int[sorted.length + 1];
        for (long score : scores) {
            above[lessThan(sorted, score)]++;
        }
        for (int j = sorted.length - 1; j >= 0; j--) {
            above[j] += above[j + 1];
        }
        int[] ranks = new int[positions.length];
        for (int s = 0; s < positions.length; s++) {
            ranks[s] = 1 + above[lessThan(sorted, scores[(int) positions[s]]) + 1];
        }
        return ranks;
    }

    /** The number of entries of an ascending array that are strictly less than a value. */
    private static int lessThan(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private boolean hasNoBetterNeighbour(int position, int n) {
        long score = scores[position];
        for (int j = 0; j < n; j++) {
            if (scores[position ^ 1 << j] > score) {
                return false;
            }
        }
        return true;
    }

    /** The exact score of every position, visiting them in Gray-code order and updating only what a flip changes. */
    private static long[] grayCodeScores(Landscape landscape) {
        int n = landscape.n();
        long[] scores = new long[1 << n];
        int[][] readers = new int[n][];
        long[][] patternBits = new long[n][];
        indexReaders(landscape, readers, patternBits);
        long[] patterns = new long[n];
        long[] units = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            units[i] = landscape.patternUnit(i, 0);
            sum += units[i];
        }
        scores[0] = sum;
        int position = 0;
        for (int step = 1; step < scores.length; step++) {
            int bit = Integer.numberOfTrailingZeros(step);
            position ^= 1 << bit;
            int[] choices = readers[bit];
            long[] flips = patternBits[bit];
            for (int m = 0; m < choices.length; m++) {
                int i = choices[m];
                patterns[i] ^= flips[m];
                long unit = landscape.patternUnit(i, patterns[i]);
                sum += unit - units[i];
                units[i] = unit;
            }
            scores[position] = sum;
        }
        return scores;
    }

    /** For every bit j: the choices that read it, and the bit of their pattern that it is. */
    private static void indexReaders(Landscape landscape, int[][] readers, long[][] patternBits) {
        int n = landscape.n();
        for (int j = 0; j < n; j++) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                count += (int) (landscape.inputs(i) >>> j & 1);
            }
            readers[j] = new int[count];
            patternBits[j] = new long[count];
            int next = 0;
            for (int i = 0; i < n; i++) {
                long inputs = landscape.inputs(i);
                if ((inputs >>> j & 1) != 0) {
                    readers[j][next] = i;
                    patternBits[j][next] = 1L << Long.bitCount(inputs & ((1L << j) - 1));
                    next++;
                }
            }
        }
    }
}
