package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.CriterionResult;
import io.github.custdev.GateDecision;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.scoring.Verdict;
import io.github.custdev.testkit.internal.ContractChecks;
import io.github.custdev.testkit.internal.PolicyChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.apiguardian.api.API;

/**
 * The rules every {@link SpentBudgetPolicy} must keep, as jqwik properties: implement {@link #policy()} in a test
 * class and jqwik checks the policy, the team's own included, on generated gates whose evidence budget is spent.
 *
 * <pre>{@code
 * class CautiousPolicyContractTests implements SpentBudgetPolicyContract {
 *     @Override
 *     public SpentBudgetPolicy policy() {
 *         return new CautiousPolicy();
 *     }
 * }
 * }</pre>
 *
 * <p>The properties are checked on {@link CustDevArbitraries#gateCases() gate cases}
 * {@link GateCaseArbitrary#withBudgetSpent() with the budget spent}: gates of every phase (default gates and gates
 * of area, hypothesis and audience criteria) on ventures whose evidence mostly leaves a must-meet criterion undecided,
 * some with nothing to judge (no hypothesis of an area, no audience chosen), so that the policy decides. They are the
 * rules of the <i>Specification for implementors</i> of {@link SpentBudgetPolicy}:
 *
 * <ul>
 *   <li>{@link #aSpentBudgetNeverYieldsPersevere}: a gate using the policy decides, never answers
 *       {@link GateDecision.Persevere} with its budget spent, and every criterion the evidence left inconclusive is
 *       decided by the policy; the policy must not throw;
 *   <li>{@link #isDecisive}: the policy answers {@link Verdict#SUPPORTED} or {@link Verdict#REFUTED} for every
 *       undecided criterion a gate hands it, never {@code INCONCLUSIVE} or {@code null} (a gate would read those as
 *       refuted, which is not the policy's decision);
 *   <li>{@link #isDeterministic}: the verdict depends only on the criterion's result: asked again, in another order,
 *       and for an equal result built anew, the policy gives the verdict it gave inside the gate;
 *   <li>{@link #isThreadSafe}: asked from several threads at once, it gives the verdicts it gives from one (a best
 *       effort: it can catch a race, not prove there is none).
 * </ul>
 *
 * <p><b>Tries.</b> Each property runs 100 tries by default; annotate the implementing class with
 * {@code @PropertyDefaults(tries = ...)} to change that. A failing property reports its shrunk {@link GateCase}: the
 * gate and the venture's history, event by event.
 *
 * <h2>Specification for implementors</h2>
 *
 * An implementing class is a jqwik test container with a no-argument constructor; {@link #policy()} must return the
 * policy under test on every call. Override {@link #spentBudgetCases()} (a {@code @Provide} method) to check the
 * policy on other cases, for example only gates of one phase; the contract then checks less.
 */
@API(status = STABLE, since = "0.1.0")
@PropertyDefaults(tries = 100)
public interface SpentBudgetPolicyContract {

    /**
     * The policy under test. Called once per try; may return the same instance every time.
     *
     * @return the policy
     */
    SpentBudgetPolicy policy();

    /**
     * The cases every property is checked on.
     *
     * @return {@code CustDevArbitraries.gateCases().withBudgetSpent()}
     */
    @Provide
    default Arbitrary<GateCase> spentBudgetCases() {
        return CustDevArbitraries.gateCases().withBudgetSpent();
    }

    /**
     * With its budget spent, a gate using the policy decides Proceed, Pivot or Kill, never Persevere, and every
     * criterion the evidence left inconclusive is decided by the policy.
     *
     * @param gateCase a case whose budget is spent
     */
    @Property
    default void aSpentBudgetNeverYieldsPersevere(@ForAll("spentBudgetCases") GateCase gateCase) {
        GateDecision decision = PolicyChecks.evaluate(gateCase, policy());
        ContractChecks.that(
                !(decision instanceof GateDecision.Persevere),
                "with the budget spent, a gate using the policy must not answer PERSEVERE",
                decision.summary());
        for (CriterionResult result : decision.trace().results()) {
            if (result.evidenceVerdict() == Verdict.INCONCLUSIVE) {
                ContractChecks.that(
                        result.isResolvedByPolicy() && result.verdict().isDecided(),
                        "with the budget spent, every criterion the evidence left inconclusive must be decided by the"
                                + " policy",
                        result);
            }
        }
    }

