package io.github.custdev.simulation.market;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.Hypothesis;
import io.github.custdev.Strength;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;

/**
 * A scientific founder who tests by interviews, one customer a period for each open hypothesis of its phase, so that
 * a strategy that may stop after any customer ({@link io.github.custdev.scoring.Scoring#sequential}) can: the founder
 * of the sequential-evidence study ({@link Studies#sequentialEvidence}). It registers "at least the viable rate" with
 * the minimum sample it is given, counts what customers said, obeys its gates (a budget of 1,000 experiments a phase,
 * so the evidence decides, not the budget) and allows itself 3 pivots. See {@link Founders#interviewer}.
 */
final class Interviewer extends Searcher {

    static final long BUDGET = 1_000;

    Interviewer(ScoringStrategy strategy, long minimumSample) {
        super(
                "interviewer (" + strategy.name() + ", n >= " + minimumSample + ")",
                Scientific.PIVOT_LIMIT,
                strategy,
                minimumSample,
                Strength.SAID,
                null,
                EvidenceBudget.experiments(BUDGET));
    }

    @Override
    double rank(Hypothesis hypothesis, Assessment assessment) {
        return hypothesis.importance() * (1 - assessment.probability());
    }

    @Override
    int parallel() {
        return Market.AREAS.size();
    }

    @Override
    Probe.Kind probe(BusinessModelArea area) {
        return Probe.Kind.INTERVIEW;
    }
}
