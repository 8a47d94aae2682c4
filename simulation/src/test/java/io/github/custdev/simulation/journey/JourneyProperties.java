package io.github.custdev.simulation.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.PhaseGate;
import io.github.custdev.Rejection;
import io.github.custdev.Runway;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.simulation.Seeds;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of seeded random journeys: valid events fit, invalid events break their rule, replay, determinism. Which event
 * the driver makes of a step is pinned by {@link StepTests} and {@link FaultTests}; these laws only need to meet enough
 * random journeys to see every kind of step and fault, so their tries are modest (they run for every mutant under PIT).
 */
class JourneyProperties {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    static final JourneySpec ALL = JourneySpec.of(EnumSet.allOf(EventKind.class));

    static VentureEvent.Founded founding(long seed) {
        Runway runway = seed % 2 == 0
                ? Runway.experiments(5 + Math.floorMod(seed, 60))
                : Runway.money(java.math.BigDecimal.valueOf(500 + Math.floorMod(seed, 5000)), "USD");
        return VentureEvent.Founded.of(
                "Venture " + Math.floorMod(seed, 7), runway, (int) Math.floorMod(seed, 4), START);
    }

    /** Checks that the valid events replay to the journey's venture and each invalid event breaks its rule. */
    static void check(Journey journey, Option<Venture> start) {
        Venture venture = start.getOrNull();
        Seq<VentureEvent> events = journey.events();
        int invalid = 0;
        for (int i = 0; i < events.size(); i++) {
            VentureEvent event = events.get(i);
            if (journey.invalidPositions().contains(i)) {
                Rejection.Rule rule = journey.brokenRules().get(invalid++);
                Either<Rejection, Venture> result =
                        venture == null ? Venture.replay(List.of(event)) : venture.apply(event);
                assertTrue(result.isLeft(), () -> "accepted " + event);
                assertEquals(
                        rule, result.getLeft().rule(), () -> result.getLeft().message());
            } else if (venture == null) {
                venture = Venture.found((VentureEvent.Founded) event);
            } else {
                Either<Rejection, Venture> result = venture.apply(event);
                assertTrue(
                        result.isRight(),
                        () -> "rejected " + event + ": " + result.getLeft().message());
                venture = result.get();
            }
        }
        assertEquals(journey.invalidPositions().size(), journey.brokenRules().size());
        assertEquals(invalid, journey.brokenRules().size());
        assertEquals(journey.venture(), venture);
        for (Hypothesis hypothesis : venture.activeHypotheses().appendAll(venture.retiredHypotheses())) {
            if (!start.isDefined() || start.get().hypothesis(hypothesis.id()).isEmpty()) {
                EvidenceRecipe truth = journey.truths().get(hypothesis.id()).get();
                assertEquals(hypothesis.id(), truth.hypothesisId());
                assertTrue(truth.hasTruth());
            }
        }
    }

    @Property(tries = 50)
    void validJourneysReplayToTheirVenture(@ForAll long seed, @ForAll @IntRange(max = 80) int steps) {
        Journey journey = Journey.random(ALL, founding(seed), steps, Seeds.random(seed));
        assertTrue(journey.invalidPositions().isEmpty());
        assertTrue(journey.events().size() <= steps + 1);
        assertEquals(founding(seed), journey.events().head());
        assertEquals(journey.venture(), Venture.replay(journey.events()).get());
        assertEquals(journey.events(), journey.validEvents());
        check(journey, Option.none());
    }

    @Property(tries = 30)
    void theSameSeedGivesTheSameJourney(@ForAll long seed, @ForAll @IntRange(max = 60) int steps) {
        JourneySpec spec = ALL.withRules(EnumSet.allOf(Rejection.Rule.class));
        JourneyScript script = JourneyScript.random(spec, steps, 2, Seeds.random(seed));
        assertEquals(
                script.toString(),
                JourneyScript.random(spec, steps, 2, Seeds.random(seed)).toString());
        Option<Journey> once = Journey.run(spec, founding(seed), script);
        Option<Journey> again = Journey.run(spec, founding(seed), script);
        assertEquals(once.map(Journey::events), again.map(Journey::events));
        assertEquals(once.map(Journey::venture), again.map(Journey::venture));
        assertEquals(once.map(Journey::toString), again.map(Journey::toString));
        assertEquals(
                Journey.random(ALL, founding(seed), steps, Seeds.random(seed)).events(),
                Journey.random(ALL, founding(seed), steps, Seeds.random(seed)).events());
    }

    @Property(tries = 60)
    void invalidEventsBreakTheRuleTheyClaim(
            @ForAll long seed, @ForAll @IntRange(max = 50) int steps, @ForAll @IntRange(min = 1, max = 4) int faults) {
        JourneySpec spec = ALL.withRules(EnumSet.allOf(Rejection.Rule.class));
        JourneyScript script = JourneyScript.random(spec, steps, faults, Seeds.random(seed));
        Journey journey = Journey.run(spec, founding(seed), script).get();
        assertFalse(journey.invalidPositions().isEmpty());
        assertTrue(journey.invalidPositions().size() <= faults + 1);
        check(journey, Option.none());
        assertEquals(journey.venture(), Venture.replay(journey.validEvents()).get());
    }

