package io.github.custdev.simulation.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotType;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.Source;
import io.github.custdev.SpentBudgetPolicies;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.scoring.Scoring;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FoundersTests {

    private static final Instant AT = Simulation.START;
    private static final Market MARKET = Market.defaults();

    /** A venture of the founder's five hypotheses, in Discovery, with the given behaviours recorded. */
    private static Venture venture(FounderStrategy founder, Evidence... evidence) {
        Venture venture = Venture.found(
                VentureEvent.Founded.of("v", Runway.money(java.math.BigDecimal.valueOf(1000), "USD"), 3, AT));
        for (BusinessModelArea area : Market.AREAS) {
            venture = venture.applyOrThrow(VentureEvent.HypothesisStated.of(
                    founder.hypothesis(id(area), area, Market.phaseOf(area), MARKET), AT));
        }
        if (evidence.length > 0) {
            venture = venture.applyOrThrow(
                    VentureEvent.EvidenceRecorded.of(Vector.of(evidence), java.math.BigDecimal.ONE, AT));
        }
        return venture;
    }

    private static HypothesisId id(BusinessModelArea area) {
        return HypothesisId.of(area.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Evidence did(BusinessModelArea area, int successes, int trials) {
        return Behaviour.of(id(area), Source.of("t"), AT, successes, trials);
    }

    @Test
    void theFoundersAreNamedValues() {
        assertEquals(
                Vector.of("scientific", "intuitive", "hype-harder", "premature scaler"),
                Founders.all().map(FounderStrategy::name));
        assertEquals(Founders.all().map(FounderStrategy::name), Founders.all().map(Object::toString));
        assertEquals(Vector.of(3, 5, 3, 3), Founders.all().map(FounderStrategy::pivotLimit));
        assertEquals(
                "scientific (" + Scoring.bayesian().name() + ")",
                Founders.scientific(Scoring.bayesian()).name());
        FounderStrategy sequential = Founders.scientific(Scoring.sequential(0.3, 0.5));
        assertEquals("scientific (" + Scoring.sequential(0.3, 0.5).name() + ")", sequential.name());
        assertEquals(sequential, Founders.scientific(Scoring.sequential(0.3, 0.5)));
        assertEquals(
                sequential.hashCode(),
                Founders.scientific(Scoring.sequential(0.3, 0.5)).hashCode());
        assertNotEquals(sequential, Founders.scientific());
        assertNotEquals(Founders.scientific(), Founders.prematureScaler());
        assertFalse(Founders.scientific().equals(null));
        assertEquals(
                "strategy is null",
                assertThrows(InvalidValueException.class, () -> Founders.scientific(null))
                        .getMessage());
    }

    @Test
    void theInterviewerTestsEveryOpenHypothesisOneCustomerAtATime() {
        FounderStrategy interviewer = Founders.interviewer(Scoring.bayesian(), 12);
        assertEquals("interviewer (bayesian, n >= 12)", interviewer.name());
        assertEquals(3, interviewer.pivotLimit());
        assertEquals(
                SuccessCriterion.proportionAtLeast(0.5, 12).withMinimumStrength(Strength.SAID),
                interviewer
                        .hypothesis(
                                id(BusinessModelArea.PROBLEM),
                                BusinessModelArea.PROBLEM,
                                Phase.CUSTOMER_DISCOVERY,
                                MARKET)
                        .criterion());
        assertEquals(
                EvidenceBudget.experiments(1000),
                interviewer.gate(Phase.CUSTOMER_DISCOVERY).budget());
        assertEquals(
                Vector.of(
                                BusinessModelArea.PROBLEM,
                                BusinessModelArea.CUSTOMER_SEGMENT,
                                BusinessModelArea.VALUE_PROPOSITION)
                        .map(a -> new FounderStrategy.Test(id(a), Probe.Kind.INTERVIEW, 1)),
                interviewer.tests(venture(interviewer), MARKET, Option.none()));
        assertEquals(
                "strategy is null",
                assertThrows(InvalidValueException.class, () -> Founders.interviewer(null, 1))
                        .getMessage());
        assertEquals(
                "minimumSample must be positive: 0",
                assertThrows(InvalidValueException.class, () -> Founders.interviewer(Scoring.bayesian(), 0))
                        .getMessage());
    }

    @Test
    void eachFounderRegistersItsCriterionAndBeliefBeforeTheEvidence() {
        Hypothesis scientific = Founders.scientific()
                .hypothesis(id(BusinessModelArea.PROBLEM), BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY, MARKET);
        assertEquals(
                SuccessCriterion.proportionAtLeast(0.5, 40).withMinimumStrength(Strength.DID), scientific.criterion());
        assertTrue(scientific.prior().isEmpty());
        assertEquals(5, scientific.importance());
        assertEquals("at least 0.5 of customers: problem", scientific.statement());
        Hypothesis intuitive = Founders.intuitive()
                .hypothesis(
                        id(BusinessModelArea.REVENUE),
                        BusinessModelArea.REVENUE,
                        Phase.CUSTOMER_VALIDATION,
                        MARKET.withIdeas(MARKET.ideas().withViableRate(0.4)));
        assertEquals(
                SuccessCriterion.proportionAtLeast(0.4, 5).withMinimumStrength(Strength.SAID), intuitive.criterion());
        assertEquals(BetaPrior.of(6, 2), intuitive.prior().get());
        assertEquals(Phase.CUSTOMER_VALIDATION, intuitive.phase());
        assertEquals(Vector.of(3.0, 5.0, 2.0, 1.0, 4.0), Market.AREAS.map(Searcher::importance));
    }

    @Test
    void theGatesAskEveryHypothesisOfThePhaseWithinTheBudget() {
        PhaseGate discovery = Founders.scientific().gate(Phase.CUSTOMER_DISCOVERY);
        assertEquals(
                Vector.of(
                                BusinessModelArea.CUSTOMER_SEGMENT,
                                BusinessModelArea.PROBLEM,
                                BusinessModelArea.VALUE_PROPOSITION)
                        .map(a -> GateCriterion.area(a, Scoring.bayesian())),
                discovery.mustMeet());
        assertEquals(EvidenceBudget.experiments(30), discovery.budget());
        assertEquals(SpentBudgetPolicies.treatAsRefuted(), discovery.whenBudgetSpent());
        assertEquals(
                Vector.of(BusinessModelArea.CHANNEL, BusinessModelArea.REVENUE)
                        .map(a -> GateCriterion.area(a, Scoring.bayesian())),
                Founders.intuitive().gate(Phase.CUSTOMER_VALIDATION).mustMeet());
        assertEquals(
                PhaseGate.DEFAULT_BUDGET,
                Founders.intuitive().gate(Phase.CUSTOMER_VALIDATION).budget());
        assertEquals(
                "phase must be CUSTOMER_DISCOVERY or CUSTOMER_VALIDATION (the search): CUSTOMER_CREATION",
                assertThrows(
                                InvalidValueException.class,
                                () -> Founders.scientific().gate(Phase.CUSTOMER_CREATION))
                        .getMessage());
    }

    @Test
    void theScientificFounderTestsEveryOpenHypothesisRiskiestFirst() {
        FounderStrategy scientific = Founders.scientific();
        // no evidence: by importance, problem (5), segment (3), value (2)
        assertEquals(
                Vector.of(
                                BusinessModelArea.PROBLEM,
                                BusinessModelArea.CUSTOMER_SEGMENT,
                                BusinessModelArea.VALUE_PROPOSITION)
                        .map(a -> new FounderStrategy.Test(id(a), Probe.Kind.SMOKE_TEST, 1)),
                scientific.tests(venture(scientific), MARKET, Option.none()));
        // the problem decided (36 of 40), the segment doubtful (18 of 40): the segment, then the value
        Venture venture = venture(
                scientific, did(BusinessModelArea.PROBLEM, 36, 40), did(BusinessModelArea.CUSTOMER_SEGMENT, 19, 40));
        assertEquals(
                Vector.of(BusinessModelArea.CUSTOMER_SEGMENT, BusinessModelArea.VALUE_PROPOSITION)
                        .map(a -> new FounderStrategy.Test(id(a), Probe.Kind.SMOKE_TEST, 1)),
                scientific.tests(venture, MARKET, Option.none()));
        // a value proposition more promising than the segment is tested after it though less important... and a
        // weakly supported one first: importance times the chance that it fails
        Venture doubtful = venture(
                scientific,
                did(BusinessModelArea.CUSTOMER_SEGMENT, 23, 40),
                did(BusinessModelArea.VALUE_PROPOSITION, 17, 40));
        assertEquals(
                Vector.of(
                        BusinessModelArea.PROBLEM,
                        BusinessModelArea.VALUE_PROPOSITION,
                        BusinessModelArea.CUSTOMER_SEGMENT),
                scientific
                        .tests(doubtful, MARKET, Option.none())
                        .map(t -> BusinessModelArea.valueOf(
                                t.hypothesisId().value().toUpperCase(java.util.Locale.ROOT))));
    }

    @Test
    void aFounderJudgesByItsGatesReadingInsteadOfAssessingTheSameEvidenceAgain() {
        FounderStrategy scientific = Founders.scientific();
        Venture doubtful = venture(
                scientific,
                did(BusinessModelArea.CUSTOMER_SEGMENT, 23, 40),
                did(BusinessModelArea.VALUE_PROPOSITION, 17, 40));
        GateDecision reading = scientific.gate(Phase.CUSTOMER_DISCOVERY).evaluate(doubtful, AT);
        // the reading of the venture as it stands gives the tests its own assessments give
        assertEquals(
                scientific.tests(doubtful, MARKET, Option.none()),
                scientific.tests(doubtful, MARKET, Option.some(reading)));
        // and it is what the founder judges by: a reading in which the problem is decided (36 of 40) takes the
        // problem off a fresh venture's tests, where assessing the fresh venture would test it first
        GateDecision problemDecided = scientific
                .gate(Phase.CUSTOMER_DISCOVERY)
                .evaluate(venture(scientific, did(BusinessModelArea.PROBLEM, 36, 40)), AT);
        Venture fresh = venture(scientific);
        assertEquals(
                Vector.of(BusinessModelArea.CUSTOMER_SEGMENT, BusinessModelArea.VALUE_PROPOSITION)
                        .map(a -> new FounderStrategy.Test(id(a), Probe.Kind.SMOKE_TEST, 1)),
                scientific.tests(fresh, MARKET, Option.some(problemDecided)));
        // a reading by another strategy's gate (the intuitive founder's) is not the founder's to take
        FounderStrategy intuitive = Founders.intuitive();
        GateDecision byAnother = intuitive
                .gate(Phase.CUSTOMER_DISCOVERY)
                .evaluate(venture(intuitive, did(BusinessModelArea.PROBLEM, 36, 40)), AT);
        assertEquals(
                scientific.tests(fresh, MARKET, Option.none()),
                scientific.tests(fresh, MARKET, Option.some(byAnother)));
    }

    @Test
    void aMissingReadingIsRefusedByName() {
        FounderStrategy scientific = Founders.scientific();
        Venture fresh = venture(scientific);
        assertEquals(
                "reading is null",
                assertThrows(InvalidValueException.class, () -> scientific.tests(fresh, MARKET, null))
                        .getMessage());
    }

    @Test
    void theIntuitiveFounderInterviewsAboutOneHypothesisAtATimeInTheOrderStated() {
        FounderStrategy intuitive = Founders.intuitive();
        assertEquals(
                Vector.of(new FounderStrategy.Test(id(BusinessModelArea.CUSTOMER_SEGMENT), Probe.Kind.INTERVIEW, 5)),
                intuitive.tests(venture(intuitive), MARKET, Option.none()));
    }

    @Test
    void whenEveryHypothesisIsDecidedTheFirstOfThePhaseIsTestedAgain() {
        FounderStrategy scientific = Founders.scientific();
        Venture decided = venture(
                scientific,
                did(BusinessModelArea.CUSTOMER_SEGMENT, 39, 40),
                did(BusinessModelArea.PROBLEM, 39, 40),
                did(BusinessModelArea.VALUE_PROPOSITION, 1, 40));
        assertEquals(
                Vector.of(new FounderStrategy.Test(id(BusinessModelArea.CUSTOMER_SEGMENT), Probe.Kind.SMOKE_TEST, 1)),
                scientific.tests(decided, MARKET, Option.none()));
    }

    @Test
    void obedientFoundersDoWhatTheGateDecides() {
        FounderStrategy scientific = Founders.scientific();
        Venture proceeding = venture(
                scientific,
                did(BusinessModelArea.CUSTOMER_SEGMENT, 39, 40),
                did(BusinessModelArea.PROBLEM, 39, 40),
                did(BusinessModelArea.VALUE_PROPOSITION, 39, 40));
        GateDecision proceed = scientific.gate(Phase.CUSTOMER_DISCOVERY).evaluate(proceeding, AT);
        assertInstanceOf(GateDecision.Proceed.class, proceed);
        assertEquals(new FounderStrategy.Move.Advance(), scientific.respond(proceed, proceeding));
        Venture refuted = venture(scientific, did(BusinessModelArea.PROBLEM, 2, 40));
        GateDecision pivot = scientific.gate(Phase.CUSTOMER_DISCOVERY).evaluate(refuted, AT);
        assertEquals(new FounderStrategy.Move.Pivot(PivotType.CUSTOMER_NEED), scientific.respond(pivot, refuted));
        assertEquals(
                new FounderStrategy.Move.Pivot(PivotType.CUSTOMER_NEED),
                Founders.intuitive().respond(pivot, refuted));
        Venture open = venture(scientific);
        GateDecision persevere = scientific.gate(Phase.CUSTOMER_DISCOVERY).evaluate(open, AT);
        assertEquals(new FounderStrategy.Move.Continue(), scientific.respond(persevere, open));
        Venture noPivots = Venture.found(VentureEvent.Founded.of("v", Runway.experiments(10), 0, AT))
                .applyAllOrThrow(refuted.history().drop(1));
        GateDecision kill = scientific.gate(Phase.CUSTOMER_DISCOVERY).evaluate(noPivots, AT);
        assertInstanceOf(GateDecision.Kill.class, kill);
        FounderStrategy.Move stop = scientific.respond(kill, noPivots);
        assertEquals(
                "killed at the gate of CUSTOMER_DISCOVERY: " + kill.summary(),
                ((FounderStrategy.Move.Stop) stop).reason());
        // the hype-harder founder carries on where the others pivot or stop, and proceeds as they do
        assertEquals(new FounderStrategy.Move.Continue(), Founders.hypeHarder().respond(pivot, refuted));
        assertEquals(new FounderStrategy.Move.Continue(), Founders.hypeHarder().respond(kill, noPivots));
        assertEquals(new FounderStrategy.Move.Advance(), Founders.hypeHarder().respond(proceed, proceeding));
    }

    @Test
    void theHypeHarderFounderAnswersWeakTractionWithSpending() {
        FounderStrategy hype = Founders.hypeHarder();
        Venture fresh = venture(hype);
        assertEquals(Vector.empty(), hype.hires(fresh));
        assertEquals(
                Vector.of(1, 1, 1), hype.tests(fresh, MARKET, Option.none()).map(FounderStrategy.Test::units));
        // 19 of 40 is short of 0.5: it hires marketing and buys 1 + experiments of the phase (1) tests
        Venture weak = venture(hype, did(BusinessModelArea.PROBLEM, 19, 40));
        assertEquals(Vector.of(Role.VP_MARKETING), hype.hires(weak));
        Seq<FounderStrategy.Test> tests = hype.tests(weak, MARKET, Option.none());
        assertEquals(
                2,
                tests.find(t -> t.hypothesisId().equals(id(BusinessModelArea.PROBLEM)))
                        .get()
                        .units());
        assertEquals(
                1,
                tests.find(t -> t.hypothesisId().equals(id(BusinessModelArea.CUSTOMER_SEGMENT)))
                        .get()
                        .units());
        // 20 of 40 is not short
        assertEquals(Vector.empty(), hype.hires(venture(hype, did(BusinessModelArea.PROBLEM, 20, 40))));
        Venture hired = weak.applyOrThrow(VentureEvent.RoleHired.of(Role.VP_MARKETING, AT));
        assertEquals(Vector.empty(), hype.hires(hired));
        // the spending grows with the experiments of the phase, up to 8 units
        Venture later = weak;
        for (int i = 0; i < 12; i++) {
            // experiments on another hypothesis: the problem stays open at 19 of 40
            later = later.applyOrThrow(VentureEvent.EvidenceRecorded.of(
                    Vector.of(did(BusinessModelArea.VALUE_PROPOSITION, 1, 2)), java.math.BigDecimal.ONE, AT));
            long expected = Math.min(8, 2 + i + 1);
            Venture now = later;
            assertEquals(
                    expected,
                    hype.tests(now, MARKET, Option.none())
                            .find(t -> t.hypothesisId().equals(id(BusinessModelArea.PROBLEM)))
                            .get()
                            .units());
        }
    }

    @Test
    void thePrematureScalerHiresSalesAtOnceAndMarketingOnceDiscoveryPasses() {
        FounderStrategy scaler = Founders.prematureScaler();
        Venture discovery = venture(
                scaler,
                did(BusinessModelArea.CUSTOMER_SEGMENT, 39, 40),
                did(BusinessModelArea.PROBLEM, 39, 40),
                did(BusinessModelArea.VALUE_PROPOSITION, 39, 40));
        assertEquals(Vector.of(Role.VP_SALES, Role.SALES_REPRESENTATIVE), scaler.hires(discovery));
        Venture staffed = discovery
                .applyOrThrow(VentureEvent.RoleHired.of(Role.VP_SALES, AT))
                .applyOrThrow(VentureEvent.RoleHired.of(Role.SALES_REPRESENTATIVE, AT));
        assertEquals(Vector.empty(), scaler.hires(staffed));
        Venture validation = staffed.applyOrThrow(VentureEvent.GateEvaluated.of(
                        scaler.gate(Phase.CUSTOMER_DISCOVERY).evaluate(staffed, AT)))
                .applyOrThrow(VentureEvent.PhaseAdvanced.of(AT));
        assertEquals(Vector.of(Role.VP_MARKETING), scaler.hires(validation));
        assertEquals(
                Vector.empty(),
                scaler.hires(validation.applyOrThrow(VentureEvent.RoleHired.of(Role.VP_MARKETING, AT))));
        assertEquals(Vector.empty(), Founders.scientific().hires(validation));
        assertEquals(Vector.empty(), Founders.intuitive().hires(validation));
        assertEquals(
                Vector.of(
                        new FounderStrategy.Test(id(BusinessModelArea.REVENUE), Probe.Kind.PRE_SALE, 1),
                        new FounderStrategy.Test(id(BusinessModelArea.CHANNEL), Probe.Kind.SMOKE_TEST, 1)),
                scaler.tests(validation, MARKET, Option.none()));
    }
}
