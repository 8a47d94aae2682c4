package io.github.custdev.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Phase;
import org.junit.jupiter.api.Test;

class TextsTests {

    @Test
    void decimalsHaveAtMostTwoPlacesAndNoTrailingZeros() {
        assertEquals("3", Texts.decimal(3.0));
        assertEquals("-2", Texts.decimal(-2.0));
        assertEquals("0.8", Texts.decimal(0.8));
        assertEquals("0.67", Texts.decimal(2.0 / 3));
        assertEquals("2.47", Texts.decimal(2.4651));
        assertEquals("0", Texts.decimal(0.001));
        assertEquals("1", Texts.decimal(0.999));
        assertEquals("1000000000000000", Texts.decimal(1e15));
        assertEquals("100000000000000000000", Texts.decimal(1e20));
        assertEquals("-10000000000000000", Texts.decimal(-1e16));
        assertEquals("NaN", Texts.decimal(Double.NaN));
        assertEquals("Infinity", Texts.decimal(Double.POSITIVE_INFINITY));
    }

    @Test
    void javaDoublesReadAsDoubleToStringWritesThem() {
        double[] edges = {
            0.0,
            -0.0,
            1.0,
            -1.0,
            6.0,
            9_999_999.0,
            -9_999_999.0,
            1e7,
            -1e7,
            1e7 - 0.5,
            0.5,
            -0.5,
            1e-300,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            0x1p53,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        for (double value : edges) {
            assertEquals(Double.toString(value), Texts.javaDouble(value), () -> "for " + value);
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261206);
        for (int i = 0; i < 10_000; i++) {
            double whole = (double) random.nextLong(-20_000_000, 20_000_000);
            double any = Double.longBitsToDouble(random.nextLong());
            assertEquals(Double.toString(whole), Texts.javaDouble(whole), () -> "for " + whole);
            assertEquals(Double.toString(any), Texts.javaDouble(any), () -> "for " + any);
        }
    }

    @Test
    void constantsReadAsWordsOrTitles() {
        assertEquals("customer segment", Texts.words(BusinessModelArea.CUSTOMER_SEGMENT));
        assertEquals("Customer Discovery", Texts.title(Phase.CUSTOMER_DISCOVERY));
        assertEquals("Problem", Texts.title(BusinessModelArea.PROBLEM));
    }
}
