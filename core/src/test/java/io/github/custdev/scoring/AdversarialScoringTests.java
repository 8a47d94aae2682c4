package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BetaPrior;
import io.github.custdev.EvidenceLog;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Parameters at the edges of what the strategies accept: a finite answer that decides, or a clear refusal. */
class AdversarialScoringTests {
    @Test
    void aSubnormalErrorRateGivesFiniteBoundariesThatDecide() {
        // A = ln((1 - beta) / alpha): (0.9 / 1e-320) overflowed to infinity, so the test never supported anything.
        SequentialScoring sprt = Scoring.sequential(0.3, 0.6, 1e-320, 0.1);
        assertEquals(Math.log(0.9) - Math.log(1e-320), sprt.upperBoundary(), 1e-12);
        assertEquals(Math.log(0.1), sprt.lowerBoundary(), 1e-15);
        // Each success adds ln 2: 1,062 of them pass A ~ 736.
        Assessment assessment = sprt.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.45, 1)), log(1_100, 0));
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
    }

    @Test
    void aSubnormalBetaGivesAFiniteLowerBoundary() {
        // B = ln(beta / (1 - alpha)): 1e-320 / 0.95 is subnormal and loses most of its digits.
        SequentialScoring sprt = Scoring.sequential(0.3, 0.6, 0.05, 1e-320);
        assertEquals(Math.log(1e-320) - Math.log(0.95), sprt.lowerBoundary(), 1e-12);
        assertTrue(Double.isFinite(sprt.upperBoundary()));
    }

    @Test
    void aSubnormalP0GivesAFiniteStep() {
        SequentialScoring sprt = Scoring.sequential(1e-320, 0.5, 0.05, 0.1);
        Assessment assessment = sprt.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.1, 1)), log(3, 0));
        // One success passes A ~ 2.94 at once: the ratio is ln(0.5 / 1e-320) ~ 736.
        assertEquals(Math.log(0.5) - Math.log(1e-320), assessment.statistic(), 1e-12);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
    }

    @Test
    void aPriorTooConcentratedOnZeroAndOneIsRefused() {
        // Beta(1e-300, 1e-300) gave the credible interval [0.5, 0.5] for a prior that puts half its mass at each end.
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BetaPrior.of(1e-300, 1e-300));
        assertEquals("prior.alpha must be in [1.0E-100, 1.0E12]: 1.0E-300", e.getMessage());
        InvalidValueException b = assertThrows(InvalidValueException.class, () -> BetaPrior.of(1, Double.MIN_VALUE));
        assertEquals("prior.beta must be in [1.0E-100, 1.0E12]: 4.9E-324", b.getMessage());
        // The bounds themselves are accepted, and give an interval that spans the unit interval.
        BetaPrior edge = BetaPrior.of(1e-100, 1e-100);
        Assessment assessment = Scoring.bayesian()
                .withDefaultPrior(edge)
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 1)), log(0, 0));
        assertEquals(0.0, assessment.interval().lower(), 1e-12);
        assertEquals(1.0, assessment.interval().upper(), 1e-12);
        assertEquals(1e12, BetaPrior.of(1e12, 1).alpha(), 0.0);
    }

    @Test
    void aPriorOfTooManyPseudoCountsIsRefused() {
        // Beta(1e17, 1e17) made Commons Numbers' continued fraction give up with an ArithmeticException.
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BetaPrior.of(1e17, 1e17));
        assertEquals("prior.alpha must be in [1.0E-100, 1.0E12]: 1.0E17", e.getMessage());
        assertThrows(InvalidValueException.class, () -> BetaPrior.of(1, Math.nextUp(1e12)));
        assertThrows(InvalidValueException.class, () -> BetaPrior.of(Math.nextDown(1e-100), 1));
    }

    private static final double Z975 = 1.959963984540054;

    @Test
    void aRateOnTheThresholdAfter2To55TrialsIsJudgedByTheNormalApproximation() {
        // Commons' continued fraction did not converge (FractionException) for Beta(2^54 + 1, 2^54 + 1) at 0.5.
        long n = 1L << 55;
        EvidenceLog log = EvidenceLog.ofAll(java.util.List.of(Fixtures.behaviour(n / 2, n)));
        Assessment assessment = Scoring.bayesian().assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log);
        // Beta(a, a) is symmetric about 1/2, so the tail beyond it is exactly 1/2, and its variance is 1 / (4 (2a +
        // 1)).
        assertEquals(0.5, assessment.probability(), 1e-15);
        assertEquals(1.0, assessment.interval().lower() + assessment.interval().upper(), 1e-15);
        double halfWidth = Z975 * Math.sqrt(1.0 / (4.0 * (n + 3.0)));
        assertEquals(halfWidth, assessment.interval().upper() - 0.5, 1e-15); // a few ulps of 0.5
        Assessment loss = Scoring.bayesian()
                .withExpectedLoss(0.001)
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log);
        assertEquals(Verdict.SUPPORTED, loss.verdict());
    }

    @Test
    void aRateJustAboveTheThresholdAfter2To55TrialsHasTheNormalTail() {
        // 1e8 successes above one half: the posterior's mean lies about 1.05 standard deviations above it. At 3.6e16
        // pseudo-observations the Beta is normal to within 1e-15 (its skewness is about 1e-16), so the normal
        // distribution function is an independent value; Commons gave 0.75 here.
        long n = 1L << 55;
        long s = n / 2 + 100_000_000L;
        EvidenceLog log = EvidenceLog.ofAll(java.util.List.of(Fixtures.behaviour(s, n)));
        Assessment assessment = Scoring.bayesian().assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log);
        double a = s + 1.0;
        double b = n - s + 1.0;
        double mean = a / (a + b);
        double sd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1.0)));
        double expected = NormalDistribution.of(0, 1).cumulativeProbability((mean - 0.5) / sd);
        assertEquals(expected, assessment.probability(), 1e-6);
        assertTrue(assessment.probability() > 0.85, "about 0.853: " + assessment.probability());
    }

    @Test
    void theCorrectedNormalApproximationAgreesWithCommonsWhereCommonsIsAccurate() {
        // At Beta(1e6, 1e12) the continued fraction still converges and is accurate; the skewness (2e-3) is large
        // enough that an uncorrected normal would be wrong by 1.3e-4.
        double a = 1e6;
        double b = 1e12;
        assertTrue(BayesianStrategy.nearlyNormal(a, b));
        double mean = a / (a + b);
        double sd = Math.sqrt(mean * (b / (a + b)) / (a + b + 1.0));
        for (double k : new double[] {-3, -2, -0.5, 0, 0.5, 2, 3}) {
            double x = mean + k * sd;
            assertEquals(RegularizedBeta.complement(x, a, b), BayesianStrategy.betaSurvival(x, a, b), 1e-7, "k=" + k);
            assertEquals(RegularizedBeta.value(x, a, b), BayesianStrategy.betaCumulative(x, a, b), 1e-7, "k=" + k);
            // The mirror image, 1 - X ~ Beta(b, a), skewed the other way.
            assertEquals(RegularizedBeta.value(x, a, b), BayesianStrategy.betaSurvival(1.0 - x, b, a), 2e-7);
        }
        BetaDistribution beta = BetaDistribution.of(a, b);
        for (double u : new double[] {0.001, 0.025, 0.5, 0.975, 0.999}) {
            assertEquals(beta.inverseCumulativeProbability(u), BayesianStrategy.normalQuantile(u, a, b), sd * 1e-4);
        }
    }

    @Test
    void theNormalApproximationServesOnlyLargeAndBalancedPosteriors() {
        assertFalse(BayesianStrategy.nearlyNormal(5e11, 5e11), "exactly 1e12 pseudo-observations");
        assertTrue(BayesianStrategy.nearlyNormal(5e11, 5e11 + 1));
        assertTrue(BayesianStrategy.nearlyNormal(1e6, 1e13), "each shape at least 1e6");
        assertFalse(BayesianStrategy.nearlyNormal(999_999, 1e13), "a skewed posterior stays with Commons");
        assertFalse(BayesianStrategy.nearlyNormal(1e13, 999_999));
        // Far in the upper tail of a posterior skewed to the left the correction would go below zero.
        double a = 1e12;
        double b = 1e6;
        double mean = a / (a + b);
        double sd = Math.sqrt(mean * (b / (a + b)) / (a + b + 1.0));
        assertEquals(0.0, BayesianStrategy.betaSurvival(mean + 15 * sd, a, b), 0.0);
        assertEquals(1.0, BayesianStrategy.betaCumulative(mean + 15 * sd, a, b), 0.0);
        assertEquals(1.0, BayesianStrategy.betaSurvival(0.0, a, b), 0.0);
        assertEquals(0.0, BayesianStrategy.betaSurvival(1.0, a, b), 0.0);
        assertEquals(0.0, BayesianStrategy.betaCumulative(0.0, a, b), 0.0);
        assertEquals(1.0, BayesianStrategy.betaCumulative(1.0, a, b), 0.0);
    }

    @Test
    void weightsThatOverflowOrLoseTheirDigitsAreRefused() {
        // (MAX, MAX, MAX) made the effective sample infinite (FractionException); subnormal weights made the fixed
        // sample and sequential intervals NaN ("interval.lower must not be NaN").
        InvalidValueException max = assertThrows(
                InvalidValueException.class,
                () -> StrengthWeights.of(Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE));
        assertEquals("weights.said must be 0 or in [1.0E-6, 1000000.0]: 1.7976931348623157E308", max.getMessage());
        InvalidValueException tiny =
                assertThrows(InvalidValueException.class, () -> StrengthWeights.of(1, 1, Double.MIN_VALUE));
        assertEquals("weights.paid must be 0 or in [1.0E-6, 1000000.0]: 4.9E-324", tiny.getMessage());
    }

    @Test
    void theExtremeWeightsWithTheLargestCountsGiveFiniteAnswers() {
        for (double w : new double[] {StrengthWeights.MINIMUM, StrengthWeights.MAXIMUM}) {
            StrengthWeights weights = StrengthWeights.of(w, w, w);
            assertEquals(w, weights.of(Strength.PAID), 0.0);
            for (long[] counts : new long[][] {{3, 10}, {0, 1}, {1, 1}, {1L << 61, Long.MAX_VALUE}}) {
                EvidenceLog log = EvidenceLog.ofAll(java.util.List.of(Fixtures.behaviour(counts[0], counts[1])))
                        .withWeights(weights);
                for (ScoringStrategy strategy : new ScoringStrategy[] {
                    Scoring.bayesian(),
                    Scoring.bayesian().withExpectedLoss(0.01),
                    Scoring.fixedSample(),
                    Scoring.sequential(0.3, 0.6)
                }) {
                    Assessment assessment =
                            strategy.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log);
                    String what = strategy + " " + w + " " + counts[0] + "/" + counts[1];
                    assertTrue(assessment.probability() >= 0.0 && assessment.probability() <= 1.0, what);
                    assertTrue(
                            assessment.interval().lower()
                                    <= assessment.interval().upper(),
                            what);
                }
            }
        }
    }
}
