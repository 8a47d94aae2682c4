package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.ID;
import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Measurement;
import io.github.custdev.Source;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.vavr.control.Option;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The mean strategy against a two-pass computation, Student's t quantiles and a published t table. */
class MeanScoringTests {
    private static final String UNIT = "USD/month";
    private static final double[] PRICES = {12, 15, 9, 20, 17, 14, 11, 18, 16, 13};

    @Test
    void intervalIsMeanPlusOrMinusTQuantileTimesStandardError() {
        Assessment assessment = Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(12, UNIT, 5)), prices());
        double mean = 0;
        for (double x : PRICES) {
            mean += x / PRICES.length;
        }
        double squares = 0;
        for (double x : PRICES) {
            squares += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(squares / (PRICES.length - 1)) / Math.sqrt(PRICES.length);
        double quantile = TDistribution.of(9).inverseCumulativeProbability(0.975);
        assertEquals(14.5, mean, 1e-12);
        assertEquals(mean, assessment.estimate(), 1e-12);
        assertEquals(mean - quantile * se, assessment.interval().lower(), 1e-9);
        assertEquals(mean + quantile * se, assessment.interval().upper(), 1e-9);
        // Student's t table: t(0.975, 9 df) = 2.262.
        assertEquals(2.262, (assessment.interval().upper() - mean) / se, 0.5e-3);
        double t = (mean - 12) / se;
        assertEquals(t, assessment.statistic(), 1e-9);
        assertEquals(TDistribution.of(9).cumulativeProbability(t), assessment.probability(), 1e-12);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertEquals("P(mean >= 12 USD/month) = 0.98: mean 14.5 USD/month after 10 measurements", assessment.reason());
    }

    @Test
    void publishedQuantilesOfStudentsT() {
        // t(0.975, df) from the standard table, three decimals.
        Assessment five = Scoring.mean()
                .assess(hypothesis(SuccessCriterion.meanAtLeast(0, UNIT, 1)), measurements(1, 2, 3, 4, 5));
        double se5 = Math.sqrt(2.5 / 5);
        assertEquals(2.776, (five.interval().upper() - 3) / se5, 0.5e-3);
        Assessment ninety = Scoring.mean()
                .withLevel(0.9)
                .assess(hypothesis(SuccessCriterion.meanAtLeast(0, UNIT, 1)), measurements(1, 2, 3, 4, 5));
        // t(0.95, 4 df) = 2.132.
        assertEquals(2.132, (ninety.interval().upper() - 3) / se5, 0.5e-3);
    }

    @Test
    void decidesByTheProbabilityThatTheMeanMeetsTheThreshold() {
        assertEquals(Verdict.INCONCLUSIVE, verdict(SuccessCriterion.meanAtLeast(14, UNIT, 5)));
        assertEquals(Verdict.REFUTED, verdict(SuccessCriterion.meanAtLeast(18, UNIT, 5)));
        assertEquals(Verdict.SUPPORTED, verdict(SuccessCriterion.meanAtMost(18, UNIT, 5)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(SuccessCriterion.meanAtLeast(12, UNIT, 11)));
        Assessment atMost = Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtMost(14, UNIT, 5)), prices());
        Assessment atLeast = Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(14, UNIT, 5)), prices());
        assertEquals(1.0, atMost.probability() + atLeast.probability(), 1e-12);
    }

    @Test
    void equalMeasurementsLeaveNoDoubt() {
        Assessment assessment =
                Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(25, UNIT, 2)), measurements(30, 30, 30));
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertEquals(1.0, assessment.probability(), 0.0);
        assertEquals(Interval.confidence(30, 30, 0.95), assessment.interval());
    }

    @Test
    void oneMeasurementIsNotEnoughForAStandardDeviation() {
        Assessment assessment =
                Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(25, UNIT, 1)), measurements(30));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(30.0, assessment.estimate(), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, assessment.interval().lower(), 0.0);
        assertEquals(Option.some(1L), assessment.expectedAdditionalSample());
    }

    @Test
    void frequencyWeightsCountAMeasurementAsCopies() {
        EvidenceLog weighted = EvidenceLog.of(
                        measurement(10, Strength.SAID), measurement(20, Strength.SAID), measurement(40, Strength.PAID))
                .withWeights(StrengthWeights.of(1, 1, 2));
        EvidenceLog copies = measurements(10, 20, 40, 40);
        SuccessCriterion criterion = SuccessCriterion.meanAtLeast(20, UNIT, 3);
        Assessment byWeight = Scoring.mean().assess(hypothesis(criterion), weighted);
        Assessment byCopies = Scoring.mean().assess(hypothesis(criterion), copies);
        assertEquals(byCopies.estimate(), byWeight.estimate(), 1e-12);
        assertEquals(byCopies.interval().lower(), byWeight.interval().lower(), 1e-9);
        assertEquals(byCopies.interval().upper(), byWeight.interval().upper(), 1e-9);
        assertEquals(byCopies.probability(), byWeight.probability(), 1e-12);
        assertEquals(3, byWeight.sampleSize());
        assertEquals(4.0, byWeight.effectiveSampleSize(), 0.0);
    }

    @Test
    void onlyMeasurementsOfTheMinimumStrengthCount() {
        EvidenceLog evidence = EvidenceLog.of(
                measurement(100, Strength.SAID), measurement(20, Strength.DID), measurement(22, Strength.PAID));
        Assessment assessment = Scoring.mean()
                .assess(
                        hypothesis(SuccessCriterion.meanAtLeast(25, UNIT, 2).withMinimumStrength(Strength.DID)),
                        evidence);
        assertEquals(21.0, assessment.estimate(), 1e-12);
        assertEquals(2, assessment.sampleSize());
    }

    @Test
    void otherUnitsAndOtherMetricsAreNotJudged() {
        Assessment euros = Scoring.mean()
                .assess(hypothesis(SuccessCriterion.meanAtLeast(25, "EUR/month", 1)), measurements(30, 31, 32));
        assertEquals(Verdict.INCONCLUSIVE, euros.verdict());
        assertEquals("the measurements are in USD/month, the criterion in EUR/month", euros.reason());
        Assessment rate = Scoring.mean().assess(hypothesis(SuccessCriterion.proportionAtLeast(0.4, 1)), prices());
        assertEquals(Verdict.INCONCLUSIVE, rate.verdict());
        assertTrue(rate.reason().startsWith("mean judges the MEAN of a measurement, not a PROPORTION"));
    }

    @Test
    void theLargestValuesWithTheLargestWeightsStillAverage() {
        // Values of 1e300 once made the weighted sums overflow; measurements and weights are now bounded (1e100,
        // 1e6), so the extreme case averages. Closed form, in units of 1e100: mean 1/3, weighted squared deviations
        // W (4/9 + 16/9 + 4/9) with W = 1e6 per item, variance over the effective count 3e6 less one.
        Assessment assessment = Scoring.mean()
                .assess(
                        hypothesis(SuccessCriterion.meanAtLeast(0, UNIT, 1)),
                        measurements(1e100, -1e100, 1e100)
                                .withWeights(io.github.custdev.StrengthWeights.of(1e6, 1e6, 1e6)));
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertEquals(1e100 / 3, assessment.estimate(), 1e88);
        double variance = 1e6 * (24.0 / 9.0) / (3e6 - 1.0);
        assertEquals((1.0 / 3.0) / Math.sqrt(variance / 3e6), assessment.statistic(), 1e-6);
    }

    @Test
    void expectedAdditionalSampleUsesTheNormalApproximation() {
        // mean 14.5, s^2 = 102.5 / 9; against 14: n* = (z s / 0.5)^2 with z = 1.6448536269514722.
        Assessment assessment = Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(14, UNIT, 5)), prices());
        double ratio = 1.6448536269514722 * Math.sqrt(102.5 / 9) / 0.5;
        assertEquals(Option.some((long) Math.ceil(ratio * ratio - 10)), assessment.expectedAdditionalSample());
    }

    private static Verdict verdict(SuccessCriterion criterion) {
        return Scoring.mean().assess(hypothesis(criterion), prices()).verdict();
    }

    private static EvidenceLog prices() {
        return measurements(PRICES);
    }

    private static EvidenceLog measurements(double... values) {
        EvidenceLog log = EvidenceLog.empty();
        for (double value : values) {
            log = log.append(measurement(value, Strength.SAID));
        }
        return log;
    }

    private static Measurement measurement(double value, Strength strength) {
        return Measurement.of(ID, Source.of("practice"), START, value, UNIT, strength);
    }
}
