package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.testkit.internal.Draws;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Evidence drawn from a known truth is honest: over many trials the successes are binomial with the true rate, and
 * measurements follow the stated distribution. Each check is two-sided at level 0.001 against an independent value:
 * the binomial quantiles of Commons Statistics for counts of successes; for measurements, the Dvoretzky-Kiefer-Wolfowitz
 * bound {@code P(sup|F_n - F| > e) <= 2 exp(-2 n e^2)} (Massart's constant) on their distribution and the normal
 * quantile on their mean ({@code |mean - mu| <= z sigma / sqrt(n)}, by the central limit theorem). Seeds are fixed,
 * so the outcome is reproducible.
 */
class TruthProperties {
    private static final double ALPHA = 0.001;
    private static final Hypothesis FIT = Hypothesis.of(
            HypothesisId.of("pmf.ellis"),
            "40% of active users would be very disappointed without the product",
            BusinessModelArea.VALUE_PROPOSITION,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.proportionAtLeast(0.4, 40));
    private static final Hypothesis PRICE = Hypothesis.of(
            HypothesisId.of("price"),
            "Practices pay at least $120 a month",
            BusinessModelArea.REVENUE,
            Phase.CUSTOMER_VALIDATION,
            SuccessCriterion.meanAtLeast(120, "USD/month", 8));

    private static final List<List<Class<? extends Evidence>>> KIND_MIXES = List.of(
            List.of(Statement.class),
            List.of(Behaviour.class),
            List.of(SeanEllisTally.class),
            List.of(Commitment.class),
            List.of(Statement.class, SeanEllisTally.class, Behaviour.class, Commitment.class));

    @Example
    void successesAreBinomialWithTheTrueRateForEveryKind() {
        long seed = 1;
        for (double rate : new double[] {0.02, 0.3, 0.5, 0.85}) {
            for (List<Class<? extends Evidence>> kinds : KIND_MIXES) {
                EvidenceArbitrary evidence = CustDevArbitraries.evidenceFor(FIT)
                        .withTrueRate(rate)
                        .withTrials(1, 40)
                        .ofKinds(kinds);
                EvidenceLog log = GeneratorProperties.sample(evidence.logs().ofSize(400, 400), seed++);
                assertBinomial(log.statistics(FIT.id()), rate, kinds.toString());
            }
        }
    }

    @Example
    void extremeRatesAreExact() {
        for (double rate : new double[] {0.0, 1.0}) {
            EvidenceLog log = GeneratorProperties.sample(
                    CustDevArbitraries.evidenceFor(FIT)
                            .withTrueRate(rate)
                            .logs()
                            .ofSize(200, 200),
                    3);
            EvidenceStatistics statistics = log.statistics(FIT.id());
            assertEquals(rate == 0 ? 0 : statistics.trials(), statistics.successes());
        }
    }

    @Example
    void measurementsFollowTheStatedDistribution() {
        check(
                NormalDistribution.of(30, 8),
                CustDevArbitraries.evidenceFor(PRICE).withTrueMean(30, 8),
                11);
        LogNormalDistribution willingnessToPay = LogNormalDistribution.of(Math.log(120), 0.5);
        check(willingnessToPay, CustDevArbitraries.evidenceFor(PRICE).withTrueDistribution(willingnessToPay), 12);
    }

    @Example
    void theUniformPointsAreUniform() {
        double[] points = new double[5000];
        var generator = Draws.uniforms().generator(1000);
        Random random = new Random(13);
        for (int i = 0; i < points.length; i++) {
            points[i] = generator.next(random).value();
            assertTrue(points[i] > 0 && points[i] < 1);
        }
        assertFollows(points, u -> u, "uniform");
    }

    /** Inside a property, where jqwik mixes in edge cases, a known truth is still drawn honestly. */
    @Property(tries = 3, seed = "20260105")
    void truthIsHonestInsideAProperty(@ForAll("statementsAtThirtyPercent") EvidenceLog log) {
        assertBinomial(log.statistics(FIT.id()), 0.3, "statements in a property");
    }

    @Provide
    Arbitrary<EvidenceLog> statementsAtThirtyPercent() {
        return CustDevArbitraries.evidenceFor(FIT)
                .withTrueRate(0.3)
                .ofKinds(Statement.class)
                .logs()
                .ofSize(3000, 3000);
    }

    private static void check(ContinuousDistribution truth, EvidenceArbitrary measurements, long seed) {
        EvidenceLog log = GeneratorProperties.sample(measurements.logs().ofSize(2000, 2000), seed);
        double[] values = log.evidence()
                .map(e -> ((Measurement) e).value())
                .toJavaStream()
                .mapToDouble(Double::doubleValue)
                .toArray();
        assertFollows(values, truth::cumulativeProbability, truth.toString());
        double mean = Arrays.stream(values).average().orElseThrow();
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - ALPHA / 2);
        double margin = z * Math.sqrt(truth.getVariance() / values.length);
        assertTrue(
                Math.abs(mean - truth.getMean()) <= margin,
                () -> truth + ": sample mean " + mean + " is not within " + margin + " of " + truth.getMean());
    }

    private static void assertBinomial(EvidenceStatistics statistics, double rate, String what) {
        int trials = Math.toIntExact(statistics.trials());
        BinomialDistribution truth = BinomialDistribution.of(trials, rate);
        int low = truth.inverseCumulativeProbability(ALPHA / 2);
        int high = truth.inverseCumulativeProbability(1 - ALPHA / 2);
        long successes = statistics.successes();
        assertTrue(
                successes >= low && successes <= high,
                () -> what + " at rate " + rate + ": " + successes + " of " + trials + " outside [" + low + ", " + high
                        + "]");
    }

    private static void assertFollows(double[] values, DoubleUnaryOperator cdf, String what) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double distance = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(sorted[i]);
            distance = Math.max(distance, Math.max(f - (double) i / n, (double) (i + 1) / n - f));
        }
        double bound = Math.sqrt(Math.log(2 / ALPHA) / (2.0 * n));
        double d = distance;
        assertTrue(d < bound, () -> what + ": Kolmogorov distance " + d + " exceeds the DKW bound " + bound);
    }
}
