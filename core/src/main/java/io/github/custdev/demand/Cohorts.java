package io.github.custdev.demand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.BetaPrior;
import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import org.apiguardian.api.API;

/**
 * The cohorts of a venture's customers, in the order of the periods they were acquired in, and the retention by age
 * they show together.
 *
 * <pre>{@code
 * Cohorts cohorts = Cohorts.of(
 *         Cohort.of(0, 50, 40, 35, 33),
 *         Cohort.of(1, 60, 45, 41),
 *         Cohort.of(2, 80, 66));
 * cohorts.retention(BetaPrior.jeffreys(), 0.95).get(0).estimate();   // age 1: 151 of 190 retained, about 0.79
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param cohorts the cohorts, not empty, acquired in strictly increasing periods
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Cohorts(Seq<Cohort> cohorts) {

    /**
     * Checks the cohorts.
     *
     * @throws InvalidValueException if the cohorts are null or empty, one is null, or one is not acquired after the
     *     one before it ({@code cohorts[1].period must be after cohorts[0].period (3): 3})
     */
    public Cohorts {
        Checks.notNull(cohorts, "cohorts");
        if (cohorts.isEmpty()) {
            throw InvalidValueException.of("cohorts", "must not be empty", cohorts);
        }
        long previous = -1;
        int index = 0;
        for (Cohort cohort : cohorts) {
            Checks.notNull(cohort, "cohorts[" + index + ']');
            if (cohort.period() <= previous) {
                throw InvalidValueException.of(
                        "cohorts[" + index + "].period",
                        "must be after cohorts[" + (index - 1) + "].period (" + previous + ')',
                        cohort.period());
            }
            previous = cohort.period();
            index++;
        }
    }

    /**
     * Cohorts in the order they were acquired.
     *
     * @param cohorts the cohorts
     * @return the cohorts
     * @throws InvalidValueException as {@link #Cohorts(Seq)}
     */
    public static Cohorts of(Cohort... cohorts) {
        return new Cohorts(Array.of(Checks.notNull(cohorts, "cohorts")));
    }

    /**
     * The retention at each age observed in any cohort, pooled over the cohorts that reached that age: at age
     * <i>a</i>, the customers still active out of those acquired, summed over every cohort with a count at age
     * <i>a</i> (see {@link Retention} for the model).
     *
     * @param prior the Beta prior for the retention at every age, such as {@link BetaPrior#jeffreys()}
     * @param level the level of the credible intervals, in (0, 1)
     * @return the retention at ages 1, 2, ... up to the oldest age of any cohort, in order of age
     * @throws InvalidValueException if the prior is null or the level is outside (0, 1)
     */
    public Seq<Retention> retention(BetaPrior prior, double level) {
        Checks.notNull(prior, "prior");
        Checks.openProbability(level, "level");
        int oldest = cohorts.map(Cohort::ages).max().getOrElse(0);
        long[] retained = new long[oldest];
        long[] exposed = new long[oldest];
        for (Cohort cohort : cohorts) {
            int age = 0;
            for (long count : cohort.retained()) {
                retained[age] = Math.addExact(retained[age], count);
                exposed[age] = Math.addExact(exposed[age], cohort.acquired());
                age++;
            }
        }
        return Array.range(0, oldest).map(a -> new Retention(a + 1, retained[a], exposed[a], prior, level));
    }
}
