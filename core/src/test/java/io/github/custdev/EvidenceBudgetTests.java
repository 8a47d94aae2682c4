package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class EvidenceBudgetTests {

    @Test
    void aBudgetIsSpentWhenAnyOfItsLimitsIsReached() {
        EvidenceBudget budget =
                EvidenceBudget.experiments(10).withMaxEvidence(30).withDeadline(T0);
        assertEquals(Option.some(10L), budget.maxExperiments());
        assertEquals(Option.some(30L), budget.maxEvidence());
        assertEquals(Option.some(T0), budget.deadline());
        assertFalse(budget.isSpent(29, 9, T0.minusSeconds(1)));
        assertTrue(budget.isSpent(30, 9, T0.minusSeconds(1)));
        assertTrue(budget.isSpent(29, 10, T0.minusSeconds(1)));
        assertTrue(budget.isSpent(29, 9, T0));
        assertTrue(budget.isTimeSpent(T0.plusSeconds(1)));
        assertTrue(budget.isEvidenceSpent(31));
        assertTrue(budget.isExperimentsSpent(11));
    }

    @Test
    void aLimitNotSetIsNeverReached() {
        EvidenceBudget evidence = EvidenceBudget.evidence(5);
        assertTrue(evidence.maxExperiments().isEmpty());
        assertTrue(evidence.deadline().isEmpty());
        assertFalse(evidence.isSpent(4, Long.MAX_VALUE, T0.plusSeconds(1_000_000_000)));
        EvidenceBudget time = EvidenceBudget.until(T0);
        assertFalse(time.isSpent(Long.MAX_VALUE, Long.MAX_VALUE, T0.minusNanos(1)));
        assertFalse(EvidenceBudget.experiments(3).isSpent(Long.MAX_VALUE, 2, T0));
    }

    @Test
    void budgetsAreEqualByTheirLimitsAndReadable() {
        assertEquals(
                EvidenceBudget.evidence(5).withMaxExperiments(3),
                EvidenceBudget.experiments(3).withMaxEvidence(5));
        assertEquals(
                EvidenceBudget.evidence(5).withMaxExperiments(3).hashCode(),
                EvidenceBudget.experiments(3).withMaxEvidence(5).hashCode());
        assertNotEquals(EvidenceBudget.evidence(5), EvidenceBudget.experiments(5));
        assertEquals("at most 40 experiments", EvidenceBudget.experiments(40).toString());
        assertEquals("until 2026-03-02T09:00:00Z", EvidenceBudget.until(T0).toString());
        assertEquals(
                "at most 7 evidence items, 40 experiments, until 2026-03-02T09:00:00Z",
                EvidenceBudget.experiments(40)
                        .withMaxEvidence(7)
                        .withDeadline(T0)
                        .toString());
    }

    @Test
    void limitsMustBePositive() {
        assertEquals(
                "budget.maxEvidence must be >= 1: 0",
                assertThrows(InvalidValueException.class, () -> EvidenceBudget.evidence(0))
                        .getMessage());
        assertEquals(
                "budget.maxExperiments must be >= 1: -2",
                assertThrows(InvalidValueException.class, () -> EvidenceBudget.experiments(-2))
                        .getMessage());
        assertEquals(
                "budget.deadline is null",
                assertThrows(InvalidValueException.class, () -> EvidenceBudget.until(null))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> EvidenceBudget.until(T0).withMaxEvidence(0));
        assertThrows(InvalidValueException.class, () -> EvidenceBudget.until(T0).withMaxExperiments(0));
        assertThrows(
                InvalidValueException.class, () -> EvidenceBudget.evidence(1).withDeadline(null));
    }
}
