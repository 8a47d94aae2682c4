package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.simulation.internal.Checks;
import org.apiguardian.api.API;

/**
 * A scoring strategy with the name a gate's trace shows for it. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class NamedStrategy {
    private final String name;
    private final ScoringStrategy strategy;

    private NamedStrategy(String name, ScoringStrategy strategy) {
        this.name = name;
        this.strategy = strategy;
    }

    /**
     * A named strategy.
     *
     * @param name the name for the trace, not blank
     * @param strategy the strategy
     * @return the named strategy
     * @throws InvalidValueException if the name is blank or either argument is null
     */
    public static NamedStrategy of(String name, ScoringStrategy strategy) {
        if (Checks.notNull("name", name).isBlank()) {
            throw InvalidValueException.of("name", "must not be blank", name);
        }
        return new NamedStrategy(name, Checks.notNull("strategy", strategy));
    }

    /**
     * The name for the trace.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The strategy.
     *
     * @return the strategy
     */
    public ScoringStrategy strategy() {
        return strategy;
    }

    @Override
    public String toString() {
        return name;
    }
}
