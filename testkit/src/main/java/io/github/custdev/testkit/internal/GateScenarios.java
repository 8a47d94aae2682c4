package io.github.custdev.testkit.internal;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
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
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.WeightedCriterion;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.simulation.journey.NamedStrategy;
import io.github.custdev.testkit.GateCase;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * Ventures built to put a phase gate to a real test: a gate of the venture's phase whose criteria the venture's
 * evidence supports, refutes or leaves undecided as the scenario intends, so that every decision (Proceed, Pivot,
 * Persevere, Kill) is common, with the budget spent or not. The venture reaches its phase through real gates (each
 * earlier phase passed on a supported hypothesis), may have pivoted, may have hired an executor while searching, and
 * may have chosen an audience; the gate then really decides. Intents steer the evidence; the decision is the gate's.
 */
@SuppressWarnings("EnumOrdinal") // scenarios pick enum constants by index and walk the phases in their order
public final class GateScenarios {

    /** What a scenario aims at. */
    public enum Outcome {
        /** Every criterion supported. */
        PROCEED,
        /** A must-meet criterion refuted, with pivots and runway left. */
        PIVOT,
        /** A must-meet criterion undecided, none refuted, budget and runway left. */
        PERSEVERE,
        /** A must-meet criterion refuted, with no pivots or no runway left. */
        KILL,
        /** A must-meet criterion undecided, none refuted, and the budget spent: the policy decides. */
        UNDECIDED
    }

    /** Whether the scenario's budget is spent. */
    public enum Budget {
        /** As the outcome allows. */
        ANY,
        /** Spent: by evidence, experiments, deadline or runway. */
        SPENT,
        /** Not spent. */
        REMAINING
    }

    private static final Instant T0 = Generators.START;
    private static final BigDecimal COST = BigDecimal.valueOf(100);
    private static final int DECISIVE = 20;

    private static final UnitEconomics ECONOMICS = UnitEconomics.builder()
            .price(120)
            .variableCost(20)
            .acquisitionCost(600)
            .retention(0.96)
            .fixedCosts(15_000)
            .build();

    private static final List<SpentBudgetPolicy> POLICIES = List.of(
            SpentBudgetPolicies.treatAsRefuted(),
            SpentBudgetPolicies.byLeaning(0.5),
            SpentBudgetPolicies.byLeaning(0.8),
            SpentBudgetPolicies.byLeaning(0.95));

    /** The area each earlier phase is passed on. */
    private static final BusinessModelArea[] PASSED_ON = {
        BusinessModelArea.PROBLEM, BusinessModelArea.REVENUE, BusinessModelArea.CUSTOMER_RELATIONSHIP
    };

    private GateScenarios() {}

    /**
     * The pivot a team takes after a gate's Pivot decision: a fitting type, every refuted hypothesis retired and
     * replaced by a revised one of the same area in the phase returned to, or, when the gate refuted no hypothesis (an
     * audience, or a criterion with nothing to judge), a new hypothesis of an area the type fits.
     *
     * @param gateCase a case whose gate decides Pivot
     * @param choice which fitting type
     * @param pause how long after the decision the pivot is decided
     * @return the pivot
     */
    public static PivotDecision following(GateCase gateCase, int choice, Duration pause) {
        GateDecision.Pivot pivot = (GateDecision.Pivot) gateCase.evaluate();
        Venture venture = gateCase.venture();
        io.vavr.collection.Seq<PivotType> fitting = pivot.suggestions();
        PivotType type = fitting.isEmpty()
                ? PivotType.values()[choice % PivotType.values().length]
                : fitting.get(choice % fitting.size());
        PivotDecision.Builder decision =
                PivotDecision.following(pivot, type, pivot.decidedAt().plus(pause));
        List<HypothesisId> taken = new ArrayList<>();
        for (HypothesisId id : pivot.refuted()) {
            Hypothesis old = venture.hypothesis(id).get();
            HypothesisId revised = fresh(venture, id.value() + "-revised", taken);
            decision.replace(
                    id,
                    Hypothesis.of(
                            revised, "Revised: " + old.statement(), old.area(), pivot.returnTo(), old.criterion()));
        }
        if (pivot.refuted().isEmpty()) {
            BusinessModelArea area = type.areas().get(choice % type.areas().size());
            decision.state(Hypothesis.of(
                    fresh(venture, "after-pivot", taken),
                    "A new assumption after the " + type.label() + " pivot",
                    area,
                    pivot.returnTo(),
                    SuccessCriterion.proportionAtLeast(0.5, 10)));
        }
        return decision.build();
    }

