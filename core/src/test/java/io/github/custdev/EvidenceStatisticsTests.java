package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Commitment.Kind;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics of small data sets, checked against figures computed by hand (the working is in the comments). */
class EvidenceStatisticsTests {
    private static final HypothesisId ID = HypothesisId.of("h");
    private static final Source SOURCE = Source.of("s");
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final double EXACT = 1e-12;

    /**
     * SAID: 3 supporting, 1 refuting, 1 neutral statement and a Sean Ellis tally 40/35/25 (items 6, 43 of 105);
     * DID: behaviours 37 of 1,200 and 3 of 10 (items 2, 40 of 1,210); PAID: a paid behaviour 2 of 5, two
     * commitments made and one declined (items 4, 4 of 8).
     */
    private static List<Evidence> counted() {
        List<Evidence> items = new ArrayList<>();
        items.add(Statement.supports(ID, SOURCE, AT));
        items.add(Behaviour.of(ID, SOURCE, AT, 37, 1_200));
        items.add(Statement.supports(ID, SOURCE, AT));
        items.add(Commitment.made(ID, SOURCE, AT, Kind.MONEY));
        items.add(Statement.refutes(ID, SOURCE, AT));
        items.add(SeanEllisTally.of(ID, SOURCE, AT, 40, 35, 25));
        items.add(Behaviour.of(ID, SOURCE, AT, 2, 5, Strength.PAID));
        items.add(Statement.neutral(ID, SOURCE, AT));
        items.add(Commitment.declined(ID, SOURCE, AT, Kind.TIME));
        items.add(Behaviour.of(ID, SOURCE, AT, 3, 10));
        items.add(Statement.supports(ID, SOURCE, AT).withQuote("yes"));
        items.add(Commitment.made(ID, SOURCE, AT, Kind.REPUTATION));
        return items;
    }

    /** SAID 2, 4, 4, 4, 5, 5, 7, 9 (mean 5, sum of squares 32); DID 10, 14 (mean 12, 8); PAID 30 (mean 30, 0). */
    private static List<Evidence> measured() {
        List<Evidence> items = new ArrayList<>();
        for (double value : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            items.add(Measurement.of(ID, SOURCE, AT, value, "USD", Strength.SAID));
        }
        items.add(Measurement.of(ID, SOURCE, AT, 10, "USD", Strength.DID));
        items.add(Measurement.of(ID, SOURCE, AT, 30, "USD", Strength.PAID));
        items.add(Measurement.of(ID, SOURCE, AT, 14, "USD", Strength.DID));
        return items;
    }

    @Test
    void theEmptyStatisticsCountNothing() {
        EvidenceStatistics empty = EvidenceStatistics.empty();
        assertTrue(empty.isEmpty());
        assertEquals(0, empty.count());
        assertEquals(0, empty.successes());
        assertEquals(0, empty.trials());
        assertEquals(0, empty.failures());
        assertEquals(0, empty.measurementCount());
        assertEquals(0.0, empty.effectiveTrials());
        assertEquals(0.0, empty.measurementMean());
        assertEquals(0.0, empty.measurementSumOfSquares());
        assertEquals(0.0, empty.measurementVariance());
        assertEquals(0, empty.ellisRespondents());
        assertEquals(0, empty.ellisTallies());
        assertEquals(Option.none(), empty.unit());
        assertEquals(StrengthWeights.equal(), empty.weights());
        assertEquals(empty, EvidenceStatistics.of(List.of()));
        assertEquals("EvidenceStatistics[items=0, successes=0/0]", empty.toString());
    }

    @Test
    void countsSuccessesAndTrialsPerStrength() {
        EvidenceStatistics s = EvidenceStatistics.of(counted());
        assertEquals(12, s.count());
        assertEquals(6, s.count(Strength.SAID));
        assertEquals(2, s.count(Strength.DID));
        assertEquals(4, s.count(Strength.PAID));
        assertEquals(43, s.successes(Strength.SAID)); // 3 statements + 40 very disappointed
        assertEquals(105, s.trials(Strength.SAID)); // 5 statements + 100 respondents
        assertEquals(40, s.successes(Strength.DID)); // 37 + 3
        assertEquals(1_210, s.trials(Strength.DID)); // 1,200 + 10
        assertEquals(4, s.successes(Strength.PAID)); // 2 + 1 + 1
        assertEquals(8, s.trials(Strength.PAID)); // 5 + 3
        assertEquals(87, s.successes());
        assertEquals(1_323, s.trials());
        assertEquals(1_236, s.failures());
        assertEquals(40, s.veryDisappointed());
        assertEquals(35, s.somewhatDisappointed());
        assertEquals(25, s.notDisappointed());
        assertEquals(100, s.ellisRespondents());
        assertEquals(1, s.ellisTallies());
        assertEquals(0, s.measurementCount());
        assertEquals(Option.none(), s.unit());
        assertEquals("EvidenceStatistics[items=12, successes=87/1323, veryDisappointed=40/100]", s.toString());
    }

