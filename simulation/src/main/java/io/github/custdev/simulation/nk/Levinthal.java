package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.Experiment;
import io.github.custdev.simulation.Seeds;
import io.github.custdev.simulation.internal.Checks;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Levinthal's (1997) experiment as a pure {@link Experiment}: one random NK landscape searched by one population.
 * Immutable and thread-safe.
 *
 * <p>A run with parameters {@code p} and seed {@code seed} draws everything from {@code Seeds.random(seed)}: first the
 * landscape ({@link Landscape#of}), then the population's starts and periods ({@link Search#run}). Levinthal, D. A.
 * (1997), "Adaptation on rugged landscapes", <i>Management Science</i> 43(7), 934-950, ran 100 such landscapes with
 * 100 organisations each over 50 periods at N = 10.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Levinthal implements Experiment<LevinthalParameters, LevinthalOutcome> {

    private static final Levinthal EXPERIMENT = new Levinthal();

    private Levinthal() {}

    /**
     * The experiment.
     *
     * @return the one instance
     */
    public static Levinthal experiment() {
        return EXPERIMENT;
    }

    /**
     * Runs one landscape with its population.
     *
     * @param parameters the parameters
     * @param seed the run's seed
     * @return the run's record
     * @throws io.github.custdev.InvalidValueException if the parameters are null
     */
    @Override
    public LevinthalOutcome run(LevinthalParameters parameters, long seed) {
        Checks.notNull("parameters", parameters);
        RandomGenerator random = Seeds.random(seed);
        Landscape landscape = Landscape.of(parameters.n(), parameters.k(), parameters.interaction(), random);
        Population population =
                parameters.search().run(landscape, parameters.searchers(), parameters.periods(), random);
        FitnessTable table = landscape.table().get();
        return new LevinthalOutcome(table.localOptimumCount(), table.globalMaximum(), population);
    }
}
