package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.SuccessCriterion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in strategies' names, levels and texts, as the Javadoc of {@link Scoring} promises them. */
class StrategyDescriptionTests {

    @Test
    void aSeanEllisSurveyDecidedByARateRuleIsNamedAfterBoth() {
        Hypothesis fit = Fixtures.hypothesis(SuccessCriterion.proportionAtLeast(0.40, 40));
        EvidenceLog log = EvidenceLog.empty()
                .append(SeanEllisTally.of(Fixtures.ID, Source.of("survey-1"), Fixtures.START, 28, 16, 8));
        assertEquals(
                "sean-ellis(bayesian)",
                Scoring.seanEllis()
                        .decidedBy(Scoring.bayesian())
                        .assess(fit, log)
                        .strategy());
        assertEquals(
                "sean-ellis(sprt)",
                Scoring.seanEllis()
                        .decidedBy(Scoring.sequential(0.3, 0.5))
                        .assess(fit, log)
                        .strategy());
        assertEquals(
                "sean-ellis(fixed-sample)",
                Scoring.seanEllis()
                        .decidedBy(Scoring.fixedSample())
                        .assess(fit, log)
                        .strategy());
    }

    @Test
    void theIntervalLevelIsKeptAndChangedByItsCopy() {
        assertEquals(0.95, Scoring.bayesian().level());
        assertEquals(0.9, Scoring.bayesian().withLevel(0.9).level());
        assertEquals(0.95, Scoring.sequential(0.2, 0.4).level());
        assertEquals(0.8, Scoring.sequential(0.2, 0.4).withLevel(0.8).level());
    }

    @Test
    void theTextNamesTheStrategyAndItsParameters() {
        String text = Scoring.sequential(0.2, 0.4, 0.05, 0.1).toString();
        assertEquals(true, text.startsWith("sprt["), text);
        assertEquals(true, text.contains("0.2") && text.contains("0.4") && text.contains("0.1"), text);
    }

    @Test
    void aDecoratorOrCombinationIsExchangeableExactlyWhenEveryStrategyInsideIs() {
        ScoringStrategy exchangeable = Scoring.bayesian();
        ScoringStrategy sequential = Scoring.sequential(0.2, 0.4);
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        for (boolean inner : new boolean[] {true, false}) {
            ScoringStrategy strategy = inner ? exchangeable : sequential;
            assertEquals(inner, Scoring.weightedByStrength(strategy).isExchangeable());
            assertEquals(inner, Scoring.inSegment(strategy, "dentists").isExchangeable());
            assertEquals(inner, Scoring.observedBefore(strategy, at).isExchangeable());
            assertEquals(inner, Scoring.observedAfter(strategy, at).isExchangeable());
            assertEquals(inner, Scoring.seanEllis().decidedBy(strategy).isExchangeable());
            assertEquals(inner, Scoring.byMetric(strategy, Scoring.mean()).isExchangeable());
            assertEquals(inner, Scoring.byMetric(exchangeable, strategy).isExchangeable());
            assertEquals(inner, Scoring.allOf(exchangeable, strategy).isExchangeable());
            assertEquals(inner, Scoring.anyOf(strategy, exchangeable).isExchangeable());
        }
    }

    @Test
    void aDecoratorOrCombinationNamesWhatItHoldsInItsText() {
        ScoringStrategy bayesian = Scoring.bayesian();
        String inner = bayesian.toString();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        assertEquals(
                "byMetric(" + inner + ", " + Scoring.mean() + ")",
                Scoring.byMetric(bayesian, Scoring.mean()).toString());
        assertEquals(
                "allOf(" + inner + ", " + Scoring.fixedSample() + ")",
                Scoring.allOf(bayesian, Scoring.fixedSample()).toString());
        assertEquals(
                "anyOf(" + inner + ", " + Scoring.fixedSample() + ")",
                Scoring.anyOf(bayesian, Scoring.fixedSample()).toString());
        assertTrue(Scoring.weightedByStrength(bayesian).toString().startsWith("weighted(" + inner + ", "));
        assertEquals(
                "in-segment(" + inner + ", dentists)",
                Scoring.inSegment(bayesian, "dentists").toString());
        assertTrue(Scoring.observedBefore(bayesian, at).toString().contains(inner + ", " + at));
        for (Object strategy : List.of(Scoring.fixedSample(), Scoring.seanEllis(), Scoring.mean())) {
            assertFalse(strategy.toString().isBlank(), strategy.getClass().getName());
        }
        assertTrue(Scoring.seanEllis()
                .decidedBy(Scoring.sequential(0.3, 0.5))
                .toString()
                .contains("sprt"));
    }
}
