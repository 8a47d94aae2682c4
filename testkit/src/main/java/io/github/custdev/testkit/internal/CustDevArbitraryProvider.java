package io.github.custdev.testkit.internal;

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
import io.github.custdev.SpentBudgetPolicy;
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
import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.FixedSampleScoring;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.MeanScoring;
import io.github.custdev.scoring.Sample;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.SeanEllisScoring;
import io.github.custdev.scoring.SequentialScoring;
import io.github.custdev.scoring.Statistic;
import io.github.custdev.testkit.CustDevArbitraries;
import io.github.custdev.testkit.GateCase;
import io.github.custdev.testkit.InvalidEventSequence;
import io.github.custdev.testkit.ScoringCase;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll} work for every value type of custdev: jqwik finds this provider through the module's
 * {@code provides} clause on the module path and through {@code META-INF/services} on the class path.
 *
 * <p>To cover a new value type, add one entry to {@link #ARBITRARIES} (and, usually, a factory method to
 * {@link CustDevArbitraries}). Enums need no entry: jqwik generates them itself.
 */
public final class CustDevArbitraryProvider implements ArbitraryProvider {

    /** Every type this provider generates, with its default arbitrary. */
    static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES = Map.ofEntries(
            // Hypotheses and evidence
            Map.entry(HypothesisId.class, CustDevArbitraries::hypothesisIds),
            Map.entry(Source.class, CustDevArbitraries::sources),
            Map.entry(BetaPrior.class, CustDevArbitraries::priors),
            Map.entry(StrengthWeights.class, CustDevArbitraries::weights),
            Map.entry(SuccessCriterion.class, CustDevArbitraries::criteria),
            Map.entry(Hypothesis.class, CustDevArbitraries::hypotheses),
            Map.entry(Evidence.class, CustDevArbitraries::evidence),
            Map.entry(Statement.class, CustDevArbitraries::statements),
            Map.entry(Behaviour.class, CustDevArbitraries::behaviours),
            Map.entry(Commitment.class, CustDevArbitraries::commitments),
            Map.entry(SeanEllisTally.class, CustDevArbitraries::seanEllisTallies),
            Map.entry(Measurement.class, CustDevArbitraries::measurements),
            Map.entry(EvidenceLog.class, () -> CustDevArbitraries.logs().withAnyWeights()),
            Map.entry(EvidenceStatistics.class, CustDevArbitraries::statistics),
            // Demand (issue #20)
            Map.entry(io.github.custdev.CohortObservation.class, CustDevArbitraries::cohortObservations),
            Map.entry(io.github.custdev.ReferralObservation.class, CustDevArbitraries::referralObservations),
            Map.entry(io.github.custdev.DemandStatistics.class, CustDevArbitraries::demandStatistics),
            Map.entry(io.github.custdev.DemandReading.class, CustDevArbitraries::demandReadings),
            Map.entry(GateCriterion.DemandShown.class, CustDevArbitraries::demandCriteria),
            Map.entry(io.github.custdev.demand.Adoptions.class, CustDevArbitraries::adoptions),
            Map.entry(io.github.custdev.demand.Cohort.class, CustDevArbitraries::cohorts),
            Map.entry(io.github.custdev.demand.Cohorts.class, CustDevArbitraries::cohortSeries),
            Map.entry(io.github.custdev.demand.Referrals.class, CustDevArbitraries::referrals),
            Map.entry(io.github.custdev.demand.GrowthRate.class, CustDevArbitraries::growthRates),
            Map.entry(io.github.custdev.demand.Retention.class, CustDevArbitraries::retentions),
            Map.entry(io.github.custdev.demand.ViralCoefficient.class, CustDevArbitraries::viralCoefficients),
            Map.entry(io.github.custdev.demand.BassFit.class, CustDevArbitraries::bassFits),
            // Scoring
            Map.entry(Interval.class, CustDevArbitraries::intervals),
            Map.entry(Estimate.class, CustDevArbitraries::estimates),
            Map.entry(Statistic.class, CustDevArbitraries::decidingStatistics),
            Map.entry(Sample.class, CustDevArbitraries::samples),
            Map.entry(Assessment.class, CustDevArbitraries::assessments),
            Map.entry(ScoringCase.class, CustDevArbitraries::scoringCases),
            Map.entry(ScoringStrategy.class, CustDevArbitraries::strategies),
            Map.entry(BayesianScoring.class, CustDevArbitraries::bayesianScorings),
            Map.entry(SequentialScoring.class, CustDevArbitraries::sequentialScorings),
            Map.entry(FixedSampleScoring.class, CustDevArbitraries::fixedSampleScorings),
            Map.entry(SeanEllisScoring.class, CustDevArbitraries::seanEllisScorings),
            Map.entry(MeanScoring.class, CustDevArbitraries::meanScorings),
            // Audiences and growth
            Map.entry(UnitEconomics.class, CustDevArbitraries::unitEconomics),
            Map.entry(Conversion.class, CustDevArbitraries::conversions),
            Map.entry(Audience.class, CustDevArbitraries::audiences),
            Map.entry(Viability.class, CustDevArbitraries::viabilities),
            Map.entry(SmallestViableAudience.class, CustDevArbitraries::smallestViableAudiences),
            Map.entry(BassDiffusion.class, CustDevArbitraries::bassDiffusions),
            Map.entry(ReferralGrowth.class, CustDevArbitraries::referralGrowths),
            // Gates and decisions
            Map.entry(Runway.class, CustDevArbitraries::runways),
            Map.entry(Role.class, CustDevArbitraries::roles),
            Map.entry(PrematureScaling.class, CustDevArbitraries::prematureScalings),
            Map.entry(Risk.class, CustDevArbitraries::risks),
            Map.entry(EvidenceBudget.class, CustDevArbitraries::evidenceBudgets),
            Map.entry(SpentBudgetPolicy.class, CustDevArbitraries::spentBudgetPolicies),
            Map.entry(GateCriterion.class, CustDevArbitraries::gateCriteria),
            Map.entry(GateCriterion.HypothesisSupported.class, GateGenerators::hypothesisCriteria),
            Map.entry(GateCriterion.AreaSupported.class, GateGenerators::areaCriteria),
            Map.entry(GateCriterion.AudienceViable.class, GateGenerators::audienceCriteria),
            Map.entry(WeightedCriterion.class, CustDevArbitraries::weightedCriteria),
            Map.entry(PhaseGate.class, CustDevArbitraries::phaseGates),
            Map.entry(GateCase.class, CustDevArbitraries::gateCases),
            Map.entry(GateDecision.class, CustDevArbitraries::gateDecisions),
            Map.entry(GateDecision.Proceed.class, CustDevArbitraries::proceeds),
            Map.entry(GateDecision.Pivot.class, CustDevArbitraries::pivots),
            Map.entry(GateDecision.Persevere.class, CustDevArbitraries::perseveres),
            Map.entry(GateDecision.Kill.class, CustDevArbitraries::kills),
            Map.entry(GateDecision.Failure.class, CustDevArbitraries::failures),
            Map.entry(GateTrace.class, CustDevArbitraries::gateTraces),
            Map.entry(CriterionResult.class, CustDevArbitraries::criterionResults),
            Map.entry(PivotDecision.class, CustDevArbitraries::pivotDecisions),
            // Ventures and events
            Map.entry(Venture.class, CustDevArbitraries::ventures),
            Map.entry(InvalidEventSequence.class, CustDevArbitraries::invalidEventSequences),
            Map.entry(Rejection.class, CustDevArbitraries::rejections),
            Map.entry(VentureEvent.class, CustDevArbitraries::ventureEvents),
            Map.entry(VentureEvent.Founded.class, CustDevArbitraries::foundings),
            Map.entry(VentureEvent.HypothesisStated.class, CustDevArbitraries::hypothesesStated),
            Map.entry(VentureEvent.EvidenceRecorded.class, CustDevArbitraries::evidenceRecorded),
            Map.entry(VentureEvent.GateEvaluated.class, CustDevArbitraries::gatesEvaluated),
            Map.entry(VentureEvent.Pivoted.class, CustDevArbitraries::pivoted),
            Map.entry(VentureEvent.PhaseAdvanced.class, CustDevArbitraries::phaseAdvances),
            Map.entry(VentureEvent.RoleHired.class, CustDevArbitraries::rolesHired),
            Map.entry(VentureEvent.AudienceChosen.class, CustDevArbitraries::audiencesChosen),
            Map.entry(VentureEvent.Closed.class, CustDevArbitraries::closings));

    /** Creates the provider; jqwik calls this through the service loader. */
    public CustDevArbitraryProvider() {}

    /**
     * The types this provider generates.
     *
     * @return the types
     */
    public static Set<Class<?>> providedTypes() {
        return ARBITRARIES.keySet();
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return ARBITRARIES.containsKey(targetType.getRawType());
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        Supplier<Arbitrary<?>> arbitrary = ARBITRARIES.get(targetType.getRawType());
        return arbitrary == null ? Set.of() : Set.of(arbitrary.get());
    }
}
