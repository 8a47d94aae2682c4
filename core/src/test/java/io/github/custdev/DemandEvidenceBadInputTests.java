package io.github.custdev;

import static io.github.custdev.DemandEvidenceTests.BILLING;
import static io.github.custdev.DemandEvidenceTests.GROWS;
import static io.github.custdev.DemandEvidenceTests.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Demand evidence refuses what cannot have been observed, naming the field, the rule and the value. */
class DemandEvidenceBadInputTests {

    private static CohortObservation cohort(long period, long acquired, long active, long... retained) {
        return CohortObservation.of(GROWS, BILLING, T0, period, acquired, active, retained);
    }

    private static ReferralObservation referral(long period, long customers, long sent, long converted) {
        return ReferralObservation.of(GROWS, BILLING, T0, period, customers, sent, converted);
    }

    @Test
    void aCohortObservationRefusesNegativeCounts() {
        Expect.invalid("period must be >= 0: -1", "period", "must be >= 0", -1L, () -> cohort(-1, 1, 1));
        Expect.invalid("acquired must be >= 0: -1", "acquired", "must be >= 0", -1L, () -> cohort(0, -1, 1));
        Expect.invalid("active must be >= 0: -2", "active", "must be >= 0", -2L, () -> cohort(0, 0, -2));
        Expect.invalid(
                "retained[1] must be >= 0: -3", "retained[1]", "must be >= 0", -3L, () -> cohort(3, 0, 9, 4, -3));
    }

    @Test
    void aCohortObservationRefusesMoreAgesThanPeriodsAndFewerActiveThanItCounts() {
        Expect.invalid(
                "retained must have at most period (2) ages: 3",
                "retained",
                "must have at most period (2) ages",
                3,
                () -> cohort(2, 0, 9, 1, 1, 1));
        cohort(2, 0, 9, 1, 1); // as many ages as periods before it
        Expect.invalid(
                "active must be at least acquired plus retained (70): 69",
                "active",
                "must be at least acquired plus retained (70)",
                69L,
                () -> cohort(3, 40, 69, 20, 10));
        assertEquals(70, cohort(3, 40, 70, 20, 10).active());
        // counts that sum past Long.MAX_VALUE are refused, not capped: the true total is one more than any active
        Expect.invalid(
                "retained[0] must keep acquired plus retained at most Long.MAX_VALUE (1 before it): " + Long.MAX_VALUE,
                "retained[0]",
                "must keep acquired plus retained at most Long.MAX_VALUE (1 before it)",
                Long.MAX_VALUE,
                () -> cohort(2, 1, Long.MAX_VALUE, Long.MAX_VALUE, 0));
        assertEquals(
                Long.MAX_VALUE,
                cohort(2, 1, Long.MAX_VALUE, Long.MAX_VALUE - 1, 0).active());
    }

    @Test
    void aCohortObservationRefusesNulls() {
        Expect.isNull("hypothesisId", () -> CohortObservation.of(null, BILLING, T0, 0, 0, 0));
        Expect.isNull("source", () -> CohortObservation.of(GROWS, null, T0, 0, 0, 0));
        Expect.isNull("observedAt", () -> CohortObservation.of(GROWS, BILLING, null, 0, 0, 0));
        Expect.isNull("retained", () -> CohortObservation.of(GROWS, BILLING, T0, 0, 0, 0, (long[]) null));
        Expect.isNull(
                "retained",
                () -> CohortObservation.of(GROWS, BILLING, T0, 0, 0, 0, (io.vavr.collection.Seq<Long>) null));
        Expect.isNull(
                "retained[1]",
                () -> CohortObservation.of(GROWS, BILLING, T0, 2, 0, 9, io.vavr.collection.Vector.of(1L, null)));
    }

