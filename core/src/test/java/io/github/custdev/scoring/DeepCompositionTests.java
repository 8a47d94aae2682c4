package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.ID;
import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Compositions nested to any depth: allOf of allOf is allOf of the union, a filter over a filter of the same kind is
 * one filter. Nesting 1,000 allOf or 10,000 filters deep overflowed the stack.
 */
class DeepCompositionTests {
    private static final int DEPTH = 100_000;
    private static final io.github.custdev.Hypothesis HALF = hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1));

    @Test
    void allOfNestedAnyDepthIsAllOfTheUnion() {
        EvidenceLog evidence = log(30, 2);
        // A member that answers what bayesian answers without the cost: 100,000 members are assessed.
        Assessment once = Scoring.bayesian().assess(HALF, evidence);
        ScoringStrategy bayesian = (hypothesis, given) -> once;
        ScoringStrategy left = Scoring.fixedSample();
        ScoringStrategy right = Scoring.fixedSample();
        ScoringStrategy any = Scoring.fixedSample();
        for (int i = 0; i < DEPTH; i++) {
            left = Scoring.allOf(left, bayesian);
            right = Scoring.allOf(bayesian, right);
            any = Scoring.anyOf(any, bayesian);
        }
        Assessment flat = Scoring.allOf(Scoring.fixedSample(), bayesian).assess(HALF, evidence);
        for (ScoringStrategy deep : new ScoringStrategy[] {left, right}) {
            Assessment assessment = deep.assess(HALF, evidence);
            assertEquals(flat.verdict(), assessment.verdict());
            assertEquals(flat.probability(), assessment.probability(), 0.0);
            assertEquals(flat.estimate(), assessment.estimate(), 0.0);
            assertEquals(DEPTH + 1, assessment.strategy().split(", ").length);
            assertTrue(deep.toString().startsWith("allOf("), "no stack overflow");
        }
        Assessment anyFlat = Scoring.anyOf(Scoring.fixedSample(), bayesian).assess(HALF, evidence);
        assertEquals(anyFlat.verdict(), any.assess(HALF, evidence).verdict());
        assertEquals(anyFlat.probability(), any.assess(HALF, evidence).probability(), 0.0);
        // a nested allOf is named as its members, in order; an anyOf inside an allOf stays a member
        assertEquals(
                "all-of(fixed-sample, bayesian, mean)",
                Scoring.allOf(Scoring.allOf(Scoring.fixedSample(), Scoring.bayesian()), Scoring.mean())
                        .assess(HALF, evidence)
                        .strategy());
        assertEquals(
                "all-of(any-of(fixed-sample, bayesian), mean)",
                Scoring.allOf(Scoring.anyOf(Scoring.fixedSample(), Scoring.bayesian()), Scoring.mean())
                        .assess(HALF, evidence)
                        .strategy());
    }

    @Test
    void filtersNestedAnyDepthAreOneFilter() {
        Instant pivot = START.plusSeconds(3600);
        EvidenceLog evidence = EvidenceLog.of(
                Statement.supports(ID, Source.of("a", "dentists"), START),
                Statement.supports(ID, Source.of("b", "dentists"), START.plusSeconds(60)),
                Statement.refutes(ID, Source.of("c", "vets"), START),
                Statement.refutes(ID, Source.of("d", "dentists"), pivot));
        ScoringStrategy segment = Scoring.bayesian();
        ScoringStrategy before = Scoring.bayesian();
        ScoringStrategy after = Scoring.bayesian();
        for (int i = 0; i < DEPTH; i++) {
            segment = Scoring.inSegment(segment, "dentists");
            before = Scoring.observedBefore(before, pivot.plusSeconds(DEPTH - i));
            after = Scoring.observedAfter(after, START.minusSeconds(DEPTH - i));
        }
        assertEquals(3, segment.assess(HALF, evidence).sampleSize());
        assertEquals("in-segment(bayesian)", segment.assess(HALF, evidence).strategy());
        assertEquals("in-segment(" + Scoring.bayesian() + ", dentists)", segment.toString());
        // the innermost, nearest limits hold: before pivot + 1 s keeps all four, after START - 1 s keeps all four
        assertEquals(4, before.assess(HALF, evidence).sampleSize());
        assertEquals(4, after.assess(HALF, evidence).sampleSize());
        ScoringStrategy strictly = Scoring.observedBefore(before, pivot);
        assertEquals(3, strictly.assess(HALF, evidence).sampleSize());
        assertEquals(
                1,
                Scoring.inSegment(Scoring.inSegment(Scoring.bayesian(), "vets"), "vets")
                        .assess(HALF, evidence)
                        .sampleSize());
        assertEquals(
                0,
                Scoring.inSegment(Scoring.inSegment(Scoring.bayesian(), "vets"), "dentists")
                        .assess(HALF, evidence)
                        .sampleSize());
    }
}
