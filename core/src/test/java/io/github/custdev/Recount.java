package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.function.Executable;

/**
 * A full, independent recount of a list of evidence, to check {@link EvidenceStatistics} against: counts from each
 * kind's own attributes (not from {@link Evidence#successes()}), measurement moments by exact decimal arithmetic in
 * two passes (mean first, then squared deviations from it), never by a running update.
 *
 * <p>Tolerances, for the floating-point figures of the statistics against the exact decimal ones (rounded to double):
 *
 * <ul>
 *   <li>a mean: {@code 1e-13 * max|x|}, relative to the largest value that went into it;
 *   <li>a sum of squared deviations {@code M2} of {@code n} values: {@code 1e-14 * n * sqrt(M2 * S) + 4 ulp(M2)},
 *       where {@code S = sum(w * x^2)}. Welford's update and the pairwise combination err by about
 *       {@code n * 2^-53 * sqrt(M2 * S)} (the error grows with the condition number {@code sqrt(S / M2)}), a naive
 *       {@code S - W * mean^2} by about {@code 2^-53 * S}: for values with a large common offset the tolerance accepts
 *       the first and rejects the second;
 *   <li>a variance: the tolerance of its {@code M2} divided by {@code W - 1}, plus 4 ulp;
 *   <li>an effective count: {@code 1e-13} times the value.
 * </ul>
 *
 * The properties still pass with the factors {@code 1e-13} and {@code 1e-14} lowered a hundredfold and tenfold.
 */
final class Recount {
    static final double RELATIVE = 1e-13;
    static final double M2_RELATIVE = 1e-14;
    private static final MathContext MC = MathContext.DECIMAL128;

    private final long[] items = new long[3];
    private final long[] successes = new long[3];
    private final long[] trials = new long[3];
    private final List<List<Double>> values = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private long very;
    private long somewhat;
    private long not;
    private long tallies;
    private String unit;

    private Recount() {}

    /** Recounts the evidence of one hypothesis. */
    static Recount of(List<? extends Evidence> evidence, HypothesisId id) {
        return of(evidence, e -> e.hypothesisId().equals(id));
    }

    /** Recounts the evidence that passes the filter. */
    static Recount of(List<? extends Evidence> evidence, Predicate<Evidence> keep) {
        Recount r = new Recount();
        for (Evidence e : evidence) {
            if (keep.test(e)) {
                r.add(e);
            }
        }
        return r;
    }

    private void add(Evidence e) {
        if (e instanceof Statement statement) {
            count(Strength.SAID, statement.stance() == Statement.Stance.SUPPORTS ? 1 : 0, 1);
        } else if (e instanceof Behaviour behaviour) {
            count(behaviour.strength(), behaviour.successes(), behaviour.trials());
        } else if (e instanceof Commitment commitment) {
            count(Strength.PAID, commitment.made() ? 1 : 0, 1);
        } else if (e instanceof SeanEllisTally tally) {
            long all = tally.veryDisappointed() + tally.somewhatDisappointed() + tally.notDisappointed();
            count(Strength.SAID, tally.veryDisappointed(), all);
            very += tally.veryDisappointed();
            somewhat += tally.somewhatDisappointed();
            not += tally.notDisappointed();
            tallies++;
        } else if (e instanceof Measurement m) {
            items[m.strength().ordinal()]++;
            values.get(m.strength().ordinal()).add(m.value());
            if (unit == null) {
                unit = m.unit();
            }
        } else {
            throw new AssertionError("an evidence kind the recount does not know: " + e);
        }
    }

    private void count(Strength strength, long s, long n) {
        items[strength.ordinal()]++;
        successes[strength.ordinal()] += s;
        trials[strength.ordinal()] += n;
    }

    long count() {
        return items[0] + items[1] + items[2];
    }

    long trials() {
        return trials[0] + trials[1] + trials[2];
    }

