package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import org.apiguardian.api.API;

/**
 * The statistic that decided an assessment, by name and value, with the probability it gives that the success
 * criterion holds: {@code P(rate >= 0.40) = 0.97}, or a log likelihood ratio of 2.1 read as a probability of 0.89.
 *
 * <pre>{@code
 * Statistic.of("log likelihood ratio", 2.1, 0.89);
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param name the statistic's name, such as {@code "P(rate >= 0.40)"} or {@code "log likelihood ratio"}; not blank
 * @param value the statistic's value, not NaN (infinite when the evidence leaves no doubt)
 * @param probability how strongly the evidence says that the criterion holds, in [0, 1]: a posterior probability
 *     for Bayesian strategies, the strategy's documented equivalent for the others
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Statistic(String name, double value, double probability) {

    /**
     * Checks the statistic.
     *
     * @throws InvalidValueException if the probability is outside [0, 1], the name null or blank, or the value NaN
     */
    public Statistic {
        checkFigures(value, probability);
        Checks.notBlank(name, "statisticName");
    }

    /** The checks of a statistic's value and probability, for the assessments whose name is written when read. */
    static void checkFigures(double value, double probability) {
        Checks.probability(probability, "probability");
        if (Double.isNaN(value)) {
            throw InvalidValueException.of("statistic", "must not be NaN", value);
        }
    }

    /**
     * A statistic.
     *
     * @param name the name, not blank
     * @param value the value, not NaN
     * @param probability the probability that the criterion holds, in [0, 1]
     * @return the statistic
     * @throws InvalidValueException if the probability is outside [0, 1], the name null or blank, or the value NaN
     */
    public static Statistic of(String name, double value, double probability) {
        return new Statistic(name, value, probability);
    }

    /**
     * A statistic that is itself the probability that the criterion holds, such as {@code P(rate >= 0.40)}.
     *
     * @param name the name, not blank
     * @param probability the value and the probability, in [0, 1]
     * @return the statistic
     * @throws InvalidValueException if the probability is outside [0, 1] or the name null or blank
     */
    public static Statistic probability(String name, double probability) {
        return new Statistic(name, probability, probability);
    }
}
