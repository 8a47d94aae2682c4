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
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * The mean strategy at its exact boundaries: the minimum sample met by exactly as many measurements, the second
 * measurement that makes a standard deviation, equal measurements on each side of and at the threshold, and the
 * expected additional sample from the normal approximation.
 */
class MeanBoundaryTests {
    private static final String UNIT = "USD/month";
    private static final double[] PRICES = {12, 15, 9, 20, 17, 14, 11, 18, 16, 13};

    @Test
    void exactlyTheMinimumSampleIsEnoughAndOneFewerIsNot() {
        Assessment enough = Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(12, UNIT, 10)), log(PRICES));
        assertEquals(Verdict.SUPPORTED, enough.verdict());
        assertEquals(Option.none(), enough.expectedAdditionalSample());

        Assessment short1 = Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(12, UNIT, 11)), log(PRICES));
        assertEquals(Verdict.INCONCLUSIVE, short1.verdict());
        assertEquals(Option.some(1L), short1.expectedAdditionalSample(), "one more measurement meets the minimum");
        assertEquals(enough.probability(), short1.probability(), 0.0, "the minimum does not change the evidence");
    }

    @Test
    void oneMeasurementIsUnknownAndTwoMakeATTest() {
        SuccessCriterion criterion = SuccessCriterion.meanAtLeast(10, UNIT, 1);
        Assessment one = Scoring.mean().assess(hypothesis(criterion), log(30));
        assertEquals(Verdict.INCONCLUSIVE, one.verdict());
        assertEquals(0.5, one.probability());
        assertEquals(Option.some(1L), one.expectedAdditionalSample());
        assertTrue(one.reason().contains("unknown until there are two measurements"), one.reason());

        Assessment two = Scoring.mean().assess(hypothesis(criterion), log(30, 34));
        double se = Math.sqrt(8.0 / 2); // s^2 = ((30-32)^2 + (34-32)^2) / 1 = 8
        double t = (32 - 10) / se;
        assertEquals(t, two.statistic(), 1e-12);
        assertEquals(TDistribution.of(1).cumulativeProbability(t), two.probability(), 1e-12);
        assertEquals(32, two.estimate(), 1e-12);
    }

    @Test
    void equalMeasurementsDecideByTheirSideOfTheThreshold() {
        Assessment above =
                Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(12, UNIT, 2)), log(15, 15, 15));
        assertEquals(1.0, above.probability());
        assertEquals(Double.POSITIVE_INFINITY, above.statistic());
        assertEquals(Verdict.SUPPORTED, above.verdict());
        assertEquals(15.0, above.interval().lower());
        assertEquals(15.0, above.interval().upper());

        Assessment below =
                Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(20, UNIT, 2)), log(15, 15, 15));
        assertEquals(0.0, below.probability());
        assertEquals(Double.NEGATIVE_INFINITY, below.statistic());
        assertEquals(Verdict.REFUTED, below.verdict());

        Assessment at = Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(15, UNIT, 2)), log(15, 15, 15));
        assertEquals(0.5, at.probability());
        assertEquals(0.0, at.statistic());
        assertEquals(Verdict.INCONCLUSIVE, at.verdict());

        Assessment atMost =
                Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtMost(20, UNIT, 2)), log(15, 15, 15));
        assertEquals(1.0, atMost.probability(), "at most: below the threshold supports");
        assertEquals(Verdict.SUPPORTED, atMost.verdict());
    }

    @Test
    void theExpectedAdditionalSampleIsWhereTheNormalApproximationWouldDecide() {
        // mean 3, s^2 = 2.5 over five measurements, threshold 2.5: P = F_4(0.707) = 0.74, undecided.
        Assessment assessment =
                Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(2.5, UNIT, 2)), log(1, 2, 3, 4, 5));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.05);
        double needed = Math.pow(z * Math.sqrt(2.5) / (3 - 2.5), 2); // n at which z * s / sqrt(n) = |mean - t|
        assertEquals(Option.some((long) Math.ceil(needed - 5)), assessment.expectedAdditionalSample());
        assertEquals(23L, assessment.expectedAdditionalSample().get());

        Assessment atMost =
                Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtMost(3.5, UNIT, 2)), log(1, 2, 3, 4, 5));
        assertEquals(Option.some(23L), atMost.expectedAdditionalSample(), "the same distance on the other side");
    }

    @Test
    void aProbabilityExactlyAtOneMinusTheRiskSupports() {
        // Two measurements 30 and 34: mean 32, se = 2; against 30, t = 1 with one degree of freedom (Cauchy):
        // P = 1/2 + atan(1) / pi = 3/4, and the criterion fails with P(T <= -1) = 1/4. SUPPORTED is decided on that
        // failing tail (so that a risk below 1e-16 is decided right), which Commons computes as 1/4 + 1 ulp: a risk
        // of exactly that supports, one ulp less does not.
        double failing = TDistribution.of(1).cumulativeProbability(-1);
        assertEquals(0.25, failing, 1e-15);
        Assessment atLeast = Scoring.mean()
                .withRisk(failing)
                .assess(hypothesis(SuccessCriterion.meanAtLeast(30, UNIT, 2)), log(30, 34));
        assertEquals(0.75, atLeast.probability(), 1e-15);
        assertEquals(Verdict.SUPPORTED, atLeast.verdict());
        Assessment below = Scoring.mean()
                .withRisk(Math.nextDown(failing))
                .assess(hypothesis(SuccessCriterion.meanAtLeast(30, UNIT, 2)), log(30, 34));
        assertEquals(Verdict.INCONCLUSIVE, below.verdict());
    }

    @Test
    void aMeanOnTheThresholdWithTheMinimumSampleExpectsNoFixedMore() {
        Assessment at = Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(32, UNIT, 2)), log(30, 34));
        assertEquals(0.5, at.probability(), 0.0);
        assertEquals(Verdict.INCONCLUSIVE, at.verdict());
        assertEquals(Option.none(), at.expectedAdditionalSample());
    }

    @Test
    void measurementsOfAStrengthWeightedZeroAreNotCounted() {
        EvidenceLog weighted = log(30, 34)
                .append(Measurement.of(ID, Source.of("usage"), START, 1000, UNIT, Strength.DID))
                .withWeights(StrengthWeights.of(1, 0, 1));
        Assessment assessment = Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(30, UNIT, 2)), weighted);
        assertEquals(2, assessment.sampleSize());
        assertEquals(32, assessment.estimate(), 1e-12);
    }

    @Test
    void theRiskAndLevelAreThoseGiven() {
        assertEquals(0.1, Scoring.mean().withRisk(0.1).risk(), 0.0);
        assertEquals(0.9, Scoring.mean().withLevel(0.9).level(), 0.0);
    }

    private static EvidenceLog log(double... values) {
        EvidenceLog log = EvidenceLog.empty();
        for (double value : values) {
            log = log.append(Measurement.of(ID, Source.of("practice"), START, value, UNIT, Strength.SAID));
        }
        return log;
    }
}
