package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.ID;
import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Measurement;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The decorators and combinators of {@link Scoring}. */
class ScoringTests {
    private static final Hypothesis HALF = hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1));

    @Test
    void weightingByStrengthReadsTheLogWithTheWeights() {
        EvidenceLog evidence = EvidenceLog.of(
                Commitment.made(ID, Source.of("a"), START, Commitment.Kind.MONEY),
                Statement.refutes(ID, Source.of("b"), START),
                Statement.refutes(ID, Source.of("c"), START),
                Statement.refutes(ID, Source.of("d"), START));
        Assessment weighted = Scoring.weightedByStrength(Scoring.bayesian()).assess(HALF, evidence);
        Assessment direct = Scoring.bayesian().assess(HALF, evidence.withWeights(StrengthWeights.of(1, 4, 16)));
        assertEquals(direct.probability(), weighted.probability(), 0.0);
        assertEquals(direct.estimate(), weighted.estimate(), 0.0);
        assertEquals(Verdict.SUPPORTED, weighted.verdict());
        assertEquals(
                Verdict.INCONCLUSIVE, Scoring.bayesian().assess(HALF, evidence).verdict());
        assertEquals("weighted(bayesian)", weighted.strategy());
        assertEquals(
                Option.some("StrengthWeights[SAID=1.0, DID=4.0, PAID=16.0]"),
                weighted.parameters().get("weights"));
        assertEquals(19.0, weighted.effectiveSampleSize(), 0.0);
    }

    @Test
    void keepingOneSegmentDropsTheOthersAndTheUnknown() {
        EvidenceLog evidence = EvidenceLog.of(
                Statement.supports(ID, Source.of("a", "dentists"), START),
                Statement.supports(ID, Source.of("b", "dentists"), START),
                Statement.refutes(ID, Source.of("c", "vets"), START),
                Statement.refutes(ID, Source.of("d"), START));
        Assessment inSegment =
                Scoring.inSegment(Scoring.fixedSample(), "dentists").assess(HALF, evidence);
        Assessment alone = Scoring.fixedSample()
                .assess(HALF, EvidenceLog.ofAll(evidence.evidence().take(2)));
        assertEquals(alone.probability(), inSegment.probability(), 0.0);
        assertEquals(2, inSegment.sampleSize());
        assertEquals("in-segment(fixed-sample)", inSegment.strategy());
        assertTrue(inSegment.reason().startsWith("in segment dentists: 95% Wilson interval"), inSegment.reason());
        assertThrows(InvalidValueException.class, () -> Scoring.inSegment(Scoring.bayesian(), " "));
    }

    @Test
    void instantsSplitTheEvidenceStrictly() {
        Instant pivot = START.plusSeconds(3600);
        EvidenceLog evidence = EvidenceLog.of(
                Statement.supports(ID, Source.of("a"), START),
                Statement.supports(ID, Source.of("b"), pivot),
                Statement.refutes(ID, Source.of("c"), pivot.plusSeconds(1)),
                Statement.refutes(ID, Source.of("d"), pivot.plusSeconds(2)));
        Assessment before = Scoring.observedBefore(Scoring.bayesian(), pivot).assess(HALF, evidence);
        Assessment after = Scoring.observedAfter(Scoring.bayesian(), pivot).assess(HALF, evidence);
        assertEquals(1, before.sampleSize());
        assertEquals(2, after.sampleSize());
        assertEquals(2.0 / 3.0, before.estimate(), 1e-12);
        assertEquals(1.0 / 4.0, after.estimate(), 1e-12);
        assertEquals(Option.some(pivot.toString()), after.parameters().get("observed-after"));
        assertTrue(after.reason().startsWith("observed after 2026-03-02T10:00:00Z: "), after.reason());
    }

    @Test
    void allOfNeedsEveryMemberAndReportsTheWeakest() {
        Assessment supported = Scoring.allOf(
                        stub("a", Verdict.SUPPORTED, 0.97, null), stub("b", Verdict.SUPPORTED, 0.99, null))
                .assess(HALF, EvidenceLog.empty());
        assertEquals(Verdict.SUPPORTED, supported.verdict());
        assertEquals(0.97, supported.probability(), 0.0);
        assertEquals(Option.some("a"), supported.parameters().get("deciding"));
        assertEquals("all-of(a, b)", supported.strategy());
        assertEquals("all of: a SUPPORTED: a says so; b SUPPORTED: b says so", supported.reason());

        Assessment refuted = Scoring.allOf(List.of(
                        stub("a", Verdict.SUPPORTED, 0.97, null),
                        stub("b", Verdict.REFUTED, 0.02, null),
                        stub("c", Verdict.INCONCLUSIVE, 0.5, 3L)))
                .assess(HALF, EvidenceLog.empty());
        assertEquals(Verdict.REFUTED, refuted.verdict());
        assertEquals(0.02, refuted.probability(), 0.0);
        assertEquals(Option.none(), refuted.expectedAdditionalSample());

        Assessment open = Scoring.allOf(
                        stub("a", Verdict.SUPPORTED, 0.97, null),
                        stub("b", Verdict.INCONCLUSIVE, 0.6, 10L),
                        stub("c", Verdict.INCONCLUSIVE, 0.4, 30L))
                .assess(HALF, EvidenceLog.empty());
        assertEquals(Verdict.INCONCLUSIVE, open.verdict());
        assertEquals(0.4, open.probability(), 0.0);
        assertEquals(Option.some("c"), open.parameters().get("deciding"));
        assertEquals(Option.some(30L), open.expectedAdditionalSample());
        assertEquals(
                Option.none(),
                Scoring.allOf(stub("a", Verdict.INCONCLUSIVE, 0.6, 10L), stub("b", Verdict.INCONCLUSIVE, 0.6, null))
                        .assess(HALF, EvidenceLog.empty())
                        .expectedAdditionalSample());
    }

    @Test
    void anyOfNeedsOneMemberAndReportsTheStrongest() {
        Assessment supported = Scoring.anyOf(
                        stub("a", Verdict.REFUTED, 0.01, null),
                        stub("b", Verdict.SUPPORTED, 0.96, null),
                        stub("c", Verdict.SUPPORTED, 0.99, null))
                .assess(HALF, EvidenceLog.empty());
        assertEquals(Verdict.SUPPORTED, supported.verdict());
        assertEquals(0.99, supported.probability(), 0.0);
        assertEquals(Option.some("c"), supported.parameters().get("deciding"));

        Assessment refuted = Scoring.anyOf(
                        stub("a", Verdict.REFUTED, 0.01, null), stub("b", Verdict.REFUTED, 0.03, null))
                .assess(HALF, EvidenceLog.empty());
        assertEquals(Verdict.REFUTED, refuted.verdict());
        assertEquals(0.03, refuted.probability(), 0.0);

        Assessment open = Scoring.anyOf(
                        stub("a", Verdict.REFUTED, 0.01, null),
                        stub("b", Verdict.INCONCLUSIVE, 0.5, 10L),
                        stub("c", Verdict.INCONCLUSIVE, 0.5, null),
                        stub("d", Verdict.INCONCLUSIVE, 0.7, 5L))
                .assess(HALF, EvidenceLog.empty());
        assertEquals(Verdict.INCONCLUSIVE, open.verdict());
        assertEquals(Option.some(5L), open.expectedAdditionalSample());
        assertEquals(Option.some("d"), open.parameters().get("deciding"));
    }

    @Test
    void combinationsAreExchangeableWhenEveryMemberIs() {
        assertTrue(Scoring.allOf(Scoring.bayesian(), Scoring.fixedSample()).isExchangeable());
        assertFalse(
                Scoring.anyOf(Scoring.bayesian(), Scoring.sequential(0.2, 0.4)).isExchangeable());
        assertFalse(Scoring.inSegment(Scoring.sequential(0.2, 0.4), "x").isExchangeable());
        assertTrue(Scoring.weightedByStrength(Scoring.mean()).isExchangeable());
    }

    @Test
    void combinationsNeedMembers() {
        assertEquals(
                "strategies must not be empty: \"[]\"",
                assertThrows(InvalidValueException.class, () -> Scoring.allOf(List.empty()))
                        .getMessage());
        assertEquals(
                "strategies[1] is null",
                assertThrows(
                                InvalidValueException.class,
                                () -> Scoring.anyOf(java.util.Arrays.asList(Scoring.bayesian(), null)))
                        .getMessage());
    }

    @Test
    void byMetricSendsMeansToTheMeanStrategy() {
        ScoringStrategy both = Scoring.byMetric(Scoring.bayesian(), Scoring.mean());
        Evidence price = Measurement.of(ID, Source.of("a"), START, 30, "USD", Strength.SAID);
        assertEquals(
                "mean",
                both.assess(hypothesis(SuccessCriterion.meanAtLeast(20, "USD", 1)), EvidenceLog.of(price))
                        .strategy());
        assertEquals("bayesian", both.assess(HALF, EvidenceLog.of(price)).strategy());
    }

    @Test
    void theFactoryExampleRuns() {
        // The example in the Javadoc of Scoring.
        EvidenceLog log = Fixtures.log(12, 3);
        Hypothesis hypothesis = hypothesis(SuccessCriterion.proportionAtLeast(0.3, 10));
        ScoringStrategy strategy = Scoring.allOf(
                Scoring.weightedByStrength(Scoring.bayesian().withRisk(0.10)),
                Scoring.inSegment(Scoring.sequential(0.20, 0.40), "dentists"));
        Assessment assessment = strategy.assess(hypothesis, log);
        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict(), "the statements have no segment");
        assertEquals("all-of(weighted(bayesian), in-segment(sprt))", assessment.strategy());
    }

    /** A strategy that answers as told, whatever the evidence. */
    private static ScoringStrategy stub(String name, Verdict verdict, double probability, Long more) {
        return (hypothesis, log) -> {
            Assessment.Builder builder = Assessment.builder()
                    .hypothesisId(hypothesis.id())
                    .verdict(verdict)
                    .estimate(probability)
                    .interval(Interval.credible(0, 1, 0.95))
                    .probability(probability)
                    .statisticName("p")
                    .statistic(probability)
                    .sampleSize(10)
                    .effectiveSampleSize(10)
                    .strategy(name)
                    .reason(name + " says so");
            if (more != null) {
                builder.expectedAdditionalSample(more);
            }
            return builder.build();
        };
    }
}
