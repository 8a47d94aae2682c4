package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Commitment.Kind;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EvidenceLogTests {
    private static final HypothesisId PROBLEM = HypothesisId.of("problem");
    private static final HypothesisId PRICE = HypothesisId.of("price");
    private static final HypothesisId FIT = HypothesisId.of("fit");
    private static final Source LEE = Source.of("dr-lee");
    private static final Source RAY = Source.of("dr-ray");
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

    private static final Statement LEE_SUPPORTS = Statement.supports(PROBLEM, LEE, MONDAY);
    private static final Statement RAY_REFUTES = Statement.refutes(PROBLEM, RAY, TUESDAY);
    private static final Measurement LEE_PRICE = Measurement.of(PRICE, LEE, MONDAY, 120, "USD/month", Strength.SAID);
    private static final Measurement RAY_PRICE = Measurement.of(PRICE, RAY, TUESDAY, 90, "USD/month", Strength.PAID);
    private static final SeanEllisTally SURVEY = SeanEllisTally.of(FIT, Source.of("survey"), TUESDAY, 12, 10, 8);
    private static final Commitment RAY_PAYS = Commitment.made(PROBLEM, RAY, TUESDAY, Kind.MONEY);

    @Test
    void theEmptyLogHoldsNothing() {
        EvidenceLog empty = EvidenceLog.empty();
        assertTrue(empty.isEmpty());
        assertEquals(0, empty.size());
        assertTrue(empty.evidence().isEmpty());
        assertTrue(empty.evidence(PROBLEM).isEmpty());
        assertEquals(EvidenceStatistics.empty(), empty.statistics(PROBLEM));
        assertTrue(empty.hypothesisIds().isEmpty());
        assertEquals(StrengthWeights.equal(), empty.weights());
        assertEquals("EvidenceLog[0 items, 0 hypotheses]", empty.toString());
        assertEquals(empty, EvidenceLog.of());
        assertEquals(empty, EvidenceLog.ofAll(java.util.List.of()));
    }

    @Test
    void appendKeepsTheOrderAndThePerHypothesisStatistics() {
        EvidenceLog log = EvidenceLog.empty()
                .append(LEE_SUPPORTS)
                .append(LEE_PRICE)
                .append(RAY_REFUTES)
                .append(SURVEY)
                .append(RAY_PRICE)
                .append(RAY_PAYS);
        assertEquals(6, log.size());
        assertFalse(log.isEmpty());
        assertEquals(List.of(LEE_SUPPORTS, LEE_PRICE, RAY_REFUTES, SURVEY, RAY_PRICE, RAY_PAYS), log.evidence());
        assertEquals(List.of(LEE_SUPPORTS, RAY_REFUTES, RAY_PAYS), log.evidence(PROBLEM));
        assertEquals(List.of(LEE_PRICE, RAY_PRICE), log.evidence(PRICE));
        assertEquals(List.of(SURVEY), log.evidence(FIT));
        assertSame(SURVEY, log.get(3));

        EvidenceStatistics problem = log.statistics(PROBLEM);
        assertEquals(3, problem.count());
        assertEquals(2, problem.successes()); // Lee supports, Ray pays
        assertEquals(3, problem.trials());
        assertEquals(1, problem.successes(Strength.PAID));

        EvidenceStatistics price = log.statistics(PRICE);
        assertEquals(2, price.measurementCount());
        assertEquals(105.0, price.measurementMean()); // (120 + 90) / 2
        assertEquals(450.0, price.measurementSumOfSquares()); // 15^2 + 15^2
        assertEquals(0, price.trials());

        EvidenceStatistics fit = log.statistics(FIT);
        assertEquals(12, fit.veryDisappointed());
        assertEquals(30, fit.trials());

        assertEquals(TreeSet.of(FIT, PRICE, PROBLEM), log.hypothesisIds());
        assertEquals(List.of(FIT, PRICE, PROBLEM), log.hypothesisIds().toList(), "ids are sorted");
        assertEquals("EvidenceLog[6 items, 3 hypotheses]", log.toString());
    }

    @Test
    void aHypothesisWithoutEvidenceHasEmptyStatistics() {
        EvidenceLog log = EvidenceLog.of(LEE_SUPPORTS);
        HypothesisId other = HypothesisId.of("other");
        assertEquals(EvidenceStatistics.empty(), log.statistics(other));
        assertTrue(log.evidence(other).isEmpty());
    }

    @Test
    void appendLeavesTheEarlierLogAsItWas() {
        EvidenceLog one = EvidenceLog.of(LEE_SUPPORTS);
        EvidenceLog two = one.append(RAY_REFUTES);
        assertEquals(1, one.size());
        assertEquals(List.of(LEE_SUPPORTS), one.evidence());
        assertEquals(1, one.statistics(PROBLEM).trials());
        assertEquals(2, two.statistics(PROBLEM).trials());
        assertSame(one.get(0), two.get(0));
    }

    @Test
    void ofOfAllAndAppendAllEqualAppendingOneByOne() {
        EvidenceLog oneByOne = EvidenceLog.empty()
                .append(LEE_SUPPORTS)
                .append(LEE_PRICE)
                .append(RAY_REFUTES)
                .append(RAY_PRICE);
        EvidenceLog of = EvidenceLog.of(LEE_SUPPORTS, LEE_PRICE, RAY_REFUTES, RAY_PRICE);
        EvidenceLog ofAll = EvidenceLog.ofAll(Arrays.asList(LEE_SUPPORTS, LEE_PRICE, RAY_REFUTES, RAY_PRICE));
        EvidenceLog appendAll = EvidenceLog.of(LEE_SUPPORTS).appendAll(List.of(LEE_PRICE, RAY_REFUTES, RAY_PRICE));
        for (EvidenceLog log : Arrays.asList(of, ofAll, appendAll)) {
            assertEquals(oneByOne, log);
            assertEquals(oneByOne.hashCode(), log.hashCode());
            assertEquals(oneByOne.statistics(PROBLEM), log.statistics(PROBLEM));
            assertEquals(oneByOne.statistics(PRICE), log.statistics(PRICE));
            assertEquals(oneByOne.evidence(PRICE), log.evidence(PRICE));
        }
        EvidenceLog log = EvidenceLog.of(LEE_SUPPORTS);
        assertSame(log, log.appendAll(List.empty()), "appending nothing changes nothing");
    }

    @Test
    void getRejectsAPositionOutsideTheLog() {
        EvidenceLog log = EvidenceLog.of(LEE_SUPPORTS, RAY_REFUTES);
        Expect.invalid("index must be in [0, 2): 2", "index", "must be in [0, 2)", 2, () -> log.get(2));
        Expect.invalid("index must be in [0, 2): -1", "index", "must be in [0, 2)", -1, () -> log.get(-1));
        Expect.invalid(
                "index must be in [0, 0): 0",
                "index",
                "must be in [0, 0)",
                0,
                () -> EvidenceLog.empty().get(0));
    }

    @Test
    void aMeasurementInAnotherUnitIsRejectedAndTheLogIsUnchanged() {
        EvidenceLog log = EvidenceLog.of(LEE_PRICE, LEE_SUPPORTS);
        Measurement euros = Measurement.of(PRICE, RAY, TUESDAY, 80, "EUR/month", Strength.DID);
        String rule = "must be \"USD/month\", the unit of the earlier measurements of hypothesis price";
        Expect.invalid("unit " + rule + ": \"EUR/month\"", "unit", rule, "EUR/month", () -> log.append(euros));
        Expect.invalid(
                "unit " + rule + ": \"EUR/month\"",
                "unit",
                rule,
                "EUR/month",
                () -> log.appendAll(List.of(RAY_REFUTES, RAY_PRICE, euros, SURVEY)));
        Expect.invalid(
                "unit " + rule + ": \"EUR/month\"", "unit", rule, "EUR/month", () -> EvidenceLog.of(LEE_PRICE, euros));
        assertEquals(EvidenceLog.of(LEE_PRICE, LEE_SUPPORTS), log);
        assertEquals(1, log.statistics(PRICE).measurementCount());
        // another hypothesis may measure in another unit
        Measurement days = Measurement.of(FIT, RAY, TUESDAY, 30, "days", Strength.DID);
        assertEquals(3, log.append(days).size());
    }

    @Test
    void rejectsMissingArgumentsNamingThePosition() {
        EvidenceLog log = EvidenceLog.of(LEE_SUPPORTS);
        Expect.isNull("evidence", () -> log.append(null));
        Expect.isNull("evidence", () -> log.appendAll(null));
        Expect.isNull("evidence[1]", () -> log.appendAll(Arrays.asList(RAY_REFUTES, null, SURVEY)));
        Expect.isNull("evidence", () -> EvidenceLog.ofAll(null));
        Expect.isNull("evidence", () -> EvidenceLog.of((Evidence[]) null));
        Expect.isNull("evidence[1]", () -> EvidenceLog.of(LEE_SUPPORTS, null));
        Expect.isNull("evidence[0]", () -> EvidenceLog.of((Evidence) null));
        Expect.isNull("hypothesisId", () -> log.statistics(null));
        Expect.isNull("hypothesisId", () -> log.evidence(null));
        Expect.isNull("weights", () -> log.withWeights(null));
        assertEquals(EvidenceLog.of(LEE_SUPPORTS), log);
    }

    @Test
    void withWeightsReweighsTheStatisticsButNotTheEvidence() {
        EvidenceLog log = EvidenceLog.of(LEE_SUPPORTS, RAY_REFUTES, RAY_PAYS, LEE_PRICE, RAY_PRICE);
        StrengthWeights weights = StrengthWeights.of(1, 4, 16);
        EvidenceLog weighted = log.withWeights(weights);
        assertEquals(weights, weighted.weights());
        assertEquals(log.evidence(), weighted.evidence());
        assertEquals(weights, weighted.statistics(PROBLEM).weights());
        assertEquals(18.0, weighted.statistics(PROBLEM).effectiveTrials()); // 1 + 1 + 16
        assertEquals(17.0, weighted.statistics(PROBLEM).effectiveSuccesses()); // 1 + 16
        assertEquals(3.0, log.statistics(PROBLEM).effectiveTrials());
        // prices: 120 said (weight 1), 90 paid (weight 16): mean (120 + 1,440) / 17
        assertEquals(1_560.0 / 17, weighted.statistics(PRICE).measurementMean(), 1e-12);
        assertEquals(StrengthWeights.equal(), log.weights());
        assertNotEquals(log, weighted);
        assertEquals(log, weighted.withWeights(StrengthWeights.equal()));
        assertSame(log, log.withWeights(StrengthWeights.equal()));
        assertEquals(
                "EvidenceLog[5 items, 2 hypotheses, StrengthWeights[SAID=1.0, DID=4.0, PAID=16.0]]",
                weighted.toString());
        assertEquals(weights, weighted.append(SURVEY).weights(), "appending keeps the weights");
        assertEquals(weights, weighted.appendAll(List.of(SURVEY)).weights());
    }

    @Test
    void logsAreEqualByTheirEvidenceInOrderAndTheirWeights() {
        EvidenceLog a = EvidenceLog.of(LEE_SUPPORTS, RAY_REFUTES);
        EvidenceLog b = EvidenceLog.of(
                Statement.supports(HypothesisId.of("problem"), Source.of("dr-lee"), MONDAY),
                Statement.refutes(HypothesisId.of("problem"), Source.of("dr-ray"), TUESDAY));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, EvidenceLog.of(RAY_REFUTES, LEE_SUPPORTS), "order matters");
        assertNotEquals(a, EvidenceLog.of(LEE_SUPPORTS));
        assertNotEquals(a, "EvidenceLog");
    }

    @Test
    void aLongLogIsCheapToBuildAndToExtend() {
        java.util.List<Evidence> items = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            items.add(i % 2 == 0 ? LEE_SUPPORTS : RAY_PRICE);
        }
        EvidenceLog log = EvidenceLog.ofAll(items);
        EvidenceLog longer = log.append(RAY_REFUTES);
        assertEquals(100_000, log.size());
        assertEquals(100_001, longer.size());
        assertEquals(50_001, longer.statistics(PROBLEM).trials());
        assertEquals(50_000, longer.statistics(PRICE).measurementCount());
        assertEquals(90.0, longer.statistics(PRICE).measurementMean());
        assertEquals(0.0, longer.statistics(PRICE).measurementSumOfSquares());
        assertSame(RAY_REFUTES, longer.get(100_000));
        assertEquals(50_000, log.statistics(PROBLEM).trials());
    }
}