    private static HypothesisId fresh(Venture venture, String base, List<HypothesisId> taken) {
        HypothesisId id = HypothesisId.of(base);
        for (int n = 2; venture.hypothesis(id).isDefined() || taken.contains(id); n++) {
            id = HypothesisId.of(base + "-" + n);
        }
        taken.add(id);
        return id;
    }

    /** The seeds of one criterion. */
    static final class CriterionSeed {
        final int kind;
        final int count;
        final int metric;
        final int threshold;
        final int minimumSample;
        final int split;
        final int variant;
        final int weight;

        CriterionSeed(List<Integer> seeds) {
            this.kind = seeds.get(0);
            this.count = seeds.get(1);
            this.metric = seeds.get(2);
            this.threshold = seeds.get(3);
            this.minimumSample = seeds.get(4);
            this.split = seeds.get(5);
            this.variant = seeds.get(6);
            this.weight = seeds.get(7);
        }
    }

    /** The seeds of one scenario. */
    static final class Seeds {
        final int phase;
        final int outcome;
        final int budgetMode;
        final List<CriterionSeed> must;
        final List<CriterionSeed> should;
        final boolean defaultGate;
        final int strategy;
        final int policy;
        final boolean money;
        final int leftover;
        final int pivotLimit;
        final int pivotsUsed;
        final int hire;
        final Duration pause;

        Seeds(
                Tuple.Tuple4<Integer, Integer, Integer, Boolean> head,
                List<CriterionSeed> must,
                List<CriterionSeed> should,
                Tuple.Tuple4<Integer, Integer, Boolean, Integer> runway,
                Tuple.Tuple3<Integer, Integer, Integer> team,
                Duration pause) {
            this.phase = head.get1();
            this.outcome = head.get2();
            this.budgetMode = head.get3();
            this.defaultGate = head.get4();
            this.must = must;
            this.should = should;
            this.strategy = runway.get1();
            this.policy = runway.get2();
            this.money = runway.get3();
            this.leftover = runway.get4();
            this.pivotLimit = team.get1();
            this.pivotsUsed = team.get2();
            this.hire = team.get3();
            this.pause = pause;
        }
    }