    @Test
    void aReferralObservationRefusesNegativeCountsAndMoreConvertedThanSent() {
        Expect.invalid("period must be >= 0: -1", "period", "must be >= 0", -1L, () -> referral(-1, 1, 1, 1));
        Expect.invalid("customers must be >= 0: -1", "customers", "must be >= 0", -1L, () -> referral(0, -1, 1, 1));
        Expect.invalid("sent must be >= 0: -1", "sent", "must be >= 0", -1L, () -> referral(0, 1, -1, 0));
        Expect.invalid("converted must be >= 0: -1", "converted", "must be >= 0", -1L, () -> referral(0, 1, 1, -1));
        Expect.invalid(
                "converted must be at most sent (12): 13",
                "converted",
                "must be at most sent (12)",
                13L,
                () -> referral(0, 1, 12, 13));
        Expect.isNull("hypothesisId", () -> ReferralObservation.of(null, BILLING, T0, 0, 0, 0, 0));
        Expect.isNull("source", () -> ReferralObservation.of(GROWS, null, T0, 0, 0, 0, 0));
        Expect.isNull("observedAt", () -> ReferralObservation.of(GROWS, BILLING, null, 0, 0, 0, 0));
    }

    @Test
    void aCohortSeriesMustObserveThePeriodAfterTheLast() {
        EvidenceStatistics two = EvidenceStatistics.of(List.of(cohort(3, 10, 10), cohort(4, 10, 20, 10)));
        String rule = "must be 5 (the period after the last observed, 4) for hypothesis demand.grows";
        Expect.invalid("period " + rule + ": 6", "period", rule, 6L, () -> two.plus(cohort(6, 1, 1)));
        Expect.invalid("period " + rule + ": 4", "period", rule, 4L, () -> two.plus(cohort(4, 1, 1)));
        Expect.invalid(
                "period " + rule + ": 3",
                "period",
                rule,
                3L,
                () -> EvidenceStatistics.of(List.of(cohort(3, 10, 10), cohort(4, 10, 20, 10), cohort(3, 1, 1))));
        assertEquals(3, two.plus(cohort(5, 1, 21, 10, 10)).demand().cohortObservations());
    }

    @Test
    void aCohortSeriesNamesOnlyCohortsItObserved() {
        EvidenceStatistics first = EvidenceStatistics.of(List.of(cohort(3, 10, 10)));
        String rule = "must have at most 1 ages (the cohorts observed since period 3 for hypothesis demand.grows)";
        Expect.invalid("retained " + rule + ": 2", "retained", rule, 2, () -> first.plus(cohort(4, 0, 20, 5, 5)));
        Expect.invalid(
                "retained must have at most 0 ages (the cohorts observed since period 3 for hypothesis demand.grows): 1",
                "retained",
                "must have at most 0 ages (the cohorts observed since period 3 for hypothesis demand.grows)",
                1,
                () -> EvidenceStatistics.of(List.of(cohort(3, 10, 20, 5))));
    }

    @Test
    void aCohortRetainsNoMoreThanItAcquiredNorMoreThanAPeriodBefore() {
        EvidenceStatistics two = EvidenceStatistics.of(List.of(cohort(0, 40, 40), cohort(1, 50, 80, 30)));
        Expect.invalid(
                "retained[0] must be at most acquired in period 1 (50): 51",
                "retained[0]",
                "must be at most acquired in period 1 (50)",
                51L,
                () -> two.plus(cohort(2, 0, 99, 51, 20)));
        Expect.invalid(
                "retained[0] must be at most acquired in period 0 (40): 41",
                "retained[0]",
                "must be at most acquired in period 0 (40)",
                41L,
                () -> EvidenceStatistics.empty().plus(cohort(0, 40, 40)).plus(cohort(1, 0, 41, 41)));
        Expect.invalid(
                "retained[1] must be at most the cohort's retained at age 1 (30): 31",
                "retained[1]",
                "must be at most the cohort's retained at age 1 (30)",
                31L,
                () -> two.plus(cohort(2, 0, 99, 50, 31)));
        // at the bounds: all retained, and as many as a period before
        assertEquals(80, two.plus(cohort(2, 0, 80, 50, 30)).demand().retainedAt(1));
        EvidenceStatistics three = two.plus(cohort(2, 0, 80, 50, 30));
        // a cohort whose earlier age was not reported is bounded by its size only
        EvidenceStatistics skipped = EvidenceStatistics.of(List.of(cohort(0, 40, 40), cohort(1, 50, 50)));
        assertEquals(40, skipped.plus(cohort(2, 0, 90, 50, 40)).demand().retainedAt(2));
        assertEquals(3, three.demand().cohortObservations());
    }

