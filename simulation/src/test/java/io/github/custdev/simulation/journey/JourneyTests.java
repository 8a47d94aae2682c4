package io.github.custdev.simulation.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.Rejection;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.simulation.Seeds;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Examples of journeys, and the messages of every check of the journey package's factories. */
class JourneyTests {

    static final JourneySpec ALL = JourneyProperties.ALL;

    static void fails(String message, Executable executable) {
        InvalidValueException e = assertThrows(InvalidValueException.class, executable);
        assertEquals(message, e.getMessage());
    }

    static Draw draw() {
        return Draw.ofJourney(0, 1, 0, 1, 0.5, 0.5);
    }

    static Step step(EventKind kind, int a, int b, int c) {
        return Step.of(kind, a, b, c, Duration.ofMinutes(5), List.of(draw(), draw(), draw()));
    }

    @Test
    void everyRuleCanBeBrokenOnItsOwn() {
        for (Rejection.Rule rule : Rejection.Rule.values()) {
            JourneySpec spec = ALL.withRules(List.of(rule));
            boolean broken = false;
            for (long seed = 0; seed < 400 && !broken; seed++) {
                JourneyScript script = JourneyScript.random(spec, (int) (seed % 40), 1, Seeds.random(seed));
                Option<Journey> journey = Journey.run(spec, JourneyProperties.founding(seed), script);
                if (journey.isDefined()) {
                    JourneyProperties.check(journey.get(), Option.none());
                    broken = journey.get().brokenRules().contains(rule);
                }
            }
            assertTrue(broken, rule::toString);
        }
    }

    @Test
    void notFoundedGoesBeforeTheFoundingOnce() {
        JourneySpec spec = ALL.withRules(List.of(Rejection.Rule.NOT_FOUNDED, Rejection.Rule.CLOSED));
        Fault fault = Fault.of(3, 0, 1, 2, Duration.ZERO);
        Journey journey = Journey.run(
                        spec,
                        JourneyProperties.founding(2),
                        JourneyScript.of(List.of(step(EventKind.STATED, 0, 0, 1)), List.of(fault, fault)))
                .get();
        assertEquals(List.of(0, 4), journey.invalidPositions().toJavaList());
        assertEquals(
                List.of(Rejection.Rule.NOT_FOUNDED, Rejection.Rule.CLOSED),
                journey.brokenRules().toJavaList());
        assertEquals(
                VentureEvent.RoleHired.class, journey.events().get(0).getClass().getSuperclass());
        JourneyProperties.check(journey, Option.none());
    }

    @Test
    void aContinuationCannotBreakNotFounded() {
        Venture start = Venture.found(JourneyProperties.founding(0));
        JourneySpec spec = ALL.withStart(start).withRules(List.of(Rejection.Rule.NOT_FOUNDED));
        assertTrue(Journey.run(spec, JourneyScript.of(List.of(), List.of(Fault.of(0, 0, 0, 0, Duration.ZERO))))
                .isEmpty());
        assertEquals(0, Journey.random(spec, 0, Seeds.random(1)).events().size());
    }

    @Test
    void aStatedHypothesisHasAReadableIdAndAHiddenTruth() {
        Journey journey = Journey.run(
                        ALL, JourneyProperties.founding(0), JourneyScript.of(List.of(step(EventKind.STATED, 1, 1, 1))))
                .get();
        VentureEvent.HypothesisStated stated =
                (VentureEvent.HypothesisStated) journey.events().get(1);
        assertEquals("problem-1", stated.hypothesis().id().value());
        EvidenceRecipe truth = journey.truths().get(stated.hypothesis().id()).get();
        assertEquals(Option.some(0.7), truth.trueRate()); // RATES[(a + 2c) % 5]
        assertEquals(10, truth.maxTrials());
        assertEquals(Duration.ofMinutes(5), Duration.between(JourneyProperties.START, stated.at()));
    }

    @Test
    void stepsFitTheVentureOrFallBack() {
        // Evidence without hypotheses cannot be recorded: the driver states one instead.
        Journey journey = Journey.run(
                        ALL,
                        JourneyProperties.founding(0),
                        JourneyScript.of(List.of(step(EventKind.RECORDED, 0, 0, 0), step(EventKind.RECORDED, 0, 0, 2))))
                .get();
        assertTrue(journey.events().get(1) instanceof VentureEvent.HypothesisStated);
        VentureEvent.EvidenceRecorded recorded =
                (VentureEvent.EvidenceRecorded) journey.events().get(2);
        assertEquals(3, recorded.evidence().size());
    }

