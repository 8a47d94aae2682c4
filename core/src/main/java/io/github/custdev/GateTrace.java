package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.audience.Viability;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Texts;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Why a phase gate decided as it did: every criterion with its assessments (or its audience's viability), the
 * should-meet score, the budget and the runway, the premature scaling on record, and the rule that decided.
 *
 * <p>The trace keeps the figures; {@link #toText()} writes them out, only when asked. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class GateTrace {

    GateTrace() {}

    /**
     * A builder for a trace recorded elsewhere, such as one read back from storage: every attribute must be set once,
     * and the trace is checked as a gate's own trace is. A gate makes its traces itself; this is for persistence.
     *
     * @return a new builder
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The phase whose gate decided.
     *
     * @return the phase
     */
    public abstract Phase phase();

    /**
     * When the gate was evaluated.
     *
     * @return the instant
     */
    public abstract Instant evaluatedAt();

    /**
     * The must-meet criteria, in the gate's order, with their results.
     *
     * @return the results
     */
    public abstract Seq<CriterionResult> mustMeet();

    /**
     * The should-meet criteria, in the gate's order, with their results.
     *
     * @return the results; empty when the gate has none
     */
    public abstract Seq<CriterionResult> shouldMeet();

    /**
     * The weight of the met should-meet criteria over the weight of them all; 1 when there are none.
     *
     * @return the score, in [0, 1]
     */
    public abstract double shouldMeetScore();

    /**
     * The should-meet score the gate requires.
     *
     * @return the pass score, in [0, 1]
     */
    public abstract double passScore();

    /**
     * The gate's evidence budget.
     *
     * @return the budget
     */
    public abstract EvidenceBudget budget();

    /**
     * The evidence items recorded since the venture entered its phase or last pivoted.
     *
     * @return the count
     */
    public abstract long evidenceUsed();

    /**
     * The experiments recorded since the venture entered its phase or last pivoted.
     *
     * @return the count
     */
    public abstract long experimentsUsed();

    /**
     * What was left of the venture's runway.
     *
     * @return the runway
     */
    public abstract Runway runway();

    /**
     * The pivots the venture had used.
     *
     * @return the count
     */
    public abstract int pivotsUsed();

    /**
     * The most pivots the venture may make.
     *
     * @return the limit
     */
    public abstract int pivotLimit();

    /**
     * Every executor hired while the venture searched, up to the evaluation.
     *
     * @return the premature hires; empty when there were none
     */
    public abstract Seq<PrematureScaling> prematureScaling();

    /**
     * When the venture moved from search to execute (entered Customer Creation), if it is executing: the recorded
     * moment of the journey, {@link Venture#modeSince()}.
     *
     * @return the instant; none while the venture searches
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    @Value.Default
    public Option<Instant> executingSince() {
        return Option.none();
    }

    /**
     * The rule that decided.
     *
     * @return the rule
     */
    public abstract GateDecision.Rule rule();

    /**
     * Whether the gate could wait no longer: a limit of its budget was reached or the runway was exhausted.
     *
     * @return {@code true} when the budget was spent
     */
    public boolean isBudgetSpent() {
        return budget().isSpent(evidenceUsed(), experimentsUsed(), evaluatedAt()) || runway().isExhausted();
    }

    /**
     * Whether the venture had hired for execution while searching.
     *
     * @return {@code true} when premature scaling is on record
     */
    public boolean isScalingPrematurely() {
        return !prematureScaling().isEmpty();
    }

    /**
     * Every criterion, must-meet first.
     *
     * @return the results
     */
    public Seq<CriterionResult> results() {
        return mustMeet().appendAll(shouldMeet());
    }

    /**
     * The criteria that called for a pivot: the refuted must-meet criteria or, when none is refuted and the rule is
     * a should-meet failure (or a Kill on one), the should-meet criteria not met.
     *
     * @return the failed criteria, in the gate's order; empty when the rule leads to Proceed or Persevere
     */
    public Seq<CriterionResult> failed() {
        GateDecision.Kind kind = rule().kind();
        if (kind != GateDecision.Kind.PIVOT && kind != GateDecision.Kind.KILL) {
            return Vector.empty();
        }
        Seq<CriterionResult> refuted = mustMeet().filter(r -> r.verdict() == Verdict.REFUTED);
        return refuted.isEmpty() ? shouldMeet().filter(r -> !r.isMet()) : refuted;
    }

    /**
     * The should-meet criteria that act as must-meet ones: those without whose weight the should-meet score cannot
     * reach the pass score, so that the gate proceeds only when they are met. A gate's only should-meet criterion is
     * one whenever the pass score is above 0 (the score is then 1 or 0); so is a criterion that carries more than
     * {@code 1 - passScore} of the weight. {@link #toText()} says so under each of them.
     *
     * @return the decisive should-meet criteria, in the gate's order; empty when no single one decides
     */
    public Seq<CriterionResult> decisiveShouldMeet() {
        double total = totalShouldMeetWeight();
        return shouldMeet().filter(r -> withoutIt(r, total) < passScore());
    }

    private double totalShouldMeetWeight() {
        double total = 0;
        for (CriterionResult result : shouldMeet()) {
            total += result.weight();
        }
        return total;
    }

    /** The best should-meet score without the criterion's weight: every other one met. */
    private static double withoutIt(CriterionResult result, double total) {
        return Math.min(1.0, (total - result.weight()) / total);
    }

    @Value.Check
    void check() {
        Checks.probability(shouldMeetScore(), "shouldMeetScore");
        Checks.probability(passScore(), "passScore");
        Checks.nonNegative(evidenceUsed(), "evidenceUsed");
        Checks.nonNegative(experimentsUsed(), "experimentsUsed");
        Checks.nonNegative(pivotsUsed(), "pivotsUsed");
        Checks.nonNegative(pivotLimit(), "pivotLimit");
        if (mustMeet().isEmpty()) {
            throw InvalidValueException.of("mustMeet", "must not be empty", mustMeet());
        }
        if (executingSince().isDefined() && phase().isSearch()) {
            throw InvalidValueException.of(
                    "executingSince", "must be none for a search phase (" + phase() + ")", executingSince());
        }
    }

    /**
     * The trace written out, one criterion and one assessment (or the chosen audience's viability) a line, then the
     * score, the budget, the runway, any premature scaling and the rule that decided. A should-meet criterion that
     * acts as a must-meet one ({@link #decisiveShouldMeet()}) is followed by a line that says so:
     *
     * <pre>
     *   should-meet hypothesis pricing.monthly-49 is supported (bayesian), weight 1: INCONCLUSIVE
     *       acts as a must-meet criterion: it is the gate's only should-meet criterion, so the score is 1 or 0, and 0 is below the pass score 0.5
     * </pre>
     *
     * @return the text, lines separated by {@code '\n'}
     */
    public String toText() {
        StringBuilder text = new StringBuilder(512);
        Seq<CriterionResult> decisive = decisiveShouldMeet();
        for (CriterionResult result : results()) {
            text.append("  ").append(result).append('\n');
            if (result.requirement() == CriterionResult.Requirement.SHOULD_MEET && decisive.contains(result)) {
                text.append("      acts as a must-meet criterion: ")
                        .append(
                                shouldMeet().size() == 1
                                        ? "it is the gate's only should-meet criterion, so the score is 1 or 0,"
                                                + " and 0 is"
                                        : "without it the score is at most "
                                                + Texts.decimal(withoutIt(result, totalShouldMeetWeight())) + ',')
                        .append(" below the pass score ")
                        .append(Texts.decimal(passScore()))
                        .append('\n');
            }
            for (Assessment assessment : result.assessments()) {
                text.append("      ")
                        .append(assessment.hypothesisId().value())
                        .append(": ")
                        .append(assessment.verdict())
                        .append(", ")
                        .append(assessment.reason())
                        .append('\n');
            }
            for (Viability viability : result.viability()) {
                text.append("      audience ").append(viability.reason()).append('\n');
            }
            for (TeamFit fit : result.teamFit()) {
                text.append("      team ").append(fit.reason()).append('\n');
            }
        }
        text.append("  should-meet score ")
                .append(Texts.decimal(shouldMeetScore()))
                .append(", pass score ")
                .append(Texts.decimal(passScore()))
                .append('\n');
        text.append("  budget ")
                .append(budget())
                .append(": ")
                .append(experimentsUsed())
                .append(" experiments, ")
                .append(evidenceUsed())
                .append(" evidence items")
                .append(isBudgetSpent() ? ", spent" : ", not spent")
                .append('\n');
        text.append("  runway ")
                .append(runway())
                .append(" left; pivots used ")
                .append(pivotsUsed())
                .append(" of ")
                .append(pivotLimit())
                .append('\n');
        for (PrematureScaling hire : prematureScaling()) {
            text.append("  PREMATURE SCALING: ").append(hire).append('\n');
        }
        for (Instant since : executingSince()) {
            text.append("  executing since ").append(since).append(": moved from search to execute\n");
        }
        text.append("  decided by: ").append(rule().description());
        return text.toString();
    }

    @Override
    public String toString() {
        return "GateTrace[" + phase() + " at " + evaluatedAt() + ", " + rule() + ']';
    }

    /** Builds a {@link GateTrace}; each attribute must be set once. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {
        // Delegates to the generated builder, so that no generated class is part of the public API.
        private final ImmutableGateTrace.Builder generated = new ImmutableGateTrace.Builder();

        Builder() {}

        /**
         * Sets {@link GateTrace#phase()}.
         *
         * @param phase the value, as {@link GateTrace#phase()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder phase(Phase phase) {
            generated.phase(phase);
            return this;
        }

        /**
         * Sets {@link GateTrace#evaluatedAt()}.
         *
         * @param evaluatedAt the value, as {@link GateTrace#evaluatedAt()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder evaluatedAt(Instant evaluatedAt) {
            generated.evaluatedAt(evaluatedAt);
            return this;
        }

        /**
         * Sets {@link GateTrace#mustMeet()}.
         *
         * @param mustMeet the value, as {@link GateTrace#mustMeet()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder mustMeet(Seq<CriterionResult> mustMeet) {
            generated.mustMeet(mustMeet);
            return this;
        }

        /**
         * Sets {@link GateTrace#shouldMeet()}.
         *
         * @param shouldMeet the value, as {@link GateTrace#shouldMeet()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder shouldMeet(Seq<CriterionResult> shouldMeet) {
            generated.shouldMeet(shouldMeet);
            return this;
        }

        /**
         * Sets {@link GateTrace#shouldMeetScore()}.
         *
         * @param shouldMeetScore the value, as {@link GateTrace#shouldMeetScore()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder shouldMeetScore(double shouldMeetScore) {
            generated.shouldMeetScore(shouldMeetScore);
            return this;
        }

        /**
         * Sets {@link GateTrace#passScore()}.
         *
         * @param passScore the value, as {@link GateTrace#passScore()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder passScore(double passScore) {
            generated.passScore(passScore);
            return this;
        }

        /**
         * Sets {@link GateTrace#budget()}.
         *
         * @param budget the value, as {@link GateTrace#budget()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder budget(EvidenceBudget budget) {
            generated.budget(budget);
            return this;
        }

        /**
         * Sets {@link GateTrace#evidenceUsed()}.
         *
         * @param evidenceUsed the value, as {@link GateTrace#evidenceUsed()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder evidenceUsed(long evidenceUsed) {
            generated.evidenceUsed(evidenceUsed);
            return this;
        }

        /**
         * Sets {@link GateTrace#experimentsUsed()}.
         *
         * @param experimentsUsed the value, as {@link GateTrace#experimentsUsed()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder experimentsUsed(long experimentsUsed) {
            generated.experimentsUsed(experimentsUsed);
            return this;
        }

        /**
         * Sets {@link GateTrace#runway()}.
         *
         * @param runway the value, as {@link GateTrace#runway()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder runway(Runway runway) {
            generated.runway(runway);
            return this;
        }

        /**
         * Sets {@link GateTrace#pivotsUsed()}.
         *
         * @param pivotsUsed the value, as {@link GateTrace#pivotsUsed()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder pivotsUsed(int pivotsUsed) {
            generated.pivotsUsed(pivotsUsed);
            return this;
        }

        /**
         * Sets {@link GateTrace#pivotLimit()}.
         *
         * @param pivotLimit the value, as {@link GateTrace#pivotLimit()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder pivotLimit(int pivotLimit) {
            generated.pivotLimit(pivotLimit);
            return this;
        }

        /**
         * Sets {@link GateTrace#prematureScaling()}.
         *
         * @param prematureScaling the value, as {@link GateTrace#prematureScaling()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder prematureScaling(Seq<PrematureScaling> prematureScaling) {
            generated.prematureScaling(prematureScaling);
            return this;
        }

        /**
         * Sets {@link GateTrace#executingSince()}; none unless set.
         *
         * @param executingSince the value, as {@link GateTrace#executingSince()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        @API(status = EXPERIMENTAL, since = "0.1.0")
        public Builder executingSince(Option<Instant> executingSince) {
            generated.executingSince(executingSince);
            return this;
        }

        /**
         * Sets {@link GateTrace#rule()}.
         *
         * @param rule the value, as {@link GateTrace#rule()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder rule(GateDecision.Rule rule) {
            generated.rule(rule);
            return this;
        }

        /**
         * Builds the gate trace.
         *
         * @return the value
         * @throws MissingValueException if a required attribute is not set, naming each one
         * @throws InvalidValueException if an attribute breaks its rule
         */
        public GateTrace build() {
            return generated.build();
        }
    }
}
