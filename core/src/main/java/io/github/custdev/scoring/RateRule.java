package io.github.custdev.scoring;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.collection.Map;

/**
 * A built-in strategy that judges a rate from a selection of the trials: the Bayesian, fixed-sample and sequential
 * strategies, which the Sean Ellis strategy reuses on the survey answers alone without rebuilding the log.
 */
interface RateRule extends ScoringStrategy {

    /**
     * Assesses the hypothesis on the selected trials, naming the assessment as the caller says.
     *
     * @param hypothesis the hypothesis
     * @param log the evidence
     * @param selection which trials count
     * @param strategy the strategy name to report
     * @param parameters the parameters to report
     * @return the assessment
     */
    Assessment assess(
            Hypothesis hypothesis,
            EvidenceLog log,
            Selection selection,
            String strategy,
            Map<String, String> parameters);

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

    /** The name this rule reports on its own. */
    @Override
    String name();

    /** The parameters this rule reports on its own. */
    Map<String, String> parameters();
}
