package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.Rejection;
import io.github.custdev.Venture;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a journey may hold: the kinds of events after the founding, whether it scales prematurely, the gates it
 * evaluates, the venture it continues, its fewest events, and the rules its deliberately invalid events break.
 * Immutable and thread-safe (as long as the gates function is).
 *
 * <pre>{@code
 * JourneySpec spec = JourneySpec.of(EnumSet.allOf(EventKind.class))
 *         .withScaling(Scaling.FORBIDDEN)
 *         .withGates(phase -> PhaseGate.defaultFor(phase))
 *         .withMinLength(10);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class JourneySpec {

    private static final Seq<EventKind> ALWAYS_FITTING = Vector.of(EventKind.STATED, EventKind.HIRED, EventKind.CHOSEN);

    private final SortedSet<EventKind> kinds;
    private final Scaling scaling;
    private final @Nullable Function<Phase, PhaseGate> gates;
    private final @Nullable Venture start;
    private final int minLength;
    private final SortedSet<Rejection.Rule> rules;

    private JourneySpec(
            SortedSet<EventKind> kinds,
            Scaling scaling,
            @Nullable Function<Phase, PhaseGate> gates,
            @Nullable Venture start,
            int minLength,
            SortedSet<Rejection.Rule> rules) {
        this.kinds = kinds;
        this.scaling = scaling;
        this.gates = gates;
        this.start = start;
        this.minLength = minLength;
        this.rules = rules;
    }

    /**
     * A spec of journeys that found a venture and hold events of the given kinds, scale as they happen to, evaluate
     * gates the driver makes up, have no minimum length and no invalid events.
     *
     * @param kinds the kinds of events besides the founding; at least one of stated, hired and chosen, one of which
     *     always fits
     * @return the spec
     * @throws InvalidValueException if the kinds are null, hold null, or none of them always fits
     */
    public static JourneySpec of(Iterable<EventKind> kinds) {
        return new JourneySpec(kindsOf(kinds), Scaling.ANY, null, null, 0, TreeSet.empty()).checked();
    }

    private static SortedSet<EventKind> kindsOf(Iterable<EventKind> kinds) {
        Seq<EventKind> given = Vector.ofAll(Checks.notNull("kinds", kinds));
        for (int i = 0; i < given.size(); i++) {
            Checks.notNull("kinds[" + i + "]", given.get(i));
        }
        return TreeSet.ofAll(given);
    }

    /**
     * This spec with another scaling.
     *
     * @param how whether executors are hired while searching
     * @return the changed copy
     * @throws InvalidValueException if scaling is required and hiring is not among the kinds or the venture continued
     *     executes without having scaled, or scaling is forbidden and the venture continued has scaled already
     */
    public JourneySpec withScaling(Scaling how) {
        return new JourneySpec(kinds, Checks.notNull("scaling", how), gates, start, minLength, rules).checked();
    }

    /**
     * This spec with the gate of each phase given, rather than made up by the driver from a step's digits.
     *
     * @param gateOfPhase the gate of each phase; it must give a gate of the phase asked
     * @return the changed copy
     */
    public JourneySpec withGates(Function<Phase, PhaseGate> gateOfPhase) {
        return new JourneySpec(kinds, scaling, Checks.notNull("gates", gateOfPhase), start, minLength, rules);
    }

    /**
     * This spec continuing a venture rather than founding one.
     *
     * @param venture the venture the journey continues
     * @return the changed copy
     * @throws InvalidValueException as {@link #withScaling(Scaling)}
     */
    public JourneySpec withStart(Venture venture) {
        return new JourneySpec(kinds, scaling, gates, Checks.notNull("start", venture), minLength, rules).checked();
    }

    /**
     * This spec with a minimum length: the driver closes the venture only once the journey has that many events (the
     * founding included, when it founds).
     *
     * @param fewest the fewest events, zero or more
     * @return the changed copy
     * @throws InvalidValueException if negative
     */
    public JourneySpec withMinLength(int fewest) {
        return new JourneySpec(kinds, scaling, gates, start, Checks.notNegative("minLength", fewest), rules);
    }

    /**
     * This spec with the rules that deliberately invalid events break; kept once each, in the order of the enum.
     *
     * @param broken the rules; empty for journeys without invalid events
     * @return the changed copy
     * @throws InvalidValueException if the rules are null or hold null
     */
    public JourneySpec withRules(Iterable<Rejection.Rule> broken) {
        Seq<Rejection.Rule> given = Vector.ofAll(Checks.notNull("rules", broken));
        for (int i = 0; i < given.size(); i++) {
            Checks.notNull("rules[" + i + "]", given.get(i));
        }
        return new JourneySpec(kinds, scaling, gates, start, minLength, TreeSet.ofAll(given));
    }

    private JourneySpec checked() {
        if (!kinds.exists(ALWAYS_FITTING::contains)) {
            throw InvalidValueException.of(
                    "kinds",
                    "must include HypothesisStated, RoleHired or AudienceChosen, one of which always fits",
                    names());
        }
        boolean already = start != null && start.isScalingPrematurely();
        if (scaling == Scaling.REQUIRED) {
            if (!kinds.contains(EventKind.HIRED)) {
                throw InvalidValueException.of(
                        "kinds", "must include RoleHired to hire an executor while searching", names());
            }
            if (!already && start != null && !start.phase().isSearch()) {
                throw InvalidValueException.of(
                        "venture.phase", "must be a search phase to hire an executor prematurely", start.phase());
            }
        }
        if (scaling == Scaling.FORBIDDEN && start != null && already) {
            throw InvalidValueException.of(
                    "venture", "must not have scaled prematurely already", start.prematureScaling());
        }
        return this;
    }

    private java.util.List<String> names() {
        return kinds.toList().map(kind -> kind.type().getSimpleName()).toJavaList();
    }

    /**
     * The kinds of events besides the founding.
     *
     * @return the kinds, in the order of the enum
     */
    public SortedSet<EventKind> kinds() {
        return kinds;
    }

    /**
     * Whether executors are hired while searching.
     *
     * @return the scaling
     */
    public Scaling scaling() {
        return scaling;
    }

    /**
     * The gate of each phase.
     *
     * @return the gates, or none when the driver makes them up
     */
    public Option<Function<Phase, PhaseGate>> gates() {
        return Option.of(gates);
    }

    /**
     * The venture the journey continues.
     *
     * @return the venture, or none when the journey founds one
     */
    public Option<Venture> start() {
        return Option.of(start);
    }

    /**
     * The fewest events; the driver closes the venture only once the journey has them.
     *
     * @return the fewest, zero or more
     */
    public int minLength() {
        return minLength;
    }

    /**
     * The rules deliberately invalid events break.
     *
     * @return the rules, in the order of the enum
     */
    public SortedSet<Rejection.Rule> rules() {
        return rules;
    }

    @Override
    public String toString() {
        return "JourneySpec[kinds=" + kinds.mkString(", ") + ", scaling=" + scaling + ", gates="
                + (gates == null ? "made up" : "given") + ", start=" + (start == null ? "founded" : start.name())
                + ", minLength=" + minLength + ", rules=" + rules.mkString(", ") + ']';
    }
}