    @Property(tries = 90)
    void anInvalidEventBreaksOnlyTheRulesAskedFor(
            @ForAll Rejection.Rule rule, @ForAll long seed, @ForAll @IntRange(max = 30) int steps) {
        JourneySpec spec = ALL.withRules(List.of(rule));
        JourneyScript script = JourneyScript.random(spec, steps, 1, Seeds.random(seed));
        Option<Journey> journey = Journey.run(spec, founding(seed), script);
        journey.forEach(j -> {
            assertTrue(j.brokenRules().forAll(rule::equals), j.brokenRules()::toString);
            check(j, Option.none());
        });
    }

    @Property(tries = 40)
    void continuationsContinueTheirVenture(
            @ForAll long seed, @ForAll @IntRange(max = 40) int steps, @ForAll @IntRange(max = 3) int faults) {
        Venture start = Journey.random(ALL, founding(seed), 1 + Math.floorMod(seed, 30), Seeds.random(~seed))
                .venture();
        if (start.isClosed()) {
            return;
        }
        JourneySpec spec = ALL.withStart(start).withRules(EnumSet.complementOf(EnumSet.of(Rejection.Rule.NOT_FOUNDED)));
        Option<Journey> journey = Journey.run(spec, JourneyScript.random(spec, steps, faults, Seeds.random(seed)));
        assertEquals(
                faults == 0,
                journey.isDefined() && journey.get().invalidPositions().isEmpty());
        journey.forEach(j -> {
            assertTrue(j.events().forAll(e -> !(e instanceof VentureEvent.Founded))
                    || !j.brokenRules().isEmpty());
            check(j, Option.some(start));
            assertEquals(
                    j.venture(),
                    Venture.replay(start.history().appendAll(j.validEvents())).get());
        });
    }

    @Property(tries = 40)
    void requiredScalingHiresAnExecutorWhileSearching(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int steps) {
        JourneySpec spec = ALL.withScaling(Scaling.REQUIRED);
        Journey journey = Journey.random(spec, founding(seed), steps, Seeds.random(seed));
        assertTrue(journey.venture().isScalingPrematurely(), journey.events()::toString);
        check(journey, Option.none());
    }

    @Property(tries = 40)
    void forbiddenScalingHiresExecutorsOnlyOnceExecuting(@ForAll long seed, @ForAll @IntRange(max = 60) int steps) {
        JourneySpec spec = ALL.withScaling(Scaling.FORBIDDEN);
        Journey journey = Journey.random(spec, founding(seed), steps, Seeds.random(seed));
        assertFalse(journey.venture().isScalingPrematurely(), journey.events()::toString);
    }

    @Property(tries = 40)
    void aJourneyClosesOnlyOnceItHasItsMinimumLength(
            @ForAll long seed, @ForAll @IntRange(max = 40) int steps, @ForAll @IntRange(max = 30) int minLength) {
        JourneySpec spec = ALL.withMinLength(minLength);
        Journey journey = Journey.random(spec, founding(seed), steps, Seeds.random(seed));
        if (journey.venture().isClosed()) {
            assertTrue(journey.events().size() >= minLength, journey.events()::toString);
        } else {
            assertEquals(steps + 1, journey.events().size());
        }
    }

    @Property(tries = 40)
    void aJourneyHoldsOnlyTheKindsAskedFor(@ForAll long seed, @ForAll Set<EventKind> others, @ForAll EventKind fits) {
        EnumSet<EventKind> kinds =
                EnumSet.of(fits == EventKind.STATED || fits == EventKind.HIRED ? fits : EventKind.CHOSEN);
        kinds.addAll(others);
        JourneySpec spec = JourneySpec.of(kinds);
        Journey journey = Journey.random(spec, founding(seed), 40, Seeds.random(seed));
        if (!journey.venture().isClosed()) {
            assertEquals(41, journey.events().size());
        }
        for (VentureEvent event : journey.events().tail()) {
            assertTrue(kinds.stream().anyMatch(kind -> kind.type().isInstance(event)), event::toString);
        }
    }

    @Property(tries = 30)
    void givenGatesJudgeEveryEvaluation(@ForAll long seed, @ForAll @IntRange(max = 60) int steps) {
        JourneySpec spec = ALL.withGates(PhaseGate::defaultFor);
        Journey journey = Journey.random(spec, founding(seed), steps, Seeds.random(seed));
        Venture venture = Venture.found(founding(seed));
        for (VentureEvent event : journey.events().tail()) {
            if (event instanceof VentureEvent.GateEvaluated gateEvaluated) {
                GateDecision decision = gateEvaluated.decision();
                assertEquals(PhaseGate.defaultFor(venture.phase()).evaluate(venture, decision.decidedAt()), decision);
            }
            venture = venture.apply(event).get();
        }
        check(journey, Option.none());
    }
}
