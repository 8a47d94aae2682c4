package io.github.custdev.bench.prototype;

import io.github.custdev.SeanEllisTally;
import io.github.custdev.Strength;
import java.util.Arrays;
import java.util.Optional;

/**
 * The statistics of one hypothesis's evidence folded from scratch over a {@link ColumnarLog}'s primitive chunks: the
 * same figures as {@link io.github.custdev.EvidenceStatistics#of(Iterable)} with equal weights (per strength the items,
 * successes, trials, and the count, mean and sum of squared deviations of the measurements by Welford's update, in the
 * same order; the Sean Ellis answers; the unit). Core's {@code EvidenceStatistics} has no public constructor from its
 * figures, so the prototype returns them in this value; in core the fold would end in an {@code EvidenceStatistics}.
 * Immutable and thread-safe.
 */
@SuppressWarnings(
        "EnumOrdinal") // the figures are arrays indexed by strength, as in core's accumulator, never persisted
public final class ColumnFold {
    private final long[] items;
    private final long[] successes;
    private final long[] trials;
    private final long[] measurements;
    private final double[] mean;
    private final double[] m2;
    private final long veryDisappointed;
    private final long somewhatDisappointed;
    private final long notDisappointed;
    private final Optional<String> unit;

    private ColumnFold(Accumulator a, Optional<String> unit) {
        this.items = a.items.clone();
        this.successes = a.successes.clone();
        this.trials = a.trials.clone();
        this.measurements = a.measurements.clone();
        this.mean = a.mean.clone();
        this.m2 = a.m2.clone();
        this.veryDisappointed = a.veryDisappointed;
        this.somewhatDisappointed = a.somewhatDisappointed;
        this.notDisappointed = a.notDisappointed;
        this.unit = unit;
    }

    /**
     * The items of exactly the given strength.
     *
     * @param strength the strength
     * @return the count
     */
    public long count(Strength strength) {
        return items[strength.ordinal()];
    }

    /**
     * The items of every strength.
     *
     * @return the count
     */
    public long count() {
        return Arrays.stream(items).sum();
    }

    /**
     * The successes of the evidence of exactly the given strength.
     *
     * @param strength the strength
     * @return the successes
     */
    public long successes(Strength strength) {
        return successes[strength.ordinal()];
    }

    /**
     * The trials of the evidence of exactly the given strength.
     *
     * @param strength the strength
     * @return the trials
     */
    public long trials(Strength strength) {
        return trials[strength.ordinal()];
    }

    /**
     * The measurements of exactly the given strength.
     *
     * @param strength the strength
     * @return the count
     */
    public long measurementCount(Strength strength) {
        return measurements[strength.ordinal()];
    }

    /**
     * The mean of the measurements of exactly the given strength.
     *
     * @param strength the strength
     * @return the mean, 0 when there are none
     */
    public double measurementMean(Strength strength) {
        return mean[strength.ordinal()];
    }

    /**
     * The sum of squared deviations of the measurements of exactly the given strength.
     *
     * @param strength the strength
     * @return the sum
     */
    public double measurementSumOfSquares(Strength strength) {
        return m2[strength.ordinal()];
    }

    /**
     * Respondents who would be very disappointed.
     *
     * @return the count
     */
    public long veryDisappointed() {
        return veryDisappointed;
    }

    /**
     * Respondents who would be somewhat disappointed.
     *
     * @return the count
     */
    public long somewhatDisappointed() {
        return somewhatDisappointed;
    }

    /**
     * Respondents who would not be disappointed.
     *
     * @return the count
     */
    public long notDisappointed() {
        return notDisappointed;
    }

    /**
     * The unit of the measurements.
     *
     * @return the unit, empty when there are no measurements
     */
    public Optional<String> unit() {
        return unit;
    }

    /** The mutable fold over chunks, one pass, arrays indexed by strength as core's own accumulator. */
    static final class Accumulator {
        final long[] items = new long[3];
        final long[] successes = new long[3];
        final long[] trials = new long[3];
        final long[] measurements = new long[3];
        final double[] mean = new double[3];
        final double[] m2 = new double[3];
        long veryDisappointed;
        long somewhatDisappointed;
        long notDisappointed;

        /**
         * Adds the first {@code n} slots of one chunk. Counting kinds add their successes and trials; a measurement
         * (its value's bits kept in the successes column) takes Welford's update; a Sean Ellis tally, rare, is the only
         * item read as an object, for its somewhat and not disappointed answers.
         */
        void add(byte[] code, long[] successesColumn, long[] trialsColumn, Object[] objects, int n) {
            long[] items = this.items;
            long[] successes = this.successes;
            long[] trials = this.trials;
            for (int i = 0; i < n; i++) {
                int c = code[i];
                int s = c & Column.STRENGTH;
                items[s]++;
                if ((c & Column.MEASURED) != 0) {
                    double value = Double.longBitsToDouble(successesColumn[i]);
                    long count = ++measurements[s];
                    double delta = value - mean[s];
                    mean[s] += delta / count;
                    m2[s] += delta * (value - mean[s]);
                } else {
                    successes[s] += successesColumn[i];
                    trials[s] += trialsColumn[i];
                    if ((c & Column.ELLIS) != 0) {
                        SeanEllisTally answers = (SeanEllisTally) objects[i];
                        veryDisappointed += answers.veryDisappointed();
                        somewhatDisappointed += answers.somewhatDisappointed();
                        notDisappointed += answers.notDisappointed();
                    }
                }
            }
        }

        ColumnFold toFold(Optional<String> unit) {
            return new ColumnFold(this, unit);
        }
    }
}
