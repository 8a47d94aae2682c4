package io.github.custdev.demand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.apiguardian.api.API;

/**
 * Observed demand as adoptions: the new paying customers of each period, in period order, from the first period of
 * sales on ({@code counts.get(0)} is period 1, as in {@link io.github.custdev.audience.BassDiffusion#adoptersIn}).
 *
 * <pre>{@code
 * Adoptions adoptions = Adoptions.of(12, 19, 31, 44, 52, 49, 38);
 * adoptions.growth(0.95);    // Right(GrowthRate): the log-linear Poisson fit, with a 95% confidence interval
 * adoptions.fitBass();       // Right(BassFit): p, q and m by nonlinear least squares, with standard errors
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param counts the new paying customers of each period, in period order; not empty, every count &ge; 0, their sum
 *     at most {@code Long.MAX_VALUE}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Adoptions(Seq<Long> counts) {

    /**
     * Checks the counts.
     *
     * @throws InvalidValueException if the series is null or empty, a count is null or negative (named by its index,
     *     {@code adoptions[2] must be >= 0: -1}), or the counts sum past {@code Long.MAX_VALUE}
     */
    public Adoptions {
        Counts.check(counts, "adoptions");
    }

    /**
     * Adoptions from counts.
     *
     * @param counts the new paying customers of each period, in period order
     * @return the adoptions
     * @throws InvalidValueException as {@link #Adoptions(Seq)}
     */
    public static Adoptions of(long... counts) {
        return new Adoptions(Array.ofAll(Checks.notNull(counts, "adoptions")));
    }

    /**
     * The number of periods observed.
     *
     * @return the periods, at least 1
     */
    public int periods() {
        return counts.size();
    }

    /**
     * All adoptions together: the paying customers acquired so far.
     *
     * @return the sum of the counts
     */
    public long total() {
        return Counts.sum(counts);
    }

    /**
     * The growth rate of adoptions period over period, from the log-linear Poisson model (see {@link GrowthRate}).
     *
     * @param level the level of the confidence interval, in (0, 1), such as 0.95
     * @return the estimate; a reason instead when the series cannot give a finite rate: fewer than 2 periods, no
     *     adoptions, or all adoptions in the first period (a rate of -100%) or all in the last (an infinite rate)
     * @throws InvalidValueException if the level is outside (0, 1)
     */
    public Either<String, GrowthRate> growth(double level) {
        return GrowthRate.estimate(this, level);
    }

    /**
     * The Bass diffusion fitted to these adoptions by nonlinear least squares (see {@link BassFit}).
     *
     * @return the fit; a reason instead when the series cannot be fitted: fewer than 4 periods, no adoptions, no
     *     convergence from any start value, a singular Jacobian, or a market size the data do not determine
     */
    public Either<String, BassFit> fitBass() {
        return BassFit.fit(this);
    }
}
