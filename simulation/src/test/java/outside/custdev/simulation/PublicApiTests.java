package outside.custdev.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.Execution;
import io.github.custdev.simulation.Grid;
import io.github.custdev.simulation.Metric;
import io.github.custdev.simulation.PointSummary;
import io.github.custdev.simulation.Results;
import io.github.custdev.simulation.RunRecord;
import io.github.custdev.simulation.Seeds;
import io.github.custdev.simulation.Sweep;
import io.github.custdev.simulation.nk.Interaction;
import io.github.custdev.simulation.nk.Landscape;
import io.github.custdev.simulation.nk.Levinthal;
import io.github.custdev.simulation.nk.LevinthalOutcome;
import io.github.custdev.simulation.nk.LevinthalParameters;
import io.github.custdev.simulation.nk.Search;
import io.github.custdev.simulation.nk.SearchRule;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/** A researcher's first sweep, written with nothing but the module's exported API (Vavr's {@code outside_of_vavr}). */
class PublicApiTests {

    @Test
    void aResearcherSweepsKAndTiesEveryNumberBackToItsRun() {
        Grid<LevinthalParameters> grid = Grid.product(
                List.of(Interaction.ADJACENT, Interaction.RANDOM),
                List.of(0, 4, 9),
                (interaction, k) -> LevinthalParameters.of(10, k)
                        .withInteraction(interaction)
                        .withSearchers(20)
                        .withPeriods(20)
                        .withSearch(Search.local(SearchRule.BEST_IMPROVEMENT).withLongJumpProbability(0.1)));
        Sweep<LevinthalParameters, LevinthalOutcome> sweep = Sweep.of(Levinthal.experiment(), grid, 10, 7L);
        Results<LevinthalParameters, LevinthalOutcome> results = sweep.execute(Execution.threads(2));

        assertEquals(60, results.records().size());
        RunRecord<LevinthalParameters, LevinthalOutcome> record =
                results.records().get(37);
        assertEquals(
                Levinthal.experiment()
                        .run(record.run().parameters(), record.run().seed()),
                record.result());
        assertEquals(Seeds.of(7L, 3, 7), record.run().seed());

        Seq<PointSummary<LevinthalParameters>> table =
                results.summarize(Metric.of("share", LevinthalOutcome::shareAtGlobalPeak));
        assertEquals(6, table.size());
        assertEquals(1.0, table.get(0).metric("share").mean());
        assertEquals(1.0, table.get(3).metric("share").min());
        assertTrue(table.get(2).metric("share").mean() < 0.5);
    }

    @Test
    void aLandscapeIsAPureFunctionOfItsSeed() {
        Landscape a = Landscape.of(12, 3, Interaction.RANDOM, Seeds.random(5L));
        Landscape b = Landscape.of(12, 3, Interaction.RANDOM, Seeds.random(5L));
        for (long position = 0; position < 1 << 12; position += 97) {
            assertEquals(a.fitness(position), b.fitness(position));
        }
        assertThrows(InvalidValueException.class, () -> Landscape.of(12, 12, Interaction.ADJACENT, Seeds.random(1L)));
    }
}
