package io.github.custdev.testkit;

import io.github.custdev.CriterionResult;
import io.github.custdev.SpentBudgetPolicies;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Group;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The contract on gate policies: both built-in policies pass it, and each deliberately broken policy is caught by the
 * property that names its defect, with the message that explains it. Each policy is a jqwik group.
 */
class SpentBudgetPolicyContractTests {

    /** The default: undecided means refuted. */
    @Group
    class TreatAsRefutedContractTests implements SpentBudgetPolicyContract {
        @Override
        public SpentBudgetPolicy policy() {
            return SpentBudgetPolicies.treatAsRefuted();
        }
    }

    /** Supported when the evidence leans at all (p >= 0.5). */
    @Group
    @PropertyDefaults(tries = 50)
    class ByLeaningAtOneHalfContractTests implements SpentBudgetPolicyContract {
        @Override
        public SpentBudgetPolicy policy() {
            return SpentBudgetPolicies.byLeaning(0.5);
        }
    }

    /** Supported when the evidence leans strongly (p >= 0.8). */
    @Group
    class ByLeaningContractTests implements SpentBudgetPolicyContract {
        @Override
        public SpentBudgetPolicy policy() {
            return SpentBudgetPolicies.byLeaning(0.8);
        }
    }

    /** Shrugs: answers INCONCLUSIVE, which a gate reads as refuted, but which is no decision of the policy's. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class ShruggingContractTests implements SpentBudgetPolicyContract, ContractViolations {
        @Override
        public SpentBudgetPolicy policy() {
            return undecided -> Verdict.INCONCLUSIVE;
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of("isDecisive", "the policy must answer SUPPORTED or REFUTED for ");
        }
    }

    /** Answers null when there was nothing to judge. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class SilentContractTests implements SpentBudgetPolicyContract, ContractViolations {
        @Override
        public SpentBudgetPolicy policy() {
            return undecided -> undecided.isMissing()
                    ? null
                    : SpentBudgetPolicies.treatAsRefuted().resolve(undecided);
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of("isDecisive", ": null");
        }
    }

    /** Throws when a criterion had nothing to judge, as a policy that reads the first assessment would. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class ThrowsOnNothingToJudgeContractTests implements SpentBudgetPolicyContract, ContractViolations {
        @Override
        public SpentBudgetPolicy policy() {
            return undecided ->
                    undecided.assessments().head().probability() >= 0.5 ? Verdict.SUPPORTED : Verdict.REFUTED;
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "aSpentBudgetNeverYieldsPersevere",
                    "the policy must decide every undecided criterion without throwing, but threw "
                            + "java.util.NoSuchElementException",
                    "isDecisive",
                    "the policy must decide every undecided criterion without throwing, but threw "
                            + "java.util.NoSuchElementException");
        }

        @Override
        public List<String> othersMayFailWith() {
            return List.of("but threw java.util.NoSuchElementException");
        }
    }

    /**
     * The first draft of a team's cautious policy, as docs/testkit.md shows it: it reads the weakest hypothesis's
     * assessment without asking whether there is one, so it throws on a criterion with nothing to judge.
     */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class CautiousFirstDraftContractTests implements SpentBudgetPolicyContract, ContractViolations {
        private static final String THROWS_ON_NOTHING_TO_JUDGE =
                "the policy must decide every undecided criterion without throwing, but threw"
                        + " java.util.NoSuchElementException: No value present on must-meet every";

        @Override
        public SpentBudgetPolicy policy() {
            return new CautiousFirstDraft(0.9, 20);
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of(
                    "aSpentBudgetNeverYieldsPersevere", THROWS_ON_NOTHING_TO_JUDGE,
                    "isDecisive", THROWS_ON_NOTHING_TO_JUDGE);
        }

        @Override
        public List<String> othersMayFailWith() {
            return List.of(THROWS_ON_NOTHING_TO_JUDGE);
        }
    }

    /** The policy of {@link CautiousFirstDraftContractTests}, written as a team would write it. */
    static final class CautiousFirstDraft implements SpentBudgetPolicy {
        private final double minimumProbability;
        private final long minimumSample;

        CautiousFirstDraft(double minimumProbability, long minimumSample) {
            this.minimumProbability = minimumProbability;
            this.minimumSample = minimumSample;
        }

        @Override
        public Verdict resolve(CriterionResult undecided) {
            Assessment weakest = undecided
                    .assessments()
                    .minBy(Comparator.comparingDouble(Assessment::probability))
                    .get(); // the bug: no assessment when the criterion had nothing to judge
            long sample =
                    undecided.assessments().map(Assessment::sampleSize).sum().longValue();
            return weakest.probability() >= minimumProbability && sample >= minimumSample
                    ? Verdict.SUPPORTED
                    : Verdict.REFUTED;
        }
    }

    /** Moody: alternates between support and refutation, whatever it is asked. */
    @PropertyDefaults(tries = 50, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(ContractViolations.Hook.class)
    @Group
    class MoodyContractTests implements SpentBudgetPolicyContract, ContractViolations {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public SpentBudgetPolicy policy() {
            return undecided -> calls.incrementAndGet() % 2 == 0 ? Verdict.SUPPORTED : Verdict.REFUTED;
        }

        @Override
        public Map<String, String> mustFail() {
            return Map.of("isDeterministic", "the policy must give the same criterion the same verdict");
        }

        @Override
        public List<String> othersMayFailWith() {
            return List.of("asked from several threads at once, the policy must give the verdicts of one thread");
        }
    }
}
