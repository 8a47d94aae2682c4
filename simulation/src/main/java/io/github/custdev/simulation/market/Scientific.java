package io.github.custdev.simulation.market;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.Hypothesis;
import io.github.custdev.Strength;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;

/**
 * The scientific founder, the treated arm of Camuffo, Cordova, Gambardella and Spina (2020): it states falsifiable
 * hypotheses with criteria registered before the evidence (the viable rate, 40 observations, only what customers did
 * or paid counts), tests every open hypothesis of its phase side by side each period, the riskiest first (the most
 * important and least likely to hold), with smoke tests and, for revenue, pre-sales, and does what its gates decide: proceed, pivot to the closest fit, or stop. Its
 * gates judge each phase within 30 experiments. It allows itself 3 pivots. See {@link Founders#scientific()}.
 */
class Scientific extends Searcher {

    static final long MINIMUM_SAMPLE = 40;
    static final int PIVOT_LIMIT = 3;
    static final long BUDGET = 30;

    Scientific(String name, ScoringStrategy strategy) {
        super(name, PIVOT_LIMIT, strategy, MINIMUM_SAMPLE, Strength.DID, null, EvidenceBudget.experiments(BUDGET));
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
        return area == BusinessModelArea.REVENUE ? Probe.Kind.PRE_SALE : Probe.Kind.SMOKE_TEST;
    }
}
