package io.github.custdev.testkit.internal;

import io.github.custdev.Rejection;
import io.github.custdev.simulation.journey.Draw;
import io.github.custdev.simulation.journey.EventKind;
import io.github.custdev.simulation.journey.Fault;
import io.github.custdev.simulation.journey.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated scripts of journeys for the journey driver of custdev-simulation ({@code Journey.run}): steps and faults
 * of small numbers, drawn as {@code Step.random} and {@code Fault.random} draw them, so that jqwik shrinks a journey
 * by shrinking its script: fewer steps, smaller numbers, simpler events.
 */
public final class Scripts {

    private Scripts() {}

    /**
     * The steps of scripts that make the given kinds of events, the common ones more often
     * ({@link EventKind#weight()}).
     *
     * @param kinds the kinds, at least one
     * @return the arbitrary
     */
    public static Arbitrary<Step> steps(Set<EventKind> kinds) {
        List<Tuple.Tuple2<Integer, EventKind>> weighted = new ArrayList<>();
        for (EventKind kind : kinds) {
            weighted.add(Tuple.of(kind.weight(), kind));
        }
        Arbitrary<Draw> draws = Combinators.combine(
                        Arbitraries.integers().between(0, Draw.KIND_SEEDS - 1),
                        Arbitraries.integers().between(1, Draw.CUSTOMERS),
                        Arbitraries.integers().between(0, Draw.STRENGTH_SEEDS - 1),
                        Arbitraries.integers().between(1, Draw.JOURNEY_TRIALS),
                        Draws.uniforms(),
                        Draws.uniforms())
                .as(Draw::ofJourney);
        Arbitrary<Integer> digits = Arbitraries.integers().between(0, Step.DIGITS - 1);
        return Combinators.combine(
                        Arbitraries.frequency(weighted),
                        digits,
                        digits,
                        digits,
                        GateGenerators.pauses(),
                        draws.list().ofSize(Step.DRAWS))
                .as(Step::of);
    }

    /**
     * Faults to insert.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Fault> faults() {
        Arbitrary<Integer> digits = Arbitraries.integers().between(0, Step.DIGITS - 1);
        return Combinators.combine(
                        Arbitraries.integers().between(0, Fault.SLOTS - 1),
                        Arbitraries.integers().between(0, Rejection.Rule.values().length - 1),
                        digits,
                        digits,
                        GateGenerators.pauses())
                .as(Fault::of);
    }
}
