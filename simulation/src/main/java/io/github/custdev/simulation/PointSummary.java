package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Map;
import org.apiguardian.api.API;

/**
 * The summaries of a grid point's runs, one per metric, with the point's parameters, so that a row of a table can be
 * tied back to what produced it.
 *
 * <p>Immutable and thread-safe when its parameters are.
 *
 * @param point the index of the grid point
 * @param parameters the point's parameters
 * @param runs the number of the point's runs that produced a record (each summary counts these)
 * @param failures the number of the point's runs that failed, left out of the summaries
 * @param metrics the summary of each metric, by name, in the order the metrics were given
 * @param <P> the type of a point's parameters
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PointSummary<P>(int point, P parameters, int runs, int failures, Map<String, Summary> metrics) {

    /**
     * Checks the parts.
     *
     * @throws InvalidValueException if a part is null or a count negative
     */
    public PointSummary {
        Checks.notNegative("point", point);
        Checks.notNull("parameters", parameters);
        Checks.positive("runs", runs);
        Checks.notNegative("failures", failures);
        Checks.notNull("metrics", metrics);
    }

    /**
     * The summary of one metric.
     *
     * @param metric the metric's name
     * @return the summary
     * @throws InvalidValueException if no metric of that name was summarized
     */
    public Summary metric(String metric) {
        return metrics.get(Checks.notNull("metric", metric))
                .getOrElseThrow(() -> InvalidValueException.of(
                        "metric", "must be one of " + metrics.keySet().mkString("[", ", ", "]"), metric));
    }
}
