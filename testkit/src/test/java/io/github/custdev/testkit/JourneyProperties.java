package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotDecision;
import io.github.custdev.Rejection;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.SpentBudgetPolicies;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.testkit.internal.Generators;
import io.vavr.control.Either;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Generated event sequences are valid histories, hold what their configuration asks, and carry real decisions. */
@PropertyDefaults(tries = 60)
class JourneyProperties {

    /** Coverage is checked on a fixed seed, so that it cannot fail by chance. */
    @Property(seed = "20261123", tries = 100)
    @StatisticsReport(onFailureOnly = true)
    void everySequenceReplaysAndItsDecisionsFitTheVentureTheyWereTakenOn(
            @ForAll("sequences") List<VentureEvent> events) {
        assertInstanceOf(VentureEvent.Founded.class, events.get(0));
        Either<Rejection, Venture> replayed = Venture.replay(events);
        assertTrue(replayed.isRight(), () -> replayed.getLeft().message());
        assertEquals(events, replayed.get().history().asJava());
        Venture before = Venture.found((VentureEvent.Founded) events.get(0));
        for (VentureEvent event : events.subList(1, events.size())) {
            Statistics.label("event").collect(event.getClass().getSimpleName().replace("Immutable", ""));
            if (event instanceof VentureEvent.GateEvaluated gateEvaluated) {
                GateDecision decision = gateEvaluated.decision();
                Statistics.label("decision").collect(decision.kind());
                assertDecidedOn(before, decision);
            }
            if (event instanceof VentureEvent.Pivoted pivoted) {
                PivotDecision pivot = pivoted.decision();
                for (HypothesisId retired : pivot.retired()) {
                    assertTrue(before.isActive(retired), "a pivot retires active hypotheses");
                }
                before.currentDecision().forEach(decision -> {
                    if (decision instanceof GateDecision.Pivot called) {
                        assertTrue(
                                pivot.retired().containsAll(called.refuted()),
                                "a pivot after a gate's Pivot retires what the gate refuted");
                    }
                });
            }
            before = before.apply(event).get();
        }
        Statistics.label("event").coverage(coverage -> {
            for (String kind : List.of(
                    "HypothesisStated",
                    "EvidenceRecorded",
                    "GateEvaluated",
                    "Pivoted",
                    "PhaseAdvanced",
                    "RoleHired",
                    "AudienceChosen",
                    "Closed")) {
                coverage.check(kind).count(c -> c > 0);
            }
        });
        Statistics.label("decision").coverage(coverage -> {
            for (GateDecision.Kind kind : GateDecision.Kind.values()) {
                coverage.check(kind).count(c -> c > 0);
            }
        });
    }

    /** The decision's trace agrees with the venture the gate read: its phase, budget use, runway, pivots, hires. */
    private static void assertDecidedOn(Venture venture, GateDecision decision) {
        assertEquals(venture.phase(), decision.phase());
        assertFalse(decision.decidedAt().isBefore(venture.lastEventAt()));
        assertEquals(venture.phaseEvidenceCount(), decision.trace().evidenceUsed());
        assertEquals(venture.phaseExperimentCount(), decision.trace().experimentsUsed());
        assertEquals(venture.runway(), decision.trace().runway());
        assertEquals(venture.pivotsUsed(), decision.trace().pivotsUsed());
        assertEquals(venture.prematureScaling(), decision.trace().prematureScaling());
    }

    @Provide
    Arbitrary<List<VentureEvent>> sequences() {
        return CustDevArbitraries.eventSequences();
    }

    @Property
    void venturesAreTheReplayOfTheirSequences(@ForAll long seed) {
        EventSequenceArbitrary sequences = CustDevArbitraries.eventSequences().ofLength(5, 30);
        List<VentureEvent> events = GeneratorProperties.sample(sequences, seed);
        Venture venture = GeneratorProperties.sample(sequences.ventures(), seed);
        assertEquals(Venture.replay(events).get(), venture);
    }

    @Property
    void sequencesHaveTheConfiguredLength(@ForAll("fiveToTwelve") List<VentureEvent> events) {
        assertTrue(events.size() <= 12, () -> "at most 12 events: " + events.size());
        assertTrue(events.size() >= 5, () -> "at least 5 events: " + events.size());
    }

    @Provide
    Arbitrary<List<VentureEvent>> fiveToTwelve() {
        return CustDevArbitraries.eventSequences().ofLength(5, 12);
    }

    @Property
    void sequencesHoldOnlyTheConfiguredKinds(@ForAll("statementsAndEvidence") List<VentureEvent> events) {
        assertInstanceOf(VentureEvent.Founded.class, events.get(0));
        for (VentureEvent event : events.subList(1, events.size())) {
            assertTrue(
                    event instanceof VentureEvent.HypothesisStated || event instanceof VentureEvent.EvidenceRecorded,
                    event::toString);
        }
        assertTrue(Venture.replay(events).isRight());
    }

    @Provide
    Arbitrary<List<VentureEvent>> statementsAndEvidence() {
        return CustDevArbitraries.eventSequences()
                .ofKinds(VentureEvent.HypothesisStated.class, VentureEvent.EvidenceRecorded.class);
    }

