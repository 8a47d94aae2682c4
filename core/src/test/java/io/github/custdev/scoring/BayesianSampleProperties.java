package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Source;
import io.github.custdev.SuccessCriterion;
import java.time.Instant;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The expected additional sample of an inconclusive Bayesian assessment means what its documentation says: under
 * the normal approximation of the posterior (mean <i>m</i>, variance <i>m (1 - m) / (n + 1)</i> at <i>n</i>
 * pseudo-trials), it is the fewest further trials after which the probability rule would reach its risk, or the
 * expected loss of the decision the mean favours would fall to epsilon. Checked with Commons Statistics' normal
 * distribution, not with the strategy's own arithmetic.
 */
class BayesianSampleProperties {
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    private static final HypothesisId ID = HypothesisId.of("conversion");

    /** A uniform prior updated with {@code successes} of {@code trials}: the assessment, and a + b and the mean. */
    private static Assessment assess(ScoringStrategy strategy, int successes, int trials, double threshold) {
        Hypothesis hypothesis = Hypothesis.of(
                ID,
                "visitors sign up",
                BusinessModelArea.CHANNEL,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.proportionAtLeast(threshold, 1));
        EvidenceLog log = EvidenceLog.of(Behaviour.of(ID, Source.of("landing-page"), Instant.EPOCH, successes, trials));
        return strategy.assess(hypothesis, log);
    }

    /** The expected loss of the favoured decision for a normal rate with deviation sigma at distance d. */
    private static double normalLoss(double sigma, double d) {
        return sigma * NORMAL.density(d / sigma) - d * NORMAL.cumulativeProbability(-d / sigma);
    }

    // Most random cases are decided already and rejected: jqwik's default ratio of 5 rejections per check was
    // exceeded by some seeds (266 of 300), so the property failed as exhausted without a counterexample.
    @Property(tries = 300, maxDiscardRatio = 20)
    void theExpectedLossRuleAsksForTheFewestTrialsThatBringTheLossToEpsilon(
            @ForAll @IntRange(min = 1, max = 300) int trials,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double threshold,
            @ForAll @Scale(4) @DoubleRange(min = 0.001, max = 0.05) double epsilon) {
        int successes = (int) Math.round(share * trials);
        Assessment assessment = assess(Scoring.bayesian().withExpectedLoss(epsilon), successes, trials, threshold);
        Assume.that(assessment.verdict() == Verdict.INCONCLUSIVE);
        double n = trials + 2.0;
        double mean = (successes + 1.0) / n;
        double d = Math.abs(mean - threshold);
        if (d == 0.0) {
            assertTrue(assessment.expectedAdditionalSample().isEmpty(), "no estimate when the mean is the threshold");
            return;
        }
        long more = assessment.expectedAdditionalSample().get();
        Assume.that(more < 1e12);
        double variance = mean * (1 - mean);
        double lossAfter = normalLoss(Math.sqrt(variance / (n + more + 1)), d);
        assertTrue(lossAfter <= epsilon * (1 + 1e-6), more + " more trials leave a loss of " + lossAfter);
        if (more > 1) {
            double lossBefore = normalLoss(Math.sqrt(variance / (n + more)), d);
            assertTrue(lossBefore > epsilon * (1 - 1e-6), (more - 1) + " more trials already reach " + lossBefore);
        }
    }

    // Most random cases are decided already and rejected: jqwik's default ratio of 5 rejections per check was
    // exceeded by some seeds (266 of 300), so the property failed as exhausted without a counterexample.
    @Property(tries = 300, maxDiscardRatio = 20)
    void theProbabilityRuleAsksForTheFewestTrialsThatReachItsRisk(
            @ForAll @IntRange(min = 1, max = 300) int trials,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double threshold,
            @ForAll @DoubleRange(min = 0.01, max = 0.2) double risk) {
        int successes = (int) Math.round(share * trials);
        Assessment assessment = assess(Scoring.bayesian().withRisk(risk), successes, trials, threshold);
        Assume.that(assessment.verdict() == Verdict.INCONCLUSIVE);
        double n = trials + 2.0;
        double mean = (successes + 1.0) / n;
        double d = Math.abs(mean - threshold);
        if (d == 0.0) {
            assertTrue(assessment.expectedAdditionalSample().isEmpty());
            return;
        }
        long more = assessment.expectedAdditionalSample().get();
        double z = NORMAL.inverseSurvivalProbability(risk);
        // the count n' at which the mean lies z deviations from the threshold: z sqrt(m (1 - m) / (n' + 1)) = d
        double needed = z * z * mean * (1 - mean) / (d * d) - 1;
        assertTrue(more >= 1, "at least one more trial");
        assertTrue(n + more >= needed * (1 - 1e-9), more + " more trials fall short of " + needed);
        assertTrue(more == 1 || n + more - 1 < needed * (1 + 1e-9), (more - 1) + " more trials suffice: " + needed);
    }

    @Property(tries = 100)
    void aDecidedAssessmentAsksForNoMore(
            @ForAll @IntRange(min = 200, max = 400) int trials, @ForAll @DoubleRange(min = 0.6, max = 1) double share) {
        int successes = (int) Math.round(share * trials);
        Assessment assessment = assess(Scoring.bayesian(), successes, trials, 0.3);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
        assertTrue(assessment.expectedAdditionalSample().isEmpty());
    }
}
