package io.github.custdev.simulation.internal;

import io.github.custdev.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks of the simulation module, each with the message the library uses everywhere: the field, the
 * rule and the value. Not part of the API: the package is not exported.
 */
public final class Checks {

    private Checks() {}

    /**
     * Checks that a value is present.
     *
     * @param field the field's name
     * @param value the value
     * @param <T> the value's type
     * @return the value
     * @throws InvalidValueException {@code field is null} if it is null
     */
    public static <T> T notNull(String field, @Nullable T value) {
        if (value == null) {
            throw InvalidValueException.ofNull(field);
        }
        return value;
    }

    /**
     * Checks that a count or an index is zero or more.
     *
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws InvalidValueException {@code field must not be negative: value} if it is negative
     */
    public static long notNegative(String field, long value) {
        if (value < 0) {
            throw InvalidValueException.of(field, "must not be negative", value);
        }
        return value;
    }

    /**
     * Checks that a count or an index is zero or more.
     *
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws InvalidValueException {@code field must not be negative: value} if it is negative
     */
    public static int notNegative(String field, int value) {
        return inRange(field, value, 0, Integer.MAX_VALUE, "must not be negative");
    }

    /**
     * Checks that a count is at least 1.
     *
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws InvalidValueException {@code field must be positive: value} if it is not
     */
    public static int positive(String field, int value) {
        return inRange(field, value, 1, Integer.MAX_VALUE, "must be positive");
    }

    /**
     * Checks that a value lies in a closed range.
     *
     * @param field the field's name
     * @param value the value
     * @param low the smallest value allowed
     * @param high the largest value allowed
     * @return the value
     * @throws InvalidValueException {@code field must be in [low, high]: value} if it does not
     */
    public static int inRange(String field, int value, int low, int high) {
        return inRange(field, value, low, high, "must be in [" + low + ", " + high + "]");
    }

    /**
     * Checks that a value lies in a closed range, with the rule in the caller's words ({@code must be in [0, N-1]}).
     *
     * @param field the field's name
     * @param value the value
     * @param low the smallest value allowed
     * @param high the largest value allowed
     * @param rule the rule, as the message states it
     * @return the value
     * @throws InvalidValueException {@code field rule: value} if it does not
     */
    public static int inRange(String field, int value, int low, int high, String rule) {
        if (value < low || value > high) {
            throw InvalidValueException.of(field, rule, value);
        }
        return value;
    }

    /**
     * Checks that a probability lies in [0, 1] (NaN does not).
     *
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws InvalidValueException {@code field must be in [0, 1]: value} if it does not
     */
    public static double probability(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw InvalidValueException.of(field, "must be in [0, 1]", value);
        }
        return value;
    }

    /**
     * Checks that a number is finite and greater than zero.
     *
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws InvalidValueException {@code field must be finite and > 0: value} if it is not
     */
    public static double positive(String field, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw InvalidValueException.of(field, "must be finite and > 0", value);
        }
        return value;
    }

    /**
     * Checks that a number is finite and zero or more.
     *
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws InvalidValueException {@code field must be finite and >= 0: value} if it is not
     */
    public static double notNegative(String field, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw InvalidValueException.of(field, "must be finite and >= 0", value);
        }
        return value;
    }

    /**
     * Checks that a number lies strictly between 0 and 1 (NaN does not).
     *
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws InvalidValueException {@code field must be in (0, 1): value} if it does not
     */
    public static double openUnit(String field, double value) {
        if (!(value > 0 && value < 1)) {
            throw InvalidValueException.of(field, "must be in (0, 1)", value);
        }
        return value;
    }
}
