package io.github.custdev.internal;

/**
 * A built-in scoring strategy that can tell whether its assessment of a hypothesis reads nothing but that hypothesis
 * and its own evidence in the log (the hypothesis's track, and the log's strength weights). Such an assessment is the
 * same for as long as the track is, so a log may keep it with the track and hand it out again; see
 * {@code EvidenceLog.assessed}. Only the library's own strategies implement this: a caller's strategy may read
 * anything, and its assessments are never kept.
 */
public interface LocalScoring {

    /**
     * Whether this strategy's assessment of a hypothesis reads only that hypothesis, its evidence and the log's
     * weights: true for a single rule, and for a composite whose every part is such a strategy.
     *
     * @return {@code true} when an assessment may be kept with the hypothesis's evidence
     */
    boolean readsOnlyItsHypothesis();

    /**
     * Whether a strategy is one whose assessments may be kept with a hypothesis's evidence.
     *
     * @param strategy any strategy
     * @return {@code true} for a {@link LocalScoring} that {@linkplain #readsOnlyItsHypothesis() reads only its
     *     hypothesis}
     */
    static boolean isLocal(Object strategy) {
        return strategy instanceof LocalScoring local && local.readsOnlyItsHypothesis();
    }
}
