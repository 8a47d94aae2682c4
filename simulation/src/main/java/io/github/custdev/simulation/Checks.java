package io.github.custdev.simulation;

import io.github.custdev.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** The argument checks of this package, each with the message the library uses everywhere. */
final class Checks {

    private Checks() {}

    static <T> T notNull(String field, @Nullable T value) {
        if (value == null) {
            throw InvalidValueException.ofNull(field);
        }
        return value;
    }

    static void notNegative(String field, long value) {
        if (value < 0) {
            throw InvalidValueException.of(field, "must not be negative", value);
        }
    }

    static int positive(String field, int value) {
        if (value <= 0) {
            throw InvalidValueException.of(field, "must be positive", value);
        }
        return value;
    }
}
