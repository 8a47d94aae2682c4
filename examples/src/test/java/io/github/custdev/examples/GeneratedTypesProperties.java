package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.Commitment;
import io.github.custdev.CriterionResult;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.GateTrace;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotDecision;
import io.github.custdev.PrematureScaling;
import io.github.custdev.Rejection;
import io.github.custdev.Risk;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.WeightedCriterion;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.ReferralGrowth;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.BayesianScoring;
import io.github.custdev.scoring.FixedSampleScoring;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.MeanScoring;
import io.github.custdev.scoring.SeanEllisScoring;
import io.github.custdev.scoring.SequentialScoring;
import io.github.custdev.testkit.GateCase;
import io.github.custdev.testkit.InvalidEventSequence;
import io.github.custdev.testkit.ScoringCase;
import net.jqwik.api.EdgeCasesMode;
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

    @Property(tries = 3, edgeCases = EdgeCasesMode.NONE)
    void everyAudienceGateAndVentureTypeCanBeGenerated(
            @ForAll UnitEconomics economics,
            @ForAll Conversion conversion,
            @ForAll Audience audience,
            @ForAll Viability viability,
            @ForAll SmallestViableAudience choice,
            @ForAll BassDiffusion diffusion,
            @ForAll ReferralGrowth referral,
            @ForAll BayesianScoring bayesian,
            @ForAll SequentialScoring sequential,
            @ForAll FixedSampleScoring fixedSample,
            @ForAll SeanEllisScoring seanEllis,
            @ForAll MeanScoring mean,
            @ForAll Runway runway,
            @ForAll Role role,
            @ForAll PrematureScaling prematureScaling,
            @ForAll Risk risk,
            @ForAll EvidenceBudget budget,
            @ForAll GateCriterion criterion,
            @ForAll WeightedCriterion weighted,
            @ForAll PhaseGate gate,
            @ForAll GateCase gateCase) {
        assertEquals(gateCase.gate().phase(), gateCase.venture().phase());
    }

    @Property(tries = 3, edgeCases = EdgeCasesMode.NONE)
    void everyDecisionAndEventTypeCanBeGenerated(
            @ForAll GateDecision decision,
            @ForAll GateDecision.Proceed proceed,
            @ForAll GateDecision.Pivot pivot,
            @ForAll GateDecision.Persevere persevere,
            @ForAll GateDecision.Kill kill,
            @ForAll GateTrace trace,
            @ForAll CriterionResult result,
            @ForAll PivotDecision pivotDecision,
            @ForAll Venture venture,
            @ForAll InvalidEventSequence invalid,
            @ForAll Rejection rejection,
            @ForAll VentureEvent event,
            @ForAll VentureEvent.Founded founded,
            @ForAll VentureEvent.HypothesisStated stated,
            @ForAll VentureEvent.EvidenceRecorded recorded,
            @ForAll VentureEvent.GateEvaluated evaluated,
            @ForAll VentureEvent.Pivoted pivoted,
            @ForAll VentureEvent.PhaseAdvanced advanced,
            @ForAll VentureEvent.RoleHired hired,
            @ForAll VentureEvent.AudienceChosen chosen,
            @ForAll VentureEvent.DepartmentEstablished established,
            @ForAll VentureEvent.NextAudienceChosen next,
            @ForAll VentureEvent.Closed closed) {
        assertEquals(venture, Venture.replay(venture.history()).get());
    }
}
