package io.github.custdev.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BetaPrior;
import io.github.custdev.Expect;
import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.Interval;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Random;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Growth, retention and the viral coefficient against closed forms and seeded simulations. */
class EstimatorTests {
    private static final double Z975 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    // ---- growth --------------------------------------------------------------------------------------------------

    @Test
    void twoPeriodsGiveTheClosedForms() {
        GrowthRate growth = Adoptions.of(100, 150).growth(0.95).get();
        assertEquals(Math.log(1.5), growth.logRate(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 100 + 1.0 / 150), growth.standardError(), 1e-12);
        Estimate rate = growth.rate();
        assertEquals(0.5, rate.value(), 1e-12);
        assertEquals(
                Math.exp(Math.log(1.5) - Z975 * growth.standardError()) - 1,
                rate.interval().lower(),
                1e-12);
        assertEquals(
                Math.exp(Math.log(1.5) + Z975 * growth.standardError()) - 1,
                rate.interval().upper(),
                1e-12);
        assertEquals(Interval.Kind.CONFIDENCE, rate.interval().kind());
        assertEquals(0.95, rate.interval().level());
        double expected =
                NormalDistribution.of(Math.log(1.5), growth.standardError()).survivalProbability(Math.log(1.2));
        assertEquals(expected, growth.probabilityAtLeast(0.2), 1e-12);
        assertEquals(0.5, growth.probabilityAtLeast(0.5), 1e-12);
        GrowthRate falling = Adoptions.of(80, 20).growth(0.9).get();
        assertEquals(Math.log(0.25), falling.logRate(), 1e-12);
        assertEquals(-0.75, falling.rate().value(), 1e-12);
    }

