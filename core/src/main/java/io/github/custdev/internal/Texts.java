package io.github.custdev.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Small text helpers for traces and diagrams, independent of the default locale and without format strings. */
public final class Texts {
    private Texts() {}

    /**
     * The text {@link Double#toString(double)} gives, without its cost for a whole number of magnitude below 10^7
     * (such as a prior's 6.0): {@code "6.0"}, {@code "-3.0"}; any other number as {@code Double.toString} writes it.
     *
     * @param value the number
     * @return the same text as {@code Double.toString(value)}
     */
    public static String javaDouble(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e7 && !(value == 0.0 && 1.0 / value < 0)) {
            return (long) value + ".0";
        }
        return Double.toString(value);
    }

    /**
     * A number with at most two decimals and no trailing zeros: {@code 3}, {@code 0.8}, {@code 2.47}.
     *
     * @param value the number
     * @return the text; {@code NaN} and infinities as {@link Double#toString(double)} writes them
     */
    public static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    /**
     * A constant's name as words: {@code CUSTOMER_SEGMENT} becomes {@code "customer segment"}.
     *
     * @param constant the constant
     * @return its name in lower-case words
     */
    public static String words(Enum<?> constant) {
        return constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /**
     * A constant's name as a title: {@code CUSTOMER_DISCOVERY} becomes {@code "Customer Discovery"}.
     *
     * @param constant the constant
     * @return its name in capitalised words
     */
    public static String title(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_", -1);
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            if (!word.isEmpty()) {
                text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return text.toString();
    }

    /**
     * A rate as a percentage with three significant digits: {@code 5.00%}, {@code 0.125%}.
     *
     * @param rate the rate
     * @return the text
     */
    public static String percent(double rate) {
        return String.format(Locale.ROOT, "%.3g%%", 100.0 * rate);
    }
}
