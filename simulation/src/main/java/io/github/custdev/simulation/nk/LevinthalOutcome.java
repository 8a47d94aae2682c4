package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import org.apiguardian.api.API;

/**
 * The record of one {@link Levinthal} run: one landscape's facts and what became of the population that searched it.
 * Immutable and thread-safe.
 *
 * @param localOptimumCount the number of local optima of the landscape
 * @param globalMaximum the fitness of the landscape's global peak
 * @param population the searchers' outcomes (ranks always present: the landscape is tabulated)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record LevinthalOutcome(int localOptimumCount, double globalMaximum, Population population) {

    /**
     * Validates the fields.
     *
     * @throws io.github.custdev.InvalidValueException if the population is null
     */
    public LevinthalOutcome {
        Checks.notNull("population", population);
    }

    /**
     * The share of searchers that end on the global peak.
     *
     * @return the share, in [0, 1]
     */
    public double shareAtGlobalPeak() {
        return population.shareAtGlobalPeak().getOrElse(0.0);
    }

    /**
     * The mean fitness of the searchers' final positions.
     *
     * @return the mean, in [0, 1)
     */
    public double meanFitness() {
        return population.meanFitness();
    }

    /**
     * The mean rank of the searchers' final positions (1 = the global peak).
     *
     * @return the mean rank, at least 1
     */
    public double meanRank() {
        return population.meanRank().getOrElse(1.0);
    }

    /**
     * The number of distinct forms (positions) in the population at the start and after every period.
     *
     * @return {@code periods + 1} counts
     */
    public IntSequence distinctForms() {
        return population.distinctForms();
    }

    /**
     * The number of distinct forms at the end.
     *
     * @return the last of {@link #distinctForms()}
     */
    public int finalDistinctForms() {
        IntSequence forms = distinctForms();
        return forms.get(forms.size() - 1);
    }
}
