package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.GateDecision;
import io.github.custdev.InvalidValueException;
import io.github.custdev.PhaseGate;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.Venture;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One question put to a phase gate: a gate, a venture in the gate's phase, and the instant the gate decides at, which
 * is never before the venture's last event, so that the decision can be recorded back into the venture.
 *
 * <p>This is what {@link CustDevArbitraries#gateCases()} generates and what {@link SpentBudgetPolicyContract} checks a
 * policy on; {@link #evaluate()} gives the real decision, with its trace. Cases are equal when their gates, ventures
 * and instants are equal. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class GateCase {
    private final PhaseGate gate;
    private final Venture venture;
    private final Instant at;

    private GateCase(PhaseGate gate, Venture venture, Instant at) {
        this.gate = gate;
        this.venture = venture;
        this.at = at;
    }

    /**
     * A case.
     *
     * @param gate the gate
     * @param venture the venture, in the gate's phase
     * @param at when the gate decides, not before the venture's last event
     * @return the case
     * @throws InvalidValueException if an argument is null, the venture is in another phase, or {@code at} is before
     *     the venture's last event
     */
    public static GateCase of(PhaseGate gate, Venture venture, Instant at) {
        HypothesisArbitrary.notNull(gate, "gate");
        HypothesisArbitrary.notNull(venture, "venture");
        HypothesisArbitrary.notNull(at, "at");
        if (venture.phase() != gate.phase()) {
            throw InvalidValueException.of(
                    "venture.phase", "must be the gate's phase (" + gate.phase() + ")", venture.phase());
        }
        if (at.isBefore(venture.lastEventAt())) {
            throw InvalidValueException.of(
                    "at", "must not be before the venture's last event (" + venture.lastEventAt() + ")", at);
        }
        return new GateCase(gate, venture, at);
    }

    /**
     * The gate.
     *
     * @return the gate
     */
    public PhaseGate gate() {
        return gate;
    }

    /**
     * The venture the gate decides on.
     *
     * @return the venture
     */
    public Venture venture() {
        return venture;
    }

    /**
     * When the gate decides.
     *
     * @return the instant
     */
    public Instant at() {
        return at;
    }

    /**
     * The gate's decision.
     *
     * @return {@code gate().evaluate(venture(), at())}
     */
    public GateDecision evaluate() {
        return gate.evaluate(venture, at);
    }

    /**
     * Whether the gate's budget is spent at {@link #at()}: a limit of its budget is reached, or the venture's runway is
     * exhausted. Then the gate's policy decides every criterion the evidence left inconclusive.
     *
     * @return {@code true} when the budget is spent
     */
    public boolean isBudgetSpent() {
        return gate.budget().isSpent(venture.phaseEvidenceCount(), venture.phaseExperimentCount(), at)
                || venture.runway().isExhausted();
    }

    /**
     * The same venture and instant, put to another gate of the same phase.
     *
     * @param gate the other gate
     * @return the changed copy
     * @throws InvalidValueException if the gate is null or of another phase
     */
    public GateCase withGate(PhaseGate gate) {
        return of(gate, venture, at);
    }

    /**
     * The same case, with the gate's spent-budget policy replaced.
     *
     * @param policy the policy
     * @return the changed copy
     * @throws InvalidValueException if the policy is null
     */
    public GateCase withPolicy(SpentBudgetPolicy policy) {
        return withGate(gate.withWhenBudgetSpent(HypothesisArbitrary.notNull(policy, "policy")));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof GateCase that)) {
            return false;
        }
        return gate.equals(that.gate) && venture.equals(that.venture) && at.equals(that.at);
    }

    @Override
    public int hashCode() {
        return (31 * gate.hashCode() + venture.hashCode()) * 31 + at.hashCode();
    }

    /**
     * The case as text: the gate, the venture's history event by event, and the instant.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "GateCase[" + describe(gate) + ", at " + at + ", " + venture + ", history "
                + venture.history().mkString("[", ", ", "]") + ']';
    }

    /** A gate with its criteria, pass score, budget and policy. */
    static String describe(PhaseGate gate) {
        return "gate of " + gate.phase() + ": must meet " + gate.mustMeet().mkString("[", "; ", "]") + ", should meet "
                + gate.shouldMeet().mkString("[", "; ", "]") + ", pass score " + gate.passScore() + ", budget "
                + gate.budget() + ", when spent " + gate.whenBudgetSpent();
    }
}
