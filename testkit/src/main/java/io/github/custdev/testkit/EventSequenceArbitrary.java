package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.simulation.journey.EventKind;
import io.github.custdev.simulation.journey.Fault;
import io.github.custdev.simulation.journey.Journey;
import io.github.custdev.simulation.journey.JourneyScript;
import io.github.custdev.simulation.journey.JourneySpec;
import io.github.custdev.simulation.journey.Scaling;
import io.github.custdev.simulation.journey.Step;
import io.github.custdev.testkit.internal.GateGenerators;
import io.github.custdev.testkit.internal.Generators;
import io.github.custdev.testkit.internal.Scripts;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Generates event sequences that are valid for a venture: histories that {@link Venture#replay} accepts from the
 * first event to the last, so that journeys can be generated, not only single values.
 *
 * <p>A sequence begins with a {@link VentureEvent.Founded founding} and then does what a team does: states
 * hypotheses (ids such as {@code segment-1} or {@code problem-2}, each with a pre-registered criterion and a hidden
 * truth its evidence is drawn from, so that evidence piles up one way), records experiments, evaluates the gate of
 * its phase and records the decision, and acts on it most of the time: advances after a Proceed, pivots after a
 * Pivot (retiring the refuted hypotheses and stating their replacements, with lineage), closes after a Kill. It also
 * hires roles, chooses audiences around break-even (some with a conversion assessed on its own evidence), and now and
 * then pivots on its own judgment. Every event is checked against the venture as it is generated.
 *
 * <p>By default a sequence has 1 to 40 events of every kind, gates are generated for the venture's phase (the default
 * gate or a gate on its active hypotheses, with small budgets and the built-in policies), and executors may be hired
 * at any time. Configure it:
 *
 * <ul>
 *   <li>{@link #ofLength}: the number of events (a closed venture ends its sequence early, never below the minimum);
 *   <li>{@link #ofKinds}: which kinds of events may follow the founding. Evidence needs stated hypotheses (or
 *       hypotheses a pivot stated), a phase advance needs a recorded Proceed, a pivot after a gate needs the gate's
 *       decision recorded: leave out {@code GateEvaluated} and no gate is evaluated, no decision recorded, and pivots
 *       are the team's own judgment;
 *   <li>{@link #judgedBy}: the gate of each phase, such as {@code PhaseGate::defaultFor}, or a gate with the team's own
 *       spent-budget policy;
 *   <li>{@link #withPrematureScaling()} (at least one executor hired while searching) or
 *       {@link #withoutPrematureScaling()} (executors only once executing);
 *   <li>{@link #foundedBy} the foundings, {@link #continuing} a given venture instead of founding one;
 *   <li>{@link #ventures()}: the ventures these sequences build; {@link #withInvalidEvents()}: sequences that also
 *       hold deliberately invalid events, a separate generator.
 * </ul>
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Venture> journeys() {
 *     return CustDevArbitraries.eventSequences()
 *             .ofLength(10, 60)
 *             .judgedBy(phase -> PhaseGate.defaultFor(phase).withWhenBudgetSpent(ourPolicy))
 *             .withPrematureScaling()
 *             .ventures();
 * }
 * }</pre>
 *
 * <p>Shrinks towards shorter sequences of simpler events: a failing property usually ends with a founding and a few
 * events. Each method returns a configured copy and checks it at once. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class EventSequenceArbitrary extends ArbitraryDecorator<List<VentureEvent>> {
    private static final int DEFAULT_MAX_LENGTH = 40;
    private static final List<EventKind> ALWAYS_FITTING = List.of(EventKind.STATED, EventKind.HIRED, EventKind.CHOSEN);

    private final int minLength;
    private final int maxLength;
    private final Set<EventKind> kinds;
    private final Scaling scaling;
    private final @Nullable Function<Phase, PhaseGate> gates;
    private final @Nullable Venture start;
    private final Arbitrary<VentureEvent.Founded> foundings;

    private EventSequenceArbitrary(
            int minLength,
            int maxLength,
            Set<EventKind> kinds,
            Scaling scaling,
            @Nullable Function<Phase, PhaseGate> gates,
            @Nullable Venture start,
            Arbitrary<VentureEvent.Founded> foundings) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.kinds = kinds;
        this.scaling = scaling;
        this.gates = gates;
        this.start = start;
        this.foundings = foundings;
        check();
    }

    static EventSequenceArbitrary any() {
        return new EventSequenceArbitrary(
                1,
                DEFAULT_MAX_LENGTH,
                EnumSet.allOf(EventKind.class),
                Scaling.ANY,
                null,
                null,
                GateGenerators.foundings());
    }

    private void check() {
        if (start == null && maxLength < 1) {
            throw InvalidValueException.of("maxLength", "must be >= 1: a history begins with its founding", maxLength);
        }
        if (kinds.stream().noneMatch(ALWAYS_FITTING::contains)) {
            throw InvalidValueException.of(
                    "kinds",
                    "must include HypothesisStated, RoleHired or AudienceChosen, one of which always fits",
                    names(kinds));
        }
        if (start != null && start.isClosed() && maxLength > 0) {
            throw InvalidValueException.of(
                    "venture",
                    "must not be closed: no event fits a closed venture",
                    start.closing().get());
        }
        if (scaling == Scaling.REQUIRED) {
            boolean already = start != null && start.isScalingPrematurely();
            if (!kinds.contains(EventKind.HIRED)) {
                throw InvalidValueException.of(
                        "kinds", "must include RoleHired to hire an executor while searching", names(kinds));
            }
            if (!already && start != null && !start.phase().isSearch()) {
                throw InvalidValueException.of(
                        "venture.phase", "must be a search phase to hire an executor prematurely", start.phase());
            }
            if (!already && maxLength < (start == null ? 2 : 1)) {
                throw InvalidValueException.of(
                        "maxLength",
                        "must leave room for the premature hire (at least " + (start == null ? 2 : 1) + ")",
                        maxLength);
            }
        }
        if (scaling == Scaling.FORBIDDEN && start != null && start.isScalingPrematurely()) {
            throw InvalidValueException.of(
                    "venture", "must not have scaled prematurely already", start.prematureScaling());
        }
    }

    private static List<String> names(Collection<EventKind> kinds) {
        List<String> names = new ArrayList<>();
        kinds.forEach(kind -> names.add(kind.type().getSimpleName()));
        return names;
    }

    /**
     * Sequences of the given number of events: the founding included, or, for {@link #continuing} a venture, the
     * events after it. A venture that closes ends its sequence, but only once it has {@code min} events.
     *
     * @param min the fewest events, at least 0
     * @param max the most events, at least {@code min} (and at least 1 for a founding sequence)
     * @return the configured copy
     * @throws InvalidValueException if the range is empty or starts below 0
     */
    public EventSequenceArbitrary ofLength(int min, int max) {
        if (min < 0) {
            throw InvalidValueException.of("minLength", "must be >= 0", min);
        }
        if (max < min) {
            throw InvalidValueException.of("maxLength", "must be >= minLength (" + min + ")", max);
        }
        return new EventSequenceArbitrary(min, max, kinds, scaling, gates, start, foundings);
    }

    /**
     * Sequences whose events after the founding are only of the given kinds.
     *
     * @param kinds the kinds: {@code HypothesisStated}, {@code EvidenceRecorded}, {@code GateEvaluated},
     *     {@code Pivoted}, {@code PhaseAdvanced}, {@code RoleHired}, {@code DepartmentEstablished},
     *     {@code AudienceChosen}, {@code NextAudienceChosen}, {@code Closed}; at least
     *     one of {@code HypothesisStated}, {@code RoleHired} and {@code AudienceChosen}, which always fit
     * @return the configured copy
     * @throws InvalidValueException if a class is not a kind of event that may follow a founding, or none of the
     *     kinds always fits
     */
    @SafeVarargs
    public final EventSequenceArbitrary ofKinds(Class<? extends VentureEvent>... kinds) {
        HypothesisArbitrary.notNull(kinds, "kinds");
        Set<EventKind> chosen = EnumSet.noneOf(EventKind.class);
        for (Class<? extends VentureEvent> type : kinds) {
            EventKind kind = EventKind.from(HypothesisArbitrary.notNull(type, "kinds[" + chosen.size() + "]"))
                    .getOrNull();
            if (kind == null) {
                throw InvalidValueException.of(
                        "kinds", "must name kinds of events that follow a founding", type.getSimpleName());
            }
            chosen.add(kind);
        }
        return new EventSequenceArbitrary(minLength, maxLength, chosen, scaling, gates, start, foundings);
    }

    /**
     * Sequences whose gates are the given ones: {@code gates.apply(phase)} is the gate evaluated whenever the venture
     * is in that phase. The team's own spent-budget policy, say:
     * {@code judgedBy(phase -> PhaseGate.defaultFor(phase).withWhenBudgetSpent(policy))}.
     *
     * @param gates the gate of each phase; must return a gate of the phase it is given
     * @return the configured copy
     */
    public EventSequenceArbitrary judgedBy(Function<Phase, PhaseGate> gates) {
        return new EventSequenceArbitrary(
                minLength, maxLength, kinds, scaling, HypothesisArbitrary.notNull(gates, "gates"), start, foundings);
    }

    /**
     * Sequences that hire at least one executor (a VP of Sales, say) while the venture is still searching: premature
     * scaling, which the venture flags and every later gate trace shows.
     *
     * @return the configured copy
     * @throws InvalidValueException if {@code RoleHired} is not among the kinds, the length leaves no room for the
     *     hire, or the venture continued is executing already
     */
    public EventSequenceArbitrary withPrematureScaling() {
        return new EventSequenceArbitrary(minLength, maxLength, kinds, Scaling.REQUIRED, gates, start, foundings);
    }

    /**
     * Sequences that hire executors only once the venture executes (Customer Creation and Company Building).
     *
     * @return the configured copy
     * @throws InvalidValueException if the venture continued has scaled prematurely already
     */
    public EventSequenceArbitrary withoutPrematureScaling() {
        return new EventSequenceArbitrary(minLength, maxLength, kinds, Scaling.FORBIDDEN, gates, start, foundings);
    }

    /**
     * Sequences founded by the given foundings.
     *
     * @param foundings the foundings
     * @return the configured copy, which founds its ventures again if it continued one
     */
    public EventSequenceArbitrary foundedBy(Arbitrary<VentureEvent.Founded> foundings) {
        return new EventSequenceArbitrary(
                minLength, maxLength, kinds, scaling, gates, null, HypothesisArbitrary.notNull(foundings, "foundings"));
    }

    /**
     * Sequences of events that continue the given venture: {@code venture.applyAll(events)} accepts them. They hold
     * no founding, and their length counts only the events after the venture's history.
     *
     * @param venture the venture to continue, not closed
     * @return the configured copy
     * @throws InvalidValueException if the venture is null or closed
     */
    public EventSequenceArbitrary continuing(Venture venture) {
        return new EventSequenceArbitrary(
                minLength,
                maxLength,
                kinds,
                scaling,
                gates,
                HypothesisArbitrary.notNull(venture, "venture"),
                foundings);
    }

    /**
     * The ventures these sequences build: the replay of each (or, for {@link #continuing}, the venture after it).
     *
     * @return the arbitrary
     */
    public Arbitrary<Venture> ventures() {
        return journeys(List.of()).map(result -> result.get().venture());
    }

    /**
     * Sequences like these, with deliberately invalid events inserted: a separate generator, for testing how code
     * handles rejected events.
     *
     * @return the arbitrary, to be configured
     */
    public InvalidEventSequenceArbitrary withInvalidEvents() {
        return InvalidEventSequenceArbitrary.basedOn(this);
    }

    JourneySpec spec(List<io.github.custdev.Rejection.Rule> rules) {
        JourneySpec spec = JourneySpec.of(kinds)
                .withScaling(scaling)
                .withMinLength(minLength)
                .withRules(rules);
        if (gates != null) {
            spec = spec.withGates(gates);
        }
        return start == null ? spec : spec.withStart(start);
    }

    boolean isContinuation() {
        return start != null;
    }

    @Nullable
    Venture start() {
        return start;
    }

    /** The journeys of this configuration, with the given faults inserted; null where none could be. */
    Arbitrary<Option<Journey>> journeys(List<io.github.custdev.Rejection.Rule> rules) {
        return journeys(rules, Arbitraries.just(List.of()));
    }

    Arbitrary<Option<Journey>> journeys(List<io.github.custdev.Rejection.Rule> rules, Arbitrary<List<Fault>> faults) {
        JourneySpec spec = spec(rules);
        boolean hire = scaling == Scaling.REQUIRED && (start == null || !start.isScalingPrematurely());
        int offset = start == null ? 1 : 0;
        int minSteps = Math.max(hire ? 1 : 0, minLength - offset);
        int maxSteps = Math.max(minSteps, maxLength - offset);
        Arbitrary<List<Step>> steps = Scripts.steps(kinds)
                .list()
                .ofMinSize(minSteps)
                .ofMaxSize(maxSteps)
                .withSizeDistribution(RandomDistribution.uniform());
        if (start != null) {
            return Combinators.combine(steps, faults).as((s, f) -> Journey.run(spec, JourneyScript.of(s, f)));
        }
        return Combinators.combine(foundings, steps, faults)
                .as((founding, s, f) -> Journey.run(spec, founding, JourneyScript.of(s, f)));
    }

    /**
     * The edge cases, at most {@value Generators#MAX_EDGE_CASES}.
     *
     * @param maxEdgeCases the most edge cases jqwik asks for
     * @return the edge cases
     */
    @Override
    public EdgeCases<List<VentureEvent>> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, Generators.MAX_EDGE_CASES));
    }

    @Override
    protected Arbitrary<List<VentureEvent>> arbitrary() {
        return journeys(List.of())
                .map(result -> List.copyOf(result.get().events().asJava()));
    }
}
