package io.github.custdev.scoring;

import io.vavr.collection.Map;

/** Helpers of the decorating and combining strategies. */
final class Decorations {
    private Decorations() {}

    /** The assessment under another strategy name and parameters, its reason prefixed. */
    static Assessment rename(Assessment assessment, String strategy, Map<String, String> parameters, String prefix) {
        ImmutableAssessment copy = ((ImmutableAssessment) ImmutableAssessment.copyOf(assessment))
                .withStrategy(strategy)
                .withParameters(parameters);
        return prefix.isEmpty() ? copy : copy.withReason(prefix + assessment.reason());
    }
}
