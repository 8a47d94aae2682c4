package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.CustDevException;
import io.github.custdev.Expect;
import io.github.custdev.HypothesisId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentTests {
    private static final HypothesisId FIT = HypothesisId.of("pmf.ellis");
    private static final Interval INTERVAL = Interval.credible(0.36, 0.58, 0.95);
    private static final String REASON = "P(rate >= 0.40) = 0.97 after 52 qualified respondents";

    /** The attributes of an assessment, to vary one at a time; {@code null} leaves an optional attribute unset. */
    private record Spec(
            HypothesisId id,
            Verdict verdict,
            double estimate,
            double probability,
            String statisticName,
            double statistic,
            long sampleSize,
            double effectiveSampleSize,
            String strategy,
            String reason,
            Map<String, String> parameters,
            Option<Long> more) {

        static Spec supported() {
            return new Spec(
                    FIT,
                    Verdict.SUPPORTED,
                    0.46,
                    0.97,
                    "P(rate >= 0.40)",
                    0.97,
                    52,
                    52,
                    "bayesian",
                    REASON,
                    null,
                    null);
        }

        Spec id(HypothesisId v) {
            return new Spec(
                    v,
                    verdict,
                    estimate,
                    probability,
                    statisticName,
                    statistic,
                    sampleSize,
                    effectiveSampleSize,
                    strategy,
                    reason,
                    parameters,
                    more);
        }

        Spec verdict(Verdict v) {
            return new Spec(
                    id,
                    v,
                    estimate,
                    probability,
                    statisticName,
                    statistic,
                    sampleSize,
                    effectiveSampleSize,
                    strategy,
                    reason,
                    parameters,
                    more);
        }

        Spec estimate(double v) {
            return new Spec(
                    id,
                    verdict,
                    v,
                    probability,
                    statisticName,
                    statistic,
                    sampleSize,
                    effectiveSampleSize,
                    strategy,
                    reason,
                    parameters,
                    more);
        }

        Spec probability(double v) {
            return new Spec(
                    id,
                    verdict,
                    estimate,
                    v,
                    statisticName,
                    statistic,
                    sampleSize,
                    effectiveSampleSize,
                    strategy,
                    reason,
                    parameters,
                    more);
        }

        Spec statisticName(String v) {
            return new Spec(
                    id,
                    verdict,
                    estimate,
                    probability,
                    v,
                    statistic,
                    sampleSize,
                    effectiveSampleSize,
                    strategy,
                    reason,
                    parameters,
                    more);
        }

        Spec statistic(double v) {
            return new Spec(
                    id,
                    verdict,
                    estimate,
                    probability,
                    statisticName,
                    v,
                    sampleSize,
                    effectiveSampleSize,
                    strategy,
                    reason,
                    parameters,
                    more);
        }

        Spec sampleSize(long v) {
            return new Spec(
                    id,
                    verdict,
                    estimate,
                    probability,
                    statisticName,
                    statistic,
                    v,
                    effectiveSampleSize,
                    strategy,
                    reason,
                    parameters,
                    more);
        }

        Spec effectiveSampleSize(double v) {
            return new Spec(
                    id,
                    verdict,
                    estimate,
                    probability,
                    statisticName,
                    statistic,
                    sampleSize,
                    v,
                    strategy,
                    reason,
                    parameters,
                    more);
        }

        Spec strategy(String v) {
            return new Spec(
                    id,
                    verdict,
                    estimate,
                    probability,
                    statisticName,
                    statistic,
                    sampleSize,
                    effectiveSampleSize,
                    v,
                    reason,
                    parameters,
                    more);
        }

        Spec reason(String v) {
            return new Spec(
                    id,
                    verdict,
                    estimate,
                    probability,
                    statisticName,
                    statistic,
                    sampleSize,
                    effectiveSampleSize,
                    strategy,
                    v,
                    parameters,
                    more);
        }

        Spec parameters(Map<String, String> v) {
            return new Spec(
                    id,
                    verdict,
                    estimate,
                    probability,
                    statisticName,
                    statistic,
                    sampleSize,
                    effectiveSampleSize,
                    strategy,
                    reason,
                    v,
                    more);
        }

        Spec more(Option<Long> v) {
            return new Spec(
                    id,
                    verdict,
                    estimate,
                    probability,
                    statisticName,
                    statistic,
                    sampleSize,
                    effectiveSampleSize,
                    strategy,
                    reason,
                    parameters,
                    v);
        }

        Assessment build() {
            Assessment.Builder builder = Assessment.builder()
                    .hypothesisId(id)
                    .verdict(verdict)
                    .estimate(estimate)
                    .interval(INTERVAL)
                    .probability(probability)
                    .statisticName(statisticName)
                    .statistic(statistic)
                    .sampleSize(sampleSize)
                    .effectiveSampleSize(effectiveSampleSize)
                    .strategy(strategy)
                    .reason(reason);
            if (parameters != null) {
                builder.parameters(parameters);
            }
            if (more != null) {
                builder.expectedAdditionalSample(more);
            }
            return builder.build();
        }
    }

    @Test
    void anAssessmentKeepsEveryFigure() {
        Assessment a = Spec.supported()
                .parameters(LinkedHashMap.of("prior", "Beta(1, 1)", "threshold", "0.4"))
                .build();
        assertEquals(FIT, a.hypothesisId());
        assertEquals(Verdict.SUPPORTED, a.verdict());
        assertEquals(0.46, a.estimate());
        assertEquals(INTERVAL, a.interval());
        assertEquals(0.97, a.probability());
        assertEquals("P(rate >= 0.40)", a.statisticName());
        assertEquals(0.97, a.statistic());
        assertEquals(52, a.sampleSize());
        assertEquals(52.0, a.effectiveSampleSize());
        assertEquals("bayesian", a.strategy());
        assertEquals(LinkedHashMap.of("prior", "Beta(1, 1)", "threshold", "0.4"), a.parameters());
        assertEquals(REASON, a.reason());
        assertEquals(Option.none(), a.expectedAdditionalSample());
        assertTrue(a.isDecided());
        assertEquals("pmf.ellis: SUPPORTED by bayesian (" + REASON + ")", a.toString());
    }

    @Test
    void parametersAreEmptyUnlessSetAndKeepTheirOrder() {
        assertTrue(Spec.supported().build().parameters().isEmpty());
        Assessment a = Spec.supported()
                .parameters(LinkedHashMap.of("z", "1", "a", "2", "m", "3"))
                .build();
        assertEquals(
                io.vavr.collection.List.of("z", "a", "m"),
                a.parameters().keySet().toList());
    }

    @Test
    void theUncertaintyIsOneWhenTheEvidenceLeansNeitherWay() {
        // 1 - |2p - 1|
        assertEquals(0.06, Spec.supported().build().uncertainty(), 1e-12); // p = 0.97
        Spec open = Spec.supported().verdict(Verdict.INCONCLUSIVE);
        assertEquals(1.0, open.probability(0.5).build().uncertainty());
        assertEquals(0.4, open.probability(0.2).build().uncertainty(), 1e-12);
        assertEquals(0.0, open.probability(0.0).build().uncertainty());
        assertEquals(0.0, open.probability(1.0).build().uncertainty());
    }

    @Test
    void onlyAnInconclusiveAssessmentMayExpectMoreEvidence() {
        Spec open = Spec.supported().verdict(Verdict.INCONCLUSIVE);
        Assessment more = open.more(Option.some(30L)).build();
        assertEquals(Option.some(30L), more.expectedAdditionalSample());
        assertFalse(more.isDecided());
        assertEquals(Option.some(0L), open.more(Option.some(0L)).build().expectedAdditionalSample());
        assertEquals(
                Option.some(7L),
                Spec.supported()
                        .verdict(Verdict.INCONCLUSIVE)
                        .build()
                        .expectedAdditionalSample()
                        .orElse(Option.some(7L)));

        String supported = "must be absent when the verdict is SUPPORTED";
        Expect.invalid(
                "expectedAdditionalSample " + supported + ": 30",
                "expectedAdditionalSample",
                supported,
                30L,
                () -> Spec.supported().more(Option.some(30L)).build());
        String refuted = "must be absent when the verdict is REFUTED";
        Expect.invalid(
                "expectedAdditionalSample " + refuted + ": 1",
                "expectedAdditionalSample",
                refuted,
                1L,
                () -> Spec.supported()
                        .verdict(Verdict.REFUTED)
                        .more(Option.some(1L))
                        .build());
        Expect.invalid(
                "expectedAdditionalSample must be >= 0: -1",
                "expectedAdditionalSample",
                "must be >= 0",
                -1L,
                () -> open.more(Option.some(-1L)).build());
    }

    @Test
    void theBuildersLongSetterMeansSome() {
        Assessment a = Assessment.builder()
                .hypothesisId(FIT)
                .verdict(Verdict.INCONCLUSIVE)
                .estimate(0.4)
                .interval(INTERVAL)
                .probability(0.5)
                .statisticName("P(rate >= 0.40)")
                .statistic(0.5)
                .sampleSize(10)
                .effectiveSampleSize(10)
                .strategy("bayesian")
                .reason("too few answers")
                .expectedAdditionalSample(40)
                .build();
        assertEquals(Option.some(40L), a.expectedAdditionalSample());
    }

    @Test
    void theVerdictSaysWhetherItIsDecided() {
        assertTrue(Verdict.SUPPORTED.isDecided());
        assertTrue(Verdict.REFUTED.isDecided());
        assertFalse(Verdict.INCONCLUSIVE.isDecided());
    }

    @Test
    void theEstimateLiesInTheInterval() {
        assertEquals(0.36, Spec.supported().estimate(0.36).build().estimate());
        assertEquals(0.58, Spec.supported().estimate(0.58).build().estimate());
        String rule = "must lie in the interval 95% credible [0.36, 0.58]";
        Expect.invalid(
                "estimate " + rule + ": 0.6",
                "estimate",
                rule,
                0.6,
                () -> Spec.supported().estimate(0.6).build());
        Expect.invalid(
                "estimate " + rule + ": 0.1",
                "estimate",
                rule,
                0.1,
                () -> Spec.supported().estimate(0.1).build());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsAnEstimateThatIsNotFinite(double estimate) {
        Expect.invalid(
                "estimate must be finite: " + estimate,
                "estimate",
                "must be finite",
                estimate,
                () -> Spec.supported().estimate(estimate).build());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void rejectsAProbabilityOutsideTheUnitInterval(double p) {
        Expect.invalid(
                "probability must be in [0, 1]: " + p,
                "probability",
                "must be in [0, 1]",
                p,
                () -> Spec.supported().probability(p).build());
    }

    @Test
    void rejectsEveryOtherInvalidFigure() {
        Spec a = Spec.supported();
        Expect.invalid(
                "statisticName must not be blank: \" \"",
                "statisticName",
                "must not be blank",
                " ",
                () -> a.statisticName(" ").build());
        Expect.invalid(
                "statistic must not be NaN: NaN",
                "statistic",
                "must not be NaN",
                Double.NaN,
                () -> a.statistic(Double.NaN).build());
        assertEquals(
                Double.NEGATIVE_INFINITY,
                a.statistic(Double.NEGATIVE_INFINITY).build().statistic());
        Expect.invalid(
                "sampleSize must be >= 0: -1",
                "sampleSize",
                "must be >= 0",
                -1L,
                () -> a.sampleSize(-1).build());
        Expect.invalid(
                "effectiveSampleSize must be finite and >= 0: -0.5",
                "effectiveSampleSize",
                "must be finite and >= 0",
                -0.5,
                () -> a.effectiveSampleSize(-0.5).build());
        Expect.invalid(
                "effectiveSampleSize must be finite and >= 0: Infinity",
                "effectiveSampleSize",
                "must be finite and >= 0",
                Double.POSITIVE_INFINITY,
                () -> a.effectiveSampleSize(Double.POSITIVE_INFINITY).build());
        Expect.invalid(
                "strategy must not be blank: \"\"",
                "strategy",
                "must not be blank",
                "",
                () -> a.strategy("").build());
        Expect.invalid(
                "reason must not be blank: \"\t\"",
                "reason",
                "must not be blank",
                "\t",
                () -> a.reason("\t").build());
        Expect.invalid(
                "parameters.name must not be blank: \" \"",
                "parameters.name",
                "must not be blank",
                " ",
                () -> a.parameters(LinkedHashMap.of(" ", "x")).build());
        Expect.isNull(
                "parameters[alpha]",
                () -> a.parameters(LinkedHashMap.of("alpha", null)).build());
    }

    @Test
    void theBuilderReportsMissingAttributesAndRefusesToSetOneTwice() {
        CustDevException missing = assertThrows(
                CustDevException.class,
                () -> Assessment.builder()
                        .hypothesisId(FIT)
                        .verdict(Verdict.REFUTED)
                        .build());
        assertEquals(
                "Cannot build Assessment, some of required attributes are not set [estimate, interval, probability,"
                        + " statisticName, statistic, sampleSize, effectiveSampleSize, strategy, reason]",
                missing.getMessage());
        IllegalStateException twice = assertThrows(
                IllegalStateException.class,
                () -> Assessment.builder().verdict(Verdict.REFUTED).verdict(Verdict.SUPPORTED));
        assertEquals("Builder of Assessment is strict, attribute is already set: verdict", twice.getMessage());
        IllegalStateException twiceMore = assertThrows(
                IllegalStateException.class,
                () -> Assessment.builder().expectedAdditionalSample(1).expectedAdditionalSample(2));
        assertEquals(
                "Builder of Assessment is strict, attribute is already set: expectedAdditionalSample",
                twiceMore.getMessage());
    }

    @Test
    void theBuilderRejectsNulls() {
        Expect.isNull("hypothesisId", () -> Assessment.builder().hypothesisId(null));
        Expect.isNull("verdict", () -> Assessment.builder().verdict(null));
        Expect.isNull("interval", () -> Assessment.builder().interval(null));
        Expect.isNull("statisticName", () -> Assessment.builder().statisticName(null));
        Expect.isNull("strategy", () -> Assessment.builder().strategy(null));
        Expect.isNull("reason", () -> Assessment.builder().reason(null));
        Expect.isNull("parameters", () -> Assessment.builder().parameters(null));
        Expect.isNull("expectedAdditionalSample", () -> Assessment.builder().expectedAdditionalSample(null));
    }

    @Test
    void assessmentsAreEqualByEveryAttribute() {
        Assessment a = Spec.supported().build();
        Assessment b = Spec.supported().build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a, Spec.supported().probability(0.96).build());
        assertNotEquals(a, Spec.supported().verdict(Verdict.INCONCLUSIVE).build());
        assertNotEquals(
                a,
                Spec.supported()
                        .parameters(LinkedHashMap.of("prior", "uniform"))
                        .build());
        assertNotEquals(a, Spec.supported().id(HypothesisId.of("other")).build());
        assertNotEquals(a, Spec.supported().reason("another reason").build());
        assertEquals(a, Spec.supported().parameters(LinkedHashMap.empty()).build(), "empty parameters are the default");
    }
}