    /**
     * Gate cases of the given phases, aiming at the given outcomes, with the budget as asked.
     *
     * @param phases the phases
     * @param outcomes the outcomes to aim at, at least one
     * @param budget whether the budget is spent
     * @param policy the policy of every gate, or null for generated ones
     * @return the arbitrary of gate, venture and instant
     */
    public static Arbitrary<Tuple.Tuple3<PhaseGate, Venture, Instant>> cases(
            List<Phase> phases, List<Outcome> outcomes, Budget budget, @Nullable SpentBudgetPolicy policy) {
        Arbitrary<Integer> digits = Arbitraries.integers().between(0, 9);
        Arbitrary<CriterionSeed> criterion = Combinators.combine(
                        digits,
                        Arbitraries.integers().between(1, 2),
                        digits,
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(1, 10),
                        Arbitraries.integers().between(1, 3),
                        digits,
                        Arbitraries.integers().between(1, 3))
                .as((a, b, c, d, e, f, g, h) -> new CriterionSeed(List.of(a, b, c, d, e, f, g, h)));
        Arbitrary<Tuple.Tuple4<Integer, Integer, Integer, Boolean>> head = Combinators.combine(
                        Arbitraries.integers().between(0, phases.size() - 1),
                        Arbitraries.integers().between(0, outcomes.size() - 1),
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.frequency(Tuple.of(2, false), Tuple.of(1, true)))
                .as(Tuple::of);
        Arbitrary<Tuple.Tuple4<Integer, Integer, Boolean, Integer>> runway = Combinators.combine(
                        Arbitraries.integers().between(0, StrategyGenerators.GATE_STRATEGIES.size() - 1),
                        Arbitraries.integers().between(0, POLICIES.size() - 1),
                        Arbitraries.frequency(Tuple.of(2, false), Tuple.of(1, true)),
                        Arbitraries.integers().between(0, 30))
                .as(Tuple::of);
        Arbitrary<Tuple.Tuple3<Integer, Integer, Integer>> team = Combinators.combine(
                        Arbitraries.integers().between(0, 3).shrinkTowards(1), digits, digits)
                .as(Tuple::of);
        Arbitrary<Seeds> seeds = Combinators.combine(
                        head,
                        criterion.list().ofMinSize(1).ofMaxSize(3),
                        criterion.list().ofMaxSize(2),
                        runway,
                        team,
                        GateGenerators.pauses())
                .as(Seeds::new);
        return seeds.map(s -> Builder.of(s, phases, outcomes, budget, policy).build());
    }

    /** Builds one scenario. Used once. */
    private static final class Builder {
        private final Seeds seeds;
        private final Phase phase;
        private final Outcome outcome;
        private final boolean spent;
        private final NamedStrategy strategy;
        private final SpentBudgetPolicy policy;
        private final boolean remaining;
        private final List<VentureEvent> events = new ArrayList<>();
        private final Set<BusinessModelArea> usedAreas = EnumSet.noneOf(BusinessModelArea.class);
        private Instant clock = T0;
        private int experiments;
        private int hypotheses;
        private @Nullable Audience audience;
        private @Nullable Intent growthIntent;
        private @Nullable Intent retentionIntent;
        private @Nullable Intent referralIntent;
        private final List<GateCriterion> must = new ArrayList<>();
        private final List<WeightedCriterion> should = new ArrayList<>();
        private final Map<HypothesisId, BusinessModelArea> named = new HashMap<>();
        private int limit;
        private int used;
        private boolean runwayOut;
        private int leftover;

        Builder(Seeds seeds, Phase phase, Outcome outcome, boolean spent, boolean remaining, SpentBudgetPolicy policy) {
            this.seeds = seeds;
            this.remaining = remaining;
            this.phase = phase;
            this.outcome = outcome;
            this.spent = spent;
            this.strategy = StrategyGenerators.GATE_STRATEGIES.get(seeds.strategy);
            this.policy = policy;
        }

        static Builder of(
                Seeds seeds,
                List<Phase> phases,
                List<Outcome> outcomes,
                Budget budget,
                @Nullable SpentBudgetPolicy policy) {
            Outcome aimed = outcomes.get(seeds.outcome);
            boolean spentBudget;
            switch (budget) {
                case SPENT:
                    spentBudget = true;
                    break;
                case REMAINING:
                    spentBudget = false;
                    break;
                default:
                    spentBudget =
                            aimed == Outcome.UNDECIDED || (aimed != Outcome.PERSEVERE && seeds.budgetMode % 3 == 0);
            }
            if (spentBudget && aimed == Outcome.PERSEVERE) {
                aimed = Outcome.UNDECIDED;
            }
            if (!spentBudget && aimed == Outcome.UNDECIDED) {
                aimed = Outcome.PERSEVERE;
            }
            return new Builder(
                    seeds,
                    phases.get(seeds.phase),
                    aimed,
                    spentBudget,
                    budget == Budget.REMAINING,
                    policy != null ? policy : POLICIES.get(seeds.policy));
        }

