package io.github.custdev.simulation.nk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Levinthal's search written again from the Javadoc of {@link Search}, with doubles and lists, for comparison. */
final class ReferenceSearch {

    final long[] positions;
    final int[] steps;
    final int[] lastMoves;
    final int[] distinct;

    private final Landscape landscape;
    private final Search search;
    private final RandomGenerator random;

    ReferenceSearch(Landscape landscape, Search search, int searchers, int periods, RandomGenerator random) {
        this.landscape = landscape;
        this.search = search;
        this.random = random;
        positions = new long[searchers];
        steps = new int[searchers];
        lastMoves = new int[searchers];
        distinct = new int[periods + 1];
        long mask = (1L << landscape.n()) - 1;
        for (int s = 0; s < searchers; s++) {
            positions[s] = random.nextLong() & mask;
        }
        distinct[0] = distinct(positions);
        for (int t = 1; t <= periods; t++) {
            for (int s = 0; s < searchers; s++) {
                long next = longJump() ? jump(positions[s], mask) : local(positions[s]);
                if (next != positions[s]) {
                    positions[s] = next;
                    steps[s]++;
                    lastMoves[s] = t;
                }
            }
            distinct[t] = distinct(positions);
        }
    }

    private boolean longJump() {
        double p = search.longJumpProbability();
        if (p == 0 || p == 1) {
            return p == 1;
        }
        return random.nextDouble() < p;
    }

    private long jump(long position, long mask) {
        double current = perceive(position);
        long candidate = random.nextLong() & mask;
        return perceive(candidate) > current ? candidate : position;
    }

    private long local(long position) {
        double current = perceive(position);
        List<Integer> better = new ArrayList<>();
        int best = -1;
        double bestSeen = current;
        for (int j = 0; j < landscape.n(); j++) {
            double seen = perceive(position ^ (1L << j));
            if (seen > current) {
                better.add(j);
            }
            if (seen > bestSeen) {
                bestSeen = seen;
                best = j;
            }
        }
        if (better.isEmpty()) {
            return position;
        }
        int bit = search.rule() == SearchRule.BEST_IMPROVEMENT ? best : better.get(random.nextInt(better.size()));
        return position ^ (1L << bit);
    }

    private double perceive(long position) {
        double noise = search.noise();
        return noise == 0 ? landscape.fitness(position) : landscape.fitness(position) + noise * random.nextGaussian();
    }

    static int distinct(long[] positions) {
        Set<Long> forms = new HashSet<>();
        Arrays.stream(positions).forEach(forms::add);
        return forms.size();
    }
}
