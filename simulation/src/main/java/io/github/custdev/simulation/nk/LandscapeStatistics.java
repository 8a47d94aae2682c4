package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import io.vavr.control.Option;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Measures of a landscape's ruggedness (Kauffman 1993, <i>The Origins of Order</i>, ch. 2): its number of local optima,
 * the length of adaptive walks to them, and the correlation of fitness between neighbours. Immutable and thread-safe.
 *
 * @param localOptimumCount the number of local optima, when the landscape is tabulated
 * @param meanWalkLength the mean number of steps of a steepest-ascent walk from a uniformly random position to a local
 *     optimum (each step moves to the best one-bit neighbour, the lowest bit on ties, while it is strictly better)
 * @param neighbourCorrelation the correlation of fitness between a random position and a random one-bit neighbour of
 *     this landscape. Over the ensemble of landscapes it is {@code 1 - (K+1)/N} (Kauffman 1993: a flip changes K+1 of
 *     the N contributions on average); within one landscape, whose K+1 changed contributions are two entries of the
 *     same table of {@code T = 2^(K+1)} values, it is about {@code 1 - (K+1)/N * T/(T-1)}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record LandscapeStatistics(
        Option<Integer> localOptimumCount, double meanWalkLength, double neighbourCorrelation) {

    /**
     * Validates the fields.
     *
     * @throws io.github.custdev.InvalidValueException if the count is null
     */
    public LandscapeStatistics {
        Checks.notNull("localOptimumCount", localOptimumCount);
    }

    /**
     * Measures a landscape from samples. Draws, for each walk in turn, one {@code nextLong()} for its start (masked to
     * N bits); then, for each neighbour pair in turn, one {@code nextLong()} for the position and one
     * {@code nextInt(N)} for the bit flipped.
     *
     * <p>The correlation is Pearson's over the pairs taken in both orders, {@code (F(x), F(x'))} and
     * {@code (F(x'), F(x))}, so that both have one mean {@code m} and one variance:
     * {@code r = sum (F(x) - m)(F(x') - m) / (sum ((F(x) - m)^2 + (F(x') - m)^2) / 2)}; it is 1 when all sampled
     * fitnesses are equal.
     *
     * @param landscape the landscape
     * @param samples the number of walks and the number of neighbour pairs, at least 1
     * @param random the generator to draw from
     * @return the statistics
     * @throws io.github.custdev.InvalidValueException if an argument is null or out of range
     */
    public static LandscapeStatistics of(Landscape landscape, int samples, RandomGenerator random) {
        Checks.notNull("landscape", landscape);
        Checks.positive("samples", samples);
        Checks.notNull("random", random);
        Option<Integer> count = landscape.table().map(FitnessTable::localOptimumCount);
        return new LandscapeStatistics(
                count, meanWalkLength(landscape, samples, random), correlation(landscape, samples, random));
    }

    private static double meanWalkLength(Landscape landscape, int samples, RandomGenerator random) {
        long total = 0;
        for (int s = 0; s < samples; s++) {
            total += walkLength(landscape, random.nextLong() & landscape.mask());
        }
        return total / (double) samples;
    }

    /** The number of steepest-ascent steps from a position to a local optimum. */
    static int walkLength(Landscape landscape, long start) {
        int steps = 0;
        long position = start;
        for (long next = landscape.bestNeighbour(position); next != position; next = landscape.bestNeighbour(next)) {
            position = next;
            steps++;
        }
        return steps;
    }

    private static double correlation(Landscape landscape, int samples, RandomGenerator random) {
        double[] first = new double[samples];
        double[] second = new double[samples];
        double sum = 0;
        for (int s = 0; s < samples; s++) {
            long position = random.nextLong() & landscape.mask();
            first[s] = landscape.fitness(position);
            second[s] = landscape.fitness(position ^ 1L << random.nextInt(landscape.n()));
            sum += first[s] + second[s];
        }
        double mean = sum / (2.0 * samples);
        double product = 0;
        double squares = 0;
        for (int s = 0; s < samples; s++) {
            double a = first[s] - mean;
            double b = second[s] - mean;
            product += a * b;
            squares += (a * a + b * b) / 2;
        }
        return squares == 0 ? 1 : product / squares;
    }
}
