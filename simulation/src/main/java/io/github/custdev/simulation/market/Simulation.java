package io.github.custdev.simulation.market;

import io.github.custdev.Behaviour;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PivotDecision;
import io.github.custdev.PivotType;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.simulation.Seeds;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** One run of a {@link Scenario}: the loop of periods, on one thread, used once. */
final class Simulation {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    static final Duration PERIOD = Duration.ofDays(7);
    static final String CURRENCY = "USD";

    private static final String[] LABELS = {"segment", "problem", "value", "channel", "revenue"};
    private static final Source INTERVIEW = Source.of("interview");
    private static final Source SMOKE_TEST = Source.of("smoke test");
    private static final Source PRE_SALE = Source.of("pre-sale");

    private final Scenario scenario;
    private final FounderStrategy founder;
    private final Market market;
    private final Idea start;
    private final RandomGenerator evidence;
    private final RandomGenerator reads;
    private final int[] versions = new int[Market.AREAS.size()];
    private final List<VentureOutcome.Milestone> milestones = new ArrayList<>(3);
    private Idea idea;
    private Venture venture;
    private Vector<PivotType> pivots = Vector.empty();
    private int falsePivots;
    private int falseProceeds;
    private int period;
    private VentureOutcome.Ending ending = VentureOutcome.Ending.SEARCHING;
    private double revenue;

    private Simulation(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.founder = scenario.founder();
        this.market = scenario.market();
        this.start = startingIdea(market, seed);
        this.idea = start;
        this.evidence = Seeds.random(Seeds.splitMix(seed, 1));
        this.reads = Seeds.random(Seeds.splitMix(seed, 2));
        this.venture = Venture.found(VentureEvent.Founded.of(
                founder.name(),
                Runway.money(BigDecimal.valueOf(scenario.capital()), CURRENCY),
                founder.pivotLimit(),
                START));
    }

    /** The path of the founder's tests in an error message, written only when one is thrown. */
    private String testsField() {
        return "founder(" + founder.name() + ").tests";
    }

    /**
     * A period's cost as money: {@code BigDecimal.valueOf(cost)}, the decimal of the cost's shortest text, without
     * writing that text for the whole costs below ten million that nearly every period has (which it writes as
     * {@code "250.0"}, one digit after the point).
     */
    static BigDecimal price(double cost) {
        if (cost == Math.rint(cost) && Math.abs(cost) < 1e7) {
            return BigDecimal.valueOf(((long) cost) * 10, 1);
        }
        return BigDecimal.valueOf(cost);
    }

    static Simulation of(Scenario scenario, long seed) {
        return new Simulation(scenario, seed);
    }

    static Idea startingIdea(Market market, long seed) {
        return Idea.draw(market.ideas(), Seeds.random(Seeds.splitMix(seed, 0)));
    }

    Simulation run() {
        for (BusinessModelArea area : Market.AREAS) {
            apply(VentureEvent.HypothesisStated.of(state(area), START));
        }
        Option<GateDecision> reading = Option.none();
        for (period = 1; period <= scenario.horizon(); period++) {
            // in whole seconds: Duration.multipliedBy computes through BigDecimal
            Instant at = START.plusSeconds(PERIOD.toSeconds() * period);
            for (Role role : founder.hires(venture)) {
                apply(VentureEvent.RoleHired.of(role, at));
            }
            if (!experiment(at, reading)) {
                ending = VentureOutcome.Ending.OUT_OF_CASH;
                apply(VentureEvent.Closed.of("out of cash", at));
                return this;
            }
            GateDecision decision = founder.gate(venture.phase()).evaluate(venture, at);
            FounderStrategy.Move move = founder.respond(decision, venture);
            // the next period's tests may read this decision's assessments while the venture's evidence and
            // hypotheses stay as the gate saw them, which they do only when the founder goes on as it is
            reading = move instanceof FounderStrategy.Move.Continue ? Option.some(decision) : Option.none();
            if (move instanceof FounderStrategy.Move.Advance) {
                if (advance(decision, at)) {
                    return this;
                }
            } else if (move instanceof FounderStrategy.Move.Pivot pivot) {
                pivot(pivot.type(), decision, at);
            } else if (move instanceof FounderStrategy.Move.Stop stop) {
                record(decision);
                apply(VentureEvent.Closed.of(stop.reason(), at));
                // a gate that kills a venture whose runway is spent ends it for want of cash, not by the founder's
                // choice
                ending = venture.runway().isExhausted()
                        ? VentureOutcome.Ending.OUT_OF_CASH
                        : VentureOutcome.Ending.STOPPED;
                return this;
            }
        }
        period = scenario.horizon();
        return this;
    }

