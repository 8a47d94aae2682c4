package io.github.custdev.testkit.internal;

import io.github.custdev.Audience;
import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Conversion;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotDecision;
import io.github.custdev.PivotType;
import io.github.custdev.Rejection;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.Source;
import io.github.custdev.SpentBudgetPolicies;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.UnitEconomics;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.scoring.Scoring;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Generated journeys: scripts of small numbers, turned into events by a driver that reads the venture before each
 * event, so that every event it makes fits (the venture accepts it), and so that jqwik shrinks a journey by shrinking
 * its script: fewer steps, smaller numbers, simpler events.
 *
 * <p>The driver states hypotheses with readable ids ({@code segment-1}, {@code problem-2}), each with a hidden truth
 * (a true rate, or a true distribution of its measurements) from which its evidence is drawn, so that evidence piles
 * up one way and gates reach decisions; evaluates gates and records their decisions; acts on them (advances after a
 * Proceed, pivots after a Pivot, closes after a Kill) most of the time; hires roles, chooses audiences around
 * break-even, and pivots on its own judgment. On request it inserts deliberately invalid events, each built to break
 * one {@link Rejection.Rule} and checked to do so.
 */
@SuppressWarnings("EnumOrdinal") // scripts pick enum constants by index and compare phases by their order
public final class Journeys {

    /** The kinds of events a journey may hold besides its founding. */
    public enum EventKind {
        /** {@link VentureEvent.HypothesisStated}. */
        STATED(VentureEvent.HypothesisStated.class, 8),
        /** {@link VentureEvent.EvidenceRecorded}. */
        RECORDED(VentureEvent.EvidenceRecorded.class, 40),
        /** {@link VentureEvent.GateEvaluated}. */
        EVALUATED(VentureEvent.GateEvaluated.class, 10),
        /** {@link VentureEvent.Pivoted}. */
        PIVOTED(VentureEvent.Pivoted.class, 3),
        /** {@link VentureEvent.PhaseAdvanced}. */
        ADVANCED(VentureEvent.PhaseAdvanced.class, 3),
        /** {@link VentureEvent.RoleHired}. */
        HIRED(VentureEvent.RoleHired.class, 6),
        /** {@link VentureEvent.AudienceChosen}. */
        CHOSEN(VentureEvent.AudienceChosen.class, 6),
        /** {@link VentureEvent.Closed}. */
        CLOSED(VentureEvent.Closed.class, 1);

        private final Class<? extends VentureEvent> type;
        private final int weight;

        EventKind(Class<? extends VentureEvent> type, int weight) {
            this.type = type;
            this.weight = weight;
        }

        /**
         * The event class of this kind.
         *
         * @return the class
         */
        public Class<? extends VentureEvent> type() {
            return type;
        }

