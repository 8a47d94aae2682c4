package io.github.custdev.testkit.internal;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateCriterion;
import io.github.custdev.Mode;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PrematureScaling;
import io.github.custdev.Risk;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.SpentBudgetPolicies;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.VentureEvent;
import io.github.custdev.WeightedCriterion;
import io.github.custdev.simulation.journey.JourneyTables;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The generators of the parts of gates and ventures that need no evaluation: runways, roles, premature hires, risks,
 * budgets, spent-budget policies, criteria and gates, and foundings. Every value is built through custdev's own
 * factories and shrinks towards a small, readable one.
 */
public final class GateGenerators {

    /** The roles of a startup's team: those who search first, then those who execute. */
    public static final List<Role> ROLES = JourneyTables.ROLES.asJava();

    /** The roles made for searching. */
    public static final List<Role> SEARCH_ROLES = JourneyTables.SEARCH_ROLES.asJava();

    /** The roles made for executing. */
    public static final List<Role> EXECUTOR_ROLES = JourneyTables.EXECUTOR_ROLES.asJava();

    /** Names of ventures; the first is the one foundings shrink towards. */
    public static final List<String> VENTURE_NAMES = List.of("Venture", "Dentflow", "Pilotly", "Acme Clinics");

    private GateGenerators() {}

