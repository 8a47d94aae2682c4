package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.GateDecision.Rule;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The public factories that rebuild a recorded decision (for persistence) apply the same checks as a gate's own. */
class GateDecisionFactoryTests {
    private static final GateCriterion SEGMENT = GateCriterion.area(BusinessModelArea.CUSTOMER_SEGMENT, COUNTING);
    private static final Risk RISK = Risk.of(id("h1"), 1.0, 1.0, true, io.vavr.control.Option.none());

    private static GateTrace trace(Rule rule, Phase phase) {
        return GateTrace.builder()
                .phase(phase)
                .evaluatedAt(T0)
                .mustMeet(List.of(CriterionResult.of(SEGMENT, CriterionResult.Requirement.MUST_MEET, 1, List.empty())))
                .shouldMeet(List.empty())
                .shouldMeetScore(1)
                .passScore(0.5)
                .budget(EvidenceBudget.experiments(10))
                .evidenceUsed(3)
                .experimentsUsed(2)
                .runway(Runway.experiments(5))
                .pivotsUsed(0)
                .pivotLimit(1)
                .prematureScaling(List.empty())
                .rule(rule)
                .build();
    }

    @Test
    void eachFactoryBuildsTheDecisionItsTraceLeadsTo() {
        GateTrace proceeding = trace(Rule.ALL_MET, Phase.CUSTOMER_DISCOVERY);
        GateDecision.Proceed proceed = GateDecision.Proceed.of(proceeding);
        assertEquals(proceeding, proceed.trace());

        GateDecision.Pivot pivot = GateDecision.Pivot.of(
                trace(Rule.MUST_MEET_REFUTED, Phase.CUSTOMER_VALIDATION),
                List.of(id("h1")),
                List.empty(),
                List.of(PivotType.CUSTOMER_SEGMENT),
                Phase.CUSTOMER_DISCOVERY);
        assertEquals(List.of(id("h1")), pivot.refuted());
        assertEquals(List.of(PivotType.CUSTOMER_SEGMENT), pivot.suggestions());
        assertEquals(Phase.CUSTOMER_DISCOVERY, pivot.returnTo());

        GateDecision.Persevere persevere = GateDecision.Persevere.of(
                trace(Rule.UNDECIDED_WITHIN_BUDGET, Phase.CUSTOMER_DISCOVERY), List.of(RISK), List.of(SEGMENT));
        assertEquals(List.of(RISK), persevere.risks());
        assertEquals(List.of(SEGMENT), persevere.missing());

        GateDecision.Kill kill = GateDecision.Kill.of(
                trace(Rule.NO_PIVOTS_LEFT, Phase.CUSTOMER_DISCOVERY), List.of(id("h2")), List.empty());
        assertEquals(List.of(id("h2")), kill.refuted());
        assertEquals(Rule.NO_PIVOTS_LEFT, kill.rule());
    }

    @Test
    void theFactoriesApplyTheDecisionsChecks() {
        GateTrace proceeding = trace(Rule.ALL_MET, Phase.CUSTOMER_DISCOVERY);
        assertEquals(
                "trace.rule must lead to PIVOT: ALL_MET",
                assertThrows(
                                InvalidValueException.class,
                                () -> GateDecision.Pivot.of(
                                        proceeding, List.empty(), List.empty(), List.empty(), Phase.CUSTOMER_DISCOVERY))
                        .getMessage());
        assertEquals(
                "trace.rule must lead to KILL: ALL_MET",
                assertThrows(
                                InvalidValueException.class,
                                () -> GateDecision.Kill.of(proceeding, List.empty(), List.empty()))
                        .getMessage());
        assertEquals(
                "trace.rule must lead to PERSEVERE: ALL_MET",
                assertThrows(
                                InvalidValueException.class,
                                () -> GateDecision.Persevere.of(proceeding, List.of(RISK), List.empty()))
                        .getMessage());
        assertEquals(
                "trace.rule must lead to PROCEED: NO_PIVOTS_LEFT",
                assertThrows(
                                InvalidValueException.class,
                                () -> GateDecision.Proceed.of(trace(Rule.NO_PIVOTS_LEFT, Phase.CUSTOMER_DISCOVERY)))
                        .getMessage());
        assertEquals(
                "trace is null",
                assertThrows(InvalidValueException.class, () -> GateDecision.Proceed.of(null))
                        .getMessage());
        assertEquals(
                "returnTo is null",
                assertThrows(
                                InvalidValueException.class,
                                () -> GateDecision.Pivot.of(
                                        trace(Rule.MUST_MEET_REFUTED, Phase.CUSTOMER_VALIDATION),
                                        List.empty(),
                                        List.empty(),
                                        List.empty(),
                                        null))
                        .getMessage());
    }
}
