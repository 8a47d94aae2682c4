package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.EnumSet;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.Statistic;
import org.apiguardian.api.API;

/**
 * A description of many runs' values of one metric: count, mean, standard deviation and standard error, minimum,
 * maximum and quantiles.
 *
 * <p>The moments and quantiles are Apache Commons Statistics': the standard deviation is the sample one (divisor
 * {@code n - 1}), the standard error is {@code sd / sqrt(n)}, and quantiles use Hyndman and Fan's definition 7 (linear
 * interpolation between order statistics, the default of R and NumPy): with the values sorted as {@code x[0..n-1]},
 * {@code q(p) = x[j] + g (x[j+1] - x[j])} where {@code h = (n - 1) p}, {@code j = floor(h)}, {@code g = h - j}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Summary {

    private static final Quantile QUANTILE = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

    private final double[] sorted;
    private final double mean;
    private final double standardDeviation;

    private Summary(double[] sorted, double mean, double standardDeviation) {
        this.sorted = sorted;
        this.mean = mean;
        this.standardDeviation = standardDeviation;
    }

    /**
     * The summary of some values.
     *
     * @param values the values, at least one, each finite; the array is copied
     * @return the summary
     * @throws InvalidValueException if there are no values, or one is NaN or infinite, or their mean or spread is
     *     past the range of a double
     */
    public static Summary of(double... values) {
        Checks.notNull("values", values);
        if (values.length == 0) {
            throw InvalidValueException.of("values", "must not be empty", java.util.List.of());
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw InvalidValueException.of("values[" + i + "]", "must be finite", values[i]);
            }
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        DoubleStatistics statistics =
                DoubleStatistics.of(EnumSet.of(Statistic.MEAN, Statistic.STANDARD_DEVIATION), sorted);
        double mean = finite("mean", statistics.getAsDouble(Statistic.MEAN));
        double sd = sorted.length < 2
                ? 0.0
                : finite("standard deviation", statistics.getAsDouble(Statistic.STANDARD_DEVIATION));
        return new Summary(sorted, mean, sd);
    }

    private static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw InvalidValueException.of("values", "must have a finite " + what, value);
        }
        return value;
    }

    /**
     * The number of values.
     *
     * @return the count, at least 1
     */
    public int count() {
        return sorted.length;
    }

    /**
     * The mean.
     *
     * @return the mean
     */
    public double mean() {
        return mean;
    }

    /**
     * The sample standard deviation (divisor {@code n - 1}), defined for two values or more.
     *
     * @return the standard deviation, or none for a single value
     */
    public Option<Double> standardDeviation() {
        return sorted.length < 2 ? Option.none() : Option.some(standardDeviation);
    }

    /**
     * The standard error of the mean, {@code sd / sqrt(n)}, defined for two values or more.
     *
     * @return the standard error, or none for a single value
     */
    public Option<Double> standardError() {
        return standardDeviation().map(sd -> sd / Math.sqrt(sorted.length));
    }

    /**
     * The smallest value.
     *
     * @return the minimum
     */
    public double min() {
        return sorted[0];
    }

    /**
     * The largest value.
     *
     * @return the maximum
     */
    public double max() {
        return sorted[sorted.length - 1];
    }

    /**
     * The quantile of a probability, by Hyndman and Fan's definition 7.
     *
     * @param probability the probability, in [0, 1]
     * @return the quantile
     * @throws InvalidValueException if the probability is not in [0, 1]
     */
    public double quantile(double probability) {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw InvalidValueException.of("probability", "must be in [0, 1]", probability);
        }
        return QUANTILE.evaluate(sorted, probability);
    }

    /**
     * The 5th percentile.
     *
     * @return {@code quantile(0.05)}
     */
    public double p5() {
        return quantile(0.05);
    }

    /**
     * The first quartile.
     *
     * @return {@code quantile(0.25)}
     */
    public double p25() {
        return quantile(0.25);
    }

    /**
     * The median.
     *
     * @return {@code quantile(0.5)}
     */
    public double median() {
        return quantile(0.5);
    }

    /**
     * The third quartile.
     *
     * @return {@code quantile(0.75)}
     */
    public double p75() {
        return quantile(0.75);
    }

    /**
     * The 95th percentile.
     *
     * @return {@code quantile(0.95)}
     */
    public double p95() {
        return quantile(0.95);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Summary that && Arrays.equals(sorted, that.sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return "Summary[n=" + count() + ", mean=" + mean + ", se="
                + standardError().map(String::valueOf).getOrElse("-")
                + ", min=" + min() + ", p5=" + p5() + ", p25=" + p25() + ", median=" + median() + ", p75=" + p75()
                + ", p95=" + p95() + ", max=" + max() + "]";
    }
}
