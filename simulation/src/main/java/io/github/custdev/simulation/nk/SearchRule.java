package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Which improving one-bit neighbour a local searcher moves to (Levinthal 1997). Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum SearchRule {

    /**
     * Try the one-bit neighbours in a uniformly random order and move to the first that is perceived better, as the
     * searchers of Levinthal (1997) do. Implemented in one pass: every neighbour is perceived, and the move goes to a
     * uniformly random one of those perceived better ({@code random.nextInt(count)}), which has the same distribution,
     * since the first improvement of a uniformly random order is uniform among the improvements.
     */
    FIRST_IMPROVEMENT,

    /** Move to the neighbour perceived best, if it is perceived better than the current position (steepest ascent). */
    BEST_IMPROVEMENT
}