    @Test
    void withEqualWeightsTheEffectiveFiguresAreTheCounts() {
        EvidenceStatistics s = EvidenceStatistics.of(counted());
        assertEquals(87.0, s.effectiveSuccesses());
        assertEquals(1_323.0, s.effectiveTrials());
        assertEquals(1_236.0, s.effectiveFailures());
        assertEquals(0.0, s.effectiveMeasurementCount());
    }

    @Test
    void weightsOneFourSixteenCountAPaymentAsSixteenCompliments() {
        EvidenceStatistics s = EvidenceStatistics.of(counted()).withWeights(StrengthWeights.of(1, 4, 16));
        assertEquals(267.0, s.effectiveSuccesses()); // 43 + 4 * 40 + 16 * 4
        assertEquals(5_073.0, s.effectiveTrials()); // 105 + 4 * 1,210 + 16 * 8
        assertEquals(4_806.0, s.effectiveFailures()); // 62 + 4 * 1,170 + 16 * 4
        assertEquals(87, s.successes(), "the counts stay exact");
        assertEquals(1_323, s.trials());
        assertEquals(StrengthWeights.of(1, 4, 16), s.weights());
    }

    @Test
    void atLeastKeepsOnlyTheStrongerEvidence() {
        EvidenceStatistics s = EvidenceStatistics.of(counted());
        assertSame(s, s.atLeast(Strength.SAID));

        EvidenceStatistics did = s.atLeast(Strength.DID);
        assertEquals(6, did.count());
        assertEquals(0, did.count(Strength.SAID));
        assertEquals(44, did.successes()); // 40 + 4
        assertEquals(1_218, did.trials()); // 1,210 + 8
        assertEquals(0, did.ellisRespondents(), "Sean Ellis answers are said");
        assertEquals(0, did.ellisTallies(), "and so are their tallies");

        EvidenceStatistics paid = s.atLeast(Strength.PAID);
        assertEquals(4, paid.count());
        assertEquals(0, paid.count(Strength.DID));
        assertEquals(4, paid.successes());
        assertEquals(8, paid.trials());
        assertEquals(4, paid.failures());
        assertEquals(0, paid.veryDisappointed());
    }

    @Test
    void theMomentsOfEachStrengthAreTheUsualMeanAndSumOfSquares() {
        EvidenceStatistics s = EvidenceStatistics.of(measured());
        assertEquals(11, s.count());
        assertEquals(11, s.measurementCount());
        assertEquals(8, s.measurementCount(Strength.SAID));
        assertEquals(2, s.measurementCount(Strength.DID));
        assertEquals(1, s.measurementCount(Strength.PAID));
        assertEquals(5.0, s.measurementMean(Strength.SAID), EXACT);
        assertEquals(32.0, s.measurementSumOfSquares(Strength.SAID), EXACT); // 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16
        assertEquals(12.0, s.measurementMean(Strength.DID), EXACT);
        assertEquals(8.0, s.measurementSumOfSquares(Strength.DID), EXACT); // 4 + 4
        assertEquals(30.0, s.measurementMean(Strength.PAID), EXACT);
        assertEquals(0.0, s.measurementSumOfSquares(Strength.PAID), EXACT);
        assertEquals(0, s.trials(), "measurements count no trials");
        assertEquals(Option.some("USD"), s.unit());
    }

