package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.ID;
import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.betaCdf;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Sean Ellis signal: the share of very disappointed respondents, judged by a rule and never by the raw share. */
class SeanEllisScoringTests {
    private static final SuccessCriterion FORTY_PERCENT = SuccessCriterion.veryDisappointedAtLeast(0.40, 40);

    @Test
    void judgesTheShareWithItsUncertainty() {
        Assessment assessment = Scoring.seanEllis().assess(hypothesis(FORTY_PERCENT), survey(28, 16, 8));
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertEquals(1.0 - betaCdf(29, 25, 0.4), assessment.probability(), 1e-9);
        assertEquals("P(rate >= 0.40) = 0.98 after 52 qualified respondents", assessment.reason());
        assertEquals("sean-ellis(bayesian)", assessment.strategy());
        assertEquals(Option.some("0.4"), assessment.parameters().get("benchmark"));
        assertEquals(52, assessment.sampleSize());
    }

    @Test
    void thePackageExampleRuns() {
        // The example of the scoring package's documentation, as written there.
        HypothesisId fit = HypothesisId.of("pmf.dentists");
        Hypothesis hypothesis = Hypothesis.of(
                fit,
                "Dentists would be very disappointed without the product",
                BusinessModelArea.VALUE_PROPOSITION,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.veryDisappointedAtLeast(0.40, 40));
        EvidenceLog log = EvidenceLog.of(SeanEllisTally.of(
                fit, Source.of("survey-1", "dentists"), Instant.parse("2026-03-16T09:00:00Z"), 28, 16, 8));
        Assessment assessment = Scoring.seanEllis().assess(hypothesis, log);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertEquals("P(rate >= 0.40) = 0.98 after 52 qualified respondents", assessment.reason());
        assertEquals(
                Verdict.SUPPORTED,
                Scoring.seanEllis()
                        .decidedBy(Scoring.sequential(0.30, 0.50))
                        .assess(hypothesis, log)
                        .verdict());
    }

    @Test
    void aRawShareAboveFortyPercentIsNotYetASignal() {
        SuccessCriterion small = SuccessCriterion.veryDisappointedAtLeast(0.40, 20);
        Assessment bayesian = Scoring.seanEllis().assess(hypothesis(small), survey(9, 7, 4));
        assertEquals(Verdict.INCONCLUSIVE, bayesian.verdict());
        assertEquals(1.0 - betaCdf(10, 12, 0.4), bayesian.probability(), 1e-9);
        Assessment wilson =
                Scoring.seanEllis().decidedBy(Scoring.fixedSample()).assess(hypothesis(small), survey(9, 7, 4));
        assertEquals(Verdict.INCONCLUSIVE, wilson.verdict());
        // The 95% Wilson interval of 9 of 20 reaches down to 0.258.
        assertEquals(0.2582, wilson.interval().lower(), 0.5e-4);
    }

    @Test
    void countsOnlyTheSurveyAnswers() {
        EvidenceLog answers = survey(12, 10, 8);
        EvidenceLog withStatements = answers.appendAll(Fixtures.statements(30, 0));
        Assessment alone = Scoring.seanEllis().assess(hypothesis(FORTY_PERCENT), answers);
        Assessment mixed = Scoring.seanEllis().assess(hypothesis(FORTY_PERCENT), withStatements);
        assertEquals(alone.verdict(), mixed.verdict());
        assertEquals(alone.probability(), mixed.probability(), 0.0);
        assertEquals(alone.sampleSize(), mixed.sampleSize());
        assertEquals(
                alone.reason() + "; 30 statements, behaviours or commitments ignored: a very-disappointed share"
                        + " criterion counts Sean Ellis tallies",
                mixed.reason());
        assertEquals(
                Scoring.bayesian().assess(hypothesis(FORTY_PERCENT), answers).probability(), alone.probability(), 0.0);
    }

    @Test
    void poolsSurveysAndAgreesWithItsRuleOnTheAnswersAlone() {
        EvidenceLog answers = survey(12, 10, 8).append(SeanEllisTally.of(ID, Source.of("survey-2"), START, 14, 4, 2));
        Assessment byFixed =
                Scoring.seanEllis().decidedBy(Scoring.fixedSample()).assess(hypothesis(FORTY_PERCENT), answers);
        Assessment fixed = Scoring.fixedSample().assess(hypothesis(FORTY_PERCENT), answers);
        assertEquals(fixed.verdict(), byFixed.verdict());
        assertEquals(fixed.probability(), byFixed.probability(), 0.0);
        assertEquals(fixed.interval(), byFixed.interval());
        assertEquals(50, byFixed.sampleSize());
    }

    @Test
    void theSequentialRuleTakesEachSurveyAsOneStep() {
        EvidenceLog answers = survey(4, 3, 3).append(SeanEllisTally.of(ID, Source.of("survey-2"), START, 8, 1, 1));
        SeanEllisScoring sequential = Scoring.seanEllis().decidedBy(Scoring.sequential(0.3, 0.5));
        Assessment assessment =
                sequential.assess(hypothesis(SuccessCriterion.veryDisappointedAtLeast(0.4, 1)), answers);
        double first = 4 * Math.log(5.0 / 3.0) + 6 * Math.log(5.0 / 7.0);
        double second = 8 * Math.log(5.0 / 3.0) + 2 * Math.log(5.0 / 7.0);
        assertEquals(first + second, assessment.statistic(), 1e-12);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertEquals(20, assessment.sampleSize());
        assertFalse(sequential.isExchangeable());
        assertTrue(Scoring.seanEllis().isExchangeable());
    }

