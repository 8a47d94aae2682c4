package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How long a phase gate waits for evidence before it must decide: the most evidence items, the most experiments, or
 * the latest instant, counted from the moment the venture entered its current phase (or last pivoted).
 *
 * <p>A budget sets at least one of the three limits, so that no gate can wait forever: "maybe" is the worst answer.
 * It is spent as soon as any limit it sets is reached; a spent budget never lets a gate answer
 * {@link GateDecision.Persevere}. Immutable and thread-safe.
 *
 * <pre>{@code
 * EvidenceBudget budget = EvidenceBudget.experiments(40).withDeadline(Instant.parse("2026-06-30T00:00:00Z"));
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class EvidenceBudget {
    private static final long NONE = -1;

    private final long maxEvidence;
    private final long maxExperiments;
    private final @Nullable Instant deadline;

    private EvidenceBudget(long maxEvidence, long maxExperiments, @Nullable Instant deadline) {
        this.maxEvidence = maxEvidence;
        this.maxExperiments = maxExperiments;
        this.deadline = deadline;
    }

    /**
     * A budget of evidence items.
     *
     * @param items the most evidence items the gate waits for, at least 1
     * @return the budget
     * @throws InvalidValueException if {@code items} is less than 1
     */
    public static EvidenceBudget evidence(long items) {
        return new EvidenceBudget(Checks.positive(items, "budget.maxEvidence"), NONE, null);
    }

    /**
     * A budget of experiments: recorded {@link VentureEvent.EvidenceRecorded} events.
     *
     * @param experiments the most experiments the gate waits for, at least 1
     * @return the budget
     * @throws InvalidValueException if {@code experiments} is less than 1
     */
    public static EvidenceBudget experiments(long experiments) {
        return new EvidenceBudget(NONE, Checks.positive(experiments, "budget.maxExperiments"), null);
    }

    /**
     * A budget of time.
     *
     * @param deadline the latest instant the gate waits for
     * @return the budget
     * @throws InvalidValueException if the deadline is null
     */
    public static EvidenceBudget until(Instant deadline) {
        return new EvidenceBudget(NONE, NONE, Checks.notNull(deadline, "budget.deadline"));
    }

    /**
     * A copy of this budget with a limit on evidence items.
     *
     * @param items the most evidence items, at least 1
     * @return the changed copy
     */
    public EvidenceBudget withMaxEvidence(long items) {
        return new EvidenceBudget(Checks.positive(items, "budget.maxEvidence"), maxExperiments, deadline);
    }

    /**
     * A copy of this budget with a limit on experiments.
     *
     * @param experiments the most experiments, at least 1
     * @return the changed copy
     */
    public EvidenceBudget withMaxExperiments(long experiments) {
        return new EvidenceBudget(maxEvidence, Checks.positive(experiments, "budget.maxExperiments"), deadline);
    }

    /**
     * A copy of this budget with a deadline.
     *
     * @param deadline the latest instant the gate waits for
     * @return the changed copy
     */
    public EvidenceBudget withDeadline(Instant deadline) {
        return new EvidenceBudget(maxEvidence, maxExperiments, Checks.notNull(deadline, "budget.deadline"));
    }

    /**
     * The most evidence items the gate waits for.
     *
     * @return the limit, or none
     */
    public Option<Long> maxEvidence() {
        return maxEvidence == NONE ? Option.none() : Option.some(maxEvidence);
    }

    /**
     * The most experiments the gate waits for.
     *
     * @return the limit, or none
     */
    public Option<Long> maxExperiments() {
        return maxExperiments == NONE ? Option.none() : Option.some(maxExperiments);
    }

    /**
     * The latest instant the gate waits for.
     *
     * @return the deadline, or none
     */
    public Option<Instant> deadline() {
        return Option.of(deadline);
    }

    /**
     * Whether the evidence limit is reached.
     *
     * @param evidenceUsed the evidence items gathered so far
     * @return {@code true} when the budget limits evidence and {@code evidenceUsed} reached the limit
     */
    public boolean isEvidenceSpent(long evidenceUsed) {
        return maxEvidence != NONE && evidenceUsed >= maxEvidence;
    }

    /**
     * Whether the experiment limit is reached.
     *
     * @param experimentsUsed the experiments run so far
     * @return {@code true} when the budget limits experiments and {@code experimentsUsed} reached the limit
     */
    public boolean isExperimentsSpent(long experimentsUsed) {
        return maxExperiments != NONE && experimentsUsed >= maxExperiments;
    }

    /**
     * Whether the deadline is reached.
     *
     * @param at the instant of the evaluation
     * @return {@code true} when the budget has a deadline and {@code at} is not before it
     */
    public boolean isTimeSpent(Instant at) {
        return deadline != null && !at.isBefore(deadline);
    }

    /**
     * Whether any limit is reached.
     *
     * @param evidenceUsed the evidence items gathered so far
     * @param experimentsUsed the experiments run so far
     * @param at the instant of the evaluation
     * @return {@code true} when the budget is spent
     */
    public boolean isSpent(long evidenceUsed, long experimentsUsed, Instant at) {
        return isEvidenceSpent(evidenceUsed) || isExperimentsSpent(experimentsUsed) || isTimeSpent(at);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EvidenceBudget that)) {
            return false;
        }
        return maxEvidence == that.maxEvidence
                && maxExperiments == that.maxExperiments
                && Objects.equals(deadline, that.deadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxEvidence, maxExperiments, deadline);
    }

    /**
     * The budget as text: {@code "at most 40 experiments, until 2026-06-30T00:00:00Z"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("at most ");
        String separator = "";
        if (maxEvidence != NONE) {
            text.append(maxEvidence).append(" evidence items");
            separator = ", ";
        }
        if (maxExperiments != NONE) {
            text.append(separator).append(maxExperiments).append(" experiments");
            separator = ", ";
        }
        if (deadline != null) {
            if (separator.isEmpty()) {
                return "until " + deadline;
            }
            text.append(separator).append("until ").append(deadline);
        }
        return text.toString();
    }
}
