package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.internal.Checks;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The record that a venture executing its business model kept a team of builders only for longer than allowed:
 * under-building, the mirror of {@link PrematureScaling}.
 *
 * <p>Once the model is found, operators run it: a venture that has moved from search to execute (into Customer
 * Creation, see {@link Venture#modeSince()}) and hires no {@link Mode#EXECUTE} role (a VP of Sales, an operations
 * manager) for longer than a stated time leaves its founders running departments they were never meant to run. The
 * span runs from the move into execution until the first operator is hired, or until the instant the venture is
 * judged while none is. {@link Venture#underBuilding(Duration, Instant)} finds it. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class UnderBuilding {
    private final Instant executingSince;
    private final Instant buildersOnlyUntil;
    private final Duration allowed;
    private final boolean ongoing;

    private UnderBuilding(Instant executingSince, Instant buildersOnlyUntil, Duration allowed, boolean ongoing) {
        this.executingSince = executingSince;
        this.buildersOnlyUntil = buildersOnlyUntil;
        this.allowed = allowed;
        this.ongoing = ongoing;
    }

    /**
     * An under-building.
     *
     * @param executingSince when the venture moved from search to execute
     * @param buildersOnlyUntil when the first operator was hired, or the instant judged while none is
     * @param allowed the longest span of builders only that is not under-building; not negative
     * @param ongoing {@code true} when no operator is hired yet
     * @return the record
     * @throws InvalidValueException if an argument is null, the allowed span negative, or the span of builders only
     *     not longer than allowed: {@code buildersOnlyUntil must be more than allowed (P30D) after executingSince
     *     (2026-05-01T00:00:00Z): 2026-05-20T00:00:00Z}
     */
    public static UnderBuilding of(
            Instant executingSince, Instant buildersOnlyUntil, Duration allowed, boolean ongoing) {
        Checks.notNull(executingSince, "executingSince");
        Checks.notNull(buildersOnlyUntil, "buildersOnlyUntil");
        checkAllowed(allowed);
        if (Duration.between(executingSince, buildersOnlyUntil).compareTo(allowed) <= 0) {
            throw InvalidValueException.of(
                    "buildersOnlyUntil",
                    "must be more than allowed (" + allowed + ") after executingSince (" + executingSince + ")",
                    buildersOnlyUntil);
        }
        return new UnderBuilding(executingSince, buildersOnlyUntil, allowed, ongoing);
    }

    /** Checks an allowed span of builders only: not null, not negative. */
    static Duration checkAllowed(@Nullable Duration allowed) {
        Duration checked = Checks.notNull(allowed, "allowed");
        if (checked.isNegative()) {
            throw InvalidValueException.of("allowed", "must not be negative", checked);
        }
        return checked;
    }

    /**
     * When the venture moved from search to execute.
     *
     * @return the instant
     */
    public Instant executingSince() {
        return executingSince;
    }

    /**
     * When the span of builders only ended: the first operator's hire, or the instant judged while none is hired.
     *
     * @return the instant
     */
    public Instant buildersOnlyUntil() {
        return buildersOnlyUntil;
    }

    /**
     * The longest span of builders only that was allowed.
     *
     * @return the duration, not negative
     */
    public Duration allowed() {
        return allowed;
    }

    /**
     * How long the venture executed with builders only.
     *
     * @return the span, longer than {@link #allowed()}
     */
    public Duration buildersOnly() {
        return Duration.between(executingSince, buildersOnlyUntil);
    }

    /**
     * Whether the venture still has no operator.
     *
     * @return {@code true} while no operator is hired
     */
    public boolean isOngoing() {
        return ongoing;
    }

    /**
     * When the first operator was hired, late.
     *
     * @return the instant; none while the under-building is ongoing
     */
    public Option<Instant> operatorHiredAt() {
        return ongoing ? Option.none() : Option.some(buildersOnlyUntil);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UnderBuilding that)) {
            return false;
        }
        return ongoing == that.ongoing
                && executingSince.equals(that.executingSince)
                && buildersOnlyUntil.equals(that.buildersOnlyUntil)
                && allowed.equals(that.allowed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(executingSince, buildersOnlyUntil, allowed, ongoing);
    }

    /**
     * The record as text: {@code "builders only for PT1080H since 2026-05-01T00:00:00Z in execution, more than the
     * PT720H allowed (no operator hired)"}, or {@code "... (first operator hired 2026-06-15T00:00:00Z)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "builders only for " + buildersOnly() + " since " + executingSince + " in execution, more than the "
                + allowed + " allowed ("
                + (ongoing ? "no operator hired" : "first operator hired " + buildersOnlyUntil) + ')';
    }
}
