package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every strategy's name, as a gate's trace shows it, is the name its assessments report. */
class StrategyNameTests {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Hypothesis RATE = Hypothesis.of(
            HypothesisId.of("problem"),
            "Front desks lose hours scheduling by phone",
            BusinessModelArea.PROBLEM,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.proportionAtLeast(0.5, 1));
    private static final EvidenceLog LOG = EvidenceLog.empty()
            .append(Statement.supports(RATE.id(), Source.of("dr-lee", "dentists"), AT))
            .append(Statement.refutes(RATE.id(), Source.of("dr-kim", "dentists"), AT.plusSeconds(60)));

    @Test
    void theBuiltInsNameThemselvesAsTheirAssessmentsDo() {
        assertNamed("bayesian", Scoring.bayesian());
        assertNamed("bayesian", Scoring.bayesian().withRisk(0.1));
        assertNamed("sprt", Scoring.sequential(0.2, 0.6));
        assertNamed("fixed-sample", Scoring.fixedSample());
        assertNamed("mean", Scoring.mean());
        assertNamed("weighted(bayesian)", Scoring.weightedByStrength(Scoring.bayesian()));
        assertNamed("in-segment(sprt)", Scoring.inSegment(Scoring.sequential(0.2, 0.6), "dentists"));
        assertNamed("observed-before(bayesian)", Scoring.observedBefore(Scoring.bayesian(), AT.plusSeconds(1)));
        assertNamed("observed-after(bayesian)", Scoring.observedAfter(Scoring.bayesian(), AT.minusSeconds(1)));
        assertNamed("all-of(bayesian, sprt)", Scoring.allOf(Scoring.bayesian(), Scoring.sequential(0.2, 0.6)));
        assertNamed(
                "any-of(weighted(bayesian), fixed-sample)",
                Scoring.anyOf(Scoring.weightedByStrength(Scoring.bayesian()), Scoring.fixedSample()));
    }

    @Test
    void theSeanEllisStrategyNamesItsRule() {
        Hypothesis fit = Hypothesis.of(
                HypothesisId.of("fit"),
                "Users would be very disappointed without it",
                BusinessModelArea.VALUE_PROPOSITION,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.proportionAtLeast(0.4, 1));
        EvidenceLog survey = EvidenceLog.empty().append(SeanEllisTally.of(fit.id(), Source.of("survey"), AT, 5, 3, 2));
        assertEquals("sean-ellis(bayesian)", Scoring.seanEllis().name());
        assertEquals(
                Scoring.seanEllis().assess(fit, survey).strategy(),
                Scoring.seanEllis().name());
    }

    @Test
    void byMetricNamesBothOfItsStrategies() {
        // its assessments name the member that judged; the strategy names both
        ScoringStrategy byMetric = Scoring.byMetric(Scoring.fixedSample(), Scoring.mean());
        assertEquals("fixed-sample/mean", byMetric.name());
        assertEquals("fixed-sample", byMetric.assess(RATE, LOG).strategy());
        assertEquals(
                "bayesian/mean",
                Scoring.byMetric(Scoring.bayesian(), Scoring.mean()).name());
    }

    @Test
    void aStrategyOfTheCallersOwnIsNamedByItsClassOrCustom() {
        ScoringStrategy lambda = (hypothesis, log) -> Scoring.bayesian().assess(hypothesis, log);
        assertEquals("custom", lambda.name());
        ScoringStrategy anonymous = new ScoringStrategy() {
            @Override
            public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
                return Scoring.bayesian().assess(hypothesis, log);
            }
        };
        assertEquals("custom", anonymous.name());
        assertEquals("Majority", new Majority().name());
        assertEquals(
                "weighted(Majority)", Scoring.weightedByStrength(new Majority()).name());
    }

    private static void assertNamed(String name, ScoringStrategy strategy) {
        assertEquals(name, strategy.name());
        assertEquals(name, strategy.assess(RATE, LOG).strategy());
    }

    private static final class Majority implements ScoringStrategy {
        @Override
        public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
            return Scoring.bayesian().assess(hypothesis, log);
        }
    }
}
