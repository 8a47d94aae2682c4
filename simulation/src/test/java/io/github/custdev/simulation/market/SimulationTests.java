package io.github.custdev.simulation.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotDecision;
import io.github.custdev.PivotType;
import io.github.custdev.RejectedEventException;
import io.github.custdev.Role;
import io.github.custdev.Strength;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.simulation.nk.Interaction;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SimulationTests {

    /** A founder whose tests, moves and hires a test scripts; it states and judges as the scientific founder. */
    private record Scripted(
            String name,
            int pivotLimit,
            Function<Venture, Seq<FounderStrategy.Test>> plan,
            BiFunction<GateDecision, Venture, FounderStrategy.Move> answer,
            Function<Venture, Seq<Role>> hiring)
            implements FounderStrategy {

        @Override
        public Hypothesis hypothesis(HypothesisId id, BusinessModelArea area, Phase phase, Market market) {
            return Founders.scientific().hypothesis(id, area, phase, market);
        }

        @Override
        public PhaseGate gate(Phase phase) {
            return Founders.scientific().gate(phase);
        }

        @Override
        public Seq<FounderStrategy.Test> tests(Venture venture, Market market, Option<GateDecision> reading) {
            return plan.apply(venture);
        }

        @Override
        public FounderStrategy.Move respond(GateDecision decision, Venture venture) {
            return answer.apply(decision, venture);
        }

        @Override
        public Seq<Role> hires(Venture venture) {
            return hiring.apply(venture);
        }
    }

    private static final HypothesisId SEGMENT = HypothesisId.of("segment");

    private static Scripted testing(HypothesisId id, Probe.Kind probe, int units) {
        return new Scripted(
                "scripted",
                1,
                v -> Vector.of(new FounderStrategy.Test(id, probe, units)),
                (d, v) -> new FounderStrategy.Move.Continue(),
                v -> Vector.empty());
    }

    private static Market market(int k) {
        return Market.defaults().withIdeas(new Market.Ideas(2, k, Interaction.RANDOM, 0.5, 0));
    }

    @Test
    void aRunIsAFunctionOfItsScenarioAndSeed() {
        for (FounderStrategy founder : Founders.all()) {
            Scenario scenario = Scenario.of(founder);
            for (long seed = 0; seed < 20; seed++) {
                assertEquals(scenario.run(seed), scenario.run(seed));
                assertEquals(scenario.venture(seed), scenario.venture(seed));
                assertEquals(
                        scenario.idea(seed).acceptance(), scenario.run(seed).startAcceptance());
            }
        }
    }

    @Test
    void everyOutcomeAgreesWithTheVentureItsRunRecorded() {
        for (FounderStrategy founder : Founders.all()) {
            Scenario scenario = Scenario.of(founder);
            for (long seed = 100; seed < 160; seed++) {
                VentureOutcome outcome = scenario.run(seed);
                Venture venture = scenario.venture(seed);
                String run = founder.name() + " seed " + seed;
                assertEquals(venture, Venture.replay(venture.history()).get(), run + " replays");
                assertEquals(founder.name(), outcome.founder());
                assertEquals(venture.evidence().size(), outcome.evidenceItems(), run);
                assertEquals(venture.experimentCount(), outcome.experiments(), run);
                assertEquals(venture.pivots().map(PivotDecision::type), outcome.pivots(), run);
                assertEquals(venture.isScalingPrematurely(), outcome.prematureScaling(), run);
                double spent =
                        Scenario.DEFAULT_CAPITAL - venture.runway().remaining().doubleValue();
                assertEquals(spent, outcome.cashSpent(), 1e-9, run);
                assertEquals(
                        venture.experimentCount(),
                        venture.history().count(e -> e instanceof VentureEvent.EvidenceRecorded));
                switch (outcome.ending()) {
                    case LAUNCHED -> {
                        assertEquals(Phase.CUSTOMER_CREATION, venture.phase(), run);
                        assertEquals(Phase.CUSTOMER_CREATION, outcome.phaseReached(), run);
                        assertEquals(
                                outcome.periods(),
                                outcome.milestone(Phase.CUSTOMER_CREATION).get().period());
                        assertEquals(
                                scenario.market()
                                        .demand()
                                        .revenue(outcome.endAcceptance(), Scenario.DEFAULT_HORIZON - outcome.periods()),
                                outcome.revenue(),
                                run);
                        assertTrue(outcome.revenue() > 0, run);
                        assertFalse(venture.isClosed(), run);
                    }
                    case STOPPED -> {
                        assertTrue(venture.isClosed(), run);
                        assertFalse(venture.runway().isExhausted(), run);
                        assertTrue(outcome.terminated(), run);
                        assertEquals(0, outcome.revenue());
                    }
                    case OUT_OF_CASH -> {
                        assertTrue(venture.isClosed(), run);
                        assertFalse(outcome.terminated());
                        assertEquals(0, outcome.revenue());
                    }
                    case SEARCHING -> {
                        assertFalse(venture.isClosed(), run);
                        assertEquals(Scenario.DEFAULT_HORIZON, outcome.periods(), run);
                    }
                }
                for (VentureOutcome.Milestone milestone : outcome.milestones()) {
                    assertTrue(milestone.period() <= outcome.periods());
                    assertTrue(milestone.cashSpent() <= outcome.cashSpent() + 1e-9);
                }
                assertEquals(
                        outcome.milestones()
                                .map(VentureOutcome.Milestone::phase)
                                .distinct(),
                        outcome.milestones().map(VentureOutcome.Milestone::phase));
            }
        }
    }

    @Test
    void smokeTestsAndPreSalesDrawWhatCustomersDoAtTheTrueRate() {
        Scenario scenario = new Scenario(testing(SEGMENT, Probe.Kind.SMOKE_TEST, 10), market(0), 100_000, 30);
        for (long seed = 0; seed < 5; seed++) {
            double rate = scenario.idea(seed).rate(BusinessModelArea.CUSTOMER_SEGMENT);
            EvidenceStatistics statistics = scenario.venture(seed).evidence().statistics(SEGMENT);
            assertEquals(30 * 10 * 40, statistics.trials(Strength.DID));
            double share = (double) statistics.successes() / statistics.trials();
            double error = Math.sqrt(rate * (1 - rate) / statistics.trials());
            assertEquals(rate, share, 4.5 * error, "seed " + seed);
        }
        Scenario preSales = new Scenario(testing(SEGMENT, Probe.Kind.PRE_SALE, 2), market(0), 100_000, 10);
        assertEquals(
                10 * 2 * 20, preSales.venture(1).evidence().statistics(SEGMENT).trials(Strength.PAID));
    }

    @Test
    void interviewsOverstateByTheMarketsShare() {
        Scenario scenario = new Scenario(testing(SEGMENT, Probe.Kind.INTERVIEW, 400), market(0), 100_000, 20);
        for (long seed = 0; seed < 5; seed++) {
            double rate = scenario.idea(seed).rate(BusinessModelArea.CUSTOMER_SEGMENT);
            double said = rate + 0.3 * (1 - rate);
            Venture venture = scenario.venture(seed);
            EvidenceStatistics statistics = venture.evidence().statistics(SEGMENT);
            assertEquals(8000, statistics.trials(Strength.SAID));
            assertEquals(8000, venture.evidence().size());
            assertEquals("interview", venture.evidence().get(0).source().id());
            double error = Math.sqrt(said * (1 - said) / 8000);
            assertEquals(said, (double) statistics.successes() / 8000, 4.5 * error, "seed " + seed);
        }
    }

    @Test
    void aPeriodCostsItsProbesAndThePayrollAndRunsOutOfCashWhenTheRunwayCannotPay() {
        // 10 a period for the founders, 2 smoke tests at 3: 16 a period; 40 pays two periods and not a third
        Scenario scenario = new Scenario(testing(SEGMENT, Probe.Kind.SMOKE_TEST, 2), Market.defaults(), 40, 10);
        VentureOutcome outcome = scenario.run(3);
        assertEquals(VentureOutcome.Ending.OUT_OF_CASH, outcome.ending());
        assertEquals(3, outcome.periods());
        assertEquals(32, outcome.cashSpent(), 1e-12);
        Venture venture = scenario.venture(3);
        assertEquals(
                new BigDecimal("8.0"),
                venture.runway().remaining().stripTrailingZeros().setScale(1));
        assertEquals("out of cash", venture.closing().get().reason());
        // with 48 the third period is paid to the last cent
        assertEquals(
                VentureOutcome.Ending.SEARCHING,
                new Scenario(testing(SEGMENT, Probe.Kind.SMOKE_TEST, 2), Market.defaults(), 48, 3)
                        .run(3)
                        .ending());
        // executors cost the market's salary each
        Scripted hiring = new Scripted(
                "hiring",
                1,
                v -> Vector.of(new FounderStrategy.Test(SEGMENT, Probe.Kind.INTERVIEW, 1)),
                (d, v) -> new FounderStrategy.Move.Continue(),
                v -> v.team().isEmpty() ? Vector.of(Role.VP_SALES, Role.ENGINEER) : Vector.empty());
        VentureOutcome hired = new Scenario(hiring, Market.defaults(), 1000, 4).run(1);
        assertEquals(4 * (10 + 8 + 0.5), hired.cashSpent(), 1e-12);
        assertTrue(hired.prematureScaling());
    }

    @Test
    void aPivotMovesToTheOptionTheFounderReadsBestAndReplacesTheHypothesesOfItsAreas() {
        Scripted pivoting = new Scripted(
                "pivoting",
                1,
                v -> Vector.of(new FounderStrategy.Test(
                        v.activeHypotheses()
                                .filter(h -> h.phase() == v.phase())
                                .head()
                                .id(),
                        Probe.Kind.SMOKE_TEST,
                        1)),
                (d, v) -> v.pivotsLeft() > 0
                        ? new FounderStrategy.Move.Pivot(PivotType.CUSTOMER_SEGMENT)
                        : new FounderStrategy.Move.Continue(),
                v -> Vector.empty());
        Seq<BusinessModelArea> areas = Vector.of(BusinessModelArea.CUSTOMER_SEGMENT, BusinessModelArea.PROBLEM);
        for (long seed = 0; seed < 30; seed++) {
            // no read noise: the founder reads the truth and picks the best of the 15 options
            Scenario scenario = new Scenario(pivoting, market(3), 1000, 3);
            Idea start = scenario.idea(seed);
            Idea best =
                    start.reach(areas).maxBy(option -> option.quality(areas)).get();
            VentureOutcome outcome = scenario.run(seed);
            assertEquals(Vector.of(PivotType.CUSTOMER_SEGMENT), outcome.pivots());
            assertEquals(best.acceptance(), outcome.endAcceptance(), 1e-15, "seed " + seed);
            int held = (start.holds(BusinessModelArea.CUSTOMER_SEGMENT) ? 1 : 0)
                    + (start.holds(BusinessModelArea.PROBLEM) ? 1 : 0);
            assertEquals(held, outcome.falsePivots(), "seed " + seed);
            Venture venture = scenario.venture(seed);
            PivotDecision pivot = venture.pivots().single();
            assertEquals(Vector.of(HypothesisId.of("segment"), HypothesisId.of("problem")), pivot.retired());
            assertEquals(
                    Vector.of(HypothesisId.of("segment.v2"), HypothesisId.of("problem.v2")),
                    pivot.replacements().map(Hypothesis::id));
            assertEquals(Phase.CUSTOMER_DISCOVERY, pivot.returnTo());
            // the gate's rationale when the gate called for the pivot, none when the founder pivoted of its own accord
            assertEquals(
                    venture.decisions()
                            .lastOption()
                            .filter(d -> d instanceof GateDecision.Pivot)
                            .map(d -> ((GateDecision.Pivot) d).rationale())
                            .getOrElse(Vector.empty()),
                    pivot.rationale());
        }
    }

    @Test
    void aPivotFromValidationReturnsToTheEarliestPhaseItChangesAndFollowsTheGatesRationale() {
        Scenario scientific = Scenario.of(Founders.scientific());
        int checked = 0;
        for (long seed = 0; seed < 200 && checked < 5; seed++) {
            Venture venture = scientific.venture(seed);
            for (PivotDecision pivot : venture.pivots()) {
                Seq<BusinessModelArea> areas = pivot.type().areas().filter(Market.AREAS::contains);
                Phase earliest = areas.map(Market::phaseOf).min().get();
                assertTrue(pivot.returnTo().compareTo(earliest) <= 0);
                assertFalse(pivot.rationale().isEmpty(), "the scientific founder pivots when its gate says so");
                if (earliest == Phase.CUSTOMER_VALIDATION) {
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "some pivots change only areas of Validation");
    }

    @Test
    void foundersThatAnswerOutsideTheSpecificationFailTheRunNamingThemselves() {
        Function<Seq<FounderStrategy.Test>, Scripted> planning = tests ->
                new Scripted("bad", 1, v -> tests, (d, v) -> new FounderStrategy.Move.Continue(), v -> Vector.empty());
        assertEquals(
                "founder(bad).tests must not be empty: \"[]\"",
                assertThrows(
                                InvalidValueException.class,
                                () -> Scenario.of(planning.apply(Vector.empty()))
                                        .run(1))
                        .getMessage());
        assertEquals(
                "founder(bad).tests[0].hypothesisId must name an active hypothesis of the current phase (CUSTOMER_DISCOVERY): channel",
                assertThrows(
                                InvalidValueException.class,
                                () -> Scenario.of(planning.apply(Vector.of(new FounderStrategy.Test(
                                                HypothesisId.of("channel"), Probe.Kind.SMOKE_TEST, 1))))
                                        .run(1))
                        .getMessage());
        assertEquals(
                "founder(bad).tests[1].hypothesisId must name an active hypothesis of the current phase (CUSTOMER_DISCOVERY): ghost",
                assertThrows(
                                InvalidValueException.class,
                                () -> Scenario.of(planning.apply(Vector.of(
                                                new FounderStrategy.Test(SEGMENT, Probe.Kind.SMOKE_TEST, 1),
                                                new FounderStrategy.Test(
                                                        HypothesisId.of("ghost"), Probe.Kind.SMOKE_TEST, 1))))
                                        .run(1))
                        .getMessage());
        assertEquals(
                "founder(bad).tests[1].hypothesisId must not be tested twice a period: segment",
                assertThrows(
                                InvalidValueException.class,
                                () -> Scenario.of(planning.apply(Vector.of(
                                                new FounderStrategy.Test(SEGMENT, Probe.Kind.SMOKE_TEST, 1),
                                                new FounderStrategy.Test(SEGMENT, Probe.Kind.INTERVIEW, 1))))
                                        .run(1))
                        .getMessage());
        Scripted technology = new Scripted(
                "tech",
                1,
                v -> Vector.of(new FounderStrategy.Test(SEGMENT, Probe.Kind.SMOKE_TEST, 1)),
                (d, v) -> new FounderStrategy.Move.Pivot(PivotType.TECHNOLOGY),
                v -> Vector.empty());
        assertEquals(
                "founder(tech).respond.type must change an area of the business model (CUSTOMER_SEGMENT, PROBLEM, VALUE_PROPOSITION, CHANNEL, REVENUE): TECHNOLOGY",
                assertThrows(
                                InvalidValueException.class,
                                () -> Scenario.of(technology).run(1))
                        .getMessage());
        Scripted eager = new Scripted(
                "eager",
                1,
                v -> Vector.of(new FounderStrategy.Test(SEGMENT, Probe.Kind.SMOKE_TEST, 1)),
                (d, v) -> new FounderStrategy.Move.Advance(),
                v -> Vector.empty());
        RejectedEventException rejected = assertThrows(
                RejectedEventException.class, () -> Scenario.of(eager).run(1));
        assertTrue(
                rejected.getMessage()
                        .contains("the venture advances only when the last gate decision of its phase is Proceed"),
                rejected.getMessage());
    }

    @Test
    void aFounderMustStateTheHypothesisItIsAskedFor() {
        FounderStrategy liar = new FounderStrategy() {
            @Override
            public String name() {
                return "liar";
            }

            @Override
            public int pivotLimit() {
                return 0;
            }

            @Override
            public Hypothesis hypothesis(HypothesisId id, BusinessModelArea area, Phase phase, Market market) {
                return Founders.scientific().hypothesis(HypothesisId.of("other"), area, phase, market);
            }

            @Override
            public PhaseGate gate(Phase phase) {
                return Founders.scientific().gate(phase);
            }

            @Override
            public Seq<FounderStrategy.Test> tests(Venture venture, Market market, Option<GateDecision> reading) {
                return Vector.empty();
            }

            @Override
            public FounderStrategy.Move respond(GateDecision decision, Venture venture) {
                return new FounderStrategy.Move.Continue();
            }

            @Override
            public Seq<Role> hires(Venture venture) {
                return Vector.empty();
            }
        };
        assertEquals(
                "founder(liar).hypothesis must state the hypothesis asked for (segment, CUSTOMER_SEGMENT, CUSTOMER_DISCOVERY): \"other, CUSTOMER_SEGMENT, CUSTOMER_DISCOVERY\"",
                assertThrows(
                                InvalidValueException.class,
                                () -> Scenario.of(liar).run(1))
                        .getMessage());
    }

    @Test
    void aPeriodsPriceIsTheDecimalOfItsCostsShortestText() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261206);
        double[] edges = {0, -0.0, 1, 12.5, 250, 9_999_999, 1e7, 1e7 + 1, 1.5e7, 0.1 + 0.2, 1e-7, 123_456.75};
        for (double cost : edges) {
            assertEquals(java.math.BigDecimal.valueOf(cost), Simulation.price(cost), "cost " + cost);
        }
        for (int i = 0; i < 10_000; i++) {
            double cost = i % 2 == 0 ? Math.rint(random.nextDouble(0, 2e7)) : random.nextDouble(0, 2e7);
            // equals, not compareTo: the same digits and the same scale, so the history's costs read the same
            assertEquals(java.math.BigDecimal.valueOf(cost), Simulation.price(cost), "cost " + cost);
        }
    }
}
