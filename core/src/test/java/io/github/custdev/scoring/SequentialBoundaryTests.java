package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.SuccessCriterion;
import io.vavr.control.Option;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Wald's test exactly on its boundaries, its interval at a chosen level, and its expected sample numbers at rates
 * where the root {@code h} of Wald's equation is known in closed form.
 */
class SequentialBoundaryTests {
    private static final double LN2 = Math.log(2.0);
    private static final double LN075 = Math.log(0.75);
    private static final SequentialScoring SPRT = Scoring.sequential(0.2, 0.4);

    @Test
    void aRatioExactlyOnTheUpperBoundaryStopsAtTheMinimumSample() {
        // alpha = beta = 0.2: A = ln(0.8 / 0.2) = ln 4 = 2 ln 2, reached exactly by two successes.
        SequentialScoring sprt = Scoring.sequential(0.2, 0.4, 0.2, 0.2);
        Assessment assessment = sprt.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 2)), log(2, 0));
        assertEquals(2.0 * LN2, assessment.statistic(), 0.0);
        assertEquals(sprt.upperBoundary(), assessment.statistic(), 0.0);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertEquals(2, assessment.sampleSize());
        assertEquals(
                "log likelihood ratio 1.39 >= 1.39: rate nearer 0.40 than 0.20 after 2 trials", assessment.reason());
        assertEquals(Option.none(), assessment.expectedAdditionalSample());
    }

    @Test
    void aRatioExactlyOnTheLowerBoundaryStops() {
        // p0 = 0.5, p1 = 0.75: a failure adds ln 0.5; alpha = beta = 0.2: B = ln(0.2 / 0.8) = 2 ln 0.5.
        SequentialScoring sprt = Scoring.sequential(0.5, 0.75, 0.2, 0.2);
        Assessment assessment = sprt.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.6, 2)), log(0, 2));
        assertEquals(sprt.lowerBoundary(), assessment.statistic(), 0.0);
        assertEquals(Verdict.REFUTED, assessment.verdict());
        assertEquals(
                "log likelihood ratio -1.39 <= -1.39: rate nearer 0.50 than 0.75 after 2 trials", assessment.reason());
    }

    @Test
    void thresholdsOnTheEdgesOfTheIndifferenceZoneAreJudged() {
        Assessment atP0 = SPRT.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.2, 1)), log(5, 0));
        assertEquals(Verdict.SUPPORTED, atP0.verdict());
        Assessment atP1 = SPRT.assess(hypothesis(SuccessCriterion.proportionAtMost(0.4, 1)), log(5, 0));
        assertEquals(Verdict.REFUTED, atP1.verdict());
        assertEquals("log likelihood ratio 3.47 >= 2.94: rate nearer 0.40 than 0.20 after 5 trials", atP1.reason());
    }

    @Test
    void anUndecidedRatioIsReportedBetweenTheBoundaries() {
        Assessment assessment = SPRT.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 1)), log(1, 1));
        assertEquals(LN2 + LN075, assessment.statistic(), 1e-15);
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals("log likelihood ratio 0.41 between -2.94 and 2.94 after 2 trials", assessment.reason());
    }

    @Test
    void theIntervalIsWilsonsAtTheChosenLevel() {
        // One success in four, undecided: the Wilson interval around 1/4 with n = 4.
        for (double level : new double[] {0.95, 0.9, 0.5}) {
            Assessment assessment =
                    SPRT.withLevel(level).assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 1)), log(1, 3));
            assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
            double z = NormalDistribution.of(0.0, 1.0).inverseCumulativeProbability(0.5 + level / 2.0);
            double p = 0.25;
            double n = 4.0;
            double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            assertEquals(centre - half, assessment.interval().lower(), 1e-12, "level " + level);
            assertEquals(centre + half, assessment.interval().upper(), 1e-12, "level " + level);
            assertEquals(level, assessment.interval().level(), 0.0);
        }
    }

    @Test
    void theExpectedAdditionalSampleStartsFromWhereTheRatioStands() {
        // Three failures: ratio r = 3 ln 0.75; the rate (0 + 1) / (3 + 2) is p0, where h = 1, so the chance of
        // accepting p0 is (e^(A - r) - 1) / (e^(A - r) - e^(B - r)).
        Assessment assessment = SPRT.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 1)), log(0, 3));
        double r = 3 * LN075;
        double a = Math.log(19.0) - r;
        double b = -Math.log(19.0) - r;
        double accept0 = Math.expm1(a) / (Math.exp(a) - Math.exp(b));
        double drift = 0.2 * LN2 + 0.8 * LN075;
        double expected = (accept0 * b + (1 - accept0) * a) / drift;
        assertEquals(Option.some((long) Math.ceil(expected)), assessment.expectedAdditionalSample());
    }

    @Test
    void expectedSampleNumbersAtRatesWithAKnownRoot() {
        // Wald's equation rate 2^h + (1 - rate) 0.75^h = 1 solved for the rate, given h.
        double a = Math.log(19.0);
        double b = -a;
        for (double h : new double[] {3.0, 1.5, 0.5, 0.25, -0.25, -0.5, -1.5, -3.0, 7.0}) {
            double rate = (1 - Math.pow(0.75, h)) / (Math.pow(2.0, h) - Math.pow(0.75, h));
            double drift = rate * LN2 + (1 - rate) * LN075;
            double accept0 = (Math.exp(h * a) - 1) / (Math.exp(h * a) - Math.exp(h * b));
            double expected = (accept0 * b + (1 - accept0) * a) / drift;
            assertEquals(expected, SPRT.expectedSampleNumber(rate), 1e-9 * expected, "h = " + h);
        }
    }

    @Test
    void aRateCloseToZeroNeitherOverflowsNorLosesTheAnswer() {
        // h is about log2(1e300) ~ 997, so e^(h A) overflows; p0 is accepted for certain: B / ln 0.75 steps.
        double b = -Math.log(19.0);
        assertEquals(b / LN075, SPRT.expectedSampleNumber(1e-300), 1e-9);
        assertEquals(b / LN075, SPRT.expectedSampleNumber(1e-30), 1e-9);
    }
}
