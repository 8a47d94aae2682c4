package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The locale-free number formatting of assessments' texts: read back, a number is within half a unit of its last
 * decimal of the value, with exactly (or, trimmed, at most) the decimals asked for; and the edge cases by hand.
 */
class TextProperties {

    private static String fixed(double value, int decimals) {
        return Text.fixed(new StringBuilder(), value, decimals).toString();
    }

    private static String number(double value, int min, int max) {
        return Text.number(new StringBuilder(), value, min, max).toString();
    }

    private static int decimalsOf(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? 0 : text.length() - dot - 1;
    }

    @Property(tries = 500)
    void fixedRoundsToTheNearestUnitOfItsLastDecimal(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
            @ForAll @IntRange(min = 0, max = 6) int decimals) {
        String text = fixed(value, decimals);
        double unit = Math.pow(10, -decimals);
        assertEquals(decimals, decimalsOf(text), text);
        assertEquals(value, Double.parseDouble(text), unit / 2 + Math.ulp(value) * 4, text);
        assertTrue(!text.startsWith("-") || value < 0, text);
        assertTrue(!text.startsWith("-0") || text.length() > 2 && !text.matches("-0(\\.0*)?"), text);
    }

    @Property(tries = 500)
    void numberKeepsBetweenMinAndMaxDecimalsWithoutTrailingZeros(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
            @ForAll @IntRange(min = 0, max = 2) int min,
            @ForAll @IntRange(min = 2, max = 6) int max) {
        String text = number(value, min, max);
        int decimals = decimalsOf(text);
        assertTrue(decimals >= min && decimals <= max, text);
        assertTrue(decimals <= min || !text.endsWith("0"), "trailing zero beyond the minimum: " + text);
        assertTrue(!text.endsWith("."), text);
        assertEquals(value, Double.parseDouble(text), Math.pow(10, -max) / 2 + Math.ulp(value) * 4, text);
    }

    @Example
    void fixedByHand() {
        assertEquals("0.97", fixed(0.9712, 2));
        assertEquals("-3.02", fixed(-3.0249, 2));
        assertEquals("0.05", fixed(0.05, 2));
        assertEquals("1.007", fixed(1.007, 3));
        assertEquals("1.000100", fixed(1.0001, 6));
        assertEquals("0.00", fixed(-0.001, 2), "no minus sign on a value that rounds to zero");
        assertEquals("-0.01", fixed(-0.006, 2));
        assertEquals("12", fixed(12.4, 0));
        assertEquals("13", fixed(12.5, 0));
        assertEquals("0.5", fixed(0.5, 1));
        assertEquals("NaN", fixed(Double.NaN, 2));
        assertEquals("infinity", fixed(Double.POSITIVE_INFINITY, 2));
        assertEquals("-infinity", fixed(Double.NEGATIVE_INFINITY, 2));
        assertEquals("1.0E20", fixed(1e20, 2), "too large for the decimals: as Double.toString");
        assertEquals("9.0E13", fixed(9.0e13, 2), "the first number too large for two decimals");
        assertEquals("89999999999999.98", fixed(8.999999999999998e13, 2));
    }

    @Example
    void numberByHand() {
        assertEquals("0.40", number(0.4, 2, 4));
        assertEquals("0.375", number(0.375, 2, 4));
        assertEquals("120", number(120, 0, 4));
        assertEquals("120.5", number(120.5, 0, 4));
        assertEquals("0.1235", number(0.12345678, 0, 4));
        assertEquals("1.0E20", number(1e20, 0, 4));
        assertEquals("NaN", number(Double.NaN, 0, 4));
        assertEquals("3", Text.of(3.0));
        assertEquals("0.05", Text.of(0.05));
        assertEquals("0.40", Text.rate(new StringBuilder(), 0.4).toString());
    }

    @Example
    void probabilitiesThatTwoDecimalsWouldRoundToACertaintyAreShownAsBounds() {
        assertEquals(" > 0.99", Text.probability(new StringBuilder(), 0.996).toString());
        assertEquals(
                " > 0.99",
                Text.probability(new StringBuilder(), Math.nextDown(1.0)).toString());
        assertEquals(" = 1.00", Text.probability(new StringBuilder(), 1.0).toString());
        assertEquals(" > 0.99", Text.probability(new StringBuilder(), 0.995).toString(), "not rounded up to 1.00");
        assertEquals(
                " = 0.99",
                Text.probability(new StringBuilder(), Math.nextDown(0.995)).toString());
        assertEquals(" < 0.01", Text.probability(new StringBuilder(), 0.004).toString());
        assertEquals(
                " < 0.01",
                Text.probability(new StringBuilder(), Double.MIN_VALUE).toString());
        assertEquals(" = 0.00", Text.probability(new StringBuilder(), 0.0).toString());
        assertEquals(" = 0.01", Text.probability(new StringBuilder(), 0.005).toString());
        assertEquals(" = 0.50", Text.probability(new StringBuilder(), 0.5).toString());
    }
}
