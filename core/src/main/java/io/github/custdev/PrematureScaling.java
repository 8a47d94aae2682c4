package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The record that a venture hired for execution while it was still searching: an executor role (a VP of Sales) hired
 * during Customer Discovery or Customer Validation.
 *
 * <p>Searching is not executing, and premature scaling is a classic cause of failure; a venture keeps every such
 * hire and every later gate trace shows it. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class PrematureScaling {
    private final Role role;
    private final Phase phase;
    private final Instant at;

    private PrematureScaling(Role role, Phase phase, Instant at) {
        this.role = role;
        this.phase = phase;
        this.at = at;
    }

    /**
     * A premature hire.
     *
     * @param role the executor role hired
     * @param phase the search phase the venture was in
     * @param at when the role was hired
     * @return the record
     * @throws InvalidValueException if an argument is null, the role is not an executor or the phase not a search
     *     phase
     */
    public static PrematureScaling of(Role role, Phase phase, Instant at) {
        Checks.notNull(role, "role");
        Checks.notNull(phase, "phase");
        if (!role.isExecutor()) {
            throw InvalidValueException.of("role", "must be an executor role to scale prematurely", role);
        }
        if (!phase.isSearch()) {
            throw InvalidValueException.of("phase", "must be a search phase to scale prematurely", phase);
        }
        return new PrematureScaling(role, phase, Checks.notNull(at, "at"));
    }

    /**
     * The executor role hired.
     *
     * @return the role
     */
    public Role role() {
        return role;
    }

    /**
     * The search phase the venture was in.
     *
     * @return the phase
     */
    public Phase phase() {
        return phase;
    }

    /**
     * When the role was hired.
     *
     * @return the instant
     */
    public Instant at() {
        return at;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PrematureScaling that)) {
            return false;
        }
        return role.equals(that.role) && phase == that.phase && at.equals(that.at);
    }

    @Override
    public int hashCode() {
        return (31 * role.hashCode() + phase.hashCode()) * 31 + at.hashCode();
    }

    /**
     * The record as text: {@code "VP of Sales hired at 2026-03-05T09:00:00Z during CUSTOMER_DISCOVERY"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return role.name() + " hired at " + at + " during " + phase;
    }
}
