package io.github.custdev.demand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import org.apiguardian.api.API;

/**
 * A cohort of customers: those acquired in one period, and how many of them are still active (retained) at each age
 * since.
 *
 * <p>Age <i>a</i> is counted in whole periods after the period of acquisition: {@code retained.get(0)} is the number
 * still active one period later (age 1), {@code retained.get(a - 1)} the number at age <i>a</i>. A customer who
 * leaves does not come back into the count, so the numbers never rise with age.
 *
 * <pre>{@code
 * Cohort march = Cohort.of(3, 40, 34, 30, 29);   // period 3: 40 acquired, 34 active at age 1, 30 at 2, 29 at 3
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param period the period in which the cohort was acquired, &ge; 0
 * @param acquired the customers acquired in it, &ge; 0
 * @param retained the customers still active at ages 1, 2, ...; not empty, each between 0 and {@code acquired} and
 *     none above the one before
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Cohort(long period, long acquired, Seq<Long> retained) {

    /**
     * Checks the cohort.
     *
     * @throws InvalidValueException if the period or the number acquired is negative, or the retained counts are
     *     null, empty, negative, above the number acquired ({@code retained[2] must be at most acquired (40): 41})
     *     or rising with age ({@code retained[2] must be at most retained[1] (30): 31})
     */
    public Cohort {
        Checks.nonNegative(period, "cohort.period");
        Checks.nonNegative(acquired, "cohort.acquired");
        Counts.check(retained, "retained");
        long previous = acquired;
        int index = 0;
        for (long count : retained) {
            if (count > acquired) {
                throw InvalidValueException.of(
                        "retained[" + index + ']', "must be at most acquired (" + acquired + ')', count);
            }
            if (count > previous) {
                throw InvalidValueException.of(
                        "retained[" + index + ']',
                        "must be at most retained[" + (index - 1) + "] (" + previous + ')',
                        count);
            }
            previous = count;
            index++;
        }
    }

    /**
     * A cohort.
     *
     * @param period the period in which the cohort was acquired, &ge; 0
     * @param acquired the customers acquired in it, &ge; 0
     * @param retained the customers still active at ages 1, 2, ...
     * @return the cohort
     * @throws InvalidValueException as {@link #Cohort(long, long, Seq)}
     */
    public static Cohort of(long period, long acquired, long... retained) {
        return new Cohort(period, acquired, Array.ofAll(Checks.notNull(retained, "retained")));
    }

    /**
     * The oldest age observed.
     *
     * @return the number of retained counts, at least 1
     */
    public int ages() {
        return retained.size();
    }
}
