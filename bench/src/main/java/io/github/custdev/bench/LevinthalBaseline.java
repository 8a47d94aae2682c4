package io.github.custdev.bench;

import java.util.SplittableRandom;

/**
 * The baseline of target 6: Levinthal's (1997) experiment written by hand, mutable and over primitive arrays, with the
 * same random draws as {@code Levinthal.experiment()} so that it computes the same outcomes from the same seeds.
 *
 * <p>One run with seed {@code seed}, as the library's Javadoc defines it: a {@link SplittableRandom} seeded with
 * {@code seed}; adjacent dependencies (no draw); one {@code nextLong()}, the contribution seed {@code s}; the
 * contribution of choice {@code i} for pattern {@code p} is {@code splitMix(splitMix(s, i), p) >>> 11} in units of
 * 2^-53; the full table of 2^N exact integer scores is built in Gray-code order (the library's method, so the
 * construction costs the same number of hashes); one pass finds the local optima, their count and the global maximum.
 * Then one {@code nextLong()} per searcher for its start, and every period, each searcher in turn: a
 * {@code nextDouble()} against the long-jump probability (when it is strictly between 0 and 1); a jump draws one
 * {@code nextLong()} and is accepted only if strictly better; a local step stays on a local optimum, else moves to the
 * {@code nextInt(count)}-th of the strictly improving one-bit neighbours in bit order (first improvement in a uniformly
 * random order). The outcome figures are those of {@code LevinthalOutcome}: local optima, global maximum, share of
 * searchers at the global peak, mean fitness, distinct forms at the start and after every period.
 *
 * <p>Unlike the library, it keeps no per-searcher history (steps, period of the last move, ranks, per-searcher
 * fitness), reuses its buffers from run to run and allocates nothing per run but the generator. Not thread-safe.
 */
public final class LevinthalBaseline {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double UNIT = 0x1p-53;

    private final int n;
    private final int k;
    private final int searchers;
    private final int periods;
    private final double jump;
    private final long mask;

    // The landscape: contribution seeds, for every bit the choices reading it and the bit of their pattern it is.
    private final long[] choiceSeeds;
    private final int[][] readers;
    private final long[][] patternBits;
    private final long[] scores;
    private final boolean[] peak;
    private final long[] patterns;
    private final long[] units;

    // The population and the distinct-forms counter (a stamp per position, cleared by a new stamp).
    private final long[] positions;
    private final int[] seen;
    private int stamp;

    // The outcome of the last run.
    private int localOptima;
    private long topScore;
    private double globalMaximum;
    private double shareAtGlobalPeak;
    private double meanFitness;
    private final int[] distinctForms;

    /**
     * A baseline for one configuration with adjacent interactions and first-improvement local search.
     *
     * @param n the number of choices, in [1, 20]
     * @param k the number of other choices each depends on, in [0, n - 1]
     * @param searchers the population's size
     * @param periods the number of periods
     * @param longJumpProbability the probability of a long jump per searcher and period
     */
    public LevinthalBaseline(int n, int k, int searchers, int periods, double longJumpProbability) {
        if (n < 1 || n > 20 || k < 0 || k >= n || searchers < 1 || periods < 0) {
            throw new IllegalArgumentException("n, k, searchers or periods out of range");
        }
        this.n = n;
        this.k = k;
        this.searchers = searchers;
        this.periods = periods;
        this.jump = longJumpProbability;
        this.mask = (1L << n) - 1;
        this.choiceSeeds = new long[n];
        this.readers = new int[n][];
        this.patternBits = new long[n][];
        indexReaders();
        this.scores = new long[1 << n];
        this.peak = new boolean[1 << n];
        this.patterns = new long[n];
        this.units = new long[n];
        this.positions = new long[searchers];
        this.seen = new int[1 << n];
        this.distinctForms = new int[periods + 1];
    }

