package io.github.custdev.simulation.nk;

import java.util.random.RandomGenerator;

/**
 * The mutable state of one population's search: primitive arrays, no allocation per period. Used once, by one thread.
 */
final class Climb {

    private final Landscape landscape;
    private final int n;
    private final long mask;
    private final boolean best;
    private final double jump;
    private final double noise;
    private final RandomGenerator random;
    private final long[] positions;
    private final int[] steps;
    private final int[] lastMoves;
    private final Forms forms;

    Climb(Search search, Landscape landscape, int searchers, RandomGenerator random) {
        this.landscape = landscape;
        this.n = landscape.n();
        this.mask = landscape.mask();
        this.best = search.rule() == SearchRule.BEST_IMPROVEMENT;
        this.jump = search.longJumpProbability();
        this.noise = search.noise();
        this.random = random;
        this.positions = new long[searchers];
        this.steps = new int[searchers];
        this.lastMoves = new int[searchers];
        this.forms = new Forms(searchers);
    }

    Population run(int periods) {
        for (int s = 0; s < positions.length; s++) {
            positions[s] = random.nextLong() & mask;
        }
        int[] distinct = new int[periods + 1];
        distinct[0] = forms.count(positions);
        for (int period = 1; period <= periods; period++) {
            for (int s = 0; s < positions.length; s++) {
                move(s, period);
            }
            distinct[period] = forms.count(positions);
        }
        return Population.of(landscape, positions, lastMoves, steps, IntSequence.wrap(distinct));
    }

    private void move(int searcher, int period) {
        long position = positions[searcher];
        long next = jumps() ? jump(position) : localStep(position);
        if (next != position) {
            positions[searcher] = next;
            steps[searcher]++;
            lastMoves[searcher] = period;
        }
    }

    private boolean jumps() {
        return jump >= 1 || (jump > 0 && random.nextDouble() < jump);
    }

    private long jump(long position) {
        long seen = perceived(position);
        long candidate = random.nextLong() & mask;
        return perceived(candidate) > seen ? candidate : position;
    }

    private long localStep(long position) {
        if (noise == 0 && landscape.knownPeak(position)) {
            return position;
        }
        long seen = perceived(position);
        long improving = 0;
        int count = 0;
        long bestSeen = seen;
        int bestBit = 0;
        for (int j = 0; j < n; j++) {
            long neighbourSeen = perceived(position ^ 1L << j);
            if (neighbourSeen > seen) {
                improving |= 1L << j;
                count++;
                if (neighbourSeen > bestSeen) {
                    bestSeen = neighbourSeen;
                    bestBit = j;
                }
            }
        }
        if (count == 0) {
            return position;
        }
        return position ^ 1L << (best ? bestBit : nthBit(improving, random.nextInt(count)));
    }

    /**
     * The perceived fitness as a {@code long} that orders as the fitness does: the exact score without noise, else the
     * bits of the noisy fitness mapped so that signed {@code long} order is {@code double} order.
     */
    private long perceived(long position) {
        long score = landscape.score(position);
        if (noise == 0) {
            return score;
        }
        return ordered(landscape.toFitness(score) + noise * random.nextGaussian());
    }

    /** A {@code long} whose signed order is the order of finite doubles. */
    static long ordered(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return bits ^ (bits >> 63 & Long.MAX_VALUE);
    }

    /** The index of the set bit of {@code bits} that has {@code index} set bits below it. */
    static int nthBit(long bits, int index) {
        long rest = bits;
        for (int i = 0; i < index; i++) {
            rest &= rest - 1;
        }
        return Long.numberOfTrailingZeros(rest);
    }

    /** Counts distinct positions with an open-addressing set that is cleared by a stamp, not by a fill. */
    static final class Forms {
        private final long[] keys;
        private final int[] stamps;
        private int stamp;

        Forms(int size) {
            int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) * 2;
            keys = new long[capacity];
            stamps = new int[capacity];
        }

        int count(long[] positions) {
            stamp++;
            int slots = keys.length - 1;
            int distinct = 0;
            for (long position : positions) {
                int slot = (int) ((position * 0x9E3779B97F4A7C15L) >>> 40) & slots;
                while (stamps[slot] == stamp && keys[slot] != position) {
                    slot = (slot + 1) & slots;
                }
                if (stamps[slot] != stamp) {
                    stamps[slot] = stamp;
                    keys[slot] = position;
                    distinct++;
                }
            }
            return distinct;
        }
    }
}
