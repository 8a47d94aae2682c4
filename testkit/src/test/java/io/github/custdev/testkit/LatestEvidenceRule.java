package io.github.custdev.testkit;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.Measurement;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.collection.Seq;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A correct strategy that is not exchangeable: it judges on the latest evidence only, the most recent items the
 * criterion lets count (of a kind its metric uses, of at least its minimum strength) that together reach the
 * criterion's minimum sample, by the majority rule. It declares itself not exchangeable. One instance serves every
 * test.
 */
final class LatestEvidenceRule implements ScoringStrategy {
    private final MajorityRule majority = new MajorityRule();

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        Seq<Evidence> own = log.evidence(hypothesis.id());
        boolean mean = hypothesis.criterion().metric() == Metric.MEAN;
        long needed = hypothesis.criterion().minimumSample();
        Deque<Evidence> latest = new ArrayDeque<>();
        long gathered = 0;
        for (Evidence item : own.reverse()) {
            if (gathered >= needed) {
                break;
            }
            if (!hypothesis.criterion().uses(item)
                    || !item.strength().isAtLeast(hypothesis.criterion().minimumStrength())) {
                continue;
            }
            latest.addFirst(item);
            gathered += mean ? (item instanceof Measurement ? 1 : 0) : item.trials();
        }
        return majority.assess(hypothesis, EvidenceLog.ofAll(latest).withWeights(log.weights()));
    }
}
