package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.testkit.ScoringCase;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Outside the library's packages, a bare {@code @ForAll} gives every custdev type once custdev-testkit is there. */
class GeneratedTypesProperties {

    @Property(tries = 10)
    void everyTypeCanBeGenerated(
            @ForAll HypothesisId id,
            @ForAll Source source,
            @ForAll BetaPrior prior,
            @ForAll StrengthWeights weights,
            @ForAll SuccessCriterion criterion,
            @ForAll Hypothesis hypothesis,
            @ForAll Evidence evidence,
            @ForAll Statement statement,
            @ForAll Behaviour behaviour,
            @ForAll Commitment commitment,
            @ForAll SeanEllisTally tally,
            @ForAll Measurement measurement,
            @ForAll EvidenceLog log,
            @ForAll EvidenceStatistics statistics,
            @ForAll Interval interval,
            @ForAll Assessment assessment,
            @ForAll ScoringCase scoringCase) {
        assertEquals(log, EvidenceLog.ofAll(log.evidence()).withWeights(log.weights()));
    }
}
