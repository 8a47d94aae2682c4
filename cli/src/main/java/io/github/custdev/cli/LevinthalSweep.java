package io.github.custdev.cli;

import io.github.custdev.simulation.Experiment;
import io.github.custdev.simulation.Metric;
import io.github.custdev.simulation.nk.Interaction;
import io.github.custdev.simulation.nk.Landscape;
import io.github.custdev.simulation.nk.Levinthal;
import io.github.custdev.simulation.nk.LevinthalOutcome;
import io.github.custdev.simulation.nk.LevinthalParameters;
import io.github.custdev.simulation.nk.Search;
import io.github.custdev.simulation.nk.SearchRule;
import io.vavr.collection.Array;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * Levinthal's (1997) NK search as a sweep file names it ({@code experiment: levinthal}): one tabulated landscape
 * searched by one population per run ({@link Levinthal}). Immutable and thread-safe.
 */
final class LevinthalSweep implements SweepExperiment<LevinthalParameters, LevinthalOutcome> {

    static final LevinthalSweep INSTANCE = new LevinthalSweep();

    private static final Seq<Parameter> PARAMETERS = Array.of(
            Parameter.integer(
                    "N",
                    1,
                    Landscape.MAX_TABULATED_CHOICES,
                    10,
                    "the number of choices (the landscape is tabulated, so N is at most "
                            + Landscape.MAX_TABULATED_CHOICES + ")"),
            Parameter.integer(
                    "K",
                    0,
                    Landscape.MAX_TABULATED_CHOICES - 1,
                    0,
                    "the number of other choices each choice depends on, in [0, N-1] for every N of the grid"),
            Parameter.choice(
                    "interaction", Array.of("adjacent", "random"), "adjacent", "which others each choice depends on"),
            Parameter.integer("searchers", 1, Integer.MAX_VALUE, 100, "the population's size"),
            Parameter.integer("periods", 0, Integer.MAX_VALUE, 50, "the number of periods of search"),
            Parameter.choice(
                    "rule",
                    Array.of("first-improvement", "best-improvement"),
                    "first-improvement",
                    "which improving neighbour a local search moves to"),
            Parameter.decimal("longJump", 0, 1, 0, "the probability per period of a long jump"),
            Parameter.decimal("noise", 0, 1, 0, "the standard deviation of the error on each perceived fitness"));

    private LevinthalSweep() {}

    @Override
    public String name() {
        return "levinthal";
    }

    @Override
    public String description() {
        return "Levinthal (1997): a population's local search and long jumps on random NK landscapes";
    }

    @Override
    public Seq<Parameter> parameters() {
        return PARAMETERS;
    }

    /** K must be in [0, N-1] for every N of the grid, so that every combination is a valid point. */
    @Override
    public Seq<String> check(GridValues grid) {
        int smallestN = grid.values("N").map(n -> (Integer) n).min().getOrElse(1);
        List<String> faults = new ArrayList<>();
        Seq<Object> ks = grid.values("K");
        for (int i = 0; i < ks.size(); i++) {
            int k = (Integer) ks.get(i);
            if (k > smallestN - 1) {
                faults.add(grid.path("K", i) + ": must be in [0, N-1] for every N of the grid (smallest N " + smallestN
                        + "): " + k);
            }
        }
        return Array.ofAll(faults);
    }

    @Override
    public LevinthalParameters point(Map<String, Object> values) {
        Search search = Search.of(
                "best-improvement".equals(value(values, "rule"))
                        ? SearchRule.BEST_IMPROVEMENT
                        : SearchRule.FIRST_IMPROVEMENT,
                (Double) value(values, "longJump"),
                (Double) value(values, "noise"));
        return new LevinthalParameters(
                (Integer) value(values, "N"),
                (Integer) value(values, "K"),
                "random".equals(value(values, "interaction")) ? Interaction.RANDOM : Interaction.ADJACENT,
                (Integer) value(values, "searchers"),
                (Integer) value(values, "periods"),
                search);
    }

    private static Object value(Map<String, Object> values, String name) {
        return values.get(name).getOrElseThrow(() -> io.github.custdev.InvalidValueException.ofNull("values." + name));
    }

    @Override
    public Experiment<LevinthalParameters, LevinthalOutcome> experiment() {
        return Levinthal.experiment();
    }

    @Override
    public Seq<Column<LevinthalOutcome>> columns() {
        return Array.of(
                Column.ofLong("localOptima", LevinthalOutcome::localOptimumCount),
                Column.ofDouble("globalMaximum", LevinthalOutcome::globalMaximum),
                Column.ofDouble("shareAtGlobalPeak", LevinthalOutcome::shareAtGlobalPeak),
                Column.ofDouble("meanFitness", LevinthalOutcome::meanFitness),
                Column.ofDouble("meanRank", LevinthalOutcome::meanRank),
                Column.ofLong("finalDistinctForms", LevinthalOutcome::finalDistinctForms));
    }

    @Override
    public Seq<Metric<LevinthalOutcome>> metrics() {
        return Array.of(
                Metric.of("shareAtGlobalPeak", LevinthalOutcome::shareAtGlobalPeak),
                Metric.of("meanFitness", LevinthalOutcome::meanFitness),
                Metric.of("meanRank", LevinthalOutcome::meanRank),
                Metric.of("localOptima", LevinthalOutcome::localOptimumCount),
                Metric.of("finalDistinctForms", LevinthalOutcome::finalDistinctForms));
    }

    @Override
    public Seq<ChartSpec> charts() {
        return Array.of(
                new ChartSpec(
                        "peak-by-k", "Share reaching the global peak, by K", "K", "shareAtGlobalPeak", "longJump"),
                new ChartSpec(
                        "peak-by-long-jump",
                        "Share reaching the global peak, by long-jump rate",
                        "longJump",
                        "shareAtGlobalPeak",
                        "K"));
    }
}
