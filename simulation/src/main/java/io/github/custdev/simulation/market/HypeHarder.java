package io.github.custdev.simulation.market;

import io.github.custdev.EvidenceStatistics;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.Role;
import io.github.custdev.Venture;
import io.github.custdev.scoring.Scoring;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * The founder who hypes harder: it tests as the scientific founder does (the same criteria, probes and gates) but
 * answers weak traction with spending rather than learning. When its evidence falls short (the open hypothesis's
 * share of yes below the rate it registered), it hires a VP of Marketing and buys more tests, one more each period
 * of the phase up to {@value #MAXIMUM_UNITS}; and when the gate decides to pivot or to kill, it carries on. Ries (<i>The
 * Lean Startup</i>, 2011) on "success theater" and Blank's "the sales and marketing death spiral" (<i>The Four Steps to
 * the Epiphany</i>, 2005) describe it. See {@link Founders#hypeHarder()}.
 */
final class HypeHarder extends Scientific {

    static final int MAXIMUM_UNITS = 8;

    HypeHarder() {
        super("hype-harder", Scoring.bayesian());
    }

    @Override
    int units(Venture venture, Hypothesis hypothesis) {
        if (!weakTraction(venture, hypothesis)) {
            return 1;
        }
        return (int) Math.min(MAXIMUM_UNITS, 1 + venture.phaseExperimentCount());
    }

    /** Whether the share of yes so far falls short of the rate the hypothesis registered. */
    private static boolean weakTraction(Venture venture, Hypothesis hypothesis) {
        EvidenceStatistics statistics = venture.evidence().statistics(hypothesis.id());
        long sample = statistics.trials();
        return sample > 0 && statistics.successes() < hypothesis.criterion().threshold() * sample;
    }

    @Override
    public Move respond(GateDecision decision, Venture venture) {
        return decision instanceof GateDecision.Proceed ? new Move.Advance() : new Move.Continue();
    }

    @Override
    public Seq<Role> hires(Venture venture) {
        if (venture.team().contains(Role.VP_MARKETING)
                || !venture.activeHypotheses().exists(h -> weakTraction(venture, h))) {
            return Vector.empty();
        }
        return Vector.of(Role.VP_MARKETING);
    }
}
