package io.github.custdev.simulation.journey;

import static io.github.custdev.simulation.journey.StepTests.START;
import static io.github.custdev.simulation.journey.StepTests.founding;
import static io.github.custdev.simulation.journey.StepTests.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.Rejection;
import io.github.custdev.Rejection.Rule;
import io.github.custdev.Runway;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a fault goes and what it breaks, as {@link Fault}'s documentation gives it: for small hand-written scripts, the
 * exact invalid events, their positions and the rules they break.
 */
class FaultTests {

    static final Runway FIFTY = Runway.experiments(50);

    /** One hypothesis, segment-1 (a proportion without a unit), stated five minutes after the founding. */
    static final List<Step> ONE = List.of(step(EventKind.STATED, 0, 1, 1));

    static Option<Journey> attempt(JourneySpec spec, Runway runway, int pivots, List<Step> steps, Fault... faults) {
        Option<Journey> journey = Journey.run(spec, founding(runway, pivots), JourneyScript.of(steps, List.of(faults)));
        journey.forEach(j -> JourneyProperties.check(j, Option.none()));
        return journey;
    }

    static Journey run(JourneySpec spec, Runway runway, int pivots, List<Step> steps, Fault... faults) {
        return attempt(spec, runway, pivots, steps, faults).get();
    }

    /** Breaks the one rule asked for, after segment-1. */
    static Journey breaking(Rule rule, int pivots, int a, int b) {
        Journey journey = run(
                JourneyProperties.ALL.withRules(List.of(rule)),
                FIFTY,
                pivots,
                ONE,
                Fault.of(1, 0, a, b, Duration.ZERO));
        assertEquals(List.of(rule), journey.brokenRules().toJavaList());
        return journey;
    }

    static Fault fault(int slot, int rule) {
        return Fault.of(slot, rule, 0, 0, Duration.ZERO);
    }

    static void assertBroken(List<Integer> positions, List<Rule> rules, Journey journey) {
        assertEquals(positions, journey.invalidPositions().toJavaList());
        assertEquals(rules, journey.brokenRules().toJavaList());
    }

    static <T> T invalid(Class<T> type, Journey journey) {
        return assertInstanceOf(
                type, journey.events().get(journey.invalidPositions().last()));
    }

    static Instant lastValid(Journey journey) {
        return journey.venture().lastEventAt();
    }

    @Test
    void aFaultGoesBeforeStepSlotModStepsPlusOne() {
        JourneySpec spec = JourneyProperties.ALL.withRules(List.of(Rule.OUT_OF_ORDER));
        List<Step> two = List.of(step(EventKind.STATED, 0, 1, 1), step(EventKind.STATED, 1, 1, 1));
        // Slot 4 of 2 steps: 4 % 3 = 1, before the second step: after the founding and the first.
        assertBroken(List.of(2), List.of(Rule.OUT_OF_ORDER), run(spec, FIFTY, 2, two, fault(4, 0)));
        // Slot 2: after the last step. Slot 0: before the first step.
        assertBroken(List.of(3), List.of(Rule.OUT_OF_ORDER), run(spec, FIFTY, 2, two, fault(2, 0)));
        assertBroken(List.of(1), List.of(Rule.OUT_OF_ORDER), run(spec, FIFTY, 2, two, fault(0, 0)));
        // Two faults in one slot go in their order.
        assertBroken(
                List.of(2, 3),
                List.of(Rule.OUT_OF_ORDER, Rule.OUT_OF_ORDER),
                run(spec, FIFTY, 2, two, fault(1, 0), fault(4, 0)));
    }