    @Test
    void givenGatesMustBeOfThePhaseAsked() {
        JourneySpec spec = ALL.withGates(phase -> PhaseGate.defaultFor(Phase.COMPANY_BUILDING));
        fails(
                "gates must give a gate of the phase asked (CUSTOMER_DISCOVERY): COMPANY_BUILDING",
                () -> Journey.run(
                        spec,
                        JourneyProperties.founding(0),
                        JourneyScript.of(List.of(step(EventKind.EVALUATED, 9, 0, 0)))));
    }

    @Test
    void theEntryPointsCheckTheirArguments() {
        Venture start = Venture.found(JourneyProperties.founding(0));
        JourneyScript empty = JourneyScript.of(List.of());
        fails(
                "spec.start must be absent for a journey that founds a venture: \"Venture 0\"",
                () -> Journey.run(ALL.withStart(start), JourneyProperties.founding(0), empty));
        fails("spec.start must be set for a journey that continues a venture: null", () -> Journey.run(ALL, empty));
        fails("founding is null", () -> Journey.run(ALL, null, empty));
        fails("spec is null", () -> Journey.run(null, empty));
        fails("script is null", () -> Journey.run(ALL, null));
        fails(
                "steps must not be negative: -1",
                () -> Journey.random(ALL, JourneyProperties.founding(0), -1, Seeds.random(1)));
        fails("faults must not be negative: -1", () -> JourneyScript.random(ALL, 1, -1, Seeds.random(1)));
        fails("random is null", () -> JourneyScript.random(ALL, 1, 1, null));
        fails("spec is null", () -> JourneyScript.random(null, 1, 1, Seeds.random(1)));
        fails("steps[1] is null", () -> JourneyScript.of(Arrays.asList(step(EventKind.HIRED, 0, 0, 0), null)));
        fails("faults is null", () -> JourneyScript.of(List.of(), null));
    }

    @Test
    void specsCheckTheirKindsScalingAndStart() {
        fails(
                "kinds must include HypothesisStated, RoleHired or AudienceChosen, one of which always fits:"
                        + " [EvidenceRecorded, Closed]",
                () -> JourneySpec.of(List.of(EventKind.CLOSED, EventKind.RECORDED)));
        fails("kinds[1] is null", () -> JourneySpec.of(Arrays.asList(EventKind.STATED, null)));
        fails(
                "kinds must include RoleHired to hire an executor while searching: [HypothesisStated]",
                () -> JourneySpec.of(List.of(EventKind.STATED)).withScaling(Scaling.REQUIRED));
        JourneySpec scaled = ALL.withScaling(Scaling.REQUIRED);
        Venture prematurely = Journey.random(scaled, JourneyProperties.founding(0), 5, Seeds.random(3))
                .venture();
        assertTrue(prematurely.isScalingPrematurely());
        fails(
                "venture must not have scaled prematurely already: " + prematurely.prematureScaling(),
                () -> ALL.withScaling(Scaling.FORBIDDEN).withStart(prematurely));
        fails(
                "venture must not have scaled prematurely already: " + prematurely.prematureScaling(),
                () -> ALL.withStart(prematurely).withScaling(Scaling.FORBIDDEN));
        assertEquals(Scaling.REQUIRED, scaled.withStart(prematurely).scaling());
        fails("minLength must not be negative: -1", () -> ALL.withMinLength(-1));
        fails("rules[0] is null", () -> ALL.withRules(Arrays.asList((Rejection.Rule) null)));
        fails("gates is null", () -> ALL.withGates(null));
        fails("scaling is null", () -> ALL.withScaling(null));
        JourneySpec spec = ALL.withRules(
                        List.of(Rejection.Rule.CLOSED, Rejection.Rule.NOT_FOUNDED, Rejection.Rule.CLOSED))
                .withMinLength(3);
        assertEquals(
                List.of(Rejection.Rule.NOT_FOUNDED, Rejection.Rule.CLOSED),
                spec.rules().toJavaList());
        assertEquals(3, spec.minLength());
        assertEquals(Scaling.ANY, spec.scaling());
        assertTrue(spec.gates().isEmpty());
        assertTrue(spec.start().isEmpty());
        assertEquals(10, spec.kinds().size());
        assertEquals(
                "JourneySpec[kinds=STATED, RECORDED, EVALUATED, PIVOTED, ADVANCED, HIRED, CHOSEN, ESTABLISHED,"
                        + " NEXT_AUDIENCE, CLOSED, scaling=ANY, gates=made up, start=founded, minLength=3,"
                        + " rules=NOT_FOUNDED, CLOSED]",
                spec.toString());
        assertTrue(ALL.withGates(PhaseGate::defaultFor)
                .withStart(start())
                .toString()
                .contains("gates=given, start=Venture 0"));
    }

    static Venture start() {
        return Venture.found(JourneyProperties.founding(0));
    }

