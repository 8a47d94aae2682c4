package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.demand.Adoptions;
import io.github.custdev.demand.Cohort;
import io.github.custdev.demand.Cohorts;
import io.github.custdev.demand.Referrals;
import io.github.custdev.demand.Retention;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemandEvidenceTests {
    static final HypothesisId GROWS = HypothesisId.of("demand.grows");
    static final Source BILLING = Source.of("billing");
    static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    /**
     * Four periods of three cohorts, written cohort by cohort: period 0 acquires 50 (40, 35, 33 later), period 1
     * acquires 60 (45, 41), period 2 acquires 80 (66), period 3 acquires 90.
     */
    static final List<CohortObservation> FOUR_PERIODS = List.of(
            CohortObservation.of(GROWS, BILLING, T0, 0, 50, 50),
            CohortObservation.of(GROWS, BILLING, T0.plusSeconds(1), 1, 60, 100, 40),
            CohortObservation.of(GROWS, BILLING, T0.plusSeconds(2), 2, 80, 160, 45, 35),
            CohortObservation.of(GROWS, BILLING, T0.plusSeconds(3), 3, 90, 230, 66, 41, 33));

    @Test
    void aCohortObservationKeepsItsFiguresAndCountsNoTrials() {
        CohortObservation march = FOUR_PERIODS.get(3);
        assertEquals(GROWS, march.hypothesisId());
        assertEquals(BILLING, march.source());
        assertEquals(3, march.period());
        assertEquals(90, march.acquired());
        assertEquals(230, march.active());
        assertEquals(List.of(66L, 41L, 33L), march.retained().toList());
        assertEquals(Strength.DID, march.strength());
        assertEquals(0, march.successes());
        assertEquals(0, march.trials());
        assertEquals(
                march, CohortObservation.of(GROWS, BILLING, T0.plusSeconds(3), 3, 90, 230, List.of(66L, 41L, 33L)));
        assertNotEquals(march, CohortObservation.of(GROWS, BILLING, T0.plusSeconds(3), 3, 90, 230, 66, 41, 32));
    }

    @Test
    void aReferralObservationKeepsItsFiguresAndCountsNoTrials() {
        ReferralObservation april = ReferralObservation.of(GROWS, BILLING, T0, 4, 120, 80, 30);
        assertEquals(4, april.period());
        assertEquals(120, april.customers());
        assertEquals(80, april.sent());
        assertEquals(30, april.converted());
        assertEquals(Strength.DID, april.strength());
        assertEquals(0, april.successes());
        assertEquals(0, april.trials());
        ReferralObservation.of(GROWS, BILLING, T0, 0, 0, 0, 0); // all zero is a valid period without referrals
        assertEquals(
                80, ReferralObservation.of(GROWS, BILLING, T0, 0, 0, 80, 80).converted());
    }

    @Test
    void theStatisticsSumTheCohortsAsThePooledRetentionOfCohortsDoes() {
        DemandStatistics demand = EvidenceStatistics.of(FOUR_PERIODS).demand();
        assertEquals(4, demand.cohortObservations());
        assertEquals(Option.some(0L), demand.firstPeriod());
        assertEquals(Option.some(3L), demand.lastPeriod());
        assertEquals(Option.some(Adoptions.of(50, 60, 80, 90)), demand.adoptions());
        assertEquals(Option.some(230L), demand.activeCustomers());
        assertEquals(3, demand.ages());
        // by hand: age 1 = 40 + 45 + 66 of 50 + 60 + 80; age 2 = 35 + 41 of 50 + 60; age 3 = 33 of 50
        assertEquals(151, demand.retainedAt(1));
        assertEquals(190, demand.exposedAt(1));
        assertEquals(76, demand.retainedAt(2));
        assertEquals(110, demand.exposedAt(2));
        assertEquals(33, demand.retainedAt(3));
        assertEquals(50, demand.exposedAt(3));
        assertEquals(0, demand.retainedAt(4));
        assertEquals(0, demand.exposedAt(4));
        // the same cohorts as part 1's values give the same retention at every age
        Cohorts cohorts = Cohorts.of(Cohort.of(0, 50, 40, 35, 33), Cohort.of(1, 60, 45, 41), Cohort.of(2, 80, 66));
        io.vavr.collection.Seq<Retention> expected = cohorts.retention(BetaPrior.jeffreys(), 0.9);
        for (int age = 1; age <= 3; age++) {
            assertEquals(
                    expected.get(age - 1),
                    demand.retention(age, BetaPrior.jeffreys(), 0.9).get());
        }
        assertEquals(
                "no cohort observed at age 4 (the oldest observed is 3)",
                demand.retention(4, BetaPrior.jeffreys(), 0.9).getLeft());
        assertEquals(Adoptions.of(50, 60, 80, 90).growth(0.95), demand.growth(0.95));
        assertEquals(
                Adoptions.of(50, 60, 80, 90).fitBass().isLeft(),
                demand.fitBass().isLeft());
    }

    @Test
    void aRetentionNeedsCustomersAcquiredInTheCohortsObserved() {
        DemandStatistics demand = EvidenceStatistics.of(List.of(
                        CohortObservation.of(GROWS, BILLING, T0, 5, 0, 0),
                        CohortObservation.of(GROWS, BILLING, T0, 6, 9, 9, 0)))
                .demand();
        assertEquals(Option.some(5L), demand.firstPeriod());
        assertEquals(Option.some(6L), demand.lastPeriod());
        assertEquals(
                "no customer acquired in the cohorts observed at age 1",
                demand.retention(1, BetaPrior.jeffreys(), 0.9).getLeft());
    }

    @Test
    void theStatisticsSumTheReferralsAsReferralsDo() {
        EvidenceStatistics statistics = EvidenceStatistics.of(List.of(
                ReferralObservation.of(GROWS, BILLING, T0, 1, 100, 60, 20),
                ReferralObservation.of(GROWS, BILLING, T0, 2, 120, 80, 30),
                ReferralObservation.of(GROWS, BILLING, T0, 5, 150, 90, 31)));
        DemandStatistics demand = statistics.demand();
        assertEquals(3, demand.referralObservations());
        assertEquals(370, demand.referringCustomers());
        assertEquals(230, demand.invitationsSent());
        assertEquals(81, demand.invitationsConverted());
        Referrals referrals =
                Referrals.of(new long[] {100, 120, 150}, new long[] {60, 80, 90}, new long[] {20, 30, 31});
        assertEquals(
                referrals.viralCoefficient(0.95), demand.viralCoefficient(0.95).get());
        assertEquals(3, statistics.count());
        assertEquals(3, statistics.count(Strength.DID));
        assertEquals(0, statistics.trials());
        assertTrue(demand.adoptions().isEmpty());
        assertEquals("no cohort observation", demand.growth(0.95).getLeft());
        assertEquals("no cohort observation", demand.fitBass().getLeft());
        assertTrue(demand.firstPeriod().isEmpty());
        assertTrue(demand.lastPeriod().isEmpty());
        assertTrue(demand.activeCustomers().isEmpty());
    }

    @Test
    void aViralCoefficientNeedsReferralsFromCustomers() {
        assertEquals(
                "no referral observation",
                DemandStatistics.empty().viralCoefficient(0.9).getLeft());
        assertEquals(
                "no customer could refer in 1 referral observations",
                EvidenceStatistics.of(List.of(ReferralObservation.of(GROWS, BILLING, T0, 1, 0, 0, 0)))
                        .demand()
                        .viralCoefficient(0.9)
                        .getLeft());
    }

    @Test
    void appendingOneByOneFoldingAndCombiningGiveTheSameStatistics() {
        List<Evidence> all = List.<Evidence>ofAll(FOUR_PERIODS)
                .append(ReferralObservation.of(GROWS, BILLING, T0, 1, 100, 60, 20))
                .append(Statement.supports(GROWS, BILLING, T0))
                .append(ReferralObservation.of(GROWS, BILLING, T0, 2, 120, 80, 30));
        EvidenceStatistics folded = EvidenceStatistics.of(all);
        EvidenceStatistics appended = EvidenceStatistics.empty();
        for (Evidence item : all) {
            appended = appended.plus(item);
        }
        assertEquals(folded, appended);
        assertEquals(folded.hashCode(), appended.hashCode());
        // a cohort series cannot start mid-way with retained counts of cohorts it did not observe: split around it
        for (int split : new int[] {0, 4, 5, 6, 7}) {
            EvidenceStatistics combined =
                    EvidenceStatistics.of(all.take(split)).plus(EvidenceStatistics.of(all.drop(split)));
            assertEquals(folded, combined, "split at " + split);
        }
        assertEquals(7, folded.count());
        assertEquals(1, folded.trials());
        assertEquals(6, folded.count(Strength.DID));
        assertEquals(folded.demand(), folded.atLeast(Strength.DID).demand());
        assertEquals(DemandStatistics.empty(), folded.atLeast(Strength.PAID).demand());
        assertEquals(
                folded.demand(), folded.withWeights(StrengthWeights.of(1, 2, 3)).demand());
        assertNotEquals(folded, EvidenceStatistics.of(all.dropRight(1)));
        assertTrue(
                folded.toString()
                        .contains(", demand=DemandStatistics[periods 0-3, acquired=[50, 60, 80, 90],"
                                + " active=230, referrals converted=50/140 sent by 220 customers]]"),
                folded.toString());
    }

    @Test
    void demandStatisticsAreEqualExactlyWhenEveryFigureIs() {
        DemandStatistics empty = DemandStatistics.empty();
        assertTrue(empty.isEmpty());
        assertEquals("DemandStatistics[]", empty.toString());
        DemandStatistics cohorts = EvidenceStatistics.of(FOUR_PERIODS).demand();
        assertFalse(cohorts.isEmpty());
        assertEquals("DemandStatistics[periods 0-3, acquired=[50, 60, 80, 90], active=230]", cohorts.toString());
        DemandStatistics referrals = EvidenceStatistics.of(
                        List.of(ReferralObservation.of(GROWS, BILLING, T0, 1, 10, 6, 2)))
                .demand();
        assertFalse(referrals.isEmpty());
        assertEquals("DemandStatistics[referrals converted=2/6 sent by 10 customers]", referrals.toString());
        assertEquals(cohorts, EvidenceStatistics.of(FOUR_PERIODS).demand());
        assertEquals(
                cohorts.hashCode(), EvidenceStatistics.of(FOUR_PERIODS).demand().hashCode());
        assertNotEquals(cohorts, referrals);
        assertNotEquals(cohorts, null);
        assertNotEquals(cohorts, (Object) "DemandStatistics");
        List<List<Evidence>> variants = List.of(
                List.of(CohortObservation.of(GROWS, BILLING, T0, 0, 1, 1)),
                List.of(CohortObservation.of(GROWS, BILLING, T0, 1, 1, 1)),
                List.of(CohortObservation.of(GROWS, BILLING, T0, 1, 1, 2)),
                List.of(
                        CohortObservation.of(GROWS, BILLING, T0, 0, 1, 1),
                        CohortObservation.of(GROWS, BILLING, T0, 1, 1, 2, 1)),
                List.of(
                        CohortObservation.of(GROWS, BILLING, T0, 0, 1, 1),
                        CohortObservation.of(GROWS, BILLING, T0, 1, 1, 2, 0)),
                List.of(
                        CohortObservation.of(GROWS, BILLING, T0, 0, 2, 2),
                        CohortObservation.of(GROWS, BILLING, T0, 1, 1, 2, 1)),
                List.of(ReferralObservation.of(GROWS, BILLING, T0, 1, 10, 6, 2)),
                List.of(ReferralObservation.of(GROWS, BILLING, T0, 2, 10, 6, 2)),
                List.of(ReferralObservation.of(GROWS, BILLING, T0, 1, 11, 6, 2)),
                List.of(ReferralObservation.of(GROWS, BILLING, T0, 1, 10, 7, 2)),
                List.of(ReferralObservation.of(GROWS, BILLING, T0, 1, 10, 6, 3)),
                List.of(
                        ReferralObservation.of(GROWS, BILLING, T0, 1, 10, 6, 2),
                        ReferralObservation.of(GROWS, BILLING, T0, 2, 0, 0, 0)),
                List.of(
                        ReferralObservation.of(GROWS, BILLING, T0, 0, 10, 6, 2),
                        ReferralObservation.of(GROWS, BILLING, T0, 2, 0, 0, 0)));
        for (int i = 0; i < variants.size(); i++) {
            for (int j = 0; j < variants.size(); j++) {
                DemandStatistics a = EvidenceStatistics.of(variants.get(i)).demand();
                DemandStatistics b = EvidenceStatistics.of(variants.get(j)).demand();
                assertEquals(i == j, a.equals(b), i + " vs " + j);
            }
        }
    }
}