    @Test
    void aFaultBreaksRuleRuleModTheRulesAndThenTheRulesSevenFurtherOn() {
        // Without pivots, a runway of fifty experiments and hypotheses, a pivot forward, a pivot that retires an
        // inactive hypothesis, an exhausted runway and evidence of a retired hypothesis cannot be made.
        List<Rule> seven = List.of(
                Rule.OUT_OF_ORDER,
                Rule.RETIRED_HYPOTHESIS,
                Rule.RUNWAY_EXHAUSTED,
                Rule.GATE_OF_ANOTHER_PHASE,
                Rule.PIVOT_FORWARD,
                Rule.RETIRE_INACTIVE,
                Rule.AUDIENCE_UNCHANGED);
        JourneySpec spec = JourneyProperties.ALL.withRules(seven);
        // Seven rules: 7 further on is the next one. 11 % 7 = 4, PIVOT_FORWARD; then 5, then 6.
        assertBroken(List.of(3), List.of(Rule.AUDIENCE_UNCHANGED), run(spec, FIFTY, 0, ONE, fault(1, 11)));
        // 1: RETIRED_HYPOTHESIS, then RUNWAY_EXHAUSTED, then GATE_OF_ANOTHER_PHASE.
        assertBroken(List.of(2), List.of(Rule.GATE_OF_ANOTHER_PHASE), run(spec, FIFTY, 0, ONE, fault(1, 1)));
        // Eight rules (UNIT_MISMATCH at 2): 7 further on is one back. 6: RETIRE_INACTIVE, 13 % 8 = 5 PIVOT_FORWARD,
        // 20 % 8 = 4 GATE_OF_ANOTHER_PHASE.
        List<Rule> eight = new java.util.ArrayList<>(seven);
        eight.add(Rule.UNIT_MISMATCH);
        JourneySpec more = JourneyProperties.ALL.withRules(eight);
        assertBroken(List.of(2), List.of(Rule.GATE_OF_ANOTHER_PHASE), run(more, FIFTY, 0, ONE, fault(1, 6)));
        // 3: RUNWAY_EXHAUSTED, then 10 % 8 = 2, UNIT_MISMATCH, one event later: measurements in two units need a
        // hypothesis judged on a mean, stated first (any other would refuse measurements of any unit).
        assertBroken(List.of(3), List.of(Rule.UNIT_MISMATCH), run(more, FIFTY, 0, ONE, fault(1, 3)));
        // Nothing that can be broken: no journey.
        assertTrue(attempt(JourneyProperties.ALL.withRules(List.of(Rule.PIVOT_FORWARD)), FIFTY, 0, ONE, fault(0, 0))
                .isEmpty());
    }

    @Test
    void aFaultThatCannotBeInsertedInItsSlotIsTriedAgainAfterTheLastStep() {
        // Twelve experiments: more than ten left at first, ten after two records; then the runway is spent with ten
        // records of segment-1 and one more is invalid.
        JourneySpec spec = JourneyProperties.ALL.withRules(List.of(Rule.RUNWAY_EXHAUSTED));
        List<Step> steps = List.of(
                step(EventKind.STATED, 0, 1, 1), step(EventKind.RECORDED, 0, 1, 0), step(EventKind.RECORDED, 0, 1, 0));
        Journey journey = run(spec, Runway.experiments(12), 2, steps, fault(0, 0));
        assertBroken(List.of(14), List.of(Rule.RUNWAY_EXHAUSTED), journey);
        assertEquals(14, journey.validEvents().size());
        // With money, the invalid experiment costs what remains plus 1 + b.
        Journey money =
                run(spec, Runway.money(BigDecimal.valueOf(100), "USD"), 2, ONE, Fault.of(1, 0, 0, 4, Duration.ZERO));
        assertEquals(
                BigDecimal.valueOf(105),
                invalid(VentureEvent.EvidenceRecorded.class, money).cost());
        assertBroken(List.of(2), List.of(Rule.RUNWAY_EXHAUSTED), money);
    }

