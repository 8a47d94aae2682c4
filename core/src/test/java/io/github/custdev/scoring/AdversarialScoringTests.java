package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BetaPrior;
import io.github.custdev.InvalidValueException;
import io.github.custdev.SuccessCriterion;
import org.junit.jupiter.api.Test;

/** Parameters at the edges of what the strategies accept: a finite answer that decides, or a clear refusal. */
class AdversarialScoringTests {
    @Test
    void aSubnormalErrorRateGivesFiniteBoundariesThatDecide() {
        // A = ln((1 - beta) / alpha): (0.9 / 1e-320) overflowed to infinity, so the test never supported anything.
        SequentialScoring sprt = Scoring.sequential(0.3, 0.6, 1e-320, 0.1);
        assertEquals(Math.log(0.9) - Math.log(1e-320), sprt.upperBoundary(), 1e-12);
        assertEquals(Math.log(0.1), sprt.lowerBoundary(), 1e-15);
        // Each success adds ln 2: 1,062 of them pass A ~ 736.
        Assessment assessment = sprt.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.45, 1)), log(1_100, 0));
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
    }

    @Test
    void aSubnormalBetaGivesAFiniteLowerBoundary() {
        // B = ln(beta / (1 - alpha)): 1e-320 / 0.95 is subnormal and loses most of its digits.
        SequentialScoring sprt = Scoring.sequential(0.3, 0.6, 0.05, 1e-320);
        assertEquals(Math.log(1e-320) - Math.log(0.95), sprt.lowerBoundary(), 1e-12);
        assertTrue(Double.isFinite(sprt.upperBoundary()));
    }

    @Test
    void aSubnormalP0GivesAFiniteStep() {
        SequentialScoring sprt = Scoring.sequential(1e-320, 0.5, 0.05, 0.1);
        Assessment assessment = sprt.assess(hypothesis(SuccessCriterion.proportionAtLeast(0.1, 1)), log(3, 0));
        // One success passes A ~ 2.94 at once: the ratio is ln(0.5 / 1e-320) ~ 736.
        assertEquals(Math.log(0.5) - Math.log(1e-320), assessment.statistic(), 1e-12);
        assertEquals(Verdict.SUPPORTED, assessment.verdict());
    }

    @Test
    void aPriorTooConcentratedOnZeroAndOneIsRefused() {
        // Beta(1e-300, 1e-300) gave the credible interval [0.5, 0.5] for a prior that puts half its mass at each end.
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BetaPrior.of(1e-300, 1e-300));
        assertEquals("prior.alpha must be in [1.0E-100, 1.0E12]: 1.0E-300", e.getMessage());
        InvalidValueException b = assertThrows(InvalidValueException.class, () -> BetaPrior.of(1, Double.MIN_VALUE));
        assertEquals("prior.beta must be in [1.0E-100, 1.0E12]: 4.9E-324", b.getMessage());
        // The bounds themselves are accepted, and give an interval that spans the unit interval.
        BetaPrior edge = BetaPrior.of(1e-100, 1e-100);
        Assessment assessment = Scoring.bayesian()
                .withDefaultPrior(edge)
                .assess(hypothesis(SuccessCriterion.proportionAtLeast(0.3, 1)), log(0, 0));
        assertEquals(0.0, assessment.interval().lower(), 1e-12);
        assertEquals(1.0, assessment.interval().upper(), 1e-12);
        assertEquals(1e12, BetaPrior.of(1e12, 1).alpha(), 0.0);
    }

    @Test
    void aPriorOfTooManyPseudoCountsIsRefused() {
        // Beta(1e17, 1e17) made Commons Numbers' continued fraction give up with an ArithmeticException.
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BetaPrior.of(1e17, 1e17));
        assertEquals("prior.alpha must be in [1.0E-100, 1.0E12]: 1.0E17", e.getMessage());
        assertThrows(InvalidValueException.class, () -> BetaPrior.of(1, Math.nextUp(1e12)));
        assertThrows(InvalidValueException.class, () -> BetaPrior.of(Math.nextDown(1e-100), 1));
    }
}
