package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.scoring.Assessment;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.statistics.distribution.BetaDistribution;

class ConversionProperties {
    private static final Conversion POSTERIOR = Conversion.from(Assessments.betaPosterior(13, 39, 0.95));

    /**
     * Shapes log-uniform in [0.3, 10^5], from U-shaped to a posterior on a hundred thousand customers, and levels from
     * 50% to 99%. The tolerance is 1e-10 plus ulp(1) / d, with d the distance of the nearer bound to 0 or 1: a bound
     * within d of the edge carries (1 - U), or L, to a relative precision of ulp(1) / d only, and the interval, not the
     * match, limits the agreement there (over 3,000 random cases the error stayed below 1e-11 + 0.02 ulp(1) / d).
     */
    @Property(tries = 200)
    void aBetaPosteriorIsRecoveredFromItsEqualTailedInterval(
            @ForAll @Scale(6) @DoubleRange(min = -0.52, max = 5) double log10Alpha,
            @ForAll @Scale(6) @DoubleRange(min = -0.52, max = 5) double log10Beta,
            @ForAll @Scale(6) @DoubleRange(min = 0.5, max = 0.99) double level,
            @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 0.99) double tail) {
        double alpha = Math.pow(10, log10Alpha);
        double beta = Math.pow(10, log10Beta);
        BetaDistribution exact = BetaDistribution.of(alpha, beta);
        Assessment assessment = Assessments.betaPosterior(alpha, beta, level);
        double edge = Math.min(
                assessment.interval().lower(), 1 - assessment.interval().upper());
        double tolerance = 1e-10 + Math.ulp(1.0) / edge;
        Conversion conversion = Conversion.from(assessment);
        double rate = exact.inverseSurvivalProbability(tail);
        assertEquals(exact.survivalProbability(rate), conversion.probabilityAtLeast(rate), tolerance);
        assertEquals(exact.getMean(), conversion.mean(), tolerance);
    }

    /**
     * Monotone up to the rounding of Commons Statistics' Beta survival function, which can rise by an ulp near 1: for
     * Beta(13.000000001, 39.000000003) it gives 0.9999999999999999 at 0.0079 and 0.9999999999999998 at 0.007727 (seed
     * 6500257220632604967). Four ulps of 1 are allowed; any real error of the direction is far larger.
     */
    @Property
    void theProbabilityOfAtLeastARateFallsAsTheRateRises(
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double a,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double b) {
        Conversion conversion = POSTERIOR;
        double lower = Math.min(a, b);
        double upper = Math.max(a, b);
        double rounding = 4 * Math.ulp(1.0);
        assertTrue(
                conversion.probabilityAtLeast(lower) >= conversion.probabilityAtLeast(upper) - rounding,
                () -> "P(rate >= " + lower + ") = " + conversion.probabilityAtLeast(lower) + " < P(rate >= " + upper
                        + ") = " + conversion.probabilityAtLeast(upper));
        Conversion fixed = Conversion.of(a);
        assertTrue(fixed.probabilityAtLeast(lower) >= fixed.probabilityAtLeast(upper));
    }

    /** The pair that found Commons Statistics' rounding: within the allowance, and the allowance is needed. */
    @Example
    void theRoundingOfTheBetaTailNearOneIsWithinFourUlps() {
        double atLower = POSTERIOR.probabilityAtLeast(0.007727);
        double atUpper = POSTERIOR.probabilityAtLeast(0.0079);
        assertTrue(atLower >= atUpper - 4 * Math.ulp(1.0), atLower + " against " + atUpper);
        assertTrue(atUpper - atLower < 1e-15, "an ulp or two, not an error of direction");
    }
}
