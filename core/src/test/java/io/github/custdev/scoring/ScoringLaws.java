package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.EvidenceLog;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws every scoring strategy obeys, as a jqwik contract: a test class implements it and names its
 * {@link #subject()}.
 */
interface ScoringLaws {

    /** The strategy under test. */
    ScoringStrategy subject();

    @Provide
    default Arbitrary<ScoringCase> cases() {
        return ScoringCase.cases();
    }

    @Property(tries = 50)
    default void isDeterministic(@ForAll("cases") ScoringCase input) {
        Assessment first = subject().assess(input.hypothesis, input.log());
        Assessment second = subject().assess(input.hypothesis, input.log());
        assertEquals(first, second);
        assertEquals(first.reason(), second.reason());
    }

    @Property(tries = 100)
    default void answersEveryValidInputWithinItsBounds(@ForAll("cases") ScoringCase input) {
        Assessment assessment = subject().assess(input.hypothesis, input.log());
        assertEquals(input.hypothesis.id(), assessment.hypothesisId());
        assertTrue(assessment.probability() >= 0.0 && assessment.probability() <= 1.0, assessment::toString);
        assertTrue(assessment.uncertainty() >= 0.0 && assessment.uncertainty() <= 1.0, assessment::toString);
        assertTrue(Double.isFinite(assessment.estimate()), assessment::toString);
        Interval interval = assessment.interval();
        assertTrue(
                interval.lower() <= assessment.estimate() && assessment.estimate() <= interval.upper(),
                () -> assessment + ": estimate " + assessment.estimate() + " outside " + interval);
        assertTrue(assessment.effectiveSampleSize() >= 0.0, assessment::toString);
        assertTrue(!assessment.reason().isBlank() && !assessment.strategy().isBlank());
        assertTrue(
                assessment.expectedAdditionalSample().isEmpty() || !assessment.isDecided(),
                "only an undecided assessment says how much more it needs");
    }

    @Property(tries = 75)
    default void neverDecidesBelowTheMinimumSample(@ForAll("cases") ScoringCase input) {
        Assessment assessment = subject().assess(input.hypothesis, input.log());
        if (assessment.isDecided()) {
            assertTrue(
                    assessment.sampleSize() >= input.hypothesis.criterion().minimumSample(),
                    () -> assessment + " decided on " + assessment.sampleSize() + " of "
                            + input.hypothesis.criterion().minimumSample());
        }
    }

    @Property(tries = 30)
    default void withoutEvidenceIsInconclusive(@ForAll("cases") ScoringCase input) {
        ScoringCase none = input.withoutOwnEvidence();
        assertEquals(
                Verdict.INCONCLUSIVE,
                subject().assess(none.hypothesis, none.log()).verdict());
        assertEquals(
                Verdict.INCONCLUSIVE,
                subject().assess(input.hypothesis, EvidenceLog.empty()).verdict());
    }

    @Property(tries = 75)
    default void isOrderInvariantWhenExchangeable(@ForAll("cases") ScoringCase input, @ForAll long seed) {
        if (!subject().isExchangeable()) {
            return;
        }
        Assessment original = subject().assess(input.hypothesis, input.log());
        ScoringCase shuffled = input.shuffled(seed);
        Assessment reordered = subject().assess(shuffled.hypothesis, shuffled.log());
        assertEquals(original.verdict(), reordered.verdict(), () -> original + " vs " + reordered);
        assertEquals(original.probability(), reordered.probability(), 1e-9);
        assertEquals(original.sampleSize(), reordered.sampleSize());
        assertEquals(original.effectiveSampleSize(), reordered.effectiveSampleSize(), 1e-9);
        double scale = Math.max(1.0, Math.abs(original.estimate()));
        assertEquals(original.estimate(), reordered.estimate(), 1e-9 * scale);
        assertEquals(original.expectedAdditionalSample(), reordered.expectedAdditionalSample());
    }
}
