package io.github.custdev.scoring;

import io.github.custdev.BetaPrior;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.SuccessCriterion;
import io.vavr.collection.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rate criterion to judge, as {@link RateRule} hands it to a strategy: the hypothesis, its evidence, which trials
 * count, the name and parameters to report, and the criterion's minimum sample; with the steps every rate strategy
 * ends with. Made per assessment, not shared.
 */
final class RateCase {
    final Hypothesis hypothesis;
    final SuccessCriterion criterion;
    final EvidenceLog log;
    final Selection selection;
    final String strategy;
    final Map<String, String> parameters;
    /** The criterion's minimum sample. */
    final long minimum;

    RateCase(
            Hypothesis hypothesis,
            EvidenceLog log,
            Selection selection,
            String strategy,
            Map<String, String> parameters) {
        this.hypothesis = hypothesis;
        this.criterion = hypothesis.criterion();
        this.log = log;
        this.selection = selection;
        this.strategy = strategy;
        this.parameters = parameters;
        this.minimum = criterion.minimumSample();
    }

    /** The selected trials, from the running statistics in O(1); a strategy that reads the log itself skips it. */
    Counts counts() {
        return Counts.of(log.statistics(hypothesis.id()), criterion.minimumStrength(), selection);
    }

    /** Whether so many trials reach the criterion's minimum sample. */
    boolean enough(long trials) {
        return trials >= minimum;
    }

    /** The inconclusive answer of a strategy that cannot judge this criterion, for the reason given. */
    Assessment notApplicable(Reason reason) {
        return Support.notApplicable(hypothesis, strategy, parameters, reason);
    }

    /**
     * The assessment: the reason ends with the trials counted ({@link Support#after}); an inconclusive verdict
     * expects at least what the minimum sample still needs, a decided one nothing more.
     *
     * @param statisticName the deciding statistic's name, written when read
     * @param statistic its value, not NaN
     * @param probability the probability it gives that the criterion holds, in [0, 1]
     * @param more the strategy's own expected additional sample, negative for none
     */
    Assessment conclude(
            Verdict verdict,
            Estimate estimate,
            Reason statisticName,
            double statistic,
            double probability,
            long trials,
            double effectiveTrials,
            Map<String, String> reported,
            @Nullable BetaPrior prior,
            Reason reason,
            long more) {
        String noun = selection.noun();
        long least = minimum;
        long expected = -1;
        if (verdict == Verdict.INCONCLUSIVE) {
            expected = enough(trials) ? more : Math.max(more, minimum - trials);
        }
        return Assessment.create(
                hypothesis.id(),
                verdict,
                estimate,
                statisticName,
                statistic,
                probability,
                Sample.built(trials, effectiveTrials, expected),
                strategy,
                reported,
                prior,
                text -> {
                    reason.appendTo(text);
                    Support.after(text, trials, effectiveTrials, least, noun);
                });
    }
}
