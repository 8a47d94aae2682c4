package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.CriterionResult.Requirement;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The laws of phase gates, over random Discovery ventures and random gates: monotonicity in the evidence, no
 * Persevere on a spent budget, and decisions that agree with their own trace. The scoring strategy is a counting
 * one, so that the gate's logic is tested apart from any statistics.
 */
// Statistics of the generated cases are printed only when a property fails: the build log stays short.
@StatisticsReport(onFailureOnly = true)
class PhaseGateProperties {
    private static final BusinessModelArea[] MUST = {
        BusinessModelArea.CUSTOMER_SEGMENT, BusinessModelArea.PROBLEM, BusinessModelArea.VALUE_PROPOSITION
    };
    private static final BusinessModelArea[] SHOULD = {BusinessModelArea.REVENUE, BusinessModelArea.CHANNEL};

    /** One hypothesis of the scenario and the interviews held for it. */
    record Tested(BusinessModelArea area, double importance, int supporting, int refuting) {}

    /**
     * The audience a scenario chooses: none, or one whose conversion is known or comes from an assessment of the
     * first hypothesis with the given interval. With {@link Fixtures#ECONOMICS}, 100 paying customers break even.
     */
    record Chosen(long reach, double lower, double upper) {
        static final Chosen NONE = new Chosen(0, 0, 0);

        boolean isNone() {
            return reach == 0;
        }

        Audience audience(HypothesisId source) {
            Conversion conversion = lower == upper
                    ? Conversion.of(lower)
                    : Conversion.from(io.github.custdev.scoring.Assessment.builder()
                            .hypothesisId(source)
                            .verdict(Verdict.INCONCLUSIVE)
                            .estimate((lower + upper) / 2)
                            .interval(io.github.custdev.scoring.Interval.credible(lower, upper, 0.95))
                            .probability(0.5)
                            .statisticName("rate")
                            .statistic((lower + upper) / 2)
                            .sampleSize(10)
                            .effectiveSampleSize(10)
                            .strategy("given")
                            .reason("given interval")
                            .build());
            return Audience.of("audience", reach, conversion, Fixtures.ECONOMICS);
        }

        /** The same audience with a higher conversion: every bound raised by {@code by}, within [0, 1]. */
        Chosen raised(double by) {
            return isNone() ? this : new Chosen(reach, Math.min(1, lower + by), Math.min(1, upper + by));
        }
    }

    /** A venture in Discovery: its hypotheses, the evidence for them, its runway to spare, its pivots and audience. */
    record Scenario(Seq<Tested> hypotheses, int spareRunway, int pivots, boolean premature, Chosen chosen) {
        Venture venture() {
            long experiments = hypotheses
                    .map(t -> (long) t.supporting() + t.refuting())
                    .sum()
                    .longValue();
            Venture venture = Venture.found(
                    VentureEvent.Founded.of("Scenario", Runway.experiments(experiments + spareRunway), pivots, T0));
            Instant at = T0;
            for (int i = 0; i < hypotheses.size(); i++) {
                venture = venture.apply(VentureEvent.HypothesisStated.of(hypothesis(i), at))
                        .get();
            }
            if (premature) {
                venture = venture.apply(VentureEvent.RoleHired.of(Role.VP_SALES, at))
                        .get();
            }
            for (int i = 0; i < hypotheses.size(); i++) {
                Tested tested = hypotheses.get(i);
                for (int k = 0; k < tested.supporting() + tested.refuting(); k++) {
                    at = at.plusSeconds(60);
                    venture = venture.apply(Fixtures.said(id(i), k < tested.supporting(), at))
                            .get();
                }
            }
            return choose(venture, chosen);
        }

        /** The venture with the audience chosen (at its last instant), or unchanged for none. */
        static Venture choose(Venture venture, Chosen chosen) {
            if (chosen.isNone()) {
                return venture;
            }
            return venture.apply(VentureEvent.AudienceChosen.of(chosen.audience(id(0)), venture.lastEventAt()))
                    .getOrElse(venture);
        }

        Hypothesis hypothesis(int i) {
            Tested tested = hypotheses.get(i);
            return Hypothesis.of(
                            id(i),
                            "hypothesis " + i,
                            tested.area(),
                            Phase.CUSTOMER_DISCOVERY,
                            SuccessCriterion.proportionAtLeast(0.5, 4))
                    .withImportance(tested.importance());
        }

