package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.ID;
import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BetaPrior;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Measurement;
import io.github.custdev.Source;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * Posterior probabilities and expected losses within 1e-16 of 0 or 1, against closed forms: for Beta(1, b),
 * {@code P(X > x) = (1 - x)^b}; for Beta(a, 1), {@code P(X <= x) = x^a}; for Beta(a, 1),
 * {@code E[(t - X)+] = t^(a + 1) / (a + 1)}; for Beta(1, b), {@code E[(X - t)+] = (1 - t)^(b + 1) / (b + 1)}. Each tail
 * must come from its own function: as {@code 1 - } the other, a tail below 1e-16 is lost to rounding, and with a
 * risk below 1e-16 (where {@code 1 - risk} rounds to 1) the verdict came out wrong.
 */
class ExtremeTailTests {
    private static final SuccessCriterion AT_LEAST_HALF = SuccessCriterion.proportionAtLeast(0.5, 1);
    private static final SuccessCriterion AT_MOST_HALF = SuccessCriterion.proportionAtMost(0.5, 1);

    @Test
    void aTinyProbabilityKeepsItsRelativePrecision() {
        // Uniform prior, 999 failures: Beta(1, 1000); P(p >= 1/2) = 2^-1000, P(p <= 1/2) = 1 - 2^-1000.
        Assessment low = Scoring.bayesian().assess(hypothesis(AT_LEAST_HALF), log(0, 999));
        double closed = Math.pow(0.5, 1000);
        assertEquals(closed, low.probability(), 1e-12 * closed);
        assertEquals(BetaDistribution.of(1, 1000).survivalProbability(0.5), low.probability(), 1e-12 * closed);
        assertEquals(Verdict.REFUTED, low.verdict());
        // Uniform prior, 999 successes: Beta(1000, 1); P(p <= 1/2) = 2^-1000.
        Assessment atMost = Scoring.bayesian().assess(hypothesis(AT_MOST_HALF), log(999, 0));
        assertEquals(closed, atMost.probability(), 1e-12 * closed);
        assertEquals(BetaDistribution.of(1000, 1).cumulativeProbability(0.5), atMost.probability(), 1e-12 * closed);
        assertEquals(Verdict.REFUTED, atMost.verdict());
    }

    @Test
    void aRiskBelowTheRoundingOfOneIsDecidedOnTheFailingTail() {
        // Beta(60, 1): P(p < 1/2) = 2^-60 = 8.7e-19. With risk 1e-20, 1 - risk rounds to 1 and so does
        // P(p >= 1/2) = 1 - 8.7e-19: read as 1 - the other tail it was SUPPORTED; the criterion fails with a
        // probability 87 times the risk.
        BayesianScoring strict = Scoring.bayesian().withRisk(1e-20);
        assertEquals(
                Verdict.INCONCLUSIVE,
                strict.assess(hypothesis(AT_LEAST_HALF), log(59, 0)).verdict());
        // Beta(70, 1): 2^-70 = 8.5e-22 is within the risk.
        assertEquals(
                Verdict.SUPPORTED,
                strict.assess(hypothesis(AT_LEAST_HALF), log(69, 0)).verdict());
        // AT_MOST, Beta(1, 60): P(p > 1/2) = 2^-60.
        assertEquals(
                Verdict.INCONCLUSIVE,
                strict.assess(hypothesis(AT_MOST_HALF), log(0, 59)).verdict());
        assertEquals(
                Verdict.SUPPORTED,
                strict.assess(hypothesis(AT_MOST_HALF), log(0, 69)).verdict());
        // and the refuting side at the same risk, by the closed form's own tail
        assertEquals(
                Verdict.INCONCLUSIVE,
                strict.assess(hypothesis(AT_LEAST_HALF), log(0, 59)).verdict());
        assertEquals(
                Verdict.REFUTED,
                strict.assess(hypothesis(AT_LEAST_HALF), log(0, 69)).verdict());
    }

    @Test
    void aTinyExpectedLossOfDeclaringItMetIsComputedFromTheLowerTails() {
        // Beta(60, 1), AT_LEAST 1/2: E[(1/2 - p)+] = 2^-61 / 61 = 7.1e-21; as 1 - the upper tail it was 0.
        double closed = Math.pow(0.5, 61) / 61;
        Assessment supported = Scoring.bayesian().withExpectedLoss(1e-20).assess(hypothesis(AT_LEAST_HALF), log(59, 0));
        assertEquals(closed, supported.statistic(), 1e-10 * closed);
        assertEquals(Verdict.SUPPORTED, supported.verdict());
        Assessment tooStrict = Scoring.bayesian().withExpectedLoss(1e-21).assess(hypothesis(AT_LEAST_HALF), log(59, 0));
        assertEquals(Verdict.INCONCLUSIVE, tooStrict.verdict());
        // AT_MOST 1/2 with Beta(1, 60): declaring it met risks E[(p - 1/2)+] = 2^-61 / 61.
        Assessment atMost = Scoring.bayesian().withExpectedLoss(1e-20).assess(hypothesis(AT_MOST_HALF), log(0, 59));
        assertEquals(closed, atMost.statistic(), 1e-10 * closed);
        assertEquals(Verdict.SUPPORTED, atMost.verdict());
        assertTrue(atMost.reason().startsWith("expected loss if supported < 0.0001 <= 1.0E-20; "), atMost.reason());
    }