        /**
         * Builds the scenario twice: once to count the experiments it runs, once more with the runway that leaves the
         * scenario's leftover, so that every decision on record saw the venture's real runway.
         */
        Tuple.Tuple3<PhaseGate, Venture, Instant> build() {
            plan();
            Runway provisional = seeds.money
                    ? Runway.money(COST.multiply(BigDecimal.valueOf(1_000_000)), "USD")
                    : Runway.experiments(1_000_000);
            assemble(VentureEvent.Founded.of("Venture", provisional, limit, T0));
            long runs = experiments + (long) leftover;
            Runway runway = seeds.money
                    ? Runway.money(COST.multiply(BigDecimal.valueOf(runs)), "USD")
                    : Runway.experiments(runs);
            Builder again = new Builder(seeds, phase, outcome, spent, remaining, policy);
            again.plan();
            again.assemble(VentureEvent.Founded.of("Venture", runway, limit, T0));
            return again.finish();
        }

        private void plan() {
            boolean killByPivots = outcome == Outcome.KILL && (seeds.pivotsUsed % 2 == 0 || remaining);
            limit = outcome == Outcome.PIVOT ? Math.max(1, seeds.pivotLimit) : seeds.pivotLimit;
            if (killByPivots) {
                used = limit;
            } else if (outcome == Outcome.PIVOT) {
                used = seeds.pivotsUsed % limit;
            } else {
                used = seeds.pivotsUsed % (limit + 1);
            }
            runwayOut = (outcome == Outcome.KILL && !killByPivots)
                    || (spent && seeds.budgetMode % 4 == 3 && outcome != Outcome.PIVOT);
            leftover = runwayOut ? 0 : 1 + seeds.leftover;
        }

        private void assemble(VentureEvent.Founded founding) {
            events.add(founding);
            pivots(used);
            for (int i = 0; i < phase.ordinal(); i++) {
                pass(Phase.values()[i]);
            }
            if (seeds.hire >= 5) {
                events.add(VentureEvent.RoleHired.of(seeds.hire < 8 ? Role.VP_SALES : Role.ENGINEER, tick()));
            }
            PhaseGate defaults = defaults();
            if (seeds.defaultGate) {
                must.addAll(defaults.mustMeet().asJava());
                should.addAll(defaults.shouldMeet().asJava());
                for (GateCriterion criterion : must) {
                    areaOf(criterion).forEach(usedAreas::add);
                }
                for (WeightedCriterion weighted : should) {
                    areaOf(weighted.criterion()).forEach(usedAreas::add);
                }
            }
            List<Intent> mustIntents = mustIntents(seeds.defaultGate ? must.size() : seeds.must.size());
            for (int i = 0; i < mustIntents.size(); i++) {
                CriterionSeed seed = seeds.must.get(i % seeds.must.size());
                GateCriterion criterion = seeds.defaultGate ? must.get(i) : criterion(seed);
                if (!seeds.defaultGate) {
                    must.add(criterion);
                }
                realise(criterion, mustIntents.get(i), seed);
            }
            int shouldCount = seeds.defaultGate ? should.size() : seeds.should.size();
            for (int i = 0; i < shouldCount; i++) {
                CriterionSeed seed = seeds.defaultGate ? seeds.must.get(i % seeds.must.size()) : seeds.should.get(i);
                GateCriterion criterion;
                if (seeds.defaultGate) {
                    criterion = should.get(i).criterion();
                } else {
                    criterion = criterion(seed);
                    should.add(WeightedCriterion.of(criterion, seed.weight));
                }
                realise(criterion, shouldIntent(seed), seed);
            }
            realiseDemand();
            if (audience != null) {
                events.add(VentureEvent.AudienceChosen.of(audience, tick()));
            }
        }

        private PhaseGate defaults() {
            return PhaseGate.defaultFor(phase, strategy.strategy());
        }