        static HypothesisId id(int i) {
            return HypothesisId.of("h" + i);
        }
    }

    /** A gate with its parts, for the trace checks. */
    record Gate(PhaseGate gate, long offsetSeconds) {}

    /** Hypotheses of the given areas, each with its interviews; favourable ones mostly supported. */
    private static Arbitrary<Tested> tested(Arbitrary<BusinessModelArea> areas, boolean favourable) {
        return Combinators.combine(
                        areas,
                        Arbitraries.doubles().between(0.5, 5).ofScale(1),
                        favourable
                                ? Arbitraries.integers().between(3, 8)
                                : Arbitraries.integers().between(0, 6),
                        favourable
                                ? Arbitraries.integers().between(0, 1)
                                : Arbitraries.integers().between(0, 4))
                .as(Tested::new);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Seq<Tested>> hypotheses = Arbitraries.of(true, false).flatMap(favourable -> {
            // One hypothesis for each must-meet area at least, then a few more of any must or should area.
            Arbitrary<Seq<Tested>> firsts = Combinators.combine(
                            tested(Arbitraries.just(MUST[0]), favourable),
                            tested(Arbitraries.just(MUST[1]), favourable),
                            tested(Arbitraries.just(MUST[2]), favourable))
                    .as((a, b, c) -> Vector.of(a, b, c));
            Arbitrary<java.util.List<Tested>> more = tested(
                            Arbitraries.of(
                                    BusinessModelArea.CUSTOMER_SEGMENT,
                                    BusinessModelArea.PROBLEM,
                                    BusinessModelArea.REVENUE,
                                    BusinessModelArea.CHANNEL),
                            favourable)
                    .list()
                    .ofMaxSize(3);
            return Combinators.combine(firsts, more).as((f, m) -> f.appendAll(m));
        });
        return Combinators.combine(
                        hypotheses,
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of(true, false),
                        audiences())
                .as(Scenario::new);
    }

