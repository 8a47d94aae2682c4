package io.github.custdev.audience;

import static io.github.custdev.audience.UnitEconomicsTests.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class ConversionTests {

    @Test
    void aFixedRateIsCertain() {
        Conversion conversion = Conversion.of(0.05);
        assertTrue(conversion.isFixed());
        assertEquals(0.05, conversion.mean());
        assertEquals(1.0, conversion.probabilityAtLeast(0.05));
        assertEquals(1.0, conversion.probabilityAtLeast(-3));
        assertEquals(0.0, conversion.probabilityAtLeast(0.0500001));
        assertTrue(conversion.assessment().isEmpty());
        assertEquals("5.00%", conversion.toString());
        assertEquals(Conversion.of(0.05), conversion);
    }

    /**
     * 12 of 50 clinics converted, with a uniform prior: the posterior is Beta(13, 39). The Beta matched to the
     * assessment's 95% interval is that posterior: every tail probability agrees with Commons Statistics.
     */
    @Test
    void anAssessmentFromABetaPosteriorGivesBackThatPosterior() {
        BetaDistribution exact = BetaDistribution.of(13, 39);
        Assessment assessment = Assessments.betaPosterior(13, 39, 0.95);
        Conversion conversion = Conversion.from(assessment);
        assertFalse(conversion.isFixed());
        assertEquals(assessment, conversion.assessment().get());
        assertEquals(0.25, conversion.mean(), 1e-10);
        for (double rate = 0.0; rate <= 1.0; rate += 0.01) {
            assertEquals(exact.survivalProbability(rate), conversion.probabilityAtLeast(rate), 1e-9, "at " + rate);
        }
        assertEquals(
                "25.0% (Beta(13.00, 39.00) matched to 95.0% credible [0.1433, 0.3749] of conversion.clinics by"
                        + " bayesian)",
                conversion.toString());
    }

    /**
     * Agreement to 1e-8 in probability and relative 1e-8 in the mean: the worst case, a U-shaped Beta(0.3, 0.2) at
     * 99%, has a bound within 1e-12 of 1, where doubles hold (1 - U) to only about four digits; the others agree to
     * about 1e-11.
     */
    @Test
    void posteriorsOfManyShapesAndLevelsAreRecovered() {
        double[][] shapes = {
            {0.5, 0.5}, {1, 1}, {0.5, 40.5}, {2, 200}, {40.5, 0.5}, {13, 39}, {300.5, 9700.5}, {1e5, 3e5}, {0.3, 0.2}
        };
        for (double[] shape : shapes) {
            for (double level : new double[] {0.5, 0.8, 0.9, 0.95, 0.99}) {
                BetaDistribution exact = BetaDistribution.of(shape[0], shape[1]);
                Conversion conversion = Conversion.from(Assessments.betaPosterior(shape[0], shape[1], level));
                String label = "Beta(" + shape[0] + ", " + shape[1] + ") at " + level;
                assertEquals(exact.getMean(), conversion.mean(), 1e-8 * exact.getMean(), label);
                for (double p : new double[] {0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999}) {
                    double rate = exact.inverseSurvivalProbability(p);
                    assertEquals(
                            exact.survivalProbability(rate),
                            conversion.probabilityAtLeast(rate),
                            1e-8,
                            label + " at P = " + p);
                }
            }
        }
    }

    @Test
    void aBoundAtZeroIsReadAsAUniformPriorWithNoSuccesses() {
        // 0 of 30 converted, uniform prior: Beta(1, 31), whose upper 97.5% bound is 1 - 0.025^(1/31)
        double upper = 1 - Math.pow(0.025, 1.0 / 31);
        Conversion conversion = Conversion.from(Assessments.withInterval(0.0, Interval.credible(0.0, upper, 0.95)));
        BetaDistribution exact = BetaDistribution.of(1, 31);
        assertEquals(1.0 / 32, conversion.mean(), 1e-12);
        for (double rate : new double[] {0.001, 0.01, 0.05, 0.1}) {
            assertEquals(exact.survivalProbability(rate), conversion.probabilityAtLeast(rate), 1e-12);
        }
    }

    @Test
    void aBoundAtOneIsReadAsAUniformPriorWithNoFailures() {
        // 20 of 20 converted, uniform prior: Beta(21, 1), whose lower 2.5% bound is 0.025^(1/21)
        double lower = Math.pow(0.025, 1.0 / 21);
        Conversion conversion = Conversion.from(Assessments.withInterval(1.0, Interval.credible(lower, 1.0, 0.95)));
        BetaDistribution exact = BetaDistribution.of(21, 1);
        assertEquals(21.0 / 22, conversion.mean(), 1e-12);
        for (double rate : new double[] {0.8, 0.9, 0.95, 0.99}) {
            assertEquals(exact.survivalProbability(rate), conversion.probabilityAtLeast(rate), 1e-12);
        }
    }

    @Test
    void theWholeUnitIntervalIsUniform() {
        Conversion conversion = Conversion.from(Assessments.withInterval(0.5, Interval.credible(0, 1, 0.95)));
        assertEquals(0.5, conversion.mean());
        assertEquals(0.7, conversion.probabilityAtLeast(0.3), 1e-12);
    }

    @Test
    void aZeroWidthIntervalIsAKnownRate() {
        Conversion conversion = Conversion.from(Assessments.withInterval(0.2, Interval.confidence(0.2, 0.2, 0.95)));
        assertTrue(conversion.isFixed());
        assertEquals(0.2, conversion.mean());
        assertEquals(1.0, conversion.probabilityAtLeast(0.2));
        assertEquals(0.0, conversion.probabilityAtLeast(0.21));
        assertTrue(conversion.assessment().isDefined());
        assertEquals("20.0% (zero-width interval of conversion.clinics by bayesian)", conversion.toString());
    }

    /**
     * A Wilson confidence interval is read as if it were a credible one: for 12 of 50 the matched Beta(13.01, 39.15)
     * is close to, not equal to, the uniform-prior posterior Beta(13, 39): tail probabilities within 0.004 (0.0036 at
     * worst on a grid of 0.001), tolerance 0.005.
     */
    @Test
    void aConfidenceIntervalApproximatesThePosterior() {
        double n = 50;
        double phat = 12 / n;
        double z = 1.959963984540054;
        double centre = (phat + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(phat * (1 - phat) / n + z * z / (4 * n * n));
        Conversion conversion = Conversion.from(
                Assessments.withInterval(phat, Interval.confidence(centre - half, centre + half, 0.95)));
        BetaDistribution uniformPrior = BetaDistribution.of(13, 39);
        for (int i = 0; i <= 1000; i++) {
            double rate = i / 1000.0;
            assertEquals(
                    uniformPrior.survivalProbability(rate), conversion.probabilityAtLeast(rate), 0.005, "at " + rate);
        }
    }

    @Test
    void anIntervalOutsideTheUnitIntervalIsNotARate() {
        assertMessage(
                "assessment.interval must lie in [0, 1] for a conversion rate: 95% confidence [-0.1, 0.3]",
                () -> Conversion.from(Assessments.withInterval(0.1, Interval.confidence(-0.1, 0.3, 0.95))));
        assertMessage(
                "assessment.interval must lie in [0, 1] for a conversion rate: 95% confidence [90.0, 130.0]",
                () -> Conversion.from(Assessments.withInterval(110, Interval.confidence(90, 130, 0.95))));
    }

    @Test
    void invalidRatesAreRejected() {
        assertMessage("conversion.rate must be in [0, 1]: 1.5", () -> Conversion.of(1.5));
        assertMessage("conversion.rate must be in [0, 1]: NaN", () -> Conversion.of(Double.NaN));
        assertMessage("assessment is null", () -> Conversion.from(null));
        assertMessage("rate must not be NaN: NaN", () -> Conversion.of(0.1).probabilityAtLeast(Double.NaN));
    }

    @Test
    void anIntervalNarrowerThanTheLargestConcentrationGetsThatConcentration() {
        // [0.25, 0.25 + 1e-9] at 95% would need a concentration of about 3e18; the matched Beta has 1e13, whose 95%
        // interval is about 5e-7 wide around the same centre
        Conversion conversion =
                Conversion.from(Assessments.withInterval(0.25, Interval.credible(0.25, 0.25 + 1e-9, 0.95)));
        assertEquals(0.25, conversion.mean(), 1e-9);
        assertEquals(1.0, conversion.probabilityAtLeast(0.249999), 1e-9);
        assertEquals(0.0, conversion.probabilityAtLeast(0.250001), 1e-9);
    }
}
