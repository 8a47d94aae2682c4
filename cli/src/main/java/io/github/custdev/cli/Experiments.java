package io.github.custdev.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The experiments a sweep file can name, by name. {@link #builtIn()} holds those of the simulation module: the
 * Levinthal search ({@code levinthal}) and simulated ventures ({@code founders}); {@link #of(SweepExperiment[])} makes another registry, for a test or an extension.
 *
 * <p>Immutable and thread-safe.
 */
public final class Experiments {

    private final Map<String, SweepExperiment<?, ?>> byName;

    private Experiments(Map<String, SweepExperiment<?, ?>> byName) {
        this.byName = byName;
    }

    /**
     * The experiments the command line ships with.
     *
     * @return the registry
     */
    public static Experiments builtIn() {
        return of(LevinthalSweep.INSTANCE, FoundersSweep.INSTANCE);
    }

    /**
     * A registry of the given experiments.
     *
     * @param experiments the experiments, with distinct names
     * @return the registry
     * @throws io.github.custdev.InvalidValueException if two experiments share a name
     */
    public static Experiments of(SweepExperiment<?, ?>... experiments) {
        Map<String, SweepExperiment<?, ?>> map = LinkedHashMap.empty();
        for (SweepExperiment<?, ?> experiment : experiments) {
            if (map.containsKey(experiment.name())) {
                throw io.github.custdev.InvalidValueException.of(
                        "experiments", "must have distinct names", experiment.name());
            }
            map = map.put(experiment.name(), experiment);
        }
        return new Experiments(map);
    }

    /**
     * The experiment of a name.
     *
     * @param name the name
     * @return the experiment, or none
     */
    public Option<SweepExperiment<?, ?>> find(String name) {
        return byName.get(name);
    }

    /**
     * The names, in registration order.
     *
     * @return the names
     */
    public Seq<String> names() {
        return byName.keySet().toList();
    }
}
