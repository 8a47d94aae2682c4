package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Evidence;
import io.github.custdev.SuccessCriterion.Comparison;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Monotonicity, for the strategies that read only the counts: one more observation that supports the criterion
 * never lowers the probability that it holds, one that refutes it never raises it. The tolerance 1e-12 allows for
 * rounding in the last bits of the distribution functions.
 */
interface MonotoneLaws {
    double TOLERANCE = 1e-12;

    ScoringStrategy subject();

    @Provide
    default Arbitrary<ScoringCase> proportionCases() {
        return ScoringCase.proportionCases();
    }

    @Provide
    default Arbitrary<Evidence> positives() {
        return ScoringCase.observation(true);
    }

    @Provide
    default Arbitrary<Evidence> negatives() {
        return ScoringCase.observation(false);
    }

    @Property(tries = 100)
    default void aPositiveOutcomeMovesTowardsAtLeastAndAwayFromAtMost(
            @ForAll("proportionCases") ScoringCase input, @ForAll("positives") Evidence positive) {
        double before = subject().assess(input.hypothesis, input.log()).probability();
        ScoringCase more = input.plus(positive);
        double after = subject().assess(more.hypothesis, more.log()).probability();
        if (input.hypothesis.criterion().comparison() == Comparison.AT_LEAST) {
            assertTrue(
                    after >= before - TOLERANCE,
                    () -> "supporting " + positive + " lowered " + before + " to " + after);
        } else {
            assertTrue(
                    after <= before + TOLERANCE, () -> "refuting " + positive + " raised " + before + " to " + after);
        }
    }

    @Property(tries = 100)
    default void aNegativeOutcomeMovesTowardsAtMostAndAwayFromAtLeast(
            @ForAll("proportionCases") ScoringCase input, @ForAll("negatives") Evidence negative) {
        double before = subject().assess(input.hypothesis, input.log()).probability();
        ScoringCase more = input.plus(negative);
        double after = subject().assess(more.hypothesis, more.log()).probability();
        if (input.hypothesis.criterion().comparison() == Comparison.AT_LEAST) {
            assertTrue(
                    after <= before + TOLERANCE, () -> "refuting " + negative + " raised " + before + " to " + after);
        } else {
            assertTrue(
                    after >= before - TOLERANCE,
                    () -> "supporting " + negative + " lowered " + before + " to " + after);
        }
    }
}
