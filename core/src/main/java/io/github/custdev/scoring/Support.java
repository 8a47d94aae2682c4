package io.github.custdev.scoring;

import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.collection.Map;

/** What the built-in strategies share: the answer for a criterion they cannot judge, the count rule, reasons. */
final class Support {
    /** The interval of a metric that the evidence does not limit at all. */
    static final Interval UNBOUNDED = Interval.confidence(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.95);

    /** The estimate of a strategy that cannot judge a hypothesis: none to speak of. */
    private static final Estimate NO_ESTIMATE = new Estimate(0.0, UNBOUNDED);
    /** Its statistic, of value 0, with probability 1/2: it leans neither way. */
    private static final Reason NOT_APPLICABLE = Reason.of("not applicable");
    /** The statistic of the count rule. */
    private static final Reason COUNT = Reason.of("count");
    /** Its sample: nothing counted, nothing expected. */
    private static final Sample NO_SAMPLE = Sample.of(0, 0.0);

    private Support() {}

    /**
     * The inconclusive assessment of a strategy that cannot judge this hypothesis (a rate strategy given a mean
     * criterion, a Sean Ellis strategy with another benchmark): probability 1/2, no estimate to speak of, and the
     * reason.
     */
    static Assessment notApplicable(
            Hypothesis hypothesis, String strategy, Map<String, String> parameters, String reason) {
        return notApplicable(hypothesis, strategy, parameters, Reason.of(reason));
    }

    /** The inconclusive assessment of a strategy that cannot judge this hypothesis, its reason written when read. */
    static Assessment notApplicable(
            Hypothesis hypothesis, String strategy, Map<String, String> parameters, Reason reason) {
        return Assessment.create(
                hypothesis.id(),
                Verdict.INCONCLUSIVE,
                NO_ESTIMATE,
                NOT_APPLICABLE,
                0.0,
                0.5,
                NO_SAMPLE,
                strategy,
                parameters,
                reason);
    }

    /**
     * The assessment, its reason noting the hypothesis's evidence of kinds that its criterion's metric does not count
     * ({@code "3 Sean Ellis tallies ignored: a proportion criterion counts statements, behaviours and
     * commitments"}); unchanged when there is none. Read from the running statistics in O(1). A venture refuses such
     * evidence; a bare log may hold it.
     */
    static Assessment noteIgnored(Assessment assessment, Hypothesis hypothesis, EvidenceLog log) {
        Metric metric = hypothesis.criterion().metric();
        EvidenceStatistics statistics = log.statistics(hypothesis.id());
        long tallies = statistics.ellisTallies();
        long measurements = statistics.measurementCount();
        long outcomes = statistics.count() - tallies - measurements;
        long ignoredOutcomes = metric != Metric.PROPORTION && metric != Metric.COUNT ? outcomes : 0;
        long ignoredTallies = metric != Metric.VERY_DISAPPOINTED ? tallies : 0;
        long ignoredMeasurements = metric != Metric.MEAN ? measurements : 0;
        if (ignoredOutcomes <= 0 && ignoredTallies <= 0 && ignoredMeasurements <= 0) {
            return assessment;
        }
        return assessment.withNote(note -> {
            int start = note.length();
            kind(
                    note,
                    start,
                    ignoredOutcomes,
                    "statement, behaviour or commitment",
                    "statements, behaviours or commitments");
            kind(note, start, ignoredTallies, "Sean Ellis tally", "Sean Ellis tallies");
            kind(note, start, ignoredMeasurements, "measurement", "measurements");
            note.append(" ignored: a ")
                    .append(metric.noun())
                    .append(" criterion counts ")
                    .append(metric.evidenceKinds());
        });
    }

    /** Appends {@code "3 Sean Ellis tallies"}, after {@code " and "} when the note has a kind already. */
    private static void kind(StringBuilder note, int start, long n, String singular, String plural) {
        if (n > 0) {
            note.append(note.length() == start ? "" : " and ")
                    .append(n)
                    .append(' ')
                    .append(n == 1 ? singular : plural);
        }
    }

    /** The reason a rate strategy gives for a mean criterion. */
    static String notForMeans(String strategy) {
        return strategy + " judges rates and counts, not the MEAN of a measurement: use Scoring.mean()";
    }

