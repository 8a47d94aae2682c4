package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.behaviour;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.EvidenceLog;
import io.github.custdev.SuccessCriterion;
import io.vavr.control.Option;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The Bayesian rules exactly at their thresholds, with posteriors whose probabilities and expected losses are
 * short fractions: Beta(2, 1) has P(X <= x) = x^2, Beta(2, 2) has E[max(0, 1/2 - X)] = 3/32.
 */
class BayesianBoundaryTests {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);

    @Test
    void aProbabilityExactlyAtOneMinusTheRiskSupportsAndExactlyAtTheRiskRefutes() {
        // Uniform prior and one success: Beta(2, 1); P(X > 1/2) = 3/4 = 1 - risk, P(X <= 1/2) = 1/4 = risk.
        BayesianScoring bayes = Scoring.bayesian().withRisk(0.25);
        Assessment atLeast = bayes.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log(1, 0));
        assertEquals(0.75, atLeast.statistic(), 0.0);
        assertEquals(Verdict.SUPPORTED, atLeast.verdict());
        Assessment atMost = bayes.assess(hypothesis(SuccessCriterion.proportionAtMost(0.5, 1)), log(1, 0));
        assertEquals(0.25, atMost.statistic(), 0.0);
        assertEquals(Verdict.REFUTED, atMost.verdict());
    }

    @Test
    void anExpectedLossExactlyAtEpsilonDecides() {
        // Beta(2, 2), threshold 1/2: E[max(0, 1/2 - X)] = 6 * integral_0^1/2 (1/2 - x) x (1 - x) dx = 3/32.
        BayesianScoring bayes = Scoring.bayesian().withExpectedLoss(3.0 / 32.0);
        Assessment assessment = bayes.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log(1, 1));
        assertEquals(3.0 / 32.0, assessment.statistic(), 0.0);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertTrue(
                assessment.reason().startsWith("expected loss if supported 0.0938 <= 0.09375; "), assessment.reason());
        Assessment above = Scoring.bayesian()
                .withExpectedLoss(0.09)
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log(1, 1));
        assertEquals(Verdict.INCONCLUSIVE, above.verdict());
        assertTrue(above.reason().startsWith("expected loss if supported 0.0938 > 0.09; "), above.reason());
    }

    @Test
    void aZeroLossIsWrittenAsZero() {
        // Threshold 0: the rate is at least 0 for certain, nothing is lost by declaring it supported.
        Assessment assessment = Scoring.bayesian()
                .withExpectedLoss(0.01)
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.0, 1)), log(1, 1));
        assertEquals(0.0, assessment.statistic(), 0.0);
        assertTrue(assessment.reason().startsWith("expected loss if supported 0.0000 <= 0.01; "), assessment.reason());
    }

    @Test
    void aMeanExactlyOnTheThresholdHasNoExpectedAdditionalSample() {
        // Beta(2, 2): mean 1/2 on the threshold, P = 1/2 and loss 3/32: undecided, and no distance to close.
        SuccessCriterion half = SuccessCriterion.proportionAtLeast(0.5, 1);
        Assessment probability = Scoring.bayesian().assess(hypothesis(half), log(1, 1));
        assertEquals(Verdict.INCONCLUSIVE, probability.verdict());
        assertEquals(Option.none(), probability.expectedAdditionalSample());
        Assessment loss = Scoring.bayesian().withExpectedLoss(0.01).assess(hypothesis(half), log(1, 1));
        assertEquals(Verdict.INCONCLUSIVE, loss.verdict());
        assertEquals(Option.none(), loss.expectedAdditionalSample());
    }

    @Test
    void oneMoreTrialIsExpectedWhenTheNormalLossAfterItIsWithinEpsilon() {
        // Beta(2, 2), threshold 0.4: the exact loss 6 * integral_0^0.4 (0.4 - x) x (1 - x) dx = 0.0512 exceeds
        // 0.05; the normal approximation with one more trial, sigma = sqrt(0.25 / 5), is below it.
        double exact =
                6 * (0.4 * (0.4 * 0.4 / 2 - 0.4 * 0.4 * 0.4 / 3) - (Math.pow(0.4, 3) / 3 - Math.pow(0.4, 4) / 4));
        assertEquals(0.0512, exact, 1e-15);
        assertTrue(normalLoss(Math.sqrt(0.25 / 5), 0.1) < 0.05);
        Assessment assessment = Scoring.bayesian()
                .withExpectedLoss(0.05)
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.4, 1)), log(1, 1));
        assertEquals(exact, assessment.statistic(), 1e-12);
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(Option.some(1L), assessment.expectedAdditionalSample());
    }

    @Test
    void theExpectedLossSampleIsPreciseForALargeSample() {
        // A million trials, half successes: Beta(500001, 500001), mean 1/2, threshold 0.499. The sample n' at
        // which the normal loss with sigma = sqrt(0.25 / (n' + 1)) falls to epsilon, found here by bisection.
        double epsilon = 1e-6;
        double d = 0.5 - 0.499;
        double low = 0.0;
        double high = 1.0;
        for (int i = 0; i < 2000 && low < high; i++) {
            double middle = 0.5 * (low + high);
            if (middle == low || middle == high) {
                break;
            }
            if (normalLoss(middle, d) <= epsilon) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double needed = 0.25 / (low * low) - 1.0 - 1_000_002.0;
        assertTrue(needed > 1.0, "needed " + needed);
        assertTrue(Math.abs(needed - Math.rint(needed)) > 1e-3, "needed " + needed);
        Assessment assessment = Scoring.bayesian()
                .withExpectedLoss(epsilon)
                .assess(
                        hypothesis(SuccessCriterion.proportionAtLeast(0.499, 1)),
                        EvidenceLog.of(behaviour(500_000, 1_000_000)));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(Option.some((long) Math.ceil(needed)), assessment.expectedAdditionalSample());
    }

    private static double normalLoss(double sigma, double d) {
        double u = d / sigma;
        return sigma * Math.exp(-u * u / 2) / Math.sqrt(2 * Math.PI) - d * STANDARD_NORMAL.cumulativeProbability(-u);
    }
}
