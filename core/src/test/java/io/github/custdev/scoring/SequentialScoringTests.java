package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.ID;
import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.behaviour;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wald's sequential test against the textbook formulas and hand-computed stopping points. */
class SequentialScoringTests {
    private static final double LN2 = Math.log(2.0);
    private static final double LN075 = Math.log(0.75);
    private static final SequentialScoring SPRT = Scoring.sequential(0.2, 0.4);
    private static final SuccessCriterion THIRTY_PERCENT = SuccessCriterion.proportionAtLeast(0.3, 1);

    @Test
    void boundariesAreWaldsFormulas() {
        assertEquals(Math.log(0.95 / 0.05), SPRT.upperBoundary(), 1e-15);
        assertEquals(Math.log(0.05 / 0.95), SPRT.lowerBoundary(), 1e-15);
        SequentialScoring unequal = SPRT.withErrorRates(0.05, 0.10);
        assertEquals(Math.log(18.0), unequal.upperBoundary(), 1e-15);
        assertEquals(Math.log(0.10 / 0.95), unequal.lowerBoundary(), 1e-15);
        assertEquals(0.05, unequal.alpha(), 0.0);
        assertEquals(0.10, unequal.beta(), 0.0);
    }

    @Test
    void stopsAtTheFirstCrossingAndIgnoresWhatFollows() {
        // Each success adds ln 2; four give 2.77 < ln 19 = 2.94, five give 3.47.
        EvidenceLog evidence = log(5, 100);
        Assessment assessment = SPRT.assess(hypothesis(THIRTY_PERCENT), evidence);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertEquals(5, assessment.sampleSize());
        assertEquals(5 * LN2, assessment.statistic(), 1e-12);
        assertEquals(32.0 / 33.0, assessment.probability(), 1e-12);
        assertEquals(1.0, assessment.estimate(), 0.0);
        assertEquals(
                "log likelihood ratio 3.47 >= 2.94: rate nearer 0.40 than 0.20 after 5 trials", assessment.reason());
        assertEquals(
                Verdict.INCONCLUSIVE,
                SPRT.assess(hypothesis(THIRTY_PERCENT), log(4, 0)).verdict());
    }

