package io.github.custdev.simulation.market;

import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Hypothesis;
import io.github.custdev.PhaseGate;
import io.github.custdev.Strength;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;

/**
 * The intuitive founder, the control arm of Camuffo et al. (2020): it believes in its idea (every hypothesis stated
 * with the optimistic prior Beta(6, 2), a mean of 0.75), decides from a few interviews (5 a period; 5 statements
 * suffice, and what customers said counts), tests its hypotheses one at a time, in the order it stated them, and does what its gates
 * decide, with the default budget of {@link PhaseGate#DEFAULT_BUDGET} experiments. It allows itself 5 pivots. What it
 * hears overstates the truth (see {@link Probe#overstatement()}), and its prior holds it up, so it seldom sees a
 * hypothesis refuted: it rarely stops. See {@link Founders#intuitive()}.
 */
final class Intuitive extends Searcher {

    static final BetaPrior PRIOR = BetaPrior.of(6, 2);
    static final long MINIMUM_SAMPLE = 5;
    static final int INTERVIEWS = 5;
    static final int PIVOT_LIMIT = 5;

    Intuitive() {
        super(
                "intuitive",
                PIVOT_LIMIT,
                Scoring.bayesian(),
                MINIMUM_SAMPLE,
                Strength.SAID,
                PRIOR,
                PhaseGate.DEFAULT_BUDGET);
    }

    @Override
    double rank(Hypothesis hypothesis, Assessment assessment) {
        return 0;
    }

    @Override
    Probe.Kind probe(BusinessModelArea area) {
        return Probe.Kind.INTERVIEW;
    }

    @Override
    int parallel() {
        return 1;
    }

    @Override
    int units(io.github.custdev.Venture venture, Hypothesis hypothesis) {
        return INTERVIEWS;
    }
}
