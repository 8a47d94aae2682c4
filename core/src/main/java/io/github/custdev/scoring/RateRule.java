package io.github.custdev.scoring;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.LocalScoring;
import io.vavr.collection.Map;

/**
 * A built-in strategy that judges a rate from a selection of the trials: the Bayesian, fixed-sample and sequential
 * strategies, which the Sean Ellis strategy reuses on the survey answers alone without rebuilding the log.
 *
 * <p>The opening every such strategy shares is written here once: the null checks, the answer for a mean criterion,
 * the count rule for a count criterion, the note on evidence the metric does not count. A strategy writes only its
 * rule for a rate, {@link #assessRate}, and reads what it needs from the {@link RateCase}.
 */
interface RateRule extends ScoringStrategy, LocalScoring {

    /** A rate rule reads the hypothesis's own evidence and nothing else. */
    @Override
    default boolean readsOnlyItsHypothesis() {
        return true;
    }

    @Override
    default Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        Checks.notNull(hypothesis, "hypothesis");
        Checks.notNull(log, "log");
        return assessByMetric(hypothesis, log, name(), parameters());
    }

    /**
     * Assesses the hypothesis on the selected trials, naming the assessment as the caller says: a mean criterion is
     * not applicable, a count criterion is judged by {@link Support#countRule}, a rate by {@link #assessRate}.
     *
     * @param hypothesis the hypothesis
     * @param log the evidence
     * @param selection which trials count
     * @param strategy the strategy name to report
     * @param parameters the parameters to report
     * @return the assessment
     */
    default Assessment assess(
            Hypothesis hypothesis,
            EvidenceLog log,
            Selection selection,
            String strategy,
            Map<String, String> parameters) {
        SuccessCriterion criterion = hypothesis.criterion();
        if (criterion.metric() == Metric.MEAN) {
            return Support.notApplicable(hypothesis, strategy, parameters, Support.notForMeans(strategy));
        }
        RateCase rate = new RateCase(hypothesis, log, selection, strategy, parameters);
        if (criterion.metric() == Metric.COUNT) {
            return Support.countRule(hypothesis, rate.counts(), selection, strategy, parameters, level());
        }
        return assessRate(rate);
    }

    /**
     * Assesses the hypothesis of a rate criterion (a proportion or a very-disappointed share): what differs between
     * the rate strategies.
     *
     * @param rate the hypothesis, its evidence and how to report
     * @return the assessment
     */
    Assessment assessRate(RateCase rate);

    /**
     * Assesses the hypothesis on the trials its criterion's metric counts ({@link Selection#of}), the reason noting
     * any evidence of the hypothesis that is of a kind the metric does not count.
     */
    default Assessment assessByMetric(
            Hypothesis hypothesis, EvidenceLog log, String strategy, Map<String, String> parameters) {
        Assessment assessment = assess(hypothesis, log, Selection.of(hypothesis.criterion()), strategy, parameters);
        return hypothesis.criterion().metric() == Metric.MEAN
                ? assessment
                : Support.noteIgnored(assessment, hypothesis, log);
    }

    /** The level of the rule's intervals, in (0, 1); also the level of a count's point interval. */
    double level();

    /** The name this rule reports on its own. */
    @Override
    String name();

    /** The parameters this rule reports on its own. */
    Map<String, String> parameters();
}
