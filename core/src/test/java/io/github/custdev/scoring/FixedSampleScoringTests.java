package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.behaviour;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.EvidenceLog;
import io.github.custdev.InvalidValueException;
import io.github.custdev.SuccessCriterion;
import io.vavr.control.Option;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fixed-sample strategy against published Wilson intervals and the score test. */
class FixedSampleScoringTests {

    /**
     * Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
     * methods", Statistics in Medicine 17:857-872, Table II, method 3 (Wilson's score interval without continuity
     * correction), 95%, four decimals.
     */
    @ParameterizedTest
    @CsvSource({"81, 263, 0.2553, 0.3662", "15, 148, 0.0624, 0.1605", "0, 20, 0.0000, 0.1611", "1, 29, 0.0061, 0.1718"})
    void wilsonIntervalsMatchNewcombesTable(long successes, long trials, double lower, double upper) {
        Assessment assessment = Scoring.fixedSample()
                .assess(
                        hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)),
                        EvidenceLog.of(behaviour(successes, trials)));
        assertEquals(lower, assessment.interval().lower(), 0.5e-4);
        assertEquals(upper, assessment.interval().upper(), 0.5e-4);
        assertEquals((double) successes / trials, assessment.estimate(), 0.0);
        assertEquals(Interval.Kind.CONFIDENCE, assessment.interval().kind());
    }

    @Test
    void decidesWhenTheWholeIntervalMeetsOrFailsTheCriterion() {
        EvidenceLog evidence = EvidenceLog.of(behaviour(81, 263));
        // [0.2553, 0.3662]
        assertEquals(Verdict.SUPPORTED, verdict(SuccessCriterion.proportionAtLeast(0.25, 1), evidence));
        assertEquals(Verdict.INCONCLUSIVE, verdict(SuccessCriterion.proportionAtLeast(0.26, 1), evidence));
        assertEquals(Verdict.INCONCLUSIVE, verdict(SuccessCriterion.proportionAtLeast(0.36, 1), evidence));
        assertEquals(Verdict.REFUTED, verdict(SuccessCriterion.proportionAtLeast(0.37, 1), evidence));
        assertEquals(Verdict.SUPPORTED, verdict(SuccessCriterion.proportionAtMost(0.37, 1), evidence));
        assertEquals(Verdict.REFUTED, verdict(SuccessCriterion.proportionAtMost(0.25, 1), evidence));
    }

    @Test
    void probabilityIsTheScoreTestsOneSidedConfidence() {
        Assessment assessment = Scoring.fixedSample()
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 1)), EvidenceLog.of(behaviour(81, 263)));
        double pHat = 81.0 / 263.0;
        double score = (pHat - 0.3) / Math.sqrt(0.3 * 0.7 / 263.0);
        assertEquals(score, assessment.statistic(), 1e-12);
        assertEquals(NormalDistribution.of(0, 1).cumulativeProbability(score), assessment.probability(), 1e-12);
        Assessment atMost = Scoring.fixedSample()
                .assess(hypothesis(SuccessCriterion.proportionAtMost(0.3, 1)), EvidenceLog.of(behaviour(81, 263)));
        assertEquals(1.0 - assessment.probability(), atMost.probability(), 1e-12);
    }

    @Test
    void waitsForTheMinimumSample() {
        SuccessCriterion forty = SuccessCriterion.proportionAtLeast(0.4, 40);
        Assessment early = Scoring.fixedSample().assess(hypothesis(forty), log(25, 5));
        assertEquals(Verdict.INCONCLUSIVE, early.verdict());
        assertTrue(early.interval().lower() > 0.4, "the interval alone would decide");
        assertEquals(Option.some(10L), early.expectedAdditionalSample());
        assertEquals(
                "95% Wilson interval [0.66, 0.93] vs rate >= 0.40 after 30 trials; the criterion needs 40",
                early.reason());
        Assessment planned = Scoring.fixedSample().assess(hypothesis(forty), log(33, 7));
        assertEquals(Verdict.SUPPORTED, planned.verdict());
        assertTrue(
                planned.reason().startsWith("95% Wilson interval [0.68, 0.91] meets rate >= 0.40"), planned.reason());
    }

    @Test
    void expectedAdditionalSampleIsWhereTheScoreReachesItsQuantile() {
        // 18 of 40 against 0.4: p^ = 0.45; n* = z^2 t (1 - t) / (p^ - t)^2 with z = 1.959963984540054.
        Assessment assessment =
                Scoring.fixedSample().assess(hypothesis(SuccessCriterion.proportionAtLeast(0.4, 1)), log(18, 22));
        double z = 1.959963984540054;
        double needed = z * z * 0.4 * 0.6 / (0.05 * 0.05);
        assertEquals(Option.some((long) Math.ceil(needed - 40)), assessment.expectedAdditionalSample());
    }

    @Test
    void noEvidenceLeavesTheWholeUnitInterval() {
        Assessment assessment = Scoring.fixedSample()
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.4, 5)), EvidenceLog.empty());
        assertEquals(Interval.confidence(0, 1, 0.95), assessment.interval());
        assertEquals(0.5, assessment.probability(), 0.0);
        assertEquals(Option.some(5L), assessment.expectedAdditionalSample());
    }

    @Test
    void aCriterionEveryRateMeetsIsSupportedOnceTheSampleIsIn() {
        assertEquals(Verdict.SUPPORTED, verdict(SuccessCriterion.proportionAtLeast(0.0, 3), log(0, 3)));
        assertEquals(Verdict.SUPPORTED, verdict(SuccessCriterion.proportionAtMost(1.0, 3), log(3, 0)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(SuccessCriterion.proportionAtMost(1.0, 3), log(2, 0)));
        // Every customer, no exception: one refusal refutes it, and no number of successes proves it.
        assertEquals(Verdict.REFUTED, verdict(SuccessCriterion.proportionAtLeast(1.0, 3), log(9, 1)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(SuccessCriterion.proportionAtLeast(1.0, 3), log(50, 0)));
    }

    @Test
    void levelIsValidated() {
        assertEquals(
                "level must be in (0, 1): 1.5",
                assertThrows(
                                InvalidValueException.class,
                                () -> Scoring.fixedSample().withLevel(1.5))
                        .getMessage());
        assertEquals(0.9, Scoring.fixedSample().withLevel(0.9).level(), 0.0);
    }

    private static Verdict verdict(SuccessCriterion criterion, EvidenceLog evidence) {
        return Scoring.fixedSample().assess(hypothesis(criterion), evidence).verdict();
    }
}