    @Test
    void stepsAndFaultsCheckTheirNumbers() {
        List<Draw> three = List.of(draw(), draw(), draw());
        fails("a must be in [0, 9]: 10", () -> Step.of(EventKind.STATED, 10, 0, 0, Duration.ZERO, three));
        fails("b must be in [0, 9]: -1", () -> Step.of(EventKind.STATED, 0, -1, 0, Duration.ZERO, three));
        fails("c must be in [0, 9]: 10", () -> Step.of(EventKind.STATED, 0, 0, 10, Duration.ZERO, three));
        fails("kind is null", () -> Step.of(null, 0, 0, 0, Duration.ZERO, three));
        fails(
                "pause must not be negative: PT-1M",
                () -> Step.of(EventKind.STATED, 0, 0, 0, Duration.ofMinutes(-1), three));
        fails("pause is null", () -> Step.of(EventKind.STATED, 0, 0, 0, null, three));
        fails(
                "draws must hold 3 draws: 2",
                () -> Step.of(EventKind.STATED, 0, 0, 0, Duration.ZERO, three.subList(0, 2)));
        Draw whole = Draw.of(0, draw().source(), draw().observedAt(), 0, 1, 2.0, 0.5);
        fails(
                "draws[1] must have outcomes in (0, 1): " + whole,
                () -> Step.of(EventKind.STATED, 0, 0, 0, Duration.ZERO, List.of(draw(), whole, draw())));
        Draw second = Draw.of(0, draw().source(), draw().observedAt(), 0, 1, 0.5, 1.0);
        fails(
                "draws[2] must have outcomes in (0, 1): " + second,
                () -> Step.of(EventKind.STATED, 0, 0, 0, Duration.ZERO, List.of(draw(), draw(), second)));
        Draw zero = Draw.of(0, draw().source(), draw().observedAt(), 0, 1, 0.0, 0.5);
        fails(
                "draws[0] must have outcomes in (0, 1): " + zero,
                () -> Step.of(EventKind.STATED, 0, 0, 0, Duration.ZERO, List.of(zero, draw(), draw())));
        Draw zeroSecond = Draw.of(0, draw().source(), draw().observedAt(), 0, 1, 0.5, 0.0);
        fails(
                "draws[0] must have outcomes in (0, 1): " + zeroSecond,
                () -> Step.of(EventKind.STATED, 0, 0, 0, Duration.ZERO, List.of(zeroSecond, draw(), draw())));
        Draw one = Draw.of(0, draw().source(), draw().observedAt(), 0, 1, 1.0, 0.5);
        fails(
                "draws[0] must have outcomes in (0, 1): " + one,
                () -> Step.of(EventKind.STATED, 0, 0, 0, Duration.ZERO, List.of(one, draw(), draw())));
        Step step = Step.of(EventKind.HIRED, 9, 0, 9, Duration.ZERO, three);
        assertEquals("Step[HIRED, 9, 0, 9, +PT0S]", step.toString());
        assertEquals(List.of(9, 0, 9), List.of(step.a(), step.b(), step.c()));
        assertEquals(three, step.draws().toJavaList());
        fails("slot must not be negative: -1", () -> Fault.of(-1, 0, 0, 0, Duration.ZERO));
        fails("rule must not be negative: -1", () -> Fault.of(0, -1, 0, 0, Duration.ZERO));
        fails("a must be in [0, 9]: 10", () -> Fault.of(0, 0, 10, 0, Duration.ZERO));
        fails("b must be in [0, 9]: -1", () -> Fault.of(0, 0, 0, -1, Duration.ZERO));
        Fault fault = Fault.of(999, 17, 9, 9, Duration.ofMinutes(1));
        assertEquals("Fault[999, 17, 9, 9, +PT1M]", fault.toString());
        assertEquals(List.of(999, 17, 9, 9), List.of(fault.slot(), fault.rule(), fault.a(), fault.b()));
        assertEquals(Duration.ofMinutes(1), fault.pause());
    }

    @Test
    void randomScriptsDrawEveryNumberInItsRange() {
        RandomGenerator random = Seeds.random(7);
        int[] kinds = new int[EventKind.values().length];
        boolean[] digits = new boolean[10];
        for (int i = 0; i < 4000; i++) {
            Step step = Step.random(EnumSet.allOf(EventKind.class), random);
            kinds[step.kind().ordinal()]++;
            digits[step.a()] = digits[step.b()] = digits[step.c()] = true;
            Step.of(step.kind(), step.a(), step.b(), step.c(), step.pause(), step.draws());
            Fault fault = Fault.random(random);
            Fault.of(fault.slot(), fault.rule(), fault.a(), fault.b(), fault.pause());
            assertTrue(fault.slot() < Fault.SLOTS && fault.rule() < Rejection.Rule.values().length);
        }
        // 4000 steps of weights 8, 40, 10, 3, 3, 6, 6, 1 of 77: each count within five standard deviations.
        for (EventKind kind : EventKind.values()) {
            double p = kind.weight() / 77.0;
            double sd = Math.sqrt(4000 * p * (1 - p));
            assertEquals(4000 * p, kinds[kind.ordinal()], 5 * sd, kind::toString);
        }
        for (boolean seen : digits) {
            assertTrue(seen);
        }
        fails("kinds must hold at least one kind: []", () -> Step.random(List.of(), random));
        assertEquals(
                EventKind.CLOSED,
                Step.random(List.of(EventKind.CLOSED, EventKind.CLOSED), random).kind());
    }

