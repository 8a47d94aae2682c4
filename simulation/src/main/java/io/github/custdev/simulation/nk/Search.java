package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * How a population of organisations searches a landscape: Levinthal's (1997) local search, with long jumps and noisy
 * perception of fitness. Immutable and thread-safe.
 *
 * <p>Levinthal, D. A. (1997), "Adaptation on rugged landscapes", <i>Management Science</i> 43(7), 934-950. Every
 * period, each searcher in turn, in index order:
 *
 * <ol>
 *   <li>makes a long jump with probability {@code longJumpProbability} (one {@code nextDouble()} is drawn only when the
 *       probability is strictly between 0 and 1): it perceives its position, draws a whole new position at random
 *       ({@code nextLong()} masked to N bits: every choice re-drawn, as in Levinthal 1997), perceives it and moves
 *       there only if the new position is perceived strictly better;
 *   <li>otherwise searches locally: it perceives its position, then each one-bit neighbour in bit order, and moves to
 *       one perceived strictly better according to the {@link SearchRule}, or stays.
 * </ol>
 *
 * <p>Perceived fitness is the fitness plus {@code noise * random.nextGaussian()}, drawn afresh at every evaluation; with
 * noise 0 no Gaussian is drawn and the exact fitness is compared. Searchers do not interact and are not selected out.
 *
 * @param rule which improving neighbour a local search moves to
 * @param longJumpProbability the probability per period of a long jump, in [0, 1]
 * @param noise the standard deviation of the Gaussian error on each perceived fitness, in [0, 1]
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Search(SearchRule rule, double longJumpProbability, double noise) {

    /**
     * Validates the fields.
     *
     * @throws io.github.custdev.InvalidValueException if a field is null or out of range
     */
    public Search {
        Checks.notNull("rule", rule);
        Checks.probability("longJumpProbability", longJumpProbability);
        if (!(noise >= 0 && noise <= 1)) {
            throw io.github.custdev.InvalidValueException.of("noise", "must be in [0, 1]", noise);
        }
    }

    /**
     * A search.
     *
     * @param rule which improving neighbour a local search moves to
     * @param longJumpProbability the probability per period of a long jump, in [0, 1]
     * @param noise the standard deviation of the error on each perceived fitness, in [0, 1]
     * @return the search
     * @throws io.github.custdev.InvalidValueException if an argument is null or out of range
     */
    public static Search of(SearchRule rule, double longJumpProbability, double noise) {
        return new Search(rule, longJumpProbability, noise);
    }

    /**
     * Local search alone: no long jumps, no noise.
     *
     * @param rule which improving neighbour to move to
     * @return the search
     * @throws io.github.custdev.InvalidValueException if the rule is null
     */
    public static Search local(SearchRule rule) {
        return new Search(rule, 0, 0);
    }

    /**
     * This search with another long-jump probability.
     *
     * @param probability the probability per period of a long jump, in [0, 1]
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if the probability is out of range
     */
    public Search withLongJumpProbability(double probability) {
        return new Search(rule, probability, noise);
    }

    /**
     * This search with another noise.
     *
     * @param standardDeviation the standard deviation of the error on each perceived fitness, in [0, 1]
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if the noise is out of range
     */
    public Search withNoise(double standardDeviation) {
        return new Search(rule, longJumpProbability, standardDeviation);
    }

    /**
     * Runs a population on a landscape. Draws first one {@code nextLong()} per searcher, in index order, for its random
     * start (masked to N bits), then the draws of each period as described above.
     *
     * @param landscape the landscape
     * @param searchers the number of searchers, at least 1
     * @param periods the number of periods, zero or more
     * @param random the generator to draw from
     * @return what became of the population
     * @throws io.github.custdev.InvalidValueException if an argument is null or out of range
     */
    public Population run(Landscape landscape, int searchers, int periods, RandomGenerator random) {
        Checks.notNull("landscape", landscape);
        Checks.positive("searchers", searchers);
        Checks.notNegative("periods", periods);
        Checks.notNull("random", random);
        return new Climb(this, landscape, searchers, random).run(periods);
    }
}
