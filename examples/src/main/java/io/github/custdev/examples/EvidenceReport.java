package io.github.custdev.examples;

import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.HypothesisId;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A team's own code that reads custdev's evidence log: a summary with one line per hypothesis that has evidence, as a
 * weekly review would print it. The example test suite checks its laws on generated logs with custdev-testkit.
 */
public final class EvidenceReport {
    private final List<Line> lines;

    private EvidenceReport(List<Line> lines) {
        this.lines = lines;
    }

    /**
     * Summarises a log.
     *
     * @param log the evidence
     * @return the report, with a line per hypothesis with evidence, in the order of their ids
     */
    public static EvidenceReport of(EvidenceLog log) {
        List<Line> lines = new ArrayList<>();
        for (HypothesisId id : log.hypothesisIds()) {
            EvidenceStatistics statistics = log.statistics(id);
            lines.add(new Line(
                    id,
                    statistics.count(),
                    statistics.successes(),
                    statistics.trials(),
                    statistics.measurementCount(),
                    statistics.measurementMean(),
                    statistics.unit()));
        }
        return new EvidenceReport(List.copyOf(lines));
    }

    /**
     * The lines, in the order of the hypotheses' ids.
     *
     * @return the lines
     */
    public List<Line> lines() {
        return lines;
    }

    /**
     * The report as text: one line per hypothesis.
     *
     * @return the text
     */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(line.render()).append('\n');
        }
        return text.toString();
    }

    /**
     * One hypothesis's line.
     *
     * @param id the hypothesis
     * @param items how many items of evidence it has
     * @param successes the positive outcomes
     * @param trials the trials
     * @param measurements how many measurements
     * @param mean the mean of the measurements, 0 when there are none
     * @param unit their unit, if any
     */
    public record Line(
            HypothesisId id,
            long items,
            long successes,
            long trials,
            long measurements,
            double mean,
            Option<String> unit) {

        /**
         * The share of positive outcomes.
         *
         * @return successes over trials, or none without trials
         */
        public Option<Double> share() {
            return trials == 0 ? Option.none() : Option.some((double) successes / trials);
        }

        String render() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-24s %4d items", id, items));
            share().forEach(s -> text.append(
                    String.format(Locale.ROOT, ", %d of %d positive (%.0f%%)", successes, trials, 100 * s)));
            if (measurements > 0) {
                text.append(
                        String.format(Locale.ROOT, ", mean %.2f %s over %d", mean, unit.getOrElse(""), measurements));
            }
            return text.toString();
        }
    }
}
