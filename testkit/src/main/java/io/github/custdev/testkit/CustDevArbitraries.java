package io.github.custdev.testkit;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.testkit.internal.EvidenceRecipe;
import io.github.custdev.testkit.internal.Generators;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The generators of custdev's value types, for jqwik properties: the entry point of the test kit.
 *
 * <p>Every value type of custdev can also be had with a bare {@code @ForAll} parameter (the test kit registers an
 * arbitrary provider with jqwik), which gives what the unconfigured methods here give. The methods here are for
 * configured generation: hypotheses of a given metric, phase or area; evidence drawn from a known true rate or
 * distribution, so that a test can check that a strategy finds the truth; logs over a chosen set of hypotheses.
 *
 * <pre>{@code
 * class ReportProperties {
 *     @Property
 *     void everyHypothesisWithEvidenceHasALine(@ForAll EvidenceLog log) { ... }
 *
 *     @Property(tries = 20)
 *     void findsAStrongSignal(@ForAll("strongSignal") EvidenceLog log) {
 *         assertEquals(Verdict.SUPPORTED, myStrategy.assess(FIT, log).verdict());
 *     }
 *
 *     @Provide
 *     Arbitrary<EvidenceLog> strongSignal() {
 *         return CustDevArbitraries.evidenceFor(FIT).withTrueRate(0.7).logs().ofSize(300, 300);
 *     }
 * }
 * }</pre>
 *
 * <p>Every generated value is valid (it was built through the public factories, which check it), ids are unique
 * where a log or a set of hypotheses needs them, and the measurements of one hypothesis share its unit. Values shrink
 * towards small, readable ones: one-character ids and texts, {@code "customer-1"}, the first constant of each enum,
 * the earliest observation time, logs of a single item. Generated observation times are whole minutes within three
 * years of {@code 2026-01-05T09:00:00Z}.
 *
 * <p>Thread-safe; every method returns a new arbitrary, and the configurable ones return immutable arbitraries whose
 * {@code with} methods make configured copies.
 */
public final class CustDevArbitraries {
    private CustDevArbitraries() {}

    /**
     * Hypothesis ids of every valid shape.
     *
     * @return the arbitrary
     */
    public static Arbitrary<HypothesisId> hypothesisIds() {
        return Generators.hypothesisIds();
    }

    /**
     * Sources: recurring customers ({@code "customer-7"}) or any not-blank id, in a segment or not.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Source> sources() {
        return Generators.sources();
    }

    /**
     * Observation times: whole minutes within three years of {@code 2026-01-05T09:00:00Z}, shrinking towards it.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Instant> observationTimes() {
        return Generators.instants();
    }

    /**
     * Beta priors: uniform, Jeffreys', or pseudo-counts between 0.1 and 50.
     *
     * @return the arbitrary
     */
    public static Arbitrary<BetaPrior> priors() {
        return Generators.priors();
    }

    /**
     * Strength weights: equal, the conventional (1, 4, 16), or any weights between 0 and 20, not all zero.
     *
     * @return the arbitrary
     */
    public static Arbitrary<StrengthWeights> weights() {
        return Generators.weights();
    }

    /**
     * Success criteria of every metric, comparison, threshold, minimum sample and minimum strength.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SuccessCriterion> criteria() {
        return Generators.criteria(List.of(Metric.values()));
    }

    /**
     * Success criteria of the given metrics.
     *
     * @param metrics the metrics, at least one
     * @return the arbitrary
     * @throws io.github.custdev.InvalidValueException if no metric is given
     */
    public static Arbitrary<SuccessCriterion> criteria(Metric... metrics) {
        return Generators.criteria(HypothesisArbitrary.nonEmpty(metrics, "metrics"));
    }

    /**
     * Hypotheses, configurable by metric, phase, area, criterion and id.
     *
     * @return the arbitrary
     */
    public static HypothesisArbitrary hypotheses() {
        return HypothesisArbitrary.any();
    }

