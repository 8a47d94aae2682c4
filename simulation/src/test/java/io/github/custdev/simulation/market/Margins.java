package io.github.custdev.simulation.market;

import io.github.custdev.simulation.Summary;

/**
 * The statistical margins of the reproduction tests: an effect is asserted only beyond {@value #Z} standard errors
 * (a two-sided chance below 0.3% of a false alarm per assertion under the normal approximation), and quantiles are
 * compared through their distribution-free confidence intervals (the order statistics whose ranks bound the quantile's
 * rank with the binomial's normal approximation; Conover, <i>Practical Nonparametric Statistics</i>, 3rd ed., 1999,
 * section 3.2).
 */
final class Margins {

    static final double Z = 3.0;

    private Margins() {}

    /** The lower bound of the difference of two independent shares, {@code a - b - Z se}. */
    static double shareGapLow(double a, int n, double b, int m) {
        return a - b - Z * Math.sqrt(a * (1 - a) / n + b * (1 - b) / m);
    }

    /** The lower bound of the difference of two independent means, {@code a - b - Z se} (Welch). */
    static double meanGapLow(Summary a, Summary b) {
        double se = Math.sqrt(Math.pow(a.standardError().get(), 2)
                + Math.pow(b.standardError().get(), 2));
        return a.mean() - b.mean() - Z * se;
    }

    /** The lower end of the confidence interval of quantile {@code q}. */
    static double quantileLow(Summary values, double q) {
        return orderStatistic(values, q, -Z);
    }

    /** The upper end of the confidence interval of quantile {@code q}. */
    static double quantileHigh(Summary values, double q) {
        return orderStatistic(values, q, Z);
    }

    private static double orderStatistic(Summary values, double q, double z) {
        int n = values.count();
        double rank = n * q + z * Math.sqrt(n * q * (1 - q));
        int index = (int) Math.max(0, Math.min(n - 1, z < 0 ? Math.floor(rank) - 1 : Math.ceil(rank) - 1));
        // with Hyndman and Fan's definition 7, quantile(i / (n - 1)) is the i-th order statistic exactly
        return values.quantile((double) index / (n - 1));
    }
}