    /**
     * Runways: a count of experiments from 0 to 200, or money from 0 to 100,000 USD or EUR; shrinking towards 50
     * experiments, a runway neither empty nor endless.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Runway> runways() {
        Arbitrary<Runway> experiments =
                Arbitraries.longs().between(0, 200).shrinkTowards(50).map(Runway::experiments);
        Arbitrary<Runway> money = Combinators.combine(
                        Arbitraries.integers().between(0, 100_000), Arbitraries.of("USD", "EUR"))
                .as((amount, currency) -> Runway.money(BigDecimal.valueOf(amount), currency));
        return Arbitraries.frequencyOf(Tuple.of(2, experiments), Tuple.of(1, money));
    }

    /**
     * Roles: the built-in ones of both modes, or a role of any name and mode.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Role> roles() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(ROLES)),
                Tuple.of(
                        1,
                        Combinators.combine(Generators.texts(24), Arbitraries.of(Mode.class))
                                .as(Role::of)));
    }

    /**
     * Premature hires: an executor role hired in Customer Discovery or Validation.
     *
     * @return the arbitrary
     */
    public static Arbitrary<PrematureScaling> prematureScaling() {
        Arbitrary<Role> executors = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(EXECUTOR_ROLES)),
                Tuple.of(1, Generators.texts(24).map(name -> Role.of(name, Mode.EXECUTE))));
        return Combinators.combine(
                        executors,
                        Arbitraries.of(Phase.CUSTOMER_DISCOVERY, Phase.CUSTOMER_VALIDATION),
                        Generators.instants())
                .as(PrematureScaling::of);
    }

    /**
     * Risks: any hypothesis, importance 1 or 0.1 to 10, untested (uncertainty 1) or with an uncertainty in [0, 1],
     * with or without an expected additional sample.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Risk> risks() {
        Arbitrary<Double> importances = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(1.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.1, 10.0).ofScale(1)));
        Arbitrary<Option<Long>> more = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Option.none())),
                Tuple.of(2, Arbitraries.longs().between(0, 500).map(Option::some)));
        return Combinators.combine(
                        Generators.hypothesisIds(),
                        importances,
                        Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)),
                        Arbitraries.doubles().between(0.0, 1.0).ofScale(3),
                        more)
                .as((id, importance, untested, uncertainty, sample) ->
                        Risk.of(id, importance, untested ? 1.0 : uncertainty, untested, sample));
    }

    /**
     * Evidence budgets: at most some evidence items (1 to 500), experiments (1 to 200), or a deadline, or several of
     * these limits together.
     *
     * @return the arbitrary
     */
    public static Arbitrary<EvidenceBudget> budgets() {
        Arbitrary<Option<Long>> items = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Option.none())),
                Tuple.of(1, Arbitraries.longs().between(1, 500).map(Option::some)));
        Arbitrary<Option<java.time.Instant>> deadlines = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Option.none())),
                Tuple.of(1, Generators.instants().map(Option::some)));
        return Combinators.combine(Arbitraries.longs().between(1, 200), items, deadlines)
                .as((experiments, evidence, deadline) -> {
                    EvidenceBudget budget = EvidenceBudget.experiments(experiments);
                    if (evidence.isDefined()) {
                        budget = budget.withMaxEvidence(evidence.get());
                    }
                    return deadline.isDefined() ? budget.withDeadline(deadline.get()) : budget;
                });
    }

    /**
     * The built-in spent-budget policies: treat as refuted, or by leaning with a probability from 0.5 to 1.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SpentBudgetPolicy> policies() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(SpentBudgetPolicies.treatAsRefuted())),
                Tuple.of(1, Arbitraries.doubles().between(0.5, 1.0).ofScale(2).map(SpentBudgetPolicies::byLeaning)));
    }

    /**
     * Gate criteria of the three kinds: a hypothesis (any id), an area of the business model, each judged by one of
     * {@link StrategyGenerators#GATE_STRATEGIES}; or the chosen audience's viability at a required probability and a
     * target margin.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateCriterion> criteria() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, areaCriteria().map(c -> (GateCriterion) c)),
                Tuple.of(1, hypothesisCriteria().map(c -> (GateCriterion) c)),
                Tuple.of(1, audienceCriteria().map(c -> (GateCriterion) c)));
    }

    /**
     * Area criteria, each judged by one of {@link StrategyGenerators#GATE_STRATEGIES}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateCriterion.AreaSupported> areaCriteria() {
        return Combinators.combine(
                        Arbitraries.of(BusinessModelArea.class), Arbitraries.of(StrategyGenerators.GATE_STRATEGIES))
                .as((area, named) -> (GateCriterion.AreaSupported) GateCriterion.area(area, named.strategy()));
    }

    /**
     * Hypothesis criteria on any id, each judged by one of {@link StrategyGenerators#GATE_STRATEGIES}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateCriterion.HypothesisSupported> hypothesisCriteria() {
        return Combinators.combine(Generators.hypothesisIds(), Arbitraries.of(StrategyGenerators.GATE_STRATEGIES))
                .as((id, named) -> (GateCriterion.HypothesisSupported) GateCriterion.hypothesis(id, named.strategy()));
    }

    /**
     * Audience criteria at a required probability in (0, 1] and a target margin in [0, 1).
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateCriterion.AudienceViable> audienceCriteria() {
        return Combinators.combine(AudienceGenerators.requiredProbabilities(), AudienceGenerators.targetMargins())
                .as(GateCriterion::audienceViable);
    }

    /**
     * Weighted criteria: weights from 0.1 to 10, 1 most often.
     *
     * @return the arbitrary
     */
    public static Arbitrary<WeightedCriterion> weightedCriteria() {
        return Combinators.combine(criteria(), weights()).as(WeightedCriterion::of);
    }

    private static Arbitrary<Double> weights() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(1.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.1, 10.0).ofScale(1)));
    }

    /**
     * Phase gates: the default gate of a phase, now and then with another strategy, budget or policy; or a gate of
     * one to three must-meet and up to three should-meet criteria, any pass score, budget and built-in policy.
     *
     * @param phases the phases of the gates
     * @return the arbitrary
     */
    public static Arbitrary<PhaseGate> gates(Arbitrary<Phase> phases) {
        Arbitrary<PhaseGate> defaults = Combinators.combine(
                        phases,
                        Arbitraries.of(StrategyGenerators.GATE_STRATEGIES),
                        Arbitraries.frequencyOf(
                                Tuple.of(2, Arbitraries.just(PhaseGate.DEFAULT_BUDGET)), Tuple.of(1, budgets())),
                        Arbitraries.frequencyOf(
                                Tuple.of(2, Arbitraries.just(SpentBudgetPolicies.treatAsRefuted())),
                                Tuple.of(1, policies())))
                .as((phase, named, budget, policy) -> PhaseGate.defaultFor(phase, named.strategy())
                        .withBudget(budget)
                        .withWhenBudgetSpent(policy));
        Arbitrary<PhaseGate> custom = Combinators.combine(
                        phases,
                        criteria().list().ofMinSize(1).ofMaxSize(3),
                        Combinators.combine(criteria(), weights())
                                .as(Tuple::of)
                                .list()
                                .ofMaxSize(3),
                        Arbitraries.frequencyOf(
                                Tuple.of(2, Arbitraries.just(PhaseGate.DEFAULT_PASS_SCORE)),
                                Tuple.of(
                                        1,
                                        Arbitraries.doubles().between(0.0, 1.0).ofScale(2))),
                        budgets(),
                        policies())
                .as((phase, must, should, pass, budget, policy) -> {
                    PhaseGate.Builder gate = PhaseGate.builder(phase)
                            .passScore(pass)
                            .budget(budget)
                            .whenBudgetSpent(policy);
                    List<GateCriterion> seen = new ArrayList<>();
                    for (GateCriterion criterion : must) {
                        if (!seen.contains(criterion)) {
                            seen.add(criterion);
                            gate.mustMeet(criterion);
                        }
                    }
                    for (Tuple.Tuple2<GateCriterion, Double> weighted : should) {
                        if (!seen.contains(weighted.get1())) {
                            seen.add(weighted.get1());
                            gate.shouldMeet(weighted.get1(), weighted.get2());
                        }
                    }
                    return gate.build();
                });
        return Arbitraries.frequencyOf(Tuple.of(1, defaults), Tuple.of(2, custom));
    }

    /**
     * Foundings: one of {@link #VENTURE_NAMES} or any name, a generated runway, at most 0 to 3 pivots, founded at a
     * generated instant.
     *
     * @return the arbitrary
     */
    public static Arbitrary<VentureEvent.Founded> foundings() {
        Arbitrary<String> names =
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(VENTURE_NAMES)), Tuple.of(1, Generators.texts(30)));
        Arbitrary<Integer> pivots = Arbitraries.integers().between(0, 3).shrinkTowards(1);
        return Combinators.combine(names, runways(), pivots, Generators.instants())
                .as(VentureEvent.Founded::of);
    }

    /**
     * A span of time from zero to fourteen days in whole minutes, mostly under a day; shrinks towards zero.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Duration> pauses() {
        Seq<Integer> weights = JourneyTables.PAUSE_WEIGHTS;
        return Arbitraries.frequencyOf(
                        Tuple.of(weights.get(0), Arbitraries.just(0)),
                        Tuple.of(weights.get(1), Arbitraries.integers().between(1, JourneyTables.SHORT_PAUSE_MINUTES)),
                        Tuple.of(weights.get(2), Arbitraries.integers().between(1, JourneyTables.LONG_PAUSE_MINUTES)))
                .map(Duration::ofMinutes);
    }
}
