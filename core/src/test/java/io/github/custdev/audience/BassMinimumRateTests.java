package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Coefficients so small that the times overflow: with p the smallest double and q = 2e-307, the peak
 * ln(q/p) / (p + q) = 38.3 / 2.09e-307 is past Double.MAX_VALUE, and was returned as infinity. p + q must now be at
 * least 1e-300, from where every time is finite.
 */
class BassMinimumRateTests {

    @Test
    void coefficientsSummingBelowTheMinimumAreRefused() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class, () -> BassDiffusion.of(Double.MIN_VALUE, 2.0892961308540066E-307, 1e6));
        assertEquals("diffusion.innovation", e.field());
        assertEquals("diffusion.innovation plus imitation must be at least 1.0E-300: 4.9E-324", e.getMessage());
        assertThrows(InvalidValueException.class, () -> BassDiffusion.of(Math.nextDown(1e-300), 0, 1e6));
    }

    @Test
    void atTheMinimumEveryTimeIsFinite() {
        BassDiffusion slowest = BassDiffusion.of(1e-300, 0, 1e6);
        assertEquals(0.0, slowest.peakTime(), 0.0);
        assertTrue(Double.isFinite(slowest.timeToReach(0.999_999 * 1e6).get()));
        // q / p as large as the sum allows: ln(1e-300 / 4.9e-324) = 53.7, peak at 5.4e301 periods
        BassDiffusion skewed = BassDiffusion.of(Double.MIN_VALUE, 1e-300, 1e6);
        assertEquals(Math.log(1e-300 / Double.MIN_VALUE) / 1e-300, skewed.peakTime(), 1e-12 * skewed.peakTime());
        assertTrue(Double.isFinite(skewed.timeToReach(0.999_999 * 1e6).get()));
    }
}
