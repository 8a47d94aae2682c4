package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.GateDecision.Kind;
import io.github.custdev.GateDecision.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class GateDecisionTests {
    private static final GateCriterion SEGMENT = GateCriterion.area(BusinessModelArea.CUSTOMER_SEGMENT, COUNTING);

    private static GateTrace trace(Rule rule, EvidenceBudget budget, Phase phase) {
        return new ImmutableGateTrace.Builder()
                .phase(phase)
                .evaluatedAt(T0)
                .mustMeet(List.of(CriterionResult.of(SEGMENT, CriterionResult.Requirement.MUST_MEET, 1, List.empty())))
                .shouldMeet(List.empty())
                .shouldMeetScore(1)
                .passScore(0.5)
                .budget(budget)
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
    void everyRuleLeadsToOneKindOfDecision() {
        assertEquals(Kind.PROCEED, Rule.ALL_MET.kind());
        assertEquals(Kind.PIVOT, Rule.MUST_MEET_REFUTED.kind());
        assertEquals(Kind.PIVOT, Rule.SHOULD_MEET_FAILED.kind());
        assertEquals(Kind.PERSEVERE, Rule.UNDECIDED_WITHIN_BUDGET.kind());
        assertEquals(Kind.KILL, Rule.NO_PIVOTS_LEFT.kind());
        assertEquals(Kind.KILL, Rule.NO_RUNWAY_LEFT.kind());
        for (Rule rule : Rule.values()) {
            assertFalse(rule.description().isBlank());
        }
    }

    @Test
    void aDecisionMustAgreeWithTheRuleOfItsTrace() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new ImmutableProceed.Builder()
                        .trace(trace(Rule.MUST_MEET_REFUTED, EvidenceBudget.experiments(10), Phase.CUSTOMER_DISCOVERY))
                        .build());
        assertEquals("trace.rule must lead to PROCEED: MUST_MEET_REFUTED", e.getMessage());
        assertThrows(
                InvalidValueException.class,
                () -> new ImmutableKill.Builder()
                        .trace(trace(Rule.ALL_MET, EvidenceBudget.experiments(10), Phase.CUSTOMER_DISCOVERY))
                        .refuted(List.empty())
                        .rationale(List.empty())
                        .build());
    }

    @Test
    void aPivotAndAPersevereMustAgreeWithTheRuleOfTheirTraceToo() {
        GateTrace proceeding = trace(Rule.ALL_MET, EvidenceBudget.experiments(10), Phase.CUSTOMER_DISCOVERY);
        InvalidValueException pivot = assertThrows(
                InvalidValueException.class,
                () -> new ImmutablePivot.Builder()
                        .trace(proceeding)
                        .refuted(List.empty())
                        .rationale(List.empty())
                        .suggestions(List.empty())
                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                        .build());
        assertEquals("trace.rule must lead to PIVOT: ALL_MET", pivot.getMessage());
        InvalidValueException persevere = assertThrows(
                InvalidValueException.class,
                () -> new ImmutablePersevere.Builder()
                        .trace(proceeding)
                        .risks(List.empty())
                        .missing(List.of(SEGMENT))
                        .build());
        assertEquals("trace.rule must lead to PERSEVERE: ALL_MET", persevere.getMessage());
    }

    @Test
    void aProceedSaysWhereTheVentureGoesAndHasNothingFailed() {
        GateDecision.Proceed proceed = new ImmutableProceed.Builder()
                .trace(trace(Rule.ALL_MET, EvidenceBudget.experiments(10), Phase.CUSTOMER_DISCOVERY))
                .build();
        assertEquals(
                "PROCEED at the CUSTOMER_DISCOVERY gate, 2026-03-02T09:00:00Z: on to CUSTOMER_VALIDATION",
                proceed.summary());
        assertTrue(proceed.trace().failed().isEmpty());
    }

    @Test
    void aPersevereNeverCarriesASpentBudgetAndAlwaysNamesSomethingToDo() {
        GateTrace spent = trace(Rule.UNDECIDED_WITHIN_BUDGET, EvidenceBudget.experiments(2), Phase.CUSTOMER_DISCOVERY);
        assertTrue(spent.isBudgetSpent());
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new ImmutablePersevere.Builder()
                        .trace(spent)
                        .risks(List.of(Risk.of(id("a"), 1, 1, true, Option.none())))
                        .missing(List.empty())
                        .build());
        assertEquals(
                "trace must not have a spent budget: a spent budget never perseveres: at most 2 experiments",
                e.getMessage());
        GateTrace open = trace(Rule.UNDECIDED_WITHIN_BUDGET, EvidenceBudget.experiments(3), Phase.CUSTOMER_DISCOVERY);
        assertEquals(
                "risks",
                assertThrows(
                                InvalidValueException.class,
                                () -> new ImmutablePersevere.Builder()
                                        .trace(open)
                                        .risks(List.empty())
                                        .missing(List.empty())
                                        .build())
                        .field());
        GateDecision.Persevere persevere = new ImmutablePersevere.Builder()
                .trace(open)
                .risks(List.empty())
                .missing(List.of(SEGMENT))
                .build();
        assertEquals(
                "PERSEVERE at the CUSTOMER_DISCOVERY gate, 2026-03-02T09:00:00Z: still to state: a customer segment"
                        + " hypothesis",
                persevere.summary());
    }

    @Test
    void aPivotNeverReturnsToALaterPhase() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new ImmutablePivot.Builder()
                        .trace(trace(Rule.MUST_MEET_REFUTED, EvidenceBudget.experiments(10), Phase.CUSTOMER_DISCOVERY))
                        .refuted(List.empty())
                        .rationale(List.empty())
                        .suggestions(List.empty())
                        .returnTo(Phase.CUSTOMER_VALIDATION)
                        .build());
        assertEquals(
                "returnTo must not be after the gate's phase (CUSTOMER_DISCOVERY): CUSTOMER_VALIDATION",
                e.getMessage());
    }

    private static ImmutableGateTrace.Builder traceWith(double score, long evidence, boolean withCriterion) {
        return new ImmutableGateTrace.Builder()
                .phase(Phase.CUSTOMER_DISCOVERY)
                .evaluatedAt(T0)
                .mustMeet(
                        withCriterion
                                ? List.of(CriterionResult.of(
                                        SEGMENT, CriterionResult.Requirement.MUST_MEET, 1, List.empty()))
                                : List.empty())
                .shouldMeet(List.empty())
                .shouldMeetScore(score)
                .passScore(0.5)
                .budget(EvidenceBudget.experiments(10))
                .evidenceUsed(evidence)
                .experimentsUsed(2)
                .runway(Runway.experiments(5))
                .pivotsUsed(0)
                .pivotLimit(1)
                .prematureScaling(List.empty())
                .rule(Rule.ALL_MET);
    }

    @Test
    void theTraceChecksItsFigures() {
        assertEquals(
                "shouldMeetScore",
                assertThrows(
                                InvalidValueException.class,
                                () -> traceWith(1.5, 3, true).build())
                        .field());
        assertEquals(
                "evidenceUsed",
                assertThrows(
                                InvalidValueException.class,
                                () -> traceWith(1, -1, true).build())
                        .field());
        assertEquals(
                "mustMeet",
                assertThrows(
                                InvalidValueException.class,
                                () -> traceWith(1, 3, false).build())
                        .field());
        GateTrace trace = traceWith(1, 3, true).build();
        assertEquals("GateTrace[CUSTOMER_DISCOVERY at 2026-03-02T09:00:00Z, ALL_MET]", trace.toString());
        assertFalse(trace.isScalingPrematurely());
        assertFalse(trace.isBudgetSpent());
    }
}