    /** Runs the founder's tests of the period, if the runway pays for them with the payroll. */
    private boolean experiment(Instant at, Option<GateDecision> reading) {
        Seq<FounderStrategy.Test> tests = founder.tests(venture, market, reading);
        if (tests.isEmpty()) {
            throw InvalidValueException.of(testsField(), "must not be empty", "[]");
        }
        double cost = market.payroll().of(venture.team().count(Role::isExecutor));
        List<Hypothesis> tested = new ArrayList<>(tests.size());
        for (int i = 0; i < tests.size(); i++) {
            FounderStrategy.Test test = tests.get(i);
            HypothesisId id = test.hypothesisId();
            int index = i;
            Hypothesis hypothesis = venture.hypothesis(id)
                    .filter(h -> venture.isActive(h.id()) && h.phase() == venture.phase())
                    .getOrElseThrow(() -> InvalidValueException.of(
                            testsField() + "[" + index + "].hypothesisId",
                            "must name an active hypothesis of the current phase (" + venture.phase() + ")",
                            id));
            if (tested.contains(hypothesis)) {
                throw InvalidValueException.of(
                        testsField() + "[" + i + "].hypothesisId", "must not be tested twice a period", id);
            }
            tested.add(hypothesis);
            cost += market.probe(test.probe()).cost() * test.units();
        }
        BigDecimal price = price(cost);
        if (!venture.runway().canPay(price)) {
            return false;
        }
        List<Evidence> items = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            FounderStrategy.Test test = tests.get(i);
            draw(items, tested.get(i), market.probe(test.probe()), test.units(), at);
        }
        apply(VentureEvent.EvidenceRecorded.of(items, price, at));
        return true;
    }

    private void draw(List<Evidence> items, Hypothesis hypothesis, Probe probe, int units, Instant at) {
        double rate = idea.rate(hypothesis.area());
        double yes = probe.yesChance(rate);
        Source source = switch (probe.kind()) {
            case INTERVIEW -> INTERVIEW;
            case SMOKE_TEST -> SMOKE_TEST;
            case PRE_SALE -> PRE_SALE;
        };
        for (int unit = 0; unit < units; unit++) {
            if (probe.kind() == Probe.Kind.INTERVIEW) {
                for (int trial = 0; trial < probe.trials(); trial++) {
                    items.add(
                            evidence.nextDouble() < yes
                                    ? Statement.supports(hypothesis.id(), source, at)
                                    : Statement.refutes(hypothesis.id(), source, at));
                }
            } else {
                int successes = 0;
                for (int trial = 0; trial < probe.trials(); trial++) {
                    if (evidence.nextDouble() < yes) {
                        successes++;
                    }
                }
                items.add(Behaviour.of(
                        hypothesis.id(),
                        source,
                        at,
                        successes,
                        probe.trials(),
                        probe.kind().strength()));
            }
        }
    }

    /** Records a Proceed and the advance; whether the venture launched. */
    private boolean advance(GateDecision decision, Instant at) {
        Phase phase = venture.phase();
        for (Hypothesis hypothesis : venture.activeHypotheses()) {
            if (hypothesis.phase() == phase && !idea.holds(hypothesis.area())) {
                falseProceeds++;
                break;
            }
        }
        record(decision);
        apply(VentureEvent.PhaseAdvanced.of(at));
        Phase entered = venture.phase();
        if (milestones.stream().noneMatch(m -> m.phase() == entered)) {
            milestones.add(new VentureOutcome.Milestone(entered, period, spent()));
        }
        if (entered == Phase.CUSTOMER_CREATION) {
            ending = VentureOutcome.Ending.LAUNCHED;
            revenue = market.demand().revenue(idea.acceptance(), scenario.horizon() - period);
            return true;
        }
        return false;
    }

    /** Moves the idea to the option the founder reads best and replaces the hypotheses of the areas it changes. */
    private void pivot(PivotType type, GateDecision decision, Instant at) {
        Seq<BusinessModelArea> areas = type.areas().filter(Market.AREAS::contains);
        if (areas.isEmpty()) {
            throw InvalidValueException.of(
                    "founder(" + founder.name() + ").respond.type",
                    "must change an area of the business model (" + Market.AREAS.mkString(", ") + ")",
                    type);
        }
        double learned = 0;
        Seq<Hypothesis> retired = venture.activeHypotheses().filter(h -> areas.contains(h.area()));
        double said = 1 - market.interview().overstatement();
        for (Hypothesis hypothesis : retired) {
            EvidenceStatistics statistics = venture.evidence().statistics(hypothesis.id());
            learned += statistics.trials(Strength.DID)
                    + statistics.trials(Strength.PAID)
                    + statistics.trials(Strength.SAID) * said * said;
            if (idea.holds(hypothesis.area())) {
                falsePivots++;
            }
        }
        double noise = market.ideas().readNoise() / Math.sqrt(1 + learned);
        Idea best = idea;
        double bestRead = Double.NEGATIVE_INFINITY;
        for (Idea option : idea.reach(areas)) {
            double read = option.quality(areas) + noise * reads.nextGaussian();
            if (read > bestRead) {
                best = option;
                bestRead = read;
            }
        }
        Phase returnTo = venture.phase();
        PivotDecision.Builder pivot = PivotDecision.builder(type, at);
        for (Hypothesis hypothesis : retired) {
            BusinessModelArea area = hypothesis.area();
            pivot.replace(hypothesis.id(), state(area));
            if (Market.phaseOf(area).compareTo(returnTo) < 0) {
                returnTo = Market.phaseOf(area);
            }
        }
        if (decision instanceof GateDecision.Pivot gate) {
            pivot.rationale(gate.rationale());
        }
        record(decision);
        apply(VentureEvent.Pivoted.of(pivot.returnTo(returnTo).build()));
        idea = best;
        pivots = pivots.append(type);
    }

    /** The founder's hypothesis about an area, under the area's next id: "problem", then "problem.v2" and so on. */
    private Hypothesis state(BusinessModelArea area) {
        int index = Market.AREAS.indexOf(area);
        int version = ++versions[index];
        HypothesisId id = HypothesisId.of(version == 1 ? LABELS[index] : LABELS[index] + ".v" + version);
        Phase phase = Market.phaseOf(area);
        Hypothesis hypothesis = founder.hypothesis(id, area, phase, market);
        if (!hypothesis.id().equals(id) || hypothesis.area() != area || hypothesis.phase() != phase) {
            throw InvalidValueException.of(
                    "founder(" + founder.name() + ").hypothesis",
                    "must state the hypothesis asked for (" + id + ", " + area + ", " + phase + ")",
                    hypothesis.id() + ", " + hypothesis.area() + ", " + hypothesis.phase());
        }
        return hypothesis;
    }

    /** Records a gate's failure decision (Pivot or Kill) or Proceed; a Persevere is not recorded. */
    private void record(GateDecision decision) {
        if (!(decision instanceof GateDecision.Persevere)) {
            apply(VentureEvent.GateEvaluated.of(decision));
        }
    }

    private void apply(VentureEvent event) {
        venture = venture.applyOrThrow(event);
    }

    private double spent() {
        return scenario.capital() - venture.runway().remaining().doubleValue();
    }

    Venture venture() {
        return venture;
    }

    VentureOutcome outcome() {
        return new VentureOutcome(
                founder.name(),
                ending,
                period,
                Vector.ofAll(milestones),
                pivots,
                venture.evidence().size(),
                venture.experimentCount(),
                Math.max(0, spent()),
                revenue,
                start.acceptance(),
                idea.acceptance(),
                falsePivots,
                falseProceeds,
                venture.isScalingPrematurely());
    }
}