    @Test
    void aCriterionWithAnotherThresholdIsAnotherClaim() {
        Assessment assessment = Scoring.seanEllis()
                .assess(hypothesis(SuccessCriterion.veryDisappointedAtLeast(0.5, 1)), survey(40, 5, 5));
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(
                "sean-ellis(bayesian): the criterion's threshold 0.50 is not the Sean Ellis benchmark 0.40; set it with"
                        + " withBenchmark or use a rate strategy",
                assessment.reason());
        assertEquals(
                Verdict.SUPPORTED,
                Scoring.seanEllis()
                        .withBenchmark(0.5)
                        .assess(hypothesis(SuccessCriterion.veryDisappointedAtLeast(0.5, 1)), survey(40, 5, 5))
                        .verdict());
    }

    @Test
    void surveyAnswersAreSaidEvidence() {
        for (Strength stronger : java.util.List.of(Strength.DID, Strength.PAID)) {
            io.github.custdev.Expect.invalid(
                    "criterion.minimumStrength must be SAID for a VERY_DISAPPOINTED share: Sean Ellis tallies are said: "
                            + stronger,
                    "criterion.minimumStrength",
                    "must be SAID for a VERY_DISAPPOINTED share: Sean Ellis tallies are said",
                    stronger,
                    () -> FORTY_PERCENT.withMinimumStrength(stronger));
        }
        assertEquals(FORTY_PERCENT, FORTY_PERCENT.withMinimumStrength(Strength.SAID));
    }

    @Test
    void aCriterionOnAnotherMetricIsNotASeanEllisClaim() {
        // Before: a PROPORTION at 0.40 or a COUNT was judged on the tallies, though nothing said they belonged there.
        EvidenceLog answers = survey(28, 16, 8);
        for (SuccessCriterion other : java.util.List.of(
                SuccessCriterion.proportionAtLeast(0.40, 40),
                SuccessCriterion.of(Metric.COUNT, Comparison.AT_LEAST, 25, 1, Strength.SAID, Option.none()))) {
            Assessment assessment = Scoring.seanEllis().assess(hypothesis(other), answers);
            assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
            assertEquals("not applicable", assessment.statisticName());
            assertEquals(0.5, assessment.probability(), 0.0);
            assertEquals(
                    "sean-ellis(bayesian) judges the share of very disappointed respondents, a VERY_DISAPPOINTED"
                            + " criterion, not a " + other.metric() + ": state it with"
                            + " SuccessCriterion.veryDisappointedAtLeast or use a rate strategy such as"
                            + " Scoring.bayesian()",
                    assessment.reason());
        }
        assertEquals(
                "sean-ellis(bayesian) judges the share of very disappointed respondents, a VERY_DISAPPOINTED"
                        + " criterion, not a MEAN: state it with SuccessCriterion.veryDisappointedAtLeast or use"
                        + " Scoring.mean()",
                Scoring.seanEllis()
                        .assess(hypothesis(SuccessCriterion.meanAtLeast(25, "USD", 1)), answers)
                        .reason());
    }

    @Test
    void aRateStrategyJudgesAVeryDisappointedShareOnTheTalliesAlone() {
        // 28 of 52 very disappointed, among 30 supporting statements: the statements do not count.
        EvidenceLog mixed = survey(28, 16, 8).appendAll(Fixtures.statements(30, 0));
        Assessment assessment = Scoring.bayesian().assess(hypothesis(FORTY_PERCENT), mixed);
        assertEquals(1.0 - betaCdf(29, 25, 0.4), assessment.probability(), 1e-9);
        assertEquals(52, assessment.sampleSize());
        assertEquals(
                "P(rate >= 0.40) = 0.98 after 52 qualified respondents; 30 statements, behaviours or commitments"
                        + " ignored: a very-disappointed share criterion counts Sean Ellis tallies",
                assessment.reason());
        Assessment wilson = Scoring.fixedSample().assess(hypothesis(FORTY_PERCENT), mixed);
        // The Wilson score interval of 28 of 52 at 95%, z = 1.959964: centre (p + z^2/2n) / (1 + z^2/n).
        double p = 28.0 / 52.0;
        double z = 1.959963984540054;
        double centre = (p + z * z / 104.0) / (1.0 + z * z / 52.0);
        double half = z / (1.0 + z * z / 52.0) * Math.sqrt(p * (1.0 - p) / 52.0 + z * z / (4.0 * 52.0 * 52.0));
        assertEquals(centre - half, wilson.interval().lower(), 1e-12);
        assertEquals(52, wilson.sampleSize());
        Assessment sprt = Scoring.sequential(0.3, 0.5).assess(hypothesis(FORTY_PERCENT), mixed);
        assertEquals(28 * Math.log(0.5 / 0.3) + 24 * Math.log(0.5 / 0.7), sprt.statistic(), 1e-12);
    }

    @Test
    void aCustomRuleSeesOnlyTheSurveys() {
        ScoringStrategy counting = (h, log) -> {
            assertTrue(log.evidence(h.id()).forAll(e -> e instanceof SeanEllisTally));
            return Scoring.fixedSample().assess(h, log);
        };
        EvidenceLog evidence = survey(30, 10, 10).appendAll(Fixtures.statements(0, 30));
        Assessment assessment = Scoring.seanEllis().decidedBy(counting).assess(hypothesis(FORTY_PERCENT), evidence);
        assertEquals("sean-ellis(custom)", assessment.strategy());
        assertEquals(50, assessment.sampleSize());
    }

    private static EvidenceLog survey(long very, long somewhat, long not) {
        return EvidenceLog.of(SeanEllisTally.of(ID, Source.of("survey-1", "dentists"), START, very, somewhat, not));
    }
}
