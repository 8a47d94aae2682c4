package io.github.custdev.internal;

import io.github.custdev.InvalidValueException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The single-field checks shared by every value type. Each returns its argument, so it can be used inline, and
 * throws {@link InvalidValueException} with the field, the rule and the value otherwise.
 */
public final class Checks {
    private Checks() {}

    /**
     * Checks that a reference is present.
     *
     * @param value the value
     * @param field the field's name, for the message
     * @param <T> the value's type
     * @return the value
     */
    public static <T> T notNull(@Nullable T value, String field) {
        if (value == null) {
            throw InvalidValueException.ofNull(field);
        }
        return value;
    }

    /**
     * Checks that a text is present and not blank: it must hold at least one character that shows, so a text of
     * only white space, no-break spaces (any Unicode space separator), control characters or invisible format
     * characters (zero-width spaces and joiners, the byte order mark) is refused, as {@link String#isBlank()} alone
     * would not.
     *
     * @param value the text
     * @param field the field's name
     * @return the text
     */
    public static String notBlank(@Nullable String value, String field) {
        notNull(value, field);
        // a loop, not codePoints().allMatch: this runs for every assessment made, and the first visible character
        // (almost always the first) ends it
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (!invisible(codePoint)) {
                return value;
            }
            i += Character.charCount(codePoint);
        }
        throw InvalidValueException.of(field, "must not be blank", value);
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || type == Character.CONTROL
                || type == Character.FORMAT;
    }

    /**
     * Checks that a number is finite: neither NaN nor infinite.
     *
     * @param value the number
     * @param field the field's name
     * @return the number
     */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw InvalidValueException.of(field, "must be finite", value);
        }
        return value;
    }

    /**
     * Checks that a number is a probability: finite and in [0, 1].
     *
     * @param value the number
     * @param field the field's name
     * @return the number
     */
    public static double probability(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw InvalidValueException.of(field, "must be in [0, 1]", value);
        }
        return value;
    }

    /**
     * Checks that a number lies strictly between 0 and 1, as an error rate or a risk must.
     *
     * @param value the number
     * @param field the field's name
     * @return the number
     */
    public static double openProbability(double value, String field) {
        if (!(value > 0.0 && value < 1.0)) {
            throw InvalidValueException.of(field, "must be in (0, 1)", value);
        }
        return value;
    }

    /**
     * Checks that a number is finite and strictly positive.
     *
     * @param value the number
     * @param field the field's name
     * @return the number
     */
    public static double positive(double value, String field) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw InvalidValueException.of(field, "must be finite and > 0", value);
        }
        return value;
    }

    /**
     * Checks that a number is finite and not negative.
     *
     * @param value the number
     * @param field the field's name
     * @return the number
     */
    public static double nonNegative(double value, String field) {
        if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw InvalidValueException.of(field, "must be finite and >= 0", value);
        }
        return value;
    }

    /** The most digits an amount may have on either side of its decimal point. */
    public static final int AMOUNT_DIGITS = 18;

    /**
     * Checks that an amount, of money or of anything else counted in decimals, is not negative and is written with at
     * most {@value #AMOUNT_DIGITS} digits before its decimal point and at most {@value #AMOUNT_DIGITS} after it: less
     * than 10<sup>18</sup>, with a {@linkplain BigDecimal#scale() scale} of at most 18. Eighteen digits before the point
     * hold any real sum in any currency, and eighteen after it hold the smallest unit any currency or token uses (the
     * wei, 10<sup>-18</sup> of an ether); within both, every sum and difference of two amounts is exact and cheap, and
     * an amount's text has at most 37 characters. A zero is accepted whatever its negative scale
     * ({@code 0E+30} is zero).
     *
     * @param value the amount
     * @param field the field's name
     * @return the amount
     */
    public static BigDecimal amount(@Nullable BigDecimal value, String field) {
        notNull(value, field);
        if (value.signum() < 0) {
            throw InvalidValueException.of(field, "must be >= 0", value);
        }
        if (value.scale() > AMOUNT_DIGITS) {
            throw InvalidValueException.of(
                    field, "must have at most " + AMOUNT_DIGITS + " digits after the decimal point", value);
        }
        if (value.signum() > 0 && (long) value.precision() - value.scale() > AMOUNT_DIGITS) {
            throw InvalidValueException.of(
                    field, "must have at most " + AMOUNT_DIGITS + " digits before the decimal point", value);
        }
        return value;
    }

    /**
     * Checks that a count is not negative.
     *
     * @param value the count
     * @param field the field's name
     * @return the count
     */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw InvalidValueException.of(field, "must be >= 0", value);
        }
        return value;
    }

    /**
     * Checks that a count is at least one.
     *
     * @param value the count
     * @param field the field's name
     * @return the count
     */
    public static long positive(long value, String field) {
        if (value < 1) {
            throw InvalidValueException.of(field, "must be >= 1", value);
        }
        return value;
    }

    /**
     * Checks the least probability of viability an audience must reach.
     *
     * @param requiredProbability the probability
     * @return the probability
     * @throws InvalidValueException if it is outside (0, 1]
     */
    public static double requiredProbability(double requiredProbability) {
        if (!(requiredProbability > 0.0 && requiredProbability <= 1.0)) {
            throw InvalidValueException.of("requiredProbability", "must be in (0, 1]", requiredProbability);
        }
        return requiredProbability;
    }

    /**
     * Checks an operating margin (profit over revenue) to reach.
     *
     * @param targetMargin the margin
     * @return the margin
     * @throws InvalidValueException if it is outside [0, 1)
     */
    public static double targetMargin(double targetMargin) {
        if (!(targetMargin >= 0.0 && targetMargin < 1.0)) {
            throw InvalidValueException.of("targetMargin", "must be in [0, 1)", targetMargin);
        }
        return targetMargin;
    }
}
