package io.github.custdev.simulation.journey;

import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.CohortObservation;
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
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.SpentBudgetPolicies;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.AudiencePath;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.NextAudienceDecision;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Turns one script into events, reading the venture before each, so that every event it makes fits; inserts the
 * script's faults as events checked to break their rule. Used once, by one thread.
 */
@SuppressWarnings("EnumOrdinal") // scripts pick enum constants by index and compare phases by their order
final class Driver {

    private static final String[] UNITS = {"USD/month", "days", "LTV/CAC"};

    private static final Map<BusinessModelArea, String> LABELS = new EnumMap<>(BusinessModelArea.class);

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

    private final JourneySpec spec;
    private final List<Rejection.Rule> rules;
    private final @Nullable Function<Phase, PhaseGate> gates;
    private final Seq<Step> steps;
    private final Seq<Fault> faults;
    private final List<VentureEvent> events = new ArrayList<>();
    private final List<Integer> invalidPositions = new ArrayList<>();
    private final List<Rejection.Rule> brokenRules = new ArrayList<>();
    private final Map<HypothesisId, EvidenceRecipe> recipes = new LinkedHashMap<>();
    private @Nullable Venture venture;
    private int stated;

    Driver(JourneySpec spec, Seq<Step> steps, Seq<Fault> faults) {
        this.spec = spec;
        this.rules = spec.rules().toJavaList();
        this.gates = spec.gates().getOrNull();
        this.steps = steps;
        this.faults = faults;
    }

