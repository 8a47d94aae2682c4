package io.github.custdev.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.BetaPrior;
import io.github.custdev.Expect;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/** Observed demand is refused by name when it cannot be: negatives, empty series, disorder, impossible counts. */
class ObservationTests {

    @Test
    void adoptions() {
        Adoptions adoptions = Adoptions.of(3, 0, 5);
        assertEquals(Array.of(3L, 0L, 5L), adoptions.counts());
        assertEquals(3, adoptions.periods());
        assertEquals(8, adoptions.total());
        Expect.invalid("adoptions[1] must be >= 0: -1", "adoptions[1]", "must be >= 0", -1L, () -> Adoptions.of(3, -1));
        Expect.invalid(
                "adoptions must not be empty: Array()", "adoptions", "must not be empty", Array.empty(), Adoptions::of);
        Expect.isNull("adoptions", () -> new Adoptions(null));
        Expect.isNull("adoptions[1]", () -> new Adoptions(List.of(1L, null)));
        Seq<Long> huge = List.of(Long.MAX_VALUE, 1L);
        Expect.invalid(
                "adoptions must sum to at most Long.MAX_VALUE: List(9223372036854775807, 1)",
                "adoptions",
                "must sum to at most Long.MAX_VALUE",
                huge,
                () -> new Adoptions(huge));
        assertEquals(Long.MAX_VALUE, new Adoptions(List.of(Long.MAX_VALUE - 1, 1L)).total());
    }

    @Test
    void cohorts() {
        Cohort cohort = Cohort.of(3, 40, 40, 30, 30, 0);
        assertEquals(4, cohort.ages());
        assertEquals(Array.of(40L, 30L, 30L, 0L), cohort.retained());
        Expect.invalid(
                "retained[2] must be at most acquired (40): 41",
                "retained[2]",
                "must be at most acquired (40)",
                41L,
                () -> Cohort.of(3, 40, 40, 40, 41));
        Expect.invalid(
                "retained[0] must be at most acquired (40): 41",
                "retained[0]",
                "must be at most acquired (40)",
                41L,
                () -> Cohort.of(3, 40, 41));
        Expect.invalid(
                "retained[2] must be at most retained[1] (30): 31",
                "retained[2]",
                "must be at most retained[1] (30)",
                31L,
                () -> Cohort.of(3, 40, 35, 30, 31));
        Expect.invalid(
                "retained[1] must be >= 0: -2", "retained[1]", "must be >= 0", -2L, () -> Cohort.of(0, 4, 3, -2));
        Expect.invalid(
                "retained must not be empty: Array()",
                "retained",
                "must not be empty",
                Array.empty(),
                () -> Cohort.of(0, 4));
        Expect.invalid(
                "cohort.period must be >= 0: -1", "cohort.period", "must be >= 0", -1L, () -> Cohort.of(-1, 4, 3));
        Expect.invalid(
                "cohort.acquired must be >= 0: -4", "cohort.acquired", "must be >= 0", -4L, () -> Cohort.of(0, -4, 0));

        Cohorts.of(Cohort.of(0, 1, 1), Cohort.of(1, 1, 1), Cohort.of(5, 1, 0));
        Expect.invalid(
                "cohorts[1].period must be after cohorts[0].period (3): 3",
                "cohorts[1].period",
                "must be after cohorts[0].period (3)",
                3L,
                () -> Cohorts.of(Cohort.of(3, 1, 1), Cohort.of(3, 1, 1)));
        Expect.invalid(
                "cohorts[2].period must be after cohorts[1].period (4): 2",
                "cohorts[2].period",
                "must be after cohorts[1].period (4)",
                2L,
                () -> Cohorts.of(Cohort.of(0, 1, 1), Cohort.of(4, 1, 1), Cohort.of(2, 1, 1)));
        Expect.invalid(
                "cohorts must not be empty: Array()", "cohorts", "must not be empty", Array.empty(), Cohorts::of);
        Expect.isNull("cohorts", () -> new Cohorts(null));
        Expect.isNull("cohorts[1]", () -> new Cohorts(List.of(Cohort.of(0, 1, 1), null)));
    }

