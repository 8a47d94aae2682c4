package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import io.vavr.control.Option;
import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What became of a population of searchers on one landscape after a {@link Search}: where each searcher ended, how it
 * got there, and how many distinct forms the population held in every period. Immutable and thread-safe.
 *
 * <p>Searchers are numbered from 0. The rank of a final position (1 = global optimum, see
 * {@link FitnessTable#rank(long)}) is known when the landscape is tabulated; it is not kept otherwise, and the outcome
 * holds no reference to the landscape.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Population {

    private final long[] positions;
    private final double[] fitness;
    private final int[] periodsToFinal;
    private final int[] steps;
    private final boolean[] onLocalPeak;
    private final int @Nullable [] ranks;
    private final IntSequence distinctForms;

    private Population(
            long[] positions,
            double[] fitness,
            int[] periodsToFinal,
            int[] steps,
            boolean[] onLocalPeak,
            int @Nullable [] ranks,
            IntSequence distinctForms) {
        this.positions = positions;
        this.fitness = fitness;
        this.periodsToFinal = periodsToFinal;
        this.steps = steps;
        this.onLocalPeak = onLocalPeak;
        this.ranks = ranks;
        this.distinctForms = distinctForms;
    }

    /** The outcome of a finished climb; takes ownership of the arrays. */
    static Population of(
            Landscape landscape, long[] positions, int[] periodsToFinal, int[] steps, IntSequence distinctForms) {
        double[] fitness = new double[positions.length];
        boolean[] onLocalPeak = new boolean[positions.length];
        for (int s = 0; s < positions.length; s++) {
            fitness[s] = landscape.fitness(positions[s]);
            onLocalPeak[s] = landscape.isLocalOptimum(positions[s]);
        }
        Option<FitnessTable> table = landscape.table();
        int @Nullable [] ranks = table.isDefined() ? table.get().ranks(positions) : null;
        return new Population(positions, fitness, periodsToFinal, steps, onLocalPeak, ranks, distinctForms);
    }

    /**
     * The number of searchers.
     *
     * @return the size of the population, at least 1
     */
    public int size() {
        return positions.length;
    }

    /**
     * The number of periods searched.
     *
     * @return the number of periods
     */
    public int periods() {
        return distinctForms.size() - 1;
    }

    /**
     * The final position of a searcher.
     *
     * @param searcher the searcher, in [0, size - 1]
     * @return its position
     * @throws io.github.custdev.InvalidValueException if the searcher is out of range
     */
    public long position(int searcher) {
        return positions[check(searcher)];
    }

    /**
     * The fitness of a searcher's final position (true, not perceived).
     *
     * @param searcher the searcher, in [0, size - 1]
     * @return its fitness, in [0, 1)
     * @throws io.github.custdev.InvalidValueException if the searcher is out of range
     */
    public double fitness(int searcher) {
        return fitness[check(searcher)];
    }

    /**
     * The period in which a searcher reached its final position: the period of its last move, 0 if it never moved.
     *
     * @param searcher the searcher, in [0, size - 1]
     * @return the period, in [0, periods]
     * @throws io.github.custdev.InvalidValueException if the searcher is out of range
     */
    public int periodsToFinal(int searcher) {
        return periodsToFinal[check(searcher)];
    }

    /**
     * The number of moves a searcher made, local steps and accepted long jumps together.
     *
     * @param searcher the searcher, in [0, size - 1]
     * @return the number of moves, in [0, periods]
     * @throws io.github.custdev.InvalidValueException if the searcher is out of range
     */
    public int steps(int searcher) {
        return steps[check(searcher)];
    }

    /**
     * Whether a searcher ends on a local peak of the true landscape.
     *
     * @param searcher the searcher, in [0, size - 1]
     * @return true if no one-bit neighbour of its final position is fitter
     * @throws io.github.custdev.InvalidValueException if the searcher is out of range
     */
    public boolean onLocalPeak(int searcher) {
        return onLocalPeak[check(searcher)];
    }

    /**
     * The rank of a searcher's final position (1 = the global peak), when the landscape was tabulated.
     *
     * @param searcher the searcher, in [0, size - 1]
     * @return the rank, or empty if the landscape has N &gt; {@value Landscape#MAX_TABULATED_CHOICES}
     * @throws io.github.custdev.InvalidValueException if the searcher is out of range
     */
    public Option<Integer> rank(int searcher) {
        check(searcher);
        return ranks == null ? Option.none() : Option.some(ranks[searcher]);
    }

    /**
     * The number of distinct positions held by the population at the start (index 0) and after every period.
     *
     * @return a sequence of {@code periods + 1} counts, each in [1, size]
     */
    public IntSequence distinctForms() {
        return distinctForms;
    }

    /**
     * The share of searchers whose final position is the global peak (rank 1).
     *
     * @return the share in [0, 1], or empty if the landscape was not tabulated
     */
    public Option<Double> shareAtGlobalPeak() {
        if (ranks == null) {
            return Option.none();
        }
        return Option.some(Arrays.stream(ranks).filter(rank -> rank == 1).count() / (double) size());
    }

    /**
     * The mean rank of the final positions.
     *
     * @return the mean rank, at least 1, or empty if the landscape was not tabulated
     */
    public Option<Double> meanRank() {
        return ranks == null
                ? Option.none()
                : Option.some(Arrays.stream(ranks).average().orElseThrow());
    }

    /**
     * The mean fitness of the final positions.
     *
     * @return the mean, in [0, 1)
     */
    public double meanFitness() {
        return Arrays.stream(fitness).sum() / size();
    }

    /**
     * The share of searchers that end on a local peak.
     *
     * @return the share, in [0, 1]
     */
    public double shareOnLocalPeak() {
        int count = 0;
        for (boolean peak : onLocalPeak) {
            count += peak ? 1 : 0;
        }
        return count / (double) size();
    }

    private int check(int searcher) {
        return Checks.inRange("searcher", searcher, 0, positions.length - 1, "must be in [0, size - 1]");
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof Population that)) {
            return false;
        }
        return Arrays.equals(positions, that.positions)
                && Arrays.equals(fitness, that.fitness)
                && Arrays.equals(periodsToFinal, that.periodsToFinal)
                && Arrays.equals(steps, that.steps)
                && distinctForms.equals(that.distinctForms)
                && Arrays.equals(ranks, that.ranks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(positions) * 31 + distinctForms.hashCode();
    }

    @Override
    public String toString() {
        return "Population[size=" + size() + ", periods=" + periods() + ", meanFitness=" + meanFitness()
                + ", distinctForms=" + distinctForms + "]";
    }
}