    @Test
    void theOrderOfTheEvidenceMatters() {
        assertFalse(SPRT.isExchangeable());
        List<Evidence> failuresFirst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            failuresFirst.add(Statement.refutes(ID, Source.of("f" + i), START));
        }
        for (int i = 0; i < 5; i++) {
            failuresFirst.add(Statement.supports(ID, Source.of("s" + i), START));
        }
        Assessment refuted = SPRT.assess(hypothesis(THIRTY_PERCENT), EvidenceLog.ofAll(failuresFirst));
        // Each failure adds ln 0.75 = -0.288; eleven reach -3.16 <= -2.94.
        assertEquals(Verdict.REFUTED, refuted.verdict());
        assertEquals(11, refuted.sampleSize());
        assertEquals(11 * LN075, refuted.statistic(), 1e-12);
        assertEquals(
                Verdict.SUPPORTED,
                SPRT.assess(hypothesis(THIRTY_PERCENT), log(5, 30)).verdict());
    }

    @Test
    void theMinimumSampleDelaysTheStopUntilTheRatioIsStillBeyondABoundary() {
        // Five successes (3.47), then failures: at n = 10 the ratio is 2.03, inside; it reaches the lower boundary
        // after 23 failures: 5 ln 2 + 23 ln 0.75 = -3.15.
        SuccessCriterion tenAtLeast = SuccessCriterion.proportionAtLeast(0.3, 10);
        Assessment assessment = SPRT.assess(hypothesis(tenAtLeast), log(5, 40));
        assertEquals(Verdict.REFUTED, assessment.verdict());
        assertEquals(28, assessment.sampleSize());
        assertEquals(5 * LN2 + 23 * LN075, assessment.statistic(), 1e-12);
        Assessment early = SPRT.assess(hypothesis(tenAtLeast), log(5, 0));
        assertEquals(Verdict.INCONCLUSIVE, early.verdict());
        assertEquals(Option.some(5L), early.expectedAdditionalSample());
        assertTrue(early.reason().endsWith("after 5 trials; the criterion needs 10"), early.reason());
    }

    @Test
    void aGroupOfTrialsIsOneStep() {
        Assessment assessment = SPRT.assess(hypothesis(THIRTY_PERCENT), EvidenceLog.of(behaviour(10, 10)));
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertEquals(10, assessment.sampleSize());
        assertEquals(10 * LN2, assessment.statistic(), 1e-12);
    }

    @Test
    void atMostAcceptsTheLowRateAsSupport() {
        assertEquals(
                Verdict.REFUTED,
                SPRT.assess(hypothesis(SuccessCriterion.proportionAtMost(0.3, 1)), log(5, 0))
                        .verdict());
        Assessment supported = SPRT.assess(hypothesis(SuccessCriterion.proportionAtMost(0.3, 1)), log(0, 11));
        assertEquals(Verdict.SUPPORTED, supported.verdict());
        assertEquals(1.0 / (1.0 + Math.exp(11 * LN075)), supported.probability(), 1e-12);
    }

    @Test
    void aThresholdOutsideTheIndifferenceZoneIsNotJudged() {
        Assessment assessment = SPRT.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log(50, 0));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(
                "sprt: the indifference zone [0.20, 0.40] does not contain the criterion's threshold 0.50",
                assessment.reason());
    }

    @Test
    void expectedSampleNumbersAreWaldsApproximations() {
        double a = Math.log(19.0);
        double b = -a;
        double drift0 = 0.2 * LN2 + 0.8 * LN075;
        double drift1 = 0.4 * LN2 + 0.6 * LN075;
        assertEquals((0.95 * b + 0.05 * a) / drift0, SPRT.expectedSampleNumber(0.2), 1e-9);
        assertEquals((0.05 * b + 0.95 * a) / drift1, SPRT.expectedSampleNumber(0.4), 1e-9);
        // Where the drift vanishes, -AB / E[z^2]; the largest expected sample.
        double flat = -LN075 / (LN2 - LN075);
        double second = flat * LN2 * LN2 + (1 - flat) * LN075 * LN075;
        assertEquals(-a * b / second, SPRT.expectedSampleNumber(flat), 1e-9);
        assertEquals(-a * b / second, SPRT.expectedSampleNumber(flat + 1e-3), 0.01 * -a * b / second);
        assertTrue(SPRT.expectedSampleNumber(flat) > SPRT.expectedSampleNumber(0.2));
        // Every trial a failure: ceil(B / ln 0.75) steps, approximately B / ln 0.75.
        assertEquals(b / LN075, SPRT.expectedSampleNumber(0.0), 1e-9);
        assertEquals(a / LN2, SPRT.expectedSampleNumber(1.0), 1e-9);
        assertEquals(
                Option.some("29"),
                SPRT.assess(hypothesis(THIRTY_PERCENT), EvidenceLog.empty())
                        .parameters()
                        .get("ASN(p0)"));
    }

    @Test
    void theFixedSampleEquivalentUsesTheNormalQuantiles() {
        double z = 1.6448536269514722; // Phi^-1(0.95)
        double root = (z * Math.sqrt(0.16) + z * Math.sqrt(0.24)) / 0.2;
        assertEquals((long) Math.ceil(root * root), SPRT.fixedSampleEquivalent());
        assertEquals(54, SPRT.fixedSampleEquivalent());
    }

    @Test
    void anUndecidedTestExpectsWaldsSampleFromWhereItStands() {
        Assessment empty = SPRT.assess(hypothesis(THIRTY_PERCENT), EvidenceLog.empty());
        assertEquals(0.5, empty.probability(), 0.0);
        assertEquals(Option.some((long) Math.ceil(SPRT.expectedSampleNumber(0.5))), empty.expectedAdditionalSample());
        Assessment closer = SPRT.assess(hypothesis(THIRTY_PERCENT), log(4, 0));
        assertTrue(closer.expectedAdditionalSample().get()
                < empty.expectedAdditionalSample().get());
    }

    @Test
    void rejectsParametersOutOfRange() {
        assertEquals(
                "p1 must be in (p0, 1) = (0.4, 1): 0.2",
                assertThrows(InvalidValueException.class, () -> Scoring.sequential(0.4, 0.2))
                        .getMessage());
        // the indifference zone is open: p1 equal to p0, or equal to 1, is out of it
        assertEquals(
                "p1 must be in (p0, 1) = (0.3, 1): 0.3",
                assertThrows(InvalidValueException.class, () -> Scoring.sequential(0.3, 0.3))
                        .getMessage());
        assertEquals(
                "p1 must be in (p0, 1) = (0.3, 1): 1.0",
                assertThrows(InvalidValueException.class, () -> Scoring.sequential(0.3, 1.0))
                        .getMessage());
        assertEquals(
                "p0 must be in (0, 1): 0.0",
                assertThrows(InvalidValueException.class, () -> Scoring.sequential(0.0, 0.2))
                        .getMessage());
        assertEquals(
                "beta must be < 1 - alpha (0.5): 0.5",
                assertThrows(InvalidValueException.class, () -> SPRT.withErrorRates(0.5, 0.5))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> SPRT.expectedSampleNumber(1.5));
    }
}
