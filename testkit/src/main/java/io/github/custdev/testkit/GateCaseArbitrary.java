package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.GateDecision;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.testkit.internal.GateScenarios;
import io.github.custdev.testkit.internal.GateScenarios.Budget;
import io.github.custdev.testkit.internal.GateScenarios.Outcome;
import io.github.custdev.testkit.internal.Generators;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Generates gate cases: a phase gate, a venture in its phase and the instant it decides at, built so that every
 * decision is common and the decision is the gate's own.
 *
 * <p>Each case aims at one outcome: its venture states hypotheses of the gate's phase for the gate's criteria (area
 * criteria, hypothesis criteria, the chosen audience's viability; or the criteria of the phase's default gate) and
 * records, for each, evidence that supports it, refutes it, or leaves it undecided (none yet, or less than its
 * minimum sample), or chooses an audience that is viable or not. It reaches the gate's phase through the earlier
 * gates (each passed on a supported hypothesis, the decision recorded), may have pivoted earlier, may have hired an
 * executor while searching, and has a runway of experiments or money that is left or exhausted; the gate's budget is
 * spent or not, and its policy is a built-in one. The gate then decides: {@link GateCase#evaluate()}.
 *
 * <ul>
 *   <li>{@link #inPhase}: gates of the given phases only;
 *   <li>{@link #deciding}: cases whose gate decides as asked (Proceed, Pivot, Persevere, Kill);
 *   <li>{@link #withBudgetSpent()}: cases whose budget is spent (mostly with a must-meet criterion still undecided, so
 *       that the policy decides), {@link #withBudgetRemaining()}: cases whose budget is not;
 *   <li>{@link #withPolicy}: every gate with the given spent-budget policy.
 * </ul>
 *
 * Shrinks towards a Customer Discovery gate with one criterion and a venture of a few events. Every method returns a
 * configured copy. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class GateCaseArbitrary extends ArbitraryDecorator<GateCase> {
    private final List<Phase> phases;
    private final Set<GateDecision.Kind> kinds;
    private final Budget budget;
    private final @Nullable SpentBudgetPolicy policy;

    private GateCaseArbitrary(
            List<Phase> phases, Set<GateDecision.Kind> kinds, Budget budget, @Nullable SpentBudgetPolicy policy) {
        this.phases = phases;
        this.kinds = kinds;
        this.budget = budget;
        this.policy = policy;
        if (budget == Budget.SPENT && kinds.equals(EnumSet.of(GateDecision.Kind.PERSEVERE))) {
            throw InvalidValueException.of(
                    "kinds",
                    "must not be only PERSEVERE with the budget spent: a spent budget never perseveres",
                    kinds);
        }
    }

    static GateCaseArbitrary any() {
        return new GateCaseArbitrary(List.of(Phase.values()), EnumSet.allOf(GateDecision.Kind.class), Budget.ANY, null);
    }

    /**
     * Cases whose gate is of one of the given phases.
     *
     * @param phases the phases, at least one
     * @return the configured copy
     * @throws InvalidValueException if no phase is given
     */
    public GateCaseArbitrary inPhase(Phase... phases) {
        List<Phase> ordered = new ArrayList<>(EnumSet.copyOf(HypothesisArbitrary.nonEmpty(phases, "phases")));
        return new GateCaseArbitrary(List.copyOf(ordered), kinds, budget, policy);
    }

    /**
     * Cases whose gate decides one of the given kinds.
     *
     * @param kinds the kinds of decision, at least one
     * @return the configured copy
     * @throws InvalidValueException if no kind is given, or only {@code PERSEVERE} with the budget spent
     */
    public GateCaseArbitrary deciding(GateDecision.Kind... kinds) {
        Set<GateDecision.Kind> chosen = EnumSet.copyOf(HypothesisArbitrary.nonEmpty(kinds, "kinds"));
        return new GateCaseArbitrary(phases, chosen, budget, policy);
    }

    /**
     * Cases whose gate's budget is spent when it decides (a limit reached, or the runway exhausted): the gate's
     * policy decides what the evidence left undecided, which it mostly did.
     *
     * @return the configured copy
     * @throws InvalidValueException if only {@code PERSEVERE} decisions are asked for
     */
    public GateCaseArbitrary withBudgetSpent() {
        return new GateCaseArbitrary(phases, kinds, Budget.SPENT, policy);
    }

    /**
     * Cases whose gate's budget is not spent when it decides.
     *
     * @return the configured copy
     */
    public GateCaseArbitrary withBudgetRemaining() {
        return new GateCaseArbitrary(phases, kinds, Budget.REMAINING, policy);
    }

    /**
     * Cases whose gate has the given spent-budget policy.
     *
     * @param policy the policy
     * @return the configured copy
     */
    public GateCaseArbitrary withPolicy(SpentBudgetPolicy policy) {
        return new GateCaseArbitrary(phases, kinds, budget, HypothesisArbitrary.notNull(policy, "policy"));
    }

    /**
     * The decisions of these cases' gates.
     *
     * @return the arbitrary
     */
    public Arbitrary<GateDecision> decisions() {
        return map(GateCase::evaluate);
    }

    /**
     * The edge cases, at most {@value Generators#MAX_EDGE_CASES}.
     *
     * @param maxEdgeCases the most edge cases jqwik asks for
     * @return the edge cases
     */
    @Override
    public EdgeCases<GateCase> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, Generators.MAX_EDGE_CASES));
    }

    @Override
    protected Arbitrary<GateCase> arbitrary() {
        List<Outcome> outcomes = new ArrayList<>();
        boolean all = kinds.size() == GateDecision.Kind.values().length;
        if (budget == Budget.SPENT && all) {
            outcomes.addAll(List.of(Outcome.UNDECIDED, Outcome.UNDECIDED, Outcome.UNDECIDED));
        }
        for (GateDecision.Kind kind : kinds) {
            if (budget != Budget.SPENT || kind != GateDecision.Kind.PERSEVERE) {
                outcomes.add(Outcome.valueOf(kind.name()));
            }
        }
        if (budget == Budget.ANY && all) {
            outcomes.add(Outcome.UNDECIDED);
        }
        Arbitrary<GateCase> cases = GateScenarios.cases(phases, outcomes, budget, policy)
                .map(c -> GateCase.of(c.get1(), c.get2(), c.get3()));
        return all ? cases : cases.filter(c -> kinds.contains(c.evaluate().kind()));
    }
}
