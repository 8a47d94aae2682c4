package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuccessCriterionTests {

    @Test
    void aProportionAtLeast() {
        SuccessCriterion criterion = SuccessCriterion.proportionAtLeast(0.4, 40);
        assertEquals(Metric.PROPORTION, criterion.metric());
        assertEquals(Comparison.AT_LEAST, criterion.comparison());
        assertEquals(0.4, criterion.threshold());
        assertEquals(40, criterion.minimumSample());
        assertEquals(Strength.SAID, criterion.minimumStrength());
        assertEquals(Option.none(), criterion.unit());
        assertEquals("proportion >= 0.4 (n >= 40, SAID or stronger)", criterion.toString());
    }

    @Test
    void aProportionAtMost() {
        SuccessCriterion churn = SuccessCriterion.proportionAtMost(0.05, 200);
        assertEquals(Metric.PROPORTION, churn.metric());
        assertEquals(Comparison.AT_MOST, churn.comparison());
        assertEquals(0.05, churn.threshold());
        assertEquals("proportion <= 0.05 (n >= 200, SAID or stronger)", churn.toString());
    }

    @Test
    void aMeanAtLeastAndAtMost() {
        SuccessCriterion price = SuccessCriterion.meanAtLeast(25.0, "USD/month", 20);
        assertEquals(Metric.MEAN, price.metric());
        assertEquals(Comparison.AT_LEAST, price.comparison());
        assertEquals(25.0, price.threshold());
        assertEquals(Option.some("USD/month"), price.unit());
        assertEquals("mean USD/month >= 25 (n >= 20, SAID or stronger)", price.toString());

        SuccessCriterion cycle = SuccessCriterion.meanAtMost(-2.5, "days", 8);
        assertEquals(Comparison.AT_MOST, cycle.comparison());
        assertEquals("mean days <= -2.5 (n >= 8, SAID or stronger)", cycle.toString());
        // whole numbers are written as such below 1e15; from there on as doubles are
        assertEquals(
                "mean USD >= 999999999999999 (n >= 8, SAID or stronger)",
                SuccessCriterion.meanAtLeast(999_999_999_999_999.0, "USD", 8).toString());
        assertEquals(
                "mean USD >= 1.0E15 (n >= 8, SAID or stronger)",
                SuccessCriterion.meanAtLeast(1e15, "USD", 8).toString());
    }

    @Test
    void aCountAtLeast() {
        SuccessCriterion preOrders = SuccessCriterion.countAtLeast(10, Strength.PAID);
        assertEquals(Metric.COUNT, preOrders.metric());
        assertEquals(Comparison.AT_LEAST, preOrders.comparison());
        assertEquals(10.0, preOrders.threshold());
        assertEquals(1, preOrders.minimumSample());
        assertEquals(Strength.PAID, preOrders.minimumStrength());
        assertEquals("count >= 10 (n >= 1, PAID or stronger)", preOrders.toString());
    }

    @Test
    void aVeryDisappointedShare() {
        SuccessCriterion fit = SuccessCriterion.veryDisappointedAtLeast(0.40, 40);
        assertEquals(Metric.VERY_DISAPPOINTED, fit.metric());
        assertEquals(Comparison.AT_LEAST, fit.comparison());
        assertEquals(0.40, fit.threshold());
        assertEquals(40, fit.minimumSample());
        assertEquals(Strength.SAID, fit.minimumStrength());
        assertEquals(Option.none(), fit.unit());
        assertEquals("very disappointed >= 0.4 (n >= 40, SAID or stronger)", fit.toString());
        assertNotEquals(SuccessCriterion.proportionAtLeast(0.40, 40), fit);
        assertEquals(
                fit,
                SuccessCriterion.of(
                        Metric.VERY_DISAPPOINTED, Comparison.AT_LEAST, 0.4, 40, Strength.SAID, Option.none()));
        assertEquals(0.0, SuccessCriterion.veryDisappointedAtLeast(0, 1).threshold());
        assertEquals(1.0, SuccessCriterion.veryDisappointedAtLeast(1, 1).threshold());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.3, Double.NaN})
    void aVeryDisappointedShareIsInTheUnitInterval(double share) {
        String rule = Double.isFinite(share) ? "must be in [0, 1]" : "must be finite";
        Expect.invalid(
                "criterion.threshold " + rule + ": " + share,
                "criterion.threshold",
                rule,
                share,
                () -> SuccessCriterion.veryDisappointedAtLeast(share, 10));
    }

    @Test
    void aVeryDisappointedShareCountsOnlySaidAnswersAndHasNoUnit() {
        String rule = "must be SAID for a VERY_DISAPPOINTED share: Sean Ellis tallies are said";
        for (Strength stronger : java.util.List.of(Strength.DID, Strength.PAID)) {
            Expect.invalid(
                    "criterion.minimumStrength " + rule + ": " + stronger,
                    "criterion.minimumStrength",
                    rule,
                    stronger,
                    () -> SuccessCriterion.of(
                            Metric.VERY_DISAPPOINTED, Comparison.AT_LEAST, 0.4, 40, stronger, Option.none()));
        }
        Expect.invalid(
                "criterion.unit must be absent for a VERY_DISAPPOINTED: \"people\"",
                "criterion.unit",
                "must be absent for a VERY_DISAPPOINTED",
                "people",
                () -> SuccessCriterion.of(
                        Metric.VERY_DISAPPOINTED, Comparison.AT_LEAST, 0.4, 40, Strength.SAID, Option.some("people")));
    }

    /** Every kind of evidence against every metric: the table of what each criterion counts. */
    @Test
    void eachMetricCountsItsOwnKindsOfEvidence() {
        HypothesisId id = HypothesisId.of("h");
        Source source = Source.of("a");
        java.time.Instant at = java.time.Instant.parse("2026-03-02T09:00:00Z");
        java.util.Map<String, Evidence> kinds = new java.util.LinkedHashMap<>();
        kinds.put("Statement", Statement.supports(id, source, at));
        kinds.put("Behaviour", Behaviour.of(id, source, at, 3, 10));
        kinds.put("Commitment", Commitment.made(id, source, at, Commitment.Kind.MONEY));
        kinds.put("SeanEllisTally", SeanEllisTally.of(id, source, at, 3, 2, 1));
        kinds.put("Measurement", Measurement.of(id, source, at, 12.5, "USD", Strength.PAID));
        java.util.Map<Metric, java.util.Set<String>> table = java.util.Map.of(
                Metric.PROPORTION, java.util.Set.of("Statement", "Behaviour", "Commitment"),
                Metric.COUNT, java.util.Set.of("Statement", "Behaviour", "Commitment"),
                Metric.VERY_DISAPPOINTED, java.util.Set.of("SeanEllisTally"),
                Metric.MEAN, java.util.Set.of("Measurement"));
        java.util.Map<Metric, SuccessCriterion> criteria = java.util.Map.of(
                Metric.PROPORTION, SuccessCriterion.proportionAtMost(0.1, 5),
                Metric.COUNT, SuccessCriterion.countAtLeast(3, Strength.PAID),
                Metric.VERY_DISAPPOINTED, SuccessCriterion.veryDisappointedAtLeast(0.4, 40),
                Metric.MEAN, SuccessCriterion.meanAtMost(30, "EUR", 5));
        assertEquals(java.util.Set.of(Metric.values()), table.keySet());
        for (Metric metric : Metric.values()) {
            for (java.util.Map.Entry<String, Evidence> kind : kinds.entrySet()) {
                boolean expected = table.get(metric).contains(kind.getKey());
                assertEquals(expected, metric.uses(kind.getValue()), metric + " uses " + kind.getKey());
                assertEquals(expected, criteria.get(metric).uses(kind.getValue()), metric + " criterion, " + kind);
            }
        }
        // A measurement's unit is not the kind: the mean strategy checks it against the criterion's.
        assertTrue(SuccessCriterion.meanAtMost(30, "EUR", 5).uses(kinds.get("Measurement")));
        Expect.isNull("evidence", () -> Metric.PROPORTION.uses(null));
        Expect.isNull(
                "evidence", () -> SuccessCriterion.proportionAtLeast(0.4, 1).uses(null));
    }

    @Test
    void eachMetricSaysWhatItJudgesInWords() {
        assertEquals("a proportion of statements, behaviours and commitments", Metric.PROPORTION.description());
        assertEquals("a count of statements, behaviours and commitments", Metric.COUNT.description());
        assertEquals("a mean of measurements", Metric.MEAN.description());
        assertEquals("a very-disappointed share of Sean Ellis tallies", Metric.VERY_DISAPPOINTED.description());
        assertEquals("Sean Ellis tallies", Metric.VERY_DISAPPOINTED.evidenceKinds());
        assertEquals("measurements", Metric.MEAN.evidenceKinds());
        assertEquals("statements, behaviours and commitments", Metric.COUNT.evidenceKinds());
        assertEquals("proportion", Metric.PROPORTION.noun());
        assertEquals("count", Metric.COUNT.noun());
        assertEquals("mean", Metric.MEAN.noun());
        assertEquals("very-disappointed share", Metric.VERY_DISAPPOINTED.noun());
    }

    @Test
    void ofBuildsEveryCombination() {
        SuccessCriterion complaints =
                SuccessCriterion.of(Metric.COUNT, Comparison.AT_MOST, 0, 30, Strength.DID, Option.none());
        assertEquals("count <= 0 (n >= 30, DID or stronger)", complaints.toString());
        assertEquals(
                SuccessCriterion.proportionAtLeast(0.4, 40),
                SuccessCriterion.of(Metric.PROPORTION, Comparison.AT_LEAST, 0.4, 40, Strength.SAID, Option.none()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.3, 1.0000001, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAProportionOutsideTheUnitInterval(double rate) {
        String rule = Double.isFinite(rate) ? "must be in [0, 1]" : "must be finite";
        Expect.invalid(
                "criterion.threshold " + rule + ": " + rate,
                "criterion.threshold",
                rule,
                rate,
                () -> SuccessCriterion.proportionAtLeast(rate, 10));
        Expect.invalid(
                "criterion.threshold " + rule + ": " + rate,
                "criterion.threshold",
                rule,
                rate,
                () -> SuccessCriterion.proportionAtMost(rate, 10));
    }

    @Test
    void acceptsTheEndsOfTheUnitInterval() {
        assertEquals(0.0, SuccessCriterion.proportionAtLeast(0, 1).threshold());
        assertEquals(1.0, SuccessCriterion.proportionAtMost(1, 1).threshold());
    }

    @Test
    void rejectsASampleBelowOne() {
        Expect.invalid(
                "criterion.minimumSample must be >= 1: 0",
                "criterion.minimumSample",
                "must be >= 1",
                0L,
                () -> SuccessCriterion.proportionAtLeast(0.5, 0));
        Expect.invalid(
                "criterion.minimumSample must be >= 1: -3",
                "criterion.minimumSample",
                "must be >= 1",
                -3L,
                () -> SuccessCriterion.meanAtLeast(1, "days", -3));
    }

    @Test
    void rejectsAMeanThresholdThatIsNotFinite() {
        Expect.invalid(
                "criterion.threshold must be finite: NaN",
                "criterion.threshold",
                "must be finite",
                Double.NaN,
                () -> SuccessCriterion.meanAtLeast(Double.NaN, "USD", 5));
        Expect.invalid(
                "criterion.threshold must be finite: -Infinity",
                "criterion.threshold",
                "must be finite",
                Double.NEGATIVE_INFINITY,
                () -> SuccessCriterion.meanAtMost(Double.NEGATIVE_INFINITY, "USD", 5));
    }

    @Test
    void aMeanNeedsAUnitAndOnlyAMeanHasOne() {
        Expect.invalid(
                "criterion.unit must not be blank: \" \"",
                "criterion.unit",
                "must not be blank",
                " ",
                () -> SuccessCriterion.meanAtLeast(1, " ", 5));
        Expect.isNull("criterion.unit", () -> SuccessCriterion.meanAtLeast(1, null, 5));
        Expect.isNull("criterion.unit", () -> SuccessCriterion.meanAtMost(1, null, 5));
        Expect.invalid(
                "criterion.unit must be present for a mean: None",
                "criterion.unit",
                "must be present for a mean",
                Option.none(),
                () -> SuccessCriterion.of(Metric.MEAN, Comparison.AT_LEAST, 1, 5, Strength.SAID, Option.none()));
        Expect.invalid(
                "criterion.unit must be absent for a PROPORTION: \"USD\"",
                "criterion.unit",
                "must be absent for a PROPORTION",
                "USD",
                () -> SuccessCriterion.of(
                        Metric.PROPORTION, Comparison.AT_LEAST, 0.5, 5, Strength.SAID, Option.some("USD")));
        Expect.invalid(
                "criterion.unit must be absent for a COUNT: \"USD\"",
                "criterion.unit",
                "must be absent for a COUNT",
                "USD",
                () -> SuccessCriterion.of(Metric.COUNT, Comparison.AT_LEAST, 3, 1, Strength.PAID, Option.some("USD")));
    }

    @Test
    void aCountThresholdIsAWholeNumber() {
        String rule = "must be a whole number >= 0 for a count";
        Expect.invalid(
                "criterion.threshold " + rule + ": 2.5",
                "criterion.threshold",
                rule,
                2.5,
                () -> SuccessCriterion.of(Metric.COUNT, Comparison.AT_LEAST, 2.5, 1, Strength.PAID, Option.none()));
        Expect.invalid(
                "criterion.threshold " + rule + ": -1.0",
                "criterion.threshold",
                rule,
                -1.0,
                () -> SuccessCriterion.of(Metric.COUNT, Comparison.AT_MOST, -1, 1, Strength.PAID, Option.none()));
        Expect.invalid(
                "criterion.threshold must be >= 1: 0",
                "criterion.threshold",
                "must be >= 1",
                0L,
                () -> SuccessCriterion.countAtLeast(0, Strength.PAID));
    }

    @Test
    void rejectsMissingParts() {
        Expect.isNull("criterion.minimumStrength", () -> SuccessCriterion.countAtLeast(3, null));
        Expect.isNull(
                "criterion.metric",
                () -> SuccessCriterion.of(null, Comparison.AT_LEAST, 0.5, 1, Strength.SAID, Option.none()));
        Expect.isNull(
                "criterion.comparison",
                () -> SuccessCriterion.of(Metric.PROPORTION, null, 0.5, 1, Strength.SAID, Option.none()));
        Expect.isNull(
                "criterion.minimumStrength",
                () -> SuccessCriterion.of(Metric.PROPORTION, Comparison.AT_LEAST, 0.5, 1, null, Option.none()));
        Expect.isNull(
                "criterion.unit",
                () -> SuccessCriterion.of(Metric.PROPORTION, Comparison.AT_LEAST, 0.5, 1, Strength.SAID, null));
        Expect.isNull(
                "minimumStrength",
                () -> SuccessCriterion.proportionAtLeast(0.5, 1).withMinimumStrength(null));
    }

    @Test
    void withCopiesChangeOnePartAndLeaveTheOriginal() {
        SuccessCriterion original = SuccessCriterion.proportionAtLeast(0.4, 40);
        SuccessCriterion paidOnly = original.withMinimumStrength(Strength.PAID);
        SuccessCriterion larger = original.withMinimumSample(400);

        assertEquals(Strength.PAID, paidOnly.minimumStrength());
        assertEquals(40, paidOnly.minimumSample());
        assertEquals(400, larger.minimumSample());
        assertEquals(Strength.SAID, larger.minimumStrength());
        assertEquals(SuccessCriterion.proportionAtLeast(0.4, 40), original);

        Expect.invalid(
                "criterion.minimumSample must be >= 1: 0",
                "criterion.minimumSample",
                "must be >= 1",
                0L,
                () -> original.withMinimumSample(0));
    }

    @Test
    void everyCommonCriterionCanAskForPaidEvidence() {
        assertEquals(
                SuccessCriterion.of(Metric.PROPORTION, Comparison.AT_LEAST, 0.3, 20, Strength.PAID, Option.none()),
                SuccessCriterion.proportionAtLeast(0.3, 20).withMinimumStrength(Strength.PAID));
        assertEquals(
                SuccessCriterion.of(Metric.PROPORTION, Comparison.AT_MOST, 0.1, 50, Strength.DID, Option.none()),
                SuccessCriterion.proportionAtMost(0.1, 50).withMinimumStrength(Strength.DID));
        assertEquals(
                SuccessCriterion.of(Metric.MEAN, Comparison.AT_LEAST, 25, 20, Strength.PAID, Option.some("USD")),
                SuccessCriterion.meanAtLeast(25, "USD", 20).withMinimumStrength(Strength.PAID));
        assertEquals(
                SuccessCriterion.of(Metric.MEAN, Comparison.AT_MOST, 30, 5, Strength.DID, Option.some("days")),
                SuccessCriterion.meanAtMost(30, "days", 5).withMinimumStrength(Strength.DID));
        assertEquals(
                "proportion >= 0.3 (n >= 20, PAID or stronger)",
                SuccessCriterion.proportionAtLeast(0.3, 20)
                        .withMinimumStrength(Strength.PAID)
                        .toString());
        SuccessCriterion said = SuccessCriterion.proportionAtLeast(0.3, 20);
        assertEquals(said, said.withMinimumStrength(Strength.SAID));
    }

    @Test
    void isMetByComparesWithTheThresholdInclusively() {
        SuccessCriterion atLeast = SuccessCriterion.proportionAtLeast(0.4, 40);
        assertTrue(atLeast.isMetBy(0.4));
        assertTrue(atLeast.isMetBy(0.41));
        assertFalse(atLeast.isMetBy(0.39999));
        SuccessCriterion atMost = SuccessCriterion.meanAtMost(30, "days", 5);
        assertTrue(atMost.isMetBy(30));
        assertTrue(atMost.isMetBy(-1));
        assertFalse(atMost.isMetBy(30.001));
    }

    @Test
    void comparisonsHoldAndPrintAsSymbols() {
        assertTrue(Comparison.AT_LEAST.holds(2, 2));
        assertTrue(Comparison.AT_LEAST.holds(3, 2));
        assertFalse(Comparison.AT_LEAST.holds(1, 2));
        assertTrue(Comparison.AT_MOST.holds(2, 2));
        assertTrue(Comparison.AT_MOST.holds(1, 2));
        assertFalse(Comparison.AT_MOST.holds(3, 2));
        assertEquals(">=", Comparison.AT_LEAST.symbol());
        assertEquals("<=", Comparison.AT_MOST.symbol());
    }

    @Test
    void criteriaAreEqualByEveryPart() {
        SuccessCriterion a = SuccessCriterion.meanAtLeast(25, "USD/month", 20);
        SuccessCriterion b = SuccessCriterion.meanAtLeast(25.0, new String("USD/month"), 20);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, SuccessCriterion.meanAtMost(25, "USD/month", 20));
        assertNotEquals(a, SuccessCriterion.meanAtLeast(26, "USD/month", 20));
        assertNotEquals(a, SuccessCriterion.meanAtLeast(25, "EUR/month", 20));
        assertNotEquals(a, SuccessCriterion.meanAtLeast(25, "USD/month", 21));
        assertNotEquals(a, a.withMinimumStrength(Strength.DID));
    }
}