    @Test
    void eachRuleIsBrokenByItsOwnEvent() {
        assertBroken(List.of(2), List.of(Rule.ALREADY_FOUNDED), breaking(Rule.ALREADY_FOUNDED, 2, 0, 0));
        invalid(VentureEvent.Founded.class, breaking(Rule.ALREADY_FOUNDED, 2, 0, 0));
        // A closing first, then a hire after it.
        Journey closed = breaking(Rule.CLOSED, 2, 0, 0);
        assertBroken(List.of(3), List.of(Rule.CLOSED), closed);
        assertEquals(
                "closed before the invalid event",
                ((VentureEvent.Closed) closed.events().get(2)).reason());
        invalid(VentureEvent.RoleHired.class, closed);
        // b even: a hire 1 + a minutes early; b odd: a closing.
        Journey early = breaking(Rule.OUT_OF_ORDER, 2, 3, 0);
        assertEquals(
                lastValid(early).minus(Duration.ofMinutes(4)),
                invalid(VentureEvent.RoleHired.class, early).at());
        invalid(VentureEvent.Closed.class, breaking(Rule.OUT_OF_ORDER, 2, 3, 1));
        invalid(VentureEvent.RoleHired.class, breaking(Rule.OUT_OF_ORDER, 2, 3, 2));
        // Evidence of a hypothesis never stated, named after the position.
        assertEquals(
                HypothesisId.of("unstated-2"),
                invalid(VentureEvent.EvidenceRecorded.class, breaking(Rule.UNKNOWN_HYPOTHESIS, 2, 0, 0))
                        .evidence()
                        .single()
                        .hypothesisId());
        // Evidence observed 1 + a minutes after it is recorded.
        Journey future = breaking(Rule.EVIDENCE_FROM_THE_FUTURE, 2, 2, 0);
        assertEquals(
                START.plus(Duration.ofMinutes(5 + 3)),
                invalid(VentureEvent.EvidenceRecorded.class, future)
                        .evidence()
                        .single()
                        .observedAt());
        invalid(VentureEvent.GateEvaluated.class, breaking(Rule.GATE_OF_ANOTHER_PHASE, 2, 0, 0));
        invalid(VentureEvent.PhaseAdvanced.class, breaking(Rule.ADVANCE_WITHOUT_PROCEED, 2, 0, 0));
        // A pivot that returns to the next phase.
        Journey forward = breaking(Rule.PIVOT_FORWARD, 2, 0, 0);
        assertEquals(
                Phase.CUSTOMER_VALIDATION,
                invalid(VentureEvent.Pivoted.class, forward).decision().returnTo());
        // An audience chosen with a conversion from a hypothesis never stated.
        assertEquals(
                "unproven-2",
                invalid(VentureEvent.AudienceChosen.class, breaking(Rule.UNKNOWN_CONVERSION_SOURCE, 2, 0, 0))
                        .audience()
                        .name());
    }

    @Test
    void theExecutionStepsRulesAreBrokenByTheirOwnEvents() {
        VentureEvent.DepartmentEstablished twice =
                invalid(VentureEvent.DepartmentEstablished.class, breaking(Rule.DUPLICATE_DEPARTMENT, 2, 0, 0));
        assertEquals("Sales", twice.department());
        VentureEvent.NextAudienceChosen elsewhere =
                invalid(VentureEvent.NextAudienceChosen.class, breaking(Rule.NEXT_AUDIENCE_NOT_CURRENT, 2, 0, 0));
        assertTrue(elsewhere.decision().isWon());
        VentureEvent.NextAudienceChosen early =
                invalid(VentureEvent.NextAudienceChosen.class, breaking(Rule.AUDIENCE_NOT_WON, 2, 0, 0));
        assertEquals(0, early.decision().customers());
        VentureEvent.NextAudienceChosen nowhere =
                invalid(VentureEvent.NextAudienceChosen.class, breaking(Rule.NO_VIABLE_NEXT_AUDIENCE, 2, 0, 0));
        assertTrue(nowhere.decision().isWon());
        assertTrue(nowhere.decision().chosen().isEmpty());
    }

    @Test
    void aDuplicateIsStatedAgainOrPivotedToWhenBIsOdd() {
        assertEquals(
                HypothesisId.of("segment-1"),
                invalid(VentureEvent.HypothesisStated.class, breaking(Rule.DUPLICATE_HYPOTHESIS, 2, 0, 0))
                        .hypothesis()
                        .id());
        assertEquals(
                HypothesisId.of("segment-1"),
                invalid(VentureEvent.Pivoted.class, breaking(Rule.DUPLICATE_HYPOTHESIS, 2, 0, 1))
                        .decision()
                        .replacements()
                        .single()
                        .id());
        // Without pivots left, stated again.
        invalid(VentureEvent.HypothesisStated.class, breaking(Rule.DUPLICATE_HYPOTHESIS, 0, 0, 1));
    }

    @Test
    void evidenceOfARetiredHypothesisNeedsAPivotFirst() {
        // segment-1 is replaced by segment-2, then refuted.
        Journey journey = breaking(Rule.RETIRED_HYPOTHESIS, 2, 0, 0);
        assertBroken(List.of(3), List.of(Rule.RETIRED_HYPOTHESIS), journey);
        assertEquals(
                HypothesisId.of("segment-1"),
                invalid(VentureEvent.EvidenceRecorded.class, journey)
                        .evidence()
                        .single()
                        .hypothesisId());
        assertEquals(
                HypothesisId.of("segment-2"),
                ((VentureEvent.Pivoted) journey.events().get(2))
                        .decision()
                        .replacements()
                        .single()
                        .id());
    }

