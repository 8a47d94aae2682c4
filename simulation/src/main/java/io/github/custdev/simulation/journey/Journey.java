package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Rejection;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * A venture's journey: the events a {@link JourneyScript} drives it through, the venture after them, where the
 * deliberately invalid events are and which rule each breaks, and the hidden truth of every hypothesis the driver made
 * up. Immutable and thread-safe.
 *
 * <p>The driver reads the venture before each step of the script, so every event it makes fits the venture: it states
 * hypotheses with readable ids ({@code segment-1}, {@code problem-2}), each with a hidden truth ({@link EvidenceRecipe}:
 * a true rate, or a true distribution of its measurements) from which its evidence is drawn, so that evidence piles
 * up one way and gates reach decisions; it evaluates gates and records their decisions, acts on them (advances after
 * a Proceed, pivots after a Pivot, closes after a Kill) most of the time, hires roles, chooses audiences around
 * break-even, and pivots on its own judgment. On request ({@link JourneySpec#rules()} and the script's faults) it
 * inserts deliberately invalid events, each built to break one {@link Rejection.Rule} and checked to do so. A journey
 * is a pure function of its spec, founding and script: no clock, no unseeded randomness.
 *
 * <pre>{@code
 * JourneySpec spec = JourneySpec.of(EnumSet.allOf(EventKind.class));
 * VentureEvent.Founded founding = VentureEvent.Founded.of("Dentflow", Runway.experiments(50), 2, start);
 * Journey journey = Journey.random(spec, founding, 40, Seeds.random(42));
 * Venture venture = journey.venture();       // the same as Venture.replay(journey.events()).get()
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Journey {

    private final Seq<VentureEvent> events;
    private final Venture venture;
    private final Seq<Integer> invalidPositions;
    private final Seq<Rejection.Rule> brokenRules;
    private final Map<HypothesisId, EvidenceRecipe> truths;

    Journey(
            List<VentureEvent> events,
            Venture venture,
            List<Integer> invalidPositions,
            List<Rejection.Rule> brokenRules,
            java.util.Map<HypothesisId, EvidenceRecipe> truths) {
        this.events = Vector.ofAll(events);
        this.venture = venture;
        this.invalidPositions = Vector.ofAll(invalidPositions);
        this.brokenRules = Vector.ofAll(brokenRules);
        this.truths = LinkedHashMap.ofAll(truths);
    }

    /**
     * Runs a script on a new venture.
     *
     * @param spec what the journey may hold; without a {@link JourneySpec#start() start}
     * @param founding the founding, the journey's first event
     * @param script the script
     * @return the journey; none when the script has faults and none of them could be inserted
     * @throws InvalidValueException if an argument is null, the spec continues a venture, or the spec's gates give a
     *     gate of another phase than the one asked
     */
    public static Option<Journey> run(JourneySpec spec, VentureEvent.Founded founding, JourneyScript script) {
        Checks.notNull("spec", spec);
        Checks.notNull("founding", founding);
        Checks.notNull("script", script);
        if (spec.start().isDefined()) {
            throw InvalidValueException.of(
                    "spec.start",
                    "must be absent for a journey that founds a venture",
                    spec.start().get().name());
        }
        return Option.of(new Driver(spec, script.steps(), script.faults()).run(founding));
    }

    /**
     * Runs a script on the venture the spec continues.
     *
     * @param spec what the journey may hold; with a {@link JourneySpec#start() start}
     * @param script the script
     * @return the journey; none when the script has faults and none of them could be inserted
     * @throws InvalidValueException if an argument is null, the spec has no start, or the spec's gates give a gate of
     *     another phase than the one asked
     */
    public static Option<Journey> run(JourneySpec spec, JourneyScript script) {
        Checks.notNull("spec", spec);
        Checks.notNull("script", script);
        if (spec.start().isEmpty()) {
            throw InvalidValueException.of("spec.start", "must be set for a journey that continues a venture", null);
        }
        return Option.of(new Driver(spec, script.steps(), script.faults()).run(null));
    }

    /**
     * A random valid journey of a new venture: a script of the given number of steps drawn by
     * {@link JourneyScript#random(JourneySpec, int, int, RandomGenerator)}, run. The same seed gives the same journey.
     *
     * @param spec what the journey may hold; without a start
     * @param founding the founding
     * @param steps the number of steps, zero or more (the journey has at most one event more, fewer once it closes)
     * @param random the generator to draw from, such as {@code Seeds.random(seed)}
     * @return the journey
     * @throws InvalidValueException as {@link #run(JourneySpec, VentureEvent.Founded, JourneyScript)}, or if the
     *     number of steps is negative
     */
    public static Journey random(JourneySpec spec, VentureEvent.Founded founding, int steps, RandomGenerator random) {
        return run(spec, founding, JourneyScript.random(spec, steps, 0, random)).get();
    }

    /**
     * A random valid journey of the venture the spec continues.
     *
     * @param spec what the journey may hold; with a start
     * @param steps the number of steps, zero or more
     * @param random the generator to draw from
     * @return the journey
     * @throws InvalidValueException as {@link #run(JourneySpec, JourneyScript)}, or if the number of steps is negative
     */
    public static Journey random(JourneySpec spec, int steps, RandomGenerator random) {
        return run(spec, JourneyScript.random(spec, steps, 0, random)).get();
    }

    /**
     * Every event, in order: the founding first when the journey founds the venture, the invalid events among them.
     *
     * @return the events
     */
    public Seq<VentureEvent> events() {
        return events;
    }

    /**
     * The venture after the valid events.
     *
     * @return the venture
     */
    public Venture venture() {
        return venture;
    }

    /**
     * The positions of the invalid events in {@link #events()}.
     *
     * @return the positions, ascending
     */
    public Seq<Integer> invalidPositions() {
        return invalidPositions;
    }

    /**
     * The rule each invalid event breaks, in the order of {@link #invalidPositions()}.
     *
     * @return the rules
     */
    public Seq<Rejection.Rule> brokenRules() {
        return brokenRules;
    }

    /**
     * The hidden truth of every hypothesis the driver made up or drew evidence for, in the order it did: what a gate
     * deciding on the evidence would ideally find. Includes the hypotheses of invalid events.
     *
     * @return the truths by hypothesis
     */
    public Map<HypothesisId, EvidenceRecipe> truths() {
        return truths;
    }

    /**
     * The valid events: {@link #events()} without those at {@link #invalidPositions()}.
     *
     * @return the events that replay to {@link #venture()} (after a continued venture's own)
     */
    public Seq<VentureEvent> validEvents() {
        return events.zipWithIndex()
                .filter(pair -> !invalidPositions.contains(pair._2))
                .map(pair -> pair._1);
    }

    @Override
    public String toString() {
        return "Journey[" + events.size() + " events, " + invalidPositions.size() + " invalid, " + venture.name()
                + " in " + venture.phase() + (venture.isClosed() ? ", closed" : "") + ']';
    }
}
