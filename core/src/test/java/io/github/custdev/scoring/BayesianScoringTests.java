package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.ID;
import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.betaCdf;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.control.Option;
import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/** The Bayesian strategy against closed forms: binomial sums for Beta tails, integrals for expected losses. */
class BayesianScoringTests {
    private static final double EXACT = 1e-9;

    @Test
    void posteriorMeanAndTailEqualClosedForms() {
        // 7 of 20 under the uniform prior: Beta(8, 14).
        Assessment assessment =
                Scoring.bayesian().assess(hypothesis(SuccessCriterion.proportionAtLeast(0.4, 20)), log(7, 13));
        assertEquals(8.0 / 22.0, assessment.estimate(), EXACT);
        assertEquals(1.0 - betaCdf(8, 14, 0.4), assessment.probability(), EXACT);
        assertEquals(assessment.probability(), assessment.statistic(), 0.0);
        assertEquals(20, assessment.sampleSize());
        assertEquals(20.0, assessment.effectiveSampleSize(), 0.0);
    }

    @Test
    void atMostAsksForTheLowerTail() {
        Assessment assessment =
                Scoring.bayesian().assess(hypothesis(SuccessCriterion.proportionAtMost(0.4, 20)), log(7, 13));
        assertEquals(betaCdf(8, 14, 0.4), assessment.probability(), EXACT);
        assertTrue(assessment.statisticName().equals("P(rate <= 0.40)"), assessment.statisticName());
    }