    @Test
    void thePooledMomentsWithEqualWeightsAreThoseOfAllValues() {
        EvidenceStatistics s = EvidenceStatistics.of(measured());
        // n = 11, sum = 94, sum of squares of the values = 1,428
        assertEquals(94.0 / 11, s.measurementMean(), EXACT);
        assertEquals(6_872.0 / 11, s.measurementSumOfSquares(), 1e-10); // 1,428 - 94^2 / 11
        assertEquals(6_872.0 / 110, s.measurementVariance(), 1e-10); // divided by n - 1 = 10
        assertEquals(11.0, s.effectiveMeasurementCount());
        assertTrue(s.toString().startsWith("EvidenceStatistics[items=11, successes=0/0, measurements=11, mean=8.54"));
        assertTrue(s.toString().endsWith(" USD]"), s.toString());
    }

    @Test
    void thePooledMomentsWithWeightsOneFourSixteenAreFrequencyWeighted() {
        EvidenceStatistics s = EvidenceStatistics.of(measured()).withWeights(StrengthWeights.of(1, 4, 16));
        // W = 8 + 4 * 2 + 16 * 1 = 32; weighted sum = 40 + 4 * 24 + 16 * 30 = 616; mean = 616 / 32 = 19.25
        assertEquals(32.0, s.effectiveMeasurementCount());
        assertEquals(19.25, s.measurementMean(), EXACT);
        // weighted sum of squares of the values = 232 + 4 * 296 + 16 * 900 = 15,816; 15,816 - 32 * 19.25^2 = 3,958
        // (within 32 + 4 * 8 + 0 = 64, between 8 * 14.25^2 + 8 * 7.25^2 + 16 * 10.75^2 = 3,894)
        assertEquals(3_958.0, s.measurementSumOfSquares(), 1e-9);
        assertEquals(3_958.0 / 31, s.measurementVariance(), 1e-10);
        // the per-strength moments do not depend on the weights
        assertEquals(5.0, s.measurementMean(Strength.SAID), EXACT);
        assertEquals(32.0, s.measurementSumOfSquares(Strength.SAID), EXACT);
    }

    @Test
    void aZeroWeightLeavesAStrengthOutOfThePooledMoments() {
        EvidenceStatistics didOnly = EvidenceStatistics.of(measured()).withWeights(StrengthWeights.of(0, 1, 0));
        assertEquals(2.0, didOnly.effectiveMeasurementCount());
        assertEquals(12.0, didOnly.measurementMean(), EXACT);
        assertEquals(8.0, didOnly.measurementSumOfSquares(), EXACT);
        assertEquals(8.0, didOnly.measurementVariance(), EXACT);
    }

    @Test
    void theVarianceIsZeroWhileTheEffectiveCountIsAtMostOne() {
        EvidenceStatistics one = EvidenceStatistics.of(List.of(Measurement.of(ID, SOURCE, AT, 7, "d", Strength.DID)));
        assertEquals(7.0, one.measurementMean());
        assertEquals(0.0, one.measurementVariance());
        EvidenceStatistics halves = EvidenceStatistics.of(List.of(
                        Measurement.of(ID, SOURCE, AT, 1, "d", Strength.SAID),
                        Measurement.of(ID, SOURCE, AT, 3, "d", Strength.SAID)))
                .withWeights(StrengthWeights.of(0.5, 1, 1));
        assertEquals(1.0, halves.effectiveMeasurementCount());
        assertEquals(2.0, halves.measurementMean(), EXACT);
        assertEquals(1.0, halves.measurementSumOfSquares(), EXACT); // 0.5 * (1 + 1)
        assertEquals(0.0, halves.measurementVariance());
    }

    @Test
    void atLeastKeepsTheMomentsAndTheUnitOfTheStrongerMeasurements() {
        EvidenceStatistics s = EvidenceStatistics.of(measured());
        EvidenceStatistics did = s.atLeast(Strength.DID);
        assertEquals(3, did.measurementCount());
        assertEquals(18.0, did.measurementMean(), EXACT); // (10 + 14 + 30) / 3
        assertEquals(224.0, did.measurementSumOfSquares(), 1e-10); // 64 + 16 + 144
        assertEquals(112.0, did.measurementVariance(), 1e-10);
        assertEquals(Option.some("USD"), did.unit());

        EvidenceStatistics paid = s.atLeast(Strength.PAID);
        assertEquals(30.0, paid.measurementMean());
        assertEquals(0.0, paid.measurementVariance());

        EvidenceStatistics saidOnly = EvidenceStatistics.of(
                List.of(Measurement.of(ID, SOURCE, AT, 30, "USD", Strength.SAID), Statement.supports(ID, SOURCE, AT)));
        assertEquals(Option.none(), saidOnly.atLeast(Strength.DID).unit(), "no measurement is left to have a unit");
        assertTrue(saidOnly.atLeast(Strength.PAID).isEmpty());
    }

