package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.CriterionResult.Requirement;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class SpentBudgetPoliciesTests {
    private static final Hypothesis A = hypothesis("a", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis B = hypothesis("b", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);

    private static CriterionResult undecided(Assessment... assessments) {
        return CriterionResult.of(
                GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING),
                Requirement.MUST_MEET,
                1,
                List.of(assessments));
    }

    @Test
    void treatAsRefutedRefutesEverything() {
        SpentBudgetPolicy policy = SpentBudgetPolicies.treatAsRefuted();
        assertEquals(Verdict.REFUTED, policy.resolve(undecided()));
        assertEquals(
                Verdict.REFUTED,
                policy.resolve(undecided(PhaseGateTests.assessment(A, Verdict.INCONCLUSIVE, 0.99, 40))));
        assertEquals("treat as refuted", policy.toString());
        assertThrows(InvalidValueException.class, () -> policy.resolve(null));
    }

    @Test
    void byLeaningSupportsWhenEveryAssessmentLeansFarEnough() {
        SpentBudgetPolicy policy = SpentBudgetPolicies.byLeaning(0.8);
        Assessment sure = PhaseGateTests.assessment(A, Verdict.INCONCLUSIVE, 0.85, 10);
        Assessment unsure = PhaseGateTests.assessment(B, Verdict.INCONCLUSIVE, 0.79, 10);
        Assessment supported = PhaseGateTests.assessment(B, Verdict.SUPPORTED, 0.99, 10);
        assertEquals(Verdict.SUPPORTED, policy.resolve(undecided(sure)));
        assertEquals(Verdict.SUPPORTED, policy.resolve(undecided(sure, supported)));
        assertEquals(Verdict.REFUTED, policy.resolve(undecided(sure, unsure)));
        assertEquals(Verdict.REFUTED, policy.resolve(undecided()), "nothing to judge");
        assertEquals(Verdict.SUPPORTED, SpentBudgetPolicies.byLeaning(0.79).resolve(undecided(unsure)));
        assertEquals("by leaning, P >= 0.8", policy.toString());
        assertEquals(policy, SpentBudgetPolicies.byLeaning(0.8));
        assertEquals(policy.hashCode(), SpentBudgetPolicies.byLeaning(0.8).hashCode());
        assertNotEquals(policy, SpentBudgetPolicies.byLeaning(0.9));
        assertThrows(InvalidValueException.class, () -> policy.resolve(null));
    }

    @Test
    void aLeaningBelowOneHalfWouldSupportAgainstTheEvidence() {
        assertEquals(
                "minimumProbability must be in [0.5, 1]: 0.49",
                assertThrows(InvalidValueException.class, () -> SpentBudgetPolicies.byLeaning(0.49))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> SpentBudgetPolicies.byLeaning(1.01));
        assertThrows(InvalidValueException.class, () -> SpentBudgetPolicies.byLeaning(Double.NaN));
        SpentBudgetPolicies.byLeaning(0.5);
        SpentBudgetPolicies.byLeaning(1);
    }
}
