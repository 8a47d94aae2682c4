package io.github.custdev.demand;

import static io.github.custdev.demand.BassFit.Parameter.IMITATION;
import static io.github.custdev.demand.BassFit.Parameter.INNOVATION;
import static io.github.custdev.demand.BassFit.Parameter.MARKET_SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Expect;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.Interval;
import io.vavr.control.Either;
import java.util.Random;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Bass fit against series simulated from known (p, q, m): the truth, within the stated standard errors. */
class BassFitTests {
    static final BassDiffusion TRUTH = BassDiffusion.of(0.03, 0.38, 10_000);

    static long[] simulate(BassDiffusion truth, int periods, double sigma, Random random) {
        long[] counts = new long[periods];
        for (int t = 1; t <= periods; t++) {
            counts[t - 1] = Math.max(0, Math.round(truth.adoptersIn(t) + sigma * random.nextGaussian()));
        }
        return counts;
    }

    static long[] simulatePoisson(BassDiffusion truth, int periods, Random random) {
        long[] counts = new long[periods];
        for (int t = 1; t <= periods; t++) {
            counts[t - 1] =
                    PoissonDistribution.of(truth.adoptersIn(t)).inverseCumulativeProbability(random.nextDouble());
        }
        return counts;
    }

    /**
     * The share of the fits (all must succeed) whose interval at the level holds the truth, per parameter; a level of
     * 0 asks for the band of 2 standard errors instead.
     */
    static double[] coverage(int series, int periods, double sigma, boolean poisson, double level, long seed) {
        Random random = new Random(seed);
        int[] covered = new int[3];
        double[] truth = {TRUTH.innovation(), TRUTH.imitation(), TRUTH.marketSize()};
        for (int i = 0; i < series; i++) {
            long[] counts = poisson ? simulatePoisson(TRUTH, periods, random) : simulate(TRUTH, periods, sigma, random);
            Either<String, BassFit> fit = Adoptions.of(counts).fitBass();
            assertTrue(fit.isRight(), () -> fit + " for " + java.util.Arrays.toString(counts));
            for (BassFit.Parameter parameter : BassFit.Parameter.values()) {
                double value = truth[parameter.ordinal()];
                boolean inside = level == 0
                        ? Math.abs(fit.get().value(parameter) - value)
                                <= 2 * fit.get().standardError(parameter)
                        : fit.get().estimate(parameter, level).interval().contains(value);
                covered[parameter.ordinal()] += inside ? 1 : 0;
            }
        }
        return new double[] {(double) covered[0] / series, (double) covered[1] / series, (double) covered[2] / series};
    }

    static void assertCoverage(double[] coverage, double least, String what) {
        for (int i = 0; i < 3; i++) {
            int parameter = i;
            assertTrue(
                    coverage[i] >= least,
                    () -> what + ": " + BassFit.Parameter.values()[parameter] + " covered in " + coverage[parameter]
                            + " < " + least);
        }
    }

    @Test
    void theNinetyFivePercentIntervalsCoverTheTruth() {
        // 60 series of 10 periods, normal errors of sd 25 (the model's assumption): each 95% t interval must hold the
        // truth in at least 0.95 - 3 sqrt(0.95 0.05 / 60) = 0.866 of them (three binomial standard deviations).
        assertCoverage(coverage(60, 10, 25, false, 0.95, 20), 0.866, "normal errors, T = 10");
    }

    @Test
    @Tag("statistics")
    void theTruthLiesWithinTheStatedStandardErrors() {
        // 200 series each. With normal errors, the truth lies within 2 SE with probability P(|t_(T-3)| <= 2), 0.914 at
        // T = 10 and 0.931 at T = 15 (Student's t, as the estimates are normal and s^2 chi-square): at least that less
        // three binomial standard deviations, sqrt(0.914 0.086 / 200) = 0.0198 and 0.0179: 0.855 and 0.877.
        assertCoverage(coverage(200, 10, 25, false, 0, 42), 0.855, "2 SE, normal errors, T = 10");
        assertCoverage(coverage(200, 15, 25, false, 0, 43), 0.877, "2 SE, normal errors, T = 15");
        // The 95% t intervals: at least 0.95 - 3 sqrt(0.95 0.05 / 200) = 0.904.
        assertCoverage(coverage(200, 10, 25, false, 0.95, 44), 0.904, "95%, normal errors, T = 10");
        assertCoverage(coverage(200, 15, 25, false, 0.95, 45), 0.904, "95%, normal errors, T = 15");
        // Poisson counts (variance = mean, not one variance): the standard errors are approximate; the 95% intervals
        // still cover in about 0.93 to 0.95 of 200 series; held to 0.88.
        assertCoverage(coverage(200, 10, 0, true, 0.95, 46), 0.88, "95%, Poisson counts, T = 10");
        assertCoverage(coverage(200, 15, 0, true, 0.95, 47), 0.88, "95%, Poisson counts, T = 15");
    }