    @Test
    void plusEvidenceAddsOneItemAndLeavesTheOriginal() {
        EvidenceStatistics before = EvidenceStatistics.of(counted());
        EvidenceStatistics after = before.plus(Behaviour.of(ID, SOURCE, AT, 5, 9, Strength.PAID));
        assertEquals(12, before.count());
        assertEquals(13, after.count());
        assertEquals(9, after.successes(Strength.PAID));
        assertEquals(17, after.trials(Strength.PAID));
        assertEquals(8, before.trials(Strength.PAID));
        List<Evidence> all = new ArrayList<>(counted());
        all.add(Behaviour.of(ID, SOURCE, AT, 5, 9, Strength.PAID));
        assertEquals(EvidenceStatistics.of(all), after);
    }

    @Test
    void theTalliesAreCountedOneByOneInBulkAndInCombination() {
        SeanEllisTally survey = SeanEllisTally.of(ID, SOURCE, AT, 4, 3, 2);
        EvidenceStatistics one = EvidenceStatistics.of(counted()).plus(survey);
        assertEquals(2, one.ellisTallies());
        assertEquals(109, one.ellisRespondents());
        List<Evidence> twice = new ArrayList<>(counted());
        twice.add(survey);
        twice.add(Statement.supports(ID, SOURCE, AT));
        twice.add(survey);
        EvidenceStatistics bulk = EvidenceStatistics.of(twice);
        assertEquals(3, bulk.ellisTallies());
        assertEquals(6, EvidenceStatistics.of(twice).plus(bulk).ellisTallies());
        assertEquals(3, bulk.withWeights(StrengthWeights.of(1, 4, 16)).ellisTallies());
        assertEquals(1, EvidenceStatistics.empty().plus(survey).ellisTallies());
        assertEquals(
                0,
                EvidenceStatistics.empty()
                        .plus(Statement.supports(ID, SOURCE, AT))
                        .ellisTallies());
    }

    @Test
    void plusStatisticsCombinesTwoSetsOfEvidence() {
        List<Evidence> first = measured().subList(0, 5);
        List<Evidence> second = new ArrayList<>(measured().subList(5, 11));
        second.addAll(counted());
        EvidenceStatistics combined = EvidenceStatistics.of(first).plus(EvidenceStatistics.of(second));
        List<Evidence> all = new ArrayList<>(first);
        all.addAll(second);
        EvidenceStatistics sequential = EvidenceStatistics.of(all);
        assertEquals(sequential.count(), combined.count());
        assertEquals(sequential.successes(), combined.successes());
        assertEquals(sequential.trials(), combined.trials());
        assertEquals(sequential.veryDisappointed(), combined.veryDisappointed());
        assertEquals(1, combined.ellisTallies());
        assertEquals(94.0 / 11, combined.measurementMean(), EXACT);
        assertEquals(6_872.0 / 11, combined.measurementSumOfSquares(), 1e-10);
        assertEquals(Option.some("USD"), combined.unit());
        assertEquals(
                StrengthWeights.of(1, 4, 16),
                EvidenceStatistics.empty()
                        .withWeights(StrengthWeights.of(1, 4, 16))
                        .plus(EvidenceStatistics.of(first))
                        .weights(),
                "the combination keeps the weights of the left-hand side");
    }

    @Test
    void measurementsOfOneHypothesisShareOneUnit() {
        EvidenceStatistics usd =
                EvidenceStatistics.of(List.of(Measurement.of(ID, SOURCE, AT, 1, "USD", Strength.SAID)));
        Measurement euro = Measurement.of(ID, SOURCE, AT, 1, "EUR", Strength.PAID);
        String rule = "must be \"USD\", the unit of the earlier measurements of hypothesis h";
        Expect.invalid("unit " + rule + ": \"EUR\"", "unit", rule, "EUR", () -> usd.plus(euro));
        Expect.invalid(
                "unit " + rule + ": \"EUR\"",
                "unit",
                rule,
                "EUR",
                () -> EvidenceStatistics.of(List.of(Measurement.of(ID, SOURCE, AT, 2, "USD", Strength.DID), euro)));
        String combined = "must be \"USD\", the unit of the earlier measurements";
        Expect.invalid(
                "unit " + combined + ": \"EUR\"",
                "unit",
                combined,
                "EUR",
                () -> usd.plus(EvidenceStatistics.of(List.of(euro))));
        assertEquals(1, usd.measurementCount(), "the failed calls changed nothing");
    }