        /**
         * The kind of an event class.
         *
         * @param type the class
         * @return the kind, or null for {@link VentureEvent.Founded} and unknown classes
         */
        public static @Nullable EventKind of(Class<?> type) {
            for (EventKind kind : values()) {
                if (kind.type.equals(type)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** Whether a journey hires executors while it searches. */
    public enum Scaling {
        /** As it happens. */
        ANY,
        /** At least one executor hired in a search phase. */
        REQUIRED,
        /** Executors hired only once the venture executes. */
        FORBIDDEN
    }

    /** One step of a script: what to do next, a few small numbers that say how, and how long after the last event. */
    public static final class Step {
        final EventKind kind;
        final int a;
        final int b;
        final int c;
        final Duration pause;
        final List<Draw> draws;

        Step(EventKind kind, int a, int b, int c, Duration pause, List<Draw> draws) {
            this.kind = kind;
            this.a = a;
            this.b = b;
            this.c = c;
            this.pause = pause;
            this.draws = draws;
        }

        @Override
        public String toString() {
            return "Step[" + kind + ", " + a + ", " + b + ", " + c + ", +" + pause + ']';
        }
    }

    /** A deliberately invalid event to insert: where, which rule (a seed into the rules asked for), and how. */
    public static final class Fault {
        final int slot;
        final int rule;
        final int a;
        final int b;
        final Duration pause;

        Fault(int slot, int rule, int a, int b, Duration pause) {
            this.slot = slot;
            this.rule = rule;
            this.a = a;
            this.b = b;
            this.pause = pause;
        }

        @Override
        public String toString() {
            return "Fault[" + slot + ", " + rule + ", " + a + ", " + b + ", +" + pause + ']';
        }
    }

    /** What a journey may hold. Immutable. */
    public static final class Spec {
        final Set<EventKind> kinds;
        final Scaling scaling;
        final @Nullable Function<Phase, PhaseGate> gates;
        final @Nullable Venture start;
        final int minLength;
        final List<Rejection.Rule> rules;

        /**
         * A spec.
         *
         * @param kinds the kinds of events besides the founding
         * @param scaling whether executors are hired while searching
         * @param gates the gate of each phase, or null for generated gates
         * @param start the venture the journey continues, or null for a journey that founds one
         * @param minLength the fewest events; a journey closes only once it has them
         * @param rules the rules deliberately invalid events break, in the order of the enum
         */
        public Spec(
                Collection<EventKind> kinds,
                Scaling scaling,
                @Nullable Function<Phase, PhaseGate> gates,
                @Nullable Venture start,
                int minLength,
                List<Rejection.Rule> rules) {
            this.kinds = kinds.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(kinds);
            this.scaling = scaling;
            this.gates = gates;
            this.start = start;
            this.minLength = minLength;
            this.rules = List.copyOf(rules);
        }
    }

    /** A journey: its events, the venture after its valid events, and where its invalid events are. */
    public static final class Result {
        /** Every event, in order. */
        public final List<VentureEvent> events;
        /** The venture after the valid events. */
        public final Venture venture;
        /** The positions of the invalid events in {@link #events}. */
        public final List<Integer> invalidPositions;
        /** The rule each invalid event breaks. */
        public final List<Rejection.Rule> brokenRules;

        Result(
                List<VentureEvent> events,
                Venture venture,
                List<Integer> invalidPositions,
                List<Rejection.Rule> brokenRules) {
            this.events = List.copyOf(events);
            this.venture = venture;
            this.invalidPositions = List.copyOf(invalidPositions);
            this.brokenRules = List.copyOf(brokenRules);
        }
    }

    /** The true rates that generated hypotheses lean to, from clearly refuted to clearly supported. */
    private static final double[] RATES = {0.1, 0.3, 0.5, 0.7, 0.9};

    private static final String[] UNITS = {"USD/month", "days", "LTV/CAC"};

    private static final Map<BusinessModelArea, String> LABELS = new java.util.EnumMap<>(BusinessModelArea.class);

    /** Unit economics of the audiences journeys choose: two that break even (198 and 400 customers), one that never. */
    private static final List<UnitEconomics> ECONOMICS = List.of(
            UnitEconomics.builder()
                    .price(120)
                    .variableCost(20)
                    .acquisitionCost(600)
                    .retention(0.96)
                    .fixedCosts(15_000)
                    .build(),
            UnitEconomics.builder()
                    .price(50)
                    .variableCost(5)
                    .acquisitionCost(200)
                    .retention(0.9)
                    .fixedCosts(10_000)
                    .build(),
            UnitEconomics.builder()
                    .price(30)
                    .variableCost(25)
                    .acquisitionCost(500)
                    .retention(0.9)
                    .fixedCosts(5_000)
                    .build());

    static {
        String[] labels = {
            "segment",
            "problem",
            "value",
            "channel",
            "relationship",
            "revenue",
            "resources",
            "activities",
            "partners",
            "costs"
        };
        for (BusinessModelArea area : BusinessModelArea.values()) {
            LABELS.put(area, labels[area.ordinal()]);
        }
    }

    private Journeys() {}

    /**
     * The steps of scripts that make the given kinds of events, the common ones more often.
     *
     * @param kinds the kinds, at least one
     * @return the arbitrary
     */
    public static Arbitrary<Step> steps(Set<EventKind> kinds) {
        List<Tuple.Tuple2<Integer, EventKind>> weighted = new ArrayList<>();
        for (EventKind kind : kinds) {
            weighted.add(Tuple.of(kind.weight, kind));
        }
        Arbitrary<Draw> draws = Combinators.combine(
                        Arbitraries.integers().between(0, 59),
                        Arbitraries.integers().between(1, 20),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(1, 10),
                        Draws.uniforms(),
                        Draws.uniforms())
                .as(Draw::ofJourney);
        Arbitrary<Integer> digits = Arbitraries.integers().between(0, 9);
        return Combinators.combine(
                        Arbitraries.frequency(weighted),
                        digits,
                        digits,
                        digits,
                        GateGenerators.pauses(),
                        draws.list().ofSize(3))
                .as(Step::new);
    }

    /**
     * Faults to insert.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Fault> faults() {
        Arbitrary<Integer> digits = Arbitraries.integers().between(0, 9);
        return Combinators.combine(
                        Arbitraries.integers().between(0, 999),
                        Arbitraries.integers().between(0, Rejection.Rule.values().length - 1),
                        digits,
                        digits,
                        GateGenerators.pauses())
                .as(Fault::new);
    }

    /**
     * Runs a script.
     *
     * @param spec what the journey may hold
     * @param founding the founding, or null when the spec continues a venture
     * @param steps the script
     * @param faults the invalid events to insert; empty for a valid journey
     * @return the journey, or null when faults were asked for and none could be inserted
     */
    public static @Nullable Result run(
            Spec spec, VentureEvent.@Nullable Founded founding, List<Step> steps, List<Fault> faults) {
        return new Driver(spec, steps, faults).run(founding);
    }

    /** Turns one script into events, reading the venture before each. Used once. */
    private static final class Driver {
        private final Spec spec;
        private final List<Step> steps;
        private final List<Fault> faults;
        private final List<VentureEvent> events = new ArrayList<>();
        private final List<Integer> invalidPositions = new ArrayList<>();
        private final List<Rejection.Rule> brokenRules = new ArrayList<>();
        private final Map<HypothesisId, EvidenceRecipe> recipes = new HashMap<>();
        private @Nullable Venture venture;
        private int stated;

        Driver(Spec spec, List<Step> steps, List<Fault> faults) {
            this.spec = spec;
            this.steps = steps;
            this.faults = faults;
        }

        @Nullable
        Result run(VentureEvent.@Nullable Founded founding) {
            List<List<Fault>> slots = new ArrayList<>();
            for (int i = 0; i <= steps.size(); i++) {
                slots.add(new ArrayList<>());
            }
            List<Fault> pending = new ArrayList<>();
            boolean notFoundedDone = false;
            for (Fault fault : faults) {
                Rejection.Rule primary = spec.rules.get(fault.rule % spec.rules.size());
                if (primary == Rejection.Rule.NOT_FOUNDED && founding != null && !notFoundedDone) {
                    notFoundedDone = true;
                    continue;
                }
                slots.get(fault.slot % (steps.size() + 1)).add(fault);
            }
            if (founding == null) {
                venture = spec.start;
            } else {
                if (notFoundedDone) {
                    notFounded(founding);
                }
                emit(founding);
            }
            for (int i = 0; i <= steps.size(); i++) {
                for (Fault fault : slots.get(i)) {
                    if (!inject(fault)) {
                        pending.add(fault);
                    }
                }
                if (i == steps.size() || venture().isClosed()) {
                    continue;
                }
                Step step = steps.get(i);
                emit(next(step, i == steps.size() - 1));
            }
            for (Fault fault : pending) {
                inject(fault);
            }
            if (!faults.isEmpty() && invalidPositions.isEmpty()) {
                return null;
            }
            return new Result(events, venture(), invalidPositions, brokenRules);
        }

        private Venture venture() {
            if (venture == null) {
                throw new IllegalStateException("no venture yet");
            }
            return venture;
        }

        private boolean enabled(EventKind kind) {
            return spec.kinds.contains(kind);
        }

        private void emit(VentureEvent event) {
            Either<Rejection, Venture> result = venture == null && event instanceof VentureEvent.Founded
                    ? Either.right(Venture.found((VentureEvent.Founded) event))
                    : venture().apply(event);
            if (result.isLeft()) {
                throw new IllegalStateException(
                        "custdev-testkit generated an event that does not fit the venture (a defect of the test kit): "
                                + result.getLeft().message());
            }
            venture = result.get();
            events.add(event);
        }

        private void emitInvalid(VentureEvent event, Rejection.Rule rule) {
            Either<Rejection, Venture> result = venture().apply(event);
            if (result.isRight() || result.getLeft().rule() != rule) {
                throw new IllegalStateException("custdev-testkit meant an event to break " + rule
                        + " but the venture "
                        + (result.isRight()
                                ? "accepted it"
                                : "rejected it: " + result.getLeft().message()) + " (a defect of the test kit): "
                        + event);
            }
            invalidPositions.add(events.size());
            brokenRules.add(rule);
            events.add(event);
        }

        private void notFounded(VentureEvent.Founded founding) {
            VentureEvent event = VentureEvent.RoleHired.of(Role.FOUNDER, founding.at());
            Either<Rejection, Venture> result = Venture.replay(List.of(event));
            if (result.isRight() || result.getLeft().rule() != Rejection.Rule.NOT_FOUNDED) {
                throw new IllegalStateException("custdev-testkit meant " + event + " to break NOT_FOUNDED");
            }
            invalidPositions.add(events.size());
            brokenRules.add(Rejection.Rule.NOT_FOUNDED);
            events.add(event);
        }

        // ---------------------------------------------------------------------------------------------------------
        // Valid events
        // ---------------------------------------------------------------------------------------------------------

        private VentureEvent next(Step step, boolean last) {
            Venture v = venture();
            Instant at = v.lastEventAt().plus(step.pause);
            VentureEvent event = actOnDecision(step, at);
            if (event == null) {
                event = make(step.kind, step, at);
            }
            if (event == null) {
                for (EventKind fallback :
                        List.of(EventKind.STATED, EventKind.HIRED, EventKind.CHOSEN, EventKind.RECORDED)) {
                    if (enabled(fallback)) {
                        event = make(fallback, step, at);
                        if (event != null) {
                            break;
                        }
                    }
                }
            }
            if (event == null) {
                throw new IllegalStateException("custdev-testkit found no event that fits " + v);
            }
            if (spec.scaling == Scaling.REQUIRED
                    && !v.isScalingPrematurely()
                    && v.phase().isSearch()
                    && (last
                            || event instanceof VentureEvent.Closed
                            || (event instanceof VentureEvent.PhaseAdvanced
                                    && v.phase().next().map(p -> !p.isSearch()).getOrElse(false)))) {
                event = VentureEvent.RoleHired.of(GateGenerators.EXECUTOR_ROLES.get(step.a % 4), at);
            }
            return event;
        }

        private @Nullable VentureEvent actOnDecision(Step step, Instant at) {
            Venture v = venture();
            Option<GateDecision> current = v.currentDecision();
            if (step.a >= 7 || current.isEmpty()) {
                return null;
            }
            GateDecision decision = current.get();
            if (decision instanceof GateDecision.Proceed && enabled(EventKind.ADVANCED)) {
                return make(EventKind.ADVANCED, step, at);
            }
            if (decision instanceof GateDecision.Pivot && enabled(EventKind.PIVOTED)) {
                return make(EventKind.PIVOTED, step, at);
            }
            if (decision instanceof GateDecision.Kill && enabled(EventKind.CLOSED) && step.b % 2 == 0) {
                return make(EventKind.CLOSED, step, at);
            }
            return null;
        }

        private @Nullable VentureEvent make(EventKind kind, Step step, Instant at) {
            Venture v = venture();
            switch (kind) {
                case STATED:
                    Phase phase = step.c == 0 ? Phase.values()[step.b % 4] : v.phase();
                    return VentureEvent.HypothesisStated.of(
                            hypothesis(BusinessModelArea.values()[step.a], phase, step.a, step.b, step.c), at);
                case RECORDED:
                    return record(step, at);
                case EVALUATED:
                    return VentureEvent.GateEvaluated.of(gate(step).evaluate(v, at));
                case PIVOTED:
                    return v.pivotsLeft() > 0 ? VentureEvent.Pivoted.of(pivot(step, at)) : null;
                case ADVANCED:
                    return v.currentDecision()
                                            .map(d -> d instanceof GateDecision.Proceed)
                                            .getOrElse(false)
                                    && v.phase().next().isDefined()
                            ? VentureEvent.PhaseAdvanced.of(at)
                            : null;
                case HIRED:
                    return VentureEvent.RoleHired.of(role(step), at);
                case CHOSEN:
                    return choose(step, at);
                case CLOSED:
                default:
                    if (events.size() + 1 < spec.minLength) {
                        return null;
                    }
                    boolean killed = v.currentDecision()
                            .map(d -> d instanceof GateDecision.Kill)
                            .getOrElse(false);
                    return VentureEvent.Closed.of(
                            killed ? "killed at the " + v.phase() + " gate" : "the founders stopped searching", at);
            }
        }

        private Role role(Step step) {
            Role role = GateGenerators.ROLES.get((step.b * 10 + step.c) % GateGenerators.ROLES.size());
            if (spec.scaling == Scaling.FORBIDDEN
                    && role.isExecutor()
                    && venture().phase().isSearch()) {
                return GateGenerators.SEARCH_ROLES.get(step.c % GateGenerators.SEARCH_ROLES.size());
            }
            return role;
        }

        /** A new hypothesis with an id of its own, and the truth its evidence is drawn from. */
        private Hypothesis hypothesis(BusinessModelArea area, Phase phase, int a, int b, int c) {
            HypothesisId id;
            do {
                stated++;
                id = HypothesisId.of(LABELS.get(area) + "-" + stated);
            } while (venture().hypothesis(id).isDefined() || recipes.containsKey(id));
            // The truth leans one way, and the criterion is set 0.2 (or two spreads) to one side of it: two thirds of
            // the hypotheses hold, a third fail, and a few experiments tell which.
            int lean = (a + 2 * c) % RATES.length;
            boolean holds = (b + c) % 3 != 0;
            boolean atMost = c % 4 == 3;
            Comparison comparison = atMost ? Comparison.AT_MOST : Comparison.AT_LEAST;
            double side = holds != atMost ? -1.0 : 1.0;
            SuccessCriterion criterion;
            switch (b % 5) {
                case 3:
                    double truth = 10.0 * (1 + a);
                    double spread = Math.max(1.0, truth / 5.0);
                    criterion = SuccessCriterion.of(
                            Metric.MEAN,
                            comparison,
                            truth + side * 2 * spread,
                            2 + c % 4,
                            Strength.SAID,
                            Option.some(UNITS[c % 3]));
                    break;
                case 4:
                    criterion = SuccessCriterion.of(
                            Metric.COUNT, Comparison.AT_LEAST, 1 + c % 3, 1, Strength.PAID, Option.none());
                    break;
                default:
                    Strength strength = c == 8 ? Strength.DID : c == 9 ? Strength.PAID : Strength.SAID;
                    double threshold =
                            Math.round(Math.min(0.95, Math.max(0.05, RATES[lean] + side * 0.2)) * 20.0) / 20.0;
                    criterion = SuccessCriterion.of(
                            Metric.PROPORTION, comparison, threshold, 1 + (3 * a + b) % 6, strength, Option.none());
            }
            Hypothesis.Builder builder = Hypothesis.builder()
                    .id(id)
                    .statement("Hypothesis " + stated + " about the " + LABELS.get(area))
                    .area(area)
                    .phase(phase)
                    .criterion(criterion)
                    .importance(1 + (a + b) % 3);
            if (c == 6) {
                builder.prior(BetaPrior.jeffreys());
            }
            Hypothesis hypothesis = builder.build();
            EvidenceRecipe recipe = EvidenceRecipe.forHypothesis(hypothesis).withTrials(1, 10);
            if (criterion.metric() == Metric.MEAN) {
                double truth = 10.0 * (1 + a);
                recipe = recipe.withTrueDistribution(NormalDistribution.of(truth, Math.max(1.0, truth / 5.0)));
            } else {
                recipe = recipe.withTrueRate(RATES[lean]);
            }
            recipes.put(id, recipe);
            return hypothesis;
        }

        /** The truth of a hypothesis the driver did not state: a rate, or measurements around its threshold. */
        private static EvidenceRecipe truth(Hypothesis hypothesis, int lean) {
            EvidenceRecipe recipe = EvidenceRecipe.forHypothesis(hypothesis).withTrials(1, 10);
            SuccessCriterion criterion = hypothesis.criterion();
            if (criterion.metric() == Metric.MEAN) {
                double threshold = criterion.threshold();
                double spread = Math.max(1.0, Math.abs(threshold) / 5.0);
                return recipe.withTrueDistribution(NormalDistribution.of(threshold + (lean - 2) * spread, spread));
            }
            return recipe.withTrueRate(RATES[lean]);
        }

        private EvidenceRecipe recipe(Hypothesis hypothesis) {
            EvidenceRecipe recipe = recipes.get(hypothesis.id());
            if (recipe == null) {
                recipe = truth(hypothesis, Math.floorMod(hypothesis.id().hashCode(), RATES.length));
                Option<String> unit =
                        venture().evidence().statistics(hypothesis.id()).unit();
                if (unit.isDefined()) {
                    recipe = recipe.withUnit(unit.get());
                }
                recipes.put(hypothesis.id(), recipe);
            }
            return recipe;
        }

        private @Nullable VentureEvent record(Step step, Instant at) {
            Venture v = venture();
            Seq<Hypothesis> active = v.activeHypotheses();
            Runway runway = v.runway();
            if (active.isEmpty() || (runway.kind() == Runway.Kind.EXPERIMENTS && runway.isExhausted())) {
                return null;
            }
            Seq<Hypothesis> here = active.filter(h -> h.phase() == v.phase());
            Seq<Hypothesis> pool = here.isEmpty() || step.b == 9 ? active : here;
            Hypothesis first = pool.get(step.a % pool.size());
            Hypothesis second = step.b == 0 && pool.size() > 1 ? pool.get((step.a + 1) % pool.size()) : first;
            List<Evidence> items = new ArrayList<>();
            for (int j = 0; j <= step.c % 3; j++) {
                Draw draw = step.draws.get(j);
                Instant observed = at.minus(Duration.ofMinutes(draw.kind * 17L));
                items.add(recipe(j % 2 == 0 ? first : second).build(draw.observedAt(observed)));
            }
            BigDecimal cost = runway.kind() == Runway.Kind.MONEY
                    ? BigDecimal.valueOf(25L * (step.c % 5)).min(runway.remaining())
                    : BigDecimal.ZERO;
            return VentureEvent.EvidenceRecorded.of(items, cost, at);
        }

        private PhaseGate gate(Step step) {
            Venture v = venture();
            Phase phase = v.phase();
            if (spec.gates != null) {
                PhaseGate gate = spec.gates.apply(phase);
                if (gate == null || gate.phase() != phase) {
                    throw InvalidValueException.of(
                            "gates",
                            "must give a gate of the phase asked (" + phase + ")",
                            gate == null ? null : gate.phase());
                }
                return gate;
            }
            StrategyGenerators.Named named =
                    StrategyGenerators.GATE_STRATEGIES.get(step.b % StrategyGenerators.GATE_STRATEGIES.size());
            EvidenceBudget budget;
            switch (step.c % 4) {
                case 0:
                    budget = EvidenceBudget.experiments(1 + step.c / 2);
                    break;
                case 1:
                    budget = EvidenceBudget.evidence(3 + 2L * step.c);
                    break;
                case 2:
                    budget = EvidenceBudget.until(v.phaseStartedAt().plus(Duration.ofHours(1 + step.c)));
                    break;
                default:
                    budget = PhaseGate.DEFAULT_BUDGET;
            }
            int which = (step.a + step.c) % 3;
            io.github.custdev.SpentBudgetPolicy policy = which == 0
                    ? SpentBudgetPolicies.treatAsRefuted()
                    : SpentBudgetPolicies.byLeaning(which == 1 ? 0.6 : 0.9);
            if (step.a % 5 == 0) {
                return PhaseGate.defaultFor(phase, named.name(), named.strategy())
                        .withBudget(budget)
                        .withWhenBudgetSpent(policy);
            }
            Seq<Hypothesis> here = v.activeHypotheses().filter(h -> h.phase() == phase);
            List<GateCriterion> must = new ArrayList<>();
            if (here.isEmpty()) {
                must.add(GateCriterion.area(BusinessModelArea.values()[step.c], named.name(), named.strategy()));
            } else {
                if (step.b % 2 == 0) {
                    must.add(GateCriterion.hypothesis(mostTested(here).id(), named.name(), named.strategy()));
                } else {
                    Hypothesis chosen = here.get(step.a % here.size());
                    must.add(GateCriterion.area(chosen.area(), named.name(), named.strategy()));
                }
                if (step.b % 3 == 1 && here.size() > 1) {
                    Hypothesis other = here.get((step.a + 1) % here.size());
                    GateCriterion second = GateCriterion.hypothesis(other.id(), named.name(), named.strategy());
                    if (!must.contains(second)) {
                        must.add(second);
                    }
                }
            }
            boolean audience = v.audience().isDefined() || step.c == 9;
            if (audience && step.a % 3 == 1) {
                must.add(GateCriterion.audienceViable(0.8));
            }
            PhaseGate.Builder gate = PhaseGate.builder(phase).budget(budget).whenBudgetSpent(policy);
            must.forEach(gate::mustMeet);
            if (audience && step.a % 3 == 2) {
                gate.shouldMeet(GateCriterion.audienceViable(0.5), 1);
            }
            if (step.b % 2 == 1 && !here.isEmpty()) {
                GateCriterion extra = GateCriterion.area(
                        here.get((step.a + step.b) % here.size()).area(), named.name(), named.strategy());
                if (!must.contains(extra)) {
                    gate.shouldMeet(extra, 1 + step.c % 3);
                }
            }
            return gate.build();
        }

        /** The hypothesis with the most evidence, the first stated on a tie. */
        private Hypothesis mostTested(Seq<Hypothesis> hypotheses) {
            Hypothesis best = hypotheses.head();
            long most = -1;
            for (Hypothesis hypothesis : hypotheses) {
                long count = venture().evidence().statistics(hypothesis.id()).count();
                if (count > most) {
                    most = count;
                    best = hypothesis;
                }
            }
            return best;
        }

        private PivotDecision pivot(Step step, Instant at) {
            Venture v = venture();
            GateDecision current = v.currentDecision().getOrNull();
            if (current instanceof GateDecision.Pivot) {
                GateDecision.Pivot called = (GateDecision.Pivot) current;
                Seq<PivotType> suggestions = called.suggestions();
                PivotType type = suggestions.isEmpty()
                        ? PivotType.values()[step.b]
                        : suggestions.get(step.b % suggestions.size());
                PivotDecision.Builder pivot = PivotDecision.following(called, type, at);
                for (HypothesisId id : called.refuted()) {
                    Hypothesis old = v.hypothesis(id).get();
                    pivot.replace(id, hypothesis(old.area(), called.returnTo(), step.c, step.a, step.b));
                }
                if (called.refuted().isEmpty()) {
                    BusinessModelArea area =
                            type.areas().get(step.c % type.areas().size());
                    pivot.state(hypothesis(area, called.returnTo(), step.c, step.a, step.b));
                }
                return pivot.build();
            }
            PivotType type = PivotType.values()[step.b];
            Phase returnTo =
                    step.c % 3 == 0 ? Phase.values()[step.b % (v.phase().ordinal() + 1)] : v.phase();
            PivotDecision.Builder pivot = PivotDecision.builder(type, at).returnTo(returnTo);
            Seq<Hypothesis> active = v.activeHypotheses();
            if (active.isEmpty()) {
                pivot.state(hypothesis(type.areas().head(), returnTo, step.c, step.a, step.b));
            } else {
                Hypothesis old = active.get(step.a % active.size());
                pivot.replace(old.id(), hypothesis(old.area(), returnTo, step.c, step.a, step.b));
            }
            return pivot.build();
        }

        private VentureEvent choose(Step step, Instant at) {
            Venture v = venture();
            String name = AudienceGenerators.SEGMENTS.get(step.a % AudienceGenerators.SEGMENTS.size());
            UnitEconomics economics = ECONOMICS.get(step.b % ECONOMICS.size());
            long needed = economics.customersToBreakEven().getOrElse(200L);
            double around = 0.8 + 0.1 * (step.b % 5);
            Conversion conversion = null;
            if (step.c >= 7) {
                Seq<Hypothesis> rates = v.activeHypotheses()
                        .appendAll(v.retiredHypotheses())
                        .filter(h -> h.criterion().metric() == Metric.PROPORTION);
                if (!rates.isEmpty()) {
                    Hypothesis source = rates.get(step.a % rates.size());
                    conversion = Conversion.from(Scoring.bayesian().assess(source, v.evidence()));
                }
            }
            if (conversion == null) {
                conversion = Conversion.of(0.02 * (1 + step.c % 5));
            }
            long reach = Math.max(1L, Math.round(needed * around / Math.max(conversion.mean(), 1e-3)));
            Audience audience = Audience.of(name, reach, conversion, economics);
            if (v.audience().contains(audience)) {
                audience = audience.withReachableSize(reach + 1);
            }
            return step.b % 2 == 0
                    ? VentureEvent.AudienceChosen.of(audience, at)
                    : VentureEvent.AudienceChosen.of(audience, "the smallest audience that pays for the venture", at);
        }

        // ---------------------------------------------------------------------------------------------------------
        // Invalid events
        // ---------------------------------------------------------------------------------------------------------

        /** Inserts one invalid event for the fault's rule, or the next rule asked for that the venture allows. */
        private boolean inject(Fault fault) {
            List<Rejection.Rule> rules = spec.rules;
            int stride = rules.size() % 7 == 0 ? 1 : 7;
            for (int k = 0; k < rules.size(); k++) {
                if (tryInject(rules.get((fault.rule + k * stride) % rules.size()), fault)) {
                    return true;
                }
            }
            return false;
        }

        private boolean tryInject(Rejection.Rule rule, Fault fault) {
            Venture v = venture();
            Instant at = v.lastEventAt().plus(fault.pause);
            if (v.isClosed() && rule != Rejection.Rule.ALREADY_FOUNDED && rule != Rejection.Rule.CLOSED) {
                return false;
            }
            switch (rule) {
                case NOT_FOUNDED:
                    return false;
                case ALREADY_FOUNDED:
                    emitInvalid(VentureEvent.Founded.of(v.name(), Runway.experiments(10), 1, at), rule);
                    return true;
                case CLOSED:
                    if (!v.isClosed()) {
                        emit(VentureEvent.Closed.of("closed before the invalid event", at));
                    }
                    emitInvalid(
                            VentureEvent.RoleHired.of(Role.ENGINEER, venture().lastEventAt()), rule);
                    return true;
                case OUT_OF_ORDER:
                    Instant earlier = v.lastEventAt().minus(Duration.ofMinutes(1 + fault.a));
                    emitInvalid(
                            fault.b % 2 == 0
                                    ? VentureEvent.RoleHired.of(Role.ENGINEER, earlier)
                                    : VentureEvent.Closed.of("closed out of order", earlier),
                            rule);
                    return true;
                case DUPLICATE_HYPOTHESIS:
                    return duplicate(fault, at);
                case UNKNOWN_HYPOTHESIS:
                    emitInvalid(
                            VentureEvent.EvidenceRecorded.of(
                                    Statement.supports(unstated("unstated"), Source.of("customer-1"), at), at),
                            rule);
                    return true;
                case RETIRED_HYPOTHESIS:
                    return retiredEvidence(fault, at);
                case EVIDENCE_FROM_THE_FUTURE:
                    Hypothesis future = activeHypothesis(fault, at);
                    emitInvalid(
                            VentureEvent.EvidenceRecorded.of(
                                    Statement.supports(
                                            future.id(),
                                            Source.of("customer-1"),
                                            venture().lastEventAt().plus(Duration.ofMinutes(1 + fault.a))),
                                    venture().lastEventAt()),
                            rule);
                    return true;
                case UNIT_MISMATCH:
                    return unitMismatch(fault, at);
                case RUNWAY_EXHAUSTED:
                    return runwayExhausted(fault, at);
                case GATE_OF_ANOTHER_PHASE:
                    emitInvalid(VentureEvent.GateEvaluated.of(decisionOfAnotherPhase(at)), rule);
                    return true;
                case ADVANCE_WITHOUT_PROCEED:
                    return advanceWithoutProceed(at);
                case NO_NEXT_PHASE:
                    return noNextPhase(at);
                case NO_PIVOTS_LEFT:
                    return noPivotsLeft(fault, at);
                case PIVOT_FORWARD:
                    if (v.pivotsLeft() <= 0 || v.phase().next().isEmpty()) {
                        return false;
                    }
                    Phase later = v.phase().next().get();
                    emitInvalid(
                            VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b], at)
                                    .state(hypothesis(BusinessModelArea.values()[fault.a], later, fault.a, fault.b, 1))
                                    .returnTo(later)
                                    .build()),
                            rule);
                    return true;
                case RETIRE_INACTIVE:
                    if (v.pivotsLeft() <= 0) {
                        return false;
                    }
                    HypothesisId inactive = !v.retiredHypotheses().isEmpty() && fault.b % 2 == 1
                            ? v.retiredHypotheses()
                                    .get(fault.a % v.retiredHypotheses().size())
                                    .id()
                            : unstated("never-stated");
                    emitInvalid(
                            VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b], at)
                                    .replace(
                                            inactive,
                                            hypothesis(
                                                    BusinessModelArea.values()[fault.a],
                                                    v.phase(),
                                                    fault.a,
                                                    fault.b,
                                                    1))
                                    .returnTo(v.phase())
                                    .build()),
                            rule);
                    return true;
                case AUDIENCE_UNCHANGED:
                    if (v.audience().isEmpty()) {
                        emit(VentureEvent.AudienceChosen.of(prepared(1), at));
                    }
                    emitInvalid(
                            VentureEvent.AudienceChosen.of(venture().audience().get(), at), rule);
                    return true;
                case UNKNOWN_CONVERSION_SOURCE:
                default:
                    Hypothesis unknown = Hypothesis.of(
                            unstated("unstated-conversion"),
                            "Customers convert",
                            BusinessModelArea.REVENUE,
                            v.phase(),
                            SuccessCriterion.proportionAtLeast(0.05, 10));
                    Conversion conversion = Conversion.from(Scoring.bayesian().assess(unknown, v.evidence()));
                    emitInvalid(
                            VentureEvent.AudienceChosen.of(
                                    Audience.of("unproven-" + events.size(), 10_000, conversion, ECONOMICS.get(0)), at),
                            rule);
                    return true;
            }
        }

        private HypothesisId unstated(String prefix) {
            HypothesisId id;
            int n = events.size();
            do {
                id = HypothesisId.of(prefix + "-" + n++);
            } while (venture().hypothesis(id).isDefined() || recipes.containsKey(id));
            return id;
        }

        /** An active hypothesis, stated first if there is none. */
        private Hypothesis activeHypothesis(Fault fault, Instant at) {
            Seq<Hypothesis> active = venture().activeHypotheses();
            if (active.isEmpty()) {
                emit(VentureEvent.HypothesisStated.of(
                        hypothesis(
                                BusinessModelArea.values()[fault.a], venture().phase(), fault.a, fault.b, 1),
                        at));
                active = venture().activeHypotheses();
            }
            return active.get(fault.a % active.size());
        }

        private boolean duplicate(Fault fault, Instant at) {
            Venture v = venture();
            Seq<Hypothesis> stated = v.activeHypotheses().appendAll(v.retiredHypotheses());
            if (stated.isEmpty()) {
                activeHypothesis(fault, at);
                stated = venture().activeHypotheses();
            }
            Hypothesis original = stated.get(fault.a % stated.size());
            Hypothesis again = Hypothesis.of(
                    original.id(),
                    "Stated again: " + original.statement(),
                    original.area(),
                    original.phase(),
                    original.criterion());
            if (fault.b % 2 == 1 && venture().pivotsLeft() > 0) {
                emitInvalid(
                        VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b], at)
                                .state(again)
                                .returnTo(venture().phase())
                                .build()),
                        Rejection.Rule.DUPLICATE_HYPOTHESIS);
            } else {
                emitInvalid(VentureEvent.HypothesisStated.of(again, at), Rejection.Rule.DUPLICATE_HYPOTHESIS);
            }
            return true;
        }

        private boolean retiredEvidence(Fault fault, Instant at) {
            Venture v = venture();
            if (v.retiredHypotheses().isEmpty()) {
                if (v.pivotsLeft() <= 0) {
                    return false;
                }
                Hypothesis old = activeHypothesis(fault, at);
                emit(VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b], at)
                        .replace(old.id(), hypothesis(old.area(), venture().phase(), fault.a, fault.b, 2))
                        .returnTo(venture().phase())
                        .build()));
            }
            Seq<Hypothesis> retired = venture().retiredHypotheses();
            HypothesisId id = retired.get(fault.a % retired.size()).id();
            emitInvalid(
                    VentureEvent.EvidenceRecorded.of(Statement.refutes(id, Source.of("customer-1"), at), at),
                    Rejection.Rule.RETIRED_HYPOTHESIS);
            return true;
        }

        private boolean unitMismatch(Fault fault, Instant at) {
            Hypothesis hypothesis = activeHypothesis(fault, at);
            Option<String> unit =
                    venture().evidence().statistics(hypothesis.id()).unit();
            Source source = Source.of("customer-1");
            List<Evidence> items = new ArrayList<>();
            if (unit.isDefined()) {
                items.add(Measurement.of(
                        hypothesis.id(), source, at, 1.0 + fault.a, unit.get() + " (other)", Strength.SAID));
            } else {
                items.add(Measurement.of(hypothesis.id(), source, at, 1.0 + fault.a, "USD", Strength.SAID));
                items.add(Measurement.of(hypothesis.id(), source, at, 2.0 + fault.b, "EUR", Strength.SAID));
            }
            emitInvalid(VentureEvent.EvidenceRecorded.of(items, BigDecimal.ZERO, at), Rejection.Rule.UNIT_MISMATCH);
            return true;
        }

        private boolean runwayExhausted(Fault fault, Instant at) {
            Runway runway = venture().runway();
            if (runway.kind() == Runway.Kind.EXPERIMENTS && runway.remaining().compareTo(BigDecimal.TEN) > 0) {
                return false;
            }
            Hypothesis hypothesis = activeHypothesis(fault, at);
            Source source = Source.of("customer-1");
            while (venture().runway().kind() == Runway.Kind.EXPERIMENTS
                    && !venture().runway().isExhausted()) {
                emit(VentureEvent.EvidenceRecorded.of(Statement.supports(hypothesis.id(), source, at), at));
            }
            BigDecimal cost = venture().runway().kind() == Runway.Kind.MONEY
                    ? venture().runway().remaining().add(BigDecimal.valueOf(1 + fault.b))
                    : BigDecimal.ZERO;
            emitInvalid(
                    VentureEvent.EvidenceRecorded.of(
                            List.of(Statement.supports(hypothesis.id(), source, at)), cost, at),
                    Rejection.Rule.RUNWAY_EXHAUSTED);
            return true;
        }

        /** A decision of a gate of another phase than the venture's, taken on a venture of its own at {@code at}. */
        private GateDecision decisionOfAnotherPhase(Instant at) {
            Venture side = Venture.found(VentureEvent.Founded.of("another venture", Runway.experiments(1), 0, at));
            if (venture().phase() == Phase.CUSTOMER_DISCOVERY) {
                side = side.apply(VentureEvent.AudienceChosen.of(prepared(0), at))
                        .get();
                GateDecision proceed = audienceGate(Phase.CUSTOMER_DISCOVERY).evaluate(side, at);
                side = side.apply(VentureEvent.GateEvaluated.of(proceed)).get();
                side = side.apply(VentureEvent.PhaseAdvanced.of(at)).get();
            }
            return audienceGate(side.phase()).evaluate(side, at);
        }

        private static PhaseGate audienceGate(Phase phase) {
            return PhaseGate.builder(phase)
                    .mustMeet(GateCriterion.audienceViable(0.5))
                    .build();
        }

        /** An audience that is viable: a million reachable, half of whom pay. */
        private Audience prepared(int n) {
            return Audience.of(
                    "prepared-audience-" + (events.size() + n), 1_000_000, Conversion.of(0.5), ECONOMICS.get(0));
        }

        private boolean advanceWithoutProceed(Instant at) {
            Venture v = venture();
            if (v.phase().next().isEmpty()) {
                return false;
            }
            if (v.currentDecision().map(d -> d instanceof GateDecision.Proceed).getOrElse(false)) {
                PhaseGate undecided = PhaseGate.builder(v.phase())
                        .mustMeet(GateCriterion.hypothesis(
                                unstated("never-stated"), PhaseGate.DEFAULT_STRATEGY_NAME, PhaseGate.DEFAULT_STRATEGY))
                        .build();
                emit(VentureEvent.GateEvaluated.of(undecided.evaluate(v, at)));
            }
            emitInvalid(VentureEvent.PhaseAdvanced.of(at), Rejection.Rule.ADVANCE_WITHOUT_PROCEED);
            return true;
        }

        private boolean noNextPhase(Instant at) {
            while (venture().phase().next().isDefined()) {
                Option<Audience> audience = venture().audience();
                if (audience.isEmpty() || !audience.get().viability(0.5).isViable()) {
                    emit(VentureEvent.AudienceChosen.of(prepared(0), at));
                }
                emit(VentureEvent.GateEvaluated.of(
                        audienceGate(venture().phase()).evaluate(venture(), at)));
                emit(VentureEvent.PhaseAdvanced.of(at));
            }
            emitInvalid(VentureEvent.PhaseAdvanced.of(at), Rejection.Rule.NO_NEXT_PHASE);
            return true;
        }

        private boolean noPivotsLeft(Fault fault, Instant at) {
            if (venture().pivotsLeft() > 5) {
                return false;
            }
            while (venture().pivotsLeft() > 0) {
                emit(VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b], at)
                        .state(hypothesis(
                                BusinessModelArea.values()[fault.a], venture().phase(), fault.a, fault.b, 3))
                        .returnTo(venture().phase())
                        .build()));
            }
            emitInvalid(
                    VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b], at)
                            .state(hypothesis(
                                    BusinessModelArea.values()[fault.a],
                                    venture().phase(),
                                    fault.a,
                                    fault.b,
                                    4))
                            .returnTo(venture().phase())
                            .build()),
                    Rejection.Rule.NO_PIVOTS_LEFT);
            return true;
        }
    }
}
