package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Memo;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An interval estimate of a metric, with its level and kind: a 95% credible interval for a rate, a 90% confidence
 * interval for a mean.
 *
 * <p>A bound may be infinite when the evidence does not limit the metric on that side (a mean with no measurements);
 * neither is NaN. The built-in strategies compute the bounds of their intervals (quantiles of a Beta or t
 * distribution, the dearest part of an assessment) when they are first read, once; the result is the same as if
 * they had been computed at once. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Interval {

    /** How an interval is to be read. */
    public enum Kind {
        /** Bayesian: the metric lies in the interval with the stated posterior probability. */
        CREDIBLE,
        /** Frequentist: the procedure covers the true metric with the stated long-run frequency. */
        CONFIDENCE
    }

    private final double lower;
    private final double upper;
    private final double level;
    private final Kind kind;
    /** The bounds, when they are computed on first access; {@code null} when they were given. */
    private final @Nullable Memo<double[]> lazy;
    /** A value the lazily computed bounds are guaranteed to contain. */
    private final double anchor;

    private Interval(double lower, double upper, double level, Kind kind) {
        this.lower = lower;
        this.upper = upper;
        this.level = level;
        this.kind = kind;
        this.lazy = null;
        this.anchor = Double.NaN;
    }

    private Interval(Supplier<double[]> bounds, double anchor, double level, Kind kind) {
        this.lower = Double.NaN;
        this.upper = Double.NaN;
        this.level = level;
        this.kind = kind;
        this.anchor = anchor;
        this.lazy = Memo.of(() -> {
            double[] computed = bounds.get();
            // Keep the anchor inside, and never let a NaN from a numerical routine through.
            computed[0] = computed[0] <= anchor ? computed[0] : anchor;
            computed[1] = computed[1] >= anchor ? computed[1] : anchor;
            return computed;
        });
    }

    /**
     * An interval whose bounds are computed when first read: for the built-in strategies, whose quantiles are the
     * dearest part of an assessment that is often read only for its verdict.
     *
     * @param bounds computes {@code {lower, upper}}; pure, called at most once
     * @param anchor a finite value the interval must contain (the estimate): a bound on the wrong side of it, or NaN,
     *     is replaced by it
     * @param level the level, in (0, 1)
     * @param kind credible or confidence
     */
    static Interval lazy(Supplier<double[]> bounds, double anchor, double level, Kind kind) {
        return new Interval(bounds, Checks.finite(anchor, "anchor"), Checks.openProbability(level, "level"), kind);
    }

    /**
     * An interval.
     *
     * @param lower the lower bound, not NaN
     * @param upper the upper bound, not NaN and at least {@code lower}
     * @param level the level, in (0, 1)
     * @param kind credible or confidence
     * @return the interval
     * @throws InvalidValueException if a bound is NaN, the bounds are out of order, or the level is outside (0, 1)
     */
    public static Interval of(double lower, double upper, double level, Kind kind) {
        if (Double.isNaN(lower)) {
            throw InvalidValueException.of("interval.lower", "must not be NaN", lower);
        }
        if (Double.isNaN(upper) || upper < lower) {
            throw InvalidValueException.of("interval.upper", "must be >= lower (" + lower + ")", upper);
        }
        Checks.openProbability(level, "interval.level");
        return new Interval(lower, upper, level, Checks.notNull(kind, "interval.kind"));
    }

    /**
     * A credible interval.
     *
     * @param lower the lower bound
     * @param upper the upper bound
     * @param level the posterior probability of the interval, in (0, 1)
     * @return the interval
     * @throws InvalidValueException as {@link #of}
     */
    public static Interval credible(double lower, double upper, double level) {
        return of(lower, upper, level, Kind.CREDIBLE);
    }

    /**
     * A confidence interval.
     *
     * @param lower the lower bound
     * @param upper the upper bound
     * @param level the coverage of the procedure, in (0, 1)
     * @return the interval
     * @throws InvalidValueException as {@link #of}
     */
    public static Interval confidence(double lower, double upper, double level) {
        return of(lower, upper, level, Kind.CONFIDENCE);
    }

    /**
     * The lower bound.
     *
     * @return the bound, possibly negative infinity
     */
    public double lower() {
        return lazy == null ? lower : lazy.get()[0];
    }

    /**
     * The upper bound.
     *
     * @return the bound, possibly positive infinity
     */
    public double upper() {
        return lazy == null ? upper : lazy.get()[1];
    }

    /**
     * The level: posterior probability or coverage.
     *
     * @return the level, in (0, 1)
     */
    public double level() {
        return level;
    }

    /**
     * Whether the interval is credible or confidence.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether a value lies in the closed interval.
     *
     * @param value the value
     * @return {@code true} when {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        if (lazy != null && value == anchor && !lazy.isComputed()) {
            return true;
        }
        return lower() <= value && value <= upper();
    }

    /**
     * The width of the interval.
     *
     * @return {@code upper - lower}, possibly infinite
     */
    public double width() {
        return upper() - lower();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Interval that)) {
            return false;
        }
        return Double.compare(lower(), that.lower()) == 0
                && Double.compare(upper(), that.upper()) == 0
                && Double.compare(level, that.level) == 0
                && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(lower()) * 31 + Double.hashCode(upper())) * 31 + Double.hashCode(level)) * 31
                + kind.hashCode();
    }

    /**
     * The interval as text, such as {@code 95% credible [0.31, 0.52]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        double percent = Math.round(level * 1000) / 10.0;
        String shown = percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
        return shown + "% " + kind.name().toLowerCase(java.util.Locale.ROOT) + " [" + lower() + ", " + upper() + ']';
    }
}
