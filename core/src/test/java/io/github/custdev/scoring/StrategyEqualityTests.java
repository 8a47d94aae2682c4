package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.custdev.BetaPrior;
import io.github.custdev.StrengthWeights;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in strategies are equal when built alike (with equal hash codes), and unequal when any part of their
 * configuration differs: each pair below is built twice from scratch, never compared with itself.
 */
class StrategyEqualityTests {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    /** Two strategies built alike are equal, both ways, with equal hash codes, and unequal to null and to others. */
    private static void equalBuiltAlike(ScoringStrategy a, ScoringStrategy b) {
        assertEquals(a, b, a + " and " + b);
        assertEquals(b, a, b + " and " + a);
        assertEquals(a.hashCode(), b.hashCode(), "hash codes of " + a);
        assertNotEquals(null, a);
        assertNotEquals(a, "a text");
    }

    /** Strategies that differ in one part of their configuration are unequal, both ways, and hash differently. */
    private static void differ(ScoringStrategy a, ScoringStrategy b) {
        assertNotEquals(a, b, a + " and " + b);
        assertNotEquals(b, a, b + " and " + a);
        assertNotEquals(a.hashCode(), b.hashCode(), "hash codes of " + a + " and " + b);
    }

    @Test
    void bayesianByRiskPriorLevelAndRule() {
        equalBuiltAlike(Scoring.bayesian(), Scoring.bayesian().withRisk(0.05));
        equalBuiltAlike(
                Scoring.bayesian()
                        .withRisk(0.1)
                        .withDefaultPrior(BetaPrior.of(2, 3))
                        .withExpectedLoss(0.01),
                Scoring.bayesian()
                        .withExpectedLoss(0.01)
                        .withDefaultPrior(BetaPrior.of(2, 3))
                        .withRisk(0.1));
        equalBuiltAlike(
                Scoring.bayesian(), Scoring.bayesian().withExpectedLoss(0.01).withProbabilityRule());
        differ(Scoring.bayesian(), Scoring.bayesian().withRisk(0.1));
        differ(Scoring.bayesian(), Scoring.bayesian().withDefaultPrior(BetaPrior.of(2, 3)));
        differ(Scoring.bayesian(), Scoring.bayesian().withLevel(0.9));
        differ(Scoring.bayesian(), Scoring.bayesian().withExpectedLoss(0.01));
        differ(Scoring.bayesian().withExpectedLoss(0.01), Scoring.bayesian().withExpectedLoss(0.02));
        differ(Scoring.bayesian(), Scoring.fixedSample());
    }

    @Test
    void sequentialByRatesErrorRatesAndLevel() {
        equalBuiltAlike(Scoring.sequential(0.2, 0.4), Scoring.sequential(0.2, 0.4, 0.05, 0.05));
        equalBuiltAlike(
                Scoring.sequential(0.2, 0.4).withErrorRates(0.1, 0.2).withLevel(0.9),
                Scoring.sequential(0.2, 0.4, 0.1, 0.2).withLevel(0.9));
        differ(Scoring.sequential(0.2, 0.4), Scoring.sequential(0.3, 0.4));
        differ(Scoring.sequential(0.2, 0.4), Scoring.sequential(0.2, 0.5));
        differ(Scoring.sequential(0.2, 0.4), Scoring.sequential(0.2, 0.4, 0.1, 0.05));
        differ(Scoring.sequential(0.2, 0.4), Scoring.sequential(0.2, 0.4, 0.05, 0.1));
        differ(Scoring.sequential(0.2, 0.4), Scoring.sequential(0.2, 0.4).withLevel(0.9));
        differ(Scoring.sequential(0.2, 0.4), Scoring.bayesian());
    }

    @Test
    void fixedSampleByLevel() {
        equalBuiltAlike(Scoring.fixedSample(), Scoring.fixedSample().withLevel(0.95));
        equalBuiltAlike(
                Scoring.fixedSample().withLevel(0.9), Scoring.fixedSample().withLevel(0.9));
        differ(Scoring.fixedSample(), Scoring.fixedSample().withLevel(0.9));
        differ(Scoring.fixedSample(), Scoring.mean());
    }

    @Test
    void meanByRiskAndLevel() {
        equalBuiltAlike(Scoring.mean(), Scoring.mean().withRisk(0.05).withLevel(0.95));
        equalBuiltAlike(Scoring.mean().withRisk(0.1), Scoring.mean().withRisk(0.1));
        differ(Scoring.mean(), Scoring.mean().withRisk(0.1));
        differ(Scoring.mean(), Scoring.mean().withLevel(0.9));
        differ(Scoring.mean(), Scoring.fixedSample());
    }

    @Test
    void seanEllisByBenchmarkAndRule() {
        equalBuiltAlike(Scoring.seanEllis(), Scoring.seanEllis().decidedBy(Scoring.bayesian()));
        equalBuiltAlike(
                Scoring.seanEllis().withBenchmark(0.3).decidedBy(Scoring.sequential(0.2, 0.4)),
                Scoring.seanEllis().decidedBy(Scoring.sequential(0.2, 0.4)).withBenchmark(0.3));
        differ(Scoring.seanEllis(), Scoring.seanEllis().withBenchmark(0.3));
        differ(
                Scoring.seanEllis(),
                Scoring.seanEllis().decidedBy(Scoring.bayesian().withRisk(0.1)));
        differ(Scoring.seanEllis(), Scoring.bayesian());
    }

