package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import org.apiguardian.api.API;

/**
 * Thrown by {@link Venture#applyOrThrow(VentureEvent)} and {@link Venture#applyAllOrThrow(Iterable)} when the venture
 * refuses an event: the {@link Rejection} as an exception, for callers who treat a refused event as a bug rather than
 * an answer.
 *
 * <p>The message is the rejection's own {@link Rejection#message()}, as in {@code event 3 (EvidenceRecorded at
 * 2026-03-09T09:00:00Z) rejected: evidence must be for a stated hypothesis: pmf.ellis}; the rejection itself is
 * available as {@link #rejection()}, so callers can read its rule, event, position and value without parsing text.
 */
@API(status = STABLE, since = "0.1.0")
public final class RejectedEventException extends CustDevException {
    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    /**
     * An exception carrying a rejection.
     *
     * @param rejection the venture's answer
     * @throws InvalidValueException if the rejection is null
     */
    public RejectedEventException(Rejection rejection) {
        super(Checks.notNull(rejection, "rejection").message());
        this.rejection = rejection;
    }

    /**
     * The rejection: the rule broken, the event refused, its position and the offending value.
     *
     * @return the rejection
     */
    public Rejection rejection() {
        return rejection;
    }
}
