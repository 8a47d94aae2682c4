package io.github.custdev.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTests {

    private static final double EXACT = 1e-12;

    /** R: quantile(1:10, c(.05, .25, .5, .75, .95)) (type 7, R's default) gives 1.45 3.25 5.50 7.75 9.55. */
    @Test
    void quantilesAreRsTypeSeven() {
        Summary summary = Summary.of(10, 3, 1, 2, 4, 5, 9, 6, 8, 7);
        assertEquals(1.45, summary.p5(), EXACT);
        assertEquals(3.25, summary.p25(), EXACT);
        assertEquals(5.5, summary.median(), EXACT);
        assertEquals(7.75, summary.p75(), EXACT);
        assertEquals(9.55, summary.p95(), EXACT);
        assertEquals(1.0, summary.quantile(0.0), EXACT);
        assertEquals(10.0, summary.quantile(1.0), EXACT);
        assertEquals(1.0, summary.min());
        assertEquals(10.0, summary.max());
    }

    /** 1..10: mean 5.5, sample variance 55/6, sd sqrt(55/6), se sd / sqrt(10). */
    @Test
    void momentsAreTheSampleOnes() {
        Summary summary = Summary.of(10, 3, 1, 2, 4, 5, 9, 6, 8, 7);
        assertEquals(10, summary.count());
        assertEquals(5.5, summary.mean(), EXACT);
        assertEquals(Math.sqrt(55.0 / 6.0), summary.standardDeviation().get(), EXACT);
        assertEquals(
                Math.sqrt(55.0 / 6.0) / Math.sqrt(10), summary.standardError().get(), EXACT);
    }

    @Test
    void aSingleValueHasNoSpread() {
        Summary summary = Summary.of(2.5);
        assertEquals(1, summary.count());
        assertEquals(2.5, summary.mean());
        assertTrue(summary.standardDeviation().isEmpty());
        assertTrue(summary.standardError().isEmpty());
        assertEquals(2.5, summary.p5());
        assertEquals(2.5, summary.p95());
    }

    @Test
    void twoValuesHaveASpread() {
        Summary summary = Summary.of(1, 3);
        assertEquals(Math.sqrt(2), summary.standardDeviation().get(), EXACT);
        assertEquals(1.0, summary.standardError().get(), EXACT);
        assertEquals(1.1, summary.p5(), EXACT);
    }

    @Test
    void theCallersArrayIsCopied() {
        double[] values = {3, 1, 2};
        Summary summary = Summary.of(values);
        values[0] = 100;
        assertEquals(3.0, summary.max());
        assertEquals(3.0, values[1] + values[2]);
    }

    @Test
    void summariesOfTheSameValuesAreEqualWhateverTheirOrder() {
        assertEquals(Summary.of(1, 2, 3), Summary.of(3, 1, 2));
        assertEquals(Summary.of(1, 2, 3).hashCode(), Summary.of(3, 1, 2).hashCode());
        assertNotEquals(Summary.of(1, 2, 3), Summary.of(1, 2, 4));
        assertNotEquals(Summary.of(1, 2, 3).hashCode(), Summary.of(1, 2, 4).hashCode());
        assertNotEquals(Summary.of(1, 2, 3), "Summary");
        assertEquals(
                "Summary[n=2, mean=2.0, se=1.0, min=1.0, p5=1.1, p25=1.5, median=2.0, p75=2.5, p95=2.9, max=3.0]",
                Summary.of(1, 3).toString());
        assertEquals(
                "Summary[n=1, mean=1.0, se=-, min=1.0, p5=1.0, p25=1.0, median=1.0, p75=1.0, p95=1.0, max=1.0]",
                Summary.of(1).toString());
    }

    @Test
    void badValuesAreRefused() {
        Expect.invalid("values must not be empty: []", Summary::of);
        Expect.invalid("values is null", () -> Summary.of((double[]) null));
        Expect.invalid("values[1] must be finite: NaN", () -> Summary.of(1, Double.NaN));
        Expect.invalid("values[0] must be finite: Infinity", () -> Summary.of(Double.POSITIVE_INFINITY));
        Expect.invalid("values[2] must be finite: -Infinity", () -> Summary.of(1, 2, Double.NEGATIVE_INFINITY));
        Expect.invalid(
                "values must have a finite standard deviation: NaN",
                () -> Summary.of(-Double.MAX_VALUE, Double.MAX_VALUE));
        Summary summary = Summary.of(1, 2);
        Expect.invalid("probability must be in [0, 1]: 1.5", () -> summary.quantile(1.5));
        Expect.invalid("probability must be in [0, 1]: -0.1", () -> summary.quantile(-0.1));
        Expect.invalid("probability must be in [0, 1]: NaN", () -> summary.quantile(Double.NaN));
    }
}