    @Test
    void aTinyExpectedLossOfDeclaringItFailedIsComputedFromTheUpperTails() {
        // Beta(1, 60), AT_LEAST 1/2: E[(p - 1/2)+] = 2^-61 / 61; as E[(t - p)+] + m - t it was rounding error.
        double closed = Math.pow(0.5, 61) / 61;
        Assessment refuted = Scoring.bayesian().withExpectedLoss(1e-20).assess(hypothesis(AT_LEAST_HALF), log(0, 59));
        assertEquals(closed, refuted.statistic(), 1e-10 * closed);
        assertEquals(Verdict.REFUTED, refuted.verdict());
        assertEquals(
                Verdict.INCONCLUSIVE,
                Scoring.bayesian()
                        .withExpectedLoss(1e-21)
                        .assess(hypothesis(AT_LEAST_HALF), log(0, 59))
                        .verdict());
        // AT_MOST 1/2 with Beta(60, 1): declaring it failed risks E[(1/2 - p)+].
        Assessment atMost = Scoring.bayesian().withExpectedLoss(1e-20).assess(hypothesis(AT_MOST_HALF), log(59, 0));
        assertEquals(closed, atMost.statistic(), 1e-10 * closed);
        assertEquals(Verdict.REFUTED, atMost.verdict());
    }

    @Test
    void theNormalApproximationsLowerTailKeepsItsRelativePrecision() {
        // Prior Beta(1e12, 0.4e12) and one success: computed by the corrected normal approximation. Thirty
        // standard deviations below the mean, P(p <= t) is about Phi(-30) = 4.9e-198 (the skewness correction is
        // below 1% there); as 1 - P(p > t) it was 0.
        double a = 1e12 + 1;
        double b = 0.4e12;
        double n = a + b;
        double m = a / n;
        double sd = Math.sqrt(m * (1 - m) / n);
        NormalDistribution normal = NormalDistribution.of(0, 1);
        BayesianScoring bayes = Scoring.bayesian().withDefaultPrior(BetaPrior.of(1e12, 0.4e12));
        double t = m - 30 * sd;
        Assessment tail = bayes.assess(hypothesis(SuccessCriterion.proportionAtMost(t, 1)), log(1, 0));
        assertEquals(normal.cumulativeProbability(-30), tail.probability(), 0.01 * normal.cumulativeProbability(-30));
        assertEquals(Verdict.REFUTED, tail.verdict());
        // 8.8 standard deviations below: P(p <= t) = 7e-19 or so; with risk 1e-20 AT_LEAST t is not yet supported
        double near = m - 8.8 * sd;
        BayesianScoring strict = bayes.withRisk(1e-20);
        Assessment atLeast = strict.assess(hypothesis(SuccessCriterion.proportionAtLeast(near, 1)), log(1, 0));
        assertEquals(Verdict.INCONCLUSIVE, atLeast.verdict());
        Assessment atMost = strict.assess(hypothesis(SuccessCriterion.proportionAtMost(near, 1)), log(1, 0));
        assertEquals(normal.cumulativeProbability(-8.8), atMost.probability(), 0.01 * atMost.probability());
        assertEquals(
                Verdict.SUPPORTED,
                strict.assess(hypothesis(SuccessCriterion.proportionAtLeast(m - 10 * sd, 1)), log(1, 0))
                        .verdict());
    }

    @Test
    void theMeanRuleDecidesATinyRiskOnTheFailingTail() {
        // Ten prices, mean 14.5 and standard error s / sqrt(10): the threshold where P(T9 <= -statistic) is 1e-18.
        double[] prices = {12, 15, 9, 20, 17, 14, 11, 18, 16, 13};
        double mean = 14.5;
        double ss = 0;
        for (double price : prices) {
            ss += (price - mean) * (price - mean);
        }
        double se = Math.sqrt(ss / 9 / 10);
        TDistribution student = TDistribution.of(9);
        double statistic = -student.inverseCumulativeProbability(1e-18);
        double threshold = mean - statistic * se;
        EvidenceLog evidence = EvidenceLog.empty();
        for (double price : prices) {
            evidence = evidence.append(Measurement.of(ID, Source.of("p"), START, price, "USD", Strength.SAID));
        }
        SuccessCriterion atLeast = SuccessCriterion.meanAtLeast(threshold, "USD", 2);
        Assessment strict = Scoring.mean().withRisk(1e-20).assess(hypothesis(atLeast), evidence);
        assertEquals(statistic, strict.statistic(), 1e-9 * statistic);
        assertEquals(Verdict.INCONCLUSIVE, strict.verdict(), "the mean fails the criterion with probability 1e-18");
        assertEquals(
                Verdict.SUPPORTED,
                Scoring.mean()
                        .withRisk(1e-17)
                        .assess(hypothesis(atLeast), evidence)
                        .verdict());
        SuccessCriterion atMost = SuccessCriterion.meanAtMost(mean + statistic * se, "USD", 2);
        Assessment below = Scoring.mean().withRisk(1e-20).assess(hypothesis(atMost), evidence);
        assertEquals(Verdict.INCONCLUSIVE, below.verdict());
        assertEquals(
                Verdict.SUPPORTED,
                Scoring.mean()
                        .withRisk(1e-17)
                        .assess(hypothesis(atMost), evidence)
                        .verdict());
    }
}
