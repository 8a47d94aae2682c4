package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.InvalidValueException;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class BassDiffusionTests {
    /** The averages of Sultan, Farley and Lehmann (1990), in a market of 10,000 eventual adopters. */
    private static final BassDiffusion CLASSIC = BassDiffusion.of(0.03, 0.38, 10_000);

    /** t* = ln(0.38 / 0.03) / 0.41 = ln(12.667) / 0.41 = 2.53897 / 0.41 = 6.1926 periods. */
    @Test
    void theClassicCoefficientsPeakAfterSixPointTwoPeriods() {
        assertEquals(6.192619197703112, CLASSIC.peakTime(), 1e-12);
        // At the peak F(t*) = (q - p) / (2q) = 0.35 / 0.76 (Bass 1969)
        assertEquals(0.35 / 0.76, CLASSIC.cumulativeShare(CLASSIC.peakTime()), 1e-12);
        // and the adoption rate f(t*) = (p + q)^2 / (4q) = 0.1681 / 1.52 is the highest of all
        double h = 1e-5;
        double t = CLASSIC.peakTime();
        double rate = (CLASSIC.cumulativeShare(t + h) - CLASSIC.cumulativeShare(t - h)) / (2 * h);
        assertEquals(0.1681 / 1.52, rate, 1e-8);
        for (double other : new double[] {0.5, 3, 6, 6.4, 9, 20}) {
            double elsewhere = (CLASSIC.cumulativeShare(other + h) - CLASSIC.cumulativeShare(other - h)) / (2 * h);
            assertTrue(elsewhere < rate, "at " + other);
        }
    }

    /** m F(n) for n = 1..7, computed independently with Python's math module. */
    @Test
    void cumulativeAdoptionByPeriod() {
        double[] expected = {
            357.5816425644162,
            850.5628140218216,
            1505.0007196371294,
            2331.5047173163007,
            3311.986424913736,
            4392.352178728753,
            5490.097416577533
        };
        for (int n = 1; n <= expected.length; n++) {
            assertEquals(expected[n - 1], CLASSIC.cumulativeAdopters(n), 1e-9);
            assertEquals(expected[n - 1] - (n == 1 ? 0 : expected[n - 2]), CLASSIC.adoptersIn(n), 1e-9, "period " + n);
        }
        assertEquals(0.0, CLASSIC.cumulativeAdopters(0));
        assertEquals(10_000, CLASSIC.cumulativeAdopters(200), 1e-9);
    }

    /**
     * Bass's discrete recursion N(t) = N(t-1) + (p + q N(t-1)/m)(m - N(t-1)) is the explicit Euler step of
     * dF/dt = (p + qF)(1 - F) with a step of one period: it lags the closed form, by up to 7.14% of m for these
     * coefficients (tolerance 8%). With a step h the same recursion, N += h (p + q N/m)(m - N), differs by at most
     * about 0.0721 h m as h shrinks (tolerance 0.08 h m), and the difference shrinks tenfold with the step:
     * first-order convergence to the closed form.
     */
    @Test
    void theClosedFormAgreesWithTheDiscreteRecursion() {
        double previous = Double.NaN;
        for (double h : new double[] {1, 0.1, 0.01, 0.001}) {
            double error = maxRecursionError(0.03, 0.38, 10_000, h, 30);
            assertTrue(error <= 0.08 * h * 10_000, h + ": " + error);
            if (!Double.isNaN(previous)) {
                assertEquals(10.0, previous / error, 1.0, "convergence ratio at " + h);
            }
            previous = error;
        }
        assertEquals(714.0, maxRecursionError(0.03, 0.38, 10_000, 1, 30), 1.0);
    }

    /**
     * The sign of the recursion's difference from the closed form, N(t) - m F(t), computed here step by step: the
     * recursion lags (negative) through the first twelve periods, most at t = 7 (-7.14% of m), and runs slightly
     * ahead afterwards (+0.65% of m at t = 15). As h shrinks the largest difference tends to 0.0721 h m, at t near
     * 6.2 (the peak of adoption).
     */
    @Test
    void theDiscreteRecursionLagsTheClosedFormEarlyOn() {
        double m = 10_000;
        BassDiffusion bass = BassDiffusion.of(0.03, 0.38, m);
        double adopters = 0;
        double[] difference = new double[31];
        for (int t = 1; t <= 30; t++) {
            adopters += (0.03 + 0.38 * adopters / m) * (m - adopters);
            difference[t] = adopters - bass.cumulativeAdopters(t);
        }
        for (int t : new int[] {1, 3, 5, 7, 9, 12}) {
            assertTrue(difference[t] < 0.0, "lags at t = " + t + ": " + difference[t]);
        }
        for (int t : new int[] {13, 15, 20}) {
            assertTrue(difference[t] > 0.0, "ahead at t = " + t + ": " + difference[t]);
        }
        assertEquals(-0.0714 * m, difference[7], 0.0001 * m);
        assertEquals(0.0065 * m, difference[15], 0.0001 * m);
        assertEquals(0.0721, maxRecursionError(0.03, 0.38, 1, 0.001, 30) / 0.001, 0.0001);
    }

    private static double maxRecursionError(double p, double q, double m, double h, double horizon) {
        BassDiffusion bass = BassDiffusion.of(p, q, m);
        double adopters = 0;
        double error = 0;
        long steps = Math.round(horizon / h);
        for (long k = 1; k <= steps; k++) {
            adopters += h * (p + q * adopters / m) * (m - adopters);
            error = Math.max(error, Math.abs(adopters - bass.cumulativeAdopters(k * h)));
        }
        return error;
    }

    @Test
    void periodsUntilTheBreakEvenAudience() {
        // 850.6 by the end of period 2, 1,505.0 by the end of period 3
        assertEquals(Option.some(3L), CLASSIC.periodsToReach(1_000));
        assertEquals(Option.some(2L), CLASSIC.periodsToReach(850));
        assertEquals(Option.some(0L), CLASSIC.periodsToReach(0));
        // t = ln((1 + 0.1 * 0.38 / 0.03) / 0.9) / 0.41 = ln(2.5926) / 0.41
        assertEquals(
                Math.log((1 + 0.1 * 0.38 / 0.03) / 0.9) / 0.41,
                CLASSIC.timeToReach(1_000).get(),
                1e-12);
        assertEquals(
                1_000, CLASSIC.cumulativeAdopters(CLASSIC.timeToReach(1_000).get()), 1e-9);
    }

    @Test
    void theWholeMarketIsApproachedButNeverReached() {
        assertEquals(Option.none(), CLASSIC.timeToReach(10_000));
        assertEquals(Option.none(), CLASSIC.periodsToReach(10_000));
        assertEquals(Option.none(), CLASSIC.periodsToReach(12_000));
        assertTrue(CLASSIC.periodsToReach(9_999.99).isDefined());
    }

    @Test
    void justBelowTheMarketSizeTheFirstPeriodThatReachesTheNumberCounts() {
        // there 1 - f cancels and the inverse is off by several periods, while m F(n) stays on one double for several
        // periods: the first of them is the answer
        for (BassDiffusion diffusion : new BassDiffusion[] {
            BassDiffusion.of(0.01, 0.1, 1000),
            BassDiffusion.of(0.1, 0.1, 1000),
            // a run of equal values that ends at period 256 or 128, where a doubling search looks first
            BassDiffusion.of(0.004, 0.15, 1000),
            BassDiffusion.of(0.007, 0.3, 1000),
            CLASSIC
        }) {
            double m = diffusion.marketSize();
            for (double adopters = Math.nextDown(m); adopters > m * (1 - 1e-12); adopters = Math.nextDown(adopters)) {
                long n = diffusion.periodsToReach(adopters).get();
                String label = diffusion + ", " + adopters + " adopters: period " + n;
                assertTrue(diffusion.cumulativeAdopters((double) n) >= adopters, label);
                assertTrue(diffusion.cumulativeAdopters((double) (n - 1)) < adopters, label);
            }
        }
    }

    @Test
    void morePeriodsThanALongHoldsSaturate() {
        // p + q = 1e-20: 90% of the market takes ln(10) / 1e-20 periods, far beyond Long.MAX_VALUE
        assertEquals(
                Option.some(Long.MAX_VALUE), BassDiffusion.of(1e-20, 0, 1000).periodsToReach(900));
    }

    @Test
    void withoutImitationAdoptionIsFastestAtLaunch() {
        BassDiffusion innovatorsOnly = BassDiffusion.of(0.1, 0, 1_000);
        assertEquals(0.0, innovatorsOnly.peakTime());
        // F(t) = 1 - e^{-pt}: exponential adoption
        assertEquals(1 - Math.exp(-0.5), innovatorsOnly.cumulativeShare(5), 1e-15);
        assertEquals(0.0, BassDiffusion.of(0.2, 0.2, 1).peakTime());
    }

    @Test
    void invalidParametersAreRejectedWithFieldRuleAndValue() {
        assertMessage("diffusion.innovation must be finite and > 0: 0.0", () -> BassDiffusion.of(0, 0.38, 1));
        assertMessage("diffusion.imitation must be finite and >= 0: -0.1", () -> BassDiffusion.of(0.03, -0.1, 1));
        assertMessage(
                "diffusion.marketSize must be finite and > 0: Infinity",
                () -> BassDiffusion.of(0.03, 0.38, Double.POSITIVE_INFINITY));
        assertMessage("time must be finite and >= 0: -1.0", () -> CLASSIC.cumulativeShare(-1));
        assertMessage("adopters must be finite and >= 0: NaN", () -> CLASSIC.periodsToReach(Double.NaN));
        assertMessage("period must be >= 1: 0", () -> CLASSIC.adoptersIn(0));
    }

    @Test
    void diffusionsAreValues() {
        assertEquals(BassDiffusion.of(0.03, 0.38, 10_000), CLASSIC);
        assertEquals(BassDiffusion.of(0.03, 0.38, 10_000).hashCode(), CLASSIC.hashCode());
        assertEquals("Bass(p=0.03, q=0.38, m=10000.0)", CLASSIC.toString());
    }

    static void assertMessage(String message, Runnable call) {
        assertEquals(
                message, assertThrows(InvalidValueException.class, call::run).getMessage());
    }
}
