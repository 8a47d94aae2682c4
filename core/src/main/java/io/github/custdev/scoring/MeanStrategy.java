package io.github.custdev.scoring;

import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.LocalScoring;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/** The t-based strategy for the mean of a measurement; see {@link MeanScoring}. */
final class MeanStrategy implements MeanScoring, LocalScoring {
    static final String NAME = "mean";
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0.0, 1.0);
    private static final MeanStrategy STANDARD = new MeanStrategy(0.05, 0.95);
    private static final Strength[] STRENGTHS = Strength.values();

    private final double risk;
    private final double level;
    private final double z;
    private final Map<String, String> parameters;

    private MeanStrategy(double risk, double level) {
        this.risk = risk;
        this.level = level;
        this.z = STANDARD_NORMAL.inverseSurvivalProbability(risk);
        this.parameters = LinkedHashMap.of("risk", Text.of(risk), "level", Text.of(level), "interval", "Student t");
    }

    static MeanStrategy standard() {
        return STANDARD;
    }

    @Override
    public double risk() {
        return risk;
    }

    @Override
    public MeanScoring withRisk(double risk) {
        if (!(risk > 0.0 && risk < 0.5)) {
            throw InvalidValueException.of("risk", "must be in (0, 0.5)", risk);
        }
        return new MeanStrategy(risk, level);
    }

    @Override
    public double level() {
        return level;
    }

    @Override
    public MeanScoring withLevel(double level) {
        return new MeanStrategy(risk, Checks.openProbability(level, "level"));
    }

    @Override
    public boolean isExchangeable() {
        return true;
    }

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        Checks.notNull(hypothesis, "hypothesis");
        Checks.notNull(log, "log");
        SuccessCriterion criterion = hypothesis.criterion();
        if (criterion.metric() != Metric.MEAN) {
            return Support.notApplicable(
                    hypothesis,
                    NAME,
                    parameters,
                    "mean judges the MEAN of a measurement, not a " + criterion.metric()
                            + ": use a rate strategy such as Scoring.bayesian()");
        }
        EvidenceStatistics all = log.statistics(hypothesis.id());
        String unit = criterion.unit().get();
        if (all.unit().isDefined() && !all.unit().get().equals(unit)) {
            return Support.notApplicable(
                    hypothesis,
                    NAME,
                    parameters,
                    "the measurements are in " + all.unit().get() + ", the criterion in " + unit);
        }
        EvidenceStatistics kept = all.atLeast(criterion.minimumStrength());
        StrengthWeights weights = kept.weights();
        long count = 0;
        for (Strength strength : STRENGTHS) {
            if (weights.of(strength) > 0.0) {
                count += kept.measurementCount(strength);
            }
        }
        double n = kept.effectiveMeasurementCount();
        double mean = count == 0 ? 0.0 : kept.measurementMean();
        double variance = kept.measurementVariance();
        double t = criterion.threshold();
        boolean atLeast = criterion.comparison() == Comparison.AT_LEAST;
        long minimum = criterion.minimumSample();
        long needed = Math.max(minimum, 2);
        boolean enough = count >= needed && n > 1.0;

        Reason statisticName = text -> {
            text.append("P(mean ").append(criterion.comparison().symbol()).append(' ');
            Text.number(text, t, 0, 4).append(' ').append(unit).append(')');
        };
        long counted = count;
        boolean known;

        double estimate;
        Interval interval;
        double probability;
        // The probability that the criterion fails, from its own tail: 1 - probability rounds to 0 below 1e-16.
        double failing;
        double statistic;
        Verdict verdict;
        long more = -1;
        if (count == 0 || n <= 1.0) {
            estimate = mean;
            interval = Support.UNBOUNDED;
            probability = 0.5;
            statistic = 0.0;
            verdict = Verdict.INCONCLUSIVE;
            known = false;
            more = Math.max(1, needed - count);
        } else {
            estimate = mean;
            known = true;
            double se = Math.sqrt(variance / n);
            double difference = mean - t;
            double directed = atLeast ? difference : -difference;
            TDistribution student = TDistribution.of(n - 1.0);
            if (se > 0.0) {
                statistic = difference / se;
                probability = student.cumulativeProbability(atLeast ? statistic : -statistic);
                failing = student.cumulativeProbability(atLeast ? -statistic : statistic);
                interval = confidence(student, se, mean, level);
            } else {
                statistic =
                        difference == 0.0 ? 0.0 : difference > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                probability = directed > 0 ? 1.0 : directed < 0 ? 0.0 : 0.5;
                failing = 1.0 - probability;
                interval = Interval.confidence(mean, mean, level);
            }
            Verdict decision = failing <= risk ? Verdict.SUPPORTED : probability <= risk ? Verdict.REFUTED : null;
            verdict = decision != null && enough ? decision : Verdict.INCONCLUSIVE;
            if (decision == null && difference != 0.0) {
                double ratio = z * Math.sqrt(variance) / difference;
                more = Support.atLeastOne(ratio * ratio - n);
            }
        }
        if (verdict == Verdict.INCONCLUSIVE && count < needed) {
            more = Math.max(more, needed - count);
        }

        double shown = probability;
        Assessment assessment = Assessment.create(
                hypothesis.id(),
                verdict,
                new Estimate(estimate, interval),
                statisticName,
                statistic,
                probability,
                Sample.built(count, n, verdict == Verdict.INCONCLUSIVE ? more : -1),
                NAME,
                parameters,
                text -> {
                    statisticName.appendTo(text);
                    if (known) {
                        Text.probability(text, shown).append(": mean ");
                        Text.number(text, mean, 0, 2).append(' ').append(unit);
                    } else {
                        text.append(" is unknown until there are two measurements");
                    }
                    Support.after(text, counted, n, minimum, "measurements");
                });
        return Support.noteIgnored(assessment, hypothesis, log);
    }

    /** The t interval {@code mean -/+ q se}, its quantile computed when first read. */
    private static Interval confidence(TDistribution student, double se, double mean, double level) {
        return Interval.lazy(
                () -> {
                    double half = student.inverseSurvivalProbability((1.0 - level) / 2.0) * se;
                    return new double[] {mean - half, mean + half};
                },
                mean,
                level,
                Interval.Kind.CONFIDENCE);
    }

    @Override
    public boolean readsOnlyItsHypothesis() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Equal to a mean strategy of the same risk and level. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MeanStrategy that
                && Double.compare(risk, that.risk) == 0
                && Double.compare(level, that.level) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(risk) * 31 + Double.hashCode(level);
    }

    @Override
    public String toString() {
        return NAME + parameters.mkString("[", ", ", "]");
    }
}