        private Tuple.Tuple3<PhaseGate, Venture, Instant> finish() {
            Venture venture = replay();
            Instant at = venture.lastEventAt().plus(seeds.pause);
            EvidenceBudget budget = budget(venture, at);
            PhaseGate gate;
            if (seeds.defaultGate) {
                gate = defaults().withBudget(budget).withWhenBudgetSpent(policy);
            } else {
                PhaseGate.Builder custom = PhaseGate.builder(phase);
                must.forEach(custom::mustMeet);
                should.forEach(w -> custom.shouldMeet(w.criterion(), w.weight()));
                gate = custom.budget(budget).whenBudgetSpent(policy).build();
            }
            return Tuple.of(gate, venture, at);
        }

        private Venture replay() {
            Either<Rejection, Venture> replayed = Venture.replay(events);
            if (replayed.isLeft()) {
                throw new IllegalStateException(
                        "custdev-testkit built a venture that does not replay (a defect of the test kit): "
                                + replayed.getLeft().message());
            }
            return replayed.get();
        }

        private Instant tick() {
            clock = clock.plus(Duration.ofHours(1));
            return clock;
        }

        private BusinessModelArea freeArea(int seed) {
            BusinessModelArea[] areas = BusinessModelArea.values();
            for (int k = 0; k < areas.length; k++) {
                BusinessModelArea area = areas[(seed + k) % areas.length];
                if (!usedAreas.contains(area)) {
                    usedAreas.add(area);
                    return area;
                }
            }
            throw new IllegalStateException("no free area");
        }

        private static Option<BusinessModelArea> areaOf(GateCriterion criterion) {
            return criterion instanceof GateCriterion.AreaSupported areaSupported
                    ? Option.some(areaSupported.area())
                    : Option.none();
        }

