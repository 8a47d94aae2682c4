package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import org.apiguardian.api.API;

/**
 * The parameters of one {@link Levinthal} run: the landscape and the population that searches it. Immutable and
 * thread-safe.
 *
 * @param n the number of choices N, in [1, {@value Landscape#MAX_TABULATED_CHOICES}] (the landscape is tabulated, so
 *     that the global peak and the local optima are known)
 * @param k the number K of other choices each choice depends on, in [0, N-1]
 * @param interaction which others each choice depends on
 * @param searchers the number of searchers, at least 1
 * @param periods the number of periods, zero or more
 * @param search how the searchers search
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record LevinthalParameters(int n, int k, Interaction interaction, int searchers, int periods, Search search) {

    /**
     * Validates the fields.
     *
     * @throws io.github.custdev.InvalidValueException if a field is null or out of range
     */
    public LevinthalParameters {
        Checks.inRange(
                "N", n, 1, Landscape.MAX_TABULATED_CHOICES, "must be in [1, " + Landscape.MAX_TABULATED_CHOICES + "]");
        Checks.inRange("K", k, 0, n - 1, "must be in [0, N-1]");
        Checks.notNull("interaction", interaction);
        Checks.positive("searchers", searchers);
        Checks.notNegative("periods", periods);
        Checks.notNull("search", search);
    }

    /**
     * Levinthal's (1997) setting for N and K: adjacent interactions, 100 searchers, 50 periods, first-improvement local
     * search without long jumps or noise.
     *
     * @param n the number of choices N, in [1, {@value Landscape#MAX_TABULATED_CHOICES}]
     * @param k the number K of other choices each choice depends on, in [0, N-1]
     * @return the parameters
     * @throws io.github.custdev.InvalidValueException if N or K is out of range
     */
    public static LevinthalParameters of(int n, int k) {
        return new LevinthalParameters(n, k, Interaction.ADJACENT, 100, 50, Search.local(SearchRule.FIRST_IMPROVEMENT));
    }

    /**
     * These parameters with another interaction pattern.
     *
     * @param pattern which others each choice depends on
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if the pattern is null
     */
    public LevinthalParameters withInteraction(Interaction pattern) {
        return new LevinthalParameters(n, k, pattern, searchers, periods, search);
    }

    /**
     * These parameters with another population size.
     *
     * @param size the number of searchers, at least 1
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if the size is not positive
     */
    public LevinthalParameters withSearchers(int size) {
        return new LevinthalParameters(n, k, interaction, size, periods, search);
    }

    /**
     * These parameters with another number of periods.
     *
     * @param count the number of periods, zero or more
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if the count is negative
     */
    public LevinthalParameters withPeriods(int count) {
        return new LevinthalParameters(n, k, interaction, searchers, count, search);
    }

    /**
     * These parameters with another search.
     *
     * @param strategy how the searchers search
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if the search is null
     */
    public LevinthalParameters withSearch(Search strategy) {
        return new LevinthalParameters(n, k, interaction, searchers, periods, strategy);
    }
}