    @Test
    void pausesAreNoneShortOrLong() {
        RandomGenerator random = Seeds.random(11);
        int none = 0;
        int longer = 0;
        for (int i = 0; i < 8000; i++) {
            Duration pause = JourneyTables.randomPause(random);
            long minutes = pause.toMinutes();
            assertTrue(minutes >= 0 && minutes <= JourneyTables.LONG_PAUSE_MINUTES);
            assertEquals(0, pause.toSecondsPart());
            none += minutes == 0 ? 1 : 0;
            longer += minutes > JourneyTables.SHORT_PAUSE_MINUTES ? 1 : 0;
        }
        // P(none) = 1/8; P(longer than a day) = 1/8 * (20160 - 1440) / 20160.
        assertEquals(1000, none, 5 * Math.sqrt(8000 / 8.0 * 7 / 8));
        double p = (20160 - 1440) / 20160.0 / 8;
        assertEquals(8000 * p, longer, 5 * Math.sqrt(8000 * p * (1 - p)));
        fails("random is null", () -> JourneyTables.randomPause(null));
    }

    @Test
    void tablesAndNamesAreWhatTheDocumentationSays() {
        assertEquals(7, JourneyTables.ROLES.size());
        assertTrue(JourneyTables.SEARCH_ROLES.forAll(role -> !role.isExecutor()));
        assertTrue(JourneyTables.EXECUTOR_ROLES.forAll(role -> role.isExecutor()));
        assertEquals(JourneyTables.ROLES, JourneyTables.SEARCH_ROLES.appendAll(JourneyTables.EXECUTOR_ROLES));
        assertEquals(
                PhaseGate.DEFAULT_STRATEGY.name(),
                JourneyTables.GATE_STRATEGIES.head().name());
        assertEquals(
                PhaseGate.DEFAULT_STRATEGY, JourneyTables.GATE_STRATEGIES.head().strategy());
        assertEquals("fixed-sample/mean", JourneyTables.GATE_STRATEGIES.get(1).toString());
        assertEquals(Option.some(198L), JourneyTables.ECONOMICS.get(0).customersToBreakEven());
        assertEquals(Option.some(400L), JourneyTables.ECONOMICS.get(1).customersToBreakEven());
        assertTrue(JourneyTables.ECONOMICS.get(2).customersToBreakEven().isEmpty());
        fails("name must not be blank: \" \"", () -> NamedStrategy.of(" ", Scoring.bayesian()));
        fails("name is null", () -> NamedStrategy.of(null, Scoring.bayesian()));
        fails("strategy is null", () -> NamedStrategy.of("x", null));
        assertEquals("x", NamedStrategy.of("x", Scoring.bayesian()).name());
        for (EventKind kind : EventKind.values()) {
            assertEquals(Option.some(kind), EventKind.from(kind.type()));
            assertTrue(kind.weight() > 0);
        }
        assertEquals(Option.none(), EventKind.from(VentureEvent.Founded.class));
        assertEquals(Option.none(), EventKind.from(String.class));
        fails("type is null", () -> EventKind.from(null));
    }

    @Test
    void aJourneyDescribesItself() {
        Journey journey = Journey.run(
                        ALL,
                        JourneyProperties.founding(0),
                        JourneyScript.of(List.of(step(EventKind.CLOSED, 9, 0, 0)), List.of()))
                .get();
        assertEquals("Journey[2 events, 0 invalid, Venture 0 in CUSTOMER_DISCOVERY, closed]", journey.toString());
        Journey open = Journey.random(ALL.withMinLength(5), JourneyProperties.founding(0), 1, Seeds.random(1));
        assertFalse(open.toString().contains("closed"));
        assertEquals(
                "JourneyScript[steps=Step[HIRED, 0, 0, 0, +PT5M]; faults=Fault[0, 0, 0, 0, +PT0S]]",
                JourneyScript.of(List.of(step(EventKind.HIRED, 0, 0, 0)), List.of(Fault.of(0, 0, 0, 0, Duration.ZERO)))
                        .toString());
        List<VentureEvent> none = new ArrayList<>();
        assertEquals(
                none,
                Journey.random(ALL.withStart(start()), 0, Seeds.random(0))
                        .events()
                        .toJavaList());
    }
}
