package io.github.custdev.testkit.internal;

import io.github.custdev.CriterionResult;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.scoring.Verdict;
import io.github.custdev.testkit.GateCase;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** The checks behind the properties of {@link io.github.custdev.testkit.SpentBudgetPolicyContract}. */
public final class PolicyChecks {

    private PolicyChecks() {}

    /**
     * The gate's decision on the case with the policy, failing with a clear message if the policy throws.
     *
     * @param gateCase the case
     * @param policy the policy
     * @return the decision
     */
    @SuppressWarnings("NullAway") // a policy's null is handed on as it is, so that the contract can report it
    public static GateDecision evaluate(GateCase gateCase, SpentBudgetPolicy policy) {
        return gateCase.withPolicy(result -> resolve(policy, result)).evaluate();
    }

    /**
     * The policy's verdict, failing with a clear message if it throws.
     *
     * @param policy the policy
     * @param undecided the criterion's result
     * @return the verdict, possibly null
     */
    public static @Nullable Verdict resolve(SpentBudgetPolicy policy, CriterionResult undecided) {
        try {
            return policy.resolve(undecided);
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            throw new AssertionError(
                    "the policy must decide every undecided criterion without throwing, but threw " + e + " on "
                            + undecided,
                    e);
        }
    }

    /**
     * The results a gate hands its policy when it decides the case: the criteria the evidence left inconclusive, in
     * the gate's order. They do not depend on the policy.
     *
     * @param gateCase the case
     * @return the undecided results
     */
    public static List<CriterionResult> undecided(GateCase gateCase) {
        List<CriterionResult> asked = new CopyOnWriteArrayList<>();
        gateCase.withPolicy(result -> {
                    asked.add(result);
                    return Verdict.REFUTED;
                })
                .evaluate();
        return new ArrayList<>(asked);
    }

    /**
     * An equal result, built anew from its parts.
     *
     * @param result an undecided result
     * @return the copy
     */
    public static CriterionResult rebuilt(CriterionResult result) {
        if (result.criterion() instanceof GateCriterion.DemandShown demand) {
            return CriterionResult.ofDemand(
                    demand, result.requirement(), result.weight(), Vector.ofAll(result.demand()));
        }
        if (result.criterion() instanceof GateCriterion.AudienceViable) {
            return CriterionResult.ofAudience(
                    (GateCriterion.AudienceViable) result.criterion(),
                    result.requirement(),
                    result.weight(),
                    result.viability());
        }
        return CriterionResult.of(
                result.criterion(), result.requirement(), result.weight(), Vector.ofAll(result.assessments()));
    }

    /**
     * The results in reverse order, so that a policy that remembers its earlier answers is asked in another order.
     *
     * @param results the results
     * @return a reversed copy
     */
    public static List<CriterionResult> reversed(List<CriterionResult> results) {
        List<CriterionResult> copy = new ArrayList<>(results);
        Collections.reverse(copy);
        return copy;
    }
}