    @Test
    void referrals() {
        Referrals referrals = Referrals.of(new long[] {10, 0, 30}, new long[] {5, 7, 8}, new long[] {5, 0, 2});
        assertEquals(0.5, referrals.invitationsPerCustomer());
        assertEquals(0.35, referrals.conversionRate());
        assertEquals(
                0.0,
                Referrals.of(new long[] {1}, new long[] {0}, new long[] {0}).conversionRate());
        assertEquals(ViralCoefficient.of(7, 40, 0.9), referrals.viralCoefficient(0.9));
        Expect.invalid(
                "converted[1] must be at most sent[1] (12): 13",
                "converted[1]",
                "must be at most sent[1] (12)",
                13L,
                () -> Referrals.of(new long[] {5, 5}, new long[] {12, 12}, new long[] {12, 13}));
        Expect.invalid(
                "sent must have as many periods as customers (2): 3",
                "sent",
                "must have as many periods as customers (2)",
                3,
                () -> Referrals.of(new long[] {5, 5}, new long[] {1, 1, 1}, new long[] {0, 0}));
        Expect.invalid(
                "converted must have as many periods as customers (2): 1",
                "converted",
                "must have as many periods as customers (2)",
                1,
                () -> Referrals.of(new long[] {5, 5}, new long[] {1, 1}, new long[] {0}));
        Expect.invalid(
                "customers must not all be 0: Array(0, 0)",
                "customers",
                "must not all be 0",
                Array.of(0L, 0L),
                () -> Referrals.of(new long[] {0, 0}, new long[] {1, 1}, new long[] {0, 0}));
        Expect.invalid(
                "sent[0] must be >= 0: -1",
                "sent[0]",
                "must be >= 0",
                -1L,
                () -> Referrals.of(new long[] {1}, new long[] {-1}, new long[] {0}));
        Expect.invalid(
                "converted[0] must be >= 0: -1",
                "converted[0]",
                "must be >= 0",
                -1L,
                () -> Referrals.of(new long[] {1}, new long[] {1}, new long[] {-1}));
        Expect.invalid(
                "customers[0] must be >= 0: -1",
                "customers[0]",
                "must be >= 0",
                -1L,
                () -> Referrals.of(new long[] {-1}, new long[] {1}, new long[] {0}));
        Expect.isNull("customers", () -> Referrals.of(null, new long[] {1}, new long[] {0}));
        Expect.isNull("sent", () -> Referrals.of(new long[] {1}, null, new long[] {0}));
        Expect.isNull("converted", () -> Referrals.of(new long[] {1}, new long[] {1}, null));
    }

    @Test
    void estimatesCheckTheirOwnValues() {
        Expect.invalid(
                "viral.converted must be >= 0: -1",
                "viral.converted",
                "must be >= 0",
                -1L,
                () -> ViralCoefficient.of(-1, 1, 0.9));
        Expect.invalid(
                "viral.customers must be >= 1: 0",
                "viral.customers",
                "must be >= 1",
                0L,
                () -> ViralCoefficient.of(0, 0, 0.9));
        Expect.invalid(
                "viral.level must be in (0, 1): 1.0",
                "viral.level",
                "must be in (0, 1)",
                1.0,
                () -> ViralCoefficient.of(0, 1, 1.0));
        BetaPrior prior = BetaPrior.uniform();
        Expect.invalid(
                "retention.age must be >= 1: 0",
                "retention.age",
                "must be >= 1",
                0L,
                () -> Retention.of(0, 1, 1, prior, 0.9));
        Expect.invalid(
                "retention.exposed must be >= 0: -1",
                "retention.exposed",
                "must be >= 0",
                -1L,
                () -> Retention.of(1, 0, -1, prior, 0.9));
        Expect.invalid(
                "retention.retained must be >= 0: -1",
                "retention.retained",
                "must be >= 0",
                -1L,
                () -> Retention.of(1, -1, 1, prior, 0.9));
        Expect.invalid(
                "retention.retained must be at most exposed (4): 5",
                "retention.retained",
                "must be at most exposed (4)",
                5L,
                () -> Retention.of(1, 5, 4, prior, 0.9));
        Expect.isNull("retention.prior", () -> Retention.of(1, 1, 1, null, 0.9));
        Expect.invalid(
                "retention.level must be in (0, 1): 0.0",
                "retention.level",
                "must be in (0, 1)",
                0.0,
                () -> Retention.of(1, 1, 1, prior, 0.0));
        Expect.invalid(
                "growth.logRate must be finite: NaN",
                "growth.logRate",
                "must be finite",
                Double.NaN,
                () -> new GrowthRate(Double.NaN, 1, 0.9));
        Expect.invalid(
                "growth.standardError must be finite and > 0: 0.0",
                "growth.standardError",
                "must be finite and > 0",
                0.0,
                () -> new GrowthRate(0, 0, 0.9));
        Expect.invalid(
                "growth.level must be in (0, 1): 1.0",
                "growth.level",
                "must be in (0, 1)",
                1.0,
                () -> new GrowthRate(0, 1, 1.0));
    }
}