    @Test
    void aUnitMismatchMeasuresInTwoUnitsOrAnotherUnit() {
        // No unit yet: 1 + a USD and 2 + b EUR.
        VentureEvent.EvidenceRecorded two =
                invalid(VentureEvent.EvidenceRecorded.class, breaking(Rule.UNIT_MISMATCH, 2, 2, 3));
        assertEquals(
                List.of("3.0 USD", "5.0 EUR"),
                two.evidence()
                        .map(e -> ((Measurement) e).value() + " " + ((Measurement) e).unit())
                        .toJavaList());
        // A mean in days (a = 0, b = 8, c = 1) with a measurement: 1 + a = 3 in "days (other)".
        Journey days = run(
                JourneyProperties.ALL.withRules(List.of(Rule.UNIT_MISMATCH)),
                FIFTY,
                2,
                List.of(step(EventKind.STATED, 0, 8, 1), step(EventKind.RECORDED, 0, 1, 0)),
                Fault.of(2, 0, 2, 0, Duration.ZERO));
        Measurement other = (Measurement)
                invalid(VentureEvent.EvidenceRecorded.class, days).evidence().single();
        assertEquals("days (other)", other.unit());
        assertEquals(3.0, other.value());
    }

    @Test
    void advancingWithoutProceedFirstRecordsAnUndecidedGate() {
        Journey journey = run(
                StepTests.AUDIENCE.withRules(List.of(Rule.ADVANCE_WITHOUT_PROCEED)),
                FIFTY,
                2,
                List.of(StepTests.VIABLE, step(EventKind.EVALUATED, 9, 0, 0)),
                fault(2, 0));
        assertBroken(List.of(4), List.of(Rule.ADVANCE_WITHOUT_PROCEED), journey);
        assertInstanceOf(VentureEvent.GateEvaluated.class, journey.events().get(3));
        // After a Pivot the advance is invalid as it is.
        Journey pivot = run(
                StepTests.AUDIENCE.withRules(List.of(Rule.ADVANCE_WITHOUT_PROCEED)),
                FIFTY,
                2,
                List.of(StepTests.TOO_SMALL, step(EventKind.EVALUATED, 9, 0, 0)),
                fault(2, 0));
        assertBroken(List.of(3), List.of(Rule.ADVANCE_WITHOUT_PROCEED), pivot);
        // In company building there is no phase to advance to: the rule after it is broken instead.
        List<Step> toTheEnd = List.of(
                StepTests.VIABLE,
                step(EventKind.EVALUATED, 9, 0, 0),
                step(EventKind.ADVANCED, 9, 0, 0),
                step(EventKind.EVALUATED, 9, 0, 0),
                step(EventKind.ADVANCED, 9, 0, 0),
                step(EventKind.EVALUATED, 9, 0, 0),
                step(EventKind.ADVANCED, 9, 0, 0));
        Journey end = run(
                StepTests.AUDIENCE.withRules(List.of(Rule.OUT_OF_ORDER, Rule.ADVANCE_WITHOUT_PROCEED)),
                FIFTY,
                2,
                toTheEnd,
                fault(7, 1));
        assertBroken(List.of(8), List.of(Rule.OUT_OF_ORDER), end);
    }

    @Test
    void noNextPhaseAdvancesToCompanyBuildingFirst() {
        // A prepared audience at position 2, then a gate and an advance for each of three phases.
        Journey journey = breaking(Rule.NO_NEXT_PHASE, 2, 0, 0);
        assertBroken(List.of(9), List.of(Rule.NO_NEXT_PHASE), journey);
        assertEquals(
                "prepared-audience-2",
                ((VentureEvent.AudienceChosen) journey.events().get(2))
                        .audience()
                        .name());
        assertEquals(Phase.COMPANY_BUILDING, journey.venture().phase());
    }

    @Test
    void noPivotsLeftUsesUpAtMostFivePivotsFirst() {
        assertBroken(List.of(4), List.of(Rule.NO_PIVOTS_LEFT), breaking(Rule.NO_PIVOTS_LEFT, 2, 0, 0));
        assertBroken(List.of(7), List.of(Rule.NO_PIVOTS_LEFT), breaking(Rule.NO_PIVOTS_LEFT, 5, 0, 0));
        assertTrue(attempt(JourneyProperties.ALL.withRules(List.of(Rule.NO_PIVOTS_LEFT)), FIFTY, 6, ONE, fault(1, 0))
                .isEmpty());
        // More than five left: the rule after it is broken instead.
        assertBroken(
                List.of(2),
                List.of(Rule.OUT_OF_ORDER),
                run(
                        JourneyProperties.ALL.withRules(List.of(Rule.OUT_OF_ORDER, Rule.NO_PIVOTS_LEFT)),
                        FIFTY,
                        6,
                        ONE,
                        fault(1, 1)));
    }

