package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.hypothesis;
import static io.github.custdev.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class PivotDecisionTests {
    private static final Hypothesis SOLO =
            hypothesis("segment.solo", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis GROUPS =
            hypothesis("segment.groups", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis CLINICS =
            hypothesis("segment.clinics", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);

    @Test
    void aPivotRecordsItsTypeRetiredReplacementsLineageRationalePhaseAndInstant() {
        Assessment why = PhaseGateTests.assessment(SOLO, Verdict.REFUTED, 0.02, 30);
        PivotDecision pivot = PivotDecision.builder(PivotType.CUSTOMER_SEGMENT, T0)
                .replace(SOLO.id(), GROUPS)
                .state(CLINICS)
                .rationale(List.of(why))
                .returnTo(Phase.CUSTOMER_DISCOVERY)
                .build();
        assertEquals(PivotType.CUSTOMER_SEGMENT, pivot.type());
        assertEquals(List.of(SOLO.id()), pivot.retired());
        assertEquals(List.of(GROUPS, CLINICS), pivot.replacements());
        assertEquals(LinkedHashMap.of(GROUPS.id(), SOLO.id()), pivot.lineage());
        assertEquals(Option.some(SOLO.id()), pivot.replaces(GROUPS.id()));
        assertEquals(Option.none(), pivot.replaces(CLINICS.id()));
        assertEquals(List.of(why), pivot.rationale());
        assertEquals(Phase.CUSTOMER_DISCOVERY, pivot.returnTo());
        assertEquals(T0, pivot.decidedAt());
        assertEquals(
                "customer segment pivot at 2026-03-02T09:00:00Z: retires segment.solo; states segment.groups,"
                        + " segment.clinics; returns to CUSTOMER_DISCOVERY",
                pivot.toString());
    }

    @Test
    void followingAGatesPivotRetiresItsRefutedHypothesesWithItsRationale() {
        Venture venture = Fixtures.venture(20, 1, Fixtures.stated(SOLO, T0));
        venture = Fixtures.applyAll(venture, Fixtures.interviews(SOLO.id(), false, 3, T0));
        GateDecision.Pivot gate = (GateDecision.Pivot) PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(SOLO.id(), Fixtures.COUNTING))
                .build()
                .evaluate(venture, Fixtures.day(1));
        PivotDecision pivot = PivotDecision.following(gate, PivotType.CUSTOMER_SEGMENT, Fixtures.day(2))
                .replace(SOLO.id(), GROUPS)
                .build();
        assertEquals(List.of(SOLO.id()), pivot.retired());
        assertEquals(gate.rationale(), pivot.rationale());
        assertEquals(gate.returnTo(), pivot.returnTo());
        assertEquals(Fixtures.day(2), pivot.decidedAt());
    }

    @Test
    void aPivotMustChangeSomethingAndKeepItsIdsApart() {
        assertEquals(
                "retired must not be empty when there are no replacements: a pivot changes a hypothesis: []",
                assertThrows(
                                InvalidValueException.class,
                                () -> PivotDecision.builder(PivotType.CHANNEL, T0)
                                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                                        .build())
                        .getMessage()
                        .replace("Vector()", "[]")
                        .replace("List()", "[]"));
        assertEquals(
                "replacements must have distinct ids: Vector(segment.groups, segment.groups)",
                assertThrows(
                                InvalidValueException.class,
                                () -> PivotDecision.builder(PivotType.CHANNEL, T0)
                                        .state(GROUPS)
                                        .state(GROUPS)
                                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                                        .build())
                        .getMessage());
        assertEquals(
                "replacements must not reuse a retired id: segment.solo",
                assertThrows(
                                InvalidValueException.class,
                                () -> PivotDecision.builder(PivotType.CHANNEL, T0)
                                        .retire(SOLO.id())
                                        .state(SOLO)
                                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                                        .build())
                        .getMessage());
        assertEquals(
                "returnTo is not set",
                assertThrows(
                                MissingValueException.class,
                                () -> PivotDecision.builder(PivotType.CHANNEL, T0)
                                        .retire(SOLO.id())
                                        .build())
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> PivotDecision.builder(null, T0));
        assertThrows(InvalidValueException.class, () -> PivotDecision.builder(PivotType.CHANNEL, null));
        assertThrows(
                InvalidValueException.class,
                () -> PivotDecision.builder(PivotType.CHANNEL, T0).retire(null));
        assertThrows(
                InvalidValueException.class,
                () -> PivotDecision.builder(PivotType.CHANNEL, T0).state(null));
        assertThrows(
                InvalidValueException.class,
                () -> PivotDecision.builder(PivotType.CHANNEL, T0).rationale(null));
        assertThrows(InvalidValueException.class, () -> PivotDecision.following(null, PivotType.CHANNEL, T0));
    }

    @Test
    void retiringTwiceRetiresOnceAndLineageMustPointFromReplacementsToRetired() {
        PivotDecision pivot = PivotDecision.builder(PivotType.CHANNEL, T0)
                .retire(SOLO.id())
                .retire(SOLO.id())
                .returnTo(Phase.CUSTOMER_DISCOVERY)
                .build();
        assertEquals(List.of(SOLO.id()), pivot.retired());
        assertTrue(pivot.replacements().isEmpty());
        InvalidValueException notAReplacement = assertThrows(
                InvalidValueException.class,
                () -> new ImmutablePivotDecision.Builder()
                        .type(PivotType.CHANNEL)
                        .retired(List.of(SOLO.id()))
                        .replacements(List.of(GROUPS))
                        .lineage(LinkedHashMap.of(id("other"), SOLO.id()))
                        .rationale(List.empty())
                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                        .decidedAt(T0)
                        .build());
        assertEquals("lineage", notAReplacement.field());
        InvalidValueException notRetired = assertThrows(
                InvalidValueException.class,
                () -> new ImmutablePivotDecision.Builder()
                        .type(PivotType.CHANNEL)
                        .retired(List.of(SOLO.id()))
                        .replacements(List.of(GROUPS))
                        .lineage(LinkedHashMap.of(GROUPS.id(), id("other")))
                        .rationale(List.empty())
                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                        .decidedAt(T0)
                        .build());
        assertEquals("lineage must map to retired hypotheses (List(segment.solo)): other", notRetired.getMessage());
    }
}
