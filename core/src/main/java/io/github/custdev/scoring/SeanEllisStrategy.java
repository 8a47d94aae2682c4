package io.github.custdev.scoring;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.LocalScoring;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.jspecify.annotations.Nullable;

/** The Sean Ellis signal; see {@link SeanEllisScoring}. */
final class SeanEllisStrategy implements SeanEllisScoring, LocalScoring {
    static final String NAME = "sean-ellis";
    private static final SeanEllisStrategy STANDARD = new SeanEllisStrategy(0.40, BayesianStrategy.standard());

    private final double benchmark;
    private final ScoringStrategy rule;
    private final String name;
    private final Map<String, String> parameters;
    private final int depth;

    private SeanEllisStrategy(double benchmark, ScoringStrategy rule) {
        this.benchmark = benchmark;
        this.rule = rule;
        this.depth = Nesting.check(1 + Nesting.depth(rule));
        Map<String, String> map = LinkedHashMap.of("benchmark", Text.of(benchmark));
        if (rule instanceof RateRule builtIn) {
            this.name = NAME + '(' + builtIn.name() + ')';
            this.parameters = map.put("rule", builtIn.name()).merge(builtIn.parameters());
        } else {
            this.name = NAME + "(custom)";
            this.parameters = map.put("rule", rule.toString());
        }
    }

    int depth() {
        return depth;
    }

    static SeanEllisStrategy standard() {
        return STANDARD;
    }

    @Override
    public double benchmark() {
        return benchmark;
    }

    @Override
    public SeanEllisScoring withBenchmark(double benchmark) {
        return new SeanEllisStrategy(Checks.openProbability(benchmark, "benchmark"), rule);
    }

    @Override
    public ScoringStrategy rule() {
        return rule;
    }

    @Override
    public SeanEllisScoring decidedBy(ScoringStrategy rule) {
        return new SeanEllisStrategy(benchmark, Checks.notNull(rule, "rule"));
    }

    @Override
    public boolean isExchangeable() {
        return rule.isExchangeable();
    }

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        Checks.notNull(hypothesis, "hypothesis");
        Checks.notNull(log, "log");
        SuccessCriterion criterion = hypothesis.criterion();
        if (criterion.metric() != Metric.VERY_DISAPPOINTED) {
            return Support.notApplicable(hypothesis, name, parameters, notSeanEllis(criterion.metric()));
        }
        if (criterion.threshold() != benchmark) {
            double threshold = criterion.threshold();
            return Support.notApplicable(hypothesis, name, parameters, text -> {
                Text.rate(text.append(name).append(": the criterion's threshold "), threshold)
                        .append(" is not the Sean Ellis benchmark ");
                Text.rate(text, benchmark).append("; set it with withBenchmark or use a rate strategy");
            });
        }
        if (rule instanceof RateRule rateRule) {
            return rateRule.assessByMetric(hypothesis, log, name, parameters);
        }
        EvidenceLog answers = EvidenceLog.ofAll(log.evidence(hypothesis.id()).filter(e -> e instanceof SeanEllisTally))
                .withWeights(log.weights());
        Assessment assessment = rule.assess(hypothesis, answers);
        return Support.noteIgnored(assessment.renamed(name, parameters, ""), hypothesis, log);
    }

    private String notSeanEllis(Metric metric) {
        return name + " judges the share of very disappointed respondents, a VERY_DISAPPOINTED criterion, not a "
                + metric + ": state it with SuccessCriterion.veryDisappointedAtLeast or use "
                + (metric == Metric.MEAN ? "Scoring.mean()" : "a rate strategy such as Scoring.bayesian()");
    }

    @Override
    public boolean readsOnlyItsHypothesis() {
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    /** Equal to a Sean Ellis strategy of the same benchmark decided by an equal rule. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SeanEllisStrategy that
                && Double.compare(benchmark, that.benchmark) == 0
                && rule.equals(that.rule);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(benchmark) * 31 + rule.hashCode();
    }

    @Override
    public String toString() {
        return name + parameters.mkString("[", ", ", "]");
    }
}
