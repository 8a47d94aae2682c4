package io.github.custdev.cli;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.Experiment;
import io.github.custdev.simulation.Metric;
import io.github.custdev.simulation.market.FounderStrategy;
import io.github.custdev.simulation.market.Founders;
import io.github.custdev.simulation.market.Market;
import io.github.custdev.simulation.market.Probe;
import io.github.custdev.simulation.market.Scenario;
import io.github.custdev.simulation.market.VentureOutcome;
import io.vavr.collection.Array;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/**
 * Simulated ventures as a sweep file names them ({@code experiment: founders}): one venture of a founder in a market
 * per run ({@link Scenario#run(long)}, {@code docs/research.md}), the founder and the market's main parameters on the
 * grid. Immutable and thread-safe.
 */
final class FoundersSweep implements SweepExperiment<Scenario, VentureOutcome> {

    static final FoundersSweep INSTANCE = new FoundersSweep();

    private static final Seq<String> FOUNDERS = Array.of("scientific", "intuitive", "hype-harder", "premature-scaler");

    private static final Market DEFAULTS = Market.defaults();

    private static final Seq<Parameter> PARAMETERS = Array.of(
            Parameter.choice("founder", FOUNDERS, "scientific", "the founder strategy (docs/research.md)"),
            Parameter.integer(
                    "K",
                    0,
                    9,
                    DEFAULTS.ideas().interactions(),
                    "the number of other choices each choice of the business model depends on (N = 10)"),
            Parameter.decimal(
                    "viableRate",
                    0.01,
                    0.99,
                    DEFAULTS.ideas().viableRate(),
                    "the true rate at which a hypothesis holds"),
            Parameter.decimal(
                    "overstatement",
                    0,
                    0.99,
                    DEFAULTS.interview().overstatement(),
                    "the share of customers for whom a hypothesis does not hold who say yes in an interview"),
            Parameter.decimal(
                    "readNoise",
                    0,
                    10,
                    DEFAULTS.ideas().readNoise(),
                    "the standard deviation of a founder's read of an option it pivots to, with no evidence"),
            Parameter.decimal("capital", 1, 1e9, Scenario.DEFAULT_CAPITAL, "the money a venture is founded with"),
            Parameter.integer("horizon", 1, 100_000, Scenario.DEFAULT_HORIZON, "the periods (weeks) simulated"));

    private FoundersSweep() {}

    @Override
    public String name() {
        return "founders";
    }

    @Override
    public String description() {
        return "simulated ventures: founder strategies searching a hidden market of business models";
    }

    @Override
    public Seq<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Seq<String> check(GridValues grid) {
        return Array.empty();
    }

    @Override
    public Scenario point(Map<String, Object> values) {
        Market.Ideas ideas = DEFAULTS.ideas()
                .withInteractions((Integer) value(values, "K"))
                .withViableRate((Double) value(values, "viableRate"))
                .withReadNoise((Double) value(values, "readNoise"));
        Market market = DEFAULTS.withIdeas(ideas)
                .withProbe(Probe.interview(DEFAULTS.interview().cost(), (Double) value(values, "overstatement")));
        return new Scenario(
                founder((String) value(values, "founder")), market, (Double) value(values, "capital"), (Integer)
                        value(values, "horizon"));
    }

    static FounderStrategy founder(String name) {
        return switch (name) {
            case "intuitive" -> Founders.intuitive();
            case "hype-harder" -> Founders.hypeHarder();
            case "premature-scaler" -> Founders.prematureScaler();
            default -> Founders.scientific();
        };
    }

    private static Object value(Map<String, Object> values, String name) {
        return values.get(name).getOrElseThrow(() -> InvalidValueException.ofNull("values." + name));
    }

    @Override
    public Experiment<Scenario, VentureOutcome> experiment() {
        return Scenario::run;
    }

    private static long is(boolean condition) {
        return condition ? 1 : 0;
    }

    @Override
    public Seq<Column<VentureOutcome>> columns() {
        return Array.of(
                Column.ofLong("launched", o -> is(o.ending() == VentureOutcome.Ending.LAUNCHED)),
                Column.ofLong("terminated", o -> is(o.terminated())),
                Column.ofLong("outOfCash", o -> is(o.ending() == VentureOutcome.Ending.OUT_OF_CASH)),
                Column.ofLong("periods", VentureOutcome::periods),
                Column.ofLong("pivots", o -> o.pivots().size()),
                Column.ofLong("evidenceItems", VentureOutcome::evidenceItems),
                Column.ofLong("experiments", VentureOutcome::experiments),
                Column.ofDouble("cashSpent", VentureOutcome::cashSpent),
                Column.ofDouble("revenue", VentureOutcome::revenue),
                Column.ofDouble("startAcceptance", VentureOutcome::startAcceptance),
                Column.ofDouble("endAcceptance", VentureOutcome::endAcceptance),
                Column.ofLong("falsePivots", VentureOutcome::falsePivots),
                Column.ofLong("falseProceeds", VentureOutcome::falseProceeds),
                Column.ofLong("prematureScaling", o -> is(o.prematureScaling())));
    }

    @Override
    public Seq<Metric<VentureOutcome>> metrics() {
        return Array.of(
                Metric.of("launched", o -> is(o.ending() == VentureOutcome.Ending.LAUNCHED)),
                Metric.of("terminated", o -> is(o.terminated())),
                Metric.of("outOfCash", o -> is(o.ending() == VentureOutcome.Ending.OUT_OF_CASH)),
                Metric.of("pivots", o -> o.pivots().size()),
                Metric.of("revenue", VentureOutcome::revenue),
                Metric.of("evidenceItems", VentureOutcome::evidenceItems),
                Metric.of("falsePivots", VentureOutcome::falsePivots),
                Metric.of("falseProceeds", VentureOutcome::falseProceeds));
    }

    @Override
    public Seq<DistributionSpec> distributions() {
        return Array.of(
                new DistributionSpec(
                        "revenue-by-founder", "Revenue at the horizon by percentile of ventures", "revenue", "founder"),
                new DistributionSpec("pivots-by-founder", "Pivots by percentile of ventures", "pivots", "founder"));
    }

    @Override
    public Seq<ChartSpec> charts() {
        return Array.of(
                new ChartSpec(
                        "revenue-by-k", "Mean revenue at the horizon, by K and founder", "K", "revenue", "founder"),
                new ChartSpec(
                        "terminated-by-k", "Share of ideas terminated, by K and founder", "K", "terminated", "founder"),
                new ChartSpec(
                        "revenue-by-viable-rate",
                        "Mean revenue at the horizon, by viable rate and founder",
                        "viableRate",
                        "revenue",
                        "founder"));
    }
}
