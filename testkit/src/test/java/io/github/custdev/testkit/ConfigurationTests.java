package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;
import net.jqwik.api.Example;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.function.Executable;

/** Configuration that cannot generate valid values is rejected at once, with a message naming field, rule, value. */
class ConfigurationTests {
    private static final Hypothesis RATE = Hypothesis.of(
            HypothesisId.of("problem"),
            "Front desks lose hours a week",
            BusinessModelArea.PROBLEM,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.proportionAtLeast(0.5, 10));
    private static final Hypothesis MEAN = Hypothesis.of(
            HypothesisId.of("price"),
            "Practices pay $120 a month",
            BusinessModelArea.REVENUE,
            Phase.CUSTOMER_VALIDATION,
            SuccessCriterion.meanAtLeast(120, "USD/month", 8));

    @Example
    void aTrueRateIsAProbability() {
        assertRejected(
                "trueRate must be in [0, 1]: 1.3",
                () -> CustDevArbitraries.evidenceFor(RATE).withTrueRate(1.3));
        assertRejected(
                "trueRate must be in [0, 1]: NaN",
                () -> CustDevArbitraries.evidenceFor(RATE).withTrueRate(Double.NaN));
    }

    @Example
    void aTruthMustFitTheMetric() {
        assertRejected(
                "hypothesis.criterion.metric must be PROPORTION or COUNT for a true rate (hypothesis price): MEAN",
                () -> CustDevArbitraries.evidenceFor(MEAN).withTrueRate(0.3));
        assertRejected(
                "hypothesis.criterion.metric must be MEAN for a true distribution (hypothesis problem): PROPORTION",
                () -> CustDevArbitraries.evidenceFor(RATE).withTrueMean(10, 2));
        assertRejected(
                "standardDeviation must be finite and > 0: 0.0",
                () -> CustDevArbitraries.evidenceFor(MEAN).withTrueMean(10, 0));
        assertRejected(
                "kinds must not include measurements when a true rate is set: [Measurement]",
                () -> CustDevArbitraries.evidenceFor(RATE).withTrueRate(0.3).ofKinds(Measurement.class));
        assertRejected(
                "kinds must be measurements when a true distribution is set: [Statement, Measurement]",
                () -> CustDevArbitraries.evidenceFor(MEAN)
                        .withTrueDistribution(NormalDistribution.of(0, 1))
                        .ofKinds(Measurement.class, Statement.class));
    }

    @Example
    void kindsAndStrengthsMustLeaveSomethingToGenerate() {
        assertRejected(
                "strength must leave a kind of evidence that can be as strong (kinds [Statement]): PAID",
                () -> CustDevArbitraries.evidenceFor(RATE)
                        .ofKinds(Statement.class)
                        .atLeast(Strength.PAID));
        assertRejected(
                "kinds must all be possible at strength PAID or stronger: [Statement]",
                () -> CustDevArbitraries.evidenceFor(RATE)
                        .atLeast(Strength.PAID)
                        .ofKinds(Statement.class));
        assertRejected(
                "kinds must name at least one: []",
                () -> CustDevArbitraries.evidenceFor(RATE).ofKinds());
    }

    @Example
    void sizesAreRanges() {
        assertRejected(
                "maxSize must be >= minSize (3): 1",
                () -> CustDevArbitraries.logs().ofSize(3, 1));
        assertRejected(
                "minSize must be >= 0: -1",
                () -> CustDevArbitraries.scoringCases().ofSize(-1, 1));
        assertRejected(
                "minTrials must be >= 1: 0",
                () -> CustDevArbitraries.evidenceFor(RATE).withTrials(0, 4));
    }

    @Example
    void logsNeedHypothesesWithUniqueIds() {
        assertRejected(
                "hypotheses must have unique ids: problem",
                () -> CustDevArbitraries.logs().over(RATE, RATE));
        assertRejected(
                "hypotheses must name at least one: []",
                () -> CustDevArbitraries.logs().over());
        assertRejected(
                "metrics must name at least one: []",
                () -> CustDevArbitraries.hypotheses().withMetric());
    }

    @Example
    void nullIsRejectedByName() {
        assertRejected("hypothesis is null", () -> CustDevArbitraries.evidenceFor(null));
        assertRejected(
                "phases[0] is null", () -> CustDevArbitraries.hypotheses().inPhase((Phase) null));
        assertRejected("metrics[1] is null", () -> CustDevArbitraries.criteria(Metric.MEAN, null));
    }

    private static void assertRejected(String message, Executable configuration) {
        InvalidValueException e = assertThrows(InvalidValueException.class, configuration);
        assertEquals(message, e.getMessage());
    }
}
