package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How much an observation weighs: what customers say is weaker than what they do, which is weaker than what they
 * commit or pay.
 *
 * <p>The constants are declared from weakest to strongest, so {@link #compareTo} orders them: {@code SAID < DID <
 * PAID}.
 */
@API(status = STABLE, since = "0.1.0")
public enum Strength {
    /** What people say: interviews, compliments, surveys. */
    SAID,
    /** What people do: sign up, use, come back, refer. */
    DID,
    /** What people commit or pay: time, reputation, money; pre-orders, letters of intent. */
    PAID;

    /**
     * Whether this strength is at least as strong as the other.
     *
     * @param other the strength to compare with
     * @return {@code true} when this strength is {@code other} or stronger
     */
    public boolean isAtLeast(Strength other) {
        return compareTo(other) >= 0;
    }
}
