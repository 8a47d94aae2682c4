package io.github.custdev.simulation.market;

import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.CriterionResult;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotType;
import io.github.custdev.Role;
import io.github.custdev.SpentBudgetPolicies;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the built-in founders share: each states a rate hypothesis per area with a criterion registered before any
 * evidence (the viable rate, a minimum sample, a minimum strength) and perhaps a prior belief; lets gates built from
 * those hypotheses judge it (every hypothesis of the phase must be supported, within an experiment budget, an
 * undecided hypothesis refuted when it is spent); tests an undecided hypothesis of its phase each period; and, unless
 * a subclass says otherwise, does what the gate decides. Equal when of the same name (each built-in founder has its
 * own).
 */
abstract class Searcher implements FounderStrategy {

    private final String name;
    private final int pivotLimit;
    private final ScoringStrategy strategy;
    private final long minimumSample;
    private final Strength minimumStrength;
    private final @Nullable BetaPrior prior;
    private final PhaseGate discovery;
    private final PhaseGate validation;
    /** The criteria of this founder's own gates, to recognise their assessments in a gate's reading. */
    private final GateCriterion[] ownCriteria;

    Searcher(
            String name,
            int pivotLimit,
            ScoringStrategy strategy,
            long minimumSample,
            Strength minimumStrength,
            @Nullable BetaPrior prior,
            EvidenceBudget budget) {
        this.name = name;
        this.pivotLimit = pivotLimit;
        this.strategy = strategy;
        this.minimumSample = minimumSample;
        this.minimumStrength = minimumStrength;
        this.prior = prior;
        this.discovery = gateOf(Phase.CUSTOMER_DISCOVERY, strategy, budget);
        this.validation = gateOf(Phase.CUSTOMER_VALIDATION, strategy, budget);
        this.ownCriteria = discovery.mustMeet().appendAll(validation.mustMeet()).toJavaArray(GateCriterion[]::new);
    }