    @Property
    void withPrematureScalingAnExecutorIsHiredWhileSearchingAndEveryLaterTraceShowsIt(
            @ForAll("premature") Venture venture) {
        assertTrue(venture.isScalingPrematurely(), venture::toString);
        assertTrue(venture.prematureScaling().head().role().isExecutor());
        assertTrue(venture.prematureScaling().head().phase().isSearch());
        Venture sofar = Venture.found((VentureEvent.Founded) venture.history().head());
        for (VentureEvent event : venture.history().tail()) {
            if (event instanceof VentureEvent.GateEvaluated gateEvaluated) {
                assertEquals(
                        sofar.isScalingPrematurely(),
                        gateEvaluated.decision().trace().isScalingPrematurely());
            }
            sofar = sofar.apply(event).get();
        }
    }

    @Provide
    Arbitrary<Venture> premature() {
        return CustDevArbitraries.eventSequences().withPrematureScaling().ventures();
    }

    @Property
    void withoutPrematureScalingExecutorsAreHiredOnlyOnceExecuting(@ForAll("disciplined") Venture venture) {
        assertFalse(venture.isScalingPrematurely(), venture::toString);
    }

    @Provide
    Arbitrary<Venture> disciplined() {
        return CustDevArbitraries.eventSequences().withoutPrematureScaling().ventures();
    }

    @Property(seed = "20261123")
    @StatisticsReport(onFailureOnly = true)
    void byDefaultSomeVenturesScalePrematurelyAndSomeDoNot(@ForAll Venture venture) {
        Statistics.label("premature").collect(venture.isScalingPrematurely());
        Statistics.label("premature").coverage(coverage -> {
            coverage.check(true).count(c -> c > 0);
            coverage.check(false).count(c -> c > 0);
        });
    }

    @Property
    void gatesAreTheOnesGiven(@ForAll("judgedByDefaultGates") List<VentureEvent> events) {
        Venture venture = Venture.found((VentureEvent.Founded) events.get(0));
        for (VentureEvent event : events.subList(1, events.size())) {
            if (event instanceof VentureEvent.GateEvaluated gateEvaluated) {
                GateDecision decision = gateEvaluated.decision();
                PhaseGate gate =
                        PhaseGate.defaultFor(venture.phase()).withWhenBudgetSpent(SpentBudgetPolicies.byLeaning(0.7));
                assertEquals(gate.evaluate(venture, decision.decidedAt()), decision);
            }
            venture = venture.apply(event).get();
        }
    }

    @Provide
    Arbitrary<List<VentureEvent>> judgedByDefaultGates() {
        return CustDevArbitraries.eventSequences()
                .judgedBy(phase -> PhaseGate.defaultFor(phase).withWhenBudgetSpent(SpentBudgetPolicies.byLeaning(0.7)));
    }

    private static final Venture FIXTURE = Venture.replay(List.of(
                    VentureEvent.Founded.of("Fixture", Runway.experiments(30), 1, Generators.START),
                    VentureEvent.HypothesisStated.of(
                            Hypothesis.of(
                                    HypothesisId.of("segment-1"),
                                    "Group practices book by phone",
                                    BusinessModelArea.CUSTOMER_SEGMENT,
                                    Phase.CUSTOMER_DISCOVERY,
                                    SuccessCriterion.proportionAtLeast(0.5, 5)),
                            Generators.START)))
            .get();

    @Property
    void continuationsFitTheVentureTheyContinue(@ForAll("continuations") List<VentureEvent> events) {
        assertTrue(events.size() <= 10);
        for (VentureEvent event : events) {
            assertFalse(event instanceof VentureEvent.Founded);
        }
        Either<Rejection, Venture> continued = FIXTURE.applyAll(events);
        assertTrue(continued.isRight(), () -> continued.getLeft().message());
    }

    @Provide
    Arbitrary<List<VentureEvent>> continuations() {
        return CustDevArbitraries.eventSequences().continuing(FIXTURE).ofLength(0, 10);
    }

    @Example
    void theSameSeedGivesTheSameJourney() {
        EventSequenceArbitrary sequences = CustDevArbitraries.eventSequences();
        assertEquals(GeneratorProperties.sample(sequences, 5), GeneratorProperties.sample(sequences, 5));
    }

    @Example
    void aClosingEndsTheSequence() {
        for (int seed = 0; seed < 100; seed++) {
            List<VentureEvent> events = GeneratorProperties.sample(CustDevArbitraries.eventSequences(), seed);
            for (int i = 0; i < events.size() - 1; i++) {
                assertFalse(events.get(i) instanceof VentureEvent.Closed, "nothing follows a closing");
            }
        }
    }

    @Example
    void theTeamHiresBothKindsOfRoles() {
        Set<Boolean> executors = new java.util.HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            for (Role role : GeneratorProperties.sample(CustDevArbitraries.ventures(), seed)
                    .team()) {
                executors.add(role.isExecutor());
            }
        }
        assertEquals(Set.of(true, false), executors);
    }

    @Example
    void gatesJudgeCriteriaOfEveryKind() {
        Set<Class<?>> kinds = new java.util.HashSet<>();
        for (int seed = 0; seed < 100; seed++) {
            for (GateDecision decision : GeneratorProperties.sample(CustDevArbitraries.ventures(), seed)
                    .decisions()) {
                decision.trace().results().forEach(result -> kinds.add(kindOf(result.criterion())));
            }
        }
        assertEquals(
                Set.of(
                        GateCriterion.AreaSupported.class,
                        GateCriterion.HypothesisSupported.class,
                        GateCriterion.AudienceViable.class),
                kinds);
    }

    private static Class<?> kindOf(GateCriterion criterion) {
        return criterion instanceof GateCriterion.AreaSupported
                ? GateCriterion.AreaSupported.class
                : criterion instanceof GateCriterion.HypothesisSupported
                        ? GateCriterion.HypothesisSupported.class
                        : GateCriterion.AudienceViable.class;
    }
}