    /**
     * The count rule, shared by every rate strategy for a {@link SuccessCriterion.Metric#COUNT} criterion. A count
     * is observed, not estimated: the estimate is the number of positive outcomes counted (exactly, of at least the
     * minimum strength, of strengths with a positive weight) and its interval is that single point.
     *
     * <ul>
     *   <li>{@code AT_LEAST t}: supported once the count reaches {@code t}; never refuted by the count alone, since
     *       more evidence can always add to it. Probability 1 once reached, 1/2 before. The expected additional
     *       sample is {@code (t - count) / r} with {@code r = (count + 1) / (trials + 2)} (Laplace's rule of
     *       succession).
     *   <li>{@code AT_MOST t}: refuted once the count exceeds {@code t} (probability 0), supported once the
     *       criterion's minimum sample is counted without exceeding it (probability 1), and 1/2 before.
     * </ul>
     *
     * As everywhere, no verdict is given before the criterion's minimum sample.
     */
    static Assessment countRule(
            Hypothesis hypothesis,
            Counts counts,
            Selection selection,
            String strategy,
            Map<String, String> parameters,
            double level) {
        SuccessCriterion criterion = hypothesis.criterion();
        long count = counts.successes;
        double threshold = criterion.threshold();
        long minimum = criterion.minimumSample();
        boolean enough = counts.trials >= minimum;
        Verdict verdict;
        double probability;
        long more = -1;
        if (criterion.comparison() == Comparison.AT_LEAST) {
            boolean met = count >= threshold;
            probability = met ? 1.0 : 0.5;
            verdict = met && enough ? Verdict.SUPPORTED : Verdict.INCONCLUSIVE;
            if (!met) {
                double rate = (count + 1.0) / (counts.trials + 2.0);
                more = atLeastOne(Math.ceil((threshold - count) / rate));
            }
        } else {
            boolean exceeded = count > threshold;
            probability = exceeded ? 0.0 : enough ? 1.0 : 0.5;
            verdict = enough ? (exceeded ? Verdict.REFUTED : Verdict.SUPPORTED) : Verdict.INCONCLUSIVE;
        }
        if (verdict == Verdict.INCONCLUSIVE && !enough) {
            more = Math.max(more, minimum - counts.trials);
        }
        long trials = counts.trials;
        String noun = selection.noun();
        Reason reason = text -> {
            text.append(count)
                    .append(" positive outcomes (")
                    .append(criterion.minimumStrength())
                    .append(" or stronger) in ");
            trials(text, trials, noun)
                    .append("; the criterion needs a count ")
                    .append(criterion.comparison().symbol())
                    .append(' ');
            Text.number(text, threshold, 0, 0);
            if (!enough) {
                text.append(" and ");
                trials(text, minimum, noun);
            }
        };
        return Assessment.create(
                hypothesis.id(),
                verdict,
                new Estimate((double) count, Interval.confidence((double) count, (double) count, level)),
                COUNT,
                (double) count,
                probability,
                Sample.built(counts.trials, counts.effectiveTrials, verdict == Verdict.INCONCLUSIVE ? more : -1),
                strategy,
                parameters,
                reason);
    }

    /** Appends {@code "52 trials"}, or {@code "1 trial"}. */
    static StringBuilder trials(StringBuilder text, long n, String plural) {
        text.append(n).append(' ');
        return n == 1 ? text.append(plural, 0, plural.length() - 1) : text.append(plural);
    }

    /**
     * Appends {@code " after 52 trials"}, the effective sample when it differs ({@code " (effective 112.5)"}), and
     * the criterion's minimum sample when it is not reached yet.
     */
    static StringBuilder after(StringBuilder text, long n, double effective, long minimum, String plural) {
        trials(text.append(" after "), n, plural);
        if (effective != n) {
            Text.number(text.append(" (effective "), effective, 0, 1).append(')');
        }
        if (n < minimum) {
            text.append("; the criterion needs ").append(minimum);
        }
        return text;
    }

    /** Appends {@code "P(rate >= 0.40)"}. */
    static StringBuilder rateStatistic(StringBuilder text, SuccessCriterion criterion) {
        text.append("P(rate ").append(criterion.comparison().symbol()).append(' ');
        return Text.rate(text, criterion.threshold()).append(')');
    }

    /**
     * A whole number of trials from a real-valued estimate: rounded up, at least 1, and capped so that it is a
     * valid {@code long}; {@code -1} when the estimate is not a number or infinite.
     */
    static long atLeastOne(double estimate) {
        if (!(estimate < Double.POSITIVE_INFINITY)) {
            return -1;
        }
        if (estimate >= 9.0e18) {
            return (long) 9.0e18;
        }
        return Math.max(1L, (long) Math.ceil(estimate));
    }

    /**
     * The lower bound of the Wilson score interval of the rate {@code rate} observed in {@code n > 0} trials, with
     * {@code z} the normal quantile of the level; never above {@code rate}.
     */
    static double wilsonLower(double rate, double n, double z) {
        double zz = z * z / n;
        double centre = (rate + zz / 2.0) / (1.0 + zz);
        double half = z / (1.0 + zz) * Math.sqrt(rate * (1.0 - rate) / n + zz / (4.0 * n));
        return Math.min(Math.max(0.0, centre - half), rate);
    }

    /** The upper bound of the Wilson score interval, as {@link #wilsonLower}; never below {@code rate}. */
    static double wilsonUpper(double rate, double n, double z) {
        double zz = z * z / n;
        double centre = (rate + zz / 2.0) / (1.0 + zz);
        double half = z / (1.0 + zz) * Math.sqrt(rate * (1.0 - rate) / n + zz / (4.0 * n));
        return Math.max(Math.min(1.0, centre + half), rate);
    }

    /** The standard logistic function, {@code 1 / (1 + e^-x)}, without overflow. */
    static double logistic(double x) {
        return x >= 0 ? 1.0 / (1.0 + Math.exp(-x)) : Math.exp(x) / (1.0 + Math.exp(x));
    }
}
