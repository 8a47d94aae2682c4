package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.scoring.Verdict;
import org.apiguardian.api.API;

/**
 * What a phase gate does with a criterion that is still inconclusive when its evidence budget is spent: the plug-in
 * point that keeps a gate from answering "maybe" forever.
 *
 * <p>When the budget (or the venture's runway) is spent, the gate asks its policy for a verdict on every
 * inconclusive criterion, and decides Proceed, Pivot or Kill on those verdicts: with the budget spent a gate never
 * answers {@link GateDecision.Persevere}. The built-in policies come from {@link SpentBudgetPolicies}; the default,
 * {@link SpentBudgetPolicies#treatAsRefuted()}, counts an undecided criterion as refuted.
 *
 * <h2>Specification for implementors</h2>
 *
 * A policy must be:
 *
 * <ul>
 *   <li><b>decisive</b>: it returns {@link Verdict#SUPPORTED} or {@link Verdict#REFUTED}. A gate treats any other
 *       answer ({@code INCONCLUSIVE}, or {@code null}) as refuted, so that a spent budget never yields Persevere;
 *   <li><b>pure and deterministic</b>: the verdict depends only on the criterion's result, and the same result gives
 *       the same verdict;
 *   <li><b>thread-safe</b> and <b>non-interfering</b>: one instance may serve many gates on many threads, and it must
 *       not keep its argument.
 * </ul>
 *
 * The contract tests of {@code custdev-testkit} check these rules for any policy.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface SpentBudgetPolicy {

    /**
     * Decides a criterion that the evidence left inconclusive when the budget ran out.
     *
     * @param undecided the criterion's result, with its {@link CriterionResult#evidenceVerdict()} inconclusive; its
     *     assessments are empty when it had no hypothesis to judge, and always for an audience criterion (which is
     *     inconclusive only while no audience is chosen)
     * @return {@code SUPPORTED} or {@code REFUTED}
     */
    Verdict resolve(CriterionResult undecided);
}
