package io.github.custdev;

import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A venture's course through the phases: the phase it is in, when it entered it (or last pivoted) and how much
 * evidence and how many experiments were on record then, the gate decision taken since, and every gate decision and
 * pivot so far. The rules about when a venture may advance or pivot belong to {@link Venture}; this value only keeps
 * the books. Immutable and thread-safe.
 */
final class Course {
    private final Phase phase;
    private final Instant phaseStartedAt;
    private final int phaseEvidenceStart;
    private final long phaseExperimentStart;
    private final @Nullable GateDecision phaseDecision;
    private final Vector<GateDecision> decisions;
    private final Vector<PivotDecision> pivots;
    private final Instant modeSince;

    private Course(
            Phase phase,
            Instant phaseStartedAt,
            int phaseEvidenceStart,
            long phaseExperimentStart,
            @Nullable GateDecision phaseDecision,
            Vector<GateDecision> decisions,
            Vector<PivotDecision> pivots,
            Instant modeSince) {
        this.phase = phase;
        this.phaseStartedAt = phaseStartedAt;
        this.phaseEvidenceStart = phaseEvidenceStart;
        this.phaseExperimentStart = phaseExperimentStart;
        this.phaseDecision = phaseDecision;
        this.decisions = decisions;
        this.pivots = pivots;
        this.modeSince = modeSince;
    }

    /** A new venture's course: in the first phase since its founding, with nothing decided. */
    static Course start(Instant foundedAt) {
        return new Course(Phase.first(), foundedAt, 0, 0, null, Vector.empty(), Vector.empty(), foundedAt);
    }

    /** This course with a gate decision taken in the current phase. */
    Course decide(GateDecision decision) {
        return new Course(
                phase,
                phaseStartedAt,
                phaseEvidenceStart,
                phaseExperimentStart,
                decision,
                decisions.append(decision),
                pivots,
                modeSince);
    }

    /** This course in the next phase, entered at an instant with the given evidence and experiments on record. */
    Course advance(Instant at, int evidence, long experiments) {
        Phase next = phase.next().get();
        return new Course(next, at, evidence, experiments, null, decisions, pivots, modeAfter(next, at));
    }

    /** This course after a pivot, back in the phase the pivot returns to, with the given evidence and experiments. */
    Course pivot(PivotDecision pivot, int evidence, long experiments) {
        return new Course(
                pivot.returnTo(),
                pivot.decidedAt(),
                evidence,
                experiments,
                null,
                decisions,
                pivots.append(pivot),
                modeAfter(pivot.returnTo(), pivot.decidedAt()));
    }

    /** When the venture is in the mode of a phase it enters at an instant: then, if the mode changes, else as now. */
    private Instant modeAfter(Phase entered, Instant at) {
        return entered.mode() == phase.mode() ? modeSince : at;
    }

    /** When the venture entered its current mode: its founding, or the advance or pivot that switched it. */
    Instant modeSince() {
        return modeSince;
    }

    Phase phase() {
        return phase;
    }

    Instant phaseStartedAt() {
        return phaseStartedAt;
    }

    int phaseEvidenceStart() {
        return phaseEvidenceStart;
    }

    long phaseExperimentStart() {
        return phaseExperimentStart;
    }

    /** The gate decision taken since the current phase was entered, or null. */
    @Nullable
    GateDecision phaseDecision() {
        return phaseDecision;
    }

    Vector<GateDecision> decisions() {
        return decisions;
    }

    Vector<PivotDecision> pivots() {
        return pivots;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Course that)) {
            return false;
        }
        return phase == that.phase
                && phaseEvidenceStart == that.phaseEvidenceStart
                && phaseExperimentStart == that.phaseExperimentStart
                && phaseStartedAt.equals(that.phaseStartedAt)
                && Objects.equals(phaseDecision, that.phaseDecision)
                && decisions.equals(that.decisions)
                && pivots.equals(that.pivots)
                && modeSince.equals(that.modeSince);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                phase, phaseStartedAt, phaseEvidenceStart, phaseExperimentStart, phaseDecision, decisions, pivots);
    }
}