    /** For every bit j: the choices whose K+1 inputs (itself and the K that follow it) hold j, and its pattern bit. */
    private void indexReaders() {
        for (int j = 0; j < n; j++) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                count += (int) (inputs(i) >>> j & 1);
            }
            readers[j] = new int[count];
            patternBits[j] = new long[count];
            int next = 0;
            for (int i = 0; i < n; i++) {
                long inputs = inputs(i);
                if ((inputs >>> j & 1) != 0) {
                    readers[j][next] = i;
                    patternBits[j][next] = 1L << Long.bitCount(inputs & ((1L << j) - 1));
                    next++;
                }
            }
        }
    }

    private long inputs(int choice) {
        long inputs = 1L << choice;
        for (int m = 1; m <= k; m++) {
            inputs |= 1L << ((choice + m) % n);
        }
        return inputs;
    }

    /**
     * The seed of a run of a sweep, as {@code Seeds.of(master, point, replication)} defines it.
     *
     * @param master the master seed
     * @param point the grid point's index
     * @param replication the replication's index
     * @return the run's seed
     */
    public static long seed(long master, long point, long replication) {
        return splitMix(splitMix(master, point), replication);
    }

    /**
     * Runs one landscape with its population; the outcome is then read with the accessors.
     *
     * @param seed the run's seed
     */
    public void run(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        build(random.nextLong());
        search(random);
    }

    private void build(long s) {
        for (int i = 0; i < n; i++) {
            choiceSeeds[i] = splitMix(s, i);
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            patterns[i] = 0;
            units[i] = splitMix(choiceSeeds[i], 0) >>> 11;
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
                long pattern = patterns[i] ^ flips[m];
                patterns[i] = pattern;
                long unit = splitMix(choiceSeeds[i], pattern) >>> 11;
                sum += unit - units[i];
                units[i] = unit;
            }
            scores[position] = sum;
        }
        int count = 0;
        int best = 0;
        for (int x = 0; x < scores.length; x++) {
            long score = scores[x];
            boolean isPeak = true;
            for (int j = 0; j < n; j++) {
                if (scores[x ^ 1 << j] > score) {
                    isPeak = false;
                    break;
                }
            }
            peak[x] = isPeak;
            count += isPeak ? 1 : 0;
            if (score > scores[best]) {
                best = x;
            }
        }
        localOptima = count;
        topScore = scores[best];
        globalMaximum = (double) topScore / n * UNIT;
    }

    private void search(SplittableRandom random) {
        for (int s = 0; s < searchers; s++) {
            positions[s] = random.nextLong() & mask;
        }
        distinctForms[0] = countForms();
        boolean draws = jump > 0 && jump < 1;
        for (int period = 1; period <= periods; period++) {
            for (int s = 0; s < searchers; s++) {
                int position = (int) positions[s];
                long score = scores[position];
                if (jump >= 1 || (draws && random.nextDouble() < jump)) {
                    int candidate = (int) (random.nextLong() & mask);
                    if (scores[candidate] > score) {
                        positions[s] = candidate;
                    }
                } else if (!peak[position]) {
                    long improving = 0;
                    int count = 0;
                    for (int j = 0; j < n; j++) {
                        if (scores[position ^ 1 << j] > score) {
                            improving |= 1L << j;
                            count++;
                        }
                    }
                    for (int skip = random.nextInt(count); skip > 0; skip--) {
                        improving &= improving - 1;
                    }
                    positions[s] = position ^ Long.lowestOneBit(improving);
                }
            }
            distinctForms[period] = countForms();
        }
        int atTop = 0;
        double fitness = 0;
        for (int s = 0; s < searchers; s++) {
            long score = scores[(int) positions[s]];
            atTop += score == topScore ? 1 : 0;
            fitness += (double) score / n * UNIT;
        }
        shareAtGlobalPeak = atTop / (double) searchers;
        meanFitness = fitness / searchers;
    }

    private int countForms() {
        stamp++;
        int distinct = 0;
        for (int s = 0; s < searchers; s++) {
            int position = (int) positions[s];
            if (seen[position] != stamp) {
                seen[position] = stamp;
                distinct++;
            }
        }
        return distinct;
    }

    /**
     * The number of local optima of the last run's landscape.
     *
     * @return the count
     */
    public int localOptima() {
        return localOptima;
    }

    /**
     * The fitness of the last run's global peak.
     *
     * @return the global maximum
     */
    public double globalMaximum() {
        return globalMaximum;
    }

    /**
     * The share of the last run's searchers that end on the global peak.
     *
     * @return the share
     */
    public double shareAtGlobalPeak() {
        return shareAtGlobalPeak;
    }

    /**
     * The mean fitness of the last run's final positions (a plain sum: the library's is compensated, so the two may
     * differ in the last bits).
     *
     * @return the mean
     */
    public double meanFitness() {
        return meanFitness;
    }

    /**
     * The number of distinct forms at the start and after every period of the last run.
     *
     * @return the buffer of {@code periods + 1} counts, overwritten by the next run
     */
    public int[] distinctForms() {
        return distinctForms;
    }

    private static long splitMix(long seed, long index) {
        long z = seed + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
