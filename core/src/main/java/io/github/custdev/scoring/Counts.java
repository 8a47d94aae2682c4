package io.github.custdev.scoring;

import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;

/**
 * The trials a rate strategy counts for one hypothesis: those of the selected kinds, of at least the criterion's
 * minimum strength, whose strength has a positive weight, as exact counts and as effective (weighted) figures. Read
 * from the running statistics in O(1).
 */
final class Counts {
    static final Counts NONE = new Counts(0, 0, 0.0, 0.0, 0.0);

    /** Trials counted, exactly. */
    final long trials;
    /** Positive outcomes counted, exactly. */
    final long successes;
    /** Positive outcomes, each with the weight of its strength. */
    final double effectiveSuccesses;
    /** Failures, each with the weight of its strength. */
    final double effectiveFailures;
    /** Trials, each with the weight of its strength. */
    final double effectiveTrials;

    Counts(long trials, long successes, double effectiveSuccesses, double effectiveFailures, double effectiveTrials) {
        this.trials = trials;
        this.successes = successes;
        this.effectiveSuccesses = effectiveSuccesses;
        this.effectiveFailures = effectiveFailures;
        this.effectiveTrials = effectiveTrials;
    }

    /**
     * The counted trials of the statistics.
     *
     * @param statistics the hypothesis's statistics, carrying the log's weights
     * @param minimum the criterion's minimum strength
     * @param selection which trials
     */
    static Counts of(EvidenceStatistics statistics, Strength minimum, Selection selection) {
        StrengthWeights weights = statistics.weights();
        if (selection == Selection.SEAN_ELLIS) {
            double weight = weights.of(Strength.SAID);
            if (minimum != Strength.SAID || weight == 0.0 || statistics.ellisRespondents() == 0) {
                return NONE;
            }
            long respondents = statistics.ellisRespondents();
            long very = statistics.veryDisappointed();
            return new Counts(respondents, very, weight * very, weight * (respondents - very), weight * respondents);
        }
        EvidenceStatistics kept = statistics.atLeast(minimum);
        // The Sean Ellis answers are SAID trials in the statistics; the outcomes leave them out.
        long saidTrials = weights.of(Strength.SAID) > 0.0 ? kept.trials(Strength.SAID) - kept.ellisRespondents() : 0;
        long saidSuccesses =
                weights.of(Strength.SAID) > 0.0 ? kept.successes(Strength.SAID) - kept.veryDisappointed() : 0;
        long didTrials = weights.of(Strength.DID) > 0.0 ? kept.trials(Strength.DID) : 0;
        long didSuccesses = weights.of(Strength.DID) > 0.0 ? kept.successes(Strength.DID) : 0;
        long paidTrials = weights.of(Strength.PAID) > 0.0 ? kept.trials(Strength.PAID) : 0;
        long paidSuccesses = weights.of(Strength.PAID) > 0.0 ? kept.successes(Strength.PAID) : 0;
        long trials = saidTrials + didTrials + paidTrials;
        if (trials == 0) {
            return NONE;
        }
        return new Counts(
                trials,
                saidSuccesses + didSuccesses + paidSuccesses,
                weighted(weights, saidSuccesses, didSuccesses, paidSuccesses),
                weighted(weights, saidTrials - saidSuccesses, didTrials - didSuccesses, paidTrials - paidSuccesses),
                weighted(weights, saidTrials, didTrials, paidTrials));
    }

    /** The weighted sum, in the order {@link EvidenceStatistics#effectiveTrials()} computes it. */
    private static double weighted(StrengthWeights weights, long said, long did, long paid) {
        return weights.of(Strength.SAID) * said + weights.of(Strength.DID) * did + weights.of(Strength.PAID) * paid;
    }

    /** The observed rate, {@code effectiveSuccesses / effectiveTrials}; only for non-empty counts. */
    double rate() {
        return effectiveSuccesses / effectiveTrials;
    }
}
