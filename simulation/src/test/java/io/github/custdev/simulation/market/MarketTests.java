package io.github.custdev.simulation.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PivotType;
import io.github.custdev.Strength;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.simulation.nk.Interaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MarketTests {

    private static void invalid(String message, Executable call) {
        assertEquals(message, assertThrows(InvalidValueException.class, call).getMessage());
    }

    @Test
    void probesObserveWhatTheirKindObservesAndOnlyInterviewsOverstate() {
        assertEquals(Strength.SAID, Probe.Kind.INTERVIEW.strength());
        assertEquals(Strength.DID, Probe.Kind.SMOKE_TEST.strength());
        assertEquals(Strength.PAID, Probe.Kind.PRE_SALE.strength());
        assertEquals(new Probe(Probe.Kind.INTERVIEW, 1, 0.5, 0.3), Probe.interview(0.5, 0.3));
        assertEquals(new Probe(Probe.Kind.SMOKE_TEST, 40, 3, 0), Probe.smokeTest(40, 3));
        assertEquals(new Probe(Probe.Kind.PRE_SALE, 20, 6, 0), Probe.preSale(20, 6));
        // r + o (1 - r): a customer for whom it holds says yes, and a share o of the others
        assertEquals(0.2 + 0.3 * 0.8, Probe.interview(1, 0.3).yesChance(0.2), 1e-15);
        assertEquals(0.2, Probe.smokeTest(10, 1).yesChance(0.2));
        assertEquals(1.0, Probe.interview(1, 0.5).yesChance(1.0));
        assertEquals(0.0, Probe.interview(1, 0).yesChance(0.0));
        Probe.interview(0, 0); // free and truthful interviews are allowed
    }

    @Test
    void badProbesAreRefusedWithFieldRuleAndValue() {
        invalid("probe.kind is null", () -> new Probe(null, 1, 1, 0));
        invalid("probe.trials must be positive: 0", () -> Probe.smokeTest(0, 1));
        invalid("probe.cost must be finite and >= 0: -1.0", () -> Probe.preSale(5, -1));
        invalid("probe.cost must be finite and >= 0: NaN", () -> Probe.preSale(5, Double.NaN));
        invalid("probe.cost must be finite and >= 0: Infinity", () -> Probe.preSale(5, Double.POSITIVE_INFINITY));
        invalid("probe.overstatement must be in [0, 1): 1.0", () -> Probe.interview(1, 1));
        invalid("probe.overstatement must be in [0, 1): -0.1", () -> Probe.interview(1, -0.1));
        invalid("probe.overstatement must be in [0, 1): NaN", () -> Probe.interview(1, Double.NaN));
        invalid(
                "probe.overstatement must be 0 for a SMOKE_TEST probe (only what is said overstates): 0.1",
                () -> new Probe(Probe.Kind.SMOKE_TEST, 10, 1, 0.1));
    }

    @Test
    void theDefaultMarketIsTheOneItsDocumentationStates() {
        Market market = Market.defaults();
        assertEquals(new Market.Ideas(2, 2, Interaction.RANDOM, 0.5, 0.25), market.ideas());
        assertEquals(10, market.ideas().choices());
        assertEquals(Probe.interview(0.5, 0.3), market.interview());
        assertEquals(Probe.smokeTest(40, 3), market.smokeTest());
        assertEquals(Probe.preSale(20, 6), market.preSale());
        assertEquals(new Market.Demand(100_000, 0.05, 0.01, 0.3), market.demand());
        assertEquals(new Market.Payroll(10, 8), market.payroll());
        assertEquals(market.interview(), market.probe(Probe.Kind.INTERVIEW));
        assertEquals(market.smokeTest(), market.probe(Probe.Kind.SMOKE_TEST));
        assertEquals(market.preSale(), market.probe(Probe.Kind.PRE_SALE));
    }

    @Test
    void copiesChangeOnePartOnly() {
        Market market = Market.defaults();
        Market.Ideas ideas =
                market.ideas().withInteractions(5).withViableRate(0.4).withReadNoise(0);
        assertEquals(new Market.Ideas(2, 5, Interaction.RANDOM, 0.4, 0), ideas);
        assertEquals(ideas, market.withIdeas(ideas).ideas());
        assertEquals(market.interview(), market.withIdeas(ideas).interview());
        Probe interview = Probe.interview(2, 0);
        Probe smokeTest = Probe.smokeTest(100, 9);
        Probe preSale = Probe.preSale(3, 1);
        assertEquals(interview, market.withProbe(interview).interview());
        assertEquals(market.smokeTest(), market.withProbe(interview).smokeTest());
        assertEquals(smokeTest, market.withProbe(smokeTest).smokeTest());
        assertEquals(market.preSale(), market.withProbe(smokeTest).preSale());
        assertEquals(preSale, market.withProbe(preSale).preSale());
        assertEquals(market.interview(), market.withProbe(preSale).interview());
        Market.Demand demand = new Market.Demand(10, 1, 0.1, 0);
        assertEquals(demand, market.withDemand(demand).demand());
        Market.Payroll payroll = new Market.Payroll(0, 0);
        assertEquals(payroll, market.withPayroll(payroll).payroll());
        assertEquals(market.demand(), market.withPayroll(payroll).demand());
    }

    @Test
    void badMarketsAreRefusedWithFieldRuleAndValue() {
        Market market = Market.defaults();
        invalid("market.ideas is null", () -> market.withIdeas(null));
        invalid(
                "market.interview is null",
                () -> new Market(
                        market.ideas(), null, market.smokeTest(), market.preSale(), market.demand(), market.payroll()));
        invalid(
                "market.interview.kind must be INTERVIEW: SMOKE_TEST",
                () -> new Market(
                        market.ideas(),
                        market.smokeTest(),
                        market.smokeTest(),
                        market.preSale(),
                        market.demand(),
                        market.payroll()));
        invalid(
                "market.smokeTest.kind must be SMOKE_TEST: PRE_SALE",
                () -> new Market(
                        market.ideas(),
                        market.interview(),
                        market.preSale(),
                        market.preSale(),
                        market.demand(),
                        market.payroll()));
        invalid(
                "market.preSale.kind must be PRE_SALE: INTERVIEW",
                () -> new Market(
                        market.ideas(),
                        market.interview(),
                        market.smokeTest(),
                        market.interview(),
                        market.demand(),
                        market.payroll()));
        invalid("market.demand is null", () -> market.withDemand(null));
        invalid("market.payroll is null", () -> market.withPayroll(null));
        invalid("probe is null", () -> market.withProbe(null));
        invalid("kind is null", () -> market.probe(null));
        invalid("ideas.bitsPerArea must be in [1, 4]: 0", () -> new Market.Ideas(0, 0, Interaction.RANDOM, 0.5, 0));
        invalid("ideas.bitsPerArea must be in [1, 4]: 5", () -> new Market.Ideas(5, 0, Interaction.RANDOM, 0.5, 0));
        invalid(
                "ideas.interactions must be in [0, N-1] (N = 5 x bitsPerArea): 10",
                () -> new Market.Ideas(2, 10, Interaction.RANDOM, 0.5, 0));
        invalid(
                "ideas.interactions must be in [0, N-1] (N = 5 x bitsPerArea): -1",
                () -> new Market.Ideas(2, -1, Interaction.RANDOM, 0.5, 0));
        new Market.Ideas(4, 19, Interaction.ADJACENT, 0.5, 0); // N = 20, K = N - 1
        invalid("ideas.interaction is null", () -> new Market.Ideas(2, 1, null, 0.5, 0));
        invalid("ideas.viableRate must be in (0, 1): 0.0", () -> market.ideas().withViableRate(0));
        invalid("ideas.viableRate must be in (0, 1): 1.0", () -> market.ideas().withViableRate(1));
        invalid("ideas.viableRate must be in (0, 1): NaN", () -> market.ideas().withViableRate(Double.NaN));
        invalid(
                "ideas.readNoise must be finite and >= 0: -0.5",
                () -> market.ideas().withReadNoise(-0.5));
        invalid("demand.customers must be finite and > 0: 0.0", () -> new Market.Demand(0, 1, 0.1, 0.1));
        invalid("demand.price must be finite and > 0: NaN", () -> new Market.Demand(1, Double.NaN, 0.1, 0.1));
        invalid("diffusion.innovation must be finite and > 0: 0.0", () -> new Market.Demand(1, 1, 0, 0.1));
        invalid("payroll.founders must be finite and >= 0: -1.0", () -> new Market.Payroll(-1, 0));
        invalid(
                "payroll.executor must be finite and >= 0: Infinity",
                () -> new Market.Payroll(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void theAreasAreTheFiveOfTheSearchInTheirPhases() {
        assertEquals(
                io.vavr.collection.Vector.of(
                        BusinessModelArea.CUSTOMER_SEGMENT,
                        BusinessModelArea.PROBLEM,
                        BusinessModelArea.VALUE_PROPOSITION,
                        BusinessModelArea.CHANNEL,
                        BusinessModelArea.REVENUE),
                Market.AREAS);
        assertEquals(Phase.CUSTOMER_DISCOVERY, Market.phaseOf(BusinessModelArea.CUSTOMER_SEGMENT));
        assertEquals(Phase.CUSTOMER_DISCOVERY, Market.phaseOf(BusinessModelArea.PROBLEM));
        assertEquals(Phase.CUSTOMER_DISCOVERY, Market.phaseOf(BusinessModelArea.VALUE_PROPOSITION));
        assertEquals(Phase.CUSTOMER_VALIDATION, Market.phaseOf(BusinessModelArea.CHANNEL));
        assertEquals(Phase.CUSTOMER_VALIDATION, Market.phaseOf(BusinessModelArea.REVENUE));
        invalid(
                "area must be one of CUSTOMER_SEGMENT, PROBLEM, VALUE_PROPOSITION, CHANNEL, REVENUE: KEY_PARTNERS",
                () -> Market.phaseOf(BusinessModelArea.KEY_PARTNERS));
        invalid("area is null", () -> Market.phaseOf(null));
    }

    @Test
    void revenueIsPriceTimesTheAdoptersOfTheAcceptedMarket() {
        Market.Demand demand = new Market.Demand(1000, 2, 0.03, 0.38);
        double share = BassDiffusion.of(0.03, 0.38, 1).cumulativeShare(10);
        assertEquals(2 * 1000 * 0.25 * share, demand.revenue(0.25, 10), 1e-9);
        assertEquals(0, demand.revenue(0.25, 0));
        assertEquals(0, demand.revenue(0, 10));
        assertEquals(10 + 3 * 8, new Market.Payroll(10, 8).of(3));
        assertEquals(10, new Market.Payroll(10, 8).of(0));
    }

    @Test
    void testsAndMovesAreCheckedToo() {
        HypothesisId id = HypothesisId.of("problem");
        assertEquals(3, new FounderStrategy.Test(id, Probe.Kind.SMOKE_TEST, 3).units());
        invalid("test.hypothesisId is null", () -> new FounderStrategy.Test(null, Probe.Kind.SMOKE_TEST, 1));
        invalid("test.probe is null", () -> new FounderStrategy.Test(id, null, 1));
        invalid("test.units must be positive: 0", () -> new FounderStrategy.Test(id, Probe.Kind.SMOKE_TEST, 0));
        assertEquals(PivotType.CHANNEL, new FounderStrategy.Move.Pivot(PivotType.CHANNEL).type());
        invalid("move.type is null", () -> new FounderStrategy.Move.Pivot(null));
        assertEquals("done", new FounderStrategy.Move.Stop("done").reason());
        invalid("move.reason is null", () -> new FounderStrategy.Move.Stop(null));
        invalid("move.reason must not be blank: \" \"", () -> new FounderStrategy.Move.Stop(" "));
    }
}