    @Test
    void byMetricByBothStrategies() {
        equalBuiltAlike(
                Scoring.byMetric(Scoring.bayesian(), Scoring.mean()),
                Scoring.byMetric(Scoring.bayesian(), Scoring.mean()));
        differ(
                Scoring.byMetric(Scoring.bayesian(), Scoring.mean()),
                Scoring.byMetric(Scoring.fixedSample(), Scoring.mean()));
        differ(
                Scoring.byMetric(Scoring.bayesian(), Scoring.mean()),
                Scoring.byMetric(Scoring.bayesian(), Scoring.mean().withRisk(0.1)));
        differ(Scoring.byMetric(Scoring.bayesian(), Scoring.mean()), Scoring.allOf(Scoring.bayesian(), Scoring.mean()));
    }

    @Test
    void combinationsByKindAndMembersInOrder() {
        equalBuiltAlike(
                Scoring.allOf(Scoring.bayesian(), Scoring.sequential(0.2, 0.4)),
                Scoring.allOf(List.of(Scoring.bayesian(), Scoring.sequential(0.2, 0.4))));
        // a combination of the same kind is flattened, so it equals the flat one
        equalBuiltAlike(
                Scoring.allOf(Scoring.allOf(Scoring.bayesian(), Scoring.mean()), Scoring.fixedSample()),
                Scoring.allOf(Scoring.bayesian(), Scoring.mean(), Scoring.fixedSample()));
        equalBuiltAlike(
                Scoring.anyOf(Scoring.bayesian(), Scoring.mean()), Scoring.anyOf(Scoring.bayesian(), Scoring.mean()));
        differ(Scoring.allOf(Scoring.bayesian(), Scoring.mean()), Scoring.anyOf(Scoring.bayesian(), Scoring.mean()));
        differ(Scoring.allOf(Scoring.bayesian(), Scoring.mean()), Scoring.allOf(Scoring.mean(), Scoring.bayesian()));
        differ(
                Scoring.allOf(Scoring.bayesian(), Scoring.mean()),
                Scoring.allOf(Scoring.bayesian(), Scoring.mean().withLevel(0.9)));
        differ(
                Scoring.allOf(Scoring.bayesian(), Scoring.mean()),
                Scoring.allOf(Scoring.bayesian(), Scoring.mean(), Scoring.fixedSample()));
    }

    @Test
    void filtersAndWeightingsByEveryLayerInOrderAndTheBase() {
        ScoringStrategy sprt = Scoring.sequential(0.2, 0.4);
        equalBuiltAlike(
                Scoring.inSegment(Scoring.sequential(0.2, 0.4), "dentists"), Scoring.inSegment(sprt, "dentists"));
        equalBuiltAlike(
                Scoring.weightedByStrength(Scoring.bayesian()),
                Scoring.weightedByStrength(Scoring.bayesian(), StrengthWeights.standard()));
        equalBuiltAlike(
                Scoring.observedAfter(
                        Scoring.observedBefore(Scoring.inSegment(sprt, "dentists"), T), T.minusSeconds(9)),
                Scoring.observedAfter(
                        Scoring.observedBefore(Scoring.inSegment(Scoring.sequential(0.2, 0.4), "dentists"), T),
                        T.minusSeconds(9)));
        // a filter over a filter of its kind is one layer: the tighter bound decides
        equalBuiltAlike(
                Scoring.observedBefore(Scoring.observedBefore(sprt, T), T.plusSeconds(1)),
                Scoring.observedBefore(sprt, T));

        differ(Scoring.inSegment(sprt, "dentists"), Scoring.inSegment(sprt, "orthodontists"));
        differ(Scoring.inSegment(sprt, "dentists"), Scoring.inSegment(Scoring.sequential(0.2, 0.5), "dentists"));
        differ(Scoring.inSegment(sprt, "dentists"), sprt);
        differ(sprt, Scoring.inSegment(sprt, "dentists"));
        differ(Scoring.weightedByStrength(sprt), Scoring.weightedByStrength(sprt, StrengthWeights.of(1, 2, 3)));
        differ(Scoring.observedBefore(sprt, T), Scoring.observedBefore(sprt, T.plusNanos(1)));
        // the same instant, but before and after keep other evidence
        differ(Scoring.observedBefore(sprt, T), Scoring.observedAfter(sprt, T));
        // the same layers in another order report their parameters in another order
        differ(
                Scoring.weightedByStrength(Scoring.inSegment(sprt, "dentists")),
                Scoring.inSegment(Scoring.weightedByStrength(sprt), "dentists"));
        differ(
                Scoring.inSegment(Scoring.inSegment(sprt, "dentists"), "solo"),
                Scoring.inSegment(Scoring.inSegment(sprt, "solo"), "dentists"));
        // one segment whose name holds the separator is not the two segments it reads like
        // (their texts are alike, and so are their hash codes, which unequal strategies may share)
        ScoringStrategy one = Scoring.inSegment(sprt, "a & b");
        ScoringStrategy two = Scoring.inSegment(Scoring.inSegment(sprt, "a"), "b");
        assertEquals(one.toString(), two.toString());
        assertNotEquals(one, two);
        assertNotEquals(two, one);
        // chains of different lengths over the same base
        differ(Scoring.weightedByStrength(Scoring.weightedByStrength(sprt)), Scoring.weightedByStrength(sprt));
    }

    @Test
    void aLongChainIsComparedAndHashedWithoutDeepRecursion() {
        ScoringStrategy one = Scoring.bayesian();
        ScoringStrategy other = Scoring.bayesian();
        for (int i = 0; i < 100_000; i++) {
            one = Scoring.weightedByStrength(one);
            other = Scoring.weightedByStrength(other);
        }
        equalBuiltAlike(one, other);
        differ(one, Scoring.weightedByStrength(other, StrengthWeights.of(1, 2, 3)));
        differ(one, Scoring.weightedByStrength(Scoring.mean()));
    }
}
