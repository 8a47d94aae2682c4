package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Texts;
import org.apiguardian.api.API;

/**
 * A prior belief about a rate, as a Beta(alpha, beta) distribution: what the team believed before the evidence.
 *
 * <p>{@code alpha} and {@code beta} act as pseudo-counts of earlier successes and failures; the prior mean is
 * {@code alpha / (alpha + beta)}. {@link #uniform()} (1, 1) claims nothing, {@link #jeffreys()} (1/2, 1/2) is the
 * reference prior. Immutable and thread-safe.
 *
 * @param alpha the first shape parameter, pseudo-successes; in [1e-100, 1e12]
 * @param beta the second shape parameter, pseudo-failures; in [1e-100, 1e12]
 */
@API(status = STABLE, since = "0.1.0")
public record BetaPrior(double alpha, double beta) {
    private static final BetaPrior UNIFORM = new BetaPrior(1.0, 1.0);
    private static final BetaPrior JEFFREYS = new BetaPrior(0.5, 0.5);

    /**
     * Checks the prior's parameters, as {@link #of(double, double)} does.
     *
     * @throws InvalidValueException if a parameter lies outside [1e-100, 1e12] or is NaN
     */
    public BetaPrior {
        shape(alpha, "prior.alpha");
        shape(beta, "prior.beta");
    }

    /**
     * A Beta(alpha, beta) prior.
     *
     * <p>Each parameter must lie in [{@value #MINIMUM}, {@value #MAXIMUM}]. Below, the prior is a two-point mass at 0
     * and 1 that Commons Statistics' Beta functions no longer resolve (Beta(1e-300, 1e-300) gave the credible
     * interval [0.5, 0.5]); above, a prior worth more than 10<sup>12</sup> observations is no longer a belief the
     * evidence can move, and the regularized incomplete beta function loses its accuracy and then fails to converge.
     *
     * @param alpha the first shape parameter, pseudo-successes; in [1e-100, 1e12]
     * @param beta the second shape parameter, pseudo-failures; in [1e-100, 1e12]
     * @return the prior
     * @throws InvalidValueException if a parameter lies outside [1e-100, 1e12] or is NaN
     */
    public static BetaPrior of(double alpha, double beta) {
        return new BetaPrior(alpha, beta);
    }

    /** The smallest shape parameter accepted. */
    public static final double MINIMUM = 1e-100;

    /** The largest shape parameter accepted. */
    public static final double MAXIMUM = 1e12;

    private static void shape(double value, String field) {
        if (!(value >= MINIMUM && value <= MAXIMUM)) {
            throw InvalidValueException.of(field, "must be in [" + MINIMUM + ", " + MAXIMUM + "]", value);
        }
    }

    /**
     * The uniform prior Beta(1, 1): every rate equally likely.
     *
     * @return the uniform prior
     */
    public static BetaPrior uniform() {
        return UNIFORM;
    }

    /**
     * Jeffreys' prior Beta(1/2, 1/2), invariant under reparametrisation.
     *
     * @return Jeffreys' prior
     */
    public static BetaPrior jeffreys() {
        return JEFFREYS;
    }

    /**
     * The prior mean, {@code alpha / (alpha + beta)}.
     *
     * @return the mean rate the prior expects
     */
    public double mean() {
        return alpha / (alpha + beta);
    }

    @Override
    public String toString() {
        return "Beta(" + Texts.javaDouble(alpha) + ", " + Texts.javaDouble(beta) + ')';
    }
}
