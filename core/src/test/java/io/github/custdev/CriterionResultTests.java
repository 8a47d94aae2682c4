package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.CriterionResult.Requirement;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class CriterionResultTests {
    private static final Hypothesis A = hypothesis("a", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis B = hypothesis("b", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final GateCriterion PROBLEM = GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING);

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
        // a refuted assessment does not hide a null after it
        Expect.isNull("assessments[1]", () -> CriterionResult.combine(List.of(of(A, Verdict.REFUTED), null)));
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

    // ---- an audience criterion

    private static final GateCriterion.AudienceViable VIABLE = GateCriterion.audienceViable(0.9);

    @Test
    void aViableAudienceSupportsTheCriterionAndAnUnviableOneRefutesIt() {
        Viability enough = VIABLE.judge(Fixtures.audience("groups", 4_000, 0.05));
        CriterionResult supported = CriterionResult.ofAudience(VIABLE, Requirement.MUST_MEET, 1, Option.some(enough));
        assertEquals(Verdict.SUPPORTED, supported.evidenceVerdict());
        assertTrue(supported.isMet());
        assertTrue(supported.isAudience());
        assertFalse(supported.isMissing());
        assertTrue(supported.assessments().isEmpty());
        assertEquals(Option.some(enough), supported.viability());
        assertEquals(
                "must-meet the chosen audience is viable with probability >= 0.9 (break-even): SUPPORTED",
                supported.toString());

        Viability few = VIABLE.judge(Fixtures.audience("solo", 1_000, 0.05));
        CriterionResult refuted = CriterionResult.ofAudience(VIABLE, Requirement.SHOULD_MEET, 2, Option.some(few));
        assertEquals(Verdict.REFUTED, refuted.verdict());
        assertTrue(refuted.against().isEmpty(), "an audience criterion names no assessment against it");
        assertEquals(
                "should-meet the chosen audience is viable with probability >= 0.9 (break-even), weight 2: REFUTED",
                refuted.toString());
        assertThrows(InvalidValueException.class, () -> refuted.resolvedAs(Verdict.SUPPORTED));
    }

    @Test
    void noAudienceChosenIsMissingUntilAPolicyDecidesIt() {
        CriterionResult none = CriterionResult.ofAudience(VIABLE, Requirement.MUST_MEET, 1, Option.none());
        assertTrue(none.isMissing());
        assertEquals(Verdict.INCONCLUSIVE, none.verdict());
        assertEquals(
                "must-meet the chosen audience is viable with probability >= 0.9 (break-even): INCONCLUSIVE (nothing"
                        + " to judge: no audience chosen)",
                none.toString());
        CriterionResult resolved = none.resolvedAs(Verdict.REFUTED);
        assertTrue(resolved.isResolvedByPolicy());
        assertEquals(Option.none(), resolved.viability());
        assertEquals(
                "must-meet the chosen audience is viable with probability >= 0.9 (break-even): REFUTED (no audience"
                        + " chosen, decided by the spent-budget policy)",
                resolved.toString());
    }

    @Test
    void anAudienceResultMustBeJudgedByItsOwnCriterionAndHoldNoAssessments() {
        Audience groups = Fixtures.audience("groups", 4_000, 0.05);
        InvalidValueException other = assertThrows(
                InvalidValueException.class,
                () -> CriterionResult.ofAudience(
                        VIABLE, Requirement.MUST_MEET, 1, Option.some(groups.viability(0.95))));
        assertEquals("viability.requiredProbability must be the criterion's (0.9): 0.95", other.getMessage());
        assertEquals(
                "viability.targetMargin must be the criterion's (0.0): 0.1",
                assertThrows(
                                InvalidValueException.class,
                                () -> CriterionResult.ofAudience(
                                        VIABLE, Requirement.MUST_MEET, 1, Option.some(groups.viability(0.9, 0.1))))
                        .getMessage());
        assertThrows(
                InvalidValueException.class, () -> CriterionResult.ofAudience(VIABLE, Requirement.MUST_MEET, 1, null));
        assertThrows(
                InvalidValueException.class,
                () -> CriterionResult.ofAudience(null, Requirement.MUST_MEET, 1, Option.none()));
        assertThrows(
                InvalidValueException.class,
                () -> CriterionResult.ofAudience(VIABLE, Requirement.MUST_MEET, 2, Option.none()));
        // Hand-built results keep the same honesty: assessments for an audience criterion, a viability for an area
        // criterion, or a verdict other than the viability's are refused.
        InvalidValueException assessed = assertThrows(
                InvalidValueException.class,
                () -> new ImmutableCriterionResult.Builder()
                        .criterion(VIABLE)
                        .requirement(Requirement.MUST_MEET)
                        .weight(1)
                        .assessments(List.of(of(A, Verdict.SUPPORTED)))
                        .evidenceVerdict(Verdict.SUPPORTED)
                        .verdict(Verdict.SUPPORTED)
                        .build());
        assertEquals("assessments", assessed.field());
        InvalidValueException viability = assertThrows(
                InvalidValueException.class,
                () -> new ImmutableCriterionResult.Builder()
                        .criterion(PROBLEM)
                        .requirement(Requirement.MUST_MEET)
                        .weight(1)
                        .assessments(List.of(of(A, Verdict.SUPPORTED)))
                        .viability(Option.some(VIABLE.judge(groups)))
                        .evidenceVerdict(Verdict.SUPPORTED)
                        .verdict(Verdict.SUPPORTED)
                        .build());
        assertEquals("viability", viability.field());
        InvalidValueException verdict = assertThrows(
                InvalidValueException.class,
                () -> new ImmutableCriterionResult.Builder()
                        .criterion(VIABLE)
                        .requirement(Requirement.MUST_MEET)
                        .weight(1)
                        .assessments(List.empty())
                        .viability(Option.some(VIABLE.judge(Fixtures.audience("solo", 1_000, 0.05))))
                        .evidenceVerdict(Verdict.SUPPORTED)
                        .verdict(Verdict.SUPPORTED)
                        .build());
        assertEquals("evidenceVerdict must be the audience's viability (REFUTED): SUPPORTED", verdict.getMessage());
    }
}
