package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.testkit.internal.Generators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;

/**
 * Generates hypotheses, each with a pre-registered success criterion; configured by metric, phase, area, criterion
 * or id.
 *
 * <p>By default every part varies: any valid id, a statement of up to 60 characters, every area and phase, criteria
 * of every metric with every comparison, threshold, minimum sample and minimum strength, an importance of 1 or
 * between 0.1 and 10, and now and then a prior. Each {@code with}/{@code in} method returns a configured copy; the
 * last call that sets a part wins. Shrinks towards a hypothesis with a one-character id and statement, the first
 * area and phase, and a criterion {@code proportion >= 0.5 (n >= 1, SAID or stronger)}.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Hypothesis> discoveryRates() {
 *     return CustDevArbitraries.hypotheses()
 *             .withMetric(Metric.PROPORTION)
 *             .inPhase(Phase.CUSTOMER_DISCOVERY);
 * }
 * }</pre>
 *
 * <p>For several hypotheses that can share a log, keep their ids unique:
 * {@code hypotheses().list().ofMaxSize(4).uniqueElements(Hypothesis::id)}. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class HypothesisArbitrary extends ArbitraryDecorator<Hypothesis> {
    private final Arbitrary<HypothesisId> ids;
    private final Arbitrary<SuccessCriterion> criteria;
    private final List<Phase> phases;
    private final List<BusinessModelArea> areas;

    private HypothesisArbitrary(
            Arbitrary<HypothesisId> ids,
            Arbitrary<SuccessCriterion> criteria,
            List<Phase> phases,
            List<BusinessModelArea> areas) {
        this.ids = ids;
        this.criteria = criteria;
        this.phases = phases;
        this.areas = areas;
    }

    static HypothesisArbitrary any() {
        return new HypothesisArbitrary(
                Generators.hypothesisIds(),
                Generators.criteria(List.of(Metric.values())),
                List.of(Phase.values()),
                List.of(BusinessModelArea.values()));
    }

    /**
     * Hypotheses whose criterion measures one of the given metrics.
     *
     * @param metrics the metrics, at least one
     * @return the configured copy
     * @throws InvalidValueException if no metric is given
     */
    public HypothesisArbitrary withMetric(Metric... metrics) {
        return new HypothesisArbitrary(ids, Generators.criteria(nonEmpty(metrics, "metrics")), phases, areas);
    }

    /**
     * Hypotheses judged by the given criterion.
     *
     * @param criterion the criterion
     * @return the configured copy
     */
    public HypothesisArbitrary withCriterion(SuccessCriterion criterion) {
        return new HypothesisArbitrary(ids, Arbitraries.just(notNull(criterion, "criterion")), phases, areas);
    }

    /**
     * Hypotheses to be validated in one of the given phases.
     *
     * @param phases the phases, at least one
     * @return the configured copy
     * @throws InvalidValueException if no phase is given
     */
    public HypothesisArbitrary inPhase(Phase... phases) {
        return new HypothesisArbitrary(ids, criteria, nonEmpty(phases, "phases"), areas);
    }

    /**
     * Hypotheses about one of the given areas of the business model.
     *
     * @param areas the areas, at least one
     * @return the configured copy
     * @throws InvalidValueException if no area is given
     */
    public HypothesisArbitrary inArea(BusinessModelArea... areas) {
        return new HypothesisArbitrary(ids, criteria, phases, nonEmpty(areas, "areas"));
    }

    /**
     * Hypotheses with the given id.
     *
     * @param id the id
     * @return the configured copy
     */
    public HypothesisArbitrary withId(HypothesisId id) {
        return new HypothesisArbitrary(Arbitraries.just(notNull(id, "id")), criteria, phases, areas);
    }

    /**
     * Hypotheses with ids from the given arbitrary.
     *
     * @param ids the ids
     * @return the configured copy
     */
    public HypothesisArbitrary withIds(Arbitrary<HypothesisId> ids) {
        return new HypothesisArbitrary(notNull(ids, "ids"), criteria, phases, areas);
    }

    /**
     * The edge cases, at most {@value Generators#MAX_EDGE_CASES}: enough for the telling ones (the smallest values,
     * an empty log), few enough that the edge cases of a property's parameters together stay below its tries.
     *
     * @param maxEdgeCases the most edge cases jqwik asks for
     * @return the edge cases
     */
    @Override
    public EdgeCases<Hypothesis> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, Generators.MAX_EDGE_CASES));
    }

    @Override
    protected Arbitrary<Hypothesis> arbitrary() {
        return Generators.hypotheses(ids, Arbitraries.of(areas), Arbitraries.of(phases), criteria);
    }

    static <T> List<T> nonEmpty(T[] values, String field) {
        return nonEmpty(Arrays.asList(notNull(values, field)), field);
    }

    static <T> List<T> nonEmpty(Collection<T> values, String field) {
        notNull(values, field);
        if (values.isEmpty()) {
            throw InvalidValueException.of(field, "must name at least one", List.of());
        }
        List<T> copy = new ArrayList<>();
        for (T value : values) {
            copy.add(notNull(value, field + "[" + copy.size() + "]"));
        }
        return List.copyOf(copy);
    }

    static <T> T notNull(T value, String field) {
        if (Objects.isNull(value)) {
            throw InvalidValueException.ofNull(field);
        }
        return value;
    }
}
