package io.github.custdev.scoring;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
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

    /** The name this rule reports on its own. */
    @Override
    String name();

    /** The parameters this rule reports on its own. */
    Map<String, String> parameters();
}
