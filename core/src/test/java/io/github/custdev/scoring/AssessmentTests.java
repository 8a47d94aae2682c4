package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Expect;
import io.github.custdev.HypothesisId;
import io.github.custdev.MissingValueException;
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

    /**
     * The attributes of a supported assessment, to change one or two before building; {@code null} leaves an optional
     * attribute unset. Mutable: take a fresh one from {@link #supported()} for each assessment that differs.
     */
    private static final class Spec {
        private HypothesisId id = FIT;
        private Verdict verdict = Verdict.SUPPORTED;
        private double estimate = 0.46;
        private double probability = 0.97;
        private String statisticName = "P(rate >= 0.40)";
        private double statistic = 0.97;
        private long sampleSize = 52;
        private double effectiveSampleSize = 52;
        private String strategy = "bayesian";
        private String reason = REASON;
        private Map<String, String> parameters;
        private Option<Long> more;

        static Spec supported() {
            return new Spec();
        }

        Spec id(HypothesisId v) {
            id = v;
            return this;
        }

        Spec verdict(Verdict v) {
            verdict = v;
            return this;
        }

        Spec estimate(double v) {
            estimate = v;
            return this;
        }

        Spec probability(double v) {
            probability = v;
            return this;
        }

        Spec statisticName(String v) {
            statisticName = v;
            return this;
        }

        Spec statistic(double v) {
            statistic = v;
            return this;
        }

        Spec sampleSize(long v) {
            sampleSize = v;
            return this;
        }

        Spec effectiveSampleSize(double v) {
            effectiveSampleSize = v;
            return this;
        }

        Spec strategy(String v) {
            strategy = v;
            return this;
        }

        Spec reason(String v) {
            reason = v;
            return this;
        }

        Spec parameters(Map<String, String> v) {
            parameters = v;
            return this;
        }

        Spec more(Option<Long> v) {
            more = v;
            return this;
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
                Option.none(),
                Spec.supported().verdict(Verdict.INCONCLUSIVE).build().expectedAdditionalSample(),
                "an inconclusive assessment need not say how much more it needs");

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
        Expect.invalid(
                "statisticName must not be blank: \" \"",
                "statisticName",
                "must not be blank",
                " ",
                () -> Spec.supported().statisticName(" ").build());
        Expect.invalid(
                "statistic must not be NaN: NaN",
                "statistic",
                "must not be NaN",
                Double.NaN,
                () -> Spec.supported().statistic(Double.NaN).build());
        assertEquals(
                Double.NEGATIVE_INFINITY,
                Spec.supported().statistic(Double.NEGATIVE_INFINITY).build().statistic());
        Expect.invalid(
                "sampleSize must be >= 0: -1",
                "sampleSize",
                "must be >= 0",
                -1L,
                () -> Spec.supported().sampleSize(-1).build());
        Expect.invalid(
                "effectiveSampleSize must be finite and >= 0: -0.5",
                "effectiveSampleSize",
                "must be finite and >= 0",
                -0.5,
                () -> Spec.supported().effectiveSampleSize(-0.5).build());
        Expect.invalid(
                "effectiveSampleSize must be finite and >= 0: Infinity",
                "effectiveSampleSize",
                "must be finite and >= 0",
                Double.POSITIVE_INFINITY,
                () -> Spec.supported()
                        .effectiveSampleSize(Double.POSITIVE_INFINITY)
                        .build());
        Expect.invalid(
                "strategy must not be blank: \"\"",
                "strategy",
                "must not be blank",
                "",
                () -> Spec.supported().strategy("").build());
        Expect.invalid(
                "reason must not be blank: \"\t\"",
                "reason",
                "must not be blank",
                "\t",
                () -> Spec.supported().reason("\t").build());
        Expect.invalid(
                "parameters.name must not be blank: \" \"",
                "parameters.name",
                "must not be blank",
                " ",
                () -> Spec.supported().parameters(LinkedHashMap.of(" ", "x")).build());
        Expect.isNull(
                "parameters[alpha]",
                () -> Spec.supported()
                        .parameters(LinkedHashMap.of("alpha", null))
                        .build());
    }

    @Test
    void theBuilderReportsMissingAttributesAndRefusesToSetOneTwice() {
        MissingValueException missing = assertThrows(
                MissingValueException.class,
                () -> Assessment.builder()
                        .hypothesisId(FIT)
                        .verdict(Verdict.REFUTED)
                        .build());
        assertEquals(
                "estimate, interval, probability, statisticName, statistic, sampleSize, effectiveSampleSize, strategy"
                        + " and reason are not set",
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
