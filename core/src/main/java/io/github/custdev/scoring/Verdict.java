package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What the evidence says of a hypothesis under a scoring strategy: supported, refuted, or not yet decided. */
@API(status = STABLE, since = "0.1.0")
public enum Verdict {
    /** The evidence shows that the success criterion holds. */
    SUPPORTED,
    /** The evidence shows that the success criterion fails. */
    REFUTED,
    /** The evidence does not yet decide either way. */
    INCONCLUSIVE;

    /**
     * Whether the evidence decided.
     *
     * @return {@code true} for {@link #SUPPORTED} and {@link #REFUTED}
     */
    public boolean isDecided() {
        return this != INCONCLUSIVE;
    }
}
