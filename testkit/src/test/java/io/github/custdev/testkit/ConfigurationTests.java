package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.Rejection;
import io.github.custdev.Runway;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.testkit.internal.Generators;
import java.util.List;
import net.jqwik.api.Arbitrary;
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
                "hypothesis.criterion.metric must be PROPORTION, COUNT or VERY_DISAPPOINTED for a true rate (hypothesis price): MEAN",
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

    @Example
    void eventSequencesMustBePossible() {
        assertRejected(
                "maxLength must be >= minLength (5): 2",
                () -> CustDevArbitraries.eventSequences().ofLength(5, 2));
        assertRejected(
                "maxLength must be >= 1: a history begins with its founding: 0",
                () -> CustDevArbitraries.eventSequences().ofLength(0, 0));
        assertRejected(
                "kinds must include HypothesisStated, RoleHired or AudienceChosen, one of which always fits:"
                        + " [EvidenceRecorded, PhaseAdvanced]",
                () -> CustDevArbitraries.eventSequences()
                        .ofKinds(VentureEvent.EvidenceRecorded.class, VentureEvent.PhaseAdvanced.class));
        assertRejected(
                "kinds must name kinds of events that follow a founding: \"Founded\"",
                () -> CustDevArbitraries.eventSequences().ofKinds(VentureEvent.Founded.class));
        assertRejected(
                "kinds must include RoleHired to hire an executor while searching: [HypothesisStated]",
                () -> CustDevArbitraries.eventSequences()
                        .ofKinds(VentureEvent.HypothesisStated.class)
                        .withPrematureScaling());
        assertRejected(
                "maxLength must leave room for the premature hire (at least 2): 1",
                () -> CustDevArbitraries.eventSequences().withPrematureScaling().ofLength(1, 1));
        Venture closed = Venture.replay(List.of(
                        VentureEvent.Founded.of("Closed", Runway.experiments(1), 0, Generators.START),
                        VentureEvent.Closed.of("done", Generators.START)))
                .get();
        assertRejected(
                "venture must not be closed: no event fits a closed venture: Closed{at=2026-01-05T09:00:00Z,"
                        + " reason=done}",
                () -> CustDevArbitraries.eventSequences().continuing(closed));
    }

    @Example
    void invalidSequencesMustBreakSomething() {
        assertRejected(
                "rules must name at least one: []",
                () -> CustDevArbitraries.invalidEventSequences().breaking());
        assertRejected(
                "minInvalid must be >= 1: 0",
                () -> CustDevArbitraries.invalidEventSequences().withInvalidCount(0, 2));
        Venture open = Venture.found(VentureEvent.Founded.of("Open", Runway.experiments(1), 0, Generators.START));
        assertRejected(
                "rules must name a rule a continuation can break, not only NOT_FOUNDED: [NOT_FOUNDED]",
                () -> CustDevArbitraries.eventSequences()
                        .continuing(open)
                        .withInvalidEvents()
                        .breaking(Rejection.Rule.NOT_FOUNDED));
    }

    @Example
    void audiencesAndGateCasesMustBePossible() {
        assertRejected(
                "within must be in [0, 1): 1.0",
                () -> CustDevArbitraries.audiences().aroundBreakEven(1.0));
        assertRejected(
                "kinds must not be only PERSEVERE with the budget spent: a spent budget never perseveres: [PERSEVERE]",
                () -> CustDevArbitraries.gateCases()
                        .deciding(GateDecision.Kind.PERSEVERE)
                        .withBudgetSpent());
        assertRejected(
                "kinds must name at least one: []",
                () -> CustDevArbitraries.gateCases().deciding());
    }

    @Example
    void aGateOfAnotherPhaseIsRejectedWhenUsed() {
        Arbitrary<List<VentureEvent>> wrong = CustDevArbitraries.eventSequences()
                .ofKinds(VentureEvent.GateEvaluated.class, VentureEvent.RoleHired.class)
                .ofLength(20, 20)
                .judgedBy(phase -> PhaseGate.defaultFor(Phase.COMPANY_BUILDING));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> GeneratorProperties.sample(wrong, 1));
        assertEquals(
                "gates must give a gate of the phase asked (CUSTOMER_DISCOVERY): COMPANY_BUILDING", e.getMessage());
    }

    private static void assertRejected(String message, Executable configuration) {
        InvalidValueException e = assertThrows(InvalidValueException.class, configuration);
        assertEquals(message, e.getMessage());
    }
}