    @Test
    void anExactSeriesIsRecoveredExactly() {
        double[] exact = new double[12];
        for (int t = 1; t <= 12; t++) {
            exact[t - 1] = TRUTH.adoptersIn(t);
        }
        // Adoptions are whole numbers: fit the rounded series of a market 10^6 times larger, where rounding is tiny.
        BassDiffusion large = BassDiffusion.of(0.03, 0.38, 1e10);
        long[] counts = new long[12];
        for (int t = 1; t <= 12; t++) {
            counts[t - 1] = Math.round(large.adoptersIn(t));
        }
        BassFit fit = Adoptions.of(counts).fitBass().get();
        assertEquals(0.03, fit.diffusion().innovation(), 1e-7);
        assertEquals(0.38, fit.diffusion().imitation(), 1e-7);
        assertEquals(1e10, fit.diffusion().marketSize(), 1e3);
        assertTrue(fit.standardError(MARKET_SIZE) < 1e3, fit::toString);
        assertEquals(12, fit.periods());
        assertEquals(9, fit.degreesOfFreedom());
        assertEquals(Math.sqrt(fit.sumOfSquares() / 9), fit.residualStandardError(), 1e-12);
        assertTrue(fit.sumOfSquares() < 12 * 0.25, () -> "rounding only: " + fit.sumOfSquares());
    }

    @Test
    void seriesThatCannotBeFittedGiveAReason() {
        assertEquals(
                Either.left(
                        "a Bass fit needs at least 4 periods (3 parameters and 1 degree of freedom for the error): 3"),
                Adoptions.of(10, 20, 30).fitBass());
        assertEquals(
                Either.left("a Bass fit needs adoptions: all 5 periods have none"),
                Adoptions.of(0, 0, 0, 0, 0).fitBass());
        // Pure exponential growth, no slowing down: the market size is not determined.
        Either<String, BassFit> exponential =
                Adoptions.of(10, 20, 40, 80, 160, 320, 640, 1280).fitBass();
        assertTrue(exponential.isLeft(), exponential::toString);
        assertEquals(
                "the Levenberg-Marquardt fit converged from no start value: a series that has not slowed down yet (no"
                        + " inflection) runs the market size off without bound",
                exponential.getLeft());
    }

    @Test
    void unidentifiedParametersGiveAReason() {
        assertEquals(
                "the data do not determine the market size: m=51.65086491279448 with a standard error of"
                        + " 55428.993453839816; a series that has not slowed down yet (no inflection) cannot tell the"
                        + " size of its market",
                Adoptions.of(0, 0, 0, 7)
                        .fitBass()
                        .getLeft()
                        .replaceAll("m=51\\.65\\d*", "m=51.65086491279448")
                        .replaceAll("error of 5542\\d\\.\\d*", "error of 55428.993453839816"));
        assertTrue(
                Adoptions.of(1, 0, 0, 0, 0)
                        .fitBass()
                        .getLeft()
                        .matches(
                                "the Jacobian is singular at p=10\\.0, q=10\\.0, m=1\\.0\\d*: the data do not determine them"),
                () -> Adoptions.of(1, 0, 0, 0, 0).fitBass().toString());
    }

    static final long[] OBSERVED = {312, 420, 538, 652, 737, 771, 742, 660, 544, 420};