    @Test
    void credibleIntervalCutsEqualTails() {
        Assessment assessment =
                Scoring.bayesian().assess(hypothesis(SuccessCriterion.proportionAtLeast(0.4, 20)), log(7, 13));
        Interval interval = assessment.interval();
        assertEquals(Interval.Kind.CREDIBLE, interval.kind());
        assertEquals(0.95, interval.level(), 0.0);
        assertEquals(0.025, betaCdf(8, 14, interval.lower()), EXACT);
        assertEquals(0.975, betaCdf(8, 14, interval.upper()), EXACT);

        Interval ninety = Scoring.bayesian()
                .withLevel(0.9)
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.4, 20)), log(7, 13))
                .interval();
        assertEquals(0.05, betaCdf(8, 14, ninety.lower()), EXACT);
        assertEquals(0.95, betaCdf(8, 14, ninety.upper()), EXACT);
    }

    @Test
    void theHypothesisPriorComesFirst() {
        Hypothesis withPrior = Hypothesis.builder()
                .id(ID)
                .statement("a hypothesis with a prior")
                .area(BusinessModelArea.PROBLEM)
                .phase(Phase.CUSTOMER_DISCOVERY)
                .criterion(SuccessCriterion.proportionAtLeast(0.5, 10))
                .prior(BetaPrior.of(3, 2))
                .build();
        // Beta(3, 2) and 5 of 10: Beta(8, 7).
        Assessment assessment =
                Scoring.bayesian().withDefaultPrior(BetaPrior.jeffreys()).assess(withPrior, log(5, 5));
        assertEquals(8.0 / 15.0, assessment.estimate(), EXACT);
        assertEquals(1.0 - betaCdf(8, 7, 0.5), assessment.probability(), EXACT);
        assertEquals(Option.some("Beta(3.0, 2.0)"), assessment.parameters().get("prior"));
        // the hypothesis's prior is written into the parameters when they are read: in its place among them, under
        // a filter's name too, and it counts in equality
        assertEquals(
                List.of("rule", "risk", "level", "prior"),
                assessment.parameters().keySet().toJavaList());
        Assessment filtered = Scoring.inSegment(Scoring.bayesian(), "segment").assess(withPrior, log(5, 5));
        assertEquals(Option.some("Beta(3.0, 2.0)"), filtered.parameters().get("prior"));
        Assessment underDefault = Scoring.bayesian().assess(withPrior, log(5, 5));
        Assessment again = Scoring.bayesian().assess(withPrior, log(5, 5));
        assertEquals(underDefault, again);
        assertEquals(underDefault.hashCode(), again.hashCode());
        Assessment otherDefault =
                Scoring.bayesian().withDefaultPrior(BetaPrior.of(3, 2)).assess(withPrior, log(5, 5));
        assertEquals(Option.some("Beta(3.0, 2.0)"), otherDefault.parameters().get("prior"));
        assertEquals(underDefault.parameters(), otherDefault.parameters(), "reported alike, however it was stored");
    }

    @Test
    void jeffreysPriorAddsHalfASuccessAndHalfAFailure() {
        Assessment assessment = Scoring.bayesian()
                .withDefaultPrior(BetaPrior.jeffreys())
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 10)), log(3, 9));
        assertEquals(3.5 / 13.0, assessment.estimate(), EXACT);
        assertEquals(BetaDistribution.of(3.5, 9.5).survivalProbability(0.3), assessment.probability(), EXACT);
    }

    @Test
    void decidesAtOneMinusRiskAndAtRisk() {
        Hypothesis h = hypothesis(SuccessCriterion.proportionAtLeast(0.4, 1));
        for (int s = 0; s <= 20; s++) {
            int supports = s;
            Assessment assessment = Scoring.bayesian().assess(h, log(supports, 20 - supports));
            double p = 1.0 - betaCdf(supports + 1, 21 - supports, 0.4);
            Verdict expected = p >= 0.95 ? Verdict.SUPPORTED : p <= 0.05 ? Verdict.REFUTED : Verdict.INCONCLUSIVE;
            assertEquals(expected, assessment.verdict(), () -> supports + " of 20: P = " + p);
        }
        assertEquals(Verdict.SUPPORTED, Scoring.bayesian().assess(h, log(14, 6)).verdict());
        assertEquals(Verdict.REFUTED, Scoring.bayesian().assess(h, log(3, 17)).verdict());
        assertEquals(
                Verdict.INCONCLUSIVE, Scoring.bayesian().assess(h, log(8, 12)).verdict());
        // A risk of 0.2 decides where 0.05 does not: 11 of 20 gives P(rate >= 0.4) = 0.91.
        assertEquals(
                Verdict.INCONCLUSIVE, Scoring.bayesian().assess(h, log(11, 9)).verdict());
        assertEquals(
                Verdict.SUPPORTED,
                Scoring.bayesian().withRisk(0.2).assess(h, log(11, 9)).verdict());
    }

    @Test
    void waitsForTheMinimumSampleAndSaysHowMuchIsMissing() {
        Assessment assessment =
                Scoring.bayesian().assess(hypothesis(SuccessCriterion.proportionAtLeast(0.4, 30)), log(14, 6));
        assertTrue(assessment.probability() > 0.99);
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(Option.some(10L), assessment.expectedAdditionalSample());
        assertEquals("P(rate >= 0.40) > 0.99 after 20 trials; the criterion needs 30", assessment.reason());
    }

    @Test
    void expectedAdditionalSampleFollowsTheNormalApproximation() {
        // 9 of 20: Beta(10, 12), mean 10/22; z = 1.6448536269514722 (Phi^-1(0.95)).
        Assessment assessment =
                Scoring.bayesian().assess(hypothesis(SuccessCriterion.proportionAtLeast(0.4, 1)), log(9, 11));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        double m = 10.0 / 22.0;
        double z = 1.6448536269514722;
        double needed = z * z * m * (1 - m) / ((m - 0.4) * (m - 0.4)) - 1 - 22;
        assertEquals(Option.some((long) Math.ceil(needed)), assessment.expectedAdditionalSample());
    }

    @Test
    void expectedLossesEqualTheirIntegrals() {
        // E[(t - p)+] = integral of F over [0, t]; E[(p - t)+] = integral of 1 - F over [t, 1]; F the Beta(8, 14) cdf.
        double lossIfSupported = Fixtures.simpson(x -> betaCdf(8, 14, x), 0.0, 0.4, 200);
        double lossIfRefuted = Fixtures.simpson(x -> 1.0 - betaCdf(8, 14, x), 0.4, 1.0, 200);
        BayesianScoring byLoss = Scoring.bayesian().withExpectedLoss(0.01);
        Hypothesis h = hypothesis(SuccessCriterion.proportionAtLeast(0.4, 1));
        Assessment assessment = byLoss.assess(h, log(7, 13));
        // The mean 0.364 fails the criterion, so the loss that decides is that of declaring it failed.
        assertEquals("expected loss if refuted", assessment.statisticName());
        assertEquals(lossIfRefuted, assessment.statistic(), EXACT);
        assertEquals(lossIfRefuted > 0.01 ? Verdict.INCONCLUSIVE : Verdict.REFUTED, assessment.verdict());
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertTrue(lossIfSupported > lossIfRefuted);
        assertEquals(lossIfRefuted, lossIfSupported + 8.0 / 22.0 - 0.4, EXACT);

        // 14 of 20: Beta(15, 7), whose mean meets the criterion; the loss of declaring it met is tiny.
        double tiny = Fixtures.simpson(x -> betaCdf(15, 7, x), 0.0, 0.4, 200);
        Assessment supported = byLoss.assess(h, log(14, 6));
        assertEquals("expected loss if supported", supported.statisticName());
        assertEquals(tiny, supported.statistic(), EXACT);
        assertEquals(Verdict.SUPPORTED, supported.verdict());
        // AT_MOST swaps the losses.
        Assessment atMost = byLoss.assess(hypothesis(SuccessCriterion.proportionAtMost(0.4, 1)), log(7, 13));
        assertEquals("expected loss if supported", atMost.statisticName());
        assertEquals(lossIfRefuted, atMost.statistic(), EXACT);
    }

    @Test
    void strengthWeightsCountOnePaymentAsSixteenCompliments() {
        EvidenceLog evidence = EvidenceLog.of(
                        Commitment.made(ID, Source.of("a"), START, Commitment.Kind.MONEY),
                        Commitment.made(ID, Source.of("b"), START, Commitment.Kind.MONEY),
                        Statement.refutes(ID, Source.of("c"), START),
                        Statement.refutes(ID, Source.of("d"), START),
                        Statement.refutes(ID, Source.of("e"), START))
                .withWeights(StrengthWeights.standard());
        Assessment assessment =
                Scoring.bayesian().assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 5)), evidence);
        // Beta(1 + 2 * 16, 1 + 3 * 1).
        assertEquals(33.0 / 37.0, assessment.estimate(), EXACT);
        assertEquals(1.0 - betaCdf(33, 4, 0.5), assessment.probability(), EXACT);
        assertEquals(5, assessment.sampleSize());
        assertEquals(35.0, assessment.effectiveSampleSize(), 0.0);
        assertTrue(assessment.reason().endsWith("after 5 trials (effective 35)"), assessment.reason());
    }

    @Test
    void onlyEvidenceOfTheMinimumStrengthCounts() {
        EvidenceLog evidence =
                log(10, 0).append(Commitment.declined(ID, Source.of("payer"), START, Commitment.Kind.MONEY));
        SuccessCriterion paid = SuccessCriterion.proportionAtLeast(0.5, 1).withMinimumStrength(Strength.PAID);
        Assessment assessment = Scoring.bayesian().assess(hypothesis(paid), evidence);
        assertEquals(1.0 / 3.0, assessment.estimate(), EXACT);
        assertEquals(1, assessment.sampleSize());
    }

    @Test
    void countsAreCountedNotEstimated() {
        SuccessCriterion tenPreorders = SuccessCriterion.countAtLeast(3, Strength.PAID);
        EvidenceLog two = log(5, 5)
                .append(Commitment.made(ID, Source.of("a"), START, Commitment.Kind.MONEY))
                .append(Commitment.made(ID, Source.of("b"), START, Commitment.Kind.MONEY))
                .append(Commitment.declined(ID, Source.of("c"), START, Commitment.Kind.MONEY));
        Assessment waiting = Scoring.bayesian().assess(hypothesis(tenPreorders), two);
        assertEquals(Verdict.INCONCLUSIVE, waiting.verdict());
        assertEquals(2.0, waiting.estimate(), 0.0);
        assertEquals(Interval.confidence(2, 2, 0.95), waiting.interval());
        assertEquals(0.5, waiting.probability(), 0.0);
        // (3 - 2) / ((2 + 1) / (3 + 2)): two more requests at the Laplace rate 3/5.
        assertEquals(Option.some(2L), waiting.expectedAdditionalSample());

        Assessment met = Scoring.bayesian()
                .assess(
                        hypothesis(tenPreorders),
                        two.append(Commitment.made(ID, Source.of("d"), START, Commitment.Kind.MONEY)));
        assertEquals(Verdict.SUPPORTED, met.verdict());
        assertEquals(1.0, met.probability(), 0.0);

        SuccessCriterion fewComplaints =
                SuccessCriterion.of(Metric.COUNT, Comparison.AT_MOST, 1, 5, Strength.SAID, Option.none());
        assertEquals(
                Verdict.REFUTED,
                Scoring.bayesian().assess(hypothesis(fewComplaints), log(2, 3)).verdict());
        assertEquals(
                Verdict.SUPPORTED,
                Scoring.bayesian().assess(hypothesis(fewComplaints), log(1, 4)).verdict());
        assertEquals(
                Verdict.INCONCLUSIVE,
                Scoring.bayesian().assess(hypothesis(fewComplaints), log(1, 3)).verdict());
    }

    @Test
    void aMeanCriterionIsNotJudgedButAnswered() {
        Assessment assessment =
                Scoring.bayesian().assess(hypothesis(SuccessCriterion.meanAtLeast(25, "USD", 5)), log(3, 3));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(0.5, assessment.probability(), 0.0);
        assertTrue(assessment.reason().contains("not the MEAN"), assessment.reason());
    }

    @Test
    void rejectsSettingsOutOfRange() {
        InvalidValueException risk = assertThrows(
                InvalidValueException.class, () -> Scoring.bayesian().withRisk(0.5));
        assertEquals("risk must be in (0, 0.5): 0.5", risk.getMessage());
        assertThrows(InvalidValueException.class, () -> Scoring.bayesian().withRisk(Double.NaN));
        assertThrows(InvalidValueException.class, () -> Scoring.bayesian().withLevel(1.0));
        assertThrows(InvalidValueException.class, () -> Scoring.bayesian().withExpectedLoss(0.0));
        assertEquals(
                "prior is null",
                assertThrows(
                                InvalidValueException.class,
                                () -> Scoring.bayesian().withDefaultPrior(null))
                        .getMessage());
    }

    @Test
    void describesItsSettings() {
        BayesianScoring strategy =
                Scoring.bayesian().withRisk(0.1).withExpectedLoss(0.0025).withDefaultPrior(BetaPrior.jeffreys());
        assertEquals(0.1, strategy.risk(), 0.0);
        assertEquals(Option.some(0.0025), strategy.expectedLossThreshold());
        assertEquals(Option.none(), strategy.withProbabilityRule().expectedLossThreshold());
        assertEquals(BetaPrior.jeffreys(), strategy.defaultPrior());
        assertTrue(strategy.isExchangeable());
        assertEquals(
                "bayesian[(rule, expected loss), (risk, 0.1), (epsilon, 0.0025), (level, 0.95), (prior, Beta(0.5, 0.5))]",
                strategy.toString());
    }
}