    /**
     * The policy answers SUPPORTED or REFUTED for every undecided criterion a gate hands it.
     *
     * @param gateCase a case whose budget is spent
     */
    @Property
    default void isDecisive(@ForAll("spentBudgetCases") GateCase gateCase) {
        SpentBudgetPolicy policy = policy();
        for (CriterionResult undecided : PolicyChecks.undecided(gateCase)) {
            Verdict verdict = PolicyChecks.resolve(policy, undecided);
            ContractChecks.that(
                    verdict == Verdict.SUPPORTED || verdict == Verdict.REFUTED,
                    "the policy must answer SUPPORTED or REFUTED for " + undecided,
                    verdict);
        }
    }

    /**
     * The verdict depends only on the criterion's result: the verdicts the gate got, asked again in reverse order
     * and for equal results built anew, are the same.
     *
     * @param gateCase a case whose budget is spent
     */
    @Property
    @SuppressWarnings("NullAway") // a policy's null is handed on as it is, so that the contract can report it
    default void isDeterministic(@ForAll("spentBudgetCases") GateCase gateCase) {
        SpentBudgetPolicy policy = policy();
        List<CriterionResult> undecided = PolicyChecks.undecided(gateCase);
        List<Verdict> inGate = new ArrayList<>();
        gateCase.withPolicy(result -> {
                    Verdict verdict = PolicyChecks.resolve(policy, result);
                    inGate.add(verdict);
                    return verdict;
                })
                .evaluate();
        List<CriterionResult> reversed = PolicyChecks.reversed(undecided);
        for (int i = 0; i < reversed.size(); i++) {
            CriterionResult result = reversed.get(i);
            Verdict first = inGate.get(undecided.size() - 1 - i);
            Verdict again = PolicyChecks.resolve(policy, result);
            Verdict rebuilt = PolicyChecks.resolve(policy, PolicyChecks.rebuilt(result));
            ContractChecks.that(
                    Objects.equals(first, again),
                    "the policy must give the same criterion the same verdict (" + result + "); it gave " + first
                            + ", then",
                    again);
            ContractChecks.that(
                    Objects.equals(first, rebuilt),
                    "the policy must give an equal criterion the same verdict (" + result + "); it gave " + first
                            + ", then",
                    rebuilt);
        }
    }

    /**
     * Asked from several threads at once, the policy gives the verdicts it gives from one.
     *
     * @param gateCase a case whose budget is spent
     * @throws InterruptedException if the test is interrupted
     */
    @Property
    default void isThreadSafe(@ForAll("spentBudgetCases") GateCase gateCase) throws InterruptedException {
        SpentBudgetPolicy policy = policy();
        List<CriterionResult> undecided = PolicyChecks.undecided(gateCase);
        if (undecided.isEmpty()) {
            return;
        }
        List<Verdict> alone = new ArrayList<>();
        undecided.forEach(result -> alone.add(PolicyChecks.resolve(policy, result)));
        List<Future<List<Verdict>>> together = new ArrayList<>();
        for (int i = 0; i < ContractChecks.THREADS; i++) {
            together.add(ContractChecks.submit(() -> {
                List<Verdict> verdicts = new ArrayList<>();
                undecided.forEach(result -> verdicts.add(PolicyChecks.resolve(policy, result)));
                return verdicts;
            }));
        }
        for (Future<List<Verdict>> future : together) {
            List<Verdict> concurrent = ContractChecks.awaitAll(future);
            ContractChecks.that(
                    alone.equals(concurrent),
                    "asked from several threads at once, the policy must give the verdicts of one thread " + alone,
                    concurrent);
        }
    }
}
