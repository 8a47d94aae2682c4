package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.behaviour;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BetaPrior;
import io.github.custdev.EvidenceLog;
import io.github.custdev.SuccessCriterion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The Bayesian strategy over the whole range of priors ([1e-100, 1e12]) and counts (up to 1e15 trials), thresholds
 * on and near 0 and 1 and risks down to 1e-300: no NaN or infinity escapes, the interval lies in [0, 1] around the
 * mean, and where Commons Statistics computes the Beta directly the probability and verdict agree with its
 * {@code survivalProbability} and {@code cumulativeProbability}, each tail from its own function.
 */
class ExtremeTailProperties {

    @Property(tries = 400)
    void noNaNOrInfinityAndTheVerdictOfEachTail(
            @ForAll("shapes") double priorAlpha,
            @ForAll("shapes") double priorBeta,
            @ForAll("counts") long trials,
            @ForAll("shares") double share,
            @ForAll("shares") double threshold,
            @ForAll boolean atLeast,
            @ForAll("risks") double risk) {
        long successes = (long) Math.floor(share * trials);
        SuccessCriterion criterion = atLeast
                ? SuccessCriterion.proportionAtLeast(threshold, 1)
                : SuccessCriterion.proportionAtMost(threshold, 1);
        EvidenceLog log = EvidenceLog.of(behaviour(successes, trials));
        BayesianScoring bayes = Scoring.bayesian()
                .withDefaultPrior(BetaPrior.of(priorAlpha, priorBeta))
                .withRisk(risk);
        for (BayesianScoring rule : new BayesianScoring[] {bayes, bayes.withExpectedLoss(risk)}) {
            Assessment assessment = rule.assess(hypothesis(criterion), log);
            assertTrue(Double.isFinite(assessment.estimate()), assessment::toString);
            assertTrue(Double.isFinite(assessment.statistic()), assessment::toString);
            assertTrue(assessment.probability() >= 0.0 && assessment.probability() <= 1.0, assessment::toString);
            Interval interval = assessment.interval();
            assertTrue(0.0 <= interval.lower() && interval.lower() <= assessment.estimate(), interval::toString);
            assertTrue(assessment.estimate() <= interval.upper() && interval.upper() <= 1.0, interval::toString);
        }
        double a = priorAlpha + successes;
        double b = priorBeta + (trials - successes);
        if (BayesianStrategy.nearlyNormal(a, b) || threshold <= 0.0 || threshold >= 1.0) {
            return;
        }
        BetaDistribution posterior = BetaDistribution.of(a, b);
        double holds = atLeast ? posterior.survivalProbability(threshold) : posterior.cumulativeProbability(threshold);
        double fails = atLeast ? posterior.cumulativeProbability(threshold) : posterior.survivalProbability(threshold);
        Assessment assessment = bayes.assess(hypothesis(criterion), log);
        assertEquals(holds, assessment.probability(), 1e-9 * holds);
        Verdict expected = fails <= risk ? Verdict.SUPPORTED : holds <= risk ? Verdict.REFUTED : Verdict.INCONCLUSIVE;
        assertEquals(expected, assessment.verdict(), () -> "P(holds) " + holds + ", P(fails) " + fails);
    }

    @Provide
    Arbitrary<Double> shapes() {
        return Arbitraries.oneOf(
                Arbitraries.of(BetaPrior.MINIMUM, BetaPrior.MAXIMUM, 1e-6, 0.5, 1.0, 1e6),
                Arbitraries.doubles().between(-100, 12).map(e -> Math.pow(10, e)));
    }

    @Provide
    Arbitrary<Long> counts() {
        return Arbitraries.oneOf(
                Arbitraries.of(1L, 2L, 1_000L, 1_000_000_000_000L, 1_000_000_000_000_000L),
                Arbitraries.doubles().between(0, 15).map(e -> Math.max(1L, (long) Math.pow(10, e))));
    }

    @Provide
    Arbitrary<Double> shares() {
        return Arbitraries.oneOf(
                Arbitraries.of(0.0, 1.0, 0.5, 1e-300, 1.0 - 1e-16),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(-300, -1).map(e -> Math.pow(10, e)));
    }

    @Provide
    Arbitrary<Double> risks() {
        return Arbitraries.oneOf(
                Arbitraries.of(0.05, 1e-20, Double.MIN_NORMAL),
                Arbitraries.doubles().between(-300, -0.31).map(e -> Math.pow(10, e)));
    }
}