    @Test
    void totalsThatDoNotFitALongAreRejected() {
        Behaviour huge = Behaviour.of(ID, SOURCE, AT, 0, Long.MAX_VALUE);
        EvidenceStatistics one = EvidenceStatistics.empty().plus(huge);
        String rule = "must be <= " + Long.MAX_VALUE + " in total";
        BigInteger twice = BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1);
        Expect.invalid("trials " + rule + ": 18446744073709551614", "trials", rule, twice, () -> one.plus(huge));
        Expect.invalid(
                "trials " + rule + ": 18446744073709551614",
                "trials",
                rule,
                twice,
                () -> EvidenceStatistics.of(List.of(huge, huge)));
        Expect.invalid("trials " + rule + ": 18446744073709551614", "trials", rule, twice, () -> one.plus(one));
        // across strengths too: the totals over all strengths are what a strategy reads
        Behaviour paid = Behaviour.of(ID, SOURCE, AT, 0, Long.MAX_VALUE, Strength.PAID);
        Expect.invalid("trials " + rule + ": 18446744073709551614", "trials", rule, twice, () -> one.plus(paid));
        BigInteger maxPlusOne = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
        Expect.invalid(
                "trials " + rule + ": 9223372036854775808",
                "trials",
                rule,
                maxPlusOne,
                () -> one.plus(Statement.supports(ID, SOURCE, AT)));
        // and when a log's statements and commitments are counted in bulk after the huge item
        for (Evidence single :
                List.of(Statement.supports(ID, SOURCE, AT), Commitment.made(ID, SOURCE, AT, Commitment.Kind.TIME))) {
            Expect.invalid(
                    "trials " + rule + ": 9223372036854775808",
                    "trials",
                    rule,
                    maxPlusOne,
                    () -> EvidenceStatistics.of(List.of(huge, single)));
        }
        assertEquals(Long.MAX_VALUE, one.trials());
    }

    @Test
    void rejectsMissingArguments() {
        EvidenceStatistics s = EvidenceStatistics.of(counted());
        Expect.isNull("evidence", () -> s.plus((Evidence) null));
        Expect.isNull("other", () -> s.plus((EvidenceStatistics) null));
        Expect.isNull("evidence", () -> EvidenceStatistics.of(null));
        List<Evidence> withNull = new ArrayList<>(counted());
        withNull.add(null);
        Expect.isNull("evidence", () -> EvidenceStatistics.of(withNull));
        Expect.isNull("minimum", () -> s.atLeast(null));
        Expect.isNull("weights", () -> s.withWeights(null));
        Expect.isNull("strength", () -> s.count(null));
        Expect.isNull("strength", () -> s.successes(null));
        Expect.isNull("strength", () -> s.trials(null));
        Expect.isNull("strength", () -> s.measurementCount(null));
        Expect.isNull("strength", () -> s.measurementMean(null));
        Expect.isNull("strength", () -> s.measurementSumOfSquares(null));
    }

    @Test
    void statisticsAreEqualByEveryFigureAndTheWeights() {
        EvidenceStatistics a = EvidenceStatistics.of(counted());
        EvidenceStatistics b = EvidenceStatistics.of(counted());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, a.withWeights(StrengthWeights.equal()));
        assertSame(a, a.withWeights(StrengthWeights.equal()));
        assertNotEquals(a, a.withWeights(StrengthWeights.of(1, 4, 16)));
        assertEquals(a, a.withWeights(StrengthWeights.of(1, 4, 16)).withWeights(StrengthWeights.equal()));
        assertNotEquals(a, a.plus(Statement.neutral(ID, SOURCE, AT)));
        assertNotEquals(
                EvidenceStatistics.of(List.of(Statement.supports(ID, SOURCE, AT))),
                EvidenceStatistics.of(List.of(Behaviour.of(ID, SOURCE, AT, 1, 1))),
                "the same counts of a different strength are different statistics");
        assertNotEquals(a, "EvidenceStatistics");
    }
}