    @Test
    void intervalsAreStudentsTWithTheStatedDegreesOfFreedom() {
        BassFit fit = Adoptions.of(OBSERVED).fitBass().get();
        double t = TDistribution.of(7).inverseCumulativeProbability(0.975);
        for (BassFit.Parameter parameter : BassFit.Parameter.values()) {
            Estimate estimate = fit.estimate(parameter, 0.95);
            double se = Math.sqrt(fit.covariance(parameter, parameter));
            assertEquals(se, fit.standardError(parameter));
            assertEquals(fit.value(parameter), estimate.value());
            assertEquals(fit.value(parameter) - t * se, estimate.interval().lower(), 1e-9 * fit.value(parameter));
            assertEquals(fit.value(parameter) + t * se, estimate.interval().upper(), 1e-9 * fit.value(parameter));
            assertEquals(0.95, estimate.interval().level());
            assertEquals(Interval.Kind.CONFIDENCE, estimate.interval().kind());
        }
        assertEquals(fit.diffusion().innovation(), fit.value(INNOVATION));
        assertEquals(fit.diffusion().imitation(), fit.value(IMITATION));
        assertEquals(fit.diffusion().marketSize(), fit.value(MARKET_SIZE));
        assertEquals(fit.covariance(INNOVATION, MARKET_SIZE), fit.covariance(MARKET_SIZE, INNOVATION), 1e-9);
        assertTrue(fit.covariance(INNOVATION, IMITATION) != 0);
        assertTrue(fit.toString().startsWith("BassFit(p=" + fit.diffusion().innovation() + " ± "), fit::toString);
        assertTrue(fit.toString().endsWith("10 periods, s=" + fit.residualStandardError() + ")"), fit::toString);
        Expect.invalid(
                "level must be in (0, 1): 1.0",
                "level",
                "must be in (0, 1)",
                1.0,
                () -> fit.estimate(MARKET_SIZE, 1.0));
        Expect.isNull("parameter", () -> fit.value(null));
        Expect.isNull("first", () -> fit.covariance(null, INNOVATION));
        Expect.isNull("second", () -> fit.covariance(INNOVATION, null));
    }

    @Test
    void theProjectionIsTheDeltaMethodWithAnIndependentGradient() {
        BassFit fit = Adoptions.of(OBSERVED).fitBass().get();
        double p = fit.diffusion().innovation();
        double q = fit.diffusion().imitation();
        double m = fit.diffusion().marketSize();
        for (long period : new long[] {5, 12, 20}) {
            // The gradient of m F(n) by central differences of the closed form in BassDiffusion.
            double[] x = {p, q, m};
            double[] gradient = new double[3];
            for (int i = 0; i < 3; i++) {
                double h = 1e-6 * x[i];
                double[] up = x.clone();
                double[] down = x.clone();
                up[i] += h;
                down[i] -= h;
                gradient[i] = (BassDiffusion.of(up[0], up[1], up[2]).cumulativeAdopters(period)
                                - BassDiffusion.of(down[0], down[1], down[2]).cumulativeAdopters(period))
                        / (2 * h);
            }
            double variance = 0;
            for (BassFit.Parameter a : BassFit.Parameter.values()) {
                for (BassFit.Parameter b : BassFit.Parameter.values()) {
                    variance += gradient[a.ordinal()] * fit.covariance(a, b) * gradient[b.ordinal()];
                }
            }
            double mean = fit.diffusion().cumulativeAdopters(period);
            for (double target :
                    new double[] {0.5 * mean, mean - Math.sqrt(variance), mean, mean + 2 * Math.sqrt(variance)}) {
                double expected =
                        NormalDistribution.of(mean, Math.sqrt(variance)).cumulativeProbability(2 * mean - target);
                assertEquals(expected, fit.probabilityToReach(target, period), 1e-5, () -> period + " " + target);
            }
        }
        assertEquals(0.5, fit.probabilityToReach(fit.diffusion().cumulativeAdopters(12), 12), 1e-12);
        assertEquals(1.0, fit.probabilityToReach(0, 0));
        assertEquals(0.0, fit.probabilityToReach(1, 0));
        Expect.invalid(
                "adopters must be finite and >= 0: -1.0",
                "adopters",
                "must be finite and >= 0",
                -1.0,
                () -> fit.probabilityToReach(-1, 3));
        Expect.invalid("period must be >= 0: -1", "period", "must be >= 0", -1L, () -> fit.probabilityToReach(1, -1));
    }
}
