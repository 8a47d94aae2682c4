package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.audience;
import static io.github.custdev.Fixtures.founded;
import static io.github.custdev.Fixtures.hypothesis;
import static io.github.custdev.Fixtures.interviews;
import static io.github.custdev.Fixtures.must;
import static io.github.custdev.Fixtures.stated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.demand.Adoptions;
import io.github.custdev.demand.BassFit;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The demand criteria of a gate and the default Customer Creation gate, against independent values. */
class DemandCriterionTests {
    private static final HypothesisId ID = HypothesisId.of("demand.grows");
    private static final Source BILLING = Source.of("billing");
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private static DemandStatistics adoptions(long... counts) {
        java.util.List<Evidence> items = new java.util.ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            items.add(CohortObservation.of(ID, BILLING, T0, t, counts[t], counts[t]));
        }
        return EvidenceStatistics.of(items).demand();
    }

    private static DemandReading judge(GateCriterion.DemandShown criterion, DemandStatistics demand) {
        return criterion.judge(ID, demand, Option.none());
    }

    @Test
    void growthIsJudgedByTheNormalApproximationOfTheTwoPeriodClosedForm() {
        // two periods: b = ln(n1 / n0), SE = sqrt(1/n0 + 1/n1); P(g >= g0) = Phi((b - ln(1 + g0)) / SE)
        double b = Math.log(150.0 / 100.0);
        double se = Math.sqrt(1.0 / 100 + 1.0 / 150);
        double expected = STANDARD_NORMAL.cumulativeProbability((b - Math.log(1.2)) / se);
        DemandReading reading = judge(GateCriterion.growthAtLeast(0.2, 0.9), adoptions(100, 150));
        assertEquals(expected, reading.probability().get(), 1e-9);
        assertEquals(Verdict.SUPPORTED, reading.verdict()); // about 0.958
        assertTrue(reading.isMet());
        assertEquals(ID, reading.hypothesisId());
        assertEquals(
                "growth 50.0% per period over 2 periods; P(growth >= 20.0%) = " + String.format("%.3f", expected)
                        + " >= 0.9",
                reading.reason());
        assertEquals(
                Verdict.INCONCLUSIVE,
                judge(GateCriterion.growthAtLeast(0.2, 0.99), adoptions(100, 150))
                        .verdict());
        DemandReading refuted = judge(GateCriterion.growthAtLeast(0.9, 0.9), adoptions(100, 150));
        assertEquals(Verdict.REFUTED, refuted.verdict());
        assertTrue(refuted.reason().endsWith(" <= 1 - 0.9"), refuted.reason());
        assertFalse(refuted.isMet());
    }

    @Test
    void anEstimateThatCannotBeMadeIsNotMetAndSaysWhy() {
        DemandReading one = judge(GateCriterion.growthAtLeast(0.1, 0.9), adoptions(40));
        assertEquals(Verdict.INCONCLUSIVE, one.verdict());
        assertEquals(Option.none(), one.probability());
        assertEquals(Adoptions.of(40).growth(0.95).getLeft(), one.reason());
        DemandReading noFit = judge(GateCriterion.diffusionReaches(0.5, 3, 0.9), adoptions(1, 2, 3));
        assertEquals("no audience chosen", noFit.reason());
        DemandReading shortSeries = GateCriterion.diffusionReaches(0.5, 3, 0.9)
                .judge(ID, adoptions(1, 2, 3), Option.some(audience("clinics", 1000, 0.1)));
        assertEquals("no Bass fit: " + Adoptions.of(1, 2, 3).fitBass().getLeft(), shortSeries.reason());
        assertEquals(Verdict.INCONCLUSIVE, shortSeries.verdict());
        assertEquals(
                "no referral observation",
                judge(GateCriterion.referralsAtLeast(0.1, 0.9), DemandStatistics.empty())
                        .reason());
        assertEquals(
                "no cohort observed at age 2 (the oldest observed is 0)",
                judge(GateCriterion.retentionAtLeast(2, 0.5, 0.9), adoptions(5)).reason());
    }

    @Test
    void retentionIsJudgedByItsBetaPosteriorUnderJeffreysPrior() {
        // one cohort of 40, 30 still active at age 1: Beta(30.5, 10.5)
        DemandStatistics demand = EvidenceStatistics.of(List.of(
                        CohortObservation.of(ID, BILLING, T0, 0, 40, 40),
                        CohortObservation.of(ID, BILLING, T0, 1, 0, 30, 30)))
                .demand();
        double expected = BetaDistribution.of(30.5, 10.5).survivalProbability(0.6);
        DemandReading reading = judge(GateCriterion.retentionAtLeast(1, 0.6, 0.9), demand);
        assertEquals(expected, reading.probability().get(), 1e-12);
        assertEquals(Verdict.SUPPORTED, reading.verdict()); // about 0.93
        assertTrue(reading.reason().startsWith("retention at age 1 7"), reading.reason());
        assertTrue(reading.reason().contains(" (30 of 40); P(retention >= 60.0%) = "), reading.reason());
        // at the bounds of the probability: P = 1 meets a required 1, P = 0 refutes it
        assertEquals(
                Verdict.SUPPORTED,
                judge(GateCriterion.retentionAtLeast(1, 0.0, 1.0), demand).verdict());
        assertEquals(
                Verdict.REFUTED,
                judge(GateCriterion.retentionAtLeast(1, 1.0, 1.0), demand).verdict());
    }

    @Test
    void theViralCoefficientIsJudgedByItsGammaPosteriorAsAChiSquare() {
        // x = 81 converted of C = 370 customers: 2 C k ~ chi-square(2x + 1), so P(k >= t) = Q(2 C t; 2x + 1)
        DemandStatistics demand = EvidenceStatistics.of(List.of(
                        ReferralObservation.of(ID, BILLING, T0, 0, 100, 60, 20),
                        ReferralObservation.of(ID, BILLING, T0, 1, 120, 80, 30),
                        ReferralObservation.of(ID, BILLING, T0, 2, 150, 90, 31)))
                .demand();
        for (double t : new double[] {0.15, 0.2, 0.22, 0.25, 0.3}) {
            double expected = ChiSquaredDistribution.of(163).survivalProbability(2 * 370 * t);
            DemandReading reading = judge(GateCriterion.referralsAtLeast(t, 0.9), demand);
            assertEquals(expected, reading.probability().get(), 1e-9, "t = " + t);
            Verdict verdict =
                    expected >= 0.9 ? Verdict.SUPPORTED : expected <= 0.1 ? Verdict.REFUTED : Verdict.INCONCLUSIVE;
            assertEquals(verdict, reading.verdict(), "t = " + t);
        }
        assertTrue(judge(GateCriterion.referralsAtLeast(0.15, 0.9), demand)
                .reason()
                .startsWith("k 0.22 (81 converted per 370 customers); P(k >= 0.15) = "));
    }

    @Test
    void theDiffusionCriterionAsksTheFitForAShareOfTheChosenAudienceAtTheHorizon() {
        BassDiffusion truth = BassDiffusion.of(0.03, 0.4, 5000);
        long[] counts = new long[12];
        for (int t = 0; t < counts.length; t++) {
            counts[t] = Math.round(truth.adoptersIn(t + 1) * (1 + 0.03 * Math.sin(3.0 * t)));
        }
        BassFit fit = Adoptions.of(counts).fitBass().get();
        Audience clinics = audience("clinics", 8000, 0.1);
        // 50% of 8,000 = 4,000 adopters by period 12 + 3 = 15
        double expected = fit.probabilityToReach(4000, 15);
        DemandReading reading =
                GateCriterion.diffusionReaches(0.5, 3, 0.5).judge(ID, adoptions(counts), Option.some(clinics));
        assertEquals(expected, reading.probability().get(), 1e-12);
        assertTrue(
                reading.reason().contains("fitted to 12 periods; P(adopters by period 15 >= 4000, 50.0% of 'clinics')"),
                reading.reason());
        DemandReading far =
                GateCriterion.diffusionReaches(1.0, 0, 0.9).judge(ID, adoptions(counts), Option.some(clinics));
        assertEquals(fit.probabilityToReach(8000, 12), far.probability().get(), 1e-12);
        assertEquals(Verdict.REFUTED, far.verdict());
    }

    @Test
    void theCriteriaDescribeThemselvesAndAreEqualByTheirFigures() {
        assertEquals(
                "adoptions grow at least 5.00% per period with probability >= 0.95",
                GateCriterion.growthAtLeast(0.05, 0.95).describe());
        assertEquals(
                "the viral coefficient k is at least 0.1 with probability >= 0.9",
                GateCriterion.referralsAtLeast(0.1, 0.9).toString());
        assertEquals(
                "retention at cohort age 3 is at least 60.0% with probability >= 0.8",
                GateCriterion.retentionAtLeast(3, 0.6, 0.8).describe());
        assertEquals(
                "the fitted Bass diffusion reaches 20.0% of the chosen audience within 6 periods with probability >= 0.9",
                GateCriterion.diffusionReaches(0.2, 6, 0.9).describe());
        assertEquals(
                "cohort observations", GateCriterion.growthAtLeast(0.05, 0.95).subject());
        assertEquals(
                "referral observations",
                GateCriterion.referralsAtLeast(0.05, 0.95).subject());
        GateCriterion.DemandShown retention = GateCriterion.retentionAtLeast(3, 0.6, 0.8);
        assertEquals(GateCriterion.DemandShown.Measure.RETENTION, retention.measure());
        assertEquals(0.6, retention.threshold());
        assertEquals(0.8, retention.requiredProbability());
        assertEquals(3, retention.age());
        assertEquals(0, retention.horizon());
        assertEquals(6, GateCriterion.diffusionReaches(0.2, 6, 0.9).horizon());
        List<GateCriterion> all = List.of(
                GateCriterion.growthAtLeast(0.05, 0.95),
                GateCriterion.growthAtLeast(0.06, 0.95),
                GateCriterion.growthAtLeast(0.05, 0.9),
                GateCriterion.referralsAtLeast(0.05, 0.95),
                GateCriterion.retentionAtLeast(1, 0.05, 0.95),
                GateCriterion.retentionAtLeast(2, 0.05, 0.95),
                GateCriterion.diffusionReaches(0.05, 0, 0.95),
                GateCriterion.diffusionReaches(0.05, 1, 0.95));
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < all.size(); j++) {
                assertEquals(i == j, all.get(i).equals(all.get(j)), i + " vs " + j);
            }
            assertEquals(all.get(i), all.get(i));
            assertNotEquals(all.get(i), null);
        }
        assertEquals(
                GateCriterion.retentionAtLeast(2, 0.5, 0.9).hashCode(),
                GateCriterion.retentionAtLeast(2, 0.5, 0.9).hashCode());
        assertTrue(GateCriterion.referralsAtLeast(0.1, 0.9).reads(adoptionsAndReferrals()));
        assertFalse(GateCriterion.referralsAtLeast(0.1, 0.9).reads(adoptions(3)));
        assertTrue(GateCriterion.growthAtLeast(0.1, 0.9).reads(adoptions(3)));
        assertFalse(GateCriterion.growthAtLeast(0.1, 0.9).reads(DemandStatistics.empty()));
    }

    private static DemandStatistics adoptionsAndReferrals() {
        return EvidenceStatistics.of(List.of(ReferralObservation.of(ID, BILLING, T0, 0, 1, 1, 1)))
                .demand();
    }

    @Test
    void aDemandCriterionRefusesFiguresOutOfRangeByName() {
        Expect.invalid(
                "growth must be > -1: -1.0",
                "growth",
                "must be > -1",
                -1.0,
                () -> GateCriterion.growthAtLeast(-1, 0.9));
        Expect.invalid(
                "growth must be finite: NaN",
                "growth",
                "must be finite",
                Double.NaN,
                () -> GateCriterion.growthAtLeast(Double.NaN, 0.9));
        Expect.invalid(
                "requiredProbability must be in (0, 1]: 0.0",
                "requiredProbability",
                "must be in (0, 1]",
                0.0,
                () -> GateCriterion.growthAtLeast(0.1, 0));
        Expect.invalid(
                "threshold must be finite and >= 0: -0.1",
                "threshold",
                "must be finite and >= 0",
                -0.1,
                () -> GateCriterion.referralsAtLeast(-0.1, 0.9));
        Expect.invalid(
                "share must be in (0, 1]: 0.0",
                "share",
                "must be in (0, 1]",
                0.0,
                () -> GateCriterion.diffusionReaches(0, 1, 0.9));
        Expect.invalid(
                "share must be in (0, 1]: 1.5",
                "share",
                "must be in (0, 1]",
                1.5,
                () -> GateCriterion.diffusionReaches(1.5, 1, 0.9));
        Expect.invalid(
                "horizon must be >= 0: -1",
                "horizon",
                "must be >= 0",
                -1L,
                () -> GateCriterion.diffusionReaches(0.5, -1, 0.9));
        Expect.invalid(
                "age must be >= 1: 0", "age", "must be >= 1", 0L, () -> GateCriterion.retentionAtLeast(0, 0.5, 0.9));
        Expect.invalid(
                "floor must be in [0, 1]: 1.1",
                "floor",
                "must be in [0, 1]",
                1.1,
                () -> GateCriterion.retentionAtLeast(1, 1.1, 0.9));
        Expect.isNull(
                "hypothesisId",
                () -> GateCriterion.growthAtLeast(0.1, 0.9).judge(null, DemandStatistics.empty(), Option.none()));
        Expect.isNull("demand", () -> GateCriterion.growthAtLeast(0.1, 0.9).judge(ID, null, Option.none()));
        Expect.isNull(
                "audience", () -> GateCriterion.growthAtLeast(0.1, 0.9).judge(ID, DemandStatistics.empty(), null));
        Expect.isNull("demand", () -> GateCriterion.growthAtLeast(0.1, 0.9).reads(null));
        Expect.invalid(
                "reading.verdict must be INCONCLUSIVE when no estimate could be made: SUPPORTED",
                "reading.verdict",
                "must be INCONCLUSIVE when no estimate could be made",
                Verdict.SUPPORTED,
                () -> new DemandReading(ID, Verdict.SUPPORTED, Option.none(), "why"));
        Expect.invalid(
                "reading.probability must be in [0, 1]: 1.5",
                "reading.probability",
                "must be in [0, 1]",
                1.5,
                () -> new DemandReading(ID, Verdict.SUPPORTED, Option.some(1.5), "why"));
        Expect.invalid(
                "reading.reason must not be blank: \" \"",
                "reading.reason",
                "must not be blank",
                " ",
                () -> new DemandReading(ID, Verdict.INCONCLUSIVE, Option.none(), " "));
    }

    // ---- the gate

    private static final Hypothesis DEMAND =
            hypothesis("relationship.demand", BusinessModelArea.CUSTOMER_RELATIONSHIP, Phase.CUSTOMER_CREATION);

    /** A venture in Customer Creation that states the demand hypothesis, advanced by a gate that always proceeds. */
    private static Venture inCreation(long runway) {
        Venture venture = Venture.found(founded(runway, 2));
        ScoringStrategy yes = (h, log) -> PhaseGateTests.assessment(h, Verdict.SUPPORTED, 1.0, 1);
        while (venture.phase() != Phase.CUSTOMER_CREATION) {
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
        return must(venture.apply(stated(DEMAND, venture.lastEventAt())));
    }

    private static Venture record(Venture venture, Seq<? extends Evidence> evidence) {
        Instant at = venture.lastEventAt().plusSeconds(60);
        return must(venture.apply(VentureEvent.EvidenceRecorded.of(evidence, java.math.BigDecimal.ONE, at)));
    }

    /** Cohorts of the given sizes, each retaining {@code keep} of its customers at every later age. */
    private static Seq<CohortObservation> cohorts(double keep, long... acquired) {
        java.util.List<CohortObservation> items = new java.util.ArrayList<>();
        for (int t = 0; t < acquired.length; t++) {
            long[] retained = new long[t];
            long active = acquired[t];
            for (int a = 1; a <= t; a++) {
                retained[a - 1] = (long) Math.floor(acquired[t - a] * keep);
                active += retained[a - 1];
            }
            items.add(CohortObservation.of(DEMAND.id(), BILLING, T0, t, acquired[t], active, retained));
        }
        return List.ofAll(items);
    }

    private static final long[] GROWING = {20, 30, 45, 68, 100, 150, 225};

    @Test
    void theDefaultCreationGateMustSeeDemandGrowAndTwoOfRelationshipRetentionAndReferrals() {
        PhaseGate gate = PhaseGate.defaultFor(Phase.CUSTOMER_CREATION, COUNTING);
        assertEquals(List.of(GateCriterion.growthAtLeast(0.05, 0.95)), gate.mustMeet());
        assertEquals(
                List.of(
                        GateCriterion.area(BusinessModelArea.CUSTOMER_RELATIONSHIP, COUNTING),
                        GateCriterion.retentionAtLeast(1, 0.5, 0.95),
                        GateCriterion.referralsAtLeast(0.1, 0.95)),
                gate.shouldMeet().map(WeightedCriterion::criterion));
        assertTrue(gate.shouldMeet().forAll(w -> w.weight() == 1.0));
        assertEquals(0.05, PhaseGate.DEFAULT_GROWTH);
        assertEquals(0.5, PhaseGate.DEFAULT_RETENTION);
        assertEquals(0.1, PhaseGate.DEFAULT_VIRAL_COEFFICIENT);
        assertEquals(0.95, PhaseGate.DEFAULT_DEMAND_PROBABILITY);

        Venture growing = record(inCreation(100), cohorts(0.8, GROWING));
        GateDecision decision = gate.evaluate(growing, growing.lastEventAt());
        // growth and retention met, referrals and the relationship statements still to come: 1 of 3, may still pass
        assertEquals(GateDecision.Kind.PERSEVERE, decision.kind(), decision.summary());
        CriterionResult growth = decision.trace().mustMeet().head();
        assertTrue(growth.isDemand());
        assertTrue(growth.isMet());
        assertEquals(List.of(DEMAND.id()), growth.demand().map(DemandReading::hypothesisId));
        assertTrue(
                growth.toString()
                        .startsWith(
                                "must-meet adoptions grow at least 5.00% per period with probability"
                                        + " >= 0.95: SUPPORTED [relationship.demand: SUPPORTED (growth 49.5% per period over 7 periods"),
                growth.toString());
        CriterionResult referrals = decision.trace().shouldMeet().get(2);
        assertTrue(referrals.isMissing());
        assertTrue(referrals.toString().endsWith("(nothing to judge: no referral observations)"), referrals.toString());

        Venture referring = record(growing, List.of(ReferralObservation.of(DEMAND.id(), BILLING, T0, 6, 300, 200, 90)));
        GateDecision proceed = gate.evaluate(referring, referring.lastEventAt());
        assertInstanceOf(GateDecision.Proceed.class, proceed, proceed.summary());
        assertEquals(2.0 / 3.0, proceed.trace().shouldMeetScore(), 1e-12);
    }

    @Test
    void shrinkingDemandPivotsOnTheCustomerRelationship() {
        Venture shrinking = record(inCreation(100), cohorts(0.8, 225, 150, 100, 68, 45, 30, 20));
        GateDecision decision =
                PhaseGate.defaultFor(Phase.CUSTOMER_CREATION, COUNTING).evaluate(shrinking, shrinking.lastEventAt());
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision, decision.summary());
        assertEquals(GateDecision.Rule.MUST_MEET_REFUTED, pivot.rule());
        assertEquals(PivotType.fitting(BusinessModelArea.CUSTOMER_RELATIONSHIP), pivot.suggestions());
        assertEquals(Phase.CUSTOMER_VALIDATION, pivot.returnTo());
        assertTrue(
                pivot.failures().contains("demand not shown: adoptions grow at least 5.00% per period"),
                pivot.failures());
        assertEquals(Verdict.REFUTED, pivot.trace().mustMeet().head().evidenceVerdict());
    }

    @Test
    void aSpentBudgetEndsDemandThatIsStillUndecided() {
        Venture flat = record(inCreation(100), cohorts(0.8, 50, 52));
        PhaseGate gate = PhaseGate.defaultFor(Phase.CUSTOMER_CREATION, COUNTING);
        GateDecision waiting = gate.evaluate(flat, flat.lastEventAt());
        assertEquals(GateDecision.Kind.PERSEVERE, waiting.kind());
        assertEquals(Verdict.INCONCLUSIVE, waiting.trace().mustMeet().head().verdict());
        GateDecision spent = gate.withBudget(EvidenceBudget.experiments(1)).evaluate(flat, flat.lastEventAt());
        assertEquals(GateDecision.Kind.PIVOT, spent.kind(), spent.summary());
        CriterionResult growth = spent.trace().mustMeet().head();
        assertTrue(growth.isResolvedByPolicy());
        assertEquals(Verdict.REFUTED, growth.verdict());
        assertTrue(
                growth.toString().contains(": REFUTED (inconclusive, decided by the spent-budget policy)"),
                growth.toString());

        Venture nothing = inCreation(100);
        GateDecision none = gate.withBudget(EvidenceBudget.experiments(1))
                .evaluate(
                        record(nothing, List.of(Statement.supports(DEMAND.id(), BILLING, T0))),
                        nothing.lastEventAt().plusSeconds(61));
        CriterionResult missing = none.trace().mustMeet().head();
        assertTrue(missing.isMissing());
        assertTrue(
                missing.toString().contains("REFUTED (no cohort observations, decided by the spent-budget policy)"),
                missing.toString());
        assertTrue(assertInstanceOf(GateDecision.Persevere.class, gate.evaluate(nothing, nothing.lastEventAt()))
                .summary()
                .contains("still to state: cohort observations"));
    }

    @Test
    void demandEvidenceCountsForAHypothesisWhateverItsMetric() {
        Hypothesis mean = Hypothesis.of(
                HypothesisId.of("cost.cac"),
                "acquisition cost",
                BusinessModelArea.COST_STRUCTURE,
                Phase.CUSTOMER_CREATION,
                SuccessCriterion.meanAtMost(300, "USD", 3));
        Venture venture =
                must(inCreation(100).apply(stated(mean, inCreation(100).lastEventAt())));
        Venture recorded = record(
                venture,
                List.of(
                        CohortObservation.of(mean.id(), BILLING, T0, 0, 10, 10),
                        ReferralObservation.of(mean.id(), BILLING, T0, 0, 1, 1, 1)));
        assertEquals(
                2,
                recorded.evidence().statistics(mean.id()).demand().cohortObservations()
                        + recorded.evidence().statistics(mean.id()).demand().referralObservations());
        // a statement still cannot count for a mean
        assertTrue(venture.apply(
                        interviews(mean.id(), true, 1, venture.lastEventAt().plusSeconds(60))
                                .head())
                .isLeft());
    }

    @Test
    void aDemandResultHoldsOnlyReadings() {
        GateCriterion.DemandShown growth = GateCriterion.growthAtLeast(0.05, 0.95);
        DemandReading met = new DemandReading(ID, Verdict.SUPPORTED, Option.some(0.99), "fast");
        DemandReading open = new DemandReading(ID, Verdict.INCONCLUSIVE, Option.none(), "short");
        DemandReading refuted = new DemandReading(ID, Verdict.REFUTED, Option.some(0.01), "slow");
        CriterionResult.Requirement must = CriterionResult.Requirement.MUST_MEET;
        assertEquals(
                Verdict.SUPPORTED,
                CriterionResult.ofDemand(growth, must, 1, List.of(met, met)).verdict());
        assertEquals(
                Verdict.INCONCLUSIVE,
                CriterionResult.ofDemand(growth, must, 1, List.of(met, open)).verdict());
        assertEquals(
                Verdict.REFUTED,
                CriterionResult.ofDemand(growth, must, 1, List.of(open, refuted, met))
                        .verdict());
        assertEquals(
                Verdict.INCONCLUSIVE,
                CriterionResult.ofDemand(growth, must, 1, List.empty()).verdict());
        CriterionResult result = CriterionResult.ofDemand(growth, must, 1, List.of(open));
        assertFalse(result.isAudience());
        assertFalse(result.isMissing());
        assertTrue(result.against().isEmpty());
        CriterionResult resolved = result.resolvedAs(Verdict.REFUTED);
        assertEquals(List.of(open), resolved.demand());
        assertEquals(
                "must-meet " + growth.describe() + ": REFUTED (inconclusive, decided by the spent-budget policy)"
                        + " [demand.grows: INCONCLUSIVE (short)]",
                resolved.toString());
        Expect.isNull("readings[1]", () -> CriterionResult.ofDemand(growth, must, 1, List.of(met, null)));
        // a refuted reading does not hide a null after it
        Expect.isNull("readings[1]", () -> CriterionResult.ofDemand(growth, must, 1, List.of(refuted, null)));
        CriterionResult area = CriterionResult.of(
                GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING), must, 1, List.<Assessment>empty());
        assertFalse(area.isDemand());
        assertTrue(area.demand().isEmpty());
    }

    @Test
    void aHandBuiltDemandResultKeepsTheSameHonesty() {
        GateCriterion.DemandShown growth = GateCriterion.growthAtLeast(0.05, 0.95);
        DemandReading met = new DemandReading(ID, Verdict.SUPPORTED, Option.some(0.99), "fast");
        Assessment assessment = PhaseGateTests.assessment(DEMAND, Verdict.SUPPORTED, 1.0, 1);
        Expect.invalid(
                "assessments must be empty for a demand criterion: " + List.of(assessment),
                "assessments",
                "must be empty for a demand criterion",
                List.of(assessment),
                () -> new ImmutableCriterionResult.Builder()
                        .criterion(growth)
                        .requirement(CriterionResult.Requirement.MUST_MEET)
                        .weight(1)
                        .assessments(List.of(assessment))
                        .demand(List.of(met))
                        .evidenceVerdict(Verdict.SUPPORTED)
                        .verdict(Verdict.SUPPORTED)
                        .build());
        io.github.custdev.audience.Viability viable =
                GateCriterion.audienceViable(0.9).judge(audience("groups", 10_000, 0.5));
        Expect.invalid(
                "viability must be empty for a demand criterion: " + Option.some(viable),
                "viability",
                "must be empty for a demand criterion",
                Option.some(viable),
                () -> new ImmutableCriterionResult.Builder()
                        .criterion(growth)
                        .requirement(CriterionResult.Requirement.MUST_MEET)
                        .weight(1)
                        .assessments(List.empty())
                        .viability(Option.some(viable))
                        .demand(List.of(met))
                        .evidenceVerdict(Verdict.SUPPORTED)
                        .verdict(Verdict.SUPPORTED)
                        .build());
        Expect.invalid(
                "demand must be empty for a criterion that is not a demand criterion: " + List.of(met),
                "demand",
                "must be empty for a criterion that is not a demand criterion",
                List.of(met),
                () -> new ImmutableCriterionResult.Builder()
                        .criterion(GateCriterion.audienceViable(0.9))
                        .requirement(CriterionResult.Requirement.MUST_MEET)
                        .weight(1)
                        .assessments(List.empty())
                        .demand(List.of(met))
                        .evidenceVerdict(Verdict.INCONCLUSIVE)
                        .verdict(Verdict.INCONCLUSIVE)
                        .build());
        Expect.invalid(
                "evidenceVerdict must be the readings' combined verdict (SUPPORTED): REFUTED",
                "evidenceVerdict",
                "must be the readings' combined verdict (SUPPORTED)",
                Verdict.REFUTED,
                () -> new ImmutableCriterionResult.Builder()
                        .criterion(growth)
                        .requirement(CriterionResult.Requirement.MUST_MEET)
                        .weight(1)
                        .assessments(List.empty())
                        .demand(List.of(met))
                        .evidenceVerdict(Verdict.REFUTED)
                        .verdict(Verdict.REFUTED)
                        .build());
    }

    @Test
    void anUndecidedDemandIsARiskAsUncertainAsItsProbability() {
        PhaseGate gate = PhaseGate.defaultFor(Phase.CUSTOMER_CREATION, COUNTING);
        Venture flat = record(inCreation(100), cohorts(0.8, 50, 52));
        GateDecision.Persevere waiting =
                assertInstanceOf(GateDecision.Persevere.class, gate.evaluate(flat, flat.lastEventAt()));
        double p =
                waiting.trace().mustMeet().head().demand().head().probability().get();
        assertTrue(p > 0.05 && p < 0.95, "undecided: " + p);
        Risk risk =
                waiting.risks().find(r -> r.hypothesisId().equals(DEMAND.id())).get();
        assertEquals(1.0 - Math.abs(2.0 * p - 1.0), risk.uncertainty(), 1e-12);
        assertFalse(risk.isUntested());
        Venture one = record(inCreation(100), cohorts(0.8, 50));
        GateDecision.Persevere short_ =
                assertInstanceOf(GateDecision.Persevere.class, gate.evaluate(one, one.lastEventAt()));
        Risk untested =
                short_.risks().find(r -> r.hypothesisId().equals(DEMAND.id())).get();
        assertTrue(untested.isUntested());
        assertEquals(1.0, untested.uncertainty());
    }
}