    @Test
    void moreThanTwoPeriodsMaximiseThePoissonLikelihood() {
        long[] counts = {12, 19, 31, 44, 52, 49, 38, 0, 60};
        GrowthRate growth = Adoptions.of(counts).growth(0.95).get();
        // Independently: the profile log-likelihood sum n_t (b t) - N ln sum e^(b t), maximised by golden section,
        // and its curvature by a central second difference.
        double lo = -2;
        double hi = 2;
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++) {
            double a = hi - ratio * (hi - lo);
            double b = lo + ratio * (hi - lo);
            if (profile(counts, a) > profile(counts, b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        double beta = (lo + hi) / 2;
        assertEquals(beta, growth.logRate(), 1e-7);
        double h = 1e-4;
        double curvature =
                -(profile(counts, beta + h) - 2 * profile(counts, beta) + profile(counts, beta - h)) / (h * h);
        assertEquals(1 / Math.sqrt(curvature), growth.standardError(), 1e-5);
        // The mean period is matched, and a series symmetric in time has no growth.
        assertEquals(0.0, Adoptions.of(0, 5, 0).growth(0.9).get().logRate(), 1e-12);
        assertEquals(0.0, Adoptions.of(7, 7, 7, 7).growth(0.9).get().logRate(), 1e-12);
    }

    private static double profile(long[] counts, double beta) {
        double total = 0;
        double linear = 0;
        double sum = 0;
        for (int t = 0; t < counts.length; t++) {
            total += counts[t];
            linear += counts[t] * beta * t;
            sum += Math.exp(beta * t);
        }
        return linear - total * Math.log(sum);
    }

    @Test
    void steepSeriesStayFinite() {
        // 1,001 periods, nearly all adoptions in the last two: the weights e^(b t) overflow unless scaled. The mean
        // period under them is about 1000 - 1 / (1 + e^b), the observed one 1000 - 1 / (1 + 10^9): b = ln 10^9.
        long[] up = new long[1_001];
        up[999] = 1;
        up[1_000] = 1_000_000_000L;
        // The score is flat there (its slope is about e^-b), so doubles pin b down to about 1e-4.
        assertEquals(Math.log(1e9), Adoptions.of(up).growth(0.95).get().logRate(), 1e-3);
        long[] down = new long[1_001];
        down[0] = 1_000_000_000L;
        down[1] = 1;
        assertEquals(-Math.log(1e9), Adoptions.of(down).growth(0.95).get().logRate(), 1e-3);
    }

    @Test
    void seriesWithoutAFiniteRateGiveAReason() {
        assertEquals(
                Either.left("a growth rate needs at least 2 periods of adoptions: 1"),
                Adoptions.of(5).growth(0.9));
        assertEquals(
                Either.left("a growth rate needs adoptions: all 3 periods have none"),
                Adoptions.of(0, 0, 0).growth(0.9));
        assertEquals(
                Either.left(
                        "a growth rate needs adoptions after the first period: all 5 are in it, which fits a rate of"
                                + " -100%"),
                Adoptions.of(5, 0, 0).growth(0.9));
        assertEquals(
                Either.left("a growth rate needs adoptions before the last period: all 4 are in it, which fits an"
                        + " infinite rate"),
                Adoptions.of(0, 0, 4).growth(0.9));
        Expect.invalid(
                "level must be in (0, 1): 1.5",
                "level",
                "must be in (0, 1)",
                1.5,
                () -> Adoptions.of(1, 2).growth(1.5));
        GrowthRate growth = Adoptions.of(1, 2).growth(0.9).get();
        Expect.invalid(
                "growth must be > -1: -1.0", "growth", "must be > -1", -1.0, () -> growth.probabilityAtLeast(-1));
        Expect.invalid(
                "growth must be finite: Infinity",
                "growth",
                "must be finite",
                Double.POSITIVE_INFINITY,
                () -> growth.probabilityAtLeast(Double.POSITIVE_INFINITY));
        assertTrue(growth.probabilityAtLeast(-0.999) > 0.99);
    }

    @Test
    void theGrowthIntervalCoversTheTruth() {
        // Poisson adoptions with means 40 * 1.15^t over 6 periods, 400 seeded series: the 95% Wald interval must hold
        // the true growth of 0.15 in at least 0.95 - 3 sqrt(0.95 0.05 / 400) = 0.917 of them.
        assertTrue(growthCoverage(400, 0.15, 6, 40, 7) >= 0.917);
    }

    @Test
    @Tag("statistics")
    void theGrowthIntervalCoversTheTruthAtItsNominalRate() {
        // 10,000 series each: within 0.95 +- 3 sqrt(0.95 0.05 / 10,000) = 0.95 +- 0.0065 of nominal, allowing the
        // Wald interval's small-sample error of about 0.005 (so [0.938, 0.962]).
        for (double growth : new double[] {-0.2, 0.0, 0.15, 0.5}) {
            double coverage = growthCoverage(10_000, growth, 6, 40, 11);
            assertTrue(Math.abs(coverage - 0.95) <= 0.012, () -> growth + ": " + coverage);
        }
    }

    private static double growthCoverage(int series, double growth, int periods, double first, long seed) {
        Random random = new Random(seed);
        int covered = 0;
        for (int i = 0; i < series; i++) {
            long[] counts = new long[periods];
            for (int t = 0; t < periods; t++) {
                counts[t] = PoissonDistribution.of(first * Math.pow(1 + growth, t))
                        .inverseCumulativeProbability(random.nextDouble());
            }
            covered += Adoptions.of(counts).growth(0.95).get().rate().interval().contains(growth) ? 1 : 0;
        }
        return (double) covered / series;
    }

    // ---- retention -----------------------------------------------------------------------------------------------

    @Test
    void retentionIsPooledOverTheCohortsThatReachedEachAge() {
        Cohorts cohorts = Cohorts.of(Cohort.of(0, 50, 40, 35, 33), Cohort.of(1, 60, 45, 41), Cohort.of(2, 80, 66));
        Seq<Retention> retention = cohorts.retention(BetaPrior.jeffreys(), 0.95);
        assertEquals(3, retention.size());
        assertEquals(Retention.of(1, 151, 190, BetaPrior.jeffreys(), 0.95), retention.get(0));
        assertEquals(Retention.of(2, 76, 110, BetaPrior.jeffreys(), 0.95), retention.get(1));
        assertEquals(Retention.of(3, 33, 50, BetaPrior.jeffreys(), 0.95), retention.get(2));
        Expect.isNull("prior", () -> cohorts.retention(null, 0.9));
        Expect.invalid(
                "level must be in (0, 1): 0.0",
                "level",
                "must be in (0, 1)",
                0.0,
                () -> cohorts.retention(BetaPrior.uniform(), 0));
    }

    @Test
    void retentionMatchesTheClosedFormOfBetaNPlusOneOne() {
        // All n retained, uniform prior: the posterior Beta(n + 1, 1) has CDF x^(n+1).
        int n = 20;
        Retention all = Retention.of(2, n, n, BetaPrior.uniform(), 0.9);
        Estimate estimate = all.estimate();
        assertEquals(Math.pow(0.5, 1.0 / (n + 1)), estimate.value(), 1e-12);
        assertEquals(Math.pow(0.05, 1.0 / (n + 1)), estimate.interval().lower(), 1e-12);
        assertEquals(Math.pow(0.95, 1.0 / (n + 1)), estimate.interval().upper(), 1e-12);
        assertEquals(Interval.Kind.CREDIBLE, estimate.interval().kind());
        assertEquals(0.9, estimate.interval().level());
        assertEquals(1 - Math.pow(0.8, n + 1), all.probabilityAtLeast(0.8), 1e-12);
        assertEquals(1.0, all.probabilityAtLeast(0), 1e-12);
        assertEquals((n + 1.0) / (n + 2.0), all.mean(), 1e-15);
        // None retained: Beta(1, n + 1), the mirror image.
        Retention none = Retention.of(1, 0, n, BetaPrior.uniform(), 0.9);
        assertEquals(
                1 - Math.pow(0.95, 1.0 / (n + 1)), none.estimate().interval().lower(), 1e-12);
        assertEquals(Math.pow(0.9, n + 1), none.probabilityAtLeast(0.1), 1e-12);
        assertEquals(
                0.5 / 0.75 + 0 * none.mean(),
                Retention.of(1, 0, 0, BetaPrior.of(1, 0.5), 0.9).mean(),
                1e-15);
        Expect.invalid(
                "floor must be in [0, 1]: 1.1", "floor", "must be in [0, 1]", 1.1, () -> none.probabilityAtLeast(1.1));
    }

    // ---- viral coefficient ---------------------------------------------------------------------------------------

    @Test
    void theViralCoefficientIsAChiSquareQuantile() {
        // Posterior Gamma(x + 1/2, rate C): 2 C k is chi-square with 2x + 1 degrees of freedom.
        ViralCoefficient k = ViralCoefficient.of(81, 370, 0.95);
        ChiSquaredDistribution chi = ChiSquaredDistribution.of(163);
        Estimate estimate = k.estimate();
        assertEquals(chi.inverseCumulativeProbability(0.5) / 740, estimate.value(), 1e-12);
        assertEquals(
                chi.inverseCumulativeProbability(0.025) / 740,
                estimate.interval().lower(),
                1e-12);
        assertEquals(
                chi.inverseCumulativeProbability(0.975) / 740,
                estimate.interval().upper(),
                1e-12);
        assertEquals(Interval.Kind.CREDIBLE, estimate.interval().kind());
        assertEquals(chi.survivalProbability(0.3 * 740), k.probabilityAtLeast(0.3), 1e-12);
        assertEquals(81.5 / 370, k.mean(), 1e-15);
        assertEquals(1.0, k.probabilityAtLeast(0), 1e-12);
        ViralCoefficient none = ViralCoefficient.of(0, 10, 0.9);
        assertEquals(
                ChiSquaredDistribution.of(1).inverseCumulativeProbability(0.95) / 20,
                none.estimate().interval().upper(),
                1e-12);
        Expect.invalid(
                "threshold must be finite and >= 0: -0.1",
                "threshold",
                "must be finite and >= 0",
                -0.1,
                () -> none.probabilityAtLeast(-0.1));
    }

    @Test
    void theViralIntervalCoversTheTruth() {
        // 1,000 seeded series: at least 0.95 - 3 sqrt(0.95 0.05 / 1,000) = 0.929.
        assertTrue(viralCoverage(1_000, 0.3, 3) >= 0.929);
    }

    @Test
    @Tag("statistics")
    void theViralIntervalCoversTheTruthAtItsNominalRate() {
        // 20,000 series each: within 0.95 +- 3 sqrt(0.95 0.05 / 20,000) = 0.95 +- 0.0046, plus the Jeffreys interval's
        // own oscillation around its level (Brown, Cai and DasGupta: within about 0.01 for these means).
        for (double k : new double[] {0.05, 0.3, 1.2}) {
            double coverage = viralCoverage(20_000, k, 5);
            assertTrue(Math.abs(coverage - 0.95) <= 0.015, () -> k + ": " + coverage);
        }
    }

    private static double viralCoverage(int series, double k, long seed) {
        Random random = new Random(seed);
        long[] customers = {40, 55, 70, 90};
        long[] sent = new long[customers.length];
        int covered = 0;
        for (int i = 0; i < series; i++) {
            long[] converted = new long[customers.length];
            for (int t = 0; t < customers.length; t++) {
                converted[t] =
                        PoissonDistribution.of(k * customers[t]).inverseCumulativeProbability(random.nextDouble());
                sent[t] = converted[t] + 10;
            }
            covered += Referrals.of(customers, sent, converted)
                            .viralCoefficient(0.95)
                            .estimate()
                            .interval()
                            .contains(k)
                    ? 1
                    : 0;
        }
        return (double) covered / series;
    }
}