    @Test
    void retiringAnInactiveHypothesisNamesARetiredOneWhenBIsOdd() {
        // segment-1 replaced by a pivot (a = 0, b = 0, c = 1: the venture's phase) with segment-2.
        List<Step> pivoted = List.of(step(EventKind.STATED, 0, 1, 1), step(EventKind.PIVOTED, 0, 0, 1));
        JourneySpec spec = JourneyProperties.ALL.withRules(List.of(Rule.RETIRE_INACTIVE));
        assertEquals(
                List.of(HypothesisId.of("segment-1")),
                invalid(VentureEvent.Pivoted.class, run(spec, FIFTY, 2, pivoted, Fault.of(2, 0, 0, 1, Duration.ZERO)))
                        .decision()
                        .retired()
                        .toJavaList());
        assertEquals(
                List.of(HypothesisId.of("never-stated-3")),
                invalid(VentureEvent.Pivoted.class, run(spec, FIFTY, 2, pivoted, Fault.of(2, 0, 0, 0, Duration.ZERO)))
                        .decision()
                        .retired()
                        .toJavaList());
        assertEquals(
                List.of(HypothesisId.of("never-stated-2")),
                invalid(VentureEvent.Pivoted.class, breaking(Rule.RETIRE_INACTIVE, 2, 0, 1))
                        .decision()
                        .retired()
                        .toJavaList());
    }

    @Test
    void anUnchangedAudienceIsPreparedFirstWhenThereIsNone() {
        Journey journey = breaking(Rule.AUDIENCE_UNCHANGED, 2, 0, 0);
        assertBroken(List.of(3), List.of(Rule.AUDIENCE_UNCHANGED), journey);
        assertEquals(
                "prepared-audience-3",
                invalid(VentureEvent.AudienceChosen.class, journey).audience().name());
    }

    @Test
    void evidenceOfAHypothesisStatedElsewhereLeansByItsIdsHash() {
        // A mean of at most 40 days: measurements spread max(1, 40 / 5) = 8 around 40 + (lean - 2) 8.
        HypothesisId id = HypothesisId.of("setup-time");
        Venture start = Venture.found(founding(FIFTY, 2))
                .apply(VentureEvent.HypothesisStated.of(
                        io.github.custdev.Hypothesis.of(
                                id,
                                "Setup is quick",
                                BusinessModelArea.VALUE_PROPOSITION,
                                Phase.CUSTOMER_DISCOVERY,
                                io.github.custdev.SuccessCriterion.meanAtMost(40.0, "days", 2)),
                        START))
                .get();
        Journey journey = Journey.run(
                        JourneyProperties.ALL.withStart(start),
                        JourneyScript.of(List.of(step(EventKind.RECORDED, 0, 1, 0))))
                .get();
        int lean = Math.floorMod(id.hashCode(), 5);
        org.apache.commons.statistics.distribution.NormalDistribution truth =
                (org.apache.commons.statistics.distribution.NormalDistribution)
                        journey.truths().get(id).get().trueDistribution().get();
        assertEquals(40.0 + (lean - 2) * 8.0, truth.getMean(), 1e-12);
        assertEquals(8.0, truth.getStandardDeviation(), 1e-12);
    }

    @Test
    void madeUpIdsSkipTheIdsInUse() {
        // A continued venture with a hypothesis unstated-0: evidence of an unknown one names unstated-1.
        Venture start = Venture.found(founding(FIFTY, 2))
                .apply(VentureEvent.HypothesisStated.of(
                        io.github.custdev.Hypothesis.of(
                                HypothesisId.of("unstated-0"),
                                "Made up elsewhere",
                                BusinessModelArea.REVENUE,
                                Phase.CUSTOMER_DISCOVERY,
                                io.github.custdev.SuccessCriterion.proportionAtLeast(0.5, 10)),
                        START))
                .get();
        JourneySpec spec = JourneyProperties.ALL.withStart(start).withRules(List.of(Rule.UNKNOWN_HYPOTHESIS));
        Journey journey = Journey.run(spec, JourneyScript.of(List.of(), List.of(fault(0, 0))))
                .get();
        assertEquals(
                HypothesisId.of("unstated-1"),
                ((VentureEvent.EvidenceRecorded) journey.events().single())
                        .evidence()
                        .single()
                        .hypothesisId());
        assertEquals(
                List.of(Rejection.Rule.UNKNOWN_HYPOTHESIS),
                journey.brokenRules().toJavaList());
    }
}