    /** Asserts that the statistics hold exactly these counts and, within the tolerances, these moments. */
    void assertMatches(EvidenceStatistics actual) {
        StrengthWeights w = actual.weights();
        List<Executable> checks = new ArrayList<>();
        long allSuccesses = 0;
        long allTrials = 0;
        long allMeasurements = 0;
        for (Strength s : Strength.values()) {
            int i = s.ordinal();
            allSuccesses += successes[i];
            allTrials += trials[i];
            allMeasurements += values.get(i).size();
            checks.add(() -> assertEquals(items[i], actual.count(s), "count(" + s + ")"));
            checks.add(() -> assertEquals(successes[i], actual.successes(s), "successes(" + s + ")"));
            checks.add(() -> assertEquals(trials[i], actual.trials(s), "trials(" + s + ")"));
            checks.add(() ->
                    assertEquals(values.get(i).size(), actual.measurementCount(s), "measurementCount(" + s + ")"));
            Moments exact = moments(List.of(values.get(i)), new double[] {1});
            checks.add(
                    () -> assertClose(exact.mean, actual.measurementMean(s), exact.meanTolerance, "mean(" + s + ")"));
            checks.add(() -> assertClose(
                    exact.m2, actual.measurementSumOfSquares(s), exact.m2Tolerance, "sumOfSquares(" + s + ")"));
        }
        long successTotal = allSuccesses;
        long trialTotal = allTrials;
        long measurementTotal = allMeasurements;
        checks.add(() -> assertEquals(count(), actual.count(), "count()"));
        checks.add(() -> assertEquals(count() == 0, actual.isEmpty(), "isEmpty()"));
        checks.add(() -> assertEquals(successTotal, actual.successes(), "successes()"));
        checks.add(() -> assertEquals(trialTotal, actual.trials(), "trials()"));
        checks.add(() -> assertEquals(trialTotal - successTotal, actual.failures(), "failures()"));
        checks.add(() -> assertEquals(measurementTotal, actual.measurementCount(), "measurementCount()"));
        checks.add(() -> assertEquals(very, actual.veryDisappointed(), "veryDisappointed()"));
        checks.add(() -> assertEquals(somewhat, actual.somewhatDisappointed(), "somewhatDisappointed()"));
        checks.add(() -> assertEquals(not, actual.notDisappointed(), "notDisappointed()"));
        checks.add(() -> assertEquals(very + somewhat + not, actual.ellisRespondents(), "ellisRespondents()"));
        checks.add(() -> assertEquals(tallies, actual.ellisTallies(), "ellisTallies()"));
        checks.add(() -> assertEquals(Option.of(unit), actual.unit(), "unit()"));

        double[] weights = {w.of(Strength.SAID), w.of(Strength.DID), w.of(Strength.PAID)};
        double effectiveSuccesses = weighted(successes, weights);
        double effectiveTrials = weighted(trials, weights);
        long[] failures = {trials[0] - successes[0], trials[1] - successes[1], trials[2] - successes[2]};
        double effectiveFailures = weighted(failures, weights);
        long[] measured = {
            values.get(0).size(), values.get(1).size(), values.get(2).size()
        };
        double effectiveMeasurements = weighted(measured, weights);
        checks.add(() -> assertClose(
                effectiveSuccesses,
                actual.effectiveSuccesses(),
                RELATIVE * effectiveSuccesses,
                "effectiveSuccesses()"));
        checks.add(() -> assertClose(
                effectiveTrials, actual.effectiveTrials(), RELATIVE * effectiveTrials, "effectiveTrials()"));
        checks.add(() -> assertClose(
                effectiveFailures, actual.effectiveFailures(), RELATIVE * effectiveFailures, "effectiveFailures()"));
        checks.add(() -> assertClose(
                effectiveMeasurements,
                actual.effectiveMeasurementCount(),
                RELATIVE * effectiveMeasurements,
                "effectiveMeasurementCount()"));
        if (w.isEqual()) {
            checks.add(
                    () -> assertEquals((double) successTotal, actual.effectiveSuccesses(), "equal weights: successes"));
            checks.add(() -> assertEquals((double) trialTotal, actual.effectiveTrials(), "equal weights: trials"));
            checks.add(() -> assertEquals(
                    (double) (trialTotal - successTotal), actual.effectiveFailures(), "equal weights: failures"));
            checks.add(() -> assertEquals(
                    (double) measurementTotal, actual.effectiveMeasurementCount(), "equal weights: measurements"));
        }

        Moments pooled = moments(values, weights);
        checks.add(() -> assertClose(pooled.mean, actual.measurementMean(), pooled.meanTolerance, "measurementMean()"));
        checks.add(() -> assertClose(
                pooled.m2, actual.measurementSumOfSquares(), pooled.m2Tolerance, "measurementSumOfSquares()"));
        checks.add(() -> assertClose(
                pooled.variance, actual.measurementVariance(), pooled.varianceTolerance, "measurementVariance()"));
        checks.add(() -> assertTrue(actual.measurementSumOfSquares() >= 0, "sum of squares >= 0"));
        checks.add(() -> assertTrue(actual.measurementVariance() >= 0, "variance >= 0"));
        assertAll("statistics against a full recount", checks.stream());
    }