    @Test
    void theCallersStatisticsAreLeftIntactByARefusedObservation() {
        EvidenceStatistics two = EvidenceStatistics.of(List.of(cohort(0, 40, 40), cohort(1, 50, 80, 30)));
        EvidenceStatistics copy = EvidenceStatistics.of(List.of(cohort(0, 40, 40), cohort(1, 50, 80, 30)));
        Expect.invalid(
                "retained[1] must be at most the cohort's retained at age 1 (30): 31",
                "retained[1]",
                "must be at most the cohort's retained at age 1 (30)",
                31L,
                () -> two.plus(cohort(2, 0, 99, 50, 31)));
        assertEquals(copy, two);
    }

    @Test
    void referralsMustComeInPeriodOrder() {
        EvidenceStatistics one = EvidenceStatistics.of(List.of(referral(4, 10, 5, 1)));
        String rule = "must be after the last referral period (4) for hypothesis demand.grows";
        Expect.invalid("period " + rule + ": 4", "period", rule, 4L, () -> one.plus(referral(4, 10, 5, 1)));
        Expect.invalid(
                "period " + rule + ": 2",
                "period",
                rule,
                2L,
                () -> EvidenceStatistics.of(List.of(referral(4, 10, 5, 1), referral(2, 10, 5, 1))));
        assertEquals(2, one.plus(referral(9, 1, 1, 1)).demand().referralObservations());
    }

    @Test
    void combiningStatisticsRefusesASecondSeriesThatDoesNotFollowTheFirst() {
        EvidenceStatistics early = EvidenceStatistics.of(List.of(cohort(0, 4, 4), referral(3, 1, 1, 1)));
        Expect.invalid(
                "period must be 1 (the period after the last observed, 0): 2",
                "period",
                "must be 1 (the period after the last observed, 0)",
                2L,
                () -> early.plus(EvidenceStatistics.of(List.of(cohort(2, 1, 1)))));
        Expect.invalid(
                "period must be after the last referral period (3): 3",
                "period",
                "must be after the last referral period (3)",
                3L,
                () -> early.plus(EvidenceStatistics.of(List.of(referral(3, 1, 1, 1), referral(8, 1, 1, 1)))));
        assertEquals(
                2,
                early.plus(EvidenceStatistics.of(List.of(referral(4, 1, 1, 1), cohort(1, 1, 1))))
                        .demand()
                        .referralObservations());
        assertEquals(
                Arrays.asList(4L, 1L),
                early.plus(EvidenceStatistics.of(List.of(cohort(1, 1, 1))))
                        .demand()
                        .adoptions()
                        .get()
                        .counts()
                        .toJavaList());
    }

    @Test
    void theDemandStatisticsRefuseAnAgeBelowOneAndLevelsOutsideTheOpenUnit() {
        DemandStatistics demand = EvidenceStatistics.of(List.of(cohort(0, 4, 4), cohort(1, 4, 7, 3)))
                .demand();
        Expect.invalid("age must be >= 1: 0", "age", "must be >= 1", 0L, () -> demand.retainedAt(0));
        Expect.invalid("age must be >= 1: 0", "age", "must be >= 1", 0L, () -> demand.exposedAt(0));
        Expect.invalid(
                "age must be >= 1: 0", "age", "must be >= 1", 0L, () -> demand.retention(0, BetaPrior.jeffreys(), 0.9));
        Expect.isNull("prior", () -> demand.retention(1, null, 0.9));
        Expect.invalid(
                "level must be in (0, 1): 1.0",
                "level",
                "must be in (0, 1)",
                1.0,
                () -> demand.retention(1, BetaPrior.jeffreys(), 1.0));
        Expect.invalid("level must be in (0, 1): 0.0", "level", "must be in (0, 1)", 0.0, () -> demand.growth(0.0));
        Expect.invalid(
                "level must be in (0, 1): 1.0", "level", "must be in (0, 1)", 1.0, () -> demand.viralCoefficient(1.0));
        assertEquals(3, demand.retainedAt(1));
        assertEquals(4, demand.exposedAt(1));
    }
}
