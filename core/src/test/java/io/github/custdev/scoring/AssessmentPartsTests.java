package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.custdev.Expect;
import io.github.custdev.HypothesisId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The values an assessment is made of (estimate, statistic, sample) and {@link Assessment#of} that takes them. */
class AssessmentPartsTests {
    private static final HypothesisId FIT = HypothesisId.of("pmf.ellis");
    private static final Interval INTERVAL = Interval.credible(0.36, 0.58, 0.95);
    private static final Map<String, String> PARAMETERS = LinkedHashMap.of("risk", "0.05", "level", "0.95");
    private static final String REASON = "P(rate >= 0.40) = 0.97 after 52 qualified respondents";

    private static Assessment inconclusive(Estimate estimate, Statistic statistic, Sample sample, String strategy) {
        return Assessment.of(FIT, Verdict.INCONCLUSIVE, estimate, statistic, sample, strategy, PARAMETERS, REASON);
    }

    private static Assessment standard() {
        return inconclusive(
                Estimate.of(0.46, INTERVAL),
                Statistic.of("P(rate >= 0.40)", 0.81, 0.79),
                Sample.of(52, 48.5, 12),
                "bayesian");
    }

    @Test
    void ofBuildsWhatTheBuilderBuilds() {
        Assessment built = Assessment.builder()
                .hypothesisId(FIT)
                .verdict(Verdict.INCONCLUSIVE)
                .estimate(0.46)
                .interval(INTERVAL)
                .probability(0.79)
                .statisticName("P(rate >= 0.40)")
                .statistic(0.81)
                .sampleSize(52)
                .effectiveSampleSize(48.5)
                .strategy("bayesian")
                .parameters(PARAMETERS)
                .reason(REASON)
                .expectedAdditionalSample(12)
                .build();
        Assessment of = standard();
        assertEquals(built, of);
        assertEquals(built.hashCode(), of.hashCode());
        assertEquals(0.46, of.estimate());
        assertSame(INTERVAL, of.interval());
        assertEquals(0.79, of.probability());
        assertEquals("P(rate >= 0.40)", of.statisticName());
        assertEquals(0.81, of.statistic());
        assertEquals(52, of.sampleSize());
        assertEquals(48.5, of.effectiveSampleSize());
        assertEquals(Option.some(12L), of.expectedAdditionalSample());
        assertEquals("bayesian", of.strategy());
        assertEquals(PARAMETERS, of.parameters());
        assertEquals(REASON, of.reason());
        assertEquals(1.0 - Math.abs(2.0 * 0.79 - 1.0), of.uncertainty(), 1e-15);
    }

    @Test
    void theGroupsReadBackAsGiven() {
        Estimate estimate = Estimate.of(0.46, INTERVAL);
        Statistic statistic = Statistic.of("log likelihood ratio", 2.1, 0.89);
        Sample sample = Sample.of(52, 48.5);
        Assessment assessment = inconclusive(estimate, statistic, sample, "sprt");
        assertEquals(estimate, assessment.metricEstimate());
        assertEquals(statistic, assessment.decidingStatistic());
        assertEquals(sample, assessment.sample());
        assertEquals(Sample.of(52, 48.5, 12), standard().sample());
        assertEquals(0.46, estimate.value());
        assertSame(INTERVAL, estimate.interval());
        assertEquals("log likelihood ratio", statistic.name());
        assertEquals(2.1, statistic.value());
        assertEquals(0.89, statistic.probability());
        assertEquals(52, sample.size());
        assertEquals(48.5, sample.effectiveSize());
        assertEquals(Option.none(), sample.expectedAdditional());
    }

    @Test
    void assessmentsDifferByEachGroupAndTheStrategy() {
        Assessment a = standard();
        assertEquals(a, standard());
        assertNotEquals(a, inconclusive(Estimate.of(0.47, INTERVAL), a.decidingStatistic(), a.sample(), a.strategy()));
        assertNotEquals(
                a,
                inconclusive(
                        a.metricEstimate(), Statistic.of("P(rate >= 0.40)", 0.82, 0.79), a.sample(), a.strategy()));
        assertNotEquals(
                a, inconclusive(a.metricEstimate(), a.decidingStatistic(), Sample.of(52, 48.5, 13), a.strategy()));
        assertNotEquals(a, inconclusive(a.metricEstimate(), a.decidingStatistic(), a.sample(), "fixed-sample"));
    }

    @Test
    void aStatisticThatIsAProbabilityIsBoth() {
        Statistic statistic = Statistic.probability("P(rate >= 0.40)", 0.97);
        assertEquals(Statistic.of("P(rate >= 0.40)", 0.97, 0.97), statistic);
        assertEquals(0.97, statistic.value());
        assertEquals(0.97, statistic.probability());
    }

    @Test
    void aSampleExpectsMoreOnlyWhenToldTo() {
        assertEquals(Option.none(), Sample.of(3, 3.0).expectedAdditional());
        assertEquals(Option.some(0L), Sample.of(3, 3.0, 0).expectedAdditional());
        assertEquals(Option.none(), Sample.built(3, 3.0, -1).expectedAdditional());
        assertEquals(Option.some(0L), Sample.built(3, 3.0, 0).expectedAdditional());
        assertEquals(Option.some(7L), Sample.built(3, 3.0, 7).expectedAdditional());
    }

    @Test
    void theMessagesNameTheFieldTheRuleAndTheValue() {
        Expect.invalid(
                "estimate must lie in the interval 95% credible [0.36, 0.58]: 0.6",
                "estimate",
                "must lie in the interval 95% credible [0.36, 0.58]",
                0.6,
                () -> Estimate.of(0.6, INTERVAL));
        Expect.isNull("interval", () -> Estimate.of(0.5, null));
        Expect.invalid("statistic must not be NaN: NaN", "statistic", "must not be NaN", Double.NaN, () -> {
            Statistic.of("t", Double.NaN, 0.5);
        });
        Expect.isNull("statisticName", () -> Statistic.of(null, 1.0, 0.5));
        Expect.invalid(
                "expectedAdditionalSample must be absent when the verdict is SUPPORTED: 4",
                "expectedAdditionalSample",
                "must be absent when the verdict is SUPPORTED",
                4L,
                () -> Assessment.of(
                        FIT,
                        Verdict.SUPPORTED,
                        Estimate.of(0.46, INTERVAL),
                        Statistic.probability("P", 0.99),
                        Sample.of(52, 52.0, 4),
                        "bayesian",
                        PARAMETERS,
                        REASON));
        Expect.isNull("sample", () -> inconclusive(Estimate.of(0.46, INTERVAL), Statistic.of("t", 1, 0.5), null, "x"));
    }

    @Test
    void aLazyIntervalIsNotComputedToCheckItsOwnEstimate() {
        AtomicInteger computed = new AtomicInteger();
        Interval lazy = Interval.lazy(
                () -> {
                    computed.incrementAndGet();
                    return new double[] {0.3, 0.6};
                },
                0.45,
                0.95,
                Interval.Kind.CREDIBLE);
        Estimate estimate = Estimate.of(0.45, lazy);
        assertEquals(0, computed.get(), "the bounds are computed only when read");
        assertEquals(0.3, estimate.interval().lower());
        assertEquals(1, computed.get());
    }
}
