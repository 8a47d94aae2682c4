package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.audience;
import static io.github.custdev.Fixtures.day;
import static io.github.custdev.Fixtures.founded;
import static io.github.custdev.Fixtures.hypothesis;
import static io.github.custdev.Fixtures.id;
import static io.github.custdev.Fixtures.interviews;
import static io.github.custdev.Fixtures.must;
import static io.github.custdev.Fixtures.stated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.GateDecision.Rule;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class PhaseGateTests {
    private static final Hypothesis SEGMENT =
            hypothesis("segment.solo", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY, 2);
    private static final Hypothesis PROBLEM =
            hypothesis("problem.no-shows", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY, 3);
    private static final Hypothesis VALUE =
            hypothesis("value.reminders", BusinessModelArea.VALUE_PROPOSITION, Phase.CUSTOMER_DISCOVERY, 1);
    private static final Hypothesis PRICE =
            hypothesis("revenue.price", BusinessModelArea.REVENUE, Phase.CUSTOMER_DISCOVERY, 1);
    private static final Hypothesis CHANNEL =
            hypothesis("channel.direct", BusinessModelArea.CHANNEL, Phase.CUSTOMER_DISCOVERY, 1);

    private static PhaseGate.Builder mustMeet3() {
        return PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.area(BusinessModelArea.CUSTOMER_SEGMENT, COUNTING))
                .mustMeet(GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING))
                .mustMeet(GateCriterion.area(BusinessModelArea.VALUE_PROPOSITION, COUNTING));
    }

    /** A venture that states the three Discovery hypotheses and then runs the given interviews, an hour apart. */
    private static final class Journey {
        private Venture venture;
        private Instant clock = T0;

        Journey(long runway, int pivots, Hypothesis... hypotheses) {
            venture = Venture.found(founded(runway, pivots));
            for (Hypothesis h : hypotheses) {
                venture = must(venture.apply(stated(h, T0)));
            }
        }

        Journey said(Hypothesis h, boolean supports, int n) {
            clock = clock.plusSeconds(3600);
            venture = must(venture.applyAll(interviews(h.id(), supports, n, clock)));
            clock = clock.plusSeconds(60L * n);
            return this;
        }

        Journey choose(Audience audience) {
            clock = clock.plusSeconds(60);
            return then(VentureEvent.AudienceChosen.of(audience, clock));
        }

        Journey then(VentureEvent event) {
            venture = must(venture.apply(event));
            clock = event.at();
            return this;
        }

        GateDecision decide(PhaseGate gate) {
            return gate.evaluate(venture, clock.plusSeconds(1));
        }
    }

    private static Journey discovery() {
        return new Journey(100, 2, SEGMENT, PROBLEM, VALUE);
    }

    // ---- Proceed

    @Test
    void everyMustMeetCriterionSupportedProceeds() {
        GateDecision decision = discovery()
                .said(SEGMENT, true, 3)
                .said(PROBLEM, true, 3)
                .said(VALUE, true, 4)
                .decide(mustMeet3().build());
        GateDecision.Proceed proceed = assertInstanceOf(GateDecision.Proceed.class, decision);
        assertEquals(GateDecision.Kind.PROCEED, proceed.kind());
        assertEquals(Rule.ALL_MET, proceed.rule());
        assertEquals(Option.some(Phase.CUSTOMER_VALIDATION), proceed.to());
        assertEquals(Phase.CUSTOMER_DISCOVERY, proceed.phase());
        GateTrace trace = proceed.trace();
        assertEquals(3, trace.mustMeet().size());
        assertTrue(trace.mustMeet().forAll(CriterionResult::isMet));
        assertEquals(1.0, trace.shouldMeetScore());
        assertEquals(10, trace.experimentsUsed());
        assertEquals(10, trace.evidenceUsed());
        assertFalse(trace.isBudgetSpent());
        assertTrue(proceed.summary().startsWith("PROCEED at the CUSTOMER_DISCOVERY gate"), proceed.summary());
    }

    @Test
    void proceedingFromCompanyBuildingHasNoNextPhase() {
        PhaseGate building = PhaseGate.defaultFor(Phase.COMPANY_BUILDING, COUNTING);
        assertEquals(Phase.COMPANY_BUILDING, building.phase());
        GateTrace trace = new ImmutableGateTrace.Builder()
                .phase(Phase.COMPANY_BUILDING)
                .evaluatedAt(T0)
                .mustMeet(List.of(CriterionResult.of(
                        building.mustMeet().head(), CriterionResult.Requirement.MUST_MEET, 1, List.empty())))
                .shouldMeet(List.empty())
                .shouldMeetScore(1)
                .passScore(0.5)
                .budget(PhaseGate.DEFAULT_BUDGET)
                .evidenceUsed(0)
                .experimentsUsed(0)
                .runway(Runway.experiments(1))
                .pivotsUsed(0)
                .pivotLimit(0)
                .prematureScaling(List.empty())
                .rule(Rule.ALL_MET)
                .build();
        GateDecision.Proceed done = new ImmutableProceed.Builder().trace(trace).build();
        assertTrue(done.to().isEmpty());
        assertTrue(done.summary().endsWith("the business model is executed"), done.summary());
    }

    // ---- Pivot

    @Test
    void aRefutedMustMeetCriterionPivotsNamingTheHypothesisAndTheFittingPivot() {
        GateDecision decision = discovery()
                .said(SEGMENT, false, 3)
                .said(PROBLEM, true, 3)
                .decide(mustMeet3().build());
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision);
        assertEquals(Rule.MUST_MEET_REFUTED, pivot.rule());
        assertEquals(List.of(SEGMENT.id()), pivot.refuted());
        assertEquals(List.of(PivotType.CUSTOMER_SEGMENT), pivot.suggestions());
        assertEquals(Phase.CUSTOMER_DISCOVERY, pivot.returnTo());
        assertEquals(1, pivot.rationale().size());
        assertEquals(Verdict.REFUTED, pivot.rationale().head().verdict());
        assertEquals(SEGMENT.id(), pivot.rationale().head().hypothesisId());
        assertEquals(
                "PIVOT at the CUSTOMER_DISCOVERY gate, " + pivot.decidedAt()
                        + ": refuted segment.solo; fitting pivots: customer segment; return to CUSTOMER_DISCOVERY",
                pivot.summary());
    }

    @Test
    void aRefutedCriterionPivotsEvenWhileOthersAreUndecided() {
        GateDecision decision =
                discovery().said(PROBLEM, false, 3).decide(mustMeet3().build());
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision);
        assertEquals(List.of(PivotType.CUSTOMER_NEED, PivotType.CUSTOMER_SEGMENT), pivot.suggestions());
    }

    @Test
    void pivotSuggestionsCoverEveryRefutedArea() {
        GateDecision decision = discovery()
                .said(SEGMENT, false, 3)
                .said(VALUE, false, 3)
                .decide(mustMeet3().build());
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision);
        assertEquals(List.of(SEGMENT.id(), VALUE.id()), pivot.refuted());
        assertEquals(
                List.of(PivotType.CUSTOMER_SEGMENT, PivotType.ZOOM_IN, PivotType.ZOOM_OUT, PivotType.PLATFORM),
                pivot.suggestions());
    }

    @Test
    void aPivotReturnsToDiscoveryFromValidationAndOnePhaseBackAfterwards() {
        for (Phase phase : Phase.values()) {
            Hypothesis h = hypothesis("h", BusinessModelArea.CHANNEL, phase);
            Venture venture = must(Venture.found(founded(50, 1)).apply(stated(h, T0)));
            venture = advanceTo(venture, phase);
            venture = must(venture.applyAll(interviews(h.id(), false, 3, venture.lastEventAt())));
            PhaseGate gate = PhaseGate.builder(phase)
                    .mustMeet(GateCriterion.hypothesis(h.id(), COUNTING))
                    .build();
            GateDecision.Pivot pivot =
                    assertInstanceOf(GateDecision.Pivot.class, gate.evaluate(venture, venture.lastEventAt()));
            Phase expected = phase == Phase.CUSTOMER_DISCOVERY || phase == Phase.CUSTOMER_VALIDATION
                    ? Phase.CUSTOMER_DISCOVERY
                    : phase.previous().get();
            assertEquals(expected, pivot.returnTo(), phase.toString());
            assertEquals(List.of(PivotType.CHANNEL), pivot.suggestions());
        }
    }

    /** Advances a venture phase by phase with a gate that has one always-supported hypothesis per phase. */
    private static Venture advanceTo(Venture venture, Phase target) {
        ScoringStrategy yes = (h, log) -> assessment(h, Verdict.SUPPORTED, 1.0, 1);
        while (venture.phase() != target) {
            Hypothesis pass =
                    hypothesis("pass." + venture.phase().ordinal(), BusinessModelArea.KEY_ACTIVITIES, venture.phase());
            venture = must(venture.apply(stated(pass, venture.lastEventAt())));
            GateDecision proceed = PhaseGate.builder(venture.phase())
                    .mustMeet(GateCriterion.hypothesis(pass.id(), yes))
                    .build()
                    .evaluate(venture, venture.lastEventAt());
            venture = must(venture.applyAll(List.of(
                    VentureEvent.GateEvaluated.of(proceed), VentureEvent.PhaseAdvanced.of(venture.lastEventAt()))));
        }
        return venture;
    }

    static Assessment assessment(Hypothesis h, Verdict verdict, double probability, long sample) {
        return Assessment.builder()
                .hypothesisId(h.id())
                .verdict(verdict)
                .estimate(probability)
                .interval(io.github.custdev.scoring.Interval.credible(0, 1, 0.95))
                .probability(probability)
                .statisticName("fixed")
                .statistic(probability)
                .sampleSize(sample)
                .effectiveSampleSize(sample)
                .strategy("fixed")
                .reason("fixed " + verdict)
                .build();
    }

    // ---- Kill

    @Test
    void aRefutedCriterionWithNoPivotsLeftKills() {
        Journey journey = new Journey(100, 0, SEGMENT, PROBLEM, VALUE).said(SEGMENT, false, 3);
        GateDecision.Kill kill = assertInstanceOf(
                GateDecision.Kill.class, journey.decide(mustMeet3().build()));
        assertEquals(Rule.NO_PIVOTS_LEFT, kill.rule());
        assertEquals(List.of(SEGMENT.id()), kill.refuted());
        assertEquals(1, kill.rationale().size());
        assertTrue(kill.summary().contains("no pivots are left"), kill.summary());
    }

    @Test
    void aRefutedCriterionWithTheRunwayExhaustedKills() {
        Journey journey = new Journey(3, 2, SEGMENT, PROBLEM, VALUE).said(SEGMENT, false, 3);
        assertTrue(journey.venture.runway().isExhausted());
        GateDecision.Kill kill = assertInstanceOf(
                GateDecision.Kill.class, journey.decide(mustMeet3().build()));
        assertEquals(Rule.NO_RUNWAY_LEFT, kill.rule());
        assertTrue(kill.trace().isBudgetSpent());
    }

    @Test
    void aPivotUsedUpLeavesTheNextRefutationToKill() {
        Journey journey = new Journey(100, 1, SEGMENT, PROBLEM, VALUE).said(SEGMENT, false, 3);
        GateDecision.Pivot pivot = assertInstanceOf(
                GateDecision.Pivot.class, journey.decide(mustMeet3().build()));
        Hypothesis groups = hypothesis("segment.groups", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
        journey.then(VentureEvent.GateEvaluated.of(pivot))
                .then(VentureEvent.Pivoted.of(
                        PivotDecision.following(pivot, PivotType.CUSTOMER_SEGMENT, pivot.decidedAt())
                                .replace(SEGMENT.id(), groups)
                                .build()))
                .said(groups, false, 3);
        GateDecision.Kill kill = assertInstanceOf(
                GateDecision.Kill.class, journey.decide(mustMeet3().build()));
        assertEquals(List.of(groups.id()), kill.refuted());
    }

    // ---- Persevere

    @Test
    void undecidedWithBudgetLeftPerseveresNamingTheRiskiestHypothesis() {
        // segment: importance 2, untested -> risk 2; problem: importance 3, score 1 of 3 -> p 2/3, u 2/3, risk 2;
        // value: importance 1, supported.
        GateDecision decision = discovery()
                .said(PROBLEM, true, 1)
                .said(VALUE, true, 3)
                .decide(mustMeet3().build());
        GateDecision.Persevere persevere = assertInstanceOf(GateDecision.Persevere.class, decision);
        assertEquals(Rule.UNDECIDED_WITHIN_BUDGET, persevere.rule());
        Seq<Risk> risks = persevere.risks();
        assertEquals(List.of(PROBLEM.id(), SEGMENT.id()), risks.map(Risk::hypothesisId));
        Risk problem = risks.get(0);
        assertEquals(2.0, problem.risk(), 1e-12);
        assertFalse(problem.isUntested());
        assertEquals(Option.some(2L), problem.expectedAdditionalSample());
        Risk segment = risks.get(1);
        assertTrue(segment.isUntested());
        assertEquals(1.0, segment.uncertainty());
        assertEquals(2.0, segment.risk());
        assertEquals(Option.some(3L), segment.expectedAdditionalSample());
        assertEquals(problem, persevere.next().get());
        assertEquals(Option.some(2L), persevere.expectedAdditionalSample());
        assertTrue(persevere.missing().isEmpty());
        assertTrue(
                persevere
                        .summary()
                        .contains("test problem.no-shows next (risk 2 = importance 3 x uncertainty 0.67, about 2"),
                persevere.summary());
    }

    @Test
    void untestedCountsAsWhollyUncertainWhateverTheStrategySays() {
        ScoringStrategy confident = (h, log) -> assessment(h, Verdict.INCONCLUSIVE, 0.99, 0);
        PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.area(BusinessModelArea.CUSTOMER_SEGMENT, confident))
                .build();
        GateDecision.Persevere persevere =
                assertInstanceOf(GateDecision.Persevere.class, discovery().decide(gate));
        assertEquals(1.0, persevere.next().get().uncertainty());
        assertEquals(Option.some(4L), persevere.next().get().expectedAdditionalSample(), "minimum sample 4 - 0");
    }

    @Test
    void withoutTheStrategysExpectationTheMinimumSampleSaysHowMuchMoreIsNeeded() {
        // the criterion's minimum sample is 4: one seen leaves 3; four seen leave nothing to count
        for (long seen : new long[] {1, 4}) {
            ScoringStrategy unsure = (h, log) -> assessment(h, Verdict.INCONCLUSIVE, 0.5, seen);
            PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                    .mustMeet(GateCriterion.area(BusinessModelArea.CUSTOMER_SEGMENT, unsure))
                    .build();
            GateDecision.Persevere persevere =
                    assertInstanceOf(GateDecision.Persevere.class, discovery().decide(gate));
            Risk segment = persevere.next().get();
            assertFalse(segment.isUntested());
            assertEquals(
                    seen == 1 ? Option.some(3L) : Option.none(), segment.expectedAdditionalSample(), "seen " + seen);
        }
    }

    @Test
    void anAreaWithoutHypothesesIsMissingAndPerseveresAskingForOne() {
        Journey journey =
                new Journey(100, 1, SEGMENT, PROBLEM).said(SEGMENT, true, 3).said(PROBLEM, true, 3);
        GateDecision.Persevere persevere = assertInstanceOf(
                GateDecision.Persevere.class, journey.decide(mustMeet3().build()));
        assertTrue(persevere.risks().isEmpty());
        assertTrue(persevere.next().isEmpty());
        assertTrue(persevere.expectedAdditionalSample().isEmpty());
        assertEquals(List.of(GateCriterion.area(BusinessModelArea.VALUE_PROPOSITION, COUNTING)), persevere.missing());
        assertTrue(persevere.summary().endsWith("still to state: a value proposition hypothesis"), persevere.summary());
        CriterionResult value = persevere.trace().mustMeet().get(2);
        assertTrue(value.isMissing());
        assertTrue(value.toString().contains("nothing to judge"), value.toString());
    }

    @Test
    void aHypothesisOfAnotherPhaseIsNotJudgedByAnAreaCriterion() {
        Hypothesis later = hypothesis("value.later", BusinessModelArea.VALUE_PROPOSITION, Phase.CUSTOMER_VALIDATION);
        Journey journey = new Journey(100, 1, SEGMENT, PROBLEM, later)
                .said(SEGMENT, true, 3)
                .said(PROBLEM, true, 3)
                .said(later, true, 3);
        GateDecision.Persevere persevere = assertInstanceOf(
                GateDecision.Persevere.class, journey.decide(mustMeet3().build()));
        assertEquals(1, persevere.missing().size());
    }

    // ---- the spent budget: never Persevere

    @Test
    void aSpentExperimentBudgetTurnsAnUndecidedCriterionIntoAPivot() {
        PhaseGate gate = mustMeet3().budget(EvidenceBudget.experiments(6)).build();
        GateDecision decision = discovery()
                .said(SEGMENT, true, 3)
                .said(PROBLEM, true, 2)
                .said(VALUE, true, 1)
                .decide(gate);
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision);
        assertEquals(Rule.MUST_MEET_REFUTED, pivot.rule());
        assertEquals(List.of(PROBLEM.id(), VALUE.id()), pivot.refuted());
        assertTrue(pivot.trace().isBudgetSpent());
        CriterionResult problem = pivot.trace().mustMeet().get(1);
        assertEquals(Verdict.INCONCLUSIVE, problem.evidenceVerdict());
        assertEquals(Verdict.REFUTED, problem.verdict());
        assertTrue(problem.isResolvedByPolicy());
        assertEquals(List.of(PROBLEM.id()), problem.against().map(Assessment::hypothesisId));
        assertTrue(
                problem.toString().endsWith("REFUTED (inconclusive, decided by the spent-budget policy)"),
                problem.toString());
    }

    @Test
    void aSpentEvidenceBudgetOrDeadlineOrRunwayAlsoEndsWaiting() {
        Journey journey = discovery().said(SEGMENT, true, 3).said(PROBLEM, true, 1);
        PhaseGate byEvidence = mustMeet3().budget(EvidenceBudget.evidence(4)).build();
        assertEquals(GateDecision.Kind.PIVOT, journey.decide(byEvidence).kind());
        PhaseGate byTime =
                mustMeet3().budget(EvidenceBudget.until(journey.clock)).build();
        assertEquals(GateDecision.Kind.PIVOT, journey.decide(byTime).kind());
        PhaseGate generous = mustMeet3()
                .budget(EvidenceBudget.until(journey.clock.plusSeconds(2)))
                .build();
        assertEquals(GateDecision.Kind.PERSEVERE, journey.decide(generous).kind());

        Journey broke = new Journey(4, 2, SEGMENT, PROBLEM, VALUE)
                .said(SEGMENT, true, 3)
                .said(PROBLEM, true, 1);
        assertTrue(broke.venture.runway().isExhausted());
        GateDecision.Kill kill = assertInstanceOf(
                GateDecision.Kill.class, broke.decide(mustMeet3().build()));
        assertEquals(Rule.NO_RUNWAY_LEFT, kill.rule());
    }

    @Test
    void aMissingCriterionWithTheBudgetSpentPivotsOnItsArea() {
        Journey journey =
                new Journey(100, 1, SEGMENT, PROBLEM).said(SEGMENT, true, 3).said(PROBLEM, true, 3);
        PhaseGate gate = mustMeet3().budget(EvidenceBudget.experiments(6)).build();
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, journey.decide(gate));
        assertTrue(pivot.refuted().isEmpty());
        assertEquals(List.of(PivotType.ZOOM_IN, PivotType.ZOOM_OUT, PivotType.PLATFORM), pivot.suggestions());
    }

    @Test
    void aLeaningPolicyProceedsOnEvidenceThatLeansFarEnough() {
        Journey journey =
                discovery().said(SEGMENT, true, 3).said(PROBLEM, true, 2).said(VALUE, true, 3);
        PhaseGate leaning = mustMeet3()
                .budget(EvidenceBudget.experiments(8))
                .whenBudgetSpent(SpentBudgetPolicies.byLeaning(0.8))
                .build();
        GateDecision.Proceed proceed = assertInstanceOf(GateDecision.Proceed.class, journey.decide(leaning));
        assertTrue(proceed.trace().mustMeet().get(1).isResolvedByPolicy());
        PhaseGate strict = leaning.withWhenBudgetSpent(SpentBudgetPolicies.byLeaning(0.9));
        assertEquals(GateDecision.Kind.PIVOT, journey.decide(strict).kind());
    }

    @Test
    void aPolicyThatWillNotDecideIsTreatedAsRefuted() {
        Journey journey =
                discovery().said(SEGMENT, true, 3).said(PROBLEM, true, 2).said(VALUE, true, 3);
        SpentBudgetPolicy maybe = result -> Verdict.INCONCLUSIVE;
        SpentBudgetPolicy nothing = result -> null;
        for (SpentBudgetPolicy policy : List.of(maybe, nothing)) {
            PhaseGate gate = mustMeet3()
                    .budget(EvidenceBudget.experiments(8))
                    .whenBudgetSpent(policy)
                    .build();
            GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, journey.decide(gate));
            assertEquals(List.of(PROBLEM.id()), pivot.refuted());
        }
    }

    // ---- should-meet criteria

    private static PhaseGate.Builder withShould(double passScore) {
        return mustMeet3()
                .shouldMeet(GateCriterion.area(BusinessModelArea.REVENUE, COUNTING), 2)
                .shouldMeet(GateCriterion.area(BusinessModelArea.CHANNEL, COUNTING), 1)
                .passScore(passScore);
    }

    private static Journey allMustMet() {
        return new Journey(100, 2, SEGMENT, PROBLEM, VALUE, PRICE, CHANNEL)
                .said(SEGMENT, true, 3)
                .said(PROBLEM, true, 3)
                .said(VALUE, true, 3);
    }

    @Test
    void aPassingShouldMeetScoreProceeds() {
        GateDecision decision =
                allMustMet().said(PRICE, true, 3).decide(withShould(0.6).build());
        GateDecision.Proceed proceed = assertInstanceOf(GateDecision.Proceed.class, decision);
        assertEquals(2.0 / 3, proceed.trace().shouldMeetScore(), 1e-12);
        assertEquals(2, proceed.trace().shouldMeet().size());
        assertEquals(5, proceed.trace().results().size());
        assertTrue(
                proceed.trace().toText().contains("should-meet score 0.67, pass score 0.6"),
                proceed.trace().toText());
    }

    @Test
    void aFailingButReachableScorePerseveresOnTheShouldMeetHypotheses() {
        GateDecision decision = allMustMet()
                .said(CHANNEL, true, 3)
                .said(PRICE, true, 1)
                .decide(withShould(0.6).build());
        GateDecision.Persevere persevere = assertInstanceOf(GateDecision.Persevere.class, decision);
        assertEquals(List.of(PRICE.id()), persevere.risks().map(Risk::hypothesisId));
    }

    @Test
    void aScoreThatCanReachThePassScoreExactlyPerseveres() {
        // revenue (weight 2) undecided, channel (weight 1) refuted: at most 2 of 3, the pass score itself
        GateDecision decision = allMustMet()
                .said(CHANNEL, false, 3)
                .said(PRICE, true, 1)
                .decide(withShould(2.0 / 3).build());
        GateDecision.Persevere persevere = assertInstanceOf(GateDecision.Persevere.class, decision);
        assertEquals(List.of(PRICE.id()), persevere.risks().map(Risk::hypothesisId));
    }

    @Test
    void theFailedShouldMeetCriteriaLeaveOutTheOnesMet() {
        // channel (weight 1) met, revenue (weight 2) refuted: 1 of 3 cannot reach 0.6
        GateDecision decision = allMustMet()
                .said(CHANNEL, true, 3)
                .said(PRICE, false, 3)
                .decide(withShould(0.6).build());
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision);
        assertEquals(Rule.SHOULD_MEET_FAILED, pivot.rule());
        CriterionResult revenue = pivot.trace().shouldMeet().get(0);
        assertEquals(Verdict.REFUTED, revenue.verdict());
        assertTrue(pivot.trace().shouldMeet().get(1).isMet());
        assertEquals(List.of(revenue), pivot.trace().failed());
    }

    @Test
    void anUnreachableScorePivotsOnTheFailedShouldMeetCriteria() {
        GateDecision decision =
                allMustMet().said(PRICE, false, 3).decide(withShould(0.6).build());
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision);
        assertEquals(Rule.SHOULD_MEET_FAILED, pivot.rule());
        assertEquals(List.of(PRICE.id()), pivot.refuted());
        assertEquals(List.of(PivotType.VALUE_CAPTURE, PivotType.BUSINESS_ARCHITECTURE), pivot.suggestions());
    }

    @Test
    void aFailedScoreWithTheBudgetSpentPivotsAndWithoutPivotsKills() {
        PhaseGate gate = withShould(0.5).budget(EvidenceBudget.experiments(9)).build();
        GateDecision.Pivot pivot =
                assertInstanceOf(GateDecision.Pivot.class, allMustMet().decide(gate));
        assertEquals(Rule.SHOULD_MEET_FAILED, pivot.rule());
        assertEquals(List.of(PRICE.id(), CHANNEL.id()), pivot.refuted());

        Journey noPivots = new Journey(100, 0, SEGMENT, PROBLEM, VALUE, PRICE, CHANNEL)
                .said(SEGMENT, true, 3)
                .said(PROBLEM, true, 3)
                .said(VALUE, true, 3);
        assertEquals(Rule.NO_PIVOTS_LEFT, noPivots.decide(gate).rule());
    }

    @Test
    void aLoneShouldMeetCriterionDecidesLikeAMustMeetAndTheTraceSaysSo() {
        PhaseGate lone = mustMeet3()
                .shouldMeet(GateCriterion.area(BusinessModelArea.REVENUE, COUNTING), 3)
                .build();
        String note = "      acts as a must-meet criterion: it is the gate's only should-meet criterion, so the score"
                + " is 1 or 0, and 0 is below the pass score 0.5\n";
        // undecided within the budget: Persevere on it, as on a must-meet criterion
        GateDecision.Persevere persevere = assertInstanceOf(
                GateDecision.Persevere.class, allMustMet().said(PRICE, true, 1).decide(lone));
        assertEquals(List.of(PRICE.id()), persevere.risks().map(Risk::hypothesisId));
        assertEquals(persevere.trace().shouldMeet(), persevere.trace().decisiveShouldMeet());
        assertTrue(
                persevere
                        .toText()
                        .contains("  should-meet every revenue hypothesis is supported (counting), weight 3:"
                                + " INCONCLUSIVE\n" + note + "      revenue.price: INCONCLUSIVE"),
                persevere.toText());
        // refuted: Pivot, as a refuted must-meet criterion would
        GateDecision.Pivot pivot = assertInstanceOf(
                GateDecision.Pivot.class, allMustMet().said(PRICE, false, 3).decide(lone));
        assertEquals(Rule.SHOULD_MEET_FAILED, pivot.rule());
        assertTrue(pivot.toText().contains(note), pivot.toText());
        // met: Proceed, still with the note
        GateDecision.Proceed proceed = assertInstanceOf(
                GateDecision.Proceed.class, allMustMet().said(PRICE, true, 3).decide(lone));
        assertTrue(proceed.toText().contains(note), proceed.toText());
        // with a pass score of 0 the score always passes: the criterion decides nothing, and no note
        GateDecision.Proceed free = assertInstanceOf(
                GateDecision.Proceed.class, allMustMet().said(PRICE, false, 3).decide(lone.withPassScore(0)));
        assertTrue(free.trace().decisiveShouldMeet().isEmpty());
        assertFalse(free.toText().contains("acts as a must-meet"), free.toText());
        // no should-meet criterion: none decisive
        assertTrue(allMustMet()
                .decide(mustMeet3().build())
                .trace()
                .decisiveShouldMeet()
                .isEmpty());
    }

    @Test
    void aShouldMeetCriterionWithoutWhichTheScoreCannotPassIsNamedDecisive() {
        // weights 2 and 1, pass 0.5: without revenue (2) the score is at most 1/3; without channel (1) it is 2/3
        GateDecision decision =
                allMustMet().said(PRICE, true, 3).decide(withShould(0.5).build());
        GateTrace trace = decision.trace();
        assertEquals(List.of(trace.shouldMeet().get(0)), trace.decisiveShouldMeet());
        assertTrue(
                trace.toText()
                        .contains("weight 2: SUPPORTED\n      acts as a must-meet criterion: without it the score is"
                                + " at most 0.33, below the pass score 0.5\n      revenue.price"),
                trace.toText());
        assertEquals(1, trace.toText().split("acts as a must-meet", -1).length - 1, trace.toText());
        // pass 2/3: channel too, since without it the score is 2/3 ... exactly the pass score, so not decisive
        assertEquals(
                List.of(trace.shouldMeet().get(0)),
                allMustMet()
                        .said(PRICE, true, 3)
                        .decide(withShould(2.0 / 3).build())
                        .trace()
                        .decisiveShouldMeet());
        // pass 0.7: both decide
        assertEquals(
                2,
                allMustMet()
                        .said(PRICE, true, 3)
                        .said(CHANNEL, true, 3)
                        .decide(withShould(0.7).build())
                        .trace()
                        .decisiveShouldMeet()
                        .size());
        // weights 1 and 1, pass 0.5: without either the score is 0.5, which passes: neither decides alone
        PhaseGate even = mustMeet3()
                .shouldMeet(GateCriterion.area(BusinessModelArea.REVENUE, COUNTING), 1)
                .shouldMeet(GateCriterion.area(BusinessModelArea.CHANNEL, COUNTING), 1)
                .build();
        GateTrace evenTrace = allMustMet().said(PRICE, true, 3).decide(even).trace();
        assertTrue(evenTrace.decisiveShouldMeet().isEmpty());
        assertFalse(evenTrace.toText().contains("acts as a must-meet"), evenTrace.toText());
    }

    // ---- criteria on single hypotheses follow the lineage of pivots

    @Test
    void aHypothesisCriterionJudgesTheReplacementsOfARetiredHypothesis() {
        PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(SEGMENT.id(), COUNTING))
                .build();
        Journey journey = discovery().said(SEGMENT, false, 3);
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, journey.decide(gate));
        Hypothesis groups = hypothesis("segment.groups", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
        journey.then(VentureEvent.Pivoted.of(
                        PivotDecision.following(pivot, PivotType.CUSTOMER_SEGMENT, pivot.decidedAt())
                                .replace(SEGMENT.id(), groups)
                                .build()))
                .said(groups, true, 3);
        GateDecision.Proceed proceed = assertInstanceOf(GateDecision.Proceed.class, journey.decide(gate));
        assertEquals(
                groups.id(),
                proceed.trace().mustMeet().head().assessments().head().hypothesisId());
    }

    @Test
    void afterAPivotTheTraceNamesTheSuccessorsTheCriterionJudged() {
        PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(SEGMENT.id(), COUNTING))
                .build();
        Journey journey = discovery().said(SEGMENT, false, 3);
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, journey.decide(gate));
        assertEquals(
                "hypothesis segment.solo is supported (counting)",
                pivot.trace().mustMeet().head().describe());
        Hypothesis groups = hypothesis("segment.groups", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
        journey.then(VentureEvent.Pivoted.of(
                        PivotDecision.following(pivot, PivotType.CUSTOMER_SEGMENT, pivot.decidedAt())
                                .replace(SEGMENT.id(), groups)
                                .build()))
                .said(groups, true, 3);
        GateDecision.Proceed proceed = assertInstanceOf(GateDecision.Proceed.class, journey.decide(gate));
        CriterionResult judged = proceed.trace().mustMeet().head();
        assertEquals(
                "hypothesis segment.groups (successor of segment.solo) is supported (counting)", judged.describe());
        assertEquals(
                "must-meet hypothesis segment.groups (successor of segment.solo) is supported (counting): SUPPORTED",
                judged.toString());
        assertTrue(
                proceed.toText()
                        .contains("  must-meet hypothesis segment.groups (successor of segment.solo) is supported"
                                + " (counting): SUPPORTED\n      segment.groups: SUPPORTED"),
                proceed.toText());
        assertFalse(proceed.toText().contains("hypothesis segment.solo is"), proceed.toText());
        // the criterion itself still names the hypothesis it was written for
        assertEquals(
                "hypothesis segment.solo is supported (counting)",
                judged.criterion().describe());
    }

    @Test
    void afterAPivotToSeveralSuccessorsTheTraceNamesThemAll() {
        PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(SEGMENT.id(), COUNTING))
                .build();
        Journey journey = discovery().said(SEGMENT, false, 3);
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, journey.decide(gate));
        Hypothesis groups = hypothesis("segment.groups", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
        Hypothesis chains = hypothesis("segment.chains", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
        journey.then(VentureEvent.Pivoted.of(
                        PivotDecision.following(pivot, PivotType.CUSTOMER_SEGMENT, pivot.decidedAt())
                                .replace(SEGMENT.id(), groups)
                                .replace(SEGMENT.id(), chains)
                                .build()))
                .said(groups, true, 3);
        GateDecision.Persevere persevere = assertInstanceOf(GateDecision.Persevere.class, journey.decide(gate));
        assertEquals(
                "must-meet hypotheses segment.groups, segment.chains (successors of segment.solo) are supported"
                        + " (counting): INCONCLUSIVE",
                persevere.trace().mustMeet().head().toString());
    }

    @Test
    void aHypothesisCriterionNamingAHypothesisTheVentureNeverStatedIsRefusedWithItsId() {
        PhaseGate must = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(SEGMENT.id(), COUNTING))
                .mustMeet(GateCriterion.hypothesis(id("ghost"), COUNTING))
                .build();
        Journey journey = discovery().said(SEGMENT, true, 3);
        Venture before = journey.venture;
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> journey.decide(must));
        assertEquals(
                "mustMeet[1].hypothesisId must name a hypothesis the venture stated (active, or retired by a pivot):"
                        + " ghost",
                refused.getMessage());
        assertEquals("mustMeet[1].hypothesisId", refused.field());
        assertEquals(id("ghost"), refused.value());
        assertEquals(before, journey.venture);
        PhaseGate should = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(SEGMENT.id(), COUNTING))
                .shouldMeet(GateCriterion.area(BusinessModelArea.REVENUE, COUNTING), 1)
                .shouldMeet(GateCriterion.hypothesis(id("pricing.monthly-49"), COUNTING), 1)
                .build();
        assertEquals(
                "shouldMeet[1].hypothesisId must name a hypothesis the venture stated (active, or retired by a pivot):"
                        + " pricing.monthly-49",
                assertThrows(InvalidValueException.class, () -> journey.decide(should))
                        .getMessage());
        // stated, the same hypothesis is judged
        Hypothesis pricing = hypothesis("pricing.monthly-49", BusinessModelArea.REVENUE, Phase.CUSTOMER_DISCOVERY);
        journey.then(stated(pricing, journey.clock.plusSeconds(1))).said(pricing, true, 3);
        assertInstanceOf(GateDecision.Proceed.class, journey.decide(should));
    }

    @Test
    void aRetiredHypothesisCriterionWithTheBudgetSpentPivotsOnTheRetiredHypothesisArea() {
        PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(SEGMENT.id(), COUNTING))
                .build();
        Journey journey = discovery().said(SEGMENT, false, 3);
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, journey.decide(gate));
        journey.then(VentureEvent.Pivoted.of(
                        PivotDecision.following(pivot, PivotType.CUSTOMER_SEGMENT, pivot.decidedAt())
                                .retire(SEGMENT.id())
                                .build()))
                .said(PROBLEM, true, 1);
        // nothing active is left to judge: missing, and with the budget spent the pivot fits the segment's area
        GateDecision.Pivot again = assertInstanceOf(
                GateDecision.Pivot.class, journey.decide(gate.withBudget(EvidenceBudget.experiments(1))));
        assertTrue(again.trace().mustMeet().head().isMissing());
        assertEquals(PivotType.fitting(BusinessModelArea.CUSTOMER_SEGMENT), again.suggestions());
    }

    // ---- the trace

    @Test
    void theTraceNamesEveryCriterionItsAssessmentsTheBudgetAndTheRule() {
        Journey journey = discovery()
                .said(SEGMENT, false, 3)
                .said(PROBLEM, true, 3)
                .then(VentureEvent.RoleHired.of(Role.VP_SALES, T0.plusSeconds(40000)));
        GateDecision decision = journey.decide(mustMeet3().build());
        String text = decision.toText();
        String expected = decision.summary() + "\n"
                + "  must-meet every customer segment hypothesis is supported (counting): REFUTED\n"
                + "      segment.solo: REFUTED, 0 for, 3 against\n"
                + "  must-meet every problem hypothesis is supported (counting): SUPPORTED\n"
                + "      problem.no-shows: SUPPORTED, 3 for, 0 against\n"
                + "  must-meet every value proposition hypothesis is supported (counting): INCONCLUSIVE\n"
                + "      value.reminders: INCONCLUSIVE, 0 for, 0 against\n"
                + "  should-meet score 1, pass score 0.5\n"
                + "  budget at most 100 experiments: 6 experiments, 6 evidence items, not spent\n"
                + "  runway 94 experiments left; pivots used 0 of 2\n"
                + "  PREMATURE SCALING: VP of Sales hired at 2026-03-02T20:06:40Z during CUSTOMER_DISCOVERY\n"
                + "  decided by: a must-meet criterion is refuted, and pivots and runway remain";
        assertEquals(expected, text);
    }

    // ---- the chosen audience

    private static final GateCriterion AUDIENCE = GateCriterion.audienceViable(0.9);

    private static PhaseGate.Builder withAudience() {
        return mustMeet3().mustMeet(AUDIENCE);
    }

    /** Discovery with every hypothesis supported. */
    private static Journey supported() {
        return discovery().said(SEGMENT, true, 3).said(PROBLEM, true, 3).said(VALUE, true, 3);
    }

    @Test
    void aViableChosenAudienceSupportsTheCriterionAndTheTraceSaysWhy() {
        // 4,000 x 5% = 200 paying customers against the 100 that break even.
        GateDecision decision = supported()
                .choose(audience("group-practices", 4_000, 0.05))
                .decide(withAudience().build());
        GateDecision.Proceed proceed = assertInstanceOf(GateDecision.Proceed.class, decision);
        CriterionResult audience = proceed.trace().mustMeet().get(3);
        assertEquals(AUDIENCE, audience.criterion());
        assertEquals(Verdict.SUPPORTED, audience.verdict());
        assertEquals(Option.some(100L), audience.viability().get().customersNeeded());
        assertTrue(
                proceed.toText()
                        .contains("  must-meet the chosen audience is viable with probability >= 0.9 (break-even):"
                                + " SUPPORTED\n"
                                + "      audience 'group-practices' is viable: 4,000 reachable x 5.00% conversion ="
                                + " 200.0 expected paying customers >= 100 needed to break even (margin 100.0)\n"),
                proceed.toText());
    }

    @Test
    void anUnviableAudienceRefutesTheCriterionAndPivotsOnTheAudience() {
        // 1,500 x 5% = 75 paying customers: 25 short.
        GateDecision decision = supported()
                .choose(audience("solo", 1_500, 0.05))
                .decide(withAudience().build());
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision);
        assertEquals(Rule.MUST_MEET_REFUTED, pivot.rule());
        assertTrue(pivot.refuted().isEmpty());
        assertTrue(pivot.rationale().isEmpty());
        assertEquals(
                List.of(
                        PivotType.CUSTOMER_SEGMENT,
                        PivotType.CHANNEL,
                        PivotType.VALUE_CAPTURE,
                        PivotType.BUSINESS_ARCHITECTURE),
                pivot.suggestions());
        assertEquals(List.of(pivot.trace().mustMeet().get(3)), pivot.trace().failed());
        assertEquals(
                "PIVOT at the CUSTOMER_DISCOVERY gate, " + pivot.decidedAt() + ": the audience 'solo' is not viable;"
                        + " fitting pivots: customer segment, channel, value capture, business architecture; return to"
                        + " CUSTOMER_DISCOVERY",
                pivot.summary());
        assertTrue(
                pivot.toText()
                        .contains("      audience 'solo' is not viable: 1,500 reachable x 5.00% conversion ="
                                + " 75.0 expected paying customers < 100 needed to break even (short by 25.0)"),
                pivot.toText());
    }

    @Test
    void aRefutedHypothesisAndAnUnviableAudienceAreBothNamed() {
        GateDecision decision = discovery()
                .said(SEGMENT, false, 3)
                .said(PROBLEM, true, 3)
                .said(VALUE, true, 3)
                .choose(audience("solo", 1_500, 0.05))
                .decide(withAudience().build());
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision);
        assertEquals(List.of(SEGMENT.id()), pivot.refuted());
        assertEquals(
                List.of(
                        PivotType.CUSTOMER_SEGMENT,
                        PivotType.CHANNEL,
                        PivotType.VALUE_CAPTURE,
                        PivotType.BUSINESS_ARCHITECTURE),
                pivot.suggestions());
        assertTrue(
                pivot.summary().contains(": refuted segment.solo; the audience 'solo' is not viable; fitting pivots:"),
                pivot.summary());
    }

    @Test
    void anAudienceThatLosesMoneyOnEveryCustomerSuggestsChangingHowTheVentureIsPaid() {
        UnitEconomics losing = UnitEconomics.builder()
                .price(100)
                .variableCost(120)
                .acquisitionCost(0)
                .retention(0.9)
                .fixedCosts(8_000)
                .build();
        Audience everyone = Audience.of("everyone", 1_000_000, Conversion.of(0.5), losing);
        GateDecision.Pivot pivot = assertInstanceOf(
                GateDecision.Pivot.class,
                supported().choose(everyone).decide(withAudience().build()));
        assertEquals(
                List.of(PivotType.VALUE_CAPTURE, PivotType.BUSINESS_ARCHITECTURE, PivotType.CUSTOMER_SEGMENT),
                pivot.suggestions());
    }

    @Test
    void anAudienceViableAtBreakEvenMayFallShortOfATargetMargin() {
        // 4,000 x 5% = 200 customers; a 50% margin needs 8,000 / (0.5 x 100 - 20) = 266.7, so 267.
        Journey journey = supported().choose(audience("group-practices", 4_000, 0.05));
        assertEquals(
                GateDecision.Kind.PROCEED,
                journey.decide(withAudience().build()).kind());
        PhaseGate margin =
                mustMeet3().mustMeet(GateCriterion.audienceViable(0.9, 0.5)).build();
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, journey.decide(margin));
        Viability viability = pivot.trace().mustMeet().get(3).viability().get();
        assertEquals(Option.some(267L), viability.customersNeeded());
        assertEquals(0.5, viability.targetMargin());
    }

    @Test
    void noAudienceChosenPerseveresAskingForOne() {
        GateDecision.Persevere persevere = assertInstanceOf(
                GateDecision.Persevere.class, supported().decide(withAudience().build()));
        assertEquals(List.of(AUDIENCE), persevere.missing());
        assertTrue(persevere.risks().isEmpty());
        assertTrue(persevere.summary().endsWith(": still to choose: an audience"), persevere.summary());
        CriterionResult audience = persevere.trace().mustMeet().get(3);
        assertTrue(audience.isMissing());
        assertTrue(
                persevere
                        .toText()
                        .contains("  must-meet the chosen audience is viable with probability >= 0.9 (break-even):"
                                + " INCONCLUSIVE (nothing to judge: no audience chosen)\n"),
                persevere.toText());

        // With a hypothesis still undecided and an area without one, the summary names all three.
        Journey open = new Journey(100, 2, SEGMENT, PROBLEM).said(SEGMENT, true, 1);
        GateDecision.Persevere all = assertInstanceOf(
                GateDecision.Persevere.class, open.decide(withAudience().build()));
        assertTrue(
                all.summary()
                        .endsWith("; still to state: a value proposition hypothesis; still to choose: an audience"),
                all.summary());
    }

    @Test
    void noAudienceChosenWhenTheBudgetIsSpentIsRefutedAndPivotsOnTheAudience() {
        Journey journey = supported();
        PhaseGate spent = withAudience().budget(EvidenceBudget.experiments(9)).build();
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, journey.decide(spent));
        CriterionResult audience = pivot.trace().mustMeet().get(3);
        assertTrue(audience.isResolvedByPolicy());
        assertEquals(Verdict.REFUTED, audience.verdict());
        assertEquals(
                List.of(
                        PivotType.CUSTOMER_SEGMENT,
                        PivotType.CHANNEL,
                        PivotType.VALUE_CAPTURE,
                        PivotType.BUSINESS_ARCHITECTURE),
                pivot.suggestions());
        assertTrue(pivot.summary().contains(": no audience chosen; fitting pivots: "), pivot.summary());
        // A leaning policy has no evidence to lean on either; and without pivots the venture is killed.
        PhaseGate leaning = spent.withWhenBudgetSpent(SpentBudgetPolicies.byLeaning(0.5));
        assertEquals(GateDecision.Kind.PIVOT, journey.decide(leaning).kind());
        Journey last = new Journey(100, 0, SEGMENT, PROBLEM, VALUE)
                .said(SEGMENT, true, 3)
                .said(PROBLEM, true, 3)
                .said(VALUE, true, 3);
        GateDecision.Kill kill = assertInstanceOf(GateDecision.Kill.class, last.decide(spent));
        assertEquals(
                "KILL at the CUSTOMER_DISCOVERY gate, " + kill.decidedAt() + ": a pivot is called for, but no pivots"
                        + " are left; no audience chosen",
                kill.summary());
    }

    @Test
    void aChosenAudienceIsJudgedWhateverTheBudget() {
        PhaseGate spent = withAudience().budget(EvidenceBudget.experiments(9)).build();
        Journey journey = supported().choose(audience("group-practices", 4_000, 0.05));
        GateDecision.Proceed proceed = assertInstanceOf(GateDecision.Proceed.class, journey.decide(spent));
        assertTrue(proceed.trace().isBudgetSpent());
        assertFalse(proceed.trace().mustMeet().get(3).isResolvedByPolicy());
    }

    @Test
    void theLastAudienceChosenIsTheOneJudged() {
        Journey journey = supported().choose(audience("solo", 1_500, 0.05));
        assertEquals(
                GateDecision.Kind.PIVOT, journey.decide(withAudience().build()).kind());
        journey.choose(audience("group-practices", 4_000, 0.05));
        assertEquals(
                GateDecision.Kind.PROCEED,
                journey.decide(withAudience().build()).kind());
    }

    @Test
    void anAudienceCriterionMayBeAShouldMeetCriterion() {
        PhaseGate gate = mustMeet3().shouldMeet(AUDIENCE, 1).passScore(1).build();
        assertEquals(
                GateDecision.Kind.PROCEED,
                supported().choose(audience("groups", 4_000, 0.05)).decide(gate).kind());
        GateDecision.Pivot pivot = assertInstanceOf(
                GateDecision.Pivot.class,
                supported().choose(audience("solo", 1_500, 0.05)).decide(gate));
        assertEquals(Rule.SHOULD_MEET_FAILED, pivot.rule());
        assertEquals(PivotType.CUSTOMER_SEGMENT, pivot.suggestions().head());
        assertTrue(pivot.summary().contains("the audience 'solo' is not viable"), pivot.summary());
    }

    @Test
    void aConversionFromABayesianAssessmentCarriesItsUncertaintyIntoTheGate() {
        // 9 of 120 practices paid for a pilot: under the uniform prior the rate's posterior is Beta(10, 112), whose
        // 95% equal-tailed interval the Bayesian strategy reports and Conversion.from turns back into Beta(10, 112).
        Hypothesis conversion = Hypothesis.of(
                id("conversion.groups"),
                "at least 5% of reachable group practices pay",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.05, 100));
        Journey journey = supported().then(stated(conversion, T0.plusSeconds(100_000)));
        Instant at = journey.clock;
        java.util.List<Evidence> pilots = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Source practice = Source.of("practice-" + i);
            pilots.add(
                    i < 9
                            ? Commitment.made(conversion.id(), practice, at, Commitment.Kind.MONEY)
                            : Commitment.declined(conversion.id(), practice, at, Commitment.Kind.MONEY));
        }
        journey.then(VentureEvent.EvidenceRecorded.of(pilots, java.math.BigDecimal.ZERO, at));
        Assessment assessed =
                io.github.custdev.scoring.Scoring.bayesian().assess(conversion, journey.venture.evidence());
        // 2,500 reachable need a conversion of 100 / 2,500 = 4% to break even.
        Audience groups = Audience.of("group-practices", 2_500, Conversion.from(assessed), Fixtures.ECONOMICS);
        journey.choose(groups);
        double expected = BetaDistribution.of(10, 112).survivalProbability(0.04);
        for (double required : new double[] {expected - 0.01, expected + 0.01}) {
            GateDecision decision = journey.decide(
                    mustMeet3().mustMeet(GateCriterion.audienceViable(required)).build());
            Viability viability = decision.trace().mustMeet().get(3).viability().get();
            assertEquals(expected, viability.probability(), 1e-9);
            assertEquals(required < expected, viability.isViable());
            assertEquals(required < expected ? GateDecision.Kind.PROCEED : GateDecision.Kind.PIVOT, decision.kind());
        }
    }

    // ---- misuse

    @Test
    void evaluatingAVentureInAnotherPhaseIsAnInvalidValue() {
        PhaseGate validation = PhaseGate.defaultFor(Phase.CUSTOMER_VALIDATION, COUNTING);
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> validation.evaluate(discovery().venture, day(1)));
        assertEquals(
                "venture.phase must be the gate's phase (CUSTOMER_VALIDATION): CUSTOMER_DISCOVERY", e.getMessage());
        assertThrows(InvalidValueException.class, () -> validation.evaluate(null, day(1)));
        assertThrows(InvalidValueException.class, () -> mustMeet3().build().evaluate(discovery().venture, null));
    }

    @Test
    void twoGatesBuiltAlikeWithBuiltInStrategiesGiveEqualDecisions() {
        Venture venture = discovery().said(SEGMENT, true, 3).said(PROBLEM, false, 2).venture;
        java.util.function.Supplier<PhaseGate> gate = () -> PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.area(
                        BusinessModelArea.CUSTOMER_SEGMENT,
                        io.github.custdev.scoring.Scoring.inSegment(
                                io.github.custdev.scoring.Scoring.sequential(0.2, 0.4), "dentists")))
                .mustMeet(GateCriterion.area(
                        BusinessModelArea.PROBLEM,
                        io.github.custdev.scoring.Scoring.allOf(
                                io.github.custdev.scoring.Scoring.weightedByStrength(
                                        io.github.custdev.scoring.Scoring.bayesian()),
                                io.github.custdev.scoring.Scoring.byMetric(
                                        io.github.custdev.scoring.Scoring.fixedSample(),
                                        io.github.custdev.scoring.Scoring.mean()))))
                .build();
        PhaseGate first = gate.get();
        PhaseGate second = gate.get();
        // built anew, not shared: before value equality of strategies, these gates and decisions were unequal
        assertEquals(first, second);
        assertEquals(first.evaluate(venture, day(5)), second.evaluate(venture, day(5)));
        assertEquals(
                first.evaluate(venture, day(5)).hashCode(),
                second.evaluate(venture, day(5)).hashCode());
    }

    @Test
    void evaluatingAClosedVentureIsRefusedNamingTheClosingAndLeavesTheVentureAsItWas() {
        Venture open = discovery().said(SEGMENT, true, 3).said(PROBLEM, true, 3).said(VALUE, true, 4).venture;
        VentureEvent.Closed closing = VentureEvent.Closed.of("out of money", day(20));
        Venture closed = must(open.apply(closing));
        Venture twin = must(open.apply(closing));
        PhaseGate gate = mustMeet3().build();
        // the open venture proceeds; closed, it gets no decision at all (it was judged PROCEED before the rule)
        assertEquals(GateDecision.Kind.PROCEED, gate.evaluate(open, day(21)).kind());

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> gate.evaluate(closed, day(21)));

        assertEquals(
                "venture must not be closed (a closed venture's gates are not evaluated): " + "Closed{at=" + day(20)
                        + ", reason=out of money}",
                e.getMessage());
        assertEquals("venture", e.field());
        assertEquals("must not be closed (a closed venture's gates are not evaluated)", e.rule());
        assertEquals(closing, e.value());
        assertEquals(twin, closed);
        // the closing is checked before the phase: a closed venture is refused by a gate of any phase
        InvalidValueException other = assertThrows(
                InvalidValueException.class,
                () -> PhaseGate.defaultFor(Phase.COMPANY_BUILDING).evaluate(closed, day(21)));
        assertEquals("venture", other.field());
    }

    @Test
    void aStrategyThatAssessesAnotherHypothesisIsCaught() {
        ScoringStrategy wrong = (h, log) -> assessment(PROBLEM, Verdict.SUPPORTED, 1, 1);
        PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(SEGMENT.id(), wrong))
                .build();
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> gate.evaluate(discovery().venture, day(1)));
        assertEquals("assessment must be the strategy's assessment of segment.solo: problem.no-shows", e.getMessage());
    }

    @Test
    void aGateNeedsAMustMeetCriterionAndNoRepeats() {
        InvalidValueException none = assertThrows(
                InvalidValueException.class,
                () -> PhaseGate.builder(Phase.CUSTOMER_DISCOVERY).build());
        assertEquals("mustMeet", none.field());
        GateCriterion segment = GateCriterion.area(BusinessModelArea.CUSTOMER_SEGMENT, COUNTING);
        InvalidValueException twice = assertThrows(
                InvalidValueException.class,
                () -> PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                        .mustMeet(segment)
                        .shouldMeet(segment, 1)
                        .build());
        assertEquals("criteria", twice.field());
        assertThrows(InvalidValueException.class, () -> mustMeet3().passScore(1.5));
        assertThrows(InvalidValueException.class, () -> mustMeet3().passScore(Double.NaN));
        assertThrows(InvalidValueException.class, () -> mustMeet3().shouldMeet(segment, 0));
        assertThrows(InvalidValueException.class, () -> mustMeet3().mustMeet(null));
        assertThrows(InvalidValueException.class, () -> mustMeet3().budget(null));
        assertThrows(InvalidValueException.class, () -> mustMeet3().whenBudgetSpent(null));
        assertThrows(InvalidValueException.class, () -> mustMeet3().build().withPassScore(-0.1));
        assertThrows(InvalidValueException.class, () -> PhaseGate.builder(null));
        // the invariant holds whichever builder is used: the generated one takes whole sequences
        InvalidValueException nullMust = assertThrows(
                InvalidValueException.class,
                () -> new ImmutablePhaseGate.Builder()
                        .phase(Phase.CUSTOMER_DISCOVERY)
                        .mustMeet(List.of(segment, null))
                        .shouldMeet(List.empty())
                        .passScore(0.5)
                        .budget(PhaseGate.DEFAULT_BUDGET)
                        .whenBudgetSpent(SpentBudgetPolicies.treatAsRefuted())
                        .build());
        assertEquals("mustMeet[]", nullMust.field());
        InvalidValueException nullShould = assertThrows(
                InvalidValueException.class,
                () -> new ImmutablePhaseGate.Builder()
                        .phase(Phase.CUSTOMER_DISCOVERY)
                        .mustMeet(List.of(segment))
                        .shouldMeet(List.of((WeightedCriterion) null))
                        .passScore(0.5)
                        .budget(PhaseGate.DEFAULT_BUDGET)
                        .whenBudgetSpent(SpentBudgetPolicies.treatAsRefuted())
                        .build());
        assertEquals("shouldMeet[]", nullShould.field());
    }

    @Test
    void withersChangeOnlyTheirPart() {
        PhaseGate gate = mustMeet3().build();
        assertEquals(PhaseGate.DEFAULT_BUDGET, gate.budget());
        assertEquals(PhaseGate.DEFAULT_PASS_SCORE, gate.passScore());
        assertEquals(SpentBudgetPolicies.treatAsRefuted(), gate.whenBudgetSpent());
        PhaseGate changed = gate.withBudget(EvidenceBudget.evidence(5)).withPassScore(0.9);
        assertEquals(EvidenceBudget.evidence(5), changed.budget());
        assertEquals(0.9, changed.passScore());
        assertEquals(gate.mustMeet(), changed.mustMeet());
        assertEquals(PhaseGate.DEFAULT_BUDGET, gate.budget());
    }

    // ---- defaults

    private static Seq<BusinessModelArea> areas(Seq<GateCriterion> criteria) {
        return criteria.map(c -> ((GateCriterion.AreaSupported) c).area());
    }

    @Test
    void theDefaultGatesFollowTheCustomerDevelopmentMethod() {
        PhaseGate discovery = PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY, COUNTING);
        assertEquals(
                List.of(
                        BusinessModelArea.CUSTOMER_SEGMENT,
                        BusinessModelArea.PROBLEM,
                        BusinessModelArea.VALUE_PROPOSITION),
                areas(discovery.mustMeet()));
        assertEquals(
                List.of(BusinessModelArea.REVENUE, BusinessModelArea.CHANNEL),
                areas(discovery.shouldMeet().map(WeightedCriterion::criterion)));
        PhaseGate validation = PhaseGate.defaultFor(Phase.CUSTOMER_VALIDATION, COUNTING);
        assertEquals(
                List.of(BusinessModelArea.CHANNEL, BusinessModelArea.REVENUE, BusinessModelArea.COST_STRUCTURE),
                areas(validation.mustMeet().take(3)));
        // The profitable financial model: the smallest viable audience breaks even with the default confidence.
        assertEquals(
                GateCriterion.audienceViable(PhaseGate.DEFAULT_AUDIENCE_PROBABILITY),
                validation.mustMeet().last());
        assertEquals(0.95, PhaseGate.DEFAULT_AUDIENCE_PROBABILITY);
        assertEquals(4, validation.mustMeet().size());
        assertEquals(
                List.of(BusinessModelArea.CUSTOMER_RELATIONSHIP, BusinessModelArea.VALUE_PROPOSITION),
                areas(validation.shouldMeet().map(WeightedCriterion::criterion)));
        PhaseGate creation = PhaseGate.defaultFor(Phase.CUSTOMER_CREATION, COUNTING);
        assertEquals(List.of(GateCriterion.growthAtLeast(0.05, 0.95)), creation.mustMeet());
        assertEquals(
                List.of(BusinessModelArea.CUSTOMER_RELATIONSHIP),
                areas(creation.shouldMeet()
                        .map(WeightedCriterion::criterion)
                        .filter(c -> c instanceof GateCriterion.AreaSupported)));
        PhaseGate building = PhaseGate.defaultFor(Phase.COMPANY_BUILDING, COUNTING);
        assertEquals(
                List.of(BusinessModelArea.KEY_RESOURCES, BusinessModelArea.KEY_ACTIVITIES), areas(building.mustMeet()));
        for (Phase phase : Phase.values()) {
            PhaseGate gate = PhaseGate.defaultFor(phase, COUNTING);
            assertEquals(phase, gate.phase());
            assertEquals(PhaseGate.DEFAULT_BUDGET, gate.budget());
            assertTrue(gate.mustMeet()
                    .filter(c -> c instanceof GateCriterion.AreaSupported)
                    .map(c -> (GateCriterion.AreaSupported) c)
                    .forAll(c -> c.strategy() == COUNTING && c.strategyName().equals("counting")));
        }
    }

    @Test
    void theDefaultDiscoveryGateWantsAWillingnessToPayOrAChannelSignal() {
        PhaseGate gate = PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY, COUNTING);
        assertEquals(GateDecision.Kind.PERSEVERE, allMustMet().decide(gate).kind());
        assertEquals(
                GateDecision.Kind.PROCEED,
                allMustMet().said(PRICE, true, 3).decide(gate).kind());
        assertEquals(
                GateDecision.Kind.PROCEED,
                allMustMet().said(CHANNEL, true, 3).decide(gate).kind());
        assertEquals(
                GateDecision.Kind.PIVOT,
                allMustMet()
                        .said(CHANNEL, false, 3)
                        .said(PRICE, false, 3)
                        .decide(gate)
                        .kind());
    }

    // ---- the default gates, on the real strategies

    @Test
    void theDefaultGatesJudgeRatesTheBayesianWayAndMeansWithStudentsT() {
        PhaseGate gate = PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY);
        GateCriterion.AreaSupported first =
                (GateCriterion.AreaSupported) gate.mustMeet().head();
        assertEquals(PhaseGate.DEFAULT_STRATEGY, first.strategy());
        assertEquals("bayesian/mean", first.strategyName());
        assertEquals(PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY, PhaseGate.DEFAULT_STRATEGY), gate);

        // 2 of 12 solo dentists fit the segment: with the uniform prior the posterior is Beta(3, 11), and
        // P(rate >= 0.6) = 1 - I_0.6(3, 11), far below the strategy's risk of 0.05: refuted, so the gate pivots.
        double tail = BetaDistribution.of(3, 11).survivalProbability(0.6);
        assertTrue(tail < 0.05, Double.toString(tail));
        Hypothesis segment = Hypothesis.of(
                id("segment.solo"),
                "solo dentists buy",
                BusinessModelArea.CUSTOMER_SEGMENT,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.6, 10));
        Journey journey = new Journey(100, 1, segment, PROBLEM, VALUE)
                .said(segment, true, 2)
                .said(segment, false, 10);
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, journey.decide(gate));
        Assessment refuted = pivot.rationale().head();
        assertEquals(tail, refuted.probability(), 1e-12);
        assertEquals(List.of(PivotType.CUSTOMER_SEGMENT), pivot.suggestions());
    }

    @Test
    void theDefaultValidationGateJudgesUnitEconomicsAsMeans() {
        Hypothesis ltvCac = Hypothesis.of(
                id("economics.ltv-cac"),
                "LTV is three times CAC",
                BusinessModelArea.COST_STRUCTURE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.meanAtLeast(3, "LTV/CAC", 5));
        Venture venture =
                advanceTo(must(Venture.found(founded(100, 1)).apply(stated(ltvCac, T0))), Phase.CUSTOMER_VALIDATION);
        double[] ratios = {4.1, 3.8, 4.4, 3.9, 4.2, 4.0};
        for (double ratio : ratios) {
            Instant at = venture.lastEventAt().plusSeconds(60);
            venture = must(venture.apply(VentureEvent.EvidenceRecorded.of(
                    Measurement.of(ltvCac.id(), Source.of("cohort"), at, ratio, "LTV/CAC", Strength.PAID), at)));
        }
        GateDecision decision =
                PhaseGate.defaultFor(Phase.CUSTOMER_VALIDATION).evaluate(venture, venture.lastEventAt());
        CriterionResult costs = decision.trace().mustMeet().get(2);
        assertEquals(BusinessModelArea.COST_STRUCTURE, ((GateCriterion.AreaSupported) costs.criterion()).area());
        assertEquals(Verdict.SUPPORTED, costs.verdict());
        assertEquals("mean", costs.assessments().head().strategy());
        assertEquals(4.0666666666666667, costs.assessments().head().estimate(), 1e-12);
        // Channel and revenue have no Validation hypothesis yet, and no audience is chosen: the gate asks for them.
        GateDecision.Persevere persevere = assertInstanceOf(GateDecision.Persevere.class, decision);
        assertEquals(
                List.of("a channel hypothesis", "a revenue hypothesis", "an audience"),
                persevere.missing().map(GateCriterion::subject));
        assertTrue(
                persevere
                        .summary()
                        .endsWith(": still to state: a channel hypothesis, a revenue hypothesis; still to choose: an"
                                + " audience"),
                persevere.summary());
    }

    @Test
    void toStringSummarisesTheGate() {
        assertEquals(
                "PhaseGate[CUSTOMER_DISCOVERY, must meet 3, should meet 2 (pass 0.5), at most 100 experiments]",
                PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY, COUNTING).toString());
    }
}
