package io.github.custdev.simulation.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PivotType;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.simulation.Execution;
import io.github.custdev.simulation.Grid;
import io.github.custdev.simulation.Results;
import io.github.custdev.simulation.Sweep;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ArmSummaryTests {

    private static void invalid(String message, Executable call) {
        assertEquals(message, assertThrows(InvalidValueException.class, call).getMessage());
    }

    private static VentureOutcome outcome(
            VentureOutcome.Ending ending, int pivots, double revenue, int falseProceeds, int falsePivots) {
        return new VentureOutcome(
                "f",
                ending,
                10,
                Vector.of(new VentureOutcome.Milestone(Phase.CUSTOMER_VALIDATION, 4, 50)),
                Vector.fill(pivots, PivotType.CHANNEL),
                30,
                10,
                120,
                revenue,
                0.01,
                0.02,
                falsePivots,
                falseProceeds,
                false);
    }

    private static final Seq<VentureOutcome> FOUR = Vector.of(
            outcome(VentureOutcome.Ending.LAUNCHED, 0, 500, 1, 0),
            outcome(VentureOutcome.Ending.STOPPED, 1, 0, 0, 1),
            outcome(VentureOutcome.Ending.OUT_OF_CASH, 2, 0, 0, 2),
            outcome(VentureOutcome.Ending.SEARCHING, 5, 0, 0, 1));

    @Test
    void theFiguresOfAnArm() {
        ArmSummary arm = ArmSummary.of("arm", FOUR);
        assertEquals("arm", arm.founder());
        assertEquals(4, arm.ventures());
        assertEquals(FOUR, arm.outcomes());
        assertEquals(0.25, arm.launched());
        assertEquals(0.25, arm.terminated());
        assertEquals(0.25, arm.outOfCash());
        assertEquals(0.25, arm.pivoted(0, 0));
        assertEquals(0.5, arm.pivoted(1, 2));
        assertEquals(0.25, arm.pivoted(3, Integer.MAX_VALUE));
        assertEquals(1.0, arm.pivoted(0, 5));
        assertEquals(125, arm.revenue().mean());
        assertEquals(500, arm.revenue().max());
        assertEquals(0.25, arm.reaching(500));
        assertEquals(0, arm.reaching(500.5));
        assertEquals(0.25, arm.falseProceeds());
        assertEquals(1.0, arm.falsePivots());
        assertEquals(Math.sqrt(0.25 * 0.75 / 4), arm.standardError(0.25));
        assertEquals(0, arm.standardError(1));
        assertEquals(2, arm.summary(o -> o.pivots().size()).mean());
        assertEquals("ArmSummary[arm, 4 ventures]", arm.toString());
    }

    @Test
    void theTableHasOneRowPerArmInFixedNotation() {
        String table = ArmSummary.table(Vector.of(ArmSummary.of("a", FOUR), ArmSummary.of("b", FOUR.take(1))));
        assertEquals(
                "| founder | ventures | launched | terminated | out of cash | 0 pivots | 1-2 pivots | 3+ pivots | revenue mean"
                        + " | revenue p75 | revenue p95 | false proceeds | false pivots |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                        + "| a | 4 | 25.0% | 25.0% | 25.0% | 25.0% | 50.0% | 25.0% | 125.0 | 125.0 | 425.0 | 0.25 | 1.00 |\n"
                        + "| b | 1 | 100.0% | 0.0% | 0.0% | 100.0% | 0.0% | 0.0% | 500.0 | 500.0 | 500.0 | 1.00 | 0.00 |\n",
                table);
    }

    @Test
    void badArgumentsAreRefused() {
        invalid("label is null", () -> ArmSummary.of(null, FOUR));
        invalid("label must not be blank: \" \"", () -> ArmSummary.of(" ", FOUR));
        invalid("outcomes is null", () -> ArmSummary.of("a", null));
        invalid("outcomes must not be empty: \"[]\"", () -> ArmSummary.of("a", Vector.empty()));
        invalid("outcomes[1] is null", () -> ArmSummary.of("a", Arrays.asList(FOUR.head(), null)));
        ArmSummary arm = ArmSummary.of("a", FOUR);
        invalid("condition is null", () -> arm.share(null));
        invalid("share must be in [0, 1]: 1.5", () -> arm.standardError(1.5));
        invalid("value is null", () -> arm.summary(null));
        invalid("fewest must not be negative: -1", () -> arm.pivoted(-1, 2));
        invalid("most must be at least fewest (2): 1", () -> arm.pivoted(2, 1));
        invalid("threshold must be finite and > 0: 0.0", () -> arm.reaching(0));
        invalid("arms is null", () -> ArmSummary.table(null));
        invalid("arms[1] is null", () -> ArmSummary.table(Arrays.asList(arm, null)));
        invalid("results is null", () -> ArmSummary.of(null));
    }

    @Test
    void theArmsOfASweepAreItsPointsLabelledByFounder() {
        Scenario scientific = Scenario.of(Founders.scientific()).withHorizon(5);
        Scenario intuitive = Scenario.of(Founders.intuitive()).withHorizon(5);
        Results<Scenario, VentureOutcome> results =
                Sweep.of(Scenario::run, Grid.of(scientific, intuitive), 3, 1L).execute(Execution.sequential());
        Seq<ArmSummary> arms = ArmSummary.of(results);
        assertEquals(Vector.of("scientific", "intuitive"), arms.map(ArmSummary::founder));
        assertEquals(Vector.of(3, 3), arms.map(ArmSummary::ventures));
        assertEquals(
                results.records().filter(r -> r.run().point() == 1).map(r -> r.result()),
                arms.get(1).outcomes());
        Results<Scenario, VentureOutcome> twice = Sweep.of(
                        Scenario::run, Grid.of(scientific, intuitive, scientific.withCapital(100)), 2, 1L)
                .execute(Execution.sequential());
        assertEquals(
                Vector.of("scientific #0", "intuitive", "scientific #2"),
                ArmSummary.of(twice).map(ArmSummary::founder));
        // a part of a sweep: the points without records are left out
        Results<Scenario, VentureOutcome> part =
                Sweep.of(Scenario::run, Grid.of(scientific, intuitive), 3, 1L).execute(3, 6, Execution.sequential());
        assertEquals(Vector.of("intuitive"), ArmSummary.of(part).map(ArmSummary::founder));
    }

    @Test
    void theStudiesAreSweepsOfTheirArmsWithCommonRandomNumbers() {
        Sweep<Scenario, VentureOutcome> camuffo = Studies.camuffo(7, 2020L);
        assertEquals(
                Vector.of(Scenario.of(Founders.scientific()), Scenario.of(Founders.intuitive())),
                camuffo.grid().points());
        assertEquals(7, camuffo.replications());
        assertEquals(2020L, camuffo.masterSeed());
        assertTrue(camuffo.hasCommonRandomNumbers());
        assertEquals(camuffo.run(0, 3).seed(), camuffo.run(1, 3).seed());
        assertEquals(759, Studies.CAMUFFO_FIRMS);
        Sweep<Scenario, VentureOutcome> scaling = Studies.prematureScaling(5, 2011L);
        assertEquals(
                Vector.of(Scenario.of(Founders.scientific()), Scenario.of(Founders.prematureScaler())),
                scaling.grid().points());
        assertTrue(scaling.hasCommonRandomNumbers());
        Market other = Market.defaults().withIdeas(Market.defaults().ideas().withInteractions(0));
        Sweep<Scenario, VentureOutcome> grid = Studies.sensitivity(
                Vector.of(Founders.scientific(), Founders.hypeHarder()), Vector.of(Market.defaults(), other), 4, 9L);
        assertEquals(
                Vector.of(
                        Scenario.of(Founders.scientific()),
                        Scenario.of(Founders.hypeHarder()),
                        Scenario.of(Founders.scientific()).withMarket(other),
                        Scenario.of(Founders.hypeHarder()).withMarket(other)),
                grid.grid().points());
        invalid(
                "founders must not be empty: \"[]\"",
                () -> Studies.sensitivity(Vector.empty(), Vector.of(other), 1, 1L));
        invalid(
                "markets must not be empty: \"[]\"",
                () -> Studies.sensitivity(Vector.of(Founders.scientific()), Vector.empty(), 1, 1L));
        invalid("founders is null", () -> Studies.sensitivity(null, Vector.of(other), 1, 1L));
        invalid("markets is null", () -> Studies.sensitivity(Vector.of(Founders.scientific()), null, 1, 1L));
        invalid("ventures must be positive: 0", () -> Studies.camuffo(0, 1L));
        invalid("ventures must be positive: 0", () -> Studies.sequentialEvidence(0, 1L));
        Sweep<Scenario, VentureOutcome> evidence = Studies.sequentialEvidence(3, 1945L);
        assertEquals(
                Vector.of(
                        Founders.interviewer(Scoring.sequential(0.35, 0.65, 0.05, 0.05), 1),
                        Founders.interviewer(Scoring.fixedSample().withLevel(1e-4), 28)),
                evidence.grid().points().map(Scenario::founder));
        for (Scenario arm : evidence.grid()) {
            assertEquals(0, arm.market().interview().overstatement());
            assertEquals(Market.defaults().withProbe(Probe.interview(0.5, 0)), arm.market());
            assertEquals(100_000, arm.capital());
            assertEquals(2_000, arm.horizon());
        }
        assertTrue(evidence.hasCommonRandomNumbers());
    }

    @Test
    void scenariosAreCheckedAndCopied() {
        Scenario scenario = Scenario.of(Founders.scientific());
        assertEquals(new Scenario(Founders.scientific(), Market.defaults(), 400, 104), scenario);
        assertEquals(
                Founders.intuitive(), scenario.withFounder(Founders.intuitive()).founder());
        assertEquals(50, scenario.withCapital(50).capital());
        assertEquals(7, scenario.withHorizon(7).horizon());
        invalid("scenario.founder is null", () -> Scenario.of(null));
        invalid("scenario.market is null", () -> scenario.withMarket(null));
        invalid("scenario.capital must be finite and > 0: 0.0", () -> scenario.withCapital(0));
        invalid("scenario.capital must be finite and > 0: NaN", () -> scenario.withCapital(Double.NaN));
        invalid("scenario.horizon must be positive: 0", () -> scenario.withHorizon(0));
    }

    @Test
    void outcomesAreChecked() {
        VentureOutcome one = FOUR.head();
        assertEquals(Phase.CUSTOMER_VALIDATION, one.phaseReached());
        assertEquals(4, one.milestone(Phase.CUSTOMER_VALIDATION).get().period());
        assertTrue(one.milestone(Phase.CUSTOMER_CREATION).isEmpty());
        invalid("phase is null", () -> one.milestone(null));
        assertEquals(
                Phase.CUSTOMER_DISCOVERY,
                new VentureOutcome(
                                "f",
                                VentureOutcome.Ending.STOPPED,
                                1,
                                Vector.empty(),
                                Vector.empty(),
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                false)
                        .phaseReached());
        invalid(
                "outcome.revenue must be finite and >= 0: -1.0",
                () -> new VentureOutcome(
                        "f",
                        VentureOutcome.Ending.STOPPED,
                        1,
                        Vector.empty(),
                        Vector.empty(),
                        0,
                        0,
                        0,
                        -1,
                        0,
                        0,
                        0,
                        0,
                        false));
        invalid(
                "outcome.startAcceptance must be in [0, 1]: 2.0",
                () -> new VentureOutcome(
                        "f",
                        VentureOutcome.Ending.STOPPED,
                        1,
                        Vector.empty(),
                        Vector.empty(),
                        0,
                        0,
                        0,
                        0,
                        2,
                        0,
                        0,
                        0,
                        false));
        invalid(
                "outcome.periods must not be negative: -1",
                () -> new VentureOutcome(
                        "f",
                        VentureOutcome.Ending.STOPPED,
                        -1,
                        Vector.empty(),
                        Vector.empty(),
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        false));
        invalid(
                "outcome.founder is null",
                () -> new VentureOutcome(
                        null,
                        VentureOutcome.Ending.STOPPED,
                        1,
                        Vector.empty(),
                        Vector.empty(),
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        false));
        invalid(
                "milestone.period must not be negative: -1",
                () -> new VentureOutcome.Milestone(Phase.CUSTOMER_VALIDATION, -1, 0));
        invalid(
                "milestone.cashSpent must be finite and >= 0: NaN",
                () -> new VentureOutcome.Milestone(Phase.CUSTOMER_VALIDATION, 1, Double.NaN));
    }

    @Test
    void theFixedSampleGivesErrorRatesOfAtMostFivePercentAtBothRates() {
        // Commons Statistics' normal quantile, independently of the constant: n = ((z sqrt(p0 q0) + z sqrt(p1 q1)) /
        // d)^2
        double z = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .inverseCumulativeProbability(0.95);
        double n = Math.pow((z * Math.sqrt(0.35 * 0.65) + z * Math.sqrt(0.65 * 0.35)) / 0.3, 2);
        assertEquals((long) Math.ceil(n), Studies.FIXED_SAMPLE);
        // and at that n, deciding by the side of 0.5 errs at most 5% at 0.35 (a binomial tail, exactly)
        var binomial = org.apache.commons.statistics.distribution.BinomialDistribution.of(28, 0.35);
        assertTrue(binomial.survivalProbability(14) <= 0.05, "P(more than half say yes at 0.35)");
    }
}
