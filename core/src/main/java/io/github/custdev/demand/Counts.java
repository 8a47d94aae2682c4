package io.github.custdev.demand;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Seq;
import org.jspecify.annotations.Nullable;

/** The checks every observed series of counts shares: present, not empty, no nulls, no negatives, a finite sum. */
final class Counts {
    private Counts() {}

    /**
     * Checks a series of counts.
     *
     * @param given the counts
     * @param field the series' name in messages, such as {@code adoptions}; an element is named {@code adoptions[2]}
     * @return the counts
     * @throws InvalidValueException if the series is null or empty, or a count is null or negative
     */
    static Seq<Long> check(@Nullable Seq<Long> given, String field) {
        Seq<Long> counts = Checks.notNull(given, field);
        if (counts.isEmpty()) {
            throw InvalidValueException.of(field, "must not be empty", counts);
        }
        long sum = 0;
        int index = 0;
        for (Long count : counts) {
            String element = field + '[' + index + ']';
            long value = Checks.notNull(count, element);
            Checks.nonNegative(value, element);
            if (sum > Long.MAX_VALUE - value) {
                throw InvalidValueException.of(field, "must sum to at most Long.MAX_VALUE", counts);
            }
            sum += value;
            index++;
        }
        return counts;
    }

    /**
     * The sum of counts already checked.
     *
     * @param counts checked counts
     * @return their sum
     */
    static long sum(Seq<Long> counts) {
        long sum = 0;
        for (Long count : counts) {
            sum += count;
        }
        return sum;
    }
}
