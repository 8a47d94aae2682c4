package io.github.custdev.scoring;

/**
 * Number formatting for the reasons and parameters of assessments: fixed decimals, without {@code String.format} or
 * a locale, so that assessing stays cheap and its text is the same on every machine.
 */
final class Text {
    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L};

    private Text() {}

    /**
     * Appends a number rounded half up to the given decimals, such as {@code 0.97} or {@code -3.02}; numbers too
     * large for that are appended as {@link Double#toString(double)} does.
     */
    static StringBuilder fixed(StringBuilder text, double value, int decimals) {
        if (!Double.isFinite(value)) {
            return text.append(Double.isNaN(value) ? "NaN" : value > 0 ? "infinity" : "-infinity");
        }
        long scale = POWERS[decimals];
        double scaled = Math.abs(value) * scale;
        if (scaled >= 9.0e15) {
            return text.append(value);
        }
        long rounded = Math.round(scaled);
        if (value < 0 && rounded != 0) {
            text.append('-');
        }
        text.append(rounded / scale);
        if (decimals > 0) {
            text.append('.');
            long fraction = rounded % scale;
            for (long power = scale / 10; power > 1 && fraction < power; power /= 10) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text;
    }

    /**
     * Appends a number with at most {@code maxDecimals} decimals and at least {@code minDecimals}, trailing zeros
     * removed in between: {@code 0.40}, {@code 0.375}, {@code 120}.
     */
    static StringBuilder number(StringBuilder text, double value, int minDecimals, int maxDecimals) {
        int start = text.length();
        fixed(text, value, maxDecimals);
        int dot = text.indexOf(".", start);
        if (dot < 0 || !Double.isFinite(value) || Math.abs(value) * POWERS[maxDecimals] >= 9.0e15) {
            return text;
        }
        int keep = dot + minDecimals;
        int end = text.length();
        while (end - 1 > keep && text.charAt(end - 1) == '0') {
            end--;
        }
        if (minDecimals == 0 && end - 1 == dot) {
            end = dot;
        }
        text.setLength(end);
        return text;
    }

    /** Appends a rate or threshold in [0, 1] with two to four decimals: {@code 0.40}, {@code 0.375}. */
    static StringBuilder rate(StringBuilder text, double value) {
        return number(text, value, 2, 4);
    }

    /**
     * Appends {@code " = 0.97"} for a probability, or {@code " > 0.99"} / {@code " < 0.01"} when two decimals would
     * round it to a certainty it does not have.
     */
    static StringBuilder probability(StringBuilder text, double p) {
        if (p > 0.995 && p < 1.0) {
            return text.append(" > 0.99");
        }
        if (p < 0.005 && p > 0.0) {
            return text.append(" < 0.01");
        }
        return fixed(text.append(" = "), p, 2);
    }

    /** The number as text with at most four decimals, for parameters. */
    static String of(double value) {
        return number(new StringBuilder(12), value, 0, 4).toString();
    }
}
