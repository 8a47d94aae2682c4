package io.github.custdev.testkit;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.github.custdev.testkit.internal.ContractChecks;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Group;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The contract on strategies written as a user would write them: two correct ones pass it, and each deliberately
 * broken one is caught by the property that names its defect, with the message that explains it. Each strategy is a
 * jqwik group, so that the build runs them all with this class.
 */
class ScoringStrategyContractTests {
    private static final MajorityRule MAJORITY = new MajorityRule();

    /** A correct, exchangeable strategy passes every property. */
    @Group
    class MajorityRuleContractTests implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return MAJORITY;
        }
    }

    /** A correct strategy that reads the order of the evidence passes, and the order properties are skipped. */
    @Group
    class LatestEvidenceRuleContractTests implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return new LatestEvidenceRule();
        }
    }

    /** Reports a probability of 1.2 once there is evidence: the assessment's factory rejects it. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class ProbabilityAboveOneContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return exchangeable((h, log) -> {
                Assessment a = MAJORITY.assess(h, log);
                return log.evidence(h.id()).isEmpty() ? a : Assessments.withProbability(a, 1.2);
            });
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "neverThrowsOnValidInput", "probability must be in [0, 1]: 1.2",
                    "probabilityIsInUnitInterval", "probability must be in [0, 1]: 1.2");
        }

        @Override
        public List<String> othersMayFailWith() {
            return List.of("probability must be in [0, 1]: 1.2");
        }
    }

    /** Throws when asked about a hypothesis without evidence. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class ThrowsWithoutEvidenceContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return (h, log) -> {
                if (log.evidence(h.id()).isEmpty()) {
                    throw new IllegalStateException("no evidence yet for " + h.id());
                }
                return MAJORITY.assess(h, log);
            };
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "noEvidenceIsInconclusive",
                    "the strategy must not throw on valid input, but threw java.lang.IllegalStateException: "
                            + "no evidence yet");
        }

        @Override
        public List<String> othersMayFailWith() {
            return List.of("threw java.lang.IllegalStateException: no evidence yet");
        }
    }

    /**
     * Claims to be exchangeable, but counts the first customer's opinion twice: a first impression that the order of
     * recording decides.
     */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class FirstImpressionContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return exchangeable((h, log) -> {
                Seq<Evidence> own = log.evidence(h.id());
                if (own.isEmpty() || h.criterion().metric() == Metric.MEAN) {
                    return MAJORITY.assess(h, log);
                }
                return MAJORITY.assess(
                        h, EvidenceLog.ofAll(own.prepend(own.head())).withWeights(log.weights()));
            });
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "exchangeableIgnoresOrder",
                    "an exchangeable strategy must give an equal assessment of the evidence ");
        }

        @Override
        public List<String> othersMayFailWith() {
            // Counting the first item twice also reports more trials than the hypothesis has.
            return List.of(" before a verdict", "sampleSize must be in [0, ");
        }
    }

    /** Claims to be exchangeable, but has the sign of its probability the wrong way round. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class InvertedProbabilityContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return exchangeable((h, log) -> {
                Assessment a = MAJORITY.assess(h, log);
                return Assessments.withProbability(a, 1.0 - a.probability());
            });
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "exchangeableNeverLowersProbabilityOnFavourableEvidence",
                    " when a trial in favour of the criterion was added (",
                    "exchangeableNeverRaisesProbabilityOnUnfavourableEvidence",
                    " when a trial against the criterion was added (");
        }

        @Override
        public List<String> othersMayFailWith() {
            // The verdict, right, no longer agrees with the probability turned round.
            return List.of("; a SUPPORTED verdict needs a probability of at least 0.5, a REFUTED one at most 0.5");
        }
    }

    /** Labels its assessment with the first hypothesis of the log rather than the one asked about. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class MislabelledContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return exchangeable((h, log) -> {
                Assessment a = MAJORITY.assess(h, log);
                HypothesisId first = log.hypothesisIds().headOption().getOrElse(h.id());
                return Assessments.copy(a, first, a.estimate(), a.interval(), a.probability());
            });
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of("assessesTheHypothesisAsked", "hypothesisId must be the id of the hypothesis asked");
        }
    }

    /** Pools the evidence of every hypothesis in the log, as if it were all about the one asked. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class PooledEvidenceContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return exchangeable((h, log) -> {
                EvidenceStatistics pooled = EvidenceStatistics.empty();
                for (HypothesisId id : log.hypothesisIds()) {
                    if (!pooled.unit().isDefined() || !log.statistics(id).unit().isDefined()) {
                        pooled = pooled.plus(log.statistics(id));
                    }
                }
                Assessment a = MAJORITY.assess(h, log);
                long sample = h.criterion().metric() == Metric.MEAN ? pooled.measurementCount() : pooled.trials();
                Assessment.Builder builder = Assessment.builder();
                builder.hypothesisId(a.hypothesisId())
                        .verdict(sample >= h.criterion().minimumSample() ? Verdict.SUPPORTED : Verdict.INCONCLUSIVE)
                        .estimate(a.estimate())
                        .interval(a.interval())
                        .probability(a.probability())
                        .statisticName(a.statisticName())
                        .statistic(a.statistic())
                        .sampleSize(sample)
                        .effectiveSampleSize(a.effectiveSampleSize())
                        .strategy("pooled")
                        .reason(a.reason());
                return builder.build();
            });
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "sampleSizeCountsOnlyTheHypothesisEvidence", "sampleSize must be in [0, ",
                    "noEvidenceIsInconclusive", "verdict must be INCONCLUSIVE without evidence for the hypothesis");
        }

        @Override
        public List<String> othersMayFailWith() {
            // Deciding on others' evidence also moves the verdict of a shuffled log not at all, but of an extended
            // one not monotonically: the pooled sample decides, not the hypothesis's.
            return List.of(
                    " before a verdict",
                    "evidence weaker than the criterion's minimum strength (",
                    "the threshold must matter: the verdict was ",
                    "; a SUPPORTED verdict needs a probability of at least 0.5, a REFUTED one at most 0.5",
                    "sampleSize must be in [0, ");
        }
    }

    /** Adds noise from an unseeded random generator to its probability. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class NoisyContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            Random unseeded = new Random();
            return (h, log) -> {
                Assessment a = MAJORITY.assess(h, log);
                double p = a.probability();
                return Assessments.withProbability(a, p + (1 - p) * unseeded.nextDouble() * 1e-6);
            };
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "isDeterministic", "assessing the same case twice must give equal assessments",
                    "isThreadSafe", "assessing from several threads at once must give the assessment of one thread");
        }

        @Override
        public List<String> othersMayFailWith() {
            // The noise moves the probability whatever is added.
            return List.of("evidence weaker than the criterion's minimum strength (");
        }
    }

    /** Is optimistic: without evidence it calls the hypothesis supported. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class OptimistContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return (h, log) -> {
                Assessment a = MAJORITY.assess(h, log);
                if (!log.evidence(h.id()).isEmpty()) {
                    return a;
                }
                return Assessment.builder()
                        .hypothesisId(h.id())
                        .verdict(Verdict.SUPPORTED)
                        .estimate(a.estimate())
                        .interval(a.interval())
                        .probability(a.probability())
                        .statisticName(a.statisticName())
                        .statistic(a.statistic())
                        .sampleSize(0)
                        .effectiveSampleSize(0)
                        .strategy("optimist")
                        .reason("no news is good news")
                        .build();
            };
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "noEvidenceIsInconclusive",
                    "verdict must be INCONCLUSIVE without evidence for the hypothesis: SUPPORTED");
        }

        @Override
        public List<String> othersMayFailWith() {
            // A verdict without evidence breaks the rules tied to the criterion too.
            return List.of(
                    " before a verdict",
                    "evidence weaker than the criterion's minimum strength (",
                    "the threshold must matter: the verdict was ",
                    "; a SUPPORTED verdict needs a probability of at least 0.5, a REFUTED one at most 0.5");
        }
    }

    /** Reports the number of successes as the estimate of a rate. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class CountForRateContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return exchangeable((h, log) -> {
                Assessment a = MAJORITY.assess(h, log);
                if (h.criterion().metric() != Metric.PROPORTION) {
                    return a;
                }
                double successes = log.statistics(h.id()).successes();
                return Assessments.copy(
                        a,
                        a.hypothesisId(),
                        successes,
                        Interval.credible(
                                0, Math.max(1, successes), a.interval().level()),
                        a.probability());
            });
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of("estimateIsAValueOfTheMetric", "estimate of a proportion must be in [0, 1]");
        }

        @Override
        public List<String> othersMayFailWith() {
            // It counts the successes of every strength.
            return List.of("evidence weaker than the criterion's minimum strength (");
        }
    }

    /**
     * Issue #19, bug 1: flips only the verdict for an at-most criterion (as if "at most" meant "at least"), while its
     * probability is right.
     */
    @PropertyDefaults(tries = 100, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class AtMostVerdictFlippedContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return AT_MOST_VERDICT_FLIPPED;
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "verdictFollowsItsProbability",
                    "; a SUPPORTED verdict needs a probability of at least 0.5, a REFUTED one at most 0.5");
        }

        @Override
        public List<String> othersMayFailWith() {
            // A flipped verdict also survives the threshold moved past the estimate.
            return List.of("the threshold must matter: the verdict was ");
        }
    }

    /**
     * Issue #19, bug 2: checks the minimum sample against the trials of every strength, but judges only PAID
     * evidence.
     */
    @PropertyDefaults(tries = 100, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class MinimumOfEveryStrengthContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return MINIMUM_OF_EVERY_STRENGTH;
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "ignoresEvidenceWeakerThanTheCriterion", "evidence weaker than the criterion's minimum strength (");
        }

        @Override
        public List<String> othersMayFailWith() {
            // Its sample size counts trials of every strength; it decides before the minimum of DID or PAID
            // evidence is in, where the generated case holds enough weaker evidence (not in every run).
            return List.of("sampleSize must be in [0, ", " or stronger, but the criterion (");
        }
    }

    /** Issue #19, bug 3a: ignores the criterion's threshold, and judges every rate against one half. */
    @PropertyDefaults(tries = 100, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class IgnoresThresholdContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return IGNORES_THRESHOLD;
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of("thresholdMatters", "the threshold must matter: the verdict was ");
        }
    }

    /** Issue #19, bug 3b: ignores the criterion's minimum sample, and decides on the first trial. */
    @PropertyDefaults(tries = 100, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class IgnoresMinimumSampleContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return IGNORES_MINIMUM_SAMPLE;
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of("decidesOnlyOnTheMinimumSample", " before a verdict");
        }
    }

    /**
     * Issue #19, bug 5: ignores the direction of the criterion in both verdict and probability, judging an at-most
     * criterion as an at-least one; caught by the monotonicity of an exchangeable strategy.
     */
    @PropertyDefaults(tries = 100, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class IgnoresDirectionContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return IGNORES_DIRECTION;
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "exchangeableNeverLowersProbabilityOnFavourableEvidence",
                    " when a trial in favour of the criterion was added (",
                    "exchangeableNeverRaisesProbabilityOnUnfavourableEvidence",
                    " when a trial against the criterion was added (");
        }

        @Override
        public List<String> othersMayFailWith() {
            return List.of("the threshold must matter: the verdict was ");
        }
    }

    private static final ScoringStrategy AT_MOST_VERDICT_FLIPPED = exchangeable((h, log) -> {
        Assessment a = MAJORITY.assess(h, log);
        if (h.criterion().comparison() != Comparison.AT_MOST || !a.isDecided()) {
            return a;
        }
        return Assessments.withVerdict(
                a, a.verdict() == Verdict.SUPPORTED ? Verdict.REFUTED : Verdict.SUPPORTED, a.sampleSize());
    });

    private static final ScoringStrategy MINIMUM_OF_EVERY_STRENGTH = exchangeable((h, log) -> {
        SuccessCriterion criterion = h.criterion();
        if (criterion.metric() != Metric.PROPORTION) {
            return MAJORITY.assess(h, log);
        }
        long everyStrength = log.statistics(h.id()).trials();
        Assessment paid = MAJORITY.assess(
                ContractChecks.withCriterion(
                        h, criterion.withMinimumStrength(Strength.PAID).withMinimumSample(1)),
                log);
        if (everyStrength < criterion.minimumSample() || !paid.isDecided()) {
            return Assessments.withVerdict(paid, Verdict.INCONCLUSIVE, everyStrength);
        }
        return Assessments.withVerdict(paid, paid.verdict(), everyStrength);
    });

    private static final ScoringStrategy IGNORES_THRESHOLD = exchangeable((h, log) -> {
        SuccessCriterion c = h.criterion();
        if (c.metric() != Metric.PROPORTION) {
            return MAJORITY.assess(h, log);
        }
        return MAJORITY.assess(
                ContractChecks.withCriterion(
                        h,
                        SuccessCriterion.of(
                                c.metric(), c.comparison(), 0.5, c.minimumSample(), c.minimumStrength(), c.unit())),
                log);
    });

    private static final ScoringStrategy IGNORES_MINIMUM_SAMPLE = exchangeable((h, log) ->
            MAJORITY.assess(ContractChecks.withCriterion(h, h.criterion().withMinimumSample(1)), log));

    private static final ScoringStrategy IGNORES_DIRECTION = exchangeable((h, log) -> {
        SuccessCriterion c = h.criterion();
        if (c.comparison() == Comparison.AT_LEAST) {
            return MAJORITY.assess(h, log);
        }
        return MAJORITY.assess(
                ContractChecks.withCriterion(
                        h,
                        SuccessCriterion.of(
                                c.metric(),
                                Comparison.AT_LEAST,
                                c.threshold(),
                                c.minimumSample(),
                                c.minimumStrength(),
                                c.unit())),
                log);
    });

    /** A strategy that declares itself exchangeable. */
    static ScoringStrategy exchangeable(ScoringStrategy strategy) {
        return new ScoringStrategy() {
            @Override
            public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
                return strategy.assess(hypothesis, log);
            }

            @Override
            public boolean isExchangeable() {
                return true;
            }
        };
    }

    /** A user's strategy with configuration, equal by it, opted in to the equality properties: they pass. */
    @Group
    class RiskRuleContractTests implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return RiskRule.ofRisk(0.05);
        }

        @Override
        public List<ScoringStrategy> comparedForEquality() {
            return List.of(RiskRule.ofRisk(0.05), RiskRule.ofRisk(0.2));
        }
    }

    /**
     * Issue #19, strategy equality: {@code equals} ignores the risk (the threshold of the posterior probability), so a
     * gate would take a rule at risk 0.3 for one at 0.05; caught where the two assess a case differently.
     */
    @PropertyDefaults(tries = 100, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class BlindToRiskContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return RiskRule.blindToRisk(0.05);
        }

        @Override
        public List<ScoringStrategy> comparedForEquality() {
            return List.of(RiskRule.blindToRisk(0.3));
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "equalStrategiesAssessAlike",
                    "equal strategies must assess alike, but RiskRule[risk=0.05] equals RiskRule[risk=0.3] and their"
                            + " assessments differ in ");
        }
    }

    /**
     * Issue #19, strategy equality: a class without {@code equals}, built anew for each call, opted in; caught by
     * {@code isEqualWhenBuiltAlike} (not opted in, it passes the contract: the equality properties are skipped).
     */
    @PropertyDefaults(tries = 100, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class WithoutEqualsContractTests implements ScoringStrategyContract, ContractViolations {
        @Override
        public ScoringStrategy strategy() {
            return RiskRule.withoutEquals(0.05);
        }

        @Override
        public List<ScoringStrategy> comparedForEquality() {
            return List.of(RiskRule.withoutEquals(0.2));
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "isEqualWhenBuiltAlike",
                    "two strategies built alike must be equal (a gate compares its criteria's strategies with equals),"
                            + " but RiskRule[risk=0.05] does not equal RiskRule[risk=0.05]");
        }
    }

    /** The same class without {@code equals}, not opted in: the equality properties are skipped, the rest pass. */
    @Group
    class WithoutEqualsNotOptedInContractTests implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return RiskRule.withoutEquals(0.05);
        }
    }
}
