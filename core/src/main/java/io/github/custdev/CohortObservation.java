package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.internal.Checks;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The demand of one period, observed: the customers acquired in it, the customers active in it, and how many of
 * each earlier period's customers are still active (retained), by the age of their cohort.
 *
 * <p>{@code retained.get(a - 1)} counts the customers acquired in period {@code period - a} who are still active in
 * this period: age 1 is the cohort of the period before, age 2 the one before that. The customers acquired here are
 * the cohort of this period, and its size in {@link io.github.custdev.demand.Cohort}'s terms; the acquisitions of
 * successive periods are the {@link io.github.custdev.demand.Adoptions} a growth rate or a Bass diffusion is fitted
 * to.
 *
 * <p>One hypothesis's observations form a series: each observes the period after the one before, its retained
 * counts name only cohorts observed earlier in the series, none above the cohort's size nor above what the cohort
 * retained a period earlier. {@link EvidenceStatistics} keeps the running sums of the series (see
 * {@link DemandStatistics}) and refuses, by name, an observation that breaks these rules.
 *
 * <p>An observation is {@link Strength#DID} evidence: customers who bought and stayed, observed. It counts no trials:
 * it feeds the demand statistics a gate's demand criteria read, not a rate.
 *
 * <pre>{@code
 * CohortObservation march = CohortObservation.of(growth, Source.of("billing"), endOfMarch, 3, 40, 120, 34, 30, 28);
 * // period 3: 40 acquired, 120 active; of the cohorts of periods 2, 1 and 0, 34, 30 and 28 still active
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class CohortObservation implements Evidence {

    CohortObservation() {}

    /**
     * The period observed, counted from the venture's first period of sales (0).
     *
     * @return the period, &ge; 0
     */
    public abstract long period();

    /**
     * The customers acquired in the period: its new paying customers, the size of its cohort.
     *
     * @return the count, &ge; 0
     */
    public abstract long acquired();

    /**
     * The customers active in the period, those acquired in it included.
     *
     * @return the count, at least {@link #acquired()} plus every retained count
     */
    public abstract long active();

    /**
     * The customers of earlier cohorts still active in the period, by age: {@code retained().get(a - 1)} of those
     * acquired in period {@code period() - a}.
     *
     * @return the counts, each &ge; 0; empty when no earlier cohort is followed; at most {@link #period()} of them
     */
    public abstract Seq<Long> retained();

    /**
     * An observation of one period's demand.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source where the figures come from (billing, analytics)
     * @param observedAt when they were taken
     * @param period the period observed, &ge; 0
     * @param acquired the customers acquired in it, &ge; 0
     * @param active the customers active in it, at least {@code acquired} plus every retained count
     * @param retained the customers of the cohorts of periods {@code period - 1}, {@code period - 2}, ... still
     *     active, each &ge; 0; at most {@code period} of them
     * @return the observation
     * @throws InvalidValueException if an argument is null or breaks its rule: {@code acquired must be >= 0: -1},
     *     {@code retained[1] must be >= 0: -3}, {@code retained must have at most period (2) ages: 3},
     *     {@code active must be at least acquired plus retained (70): 69}
     */
    public static CohortObservation of(
            HypothesisId hypothesisId,
            Source source,
            Instant observedAt,
            long period,
            long acquired,
            long active,
            long... retained) {
        Checks.notNull(retained, "retained");
        return of(hypothesisId, source, observedAt, period, acquired, active, Array.ofAll(retained));
    }

    /**
     * An observation of one period's demand, the retained counts as a sequence.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source where the figures come from
     * @param observedAt when they were taken
     * @param period the period observed, &ge; 0
     * @param acquired the customers acquired in it, &ge; 0
     * @param active the customers active in it
     * @param retained the customers of earlier cohorts still active, by age
     * @return the observation
     * @throws InvalidValueException as {@link #of(HypothesisId, Source, Instant, long, long, long, long...)}, and if a
     *     retained count is null
     */
    public static CohortObservation of(
            HypothesisId hypothesisId,
            Source source,
            Instant observedAt,
            long period,
            long acquired,
            long active,
            Seq<Long> retained) {
        Checks.notNull(retained, "retained");
        int index = 0;
        for (Long count : retained) {
            Checks.notNull(count, "retained[" + index++ + ']');
        }
        return new ImmutableCohortObservation.Builder()
                .hypothesisId(Checks.notNull(hypothesisId, "hypothesisId"))
                .source(Checks.notNull(source, "source"))
                .observedAt(Checks.notNull(observedAt, "observedAt"))
                .period(period)
                .acquired(acquired)
                .active(active)
                .retained(Array.ofAll(retained))
                .build();
    }

    /**
     * Always {@link Strength#DID}: customers who bought and stayed are observed behaviour.
     *
     * @return {@code DID}
     */
    @Override
    public final Strength strength() {
        return Strength.DID;
    }

    /**
     * Always zero: an observation of demand is not a trial.
     *
     * @return 0
     */
    @Override
    public final long successes() {
        return 0;
    }

    /**
     * Always zero: an observation of demand is not a trial.
     *
     * @return 0
     */
    @Override
    public final long trials() {
        return 0;
    }

    @Value.Check
    void check() {
        Checks.nonNegative(period(), "period");
        Checks.nonNegative(acquired(), "acquired");
        Checks.nonNegative(active(), "active");
        if (retained().size() > period()) {
            throw InvalidValueException.of(
                    "retained",
                    "must have at most period (" + period() + ") ages",
                    retained().size());
        }
        long total = acquired();
        int index = 0;
        for (long count : retained()) {
            String field = "retained[" + index++ + ']';
            Checks.nonNegative(count, field);
            if (total > Long.MAX_VALUE - count) {
                throw InvalidValueException.of(
                        field,
                        "must keep acquired plus retained at most Long.MAX_VALUE (" + total + " before it)",
                        count);
            }
            total += count;
        }
        if (active() < total) {
            throw InvalidValueException.of(
                    "active", "must be at least acquired plus retained (" + total + ')', active());
        }
    }
}