    @Nullable
    Journey run(VentureEvent.@Nullable Founded founding) {
        List<List<Fault>> slots = new ArrayList<>();
        for (int i = 0; i <= steps.size(); i++) {
            slots.add(new ArrayList<>());
        }
        List<Fault> pending = new ArrayList<>();
        boolean notFoundedDone = false;
        for (Fault fault : faults) {
            Rejection.Rule primary = rules.get(fault.rule() % rules.size());
            if (primary == Rejection.Rule.NOT_FOUNDED && founding != null && !notFoundedDone) {
                notFoundedDone = true;
                continue;
            }
            slots.get(fault.slot() % (steps.size() + 1)).add(fault);
        }
        if (founding == null) {
            venture = spec.start().getOrNull();
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
        return new Journey(events, venture(), invalidPositions, brokenRules, recipes);
    }

    private Venture venture() {
        if (venture == null) {
            throw new IllegalStateException("no venture yet");
        }
        return venture;
    }

    private boolean enabled(EventKind kind) {
        return spec.kinds().contains(kind);
    }

    private void emit(VentureEvent event) {
        Either<Rejection, Venture> result = venture == null && event instanceof VentureEvent.Founded founded
                ? Either.right(Venture.found(founded))
                : venture().apply(event);
        if (result.isLeft()) {
            throw new IllegalStateException(
                    "the journey driver generated an event that does not fit the venture (a defect of custdev-simulation): "
                            + result.getLeft().message());
        }
        venture = result.get();
        events.add(event);
    }

    private void emitInvalid(VentureEvent event, Rejection.Rule rule) {
        Either<Rejection, Venture> result = venture().apply(event);
        if (result.isRight() || result.getLeft().rule() != rule) {
            throw new IllegalStateException("the journey driver meant an event to break " + rule
                    + " but the venture "
                    + (result.isRight()
                            ? "accepted it"
                            : "rejected it: " + result.getLeft().message()) + " (a defect of custdev-simulation): "
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
            throw new IllegalStateException("the journey driver meant " + event + " to break NOT_FOUNDED");
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
        Instant at = v.lastEventAt().plus(step.pause());
        VentureEvent event = actOnDecision(step, at);
        if (event == null) {
            event = make(step.kind(), step, at);
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
            throw new IllegalStateException("the journey driver found no event that fits " + v);
        }
        if (spec.scaling() == Scaling.REQUIRED
                && !v.isScalingPrematurely()
                && v.phase().isSearch()
                && (last
                        || event instanceof VentureEvent.Closed
                        || (event instanceof VentureEvent.PhaseAdvanced
                                && v.phase().next().map(p -> !p.isSearch()).getOrElse(false)))) {
            event = VentureEvent.RoleHired.of(JourneyTables.EXECUTOR_ROLES.get(step.a() % 4), at);
        }
        return event;
    }

    private @Nullable VentureEvent actOnDecision(Step step, Instant at) {
        Venture v = venture();
        Option<GateDecision> current = v.currentDecision();
        if (step.a() >= 7 || current.isEmpty()) {
            return null;
        }
        GateDecision decision = current.get();
        if (decision instanceof GateDecision.Proceed && enabled(EventKind.ADVANCED)) {
            return make(EventKind.ADVANCED, step, at);
        }
        if (decision instanceof GateDecision.Pivot && enabled(EventKind.PIVOTED)) {
            return make(EventKind.PIVOTED, step, at);
        }
        if (decision instanceof GateDecision.Kill && enabled(EventKind.CLOSED) && step.b() % 2 == 0) {
            return make(EventKind.CLOSED, step, at);
        }
        return null;
    }

    private @Nullable VentureEvent make(EventKind kind, Step step, Instant at) {
        Venture v = venture();
        switch (kind) {
            case STATED:
                Phase phase = step.c() == 0 ? Phase.values()[step.b() % 4] : v.phase();
                return VentureEvent.HypothesisStated.of(
                        hypothesis(BusinessModelArea.values()[step.a()], phase, step.a(), step.b(), step.c()), at);
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
            case ESTABLISHED: {
                String department = JourneyTables.DEPARTMENTS.get(step.a() % JourneyTables.DEPARTMENTS.size());
                return v.departments().exists(d -> d.department().equals(department))
                        ? null
                        : VentureEvent.DepartmentEstablished.of(department, List.of(department + " process"), at);
            }
            case NEXT_AUDIENCE:
                return v.audience().isEmpty()
                        ? null
                        : VentureEvent.NextAudienceChosen.of(
                                nextAudience(v.audience().get(), Long.MAX_VALUE / 4, 1), at);
            case CLOSED:
            default:
                if (events.size() + 1 < spec.minLength()) {
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
        Role role = JourneyTables.ROLES.get((step.b() * 10 + step.c()) % JourneyTables.ROLES.size());
        if (spec.scaling() == Scaling.FORBIDDEN
                && role.isExecutor()
                && venture().phase().isSearch()) {
            return JourneyTables.SEARCH_ROLES.get(step.c() % JourneyTables.SEARCH_ROLES.size());
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
        int lean = (a + 2 * c) % JourneyTables.RATES.size();
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
                        Math.round(Math.min(0.95, Math.max(0.05, JourneyTables.RATES.get(lean) + side * 0.2)) * 20.0)
                                / 20.0;
                // Now and then a Sean Ellis share, judged on survey tallies alone (their answers are SAID).
                criterion = c == 7
                        ? SuccessCriterion.of(
                                Metric.VERY_DISAPPOINTED,
                                comparison,
                                threshold,
                                1 + (3 * a + b) % 6,
                                Strength.SAID,
                                Option.none())
                        : SuccessCriterion.of(
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
        EvidenceRecipe recipe = EvidenceRecipe.of(hypothesis).withTrials(1, 10);
        if (criterion.metric() == Metric.MEAN) {
            double truth = 10.0 * (1 + a);
            recipe = recipe.withTrueDistribution(NormalDistribution.of(truth, Math.max(1.0, truth / 5.0)));
        } else {
            recipe = recipe.withTrueRate(JourneyTables.RATES.get(lean));
        }
        recipes.put(id, recipe);
        return hypothesis;
    }

    /** The truth of a hypothesis the driver did not state: a rate, or measurements around its threshold. */
    private static EvidenceRecipe truth(Hypothesis hypothesis, int lean) {
        EvidenceRecipe recipe = EvidenceRecipe.of(hypothesis).withTrials(1, 10);
        SuccessCriterion criterion = hypothesis.criterion();
        if (criterion.metric() == Metric.MEAN) {
            double threshold = criterion.threshold();
            double spread = Math.max(1.0, Math.abs(threshold) / 5.0);
            return recipe.withTrueDistribution(NormalDistribution.of(threshold + (lean - 2) * spread, spread));
        }
        return recipe.withTrueRate(JourneyTables.RATES.get(lean));
    }

    private EvidenceRecipe recipe(Hypothesis hypothesis) {
        EvidenceRecipe recipe = recipes.get(hypothesis.id());
        if (recipe == null) {
            recipe = truth(hypothesis, Math.floorMod(hypothesis.id().hashCode(), JourneyTables.RATES.size()));
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
        Seq<Hypothesis> pool = here.isEmpty() || step.b() == 9 ? active : here;
        Hypothesis first = pool.get(step.a() % pool.size());
        Hypothesis second = step.b() == 0 && pool.size() > 1 ? pool.get((step.a() + 1) % pool.size()) : first;
        List<Evidence> items = new ArrayList<>();
        for (int j = 0; j <= step.c() % 3; j++) {
            Draw draw = step.draws().get(j);
            Instant observed = at.minus(Duration.ofMinutes(draw.kind() * 17L));
            items.add(recipe(j % 2 == 0 ? first : second).build(draw.withObservedAt(observed)));
        }
        BigDecimal cost = runway.kind() == Runway.Kind.MONEY
                ? BigDecimal.valueOf(25L * (step.c() % 5)).min(runway.remaining())
                : BigDecimal.ZERO;
        return VentureEvent.EvidenceRecorded.of(items, cost, at);
    }

    private PhaseGate gate(Step step) {
        Venture v = venture();
        Phase phase = v.phase();
        if (gates != null) {
            PhaseGate gate = gates.apply(phase);
            if (gate == null || gate.phase() != phase) {
                throw InvalidValueException.of(
                        "gates",
                        "must give a gate of the phase asked (" + phase + ")",
                        gate == null ? null : gate.phase());
            }
            return gate;
        }
        NamedStrategy named = JourneyTables.GATE_STRATEGIES.get(step.b() % JourneyTables.GATE_STRATEGIES.size());
        EvidenceBudget budget;
        switch (step.c() % 4) {
            case 0:
                budget = EvidenceBudget.experiments(1 + step.c() / 2);
                break;
            case 1:
                budget = EvidenceBudget.evidence(3 + 2L * step.c());
                break;
            case 2:
                budget = EvidenceBudget.until(v.phaseStartedAt().plus(Duration.ofHours(1 + step.c())));
                break;
            default:
                budget = PhaseGate.DEFAULT_BUDGET;
        }
        int which = (step.a() + step.c()) % 3;
        SpentBudgetPolicy policy = which == 0
                ? SpentBudgetPolicies.treatAsRefuted()
                : SpentBudgetPolicies.byLeaning(which == 1 ? 0.6 : 0.9);
        if (step.a() % 5 == 0) {
            return PhaseGate.defaultFor(phase, named.strategy())
                    .withBudget(budget)
                    .withWhenBudgetSpent(policy);
        }
        Seq<Hypothesis> here = v.activeHypotheses().filter(h -> h.phase() == phase);
        List<GateCriterion> must = new ArrayList<>();
        if (here.isEmpty()) {
            must.add(GateCriterion.area(BusinessModelArea.values()[step.c()], named.strategy()));
        } else {
            if (step.b() % 2 == 0) {
                must.add(GateCriterion.hypothesis(mostTested(here).id(), named.strategy()));
            } else {
                Hypothesis chosen = here.get(step.a() % here.size());
                must.add(GateCriterion.area(chosen.area(), named.strategy()));
            }
            if (step.b() % 3 == 1 && here.size() > 1) {
                Hypothesis other = here.get((step.a() + 1) % here.size());
                GateCriterion second = GateCriterion.hypothesis(other.id(), named.strategy());
                if (!must.contains(second)) {
                    must.add(second);
                }
            }
        }
        boolean audience = v.audience().isDefined() || step.c() == 9;
        if (audience && step.a() % 3 == 1) {
            must.add(GateCriterion.audienceViable(0.8));
        }
        PhaseGate.Builder gate = PhaseGate.builder(phase).budget(budget).whenBudgetSpent(policy);
        must.forEach(gate::mustMeet);
        if (audience && step.a() % 3 == 2) {
            gate.shouldMeet(GateCriterion.audienceViable(0.5), 1);
        }
        if (step.b() % 2 == 1 && !here.isEmpty()) {
            GateCriterion extra = GateCriterion.area(
                    here.get((step.a() + step.b()) % here.size()).area(), named.strategy());
            if (!must.contains(extra)) {
                gate.shouldMeet(extra, 1 + step.c() % 3);
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
        if (current instanceof GateDecision.Pivot called) {
            Seq<PivotType> suggestions = called.suggestions();
            PivotType type = suggestions.isEmpty()
                    ? PivotType.values()[step.b()]
                    : suggestions.get(step.b() % suggestions.size());
            PivotDecision.Builder pivot = PivotDecision.following(called, type, at);
            for (HypothesisId id : called.refuted()) {
                Hypothesis old = v.hypothesis(id).get();
                pivot.replace(id, hypothesis(old.area(), called.returnTo(), step.c(), step.a(), step.b()));
            }
            if (called.refuted().isEmpty()) {
                BusinessModelArea area =
                        type.areas().get(step.c() % type.areas().size());
                pivot.state(hypothesis(area, called.returnTo(), step.c(), step.a(), step.b()));
            }
            return pivot.build();
        }
        PivotType type = PivotType.values()[step.b()];
        Phase returnTo =
                step.c() % 3 == 0 ? Phase.values()[step.b() % (v.phase().ordinal() + 1)] : v.phase();
        PivotDecision.Builder pivot = PivotDecision.builder(type, at).returnTo(returnTo);
        Seq<Hypothesis> active = v.activeHypotheses();
        if (active.isEmpty()) {
            pivot.state(hypothesis(type.areas().head(), returnTo, step.c(), step.a(), step.b()));
        } else {
            Hypothesis old = active.get(step.a() % active.size());
            pivot.replace(old.id(), hypothesis(old.area(), returnTo, step.c(), step.a(), step.b()));
        }
        return pivot.build();
    }

    private VentureEvent choose(Step step, Instant at) {
        Venture v = venture();
        String name = JourneyTables.SEGMENTS.get(step.a() % JourneyTables.SEGMENTS.size());
        UnitEconomics economics = JourneyTables.ECONOMICS.get(step.b() % JourneyTables.ECONOMICS.size());
        long needed = economics.customersToBreakEven().getOrElse(200L);
        double around = 0.8 + 0.1 * (step.b() % 5);
        Conversion conversion = null;
        if (step.c() >= 7) {
            Seq<Hypothesis> rates = v.activeHypotheses()
                    .appendAll(v.retiredHypotheses())
                    .filter(h -> h.criterion().metric() == Metric.PROPORTION);
            if (!rates.isEmpty()) {
                Hypothesis source = rates.get(step.a() % rates.size());
                conversion = Conversion.from(Scoring.bayesian().assess(source, v.evidence()));
            }
        }
        if (conversion == null) {
            conversion = Conversion.of(0.02 * (1 + step.c() % 5));
        }
        long reach = Math.max(1L, Math.round(needed * around / Math.max(conversion.mean(), 1e-3)));
        Audience audience = Audience.of(name, reach, conversion, economics);
        if (v.audience().contains(audience)) {
            audience = audience.withReachableSize(reach + 1);
        }
        return step.b() % 2 == 0
                ? VentureEvent.AudienceChosen.of(audience, at)
                : VentureEvent.AudienceChosen.of(audience, "the smallest audience that pays for the venture", at);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Invalid events
    // ---------------------------------------------------------------------------------------------------------

    /** Inserts one invalid event for the fault's rule, or the next rule asked for that the venture allows. */
    private boolean inject(Fault fault) {
        int stride = rules.size() % 7 == 0 ? 1 : 7;
        for (int k = 0; k < rules.size(); k++) {
            if (tryInject(rules.get((fault.rule() + k * stride) % rules.size()), fault)) {
                return true;
            }
        }
        return false;
    }

    private boolean tryInject(Rejection.Rule rule, Fault fault) {
        Venture v = venture();
        Instant at = v.lastEventAt().plus(fault.pause());
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
                emitInvalid(VentureEvent.RoleHired.of(Role.ENGINEER, venture().lastEventAt()), rule);
                return true;
            case OUT_OF_ORDER:
                Instant earlier = v.lastEventAt().minus(Duration.ofMinutes(1 + fault.a()));
                emitInvalid(
                        fault.b() % 2 == 0
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
                                        venture().lastEventAt().plus(Duration.ofMinutes(1 + fault.a()))),
                                venture().lastEventAt()),
                        rule);
                return true;
            case UNIT_MISMATCH:
                return unitMismatch(fault, at);
            case UNUSABLE_EVIDENCE:
                return unusableEvidence(fault, at);
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
                        VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b()], at)
                                .state(hypothesis(
                                        BusinessModelArea.values()[fault.a()], later, fault.a(), fault.b(), 1))
                                .returnTo(later)
                                .build()),
                        rule);
                return true;
            case RETIRE_INACTIVE:
                if (v.pivotsLeft() <= 0) {
                    return false;
                }
                HypothesisId inactive = !v.retiredHypotheses().isEmpty() && fault.b() % 2 == 1
                        ? v.retiredHypotheses()
                                .get(fault.a() % v.retiredHypotheses().size())
                                .id()
                        : unstated("never-stated");
                emitInvalid(
                        VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b()], at)
                                .replace(
                                        inactive,
                                        hypothesis(
                                                BusinessModelArea.values()[fault.a()],
                                                v.phase(),
                                                fault.a(),
                                                fault.b(),
                                                1))
                                .returnTo(v.phase())
                                .build()),
                        rule);
                return true;
            case AUDIENCE_UNCHANGED:
                if (v.audience().isEmpty()) {
                    emit(VentureEvent.AudienceChosen.of(prepared(1), at));
                }
                emitInvalid(VentureEvent.AudienceChosen.of(venture().audience().get(), at), rule);
                return true;
            case DUPLICATE_DEPARTMENT:
                if (v.departments().isEmpty()) {
                    emit(VentureEvent.DepartmentEstablished.of("Sales", List.of("sales roadmap"), at));
                }
                emitInvalid(
                        VentureEvent.DepartmentEstablished.of(
                                venture().departments().head().department(), List.of("another process"), at),
                        rule);
                return true;
            case NEXT_AUDIENCE_NOT_CURRENT:
                // a name no other audience of a journey has, so that it is never the current one
                Audience elsewhere = Audience.of(
                        "elsewhere-" + events.size(), 1_000_000, Conversion.of(0.5), JourneyTables.ECONOMICS.get(0));
                emitInvalid(VentureEvent.NextAudienceChosen.of(nextAudience(elsewhere, 1_000_000, 1), at), rule);
                return true;
            case AUDIENCE_NOT_WON:
                if (v.audience().isEmpty()) {
                    emit(VentureEvent.AudienceChosen.of(prepared(1), at));
                }
                emitInvalid(
                        VentureEvent.NextAudienceChosen.of(
                                nextAudience(venture().audience().get(), 0, 1), at),
                        rule);
                return true;
            case NO_VIABLE_NEXT_AUDIENCE:
                if (v.audience().isEmpty()) {
                    emit(VentureEvent.AudienceChosen.of(prepared(1), at));
                }
                emitInvalid(
                        VentureEvent.NextAudienceChosen.of(
                                nextAudience(venture().audience().get(), Long.MAX_VALUE / 4, 0), at),
                        rule);
                return true;
            case BROKEN_DEMAND_SERIES:
                return brokenDemandSeries(fault, at);
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
                                Audience.of(
                                        "unproven-" + events.size(),
                                        10_000,
                                        conversion,
                                        JourneyTables.ECONOMICS.get(0)),
                                at),
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
    /**
     * Demand evidence that cannot continue its hypothesis's series: a cohort observed twice for the same period in
     * one event (or, if the hypothesis already has cohorts, for a period it has passed).
     */
    private boolean brokenDemandSeries(Fault fault, Instant at) {
        Hypothesis hypothesis = activeHypothesis(fault, at);
        Source source = Source.of("billing");
        long acquired = 1L + fault.b();
        List<Evidence> items = List.of(
                CohortObservation.of(hypothesis.id(), source, at, 0, acquired, acquired),
                CohortObservation.of(hypothesis.id(), source, at, 0, acquired, acquired));
        emitInvalid(VentureEvent.EvidenceRecorded.of(items, BigDecimal.ZERO, at), Rejection.Rule.BROKEN_DEMAND_SERIES);
        return true;
    }

    private Hypothesis activeHypothesis(Fault fault, Instant at) {
        Seq<Hypothesis> active = venture().activeHypotheses();
        if (active.isEmpty()) {
            emit(VentureEvent.HypothesisStated.of(
                    hypothesis(BusinessModelArea.values()[fault.a()], venture().phase(), fault.a(), fault.b(), 1), at));
            active = venture().activeHypotheses();
        }
        return active.get(fault.a() % active.size());
    }

    /**
     * An active hypothesis judged on the metric (a proportion stands for every metric that counts statements), one
     * stated if there is none.
     */
    private Hypothesis activeHypothesis(Fault fault, Instant at, Metric metric) {
        Statement sample = Statement.supports(HypothesisId.of("sample"), Source.of("customer-1"), at);
        java.util.function.Predicate<Hypothesis> fits = metric == Metric.PROPORTION
                ? h -> h.criterion().uses(sample)
                : h -> h.criterion().metric() == metric;
        Seq<Hypothesis> fitting = venture().activeHypotheses().filter(fits);
        if (fitting.isEmpty()) {
            // b = 3 states a mean, b = 0 (with c = 1) a proportion
            emit(VentureEvent.HypothesisStated.of(
                    hypothesis(
                            BusinessModelArea.values()[fault.a()],
                            venture().phase(),
                            fault.a(),
                            metric == Metric.MEAN ? 3 : 0,
                            1),
                    at));
            fitting = venture().activeHypotheses().filter(fits);
        }
        return fitting.get(fault.a() % fitting.size());
    }

    /**
     * Evidence of a kind the hypothesis's criterion does not count: a Sean Ellis tally for a proportion or a count (a
     * pricing hypothesis given a product/market-fit survey), a statement for a mean or a very-disappointed share.
     */
    private boolean unusableEvidence(Fault fault, Instant at) {
        Hypothesis hypothesis = activeHypothesis(fault, at);
        Source source = Source.of("customer-1");
        Statement statement = Statement.supports(hypothesis.id(), source, at);
        Evidence item = hypothesis.criterion().uses(statement)
                ? SeanEllisTally.of(hypothesis.id(), source, at, 1 + fault.a(), fault.b(), 1)
                : statement;
        emitInvalid(VentureEvent.EvidenceRecorded.of(item, at), Rejection.Rule.UNUSABLE_EVIDENCE);
        return true;
    }

    private boolean duplicate(Fault fault, Instant at) {
        Venture v = venture();
        Seq<Hypothesis> stated = v.activeHypotheses().appendAll(v.retiredHypotheses());
        if (stated.isEmpty()) {
            activeHypothesis(fault, at);
            stated = venture().activeHypotheses();
        }
        Hypothesis original = stated.get(fault.a() % stated.size());
        Hypothesis again = Hypothesis.of(
                original.id(),
                "Stated again: " + original.statement(),
                original.area(),
                original.phase(),
                original.criterion());
        if (fault.b() % 2 == 1 && venture().pivotsLeft() > 0) {
            emitInvalid(
                    VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b()], at)
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
            emit(VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b()], at)
                    .replace(old.id(), hypothesis(old.area(), venture().phase(), fault.a(), fault.b(), 2))
                    .returnTo(venture().phase())
                    .build()));
        }
        Seq<Hypothesis> retired = venture().retiredHypotheses();
        HypothesisId id = retired.get(fault.a() % retired.size()).id();
        emitInvalid(
                VentureEvent.EvidenceRecorded.of(Statement.refutes(id, Source.of("customer-1"), at), at),
                Rejection.Rule.RETIRED_HYPOTHESIS);
        return true;
    }

    private boolean unitMismatch(Fault fault, Instant at) {
        Hypothesis hypothesis = activeHypothesis(fault, at, Metric.MEAN);
        Option<String> unit = venture().evidence().statistics(hypothesis.id()).unit();
        Source source = Source.of("customer-1");
        List<Evidence> items = new ArrayList<>();
        if (unit.isDefined()) {
            items.add(Measurement.of(
                    hypothesis.id(), source, at, 1.0 + fault.a(), unit.get() + " (other)", Strength.SAID));
        } else {
            items.add(Measurement.of(hypothesis.id(), source, at, 1.0 + fault.a(), "USD", Strength.SAID));
            items.add(Measurement.of(hypothesis.id(), source, at, 2.0 + fault.b(), "EUR", Strength.SAID));
        }
        emitInvalid(VentureEvent.EvidenceRecorded.of(items, BigDecimal.ZERO, at), Rejection.Rule.UNIT_MISMATCH);
        return true;
    }

    private boolean runwayExhausted(Fault fault, Instant at) {
        Runway runway = venture().runway();
        if (runway.kind() == Runway.Kind.EXPERIMENTS && runway.remaining().compareTo(BigDecimal.TEN) > 0) {
            return false;
        }
        Hypothesis hypothesis = activeHypothesis(fault, at, Metric.PROPORTION);
        Source source = Source.of("customer-1");
        while (venture().runway().kind() == Runway.Kind.EXPERIMENTS
                && !venture().runway().isExhausted()) {
            emit(VentureEvent.EvidenceRecorded.of(Statement.supports(hypothesis.id(), source, at), at));
        }
        BigDecimal cost = venture().runway().kind() == Runway.Kind.MONEY
                ? venture().runway().remaining().add(BigDecimal.valueOf(1 + fault.b()))
                : BigDecimal.ZERO;
        emitInvalid(
                VentureEvent.EvidenceRecorded.of(List.of(Statement.supports(hypothesis.id(), source, at)), cost, at),
                Rejection.Rule.RUNWAY_EXHAUSTED);
        return true;
    }

    /** A decision of a gate of another phase than the venture's, taken on a venture of its own at {@code at}. */
    private GateDecision decisionOfAnotherPhase(Instant at) {
        Venture side = Venture.found(VentureEvent.Founded.of("another venture", Runway.experiments(1), 0, at));
        if (venture().phase() == Phase.CUSTOMER_DISCOVERY) {
            side = side.apply(VentureEvent.AudienceChosen.of(prepared(0), at)).get();
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
    /**
     * A next-audience decision from an audience: with {@code customers} won in it (none: not won; very many: won), to
     * {@code viable} viable candidates of the prepared kind (0: one that cannot pay for itself).
     */
    private NextAudienceDecision nextAudience(Audience current, long customers, int viable) {
        Audience next = viable > 0
                ? prepared(3)
                : Audience.of("unviable-" + events.size(), 10, Conversion.of(0.01), JourneyTables.ECONOMICS.get(0));
        return NextAudienceDecision.of(
                current,
                customers,
                0.8,
                1e300,
                List.of(AudiencePath.referral(next, 0.5, Duration.ofDays(30))),
                Duration.ofDays(360),
                0.95);
    }

    private Audience prepared(int n) {
        return Audience.of(
                "prepared-audience-" + (events.size() + n),
                1_000_000,
                Conversion.of(0.5),
                JourneyTables.ECONOMICS.get(0));
    }

    /**
     * A strategy that sees no evidence, so its criterion stays inconclusive and the gate never proceeds. Built once;
     * built again it would be equal, as the built-in strategies are equal when built alike.
     */
    private static final ScoringStrategy SEES_NO_EVIDENCE =
            Scoring.observedBefore(PhaseGate.DEFAULT_STRATEGY, Instant.MIN);

    private boolean advanceWithoutProceed(Instant at) {
        Venture v = venture();
        if (v.phase().next().isEmpty()) {
            return false;
        }
        if (v.currentDecision().map(d -> d instanceof GateDecision.Proceed).getOrElse(false)) {
            PhaseGate undecided = PhaseGate.builder(v.phase())
                    .mustMeet(GateCriterion.area(BusinessModelArea.KEY_PARTNERS, SEES_NO_EVIDENCE))
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
            emit(VentureEvent.GateEvaluated.of(audienceGate(venture().phase()).evaluate(venture(), at)));
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
            emit(VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b()], at)
                    .state(hypothesis(
                            BusinessModelArea.values()[fault.a()], venture().phase(), fault.a(), fault.b(), 3))
                    .returnTo(venture().phase())
                    .build()));
        }
        emitInvalid(
                VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.values()[fault.b()], at)
                        .state(hypothesis(
                                BusinessModelArea.values()[fault.a()], venture().phase(), fault.a(), fault.b(), 4))
                        .returnTo(venture().phase())
                        .build()),
                Rejection.Rule.NO_PIVOTS_LEFT);
        return true;
    }
}
