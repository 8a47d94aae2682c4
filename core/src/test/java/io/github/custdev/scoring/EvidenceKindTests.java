package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.betaCdf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: evidence of a kind the criterion does not count never changes a rate strategy's verdict. Before, a
 * Sean Ellis tally recorded for a pricing hypothesis was counted as its successes and flipped the verdict.
 */
class EvidenceKindTests {
    private static final HypothesisId PRICING = HypothesisId.of("pricing.monthly-49");
    private static final Hypothesis PRICE = Hypothesis.of(
            PRICING,
            "40% of clinics that see the $49 page start a trial",
            BusinessModelArea.REVENUE,
            Phase.CUSTOMER_VALIDATION,
            SuccessCriterion.proportionAtLeast(0.40, 20));

    /** 5 of 30 prospects say yes to $49 a month: well below 40%. */
    private static List<Evidence> answers() {
        List<Evidence> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Source source = Source.of("clinic-" + i);
            items.add(i < 5 ? Statement.supports(PRICING, source, START) : Statement.refutes(PRICING, source, START));
        }
        return items;
    }

    /** Three Sean Ellis surveys, 150 of 180 very disappointed, recorded (wrongly) for the pricing hypothesis. */
    private static List<Evidence> tallies() {
        return List.of(
                SeanEllisTally.of(PRICING, Source.of("survey-1"), START, 50, 5, 5),
                SeanEllisTally.of(PRICING, Source.of("survey-2"), START, 50, 5, 5),
                SeanEllisTally.of(PRICING, Source.of("survey-3"), START, 50, 5, 5));
    }

    private static final String IGNORED =
            "; 3 Sean Ellis tallies ignored: a proportion criterion counts statements, behaviours and commitments";

    @Test
    void talliesDoNotFlipTheBayesianVerdict() {
        EvidenceLog clean = EvidenceLog.ofAll(answers());
        EvidenceLog mixed = clean.appendAll(tallies());
        Assessment before = Scoring.bayesian().assess(PRICE, clean);
        Assessment after = Scoring.bayesian().assess(PRICE, mixed);
        assertEquals(Verdict.REFUTED, after.verdict());
        assertEquals(30, after.sampleSize());
        // Uniform prior: the posterior is Beta(6, 26); P(rate >= 0.40) = 1 - I_0.4(6, 26).
        assertEquals(1.0 - betaCdf(6, 26, 0.40), after.probability(), 1e-12);
        assertEquals(before.reason() + IGNORED, after.reason());
    }

    @Test
    void talliesDoNotFlipTheFixedSampleVerdict() {
        EvidenceLog mixed = EvidenceLog.ofAll(answers()).appendAll(tallies());
        Assessment after = Scoring.fixedSample().assess(PRICE, mixed);
        assertEquals(Verdict.REFUTED, after.verdict());
        assertEquals(30, after.sampleSize());
        // The score statistic (5/30 - 0.4) / sqrt(0.4 * 0.6 / 30).
        assertEquals((5.0 / 30.0 - 0.4) / Math.sqrt(0.4 * 0.6 / 30.0), after.statistic(), 1e-12);
        assertEquals(
                Scoring.fixedSample()
                                .assess(PRICE, EvidenceLog.ofAll(answers()))
                                .reason()
                        + IGNORED,
                after.reason());
    }

    @Test
    void talliesDoNotFlipTheSequentialVerdict() {
        // Tallies first, so that before the fix the test would have stopped on them at once.
        EvidenceLog mixed = EvidenceLog.ofAll(tallies()).appendAll(answers());
        Assessment after = Scoring.sequential(0.2, 0.4).assess(PRICE, mixed);
        assertEquals(Verdict.REFUTED, after.verdict());
        // Wald's ratio over single trials of 0.2 against 0.4 stops at the first boundary, ln(1/19) for the default
        // risks 0.05: the ratio is the sum, statement by statement, of ln(0.4/0.2) or ln(0.6/0.8).
        double ratio = 0.0;
        long trials = 0;
        for (Evidence item : answers()) {
            ratio += item.successes() == 1 ? Math.log(2.0) : Math.log(0.75);
            trials++;
            if (trials >= 20 && (ratio <= Math.log(0.05 / 0.95) || ratio >= Math.log(0.95 / 0.05))) {
                break;
            }
        }
        assertEquals(ratio, after.statistic(), 1e-12);
        assertEquals(trials, after.sampleSize());
    }

    @Test
    void measurementsAndTalliesAreNamedTogether() {
        EvidenceLog mixed = EvidenceLog.ofAll(answers())
                .append(tallies().get(0))
                .append(Measurement.of(PRICING, Source.of("clinic-1"), START, 49, "USD/month", Strength.SAID));
        assertEquals(
                Scoring.bayesian().assess(PRICE, EvidenceLog.ofAll(answers())).reason()
                        + "; 1 Sean Ellis tally and 1 measurement ignored: a proportion criterion counts statements,"
                        + " behaviours and commitments",
                Scoring.bayesian().assess(PRICE, mixed).reason());
    }

    @Test
    void aMeanNamesTheRatesItIgnores() {
        Hypothesis price = Hypothesis.of(
                PRICING,
                "clinics would pay $40 a month",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.meanAtLeast(40, "USD/month", 2));
        EvidenceLog measured = EvidenceLog.of(
                Measurement.of(PRICING, Source.of("a"), START, 45, "USD/month", Strength.SAID),
                Measurement.of(PRICING, Source.of("b"), START, 55, "USD/month", Strength.SAID));
        EvidenceLog mixed = measured.appendAll(answers()).appendAll(tallies());
        Assessment clean = Scoring.mean().assess(price, measured);
        Assessment after = Scoring.mean().assess(price, mixed);
        assertEquals(clean.probability(), after.probability(), 0.0);
        assertEquals(
                clean.reason() + "; 30 statements, behaviours or commitments and 3 Sean Ellis tallies ignored: a mean"
                        + " criterion counts measurements",
                after.reason());
        assertEquals(clean, Scoring.mean().assess(price, measured));
    }

    @Test
    void oneIgnoredStatementIsNamedInTheSingular() {
        Hypothesis fit = Hypothesis.of(
                PRICING,
                "40% would be very disappointed",
                BusinessModelArea.VALUE_PROPOSITION,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.veryDisappointedAtLeast(0.40, 1));
        EvidenceLog log = EvidenceLog.ofAll(tallies()).append(answers().get(0));
        Assessment assessment = Scoring.bayesian().assess(fit, log);
        assertEquals(180, assessment.sampleSize());
        assertEquals(
                "; 1 statement, behaviour or commitment ignored: a very-disappointed share criterion counts Sean Ellis"
                        + " tallies",
                assessment.reason().substring(assessment.reason().indexOf(';')));
    }
}
