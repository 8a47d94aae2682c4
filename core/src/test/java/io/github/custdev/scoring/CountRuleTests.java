package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Count criteria ("at least k", "at most k" positive outcomes), which every rate strategy judges by counting: the
 * verdict at and around the threshold, the minimum sample, and the expected additional sample, by hand.
 */
class CountRuleTests {
    private static final List<ScoringStrategy> RATE_RULES =
            List.of(Scoring.bayesian(), Scoring.fixedSample(), Scoring.sequential(0.2, 0.4));

    private static SuccessCriterion atMost(long count, long minimumSample) {
        return SuccessCriterion.of(
                Metric.COUNT, Comparison.AT_MOST, count, minimumSample, Strength.SAID, Option.none());
    }

    @Test
    void atMostIsSupportedUpToTheCountOnceTheSampleIsEnough() {
        for (ScoringStrategy rule : RATE_RULES) {
            Assessment within = rule.assess(hypothesis(atMost(3, 10)), Fixtures.log(3, 7));
            assertEquals(Verdict.SUPPORTED, within.verdict(), rule + ": 3 of at most 3");
            assertEquals(1.0, within.probability());
            assertEquals(Option.none(), within.expectedAdditionalSample());

            Assessment over = rule.assess(hypothesis(atMost(3, 10)), Fixtures.log(4, 6));
            assertEquals(Verdict.REFUTED, over.verdict(), rule + ": 4 of at most 3");
            assertEquals(0.0, over.probability());
        }
    }

    @Test
    void atMostWaitsForTheMinimumSampleUnlessTheCountIsAlreadyExceeded() {
        for (ScoringStrategy rule : RATE_RULES) {
            Assessment early = rule.assess(hypothesis(atMost(3, 10)), Fixtures.log(1, 4));
            assertEquals(Verdict.INCONCLUSIVE, early.verdict(), rule + ": 5 of 10 trials");
            assertEquals(0.5, early.probability());
            assertEquals(Option.some(5L), early.expectedAdditionalSample(), "10 - 5 trials");
            assertTrue(early.reason().contains("; the criterion needs a count <= 3 and 10 "), early.reason());

            Assessment exceeded = rule.assess(hypothesis(atMost(3, 10)), Fixtures.log(4, 1));
            assertEquals(0.0, exceeded.probability(), rule + ": already 4 of at most 3");
            assertEquals(Verdict.INCONCLUSIVE, exceeded.verdict(), "no verdict before the minimum sample");
            assertEquals(Option.some(5L), exceeded.expectedAdditionalSample());
        }
    }

    @Test
    void atLeastCountsTheTrialsToTheThresholdAtLaplacesRate() {
        SuccessCriterion five = SuccessCriterion.countAtLeast(5, Strength.SAID);
        for (ScoringStrategy rule : RATE_RULES) {
            Assessment reached = rule.assess(hypothesis(five), Fixtures.log(5, 3));
            assertEquals(Verdict.SUPPORTED, reached.verdict(), rule + ": exactly 5");
            assertEquals(1.0, reached.probability());

            // 2 of 8: rate (2 + 1) / (8 + 2) = 0.3; (5 - 2) / 0.3 = 10 more trials.
            Assessment short3 = rule.assess(hypothesis(five), Fixtures.log(2, 6));
            assertEquals(Verdict.INCONCLUSIVE, short3.verdict());
            assertEquals(0.5, short3.probability());
            assertEquals(Option.some(10L), short3.expectedAdditionalSample(), rule.toString());
            assertEquals(2.0, short3.estimate());
        }
    }
}
