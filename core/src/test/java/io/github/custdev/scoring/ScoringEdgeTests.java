package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.ID;
import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.behaviour;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Measurement;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The shared helpers of the strategies at their edges: counting by strength, overflow, caps and text. */
class ScoringEdgeTests {

    /** One SAID success in one trial, three DID successes in five, two PAID successes in four. */
    private static EvidenceLog byStrength(StrengthWeights weights) {
        return EvidenceLog.of(Statement.supports(ID, Source.of("said"), START))
                .append(behaviour(3, 5))
                .append(Behaviour.of(ID, Source.of("paid"), START, 2, 4, Strength.PAID))
                .withWeights(weights);
    }

    private static String countReason(StrengthWeights weights) {
        return Scoring.bayesian()
                .assess(hypothesis(SuccessCriterion.countAtLeast(100, Strength.SAID)), byStrength(weights))
                .reason();
    }

    @Test
    void theCountRuleCountsEveryStrengthWithAPositiveWeightAndNoOther() {
        assertTrue(
                countReason(StrengthWeights.equal()).startsWith("6 positive outcomes ("),
                countReason(StrengthWeights.equal()));
        assertTrue(countReason(StrengthWeights.equal()).contains(" in 10 trials"));
        assertTrue(countReason(StrengthWeights.of(0, 1, 1)).startsWith("5 positive outcomes ("));
        assertTrue(countReason(StrengthWeights.of(0, 1, 1)).contains(" in 9 trials"));
        assertTrue(countReason(StrengthWeights.of(1, 0, 1)).startsWith("3 positive outcomes ("));
        assertTrue(countReason(StrengthWeights.of(1, 0, 1)).contains(" in 5 trials"));
        assertTrue(countReason(StrengthWeights.of(1, 1, 0)).startsWith("4 positive outcomes ("));
        assertTrue(countReason(StrengthWeights.of(1, 1, 0)).contains(" in 6 trials"));
    }