        /** Pivots made early, in Discovery, on hypotheses no criterion of the gate judges. */
        private void pivots(int used) {
            Phase elsewhere = phase == Phase.CUSTOMER_DISCOVERY ? Phase.COMPANY_BUILDING : Phase.CUSTOMER_DISCOVERY;
            for (int k = 1; k <= used; k++) {
                Hypothesis early = Hypothesis.of(
                        HypothesisId.of("early-" + k),
                        "An early assumption, number " + k,
                        BusinessModelArea.KEY_PARTNERS,
                        elsewhere,
                        SuccessCriterion.proportionAtLeast(0.5, 5));
                Hypothesis replacement = Hypothesis.of(
                        HypothesisId.of("early-" + k + "-revised"),
                        "The early assumption " + k + ", revised",
                        BusinessModelArea.KEY_PARTNERS,
                        elsewhere,
                        SuccessCriterion.proportionAtLeast(0.5, 5));
                events.add(VentureEvent.HypothesisStated.of(early, tick()));
                events.add(VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.CHANNEL, tick())
                        .replace(early.id(), replacement)
                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                        .build()));
            }
        }

        /** Passes an earlier phase through a real gate on one well-supported hypothesis. */
        private void pass(Phase earlier) {
            Hypothesis passed = Hypothesis.of(
                    HypothesisId.of("passed-" + (earlier.ordinal() + 1)),
                    "The hypothesis the " + earlier + " gate passed on",
                    PASSED_ON[earlier.ordinal()],
                    earlier,
                    SuccessCriterion.proportionAtLeast(0.5, 5));
            events.add(VentureEvent.HypothesisStated.of(passed, tick()));
            Instant at = tick();
            List<Evidence> supports = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                supports.add(Statement.supports(passed.id(), Source.of("customer-" + (i + 1)), at));
            }
            record(supports, at);
            Venture sofar = replay();
            GateDecision decision = PhaseGate.builder(earlier)
                    .mustMeet(GateCriterion.hypothesis(passed.id(), PhaseGate.DEFAULT_STRATEGY))
                    .build()
                    .evaluate(sofar, tick());
            if (!(decision instanceof GateDecision.Proceed)) {
                throw new IllegalStateException(
                        "custdev-testkit expected to pass " + earlier + ": " + decision.summary());
            }
            events.add(VentureEvent.GateEvaluated.of(decision));
            events.add(VentureEvent.PhaseAdvanced.of(tick()));
        }

        private void record(List<Evidence> evidence, Instant at) {
            experiments++;
            events.add(VentureEvent.EvidenceRecorded.of(evidence, seeds.money ? COST : BigDecimal.ZERO, at));
        }

        /** What a criterion is meant to show. */
        private enum Intent {
            SUPPORTED,
            REFUTED,
            INCONCLUSIVE
        }

        private List<Intent> mustIntents(int count) {
            List<Intent> intents = new ArrayList<>();
            int forced = seeds.outcome % count;
            for (int i = 0; i < count; i++) {
                int variant = seeds.must.get(i % seeds.must.size()).variant;
                Intent intent;
                switch (outcome) {
                    case PROCEED:
                        intent = Intent.SUPPORTED;
                        break;
                    case PERSEVERE:
                    case UNDECIDED:
                        intent = i == forced || variant % 2 == 1 ? Intent.INCONCLUSIVE : Intent.SUPPORTED;
                        break;
                    default:
                        intent = i == forced ? Intent.REFUTED : Intent.values()[variant % 3];
                }
                intents.add(intent);
            }
            return intents;
        }

        private Intent shouldIntent(CriterionSeed seed) {
            return outcome == Outcome.PROCEED ? Intent.SUPPORTED : Intent.values()[seed.variant % 3];
        }

        /** A new criterion of the seed's kind on an area of its own; at most one audience criterion per gate. */
        private GateCriterion criterion(CriterionSeed seed) {
            boolean audienceTaken = must.stream().anyMatch(c -> c instanceof GateCriterion.AudienceViable)
                    || should.stream().anyMatch(w -> w.criterion() instanceof GateCriterion.AudienceViable);
            if (seed.kind == 9 && !audienceTaken) {
                double probability = new double[] {0.5, 0.8, 0.95}[seed.variant % 3];
                return seed.variant % 4 == 3
                        ? GateCriterion.audienceViable(probability, 0.1)
                        : GateCriterion.audienceViable(probability);
            }
            BusinessModelArea area = freeArea(seed.kind * 3 + seed.variant);
            if (seed.kind >= 7) {
                HypothesisId id = HypothesisId.of(label(area) + "-" + (named.size() + 1));
                named.put(id, area);
                return GateCriterion.hypothesis(id, strategy.strategy());
            }
            return GateCriterion.area(area, strategy.strategy());
        }

        private static String label(BusinessModelArea area) {
            return area.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** States the hypotheses, records the evidence or chooses the audience a criterion needs for its intent. */
        private void realise(GateCriterion criterion, Intent intent, CriterionSeed seed) {
            if (criterion instanceof GateCriterion.DemandShown demand) {
                // realised together by realiseDemand: growth and retention read the same cohort observations
                switch (demand.measure()) {
                    case GROWTH:
                        growthIntent = intent;
                        break;
                    case RETENTION:
                        retentionIntent = intent;
                        break;
                    default:
                        referralIntent = intent;
                        break;
                }
                return;
            }
            if (criterion instanceof GateCriterion.AudienceViable viable) {
                if (intent == Intent.INCONCLUSIVE) {
                    return;
                }
                long needed =
                        ECONOMICS.customersForMargin(viable.targetMargin()).get();
                double rate = 0.01 * (1 + seed.threshold);
                double customers = intent == Intent.SUPPORTED ? 2.0 * needed : 0.5 * needed;
                audience = Audience.of(
                        AudienceGenerators.SEGMENTS.get(seed.variant % AudienceGenerators.SEGMENTS.size()),
                        Math.max(1L, Math.round(customers / rate)),
                        Conversion.of(rate),
                        ECONOMICS);
                return;
            }
            boolean missing = intent == Intent.INCONCLUSIVE && seed.variant % 4 == 0;
            if (criterion instanceof GateCriterion.HypothesisSupported hypothesisSupported) {
                // always stated: a gate refuses a hypothesis criterion on a hypothesis the venture never stated
                HypothesisId id = hypothesisSupported.hypothesisId();
                state(id, Objects.requireNonNull(named.get(id), "the hypothesis was named"), intent, seed, 0);
                return;
            }
            if (missing) {
                return;
            }
            BusinessModelArea area = ((GateCriterion.AreaSupported) criterion).area();
            for (int k = 0; k < seed.count; k++) {
                Intent each = k == 0
                        ? intent
                        : intent == Intent.SUPPORTED ? Intent.SUPPORTED : Intent.values()[(seed.variant + k) % 3];
                if (intent == Intent.INCONCLUSIVE && each == Intent.REFUTED) {
                    each = Intent.SUPPORTED;
                }
                state(HypothesisId.of(label(area) + "-" + (k + 1)), area, each, seed, k);
            }
        }

        /**
         * States one hypothesis of the gate's phase, on an area no default gate of a demand phase judges, and records
         * the demand evidence the demand criteria's intents ask for (those of the default Customer Creation gate:
         * growth of at least 5%, retention at age 1 of at least half, a viral coefficient of at least 0.1, each with
         * probability 0.95). Two periods decide growth and retention: adoptions doubling, halving, or up 5% (a
         * probability of one half); 90%, 10% or 50% of the first cohort retained. Referrals: 60 converted by 100
         * customers, none by 1,000, or no customer who could refer (no estimate).
         */
        private void realiseDemand() {
            if (growthIntent == null && retentionIntent == null && referralIntent == null) {
                return;
            }
            hypotheses++;
            HypothesisId id = HypothesisId.of("key-partners-demand-" + hypotheses);
            events.add(VentureEvent.HypothesisStated.of(
                    Hypothesis.builder()
                            .id(id)
                            .statement("Demand grows, stays and refers " + hypotheses)
                            .area(BusinessModelArea.KEY_PARTNERS)
                            .phase(phase)
                            .criterion(SuccessCriterion.proportionAtLeast(0.5, 1))
                            .build(),
                    tick()));
            Instant at = tick();
            Source source = Source.of("billing");
            List<Evidence> evidence = new ArrayList<>();
            if (growthIntent != null || retentionIntent != null) {
                long first = growthIntent == Intent.REFUTED ? 200 : 100;
                long second = growthIntent == Intent.SUPPORTED ? 200 : growthIntent == Intent.REFUTED ? 100 : 105;
                double keep = retentionIntent == Intent.SUPPORTED ? 0.9 : retentionIntent == Intent.REFUTED ? 0.1 : 0.5;
                long retained = Math.round(keep * first);
                evidence.add(io.github.custdev.CohortObservation.of(id, source, at, 0, first, first));
                evidence.add(
                        io.github.custdev.CohortObservation.of(id, source, at, 1, second, second + retained, retained));
            }
            if (referralIntent != null) {
                long customers = referralIntent == Intent.SUPPORTED ? 100 : referralIntent == Intent.REFUTED ? 1000 : 0;
                long sent = referralIntent == Intent.SUPPORTED ? 80 : referralIntent == Intent.REFUTED ? 10 : 0;
                long converted = referralIntent == Intent.SUPPORTED ? 60 : 0;
                evidence.add(io.github.custdev.ReferralObservation.of(id, source, at, 1, customers, sent, converted));
            }
            record(evidence, at);
        }

        /** States one hypothesis of the gate's phase and records the evidence its intent asks for. */
        private void state(HypothesisId id, BusinessModelArea area, Intent intent, CriterionSeed seed, int k) {
            hypotheses++;
            boolean mean = (seed.metric + k) % 5 == 4;
            boolean atMost = (seed.variant + k) % 4 == 3;
            Comparison comparison = atMost ? Comparison.AT_MOST : Comparison.AT_LEAST;
            long minimum = mean ? Math.max(2, seed.minimumSample) : seed.minimumSample;
            double threshold = mean ? 10.0 * (1 + seed.threshold) : 0.2 + 0.1 * seed.threshold;
            threshold = Math.round(threshold * 10.0) / 10.0;
            SuccessCriterion criterion = SuccessCriterion.of(
                    mean ? Metric.MEAN : Metric.PROPORTION,
                    comparison,
                    threshold,
                    minimum,
                    Strength.SAID,
                    mean ? Option.some("USD/month") : Option.none());
            Hypothesis hypothesis = Hypothesis.builder()
                    .id(id)
                    .statement("The " + label(area).replace('-', ' ') + " hypothesis " + hypotheses)
                    .area(area)
                    .phase(phase)
                    .criterion(criterion)
                    .importance(1 + (seed.variant + k) % 3)
                    .build();
            events.add(VentureEvent.HypothesisStated.of(hypothesis, tick()));
            int items;
            boolean favourable;
            if (intent == Intent.INCONCLUSIVE) {
                items = minimum >= 2 && seed.variant % 2 == 1 ? (int) minimum - 1 : 0;
                favourable = true;
            } else {
                items = DECISIVE;
                favourable = intent == Intent.SUPPORTED;
            }
            int batches = Math.max(1, Math.min(seed.split, items));
            int done = 0;
            for (int batch = 0; batch < batches && items > 0; batch++) {
                int size = batch == batches - 1 ? items - done : items / batches;
                Instant at = tick();
                List<Evidence> evidence = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    Source source = Source.of("customer-" + (done + i + 1));
                    evidence.add(
                            mean
                                    ? measurement(id, source, at, threshold, comparison, favourable, done + i)
                                    : statement(id, source, at, comparison, favourable));
                }
                done += size;
                record(evidence, at);
            }
        }

        private static Evidence statement(
                HypothesisId id, Source source, Instant at, Comparison comparison, boolean favourable) {
            boolean supports = favourable == (comparison == Comparison.AT_LEAST);
            return supports ? Statement.supports(id, source, at) : Statement.refutes(id, source, at);
        }

        private static Evidence measurement(
                HypothesisId id,
                Source source,
                Instant at,
                double threshold,
                Comparison comparison,
                boolean favourable,
                int i) {
            double spread = Math.max(1.0, Math.abs(threshold) / 10.0);
            double sign = favourable == (comparison == Comparison.AT_LEAST) ? 1.0 : -1.0;
            return Measurement.of(id, source, at, threshold + sign * (3 + i % 3) * spread, "USD/month", Strength.SAID);
        }

        /** A budget spent at {@code at}, or one that is not, as the scenario asks. */
        private EvidenceBudget budget(Venture venture, Instant at) {
            long items = venture.phaseEvidenceCount();
            long runs = venture.phaseExperimentCount();
            if (!spent || runwayOut) {
                EvidenceBudget budget = EvidenceBudget.experiments(runs + 1 + seeds.leftover);
                if (seeds.budgetMode % 2 == 1) {
                    budget = budget.withMaxEvidence(items + 1 + seeds.budgetMode);
                }
                if (seeds.budgetMode % 3 == 2) {
                    budget = budget.withDeadline(at.plus(Duration.ofDays(1 + seeds.budgetMode)));
                }
                return budget;
            }
            switch (seeds.budgetMode % 3) {
                case 0:
                    if (items > 0) {
                        return EvidenceBudget.evidence(Math.max(1, items - seeds.leftover % 3));
                    }
                    break;
                case 1:
                    if (runs > 0) {
                        return EvidenceBudget.experiments(Math.max(1, runs - seeds.leftover % 2));
                    }
                    break;
                default:
                    break;
            }
            return EvidenceBudget.experiments(runs + 50).withDeadline(at.minus(seeds.pause));
        }
    }
}
