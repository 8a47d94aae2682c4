package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.CriterionResult.Requirement;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class CriterionResultTests {
    private static final Hypothesis A = hypothesis("a", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis B = hypothesis("b", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final GateCriterion PROBLEM = GateCriterion.area(BusinessModelArea.PROBLEM, "counting", COUNTING);

    private static Assessment of(Hypothesis h, Verdict verdict) {
        return PhaseGateTests.assessment(h, verdict, verdict == Verdict.SUPPORTED ? 0.9 : 0.3, 5);
    }

    @Test
    void assessmentsCombineToSupportedOnlyWhenAllAreAndRefutedWhenAnyIs() {
        assertEquals(Verdict.INCONCLUSIVE, CriterionResult.combine(List.empty()));
        assertEquals(
                Verdict.SUPPORTED,
                CriterionResult.combine(List.of(of(A, Verdict.SUPPORTED), of(B, Verdict.SUPPORTED))));
        assertEquals(
                Verdict.INCONCLUSIVE,
                CriterionResult.combine(List.of(of(A, Verdict.SUPPORTED), of(B, Verdict.INCONCLUSIVE))));
        assertEquals(
                Verdict.REFUTED, CriterionResult.combine(List.of(of(A, Verdict.INCONCLUSIVE), of(B, Verdict.REFUTED))));
    }

    @Test
    void aResultKeepsItsAssessmentsAndVerdict() {
        CriterionResult result = CriterionResult.of(
                PROBLEM, Requirement.MUST_MEET, 1, List.of(of(A, Verdict.SUPPORTED), of(B, Verdict.REFUTED)));
        assertEquals(Verdict.REFUTED, result.evidenceVerdict());
        assertEquals(Verdict.REFUTED, result.verdict());
        assertFalse(result.isMet());
        assertFalse(result.isMissing());
        assertFalse(result.isResolvedByPolicy());
        assertEquals(List.of(of(B, Verdict.REFUTED)), result.against());
        assertEquals("must-meet every problem hypothesis is supported (counting): REFUTED", result.toString());
    }

    @Test
    void aPolicyResolvesOnlyAnInconclusiveResultAndOnlyToADecidedVerdict() {
        CriterionResult open = CriterionResult.of(
                PROBLEM, Requirement.SHOULD_MEET, 2, List.of(of(A, Verdict.SUPPORTED), of(B, Verdict.INCONCLUSIVE)));
        assertTrue(open.against().isEmpty());
        CriterionResult refuted = open.resolvedAs(Verdict.REFUTED);
        assertTrue(refuted.isResolvedByPolicy());
        assertEquals(Verdict.INCONCLUSIVE, refuted.evidenceVerdict());
        assertEquals(List.of(of(B, Verdict.INCONCLUSIVE)), refuted.against());
        assertEquals(
                "should-meet every problem hypothesis is supported (counting), weight 2: REFUTED (inconclusive,"
                        + " decided by the spent-budget policy)",
                refuted.toString());
        assertTrue(open.resolvedAs(Verdict.SUPPORTED).isMet());
        assertEquals(
                "verdict must be SUPPORTED or REFUTED: INCONCLUSIVE",
                assertThrows(InvalidValueException.class, () -> open.resolvedAs(Verdict.INCONCLUSIVE))
                        .getMessage());
        assertEquals(
                "verdict can only resolve an inconclusive criterion, once, not a resolved REFUTED: SUPPORTED",
                assertThrows(InvalidValueException.class, () -> refuted.resolvedAs(Verdict.SUPPORTED))
                        .getMessage());
        CriterionResult decided =
                CriterionResult.of(PROBLEM, Requirement.MUST_MEET, 1, List.of(of(A, Verdict.REFUTED)));
        assertEquals(
                "verdict can only resolve an inconclusive criterion, once, not a REFUTED: SUPPORTED",
                assertThrows(InvalidValueException.class, () -> decided.resolvedAs(Verdict.SUPPORTED))
                        .getMessage());
    }

    @Test
    void aMustMeetCriterionWeighsOneAndAWeightIsPositive() {
        assertEquals(
                "weight must be 1 for a must-meet criterion: 2.0",
                assertThrows(
                                InvalidValueException.class,
                                () -> CriterionResult.of(PROBLEM, Requirement.MUST_MEET, 2, List.empty()))
                        .getMessage());
        assertThrows(
                InvalidValueException.class,
                () -> CriterionResult.of(PROBLEM, Requirement.SHOULD_MEET, 0, List.empty()));
        assertThrows(
                InvalidValueException.class,
                () -> CriterionResult.of(PROBLEM, Requirement.SHOULD_MEET, Double.NaN, List.empty()));
        assertThrows(
                InvalidValueException.class, () -> CriterionResult.of(null, Requirement.MUST_MEET, 1, List.empty()));
        assertThrows(InvalidValueException.class, () -> CriterionResult.of(PROBLEM, null, 1, List.empty()));
        assertThrows(InvalidValueException.class, () -> CriterionResult.of(PROBLEM, Requirement.MUST_MEET, 1, null));
    }

    @Test
    void aResultWithoutAssessmentsIsMissing() {
        CriterionResult missing = CriterionResult.of(PROBLEM, Requirement.MUST_MEET, 1, List.empty());
        assertTrue(missing.isMissing());
        assertEquals(Verdict.INCONCLUSIVE, missing.verdict());
        assertEquals(
                "must-meet every problem hypothesis is supported (counting): INCONCLUSIVE (nothing to judge: no"
                        + " active hypothesis)",
                missing.toString());
        assertTrue(missing.resolvedAs(Verdict.REFUTED).against().isEmpty());
    }
}