    /**
     * No audience a third of the time; otherwise a known rate or an interval, expecting from half to twice the 100
     * paying customers needed.
     */
    @Provide
    Arbitrary<Chosen> audiences() {
        Arbitrary<Long> reach = Arbitraries.longs().between(1_000, 5_000);
        Arbitrary<Double> factor = Arbitraries.doubles().between(0.5, 2).ofScale(2);
        Arbitrary<Chosen> known =
                Combinators.combine(reach, factor).as((r, f) -> new Chosen(r, f * 100 / r, f * 100 / r));
        Arbitrary<Chosen> uncertain = Combinators.combine(
                        reach, factor, Arbitraries.doubles().between(0.05, 0.6).ofScale(2))
                .as((r, f, w) -> new Chosen(r, f * 100 / r * (1 - w), f * 100 / r * (1 + w)));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Chosen.NONE)), Tuple.of(1, known), Tuple.of(1, uncertain));
    }

    @Provide
    Arbitrary<SpentBudgetPolicy> policies() {
        SpentBudgetPolicy undecided = result -> Verdict.INCONCLUSIVE;
        SpentBudgetPolicy absent = result -> null;
        return Arbitraries.oneOf(
                Arbitraries.just(SpentBudgetPolicies.treatAsRefuted()),
                Arbitraries.doubles().between(0.5, 1).map(SpentBudgetPolicies::byLeaning),
                Arbitraries.of(undecided, absent));
    }

    @Provide
    Arbitrary<ScoringStrategy> strategies() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(1, 4))
                .as(Fixtures::counting);
    }

    @Provide
    Arbitrary<EvidenceBudget> budgets() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 40).map(EvidenceBudget::experiments),
                Arbitraries.longs().between(1, 40).map(EvidenceBudget::evidence),
                Arbitraries.longs().between(0, 3000).map(s -> EvidenceBudget.until(T0.plusSeconds(s))),
                Arbitraries.just(EvidenceBudget.experiments(1000)));
    }

    @Provide
    Arbitrary<PhaseGate> gates() {
        return Combinators.combine(
                        strategies(),
                        budgets(),
                        policies(),
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.doubles().between(0, 1).ofScale(2),
                        Arbitraries.doubles().between(0.5, 1).ofScale(2))
                .as((strategy, budget, policy, shoulds, pass, probability) -> {
                    PhaseGate.Builder gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                            .budget(budget)
                            .whenBudgetSpent(policy)
                            .passScore(pass);
                    for (BusinessModelArea area : MUST) {
                        gate.mustMeet(GateCriterion.area(area, strategy));
                    }
                    if ((shoulds & 1) != 0) {
                        gate.shouldMeet(GateCriterion.area(BusinessModelArea.REVENUE, strategy), 2);
                    }
                    if ((shoulds & 2) != 0) {
                        gate.shouldMeet(GateCriterion.area(BusinessModelArea.CHANNEL, strategy), 1);
                    }
                    if ((shoulds & 4) != 0) {
                        // The chosen audience, as a must-meet criterion or (with two should-meet areas) a should-meet.
                        GateCriterion audience = GateCriterion.audienceViable(probability);
                        if ((shoulds & 3) == 3) {
                            gate.shouldMeet(audience, 1.5);
                        } else {
                            gate.mustMeet(audience);
                        }
                    }
                    return gate.build();
                });
    }

    private static Instant after(Venture venture, int seconds) {
        return venture.lastEventAt().plusSeconds(seconds);
    }

    /** The venture with {@code n} more interviews for hypothesis {@code i}, or unchanged if the runway ran out. */
    private static Venture more(Venture venture, Scenario scenario, int i, boolean supports, int n) {
        HypothesisId id = Scenario.id(i % scenario.hypotheses().size());
        Venture after = venture;
        for (int k = 0; k < n; k++) {
            Instant at = after.lastEventAt().plusSeconds(60);
            after = after.apply(Fixtures.said(id, supports, at)).getOrElse(after);
        }
        return after;
    }

    @Property(tries = 250)
    void moreSupportingEvidenceNeverTurnsAProceedIntoAPivotOrKill(
            @ForAll("scenarios") Scenario scenario,
            @ForAll("gates") PhaseGate gate,
            @ForAll @IntRange(min = 0, max = 20) int which,
            @ForAll @IntRange(min = 1, max = 5) int n,
            @ForAll @IntRange(min = 0, max = 4000) int wait) {
        Venture venture = scenario.venture();
        Venture supported = more(venture, scenario, which, true, n);
        Instant at = after(supported, wait);
        GateDecision before = gate.evaluate(venture, at);
        GateDecision after = gate.evaluate(supported, at);
        Statistics.label("before").collect(before.kind());
        if (before.kind() == GateDecision.Kind.PROCEED) {
            Statistics.label("after a Proceed").collect(after.kind());
            assertEquals(GateDecision.Kind.PROCEED, after.kind(), after.toText());
        }
        Statistics.label("before")
                .coverage(c -> c.check(GateDecision.Kind.PROCEED).percentage(p -> p > 5));
    }

    @Property(tries = 250)
    void moreRefutingEvidenceNeverTurnsAPivotIntoAProceed(
            @ForAll("scenarios") Scenario scenario,
            @ForAll("gates") PhaseGate gate,
            @ForAll @IntRange(min = 0, max = 20) int which,
            @ForAll @IntRange(min = 1, max = 5) int n,
            @ForAll @IntRange(min = 0, max = 4000) int wait) {
        Venture venture = scenario.venture();
        Venture refuted = more(venture, scenario, which, false, n);
        Instant at = after(refuted, wait);
        GateDecision before = gate.evaluate(venture, at);
        GateDecision after = gate.evaluate(refuted, at);
        Statistics.label("before").collect(before.kind());
        if (before.kind() == GateDecision.Kind.PIVOT || before.kind() == GateDecision.Kind.KILL) {
            assertNotEquals(GateDecision.Kind.PROCEED, after.kind(), after.toText());
        }
        Statistics.label("before")
                .coverage(c -> c.check(GateDecision.Kind.PIVOT).percentage(p -> p > 5));
    }

    @Property(tries = 250)
    void withTheBudgetSpentNoGatePerseveres(
            @ForAll("scenarios") Scenario scenario,
            @ForAll("gates") PhaseGate gate,
            @ForAll @IntRange(min = 0, max = 3) int how,
            @ForAll @IntRange(min = 0, max = 50) int slack) {
        Venture venture = scenario.venture();
        Instant at = after(venture, slack);
        EvidenceBudget spent;
        if (venture.phaseExperimentCount() == 0 && how < 2) {
            how = 2; // nothing recorded: only time can run out
        }
        switch (how) {
            case 0:
                spent = EvidenceBudget.experiments(Math.max(1, venture.phaseExperimentCount() - slack % 3));
                break;
            case 1:
                spent = EvidenceBudget.evidence(Math.max(1, venture.phaseEvidenceCount() - slack % 3));
                break;
            case 2:
                spent = EvidenceBudget.until(at.minusSeconds(slack));
                break;
            default:
                // The runway: spend it all on one more experiment each until it is gone.
                Venture broke = venture;
                while (!broke.runway().isExhausted()) {
                    Instant later = broke.lastEventAt().plusSeconds(1);
                    broke = broke.apply(Fixtures.said(Scenario.id(0), slack % 2 == 0, later))
                            .get();
                }
                venture = broke;
                at = after(venture, 0);
                spent = EvidenceBudget.experiments(1000);
        }
        Assume.spent(gate.withBudget(spent), venture, at);
        GateDecision decision = gate.withBudget(spent).evaluate(venture, at);
        Statistics.label("decision").collect(decision.kind());
        assertTrue(decision.trace().isBudgetSpent());
        assertNotEquals(GateDecision.Kind.PERSEVERE, decision.kind(), decision.toText());
        assertTrue(decision.trace().results().forAll(r -> r.verdict().isDecided()), decision.toText());
    }

    /** Checks that a budget is spent for a venture at an instant (the generators above make sure of it). */
    private static final class Assume {
        static void spent(PhaseGate gate, Venture venture, Instant at) {
            assertTrue(
                    gate.budget().isSpent(venture.phaseEvidenceCount(), venture.phaseExperimentCount(), at)
                            || venture.runway().isExhausted(),
                    "the generator must spend the budget");
        }
    }

    @Property(tries = 250)
    void aMoreViableAudienceNeverTurnsAProceedIntoAPivotOrKill(
            @ForAll("scenarios") Scenario scenario,
            @ForAll("gates") PhaseGate gate,
            @ForAll @IntRange(min = 1, max = 60) int points,
            @ForAll @IntRange(min = 0, max = 4000) int wait) {
        Venture venture = scenario.venture();
        Venture better = Scenario.choose(venture, scenario.chosen().raised(points / 1000.0));
        Instant at = after(better, wait);
        GateDecision before = gate.evaluate(venture, at);
        GateDecision after = gate.evaluate(better, at);
        Statistics.label("before").collect(before.kind());
        if (before.kind() == GateDecision.Kind.PROCEED) {
            assertEquals(GateDecision.Kind.PROCEED, after.kind(), after.toText());
        }
        if (!scenario.chosen().isNone() && !better.equals(venture)) {
            Statistics.label("audience").collect(before.kind() + " -> " + after.kind());
        }
    }

    @Property(tries = 300)
    void everyDecisionAgreesWithItsTrace(
            @ForAll("scenarios") Scenario scenario,
            @ForAll("gates") PhaseGate gate,
            @ForAll @IntRange(min = 0, max = 4000) int wait) {
        Venture venture = scenario.venture();
        Instant at = after(venture, wait);
        GateDecision decision = gate.evaluate(venture, at);
        GateTrace trace = decision.trace();
        Statistics.label("decision").collect(decision.kind(), decision.rule());

        boolean spent = gate.budget().isSpent(venture.phaseEvidenceCount(), venture.phaseExperimentCount(), at)
                || venture.runway().isExhausted();
        assertEquals(spent, trace.isBudgetSpent());
        assertEquals(gate.mustMeet(), trace.mustMeet().map(CriterionResult::criterion));
        assertEquals(
                gate.shouldMeet().map(WeightedCriterion::criterion),
                trace.shouldMeet().map(CriterionResult::criterion));
        assertTrue(trace.mustMeet().forAll(r -> r.requirement() == Requirement.MUST_MEET));
        assertTrue(trace.shouldMeet().forAll(r -> r.requirement() == Requirement.SHOULD_MEET));
        for (CriterionResult result : trace.results()) {
            assertEquals(spent && result.evidenceVerdict() == Verdict.INCONCLUSIVE, result.isResolvedByPolicy());
            if (result.criterion() instanceof GateCriterion.AudienceViable audience) {
                // An audience criterion judged the venture's chosen audience, and nothing else.
                assertEquals(venture.audience().map(audience::judge), result.viability());
                assertTrue(result.assessments().isEmpty());
                assertEquals(
                        result.viability()
                                .map(v -> v.isViable() ? Verdict.SUPPORTED : Verdict.REFUTED)
                                .getOrElse(Verdict.INCONCLUSIVE),
                        result.evidenceVerdict());
                Statistics.label("audience").collect(result.verdict());
                continue;
            }
            // Each criterion judged every active hypothesis of its area, as the strategy assesses it now.
            assertTrue(result.viability().isEmpty());
            BusinessModelArea area = ((GateCriterion.AreaSupported) result.criterion()).area();
            Seq<Hypothesis> judged = venture.activeHypotheses().filter(h -> h.area() == area);
            assertEquals(judged.map(Hypothesis::id), result.assessments().map(a -> a.hypothesisId()));
            assertEquals(
                    judged.map(h -> ((GateCriterion.AreaSupported) result.criterion())
                            .strategy()
                            .assess(h, venture.evidence())),
                    result.assessments());
        }
        double total = trace.shouldMeet().map(CriterionResult::weight).sum().doubleValue();
        double met = trace.shouldMeet()
                .filter(CriterionResult::isMet)
                .map(CriterionResult::weight)
                .sum()
                .doubleValue();
        assertEquals(total == 0 ? 1.0 : met / total, trace.shouldMeetScore(), 1e-12);

        boolean mustRefuted = trace.mustMeet().exists(r -> r.verdict() == Verdict.REFUTED);
        boolean mustOpen = trace.mustMeet().exists(r -> r.verdict() == Verdict.INCONCLUSIVE);
        boolean passes = trace.shouldMeetScore() >= gate.passScore();
        boolean canGoOn = venture.pivotsLeft() > 0 && !venture.runway().isExhausted();
        switch (decision.kind()) {
            case PROCEED:
                assertTrue(trace.mustMeet().forAll(CriterionResult::isMet) && passes);
                break;
            case PERSEVERE:
                assertFalse(spent || mustRefuted);
                assertTrue(mustOpen || !passes);
                GateDecision.Persevere persevere = (GateDecision.Persevere) decision;
                Seq<Double> risks = persevere.risks().map(Risk::risk);
                assertEquals(risks.sorted().reverse(), risks, "riskiest first");
                persevere.risks().forEach(r -> {
                    Hypothesis h = venture.hypothesis(r.hypothesisId()).get();
                    assertEquals(h.importance() * r.uncertainty(), r.risk(), 1e-12);
                    assertEquals(venture.evidence().statistics(h.id()).trials() == 0, r.isUntested(), r.toString());
                });
                break;
            case PIVOT:
                assertTrue(canGoOn);
                assertTrue(mustRefuted || (!mustOpen && !passes));
                // A failed audience criterion suggests the pivots that fit its audience.
                GateDecision.Pivot pivot = (GateDecision.Pivot) decision;
                for (CriterionResult failed : trace.failed()) {
                    if (failed.isAudience()) {
                        Seq<PivotType> fitting =
                                failed.viability().map(PivotType::fitting).getOrElse(PivotType.SMALL_AUDIENCE);
                        assertTrue(pivot.suggestions().containsAll(fitting), pivot.summary());
                    }
                }
                assertFalse(pivot.suggestions().isEmpty(), pivot.toText());
                break;
            case KILL:
            default:
                assertFalse(canGoOn);
                assertTrue(mustRefuted || (!mustOpen && !passes));
                break;
        }
        Statistics.label("audience").coverage(c -> {
            c.check(Verdict.SUPPORTED).count(n -> n > 0);
            c.check(Verdict.REFUTED).count(n -> n > 0);
        });
        assertEquals(scenario.premature(), trace.isScalingPrematurely());
        assertEquals(decision, gate.evaluate(venture, at), "deterministic");
        assertEquals(venture, Venture.replay(venture.history()).get(), "the gate never changes the venture");
    }

    @Property(tries = 100)
    void aRecordedDecisionIsAcceptedAndReplayed(
            @ForAll("scenarios") Scenario scenario, @ForAll("gates") PhaseGate gate) {
        Venture venture = scenario.venture();
        GateDecision decision = gate.evaluate(venture, after(venture, 1));
        Venture recorded =
                venture.apply(VentureEvent.GateEvaluated.of(decision)).get();
        assertEquals(List.of(decision), recorded.decisions());
        assertEquals(recorded, Venture.replay(recorded.history()).get());
    }
}
