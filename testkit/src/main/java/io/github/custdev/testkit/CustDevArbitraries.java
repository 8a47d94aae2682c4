package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.Commitment;
import io.github.custdev.CriterionResult;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.GateTrace;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotDecision;
import io.github.custdev.PrematureScaling;
import io.github.custdev.Rejection;
import io.github.custdev.Risk;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.Statement;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.WeightedCriterion;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.ReferralGrowth;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.BayesianScoring;
import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.FixedSampleScoring;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.MeanScoring;
import io.github.custdev.scoring.Sample;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.SeanEllisScoring;
import io.github.custdev.scoring.SequentialScoring;
import io.github.custdev.scoring.Statistic;
import io.github.custdev.simulation.journey.EvidenceRecipe;
import io.github.custdev.testkit.internal.AudienceGenerators;
import io.github.custdev.testkit.internal.DemandGenerators;
import io.github.custdev.testkit.internal.Draws;
import io.github.custdev.testkit.internal.GateGenerators;
import io.github.custdev.testkit.internal.GateScenarios;
import io.github.custdev.testkit.internal.Generators;
import io.github.custdev.testkit.internal.StrategyGenerators;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.apiguardian.api.API;

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
@API(status = STABLE, since = "0.1.0")
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
        return Combinators.combine(hypotheses(), Draws.anyDraws(1, 100))
                .as((h, draw) ->
                        EvidenceRecipe.of(h).withKinds(EvidenceRecipe.KINDS).build(draw));
    }

    private static <E extends Evidence> Arbitrary<E> ofKind(Class<E> kind) {
        return ofKind(hypotheses(), kind);
    }

    private static <E extends Evidence> Arbitrary<E> ofKind(Arbitrary<Hypothesis> hypotheses, Class<E> kind) {
        return Combinators.combine(hypotheses, Draws.anyDraws(1, 100))
                .as((h, draw) ->
                        kind.cast(EvidenceRecipe.of(h).withKinds(List.of(kind)).build(draw)));
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
        return Combinators.combine(hypotheses(), Draws.anyDraws(1, 100).list().ofMaxSize(20), weights())
                .as((h, draws, weights) -> {
                    EvidenceRecipe recipe = EvidenceRecipe.of(h);
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
     * Estimates of a metric, each inside its interval (one of {@link #intervals()}), now and then at a bound.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Estimate> estimates() {
        return Generators.estimates();
    }

    /**
     * Statistics that decide an assessment: a name, a value (now and then infinite), a probability in [0, 1].
     *
     * @return the arbitrary
     */
    public static Arbitrary<Statistic> decidingStatistics() {
        return Generators.decidingStatistics();
    }

    /**
     * Samples an assessment rests on: a size, an effective size, and half the time an expected additional sample.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Sample> samples() {
        return Generators.samples();
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
     * {@link ScoringStrategyContract}; drawn from a known truth with {@link ScoringCaseArbitrary#withTrueRate} and
     * its siblings, shrinking without contradicting it.
     *
     * @return the arbitrary, to be configured
     */
    public static ScoringCaseArbitrary scoringCases() {
        return ScoringCaseArbitrary.any();
    }

    // -------------------------------------------------------------------------------------------------------------
    // The smallest viable audience, and growth
    // -------------------------------------------------------------------------------------------------------------

    /**
     * Unit economics of every kind: prices up to 1,000, variable costs up to 500 (a negative margin included),
     * acquisition costs up to 5,000, retention in [0, 0.99], fixed costs up to 500,000, now and then a discount rate.
     *
     * @return the arbitrary
     */
    public static Arbitrary<UnitEconomics> unitEconomics() {
        return AudienceGenerators.economics();
    }

    /**
     * Conversions: fixed rates in [0, 1], or, a third of the time, the conversion carried over with its uncertainty
     * from a built-in strategy's assessment of a round of paid pilots.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Conversion> conversions() {
        return AudienceGenerators.conversions();
    }

    /**
     * Candidate audiences, configurable: around break-even, with a fixed or an assessed conversion.
     *
     * @return the arbitrary, to be configured
     */
    public static AudienceArbitrary audiences() {
        return AudienceArbitrary.any();
    }

    /**
     * The viability of generated audiences at a required probability (0.5, 0.9, 0.95, 1 or any in (0, 1]) and a
     * target margin (break-even mostly, now and then up to 50%).
     *
     * @return the arbitrary
     */
    public static Arbitrary<Viability> viabilities() {
        return AudienceGenerators.viabilities(audiences());
    }

    /**
     * Choices of the smallest viable audience among up to five candidates with distinct names, some around
     * break-even; none viable is among the answers.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SmallestViableAudience> smallestViableAudiences() {
        return AudienceGenerators.choices(audiences());
    }

    /**
     * Bass diffusions: innovation 0.0001 to 0.1, imitation 0 to 1, markets of 1 to ten million adopters.
     *
     * @return the arbitrary
     */
    public static Arbitrary<BassDiffusion> bassDiffusions() {
        return AudienceGenerators.diffusions();
    }

    /**
     * Referral growth: 1 to 10,000 seed customers, viral coefficients from 0 to 2 (1 itself among them), cycles of
     * an hour to 90 days.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ReferralGrowth> referralGrowths() {
        return AudienceGenerators.referrals();
    }

    // -------------------------------------------------------------------------------------------------------------
    // The built-in strategies
    // -------------------------------------------------------------------------------------------------------------

    /**
     * Bayesian scoring, configured: risk, default prior, level, and the probability or expected-loss rule.
     *
     * @return the arbitrary
     */
    public static Arbitrary<BayesianScoring> bayesianScorings() {
        return StrategyGenerators.bayesian();
    }

    /**
     * Sequential tests: {@code p0} from 0.05 to 0.7, {@code p1} 0.05 to 0.25 above it, error rates, level.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SequentialScoring> sequentialScorings() {
        return StrategyGenerators.sequential();
    }

    /**
     * Fixed-sample scoring at levels from 50% to 99.9%.
     *
     * @return the arbitrary
     */
    public static Arbitrary<FixedSampleScoring> fixedSampleScorings() {
        return StrategyGenerators.fixedSample();
    }

    /**
     * Sean Ellis scoring with benchmarks from 0.2 to 0.6 and the Bayesian, fixed-sample or a sequential rule.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SeanEllisScoring> seanEllisScorings() {
        return StrategyGenerators.seanEllis();
    }

    /**
     * Mean scoring with any risk and level.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MeanScoring> meanScorings() {
        return StrategyGenerators.mean();
    }

    /**
     * Any built-in strategy: the five above, and the decorators and combinators of {@code Scoring} around them
     * ({@code byMetric}, {@code weightedByStrength}, {@code inSegment}, {@code observedBefore},
     * {@code observedAfter}, {@code allOf}, {@code anyOf}).
     *
     * @return the arbitrary
     */
    public static Arbitrary<ScoringStrategy> strategies() {
        return StrategyGenerators.any();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Gates and their decisions
    // -------------------------------------------------------------------------------------------------------------

    /**
     * Runways: 0 to 200 experiments, or 0 to 100,000 USD or EUR.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Runway> runways() {
        return GateGenerators.runways();
    }

    /**
     * Roles: the built-in ones of both modes, or any role.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Role> roles() {
        return GateGenerators.roles();
    }

    /**
     * Premature hires: an executor hired in Customer Discovery or Validation.
     *
     * @return the arbitrary
     */
    public static Arbitrary<PrematureScaling> prematureScalings() {
        return GateGenerators.prematureScaling();
    }

    /**
     * Risks of hypotheses: importance, uncertainty (1 when untested), and the evidence still expected to be needed.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Risk> risks() {
        return GateGenerators.risks();
    }

    /**
     * Evidence budgets: experiments, with or without a limit on evidence items and a deadline.
     *
     * @return the arbitrary
     */
    public static Arbitrary<EvidenceBudget> evidenceBudgets() {
        return GateGenerators.budgets();
    }

    /**
     * The built-in spent-budget policies: {@code treatAsRefuted()} and {@code byLeaning(p)} for p from 0.5 to 1.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SpentBudgetPolicy> spentBudgetPolicies() {
        return GateGenerators.policies();
    }

    /**
     * Gate criteria of the three kinds: hypothesis, area (each judged by a built-in strategy that judges every
     * metric), and the chosen audience's viability. A hypothesis criterion names any id, and a gate refuses to
     * evaluate it against a venture that never stated that hypothesis: for gates with ventures that fit them, use
     * {@link GateCase}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateCriterion> gateCriteria() {
        return GateGenerators.criteria();
    }

    /**
     * Weighted (should-meet) criteria, weights from 0.1 to 10.
     *
     * @return the arbitrary
     */
    public static Arbitrary<WeightedCriterion> weightedCriteria() {
        return GateGenerators.weightedCriteria();
    }

    /**
     * Phase gates of every phase: default gates (now and then with another strategy, budget or policy) and gates of
     * generated must-meet and should-meet criteria, pass scores, budgets and policies. Their hypothesis criteria name
     * any id (see {@link #gateCriteria()}).
     *
     * @return the arbitrary
     */
    public static Arbitrary<PhaseGate> phaseGates() {
        return GateGenerators.gates(Arbitraries.of(Phase.class));
    }

    /**
     * Gate cases: a gate, a venture in its phase built to put the gate to a real test, and the instant the gate
     * decides at; configurable by phase, decision and budget.
     *
     * @return the arbitrary, to be configured
     */
    public static GateCaseArbitrary gateCases() {
        return GateCaseArbitrary.any();
    }

    /**
     * Gate decisions of every kind, each the real decision of a gate on a generated venture, with its trace.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateDecision> gateDecisions() {
        return gateCases().decisions();
    }

    /**
     * Proceed decisions of real gates.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateDecision.Proceed> proceeds() {
        return gateCases().deciding(GateDecision.Kind.PROCEED).decisions().map(d -> (GateDecision.Proceed) d);
    }

    /**
     * Pivot decisions of real gates, with the refuted hypotheses and the pivot types that fit them.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateDecision.Pivot> pivots() {
        return gateCases().deciding(GateDecision.Kind.PIVOT).decisions().map(d -> (GateDecision.Pivot) d);
    }

    /**
     * Persevere decisions of real gates, with the riskiest hypotheses to test next.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateDecision.Persevere> perseveres() {
        return gateCases().deciding(GateDecision.Kind.PERSEVERE).decisions().map(d -> (GateDecision.Persevere) d);
    }

    /**
     * Kill decisions of real gates: refuted with no pivots or no runway left.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateDecision.Kill> kills() {
        return gateCases().deciding(GateDecision.Kind.KILL).decisions().map(d -> (GateDecision.Kill) d);
    }

    /**
     * Failures of real gates: pivots and kills, in about equal shares.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateDecision.Failure> failures() {
        return Arbitraries.oneOf(pivots(), kills());
    }

    /**
     * The traces of real gate decisions.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateTrace> gateTraces() {
        return gateDecisions().map(GateDecision::trace);
    }

    /**
     * Lines of real gate traces: a criterion with what it judged and the verdict the gate used, decided by the
     * evidence or, with the budget spent, by the policy.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CriterionResult> criterionResults() {
        return Combinators.combine(gateTraces(), Arbitraries.integers().between(0, 9))
                .as((trace, i) -> trace.results().get(i % trace.results().size()));
    }

    /**
     * Pivots following real gate Pivot decisions: one of the fitting pivot types, the refuted hypotheses retired and
     * each replaced (lineage new to old), the gate's rationale and phase, decided when the gate decided or later.
     * Recorded after the gate's decision, each fits the venture the gate decided on.
     *
     * @return the arbitrary
     */
    public static Arbitrary<PivotDecision> pivotDecisions() {
        return Combinators.combine(
                        gateCases().deciding(GateDecision.Kind.PIVOT),
                        Arbitraries.integers().between(0, 9),
                        GateGenerators.pauses())
                .as(GateScenarios::following);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Ventures and their events
    // -------------------------------------------------------------------------------------------------------------

    /**
     * Event sequences valid for a venture: histories that {@code Venture.replay} accepts, configurable by length,
     * kinds of events, gates, premature scaling, founding, or a venture to continue.
     *
     * @return the arbitrary, to be configured
     */
    public static EventSequenceArbitrary eventSequences() {
        return EventSequenceArbitrary.any();
    }

    /**
     * Event sequences with deliberately invalid events, each breaking one rule: {@code
     * eventSequences().withInvalidEvents()}.
     *
     * @return the arbitrary, to be configured
     */
    public static InvalidEventSequenceArbitrary invalidEventSequences() {
        return eventSequences().withInvalidEvents();
    }

    /**
     * Ventures: the replay of generated event sequences ({@code eventSequences().ventures()}).
     *
     * @return the arbitrary
     */
    public static Arbitrary<Venture> ventures() {
        return eventSequences().ventures();
    }

    /**
     * Rejections: what a venture answers to generated invalid events, each naming its rule, event and position.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Rejection> rejections() {
        return invalidEventSequences()
                .map(sequence -> Venture.replay(sequence.events()).getLeft());
    }

    /**
     * Single events of every kind, each valid on its own: foundings, hypotheses stated, experiments, gate decisions,
     * pivots, advances, hires, audiences chosen, closings. For events that fit a venture, use
     * {@link #eventSequences()}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent> ventureEvents() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, foundings()),
                Tuple.of(3, hypothesesStated()),
                Tuple.of(5, evidenceRecorded()),
                Tuple.of(2, gatesEvaluated()),
                Tuple.of(1, pivoted()),
                Tuple.of(1, phaseAdvances()),
                Tuple.of(1, rolesHired()),
                Tuple.of(1, audiencesChosen()),
                Tuple.of(1, closings()));
    }

    /**
     * Foundings: a name, a runway, a pivot limit of 0 to 3, an instant.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.Founded> foundings() {
        return GateGenerators.foundings();
    }

    /**
     * Hypotheses stated, at generated instants.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.HypothesisStated> hypothesesStated() {
        return Combinators.combine(hypotheses(), observationTimes()).as(VentureEvent.HypothesisStated::of);
    }

    /**
     * Experiments: one to three items of evidence, a cost of 0 or up to 1,000, recorded no earlier than the last item
     * was observed.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.EvidenceRecorded> evidenceRecorded() {
        Arbitrary<BigDecimal> costs = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                Tuple.of(
                        1,
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, BigDecimal.valueOf(1000))
                                .ofScale(2)));
        return Combinators.combine(evidence().list().ofMinSize(1).ofMaxSize(3), costs, GateGenerators.pauses())
                .as((items, cost, pause) -> {
                    Instant last = items.get(0).observedAt();
                    for (Evidence item : items) {
                        last = item.observedAt().isAfter(last) ? item.observedAt() : last;
                    }
                    return VentureEvent.EvidenceRecorded.of(items, cost, last.plus(pause));
                });
    }

    /**
     * Real gate decisions, recorded.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.GateEvaluated> gatesEvaluated() {
        return gateDecisions().map(VentureEvent.GateEvaluated::of);
    }

    /**
     * Pivots following real gate decisions, recorded.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.Pivoted> pivoted() {
        return pivotDecisions().map(VentureEvent.Pivoted::of);
    }

    /**
     * Phase advances at generated instants.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.PhaseAdvanced> phaseAdvances() {
        return observationTimes().map(VentureEvent.PhaseAdvanced::of);
    }

    /**
     * Roles hired at generated instants.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.RoleHired> rolesHired() {
        return Combinators.combine(roles(), observationTimes()).as(VentureEvent.RoleHired::of);
    }

    /**
     * Audiences chosen, with or without a reason, at generated instants.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.AudienceChosen> audiencesChosen() {
        Arbitrary<Option<String>> reasons = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Option.none())),
                Tuple.of(1, Generators.texts(60).map(Option::some)));
        return Combinators.combine(audiences(), reasons, observationTimes())
                .as((audience, reason, at) -> reason.isEmpty()
                        ? VentureEvent.AudienceChosen.of(audience, at)
                        : VentureEvent.AudienceChosen.of(audience, reason.get(), at));
    }

    /**
     * Closings with a reason, at generated instants.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.Closed> closings() {
        return Combinators.combine(Generators.texts(60), observationTimes()).as(VentureEvent.Closed::of);
    }

    // ---- Demand (issue #20)

    /**
     * Adoptions of 1 to 20 periods, 0 to 1,000 a period.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.demand.Adoptions> adoptions() {
        return DemandGenerators.adoptions();
    }

    /**
     * Cohorts of up to 1,000 customers followed for 1 to 12 ages, never retaining more with age.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.demand.Cohort> cohorts() {
        return DemandGenerators.cohorts();
    }

    /**
     * One to six cohorts acquired in increasing periods.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.demand.Cohorts> cohortSeries() {
        return DemandGenerators.cohortSeries();
    }

    /**
     * Referrals over 1 to 12 periods, never more converted than sent.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.demand.Referrals> referrals() {
        return DemandGenerators.referrals();
    }

    /**
     * Growth rates fitted to 2 to 12 periods of adoptions.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.demand.GrowthRate> growthRates() {
        return DemandGenerators.growthRates();
    }

    /**
     * Retentions at ages 1 to 12, with generated priors.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.demand.Retention> retentions() {
        return DemandGenerators.retentions();
    }

    /**
     * Viral coefficients of up to 1,000 converted referrals from up to 10,000 customers.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.demand.ViralCoefficient> viralCoefficients() {
        return DemandGenerators.viralCoefficients();
    }

    /**
     * Bass fits to adoptions drawn around known diffusions.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.demand.BassFit> bassFits() {
        return DemandGenerators.bassFits();
    }

    /**
     * Cohort observations, each valid on its own, about generated hypotheses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.CohortObservation> cohortObservations() {
        return DemandGenerators.cohortObservations();
    }

    /**
     * Referral observations, about generated hypotheses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.ReferralObservation> referralObservations() {
        return DemandGenerators.referralObservations();
    }

    /**
     * A valid series of demand evidence for one hypothesis: consecutive cohort observations and referral observations
     * in period order, which a venture's log accepts.
     *
     * @param hypothesisId the hypothesis
     * @return the arbitrary
     * @throws io.github.custdev.InvalidValueException if the id is null
     */
    public static Arbitrary<java.util.List<Evidence>> demandSeries(HypothesisId hypothesisId) {
        return DemandGenerators.demandSeries(HypothesisArbitrary.notNull(hypothesisId, "hypothesisId"));
    }

    /**
     * The running demand statistics of generated demand series.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.DemandStatistics> demandStatistics() {
        return DemandGenerators.demandStatistics();
    }

    /**
     * Demand criteria of the four measures: growth, referrals, diffusion and retention.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateCriterion.DemandShown> demandCriteria() {
        return DemandGenerators.demandCriteria();
    }

    /**
     * Readings of generated demand series by generated demand criteria.
     *
     * @return the arbitrary
     */
    public static Arbitrary<io.github.custdev.DemandReading> demandReadings() {
        return DemandGenerators.demandReadings();
    }
}