    @Test
    void aLogLikelihoodRatioBeyondTheExponentsRangeIsCertainNotUndefined() {
        // 1100 successes: ratio 1100 ln 2 = 762, where e^762 overflows; the logistic of it is 1.
        Assessment assessment = Scoring.sequential(0.2, 0.4)
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 1)), EvidenceLog.of(behaviour(1100, 1100)));
        assertEquals(1100 * Math.log(2.0), assessment.statistic(), 1e-9);
        assertEquals(1.0, assessment.probability(), 0.0);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
    }

    @Test
    void anInfiniteExpectedSampleIsNone() {
        // Mean 0 of -1 and 1 against the smallest positive threshold: (z s / d)^2 overflows to infinity.
        EvidenceLog log = EvidenceLog.of(Measurement.of(ID, Source.of("a"), START, -1, "USD", Strength.SAID))
                .append(Measurement.of(ID, Source.of("b"), START, 1, "USD", Strength.SAID));
        Assessment assessment =
                Scoring.mean().assess(hypothesis(SuccessCriterion.meanAtLeast(Double.MIN_VALUE, "USD", 2)), log);
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(Option.none(), assessment.expectedAdditionalSample());
    }

    @Test
    void aHugeExpectedSampleIsCappedNotLost() {
        // Beta(2, 2) against a threshold one ulp above its mean: z^2 m (1 - m) / d^2 is about 5e31 trials.
        Assessment assessment = Scoring.bayesian()
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(Math.nextUp(0.5), 1)), log(1, 1));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertTrue(assessment.expectedAdditionalSample().get() >= 1_000_000_000_000_000_000L);
    }

    @Test
    void aNumberTooLargeForItsDecimalsIsWrittenAsJavaWritesIt() {
        assertEquals("1.0E10", Text.number(new StringBuilder(), 1e10, 0, 6).toString());
        assertEquals("1.0E20", Text.number(new StringBuilder(), 1e20, 0, 2).toString());
    }

    @Test
    void anyOfRefutesOnlyWhenEveryStrategyRefutes() {
        // Beta(2, 7): P(rate >= 1/2) = P(Binomial(8, 1/2) <= 1) = 9/256 = 0.035, below 0.05 but above 0.01.
        ScoringStrategy either =
                Scoring.anyOf(Scoring.bayesian(), Scoring.bayesian().withRisk(0.01));
        Assessment assessment = either.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log(1, 6));
        assertEquals(9.0 / 256.0, assessment.probability(), 1e-12);
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
    }

    @Test
    void anExpectedAdditionalSampleOfZeroIsKept() {
        Assessment assessment = Assessment.of(
                ID,
                Verdict.INCONCLUSIVE,
                Estimate.of(0.5, Interval.credible(0, 1, 0.95)),
                Statistic.probability("P", 0.5),
                Sample.built(0, 0, 0),
                "test",
                LinkedHashMap.empty(),
                "nothing yet");
        assertEquals(Option.some(0L), assessment.expectedAdditionalSample());
    }

    @Test
    void theBuildersParametersMaySetOnlyOnce() {
        Assessment.Builder builder = Assessment.builder().parameters(LinkedHashMap.empty());
        assertThrows(IllegalStateException.class, () -> builder.parameters(LinkedHashMap.empty()));
    }

    @Test
    void aSeanEllisRuleReadsOnlyTheSurveyAnswers() {
        // One very and one somewhat disappointed respondent, then ten supporting statements the survey ignores.
        EvidenceLog log = EvidenceLog.of(SeanEllisTally.of(ID, Source.of("survey"), START, 1, 1, 0))
                .appendAll(Fixtures.statements(10, 0));
        SequentialScoring sprt = Scoring.sequential(0.3, 0.5);
        Assessment assessment = Scoring.seanEllis()
                .decidedBy(sprt)
                .assess(hypothesis(SuccessCriterion.veryDisappointedAtLeast(0.4, 1)), log);
        assertEquals(2, assessment.sampleSize());
        assertEquals(Math.log(0.5 / 0.3) + Math.log(0.5 / 0.7), assessment.statistic(), 1e-12);
        assertTrue(
                assessment
                        .reason()
                        .endsWith("; 10 statements, behaviours or commitments ignored: a very-disappointed"
                                + " share criterion counts Sean Ellis tallies"),
                assessment.reason());
    }

    @Test
    void theSeanEllisBenchmarkAndRuleAreThoseGiven() {
        assertEquals(0.3, Scoring.seanEllis().withBenchmark(0.3).benchmark(), 0.0);
        ScoringStrategy rule = Scoring.fixedSample();
        assertSame(rule, Scoring.seanEllis().decidedBy(rule).rule());
    }

    @Test
    void anyOfAnIterableIsAnyOfItsStrategies() {
        ScoringStrategy either = Scoring.anyOf(
                java.util.List.of(Scoring.bayesian(), Scoring.bayesian().withRisk(0.01)));
        Assessment assessment = either.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1)), log(1, 6));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(9.0 / 256.0, assessment.probability(), 1e-12);
    }

    @Test
    void anUndecidedAnyOfIsDescribedByAnUndecidedStrategy() {
        // Seven failures against 30%: the Bayesian rule at risk 0.1 refutes, P(rate >= 0.3) = 0.7^8 = 0.058; Wald's
        // test of 0.1 against 0.5 is still between its boundaries ln(1/99) and ln 99 at 7 ln(5/9) = -4.11, a
        // probability of 0.016. The undecided test, though less probable, is the one that describes the verdict.
        ScoringStrategy either =
                Scoring.anyOf(Scoring.bayesian().withRisk(0.1), Scoring.sequential(0.1, 0.5, 0.01, 0.01));
        Assessment assessment = either.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 1)), log(0, 7));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(Math.pow(0.7, 8), assessment.probability(), 1e-12);
        assertEquals(Option.some("sprt"), assessment.parameters().get("deciding"));
        assertEquals("log likelihood ratio", assessment.statisticName());
        assertEquals(7 * Math.log(5.0 / 9.0), assessment.statistic(), 1e-12);
    }
}