    /**
     * Statements about generated hypotheses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Statement> statements() {
        return ofKind(Statement.class);
    }

    /**
     * Behaviours of strength DID or PAID with 1 to 100 trials, about generated hypotheses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Behaviour> behaviours() {
        return ofKind(Behaviour.class);
    }

    /**
     * Commitments made or declined, some with an amount, about generated hypotheses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Commitment> commitments() {
        return ofKind(Commitment.class);
    }

    /**
     * Sean Ellis tallies of 1 to 100 respondents, about generated hypotheses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SeanEllisTally> seanEllisTallies() {
        return ofKind(SeanEllisTally.class);
    }

    /**
     * Measurements of every strength, in the units of generated mean hypotheses, around their thresholds.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Measurement> measurements() {
        return ofKind(hypotheses().withMetric(Metric.MEAN), Measurement.class);
    }

    /**
     * Evidence of every kind, for generated hypotheses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Evidence> evidence() {
        return Combinators.combine(hypotheses(), EvidenceRecipe.anyDraws(1, 100))
                .as((h, draw) -> EvidenceRecipe.forHypothesis(h)
                        .withKinds(EvidenceRecipe.KINDS)
                        .build(draw));
    }

    private static <E extends Evidence> Arbitrary<E> ofKind(Class<E> kind) {
        return ofKind(hypotheses(), kind);
    }

    private static <E extends Evidence> Arbitrary<E> ofKind(Arbitrary<Hypothesis> hypotheses, Class<E> kind) {
        return Combinators.combine(hypotheses, EvidenceRecipe.anyDraws(1, 100))
                .as((h, draw) -> kind.cast(
                        EvidenceRecipe.forHypothesis(h).withKinds(List.of(kind)).build(draw)));
    }

    /**
     * Evidence for one hypothesis, arbitrary or drawn from a known truth.
     *
     * @param hypothesis the hypothesis the evidence tests
     * @return the arbitrary, to be configured
     * @throws io.github.custdev.InvalidValueException if the hypothesis is null
     */
    public static EvidenceArbitrary evidenceFor(Hypothesis hypothesis) {
        return EvidenceArbitrary.forHypothesis(hypothesis);
    }

    /**
     * Evidence logs, by default over one to three generated hypotheses, with equal weights.
     *
     * @return the arbitrary, to be configured
     */
    public static EvidenceLogArbitrary logs() {
        return EvidenceLogArbitrary.any();
    }

    /**
     * The statistics of up to 20 items of evidence for one generated hypothesis, with equal or generated weights.
     *
     * @return the arbitrary
     */
    public static Arbitrary<EvidenceStatistics> statistics() {
        return Combinators.combine(
                        hypotheses(), EvidenceRecipe.anyDraws(1, 100).list().ofMaxSize(20), weights())
                .as((h, draws, weights) -> {
                    EvidenceRecipe recipe = EvidenceRecipe.forHypothesis(h);
                    List<Evidence> evidence = new ArrayList<>();
                    draws.forEach(draw -> evidence.add(recipe.build(draw)));
                    return EvidenceStatistics.of(evidence).withWeights(weights);
                });
    }

    /**
     * Interval estimates, credible and confidence, at levels from 50% to 99.9%, now and then with an infinite bound.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Interval> intervals() {
        return Generators.intervals();
    }

    /**
     * Valid assessments of hypotheses with arbitrary ids: the estimate inside the interval, the probability in
     * [0, 1], an expected additional sample only on inconclusive verdicts.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Assessment> assessments() {
        return Generators.assessments(hypothesisIds());
    }

    /**
     * Valid assessments of one hypothesis.
     *
     * @param hypothesisId the id of the hypothesis assessed
     * @return the arbitrary
     */
    public static Arbitrary<Assessment> assessmentsOf(HypothesisId hypothesisId) {
        return Generators.assessments(Arbitraries.just(HypothesisArbitrary.notNull(hypothesisId, "hypothesisId")));
    }

    /**
     * Scoring cases: a hypothesis and a log that holds its evidence among others', the input of
     * {@link ScoringStrategyContract}.
     *
     * @return the arbitrary, to be configured
     */
    public static ScoringCaseArbitrary scoringCases() {
        return ScoringCaseArbitrary.any();
    }
}
