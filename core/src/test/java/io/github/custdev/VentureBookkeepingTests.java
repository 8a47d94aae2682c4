package io.github.custdev;

import static io.github.custdev.Fixtures.day;
import static io.github.custdev.Fixtures.must;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * The venture's bookkeeping around phases and pivots: what a phase counts from, which hypotheses are active or
 * retired, the pivots on record, and where a null in a batch of events is reported.
 */
class VentureBookkeepingTests {
    private static final Hypothesis PROBLEM =
            Fixtures.hypothesis("problem", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis SEGMENT =
            Fixtures.hypothesis("segment.solo", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);

    private static Venture supported() {
        return must(Fixtures.venture(100, 2, Fixtures.stated(PROBLEM, day(1)), Fixtures.stated(SEGMENT, day(1)))
                .applyAll(Fixtures.interviews(PROBLEM.id(), true, 3, day(2))));
    }

    @Test
    void advancingStartsTheCountsOfTheNewPhase() {
        Venture venture = supported();
        assertEquals(3, venture.phaseEvidenceCount());
        assertEquals(3, venture.phaseExperimentCount());
        GateDecision proceed = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(PROBLEM.id(), Fixtures.COUNTING))
                .build()
                .evaluate(venture, day(3));
        Venture advanced = must(venture.applyAll(
                List.of(VentureEvent.GateEvaluated.of(proceed), VentureEvent.PhaseAdvanced.of(day(4)))));
        assertEquals(Phase.CUSTOMER_VALIDATION, advanced.phase());
        assertEquals(day(4), advanced.phaseStartedAt());
        assertEquals(0, advanced.phaseEvidenceCount());
        assertEquals(0, advanced.phaseExperimentCount());
        assertTrue(advanced.currentDecision().isEmpty(), "a new phase has no decision yet");
        assertEquals(3, advanced.experimentCount());

        Venture onePerEvent = must(must(venture.apply(VentureEvent.GateEvaluated.of(proceed)))
                .apply(VentureEvent.PhaseAdvanced.of(day(4))));
        assertEquals(advanced, onePerEvent, "applied one by one or as a batch");
    }

    @Test
    void aPivotRetiresAndRecordsAndStartsTheCountsAgain() {
        Venture venture = supported();
        PivotDecision pivot = PivotDecision.builder(PivotType.CUSTOMER_SEGMENT, day(5))
                .retire(SEGMENT.id())
                .returnTo(Phase.CUSTOMER_DISCOVERY)
                .build();
        Venture pivoted = must(venture.apply(VentureEvent.Pivoted.of(pivot)));
        assertTrue(pivoted.isRetired(SEGMENT.id()));
        assertFalse(pivoted.isRetired(PROBLEM.id()), "an active hypothesis is not retired");
        assertFalse(pivoted.isRetired(HypothesisId.of("never.stated")));
        assertFalse(venture.isRetired(SEGMENT.id()), "the venture before the pivot is unchanged");
        assertEquals(List.of(pivot), pivoted.pivots());
        assertEquals(1, pivoted.pivotsUsed());
        assertEquals(1, pivoted.pivotsLeft());
        assertEquals(day(5), pivoted.phaseStartedAt());
        assertEquals(0, pivoted.phaseEvidenceCount());
    }

    @Test
    void aNullInABatchIsReportedAtItsPlace() {
        Venture venture = Venture.found(Fixtures.founded(10, 1));
        java.util.List<VentureEvent> events = new ArrayList<>();
        events.add(VentureEvent.RoleHired.of(Role.FOUNDER, day(1)));
        events.add(VentureEvent.RoleHired.of(Role.ENGINEER, day(1)));
        events.add(null);
        Expect.isNull("events[3]", () -> venture.applyAll(events));
        java.util.List<VentureEvent> history = new ArrayList<>(events);
        history.add(0, Fixtures.founded(10, 1));
        Expect.isNull("events[3]", () -> Venture.replay(history));
    }

    @Test
    void aPivotFollowingAGateRetiresWhatTheGateFoundRefuted() {
        Venture venture = must(Fixtures.venture(100, 2, Fixtures.stated(PROBLEM, day(1)))
                .applyAll(Fixtures.interviews(PROBLEM.id(), false, 3, day(2))));
        GateDecision decision = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(PROBLEM.id(), Fixtures.COUNTING))
                .build()
                .evaluate(venture, day(3));
        GateDecision.Pivot gate = (GateDecision.Pivot) decision;
        PivotDecision pivot =
                PivotDecision.following(gate, PivotType.ZOOM_IN, day(4)).build();
        assertEquals(gate.refuted(), pivot.retired());
        assertEquals(gate.rationale(), pivot.rationale());
        assertEquals(gate.returnTo(), pivot.returnTo());
    }
}
