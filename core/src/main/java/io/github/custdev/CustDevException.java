package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The root of every exception custdev throws: a value or a call that breaks one of the library's rules.
 *
 * <p>Subclasses carry the rule's details as fields ({@link InvalidValueException} names the field, the rule and the
 * rejected value), so callers can react to them without parsing the message. The library throws only for input that
 * can never be valid; a request that is well formed but does not fit the current state (an event that does not
 * apply to a venture, say) is answered with a value, not an exception, unless the caller asks for one
 * ({@link Venture#applyOrThrow(VentureEvent)} throws a {@link RejectedEventException}).
 */
@API(status = STABLE, since = "0.1.0")
public class CustDevException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message.
     *
     * @param message what went wrong, naming the field, the rule and the value
     */
    public CustDevException(String message) {
        super(message);
    }
}
