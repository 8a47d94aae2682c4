package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.VentureEvent;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * A kind of event a journey may hold besides its founding, with the weight a random script gives it. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum EventKind {
    /** {@link VentureEvent.HypothesisStated}, weight 8. */
    STATED(VentureEvent.HypothesisStated.class, 8),
    /** {@link VentureEvent.EvidenceRecorded}, weight 40. */
    RECORDED(VentureEvent.EvidenceRecorded.class, 40),
    /** {@link VentureEvent.GateEvaluated}, weight 10. */
    EVALUATED(VentureEvent.GateEvaluated.class, 10),
    /** {@link VentureEvent.Pivoted}, weight 3. */
    PIVOTED(VentureEvent.Pivoted.class, 3),
    /** {@link VentureEvent.PhaseAdvanced}, weight 3. */
    ADVANCED(VentureEvent.PhaseAdvanced.class, 3),
    /** {@link VentureEvent.RoleHired}, weight 6. */
    HIRED(VentureEvent.RoleHired.class, 6),
    /** {@link VentureEvent.AudienceChosen}, weight 6. */
    CHOSEN(VentureEvent.AudienceChosen.class, 6),
    /** {@link VentureEvent.DepartmentEstablished}, weight 2. */
    ESTABLISHED(VentureEvent.DepartmentEstablished.class, 2),
    /** {@link VentureEvent.NextAudienceChosen}, weight 1. */
    NEXT_AUDIENCE(VentureEvent.NextAudienceChosen.class, 1),
    /** {@link VentureEvent.Closed}, weight 1. */
    CLOSED(VentureEvent.Closed.class, 1);

    private final Class<? extends VentureEvent> type;
    private final int weight;

    EventKind(Class<? extends VentureEvent> type, int weight) {
        this.type = type;
        this.weight = weight;
    }

    /**
     * The event class of this kind.
     *
     * @return the class
     */
    public Class<? extends VentureEvent> type() {
        return type;
    }

    /**
     * How often a random script asks for this kind, relative to the other kinds it may hold: recorded evidence most
     * often, a closing least.
     *
     * @return the weight, positive
     */
    public int weight() {
        return weight;
    }

    /**
     * The kind of an event class.
     *
     * @param type the class
     * @return the kind, or none for {@link VentureEvent.Founded} and classes that are not events
     * @throws io.github.custdev.InvalidValueException if the class is null
     */
    public static Option<EventKind> from(Class<?> type) {
        Checks.notNull("type", type);
        for (EventKind kind : values()) {
            if (kind.type.equals(type)) {
                return Option.some(kind);
            }
        }
        return Option.none();
    }
}