    private static PhaseGate gateOf(Phase phase, ScoringStrategy strategy, EvidenceBudget budget) {
        PhaseGate.Builder gate =
                PhaseGate.builder(phase).budget(budget).whenBudgetSpent(SpentBudgetPolicies.treatAsRefuted());
        for (BusinessModelArea area : Market.AREAS) {
            if (Market.phaseOf(area) == phase) {
                gate.mustMeet(GateCriterion.area(area, strategy));
            }
        }
        return gate.build();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int pivotLimit() {
        return pivotLimit;
    }

    /**
     * How much the venture depends on the hypothesis of an area, as a founder ranks the riskiest assumptions: the
     * problem first, then whether customers pay, then the segment, the value proposition and the channel.
     */
    static double importance(BusinessModelArea area) {
        return switch (area) {
            case PROBLEM -> 5;
            case REVENUE -> 4;
            case CUSTOMER_SEGMENT -> 3;
            case VALUE_PROPOSITION -> 2;
            default -> 1;
        };
    }

    @Override
    public Hypothesis hypothesis(HypothesisId id, BusinessModelArea area, Phase phase, Market market) {
        double rate = market.ideas().viableRate();
        Hypothesis.Builder hypothesis = Hypothesis.builder();
        hypothesis
                .id(id)
                .statement("at least " + rate + " of customers: " + area.name().toLowerCase(java.util.Locale.ROOT))
                .area(area)
                .phase(phase)
                .criterion(
                        SuccessCriterion.proportionAtLeast(rate, minimumSample).withMinimumStrength(minimumStrength))
                .importance(importance(area));
        if (prior != null) {
            hypothesis.prior(prior);
        }
        return hypothesis.build();
    }

    @Override
    public final PhaseGate gate(Phase phase) {
        return switch (phase) {
            case CUSTOMER_DISCOVERY -> discovery;
            case CUSTOMER_VALIDATION -> validation;
            default ->
                throw InvalidValueException.of(
                        "phase", "must be CUSTOMER_DISCOVERY or CUSTOMER_VALIDATION (the search)", phase);
        };
    }

    /**
     * One test of each open (undecided) active hypothesis of the phase, in the order of {@link #rank}, at most
     * {@link #parallel()} of them; the first hypothesis of the phase when all are decided. A hypothesis the gate's
     * reading assessed by this founder's strategy is judged by that assessment, not assessed again.
     */
    @Override
    public Seq<Test> tests(Venture venture, Market market, Option<GateDecision> reading) {
        List<Hypothesis> open = new ArrayList<>(Market.AREAS.size());
        List<Double> ranks = new ArrayList<>(Market.AREAS.size());
        Hypothesis first = null;
        List<Assessment> read = read(Checks.notNull("reading", reading));
        for (Hypothesis hypothesis : venture.activeHypotheses()) {
            if (hypothesis.phase() != venture.phase()) {
                continue;
            }
            if (first == null) {
                first = hypothesis;
            }
            Assessment assessment = find(read, hypothesis.id());
            if (assessment == null) {
                assessment = strategy.assess(hypothesis, venture.evidence());
            }
            if (assessment.verdict() == Verdict.INCONCLUSIVE) {
                double rank = rank(hypothesis, assessment);
                int at = 0;
                while (at < ranks.size() && ranks.get(at) >= rank) {
                    at++;
                }
                open.add(at, hypothesis);
                ranks.add(at, rank);
            }
        }
        if (open.isEmpty()) {
            if (first == null) {
                throw InvalidValueException.of(
                        "venture.activeHypotheses", "must hold a hypothesis of the current phase", venture.phase());
            }
            open.add(first);
        }
        Test[] tests = new Test[Math.min(open.size(), parallel())];
        for (int i = 0; i < tests.length; i++) {
            Hypothesis hypothesis = open.get(i);
            tests[i] = new Test(hypothesis.id(), probe(hypothesis.area()), units(venture, hypothesis));
        }
        return Vector.of(tests);
    }

    /**
     * The assessments in the gate's reading that one of this founder's own gates made (by its strategy, of the
     * hypotheses this founder stated); none without a reading.
     */
    private List<Assessment> read(Option<GateDecision> reading) {
        if (reading.isEmpty()) {
            return List.of();
        }
        List<Assessment> read = new ArrayList<>(Market.AREAS.size());
        // by index: the trace's sequences are vectors, whose iterators would be most of what this allocates
        Seq<CriterionResult> results = reading.get().trace().mustMeet();
        for (int i = 0; i < results.size(); i++) {
            CriterionResult result = results.get(i);
            if (isOwn(result.criterion())) {
                Seq<Assessment> assessments = result.assessments();
                for (int j = 0; j < assessments.size(); j++) {
                    read.add(assessments.get(j));
                }
            }
        }
        return read;
    }

    /** The assessment of a hypothesis among those read; null if it is not among them. */
    private static @Nullable Assessment find(List<Assessment> read, HypothesisId id) {
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).hypothesisId().equals(id)) {
                return read.get(i);
            }
        }
        return null;
    }

    /** Whether the criterion is one of this founder's own gates' (the same instance). */
    @SuppressWarnings("ReferenceEquality") // this instance, not an equal criterion of another founder's gate
    private boolean isOwn(GateCriterion criterion) {
        for (GateCriterion own : ownCriteria) {
            if (own == criterion) {
                return true;
            }
        }
        return false;
    }

    /** How many hypotheses the founder tests side by side in a period. */
    abstract int parallel();

    /** How urgently an open hypothesis is tested; the highest first, the first stated on ties. */
    abstract double rank(Hypothesis hypothesis, Assessment assessment);

    /** The probe the founder tests an area with. */
    abstract Probe.Kind probe(BusinessModelArea area);

    /** How many units of the probe the founder buys this period for a hypothesis. */
    int units(Venture venture, Hypothesis hypothesis) {
        return 1;
    }

    @Override
    public Move respond(GateDecision decision, Venture venture) {
        if (decision instanceof GateDecision.Proceed) {
            return new Move.Advance();
        }
        if (decision instanceof GateDecision.Pivot pivot) {
            return new Move.Pivot(closestFit(pivot));
        }
        if (decision instanceof GateDecision.Kill) {
            return new Move.Stop("killed at the gate of " + venture.phase() + ": " + decision.summary());
        }
        return new Move.Continue();
    }

    /** The gate's first suggestion that changes an area of the model: the closest fit to the first refuted area. */
    static PivotType closestFit(GateDecision.Pivot pivot) {
        return pivot.suggestions()
                .find(type -> type.areas().exists(Market.AREAS::contains))
                .getOrElseThrow(() -> new IllegalStateException(
                        "a gate suggested no pivot for an area of the model: " + pivot.suggestions()));
    }

    @Override
    public Seq<Role> hires(Venture venture) {
        return Vector.empty();
    }

    /** Whether the venture has hired an executor (sales, marketing, operations). */
    static boolean hasExecutors(Venture venture) {
        return venture.team().exists(Role::isExecutor);
    }

    /** The prior belief the founder states its hypotheses with, if any. */
    final Option<BetaPrior> prior() {
        return Option.of(prior);
    }

    @Override
    public final boolean equals(@Nullable Object other) {
        return other instanceof Searcher searcher && name.equals(searcher.name);
    }

    @Override
    public final int hashCode() {
        return name.hashCode();
    }

    @Override
    public final String toString() {
        return name;
    }
}
