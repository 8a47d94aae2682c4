package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import io.vavr.control.Option;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A falsifiable statement about the business model, with the test that will judge it registered in advance.
 *
 * <p>A hypothesis belongs to one area of the business model and must be validated in one phase; its importance
 * ranks it among the riskiest assumptions (importance times uncertainty), and an optional {@link BetaPrior} records
 * what the team believed before any evidence. The {@link SuccessCriterion} cannot be changed on an existing
 * hypothesis: a different criterion is a different hypothesis.
 *
 * <pre>{@code
 * Hypothesis pains = Hypothesis.builder()
 *         .id(HypothesisId.of("problem.scheduling"))
 *         .statement("Dental practices lose hours a week to scheduling by phone")
 *         .area(BusinessModelArea.PROBLEM)
 *         .phase(Phase.CUSTOMER_DISCOVERY)
 *         .criterion(SuccessCriterion.proportionAtLeast(0.6, 20))
 *         .importance(3)
 *         .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Hypothesis {

    Hypothesis() {}

    /**
     * The caller's id of this hypothesis.
     *
     * @return the id
     */
    public abstract HypothesisId id();

    /**
     * The statement, in the team's words.
     *
     * @return the statement, not blank
     */
    public abstract String statement();

    /**
     * The area of the business model this hypothesis is about.
     *
     * @return the area
     */
    public abstract BusinessModelArea area();

    /**
     * The phase in which this hypothesis must be validated.
     *
     * @return the phase
     */
    public abstract Phase phase();

    /**
     * The pre-registered test that judges this hypothesis.
     *
     * @return the criterion
     */
    public abstract SuccessCriterion criterion();

    /**
     * How much the venture depends on this hypothesis, for ranking the riskiest assumptions; finite and &gt; 0,
     * 1 unless set.
     *
     * @return the importance
     */
    @Value.Default
    public double importance() {
        return 1.0;
    }

    /**
     * What the team believed about the rate before the evidence, if it said so.
     *
     * @return the prior, or none for the scoring strategy's default
     */
    @Value.Default
    public Option<BetaPrior> prior() {
        return Option.none();
    }

    /**
     * Builds a hypothesis with importance 1 and no prior.
     *
     * @param id the id
     * @param statement the statement, not blank
     * @param area the area of the business model
     * @param phase the phase in which it must be validated
     * @param criterion the pre-registered success criterion
     * @return the hypothesis
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static Hypothesis of(
            HypothesisId id, String statement, BusinessModelArea area, Phase phase, SuccessCriterion criterion) {
        return builder()
                .id(Checks.notNull(id, "hypothesis.id"))
                .statement(Checks.notNull(statement, "hypothesis.statement"))
                .area(Checks.notNull(area, "hypothesis.area"))
                .phase(Checks.notNull(phase, "hypothesis.phase"))
                .criterion(Checks.notNull(criterion, "hypothesis.criterion"))
                .build();
    }

    /**
     * A builder for a hypothesis; {@code id}, {@code statement}, {@code area}, {@code phase} and {@code criterion}
     * are required, each may be set once.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A copy of this hypothesis with another importance. The statement and the criterion stay as registered.
     *
     * @param importance the new importance, finite and &gt; 0
     * @return the changed copy
     */
    public abstract Hypothesis withImportance(double importance);

    @Value.Check
    void check() {
        Checks.notBlank(statement(), "hypothesis.statement");
        Checks.positive(importance(), "hypothesis.importance");
    }

    /**
     * Builds a {@link Hypothesis}; each attribute may be set once. Not thread-safe: a builder belongs to the code
     * that builds one hypothesis.
     */
    public static final class Builder {
        // Delegates to the generated builder, so that no generated class is part of the public API.
        private final ImmutableHypothesis.Builder generated = new ImmutableHypothesis.Builder();

        Builder() {}

        /**
         * Sets the caller's id of the hypothesis; required.
         *
         * @param id the id
         * @return this builder
         * @throws InvalidValueException if the id is null or already set
         */
        public Builder id(HypothesisId id) {
            generated.id(id);
            return this;
        }

        /**
         * Sets the statement, in the team's words; required.
         *
         * @param statement the statement, not blank
         * @return this builder
         * @throws InvalidValueException if the statement is null or already set
         */
        public Builder statement(String statement) {
            generated.statement(statement);
            return this;
        }

        /**
         * Sets the area of the business model the hypothesis is about; required.
         *
         * @param area the area
         * @return this builder
         * @throws InvalidValueException if the area is null or already set
         */
        public Builder area(BusinessModelArea area) {
            generated.area(area);
            return this;
        }

        /**
         * Sets the phase in which the hypothesis must be validated; required.
         *
         * @param phase the phase
         * @return this builder
         * @throws InvalidValueException if the phase is null or already set
         */
        public Builder phase(Phase phase) {
            generated.phase(phase);
            return this;
        }

        /**
         * Sets the pre-registered success criterion; required.
         *
         * @param criterion the criterion
         * @return this builder
         * @throws InvalidValueException if the criterion is null or already set
         */
        public Builder criterion(SuccessCriterion criterion) {
            generated.criterion(criterion);
            return this;
        }

        /**
         * Sets how much the venture depends on the hypothesis; 1 unless set.
         *
         * @param importance the importance, finite and &gt; 0 (checked by {@link #build()})
         * @return this builder
         * @throws InvalidValueException if the importance is already set
         */
        public Builder importance(double importance) {
            generated.importance(importance);
            return this;
        }

        /**
         * Sets the prior belief about the rate.
         *
         * @param prior the prior
         * @return this builder
         * @throws InvalidValueException if the prior is null or already set
         */
        public Builder prior(BetaPrior prior) {
            return prior(Option.of(Checks.notNull(prior, "prior")));
        }

        /**
         * Sets the prior belief about the rate, or none for the scoring strategy's default (as unless set).
         *
         * @param prior the prior, or none
         * @return this builder
         * @throws InvalidValueException if the option is null or the prior already set
         */
        public Builder prior(Option<BetaPrior> prior) {
            generated.prior(prior);
            return this;
        }

        /**
         * Builds the hypothesis.
         *
         * @return the hypothesis
         * @throws MissingValueException if a required attribute is not set, naming each one
         * @throws InvalidValueException if an attribute breaks its rule
         */
        public Hypothesis build() {
            return generated.build();
        }
    }
}
