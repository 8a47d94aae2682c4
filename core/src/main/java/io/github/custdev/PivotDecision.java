package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Assessment;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A pivot: a structured change of one or more core assumptions, of a type from the Lean Startup catalogue, with the
 * hypotheses it retires, the ones that replace them, why, and the phase the venture returns to.
 *
 * <p>A pivot loses nothing: the retired hypotheses stay readable in the venture, and the evidence gathered for them
 * stays in its log. The {@link #lineage()} ties each replacement to the hypothesis it replaces (new to old), so a gate
 * criterion that names a retired hypothesis judges its replacements.
 *
 * <pre>{@code
 * GateDecision.Pivot pivot = ...;                       // the gate's decision
 * PivotDecision decision = PivotDecision.following(pivot, PivotType.CUSTOMER_SEGMENT, at)
 *         .replace(HypothesisId.of("segment.solo"), groupPractices)
 *         .build();
 * venture.apply(VentureEvent.Pivoted.of(decision));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class PivotDecision {

    PivotDecision() {}

    /**
     * The type of pivot.
     *
     * @return the type
     */
    public abstract PivotType type();

    /**
     * The hypotheses the pivot retires; they stay readable, with their evidence.
     *
     * @return their ids, without repeats
     */
    public abstract Seq<HypothesisId> retired();

    /**
     * The new hypotheses the pivot states.
     *
     * @return the hypotheses, with ids of their own
     */
    public abstract Seq<Hypothesis> replacements();

    /**
     * Which retired hypothesis each replacement replaces: new to old. A replacement that replaces none (a new
     * assumption) has no entry.
     *
     * @return the lineage
     */
    public abstract Map<HypothesisId, HypothesisId> lineage();

    /**
     * Why: the assessments that triggered the pivot.
     *
     * @return the assessments; empty when the team pivoted on its own judgment
     */
    public abstract Seq<Assessment> rationale();

    /**
     * The phase the venture returns to: the current phase or an earlier one.
     *
     * @return the phase
     */
    public abstract Phase returnTo();

    /**
     * When the pivot was decided.
     *
     * @return the instant
     */
    public abstract Instant decidedAt();

    /**
     * A builder for a pivot of a type, decided at an instant; the phase to return to must be set.
     *
     * @param type the type of pivot
     * @param decidedAt when it was decided
     * @return a new builder
     * @throws InvalidValueException if an argument is null
     */
    public static Builder builder(PivotType type, Instant decidedAt) {
        return new Builder(Checks.notNull(type, "type"), Checks.notNull(decidedAt, "decidedAt"));
    }

    /**
     * A builder for the pivot a gate called for: it retires the gate's refuted hypotheses, takes the gate's
     * assessments as its rationale and returns to the phase the gate suggests; add the replacements.
     *
     * @param gate the gate's pivot decision
     * @param type the type of pivot chosen, usually one of the gate's {@link GateDecision.Pivot#suggestions()}
     * @param decidedAt when the pivot was decided
     * @return a new builder
     * @throws InvalidValueException if an argument is null
     */
    public static Builder following(GateDecision.Pivot gate, PivotType type, Instant decidedAt) {
        Checks.notNull(gate, "gate");
        Builder builder = builder(type, decidedAt).returnTo(gate.returnTo()).rationale(gate.rationale());
        gate.refuted().forEach(builder::retire);
        return builder;
    }

    /**
     * The predecessor of a replacement.
     *
     * @param replacement the replacement's id
     * @return the id of the hypothesis it replaces, or none
     */
    public Option<HypothesisId> replaces(HypothesisId replacement) {
        return lineage().get(Checks.notNull(replacement, "replacement"));
    }

    @Value.Check
    void check() {
        if (retired().isEmpty() && replacements().isEmpty()) {
            throw InvalidValueException.of(
                    "retired",
                    "must not be empty when there are no replacements: a pivot changes a hypothesis",
                    retired());
        }
        if (retired().distinct().size() != retired().size()) {
            throw InvalidValueException.of("retired", "must not repeat an id", retired());
        }
        Seq<HypothesisId> ids = replacements().map(Hypothesis::id);
        if (ids.distinct().size() != ids.size()) {
            throw InvalidValueException.of("replacements", "must have distinct ids", ids);
        }
        for (HypothesisId id : ids) {
            if (retired().contains(id)) {
                throw InvalidValueException.of("replacements", "must not reuse a retired id", id);
            }
        }
        lineage().forEach((replacement, predecessor) -> {
            if (!ids.contains(replacement)) {
                throw InvalidValueException.of("lineage", "must map replacements (" + ids + ")", replacement);
            }
            if (!retired().contains(predecessor)) {
                throw InvalidValueException.of(
                        "lineage", "must map to retired hypotheses (" + retired() + ")", predecessor);
            }
        });
    }

    @Override
    public String toString() {
        return type().label() + " pivot at " + decidedAt() + ": retires "
                + retired().mkString(", ")
                + (replacements().isEmpty()
                        ? ""
                        : "; states " + replacements().map(Hypothesis::id).mkString(", "))
                + "; returns to " + returnTo();
    }

    /**
     * Builds a {@link PivotDecision}. Not thread-safe: use one builder on one thread.
     */
    // hand-written on purpose (it builds the criteria lists): not a builder Immutables should extend
    @SuppressWarnings("immutables:incompat")
    public static final class Builder {
        private final PivotType type;
        private final Instant decidedAt;
        private final java.util.List<HypothesisId> retired = new java.util.ArrayList<>(4);
        private final java.util.List<Hypothesis> replacements = new java.util.ArrayList<>(4);
        private LinkedHashMap<HypothesisId, HypothesisId> lineage = LinkedHashMap.empty();
        private Seq<Assessment> rationale = Vector.empty();
        private Option<Phase> returnTo = Option.none();

        Builder(PivotType type, Instant decidedAt) {
            this.type = type;
            this.decidedAt = decidedAt;
        }

        /**
         * Retires a hypothesis; retiring one twice retires it once.
         *
         * @param hypothesisId the hypothesis
         * @return this builder
         */
        public Builder retire(HypothesisId hypothesisId) {
            Checks.notNull(hypothesisId, "retired");
            if (!retired.contains(hypothesisId)) {
                retired.add(hypothesisId);
            }
            return this;
        }

        /**
         * Retires a hypothesis and states its replacement, recording the lineage replacement to predecessor.
         *
         * @param predecessor the hypothesis replaced
         * @param replacement the new hypothesis, with an id of its own
         * @return this builder
         */
        public Builder replace(HypothesisId predecessor, Hypothesis replacement) {
            // both checked before either is recorded: a refused call leaves the builder as it was
            Checks.notNull(predecessor, "predecessor");
            Checks.notNull(replacement, "replacement");
            retire(predecessor);
            state(replacement);
            lineage = lineage.put(replacement.id(), predecessor);
            return this;
        }

        /**
         * States a new hypothesis that replaces none.
         *
         * @param hypothesis the new hypothesis
         * @return this builder
         */
        public Builder state(Hypothesis hypothesis) {
            replacements.add(Checks.notNull(hypothesis, "replacement"));
            return this;
        }

        /**
         * Sets the assessments that triggered the pivot.
         *
         * @param assessments the rationale
         * @return this builder
         */
        public Builder rationale(Seq<Assessment> assessments) {
            Checks.notNull(assessments, "rationale");
            assessments.forEach(a -> Checks.notNull(a, "rationale[]"));
            this.rationale = assessments;
            return this;
        }

        /**
         * Sets the phase the venture returns to.
         *
         * @param phase the phase
         * @return this builder
         */
        public Builder returnTo(Phase phase) {
            this.returnTo = Option.of(Checks.notNull(phase, "returnTo"));
            return this;
        }

        /**
         * Builds the pivot.
         *
         * @return the pivot
         * @throws MissingValueException if the phase to return to is not set
         * @throws InvalidValueException if nothing is retired or stated, or the replacements reuse an id
         */
        public PivotDecision build() {
            if (returnTo.isEmpty()) {
                throw MissingValueException.of(Vector.of("returnTo"));
            }
            return new ImmutablePivotDecision.Builder()
                    .type(type)
                    .retired(Vector.of(retired.toArray(new HypothesisId[0])))
                    .replacements(Vector.of(replacements.toArray(new Hypothesis[0])))
                    .lineage(lineage)
                    .rationale(rationale)
                    .returnTo(returnTo.get())
                    .decidedAt(decidedAt)
                    .build();
        }
    }
}