    private static double weighted(long[] counts, double[] weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            sum = sum.add(new BigDecimal(weights[i]).multiply(BigDecimal.valueOf(counts[i])));
        }
        return sum.doubleValue();
    }

    /** Exact weighted moments of groups of values, group {@code g} with weight {@code weights[g]}. */
    static Moments moments(List<List<Double>> groups, double[] weights) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        double largest = 0;
        long count = 0;
        for (int g = 0; g < groups.size(); g++) {
            if (weights[g] == 0) {
                continue;
            }
            BigDecimal w = new BigDecimal(weights[g]);
            for (double x : groups.get(g)) {
                BigDecimal value = new BigDecimal(x);
                total = total.add(w);
                sum = sum.add(w.multiply(value));
                squares = squares.add(w.multiply(value).multiply(value));
                largest = Math.max(largest, Math.abs(x));
                count++;
            }
        }
        if (total.signum() == 0) {
            return new Moments(0, 0, 0, 0, 0, 0);
        }
        BigDecimal mean = sum.divide(total, MC);
        BigDecimal m2 = BigDecimal.ZERO;
        for (int g = 0; g < groups.size(); g++) {
            if (weights[g] == 0) {
                continue;
            }
            BigDecimal w = new BigDecimal(weights[g]);
            for (double x : groups.get(g)) {
                BigDecimal d = new BigDecimal(x).subtract(mean);
                m2 = m2.add(w.multiply(d).multiply(d), MC);
            }
        }
        double weight = total.doubleValue();
        double exactM2 = m2.doubleValue();
        double m2Tolerance = M2_RELATIVE * count * Math.sqrt(exactM2 * squares.doubleValue())
                + 4 * Math.ulp(exactM2)
                + Double.MIN_NORMAL;
        double variance =
                weight <= 1 ? 0 : m2.divide(total.subtract(BigDecimal.ONE), MC).doubleValue();
        double varianceTolerance = weight <= 1 ? 0 : m2Tolerance / (weight - 1) + 4 * Math.ulp(variance);
        return new Moments(mean.doubleValue(), RELATIVE * largest, exactM2, m2Tolerance, variance, varianceTolerance);
    }

    static void assertClose(double expected, double actual, double tolerance, String what) {
        assertTrue(
                Math.abs(expected - actual) <= tolerance,
                () -> what + ": expected " + expected + " within " + tolerance + " but was " + actual + " (off by "
                        + Math.abs(expected - actual) + ")");
    }

    /** Exact moments, rounded to double, with the tolerance allowed for each. */
    static final class Moments {
        final double mean;
        final double meanTolerance;
        final double m2;
        final double m2Tolerance;
        final double variance;
        final double varianceTolerance;

        Moments(
                double mean,
                double meanTolerance,
                double m2,
                double m2Tolerance,
                double variance,
                double varianceTolerance) {
            this.mean = mean;
            this.meanTolerance = meanTolerance;
            this.m2 = m2;
            this.m2Tolerance = m2Tolerance;
            this.variance = variance;
            this.varianceTolerance = varianceTolerance;
        }
    }
}
