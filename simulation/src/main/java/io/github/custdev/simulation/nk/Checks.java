package io.github.custdev.simulation.nk;

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

    static int inRange(String field, int value, int low, int high, String rule) {
        if (value < low || value > high) {
            throw InvalidValueException.of(field, rule, value);
        }
        return value;
    }

    static int positive(String field, int value) {
        return inRange(field, value, 1, Integer.MAX_VALUE, "must be positive");
    }

    static int notNegative(String field, int value) {
        return inRange(field, value, 0, Integer.MAX_VALUE, "must not be negative");
    }

    static double probability(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw InvalidValueException.of(field, "must be in [0, 1]", value);
        }
        return value;
    }
}
