package io.github.custdev.simulation.journey;

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

    static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw InvalidValueException.of(field, "must be in [" + min + ", " + max + "]", value);
        }
        return value;
    }

    static int notNegative(String field, int value) {
        if (value < 0) {
            throw InvalidValueException.of(field, "must not be negative", value);
        }
        return value;
    }
}
