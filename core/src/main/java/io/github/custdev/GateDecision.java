package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.audience.Viability;
import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Assessment;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a phase gate decided: {@link Proceed} to the next phase, {@link Pivot} to a new path, {@link Persevere} with
 * the riskiest hypothesis to test next, or {@link Kill} the venture.
 *
 * <p>The family is closed, so an {@code instanceof} chain (or a {@code switch} on {@link #kind()}) covers it. Every
 * decision carries its {@link GateTrace}: each criterion with its assessments, and the {@link Rule} that decided. The
 * caller records a decision back into the venture as a {@link VentureEvent.GateEvaluated} event. Immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface GateDecision permits GateDecision.Proceed, GateDecision.Persevere, GateDecision.Failure {

    /** The four decisions a gate can make. */
    enum Kind {
        /** Proceed to the next phase. */
        PROCEED,
        /** Change a core assumption and test a new path. */
        PIVOT,
        /** Keep testing: undecided, and budget remains. */
        PERSEVERE,
        /** Stop: refuted, with no pivots or runway left. */
        KILL
    }

    /** The rule that decided, as the trace names it. */
    enum Rule {
        /** Every must-meet criterion is supported and the should-meet score reaches the pass score. */
        ALL_MET(Kind.PROCEED, "every must-meet criterion is supported and the should-meet score passes"),
        /** A must-meet criterion is refuted, by the evidence or by the spent-budget policy; a pivot is possible. */
        MUST_MEET_REFUTED(Kind.PIVOT, "a must-meet criterion is refuted, and pivots and runway remain"),
        /** The must-meet criteria hold, but the should-meet score can no longer reach the pass score. */
        SHOULD_MEET_FAILED(
                Kind.PIVOT, "the should-meet score cannot reach the pass score, and pivots and runway remain"),
        /** A criterion is still inconclusive and the evidence budget and the runway remain. */
        UNDECIDED_WITHIN_BUDGET(Kind.PERSEVERE, "a criterion is still inconclusive and the evidence budget remains"),
        /** A pivot is called for, but the venture has used every pivot it may make. */
        NO_PIVOTS_LEFT(Kind.KILL, "a pivot is called for, but no pivots are left"),
        /** A pivot is called for, but the runway is exhausted. */
        NO_RUNWAY_LEFT(Kind.KILL, "a pivot is called for, but the runway is exhausted");

        private final Kind kind;
        private final String description;

        Rule(Kind kind, String description) {
            this.kind = kind;
            this.description = description;
        }

        /**
         * The decision this rule leads to.
         *
         * @return the kind of decision
         */
        public Kind kind() {
            return kind;
        }

        /**
         * The rule in words.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    /**
     * Which of the four decisions this is.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * The phase whose gate decided.
     *
     * @return the trace's phase
     */
    default Phase phase() {
        return trace().phase();
    }

    /**
     * When the gate decided.
     *
     * @return the trace's instant of evaluation
     */
    default Instant decidedAt() {
        return trace().evaluatedAt();
    }

    /**
     * Why: every criterion, its assessments and the rule that decided.
     *
     * @return the trace
     */
    GateTrace trace();

    /**
     * The rule that decided.
     *
     * @return the trace's rule
     */
    default Rule rule() {
        return trace().rule();
    }

    /**
     * The decision in one line: {@code "PIVOT at the CUSTOMER_DISCOVERY gate: ..."}.
     *
     * @return the summary
     */
    String summary();

    /**
     * The summary followed by the trace, as a report to print.
     *
     * @return the text, lines separated by {@code '\n'}
     */
    default String toText() {
        return summary() + '\n' + trace().toText();
    }

    private static void checkRule(GateDecision decision, Kind kind) {
        if (decision.trace().rule().kind() != kind) {
            throw InvalidValueException.of(
                    "trace.rule", "must lead to " + kind, decision.trace().rule());
        }
    }

    /**
     * What a pivot and a kill have in common: the gate found that the venture's current path failed, and names the
     * hypotheses that failed with the assessments that showed it. A pivot changes course; a kill stops because no
     * pivot or no runway is left. Immutable and thread-safe.
     */
    sealed interface Failure extends GateDecision permits Pivot, Kill {
        /**
         * The hypotheses that failed: refuted by the evidence, or inconclusive when a policy refuted their criterion.
         * A failed audience criterion names no hypothesis: {@link GateTrace#failed()} holds its viability.
         *
         * @return their ids, without repeats, in the order of the trace
         */
        Seq<HypothesisId> refuted();

        /**
         * The assessments that showed the failure, one per failed hypothesis: the decision's rationale.
         *
         * @return the assessments
         */
        Seq<Assessment> rationale();

        /**
         * What failed, in words: the failed hypotheses, then the chosen audience when its criterion failed and each
         * demand criterion that failed ({@code "refuted problem.phone; the audience 'solo' is not viable; demand not
         * shown: adoptions grow at least 5.00% per period with probability >= 0.95"}).
         *
         * @return the text, empty when no criterion names a hypothesis or an audience
         */
        default String failures() {
            StringBuilder text = new StringBuilder();
            if (!refuted().isEmpty()) {
                text.append("refuted ").append(refuted().mkString(", "));
            }
            for (CriterionResult result : trace().failed()) {
                if (result.isDemand()) {
                    text.append(text.length() == 0 ? "" : "; ")
                            .append("demand not shown: ")
                            .append(result.criterion().describe());
                    continue;
                }
                if (!result.isAudience()) {
                    continue;
                }
                text.append(text.length() == 0 ? "" : "; ");
                if (result.viability().isEmpty()) {
                    text.append("no audience chosen");
                } else {
                    text.append("the audience '")
                            .append(result.viability().get().audience().name())
                            .append("' is not viable");
                }
            }
            return text.toString();
        }
    }

    /**
     * Proceed: every must-meet criterion holds and the should-meet score passes. Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Proceed implements GateDecision {
        Proceed() {}

        /**
         * A Proceed decision recorded elsewhere, such as one read back from storage; a gate makes its own.
         *
         * @param trace the trace, whose rule leads to Proceed
         * @return the decision
         * @throws InvalidValueException if the trace is null or its rule does not lead to Proceed
         */
        @API(status = EXPERIMENTAL, since = "0.1.0")
        public static Proceed of(GateTrace trace) {
            return new ImmutableProceed.Builder()
                    .trace(Checks.notNull(trace, "trace"))
                    .build();
        }

        @Override
        public final Kind kind() {
            return Kind.PROCEED;
        }

        /**
         * The phase to proceed to.
         *
         * @return the next phase, or none when Company Building is done
         */
        public Option<Phase> to() {
            return phase().next();
        }

        @Override
        public String summary() {
            return "PROCEED at the " + phase() + " gate, " + decidedAt() + ": "
                    + to().map(next -> "on to " + next).getOrElse("the business model is executed");
        }

        @Value.Check
        void check() {
            checkRule(this, Kind.PROCEED);
        }
    }

    /**
     * Pivot: a must-meet criterion is refuted (or the should-meet score failed) and the venture can still change
     * course. Names the refuted hypotheses, the pivot types that fit them, and the phase to return to. Immutable and
     * thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Pivot implements Failure {
        Pivot() {}

        /**
         * A Pivot decision recorded elsewhere, such as one read back from storage; a gate makes its own.
         *
         * @param trace the trace, whose rule leads to Pivot
         * @param refuted the refuted hypotheses
         * @param rationale the assessments behind the decision
         * @param suggestions the fitting pivot types
         * @param returnTo the phase to return to, not after the gate's
         * @return the decision
         * @throws InvalidValueException if an argument is null or breaks its rule
         */
        @API(status = EXPERIMENTAL, since = "0.1.0")
        public static Pivot of(
                GateTrace trace,
                Seq<HypothesisId> refuted,
                Seq<Assessment> rationale,
                Seq<PivotType> suggestions,
                Phase returnTo) {
            return new ImmutablePivot.Builder()
                    .trace(Checks.notNull(trace, "trace"))
                    .refuted(Checks.notNull(refuted, "refuted"))
                    .rationale(Checks.notNull(rationale, "rationale"))
                    .suggestions(Checks.notNull(suggestions, "suggestions"))
                    .returnTo(Checks.notNull(returnTo, "returnTo"))
                    .build();
        }

        @Override
        public final Kind kind() {
            return Kind.PIVOT;
        }

        /**
         * The pivot types that fit the failed hypotheses' areas (and, when the audience criterion failed, the types
         * that fit an audience that is not viable: {@link PivotType#fitting(Viability)}), the closest fit first.
         *
         * @return the suggested types, without repeats; empty only when no failed criterion names an area or an
         *     audience
         */
        public abstract Seq<PivotType> suggestions();

        /**
         * The phase the gate suggests returning to: Customer Discovery from Discovery and from Validation (the
         * customer development loop), otherwise the phase before.
         *
         * @return the phase
         */
        public abstract Phase returnTo();

        @Override
        public String summary() {
            String failures = failures();
            return "PIVOT at the " + phase() + " gate, " + decidedAt() + ": "
                    + (failures.isEmpty() ? "" : failures + "; ")
                    + "fitting pivots: " + suggestions().map(PivotType::label).mkString(", ")
                    + "; return to " + returnTo();
        }

        @Value.Check
        void check() {
            checkRule(this, Kind.PIVOT);
            if (returnTo().isAfter(phase())) {
                throw InvalidValueException.of(
                        "returnTo", "must not be after the gate's phase (" + phase() + ")", returnTo());
            }
        }
    }

    /**
     * Persevere: a criterion is still inconclusive and budget remains. Names the riskiest hypothesis to test next
     * (importance times uncertainty, untested counting as wholly uncertain), the evidence it is still expected to
     * need, and any criterion that has no hypothesis to judge yet. Immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Persevere implements GateDecision {
        Persevere() {}

        /**
         * A Persevere decision recorded elsewhere, such as one read back from storage; a gate makes its own.
         *
         * @param trace the trace, whose rule leads to Persevere and whose budget is not spent
         * @param risks the hypotheses to test, riskiest first
         * @param missing the criteria with nothing to judge
         * @return the decision
         * @throws InvalidValueException if an argument is null or breaks its rule
         */
        @API(status = EXPERIMENTAL, since = "0.1.0")
        public static Persevere of(GateTrace trace, Seq<Risk> risks, Seq<GateCriterion> missing) {
            return new ImmutablePersevere.Builder()
                    .trace(Checks.notNull(trace, "trace"))
                    .risks(Checks.notNull(risks, "risks"))
                    .missing(Checks.notNull(missing, "missing"))
                    .build();
        }

        @Override
        public final Kind kind() {
            return Kind.PERSEVERE;
        }

        /**
         * The undecided hypotheses of the gate's unmet criteria, riskiest first (ties: more important first, then
         * by id).
         *
         * @return the ranking
         */
        public abstract Seq<Risk> risks();

        /**
         * The unmet criteria that have nothing to judge: the venture must state a hypothesis, or choose an audience
         * for an audience criterion.
         *
         * @return the criteria; empty when every criterion has something to judge
         */
        public abstract Seq<GateCriterion> missing();

        /**
         * The riskiest untested or inconclusive hypothesis: the one to test next.
         *
         * @return its risk, or none when only {@link #missing()} hypotheses stand in the way
         */
        public Option<Risk> next() {
            return risks().headOption();
        }

        /**
         * The further trials or measurements the riskiest hypothesis is still expected to need.
         *
         * @return the expected additional sample, or none when it cannot be said
         */
        public Option<Long> expectedAdditionalSample() {
            return next().flatMap(Risk::expectedAdditionalSample);
        }

        @Override
        public String summary() {
            StringBuilder text = new StringBuilder("PERSEVERE at the ")
                    .append(phase())
                    .append(" gate, ")
                    .append(decidedAt())
                    .append(": ");
            if (next().isDefined()) {
                text.append("test ")
                        .append(next().get().hypothesisId())
                        .append(" next (")
                        .append(next().get())
                        .append(')');
            }
            Seq<GateCriterion> toState = missing().filter(c -> !(c instanceof GateCriterion.AudienceViable));
            if (!toState.isEmpty()) {
                text.append(next().isDefined() ? "; " : "").append("still to state: ");
                text.append(toState.map(GateCriterion::subject).mkString(", "));
            }
            if (toState.size() < missing().size()) {
                text.append(next().isDefined() || !toState.isEmpty() ? "; " : "")
                        .append("still to choose: an audience");
            }
            return text.toString();
        }

        @Value.Check
        void check() {
            checkRule(this, Kind.PERSEVERE);
            if (risks().isEmpty() && missing().isEmpty()) {
                throw InvalidValueException.of(
                        "risks", "must name a hypothesis to test or a criterion to state one for", risks());
            }
            if (trace().isBudgetSpent()) {
                throw InvalidValueException.of(
                        "trace", "must not have a spent budget: a spent budget never perseveres", trace().budget());
            }
        }
    }

    /**
     * Kill: a pivot is called for, but no pivots or no runway are left. Names the failed hypotheses. Immutable and
     * thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Kill implements Failure {
        Kill() {}

        /**
         * A Kill decision recorded elsewhere, such as one read back from storage; a gate makes its own.
         *
         * @param trace the trace, whose rule leads to Kill
         * @param refuted the refuted hypotheses
         * @param rationale the assessments behind the decision
         * @return the decision
         * @throws InvalidValueException if an argument is null or breaks its rule
         */
        @API(status = EXPERIMENTAL, since = "0.1.0")
        public static Kill of(GateTrace trace, Seq<HypothesisId> refuted, Seq<Assessment> rationale) {
            return new ImmutableKill.Builder()
                    .trace(Checks.notNull(trace, "trace"))
                    .refuted(Checks.notNull(refuted, "refuted"))
                    .rationale(Checks.notNull(rationale, "rationale"))
                    .build();
        }

        @Override
        public final Kind kind() {
            return Kind.KILL;
        }

        @Override
        public String summary() {
            String failures = failures();
            return "KILL at the " + phase() + " gate, " + decidedAt() + ": " + rule().description()
                    + (failures.isEmpty() ? "" : "; " + failures);
        }

        @Value.Check
        void check() {
            checkRule(this, Kind.KILL);
        }
    }
}
