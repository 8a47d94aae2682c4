package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.CriterionResult.Requirement;
import io.github.custdev.audience.Viability;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Seqs;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The exit criteria of one phase of customer development, and the decision they give: proceed, pivot, persevere or
 * kill.
 *
 * <p>A gate holds <b>must-meet</b> criteria, every one of which must be supported, and weighted <b>should-meet</b>
 * criteria, whose score (the weight of the supported ones over the weight of all) must reach the pass score, as
 * Stage-Gate practice separates them. Its <b>evidence budget</b> says how long it waits. {@link #evaluate} reads a
 * venture and decides:
 *
 * <ol>
 *   <li>when the budget is spent (or the venture's runway exhausted), every inconclusive criterion is decided by the
 *       gate's {@link SpentBudgetPolicy} (by default: refuted), so a spent budget never yields Persevere;
 *   <li>a refuted must-meet criterion gives {@link GateDecision.Pivot}, naming the refuted hypotheses and the
 *       {@link PivotType pivot types} that fit their areas (or that fit an audience that is not viable, see
 *       {@link PivotType#fitting(Viability)}), or {@link GateDecision.Kill} when no pivots or no runway are left;
 *   <li>when every must-meet criterion is supported and the should-meet score passes: {@link GateDecision.Proceed};
 *   <li>when a criterion is still inconclusive and the budget remains: {@link GateDecision.Persevere}, naming the
 *       riskiest hypothesis to test next (importance times uncertainty, an untested hypothesis counting as wholly
 *       uncertain) and the evidence it is still expected to need;
 *   <li>when the must-meet criteria hold but the should-meet score can no longer pass: Pivot, or Kill.
 * </ol>
 *
 * <p>A should-meet criterion without whose weight the score cannot reach the pass score acts as a must-meet one: the
 * gate proceeds only when it is met. A gate's only should-meet criterion always does when the pass score is above 0
 * (the score is then 1 or 0); {@link GateTrace#decisiveShouldMeet()} names such criteria and the trace's text says so.
 *
 * <p>Every decision carries its {@link GateTrace}. The gate never changes the venture: the caller records the
 * decision back as a {@link VentureEvent.GateEvaluated} event. A hypothesis criterion naming a hypothesis the venture
 * never stated is refused by {@link #evaluate}, and so is a closed venture: nothing may follow its closing, so a gate
 * has no decision to give it (check {@link Venture#isClosed()} first).
 *
 * <pre>{@code
 * ScoringStrategy bayesian = Scoring.bayesian();
 * PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
 *         .mustMeet(GateCriterion.area(BusinessModelArea.CUSTOMER_SEGMENT, bayesian))
 *         .mustMeet(GateCriterion.area(BusinessModelArea.PROBLEM, bayesian))
 *         .shouldMeet(GateCriterion.area(BusinessModelArea.REVENUE, bayesian), 2)
 *         .passScore(0.5)
 *         .budget(EvidenceBudget.experiments(60))
 *         .build();
 * GateDecision decision = gate.evaluate(venture, friday);
 * // or simply: PhaseGate.defaultFor(venture.phase()).evaluate(venture, friday)
 * }</pre>
 *
 * <p>Each hypothesis a criterion judges is assessed once per criterion, from the log's running statistics: an
 * evaluation costs O(h) in the number of active hypotheses, whatever the length of the evidence history. Immutable
 * and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class PhaseGate {

    /** The budget a gate has unless told otherwise: 100 experiments per stay in the phase. */
    public static final EvidenceBudget DEFAULT_BUDGET = EvidenceBudget.experiments(100);

    /** The should-meet pass score a gate has unless told otherwise: half the weight. */
    public static final double DEFAULT_PASS_SCORE = 0.5;

    /**
     * The strategy of the {@link #defaultFor(Phase) default gates}: {@link Scoring#bayesian()} for rates and counts,
     * {@link Scoring#mean()} for means (unit economics, sales cycles), chosen by each hypothesis's metric.
     */
    public static final ScoringStrategy DEFAULT_STRATEGY = Scoring.byMetric(Scoring.bayesian(), Scoring.mean());

    /**
     * The probability with which the default Validation gate requires the chosen audience to break even: 0.95, the
     * same confidence the default Bayesian strategy asks before it calls a rate supported (a risk of 0.05).
     */
    public static final double DEFAULT_AUDIENCE_PROBABILITY = 0.95;

    /**
     * The least growth of adoptions per period the default Customer Creation gate requires: 5%, with probability
     * {@link #DEFAULT_DEMAND_PROBABILITY}. Demand that grows by 5% a period doubles in about 14 periods.
     */
    public static final double DEFAULT_GROWTH = 0.05;

    /**
     * The least retention at cohort age 1 (one period after acquisition) the default Customer Creation gate asks for:
     * half the customers, with probability {@link #DEFAULT_DEMAND_PROBABILITY}.
     */
    public static final double DEFAULT_RETENTION = 0.5;

    /**
     * The least viral coefficient <i>k</i> the default Customer Creation gate asks for: one new customer per ten
     * customers and period, with probability {@link #DEFAULT_DEMAND_PROBABILITY}.
     */
    public static final double DEFAULT_VIRAL_COEFFICIENT = 0.1;

    /**
     * The probability with which the default Customer Creation gate requires its demand criteria: 0.95, as for the
     * audience of the Validation gate.
     */
    public static final double DEFAULT_DEMAND_PROBABILITY = 0.95;

    /**
     * The longest time the default Company Building gate lets a venture execute with builders only: 90 days, one
     * quarter from the move into Customer Creation (the budget of one operating plan) to the first operator hired.
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final Duration DEFAULT_BUILDERS_ONLY_LIMIT = Duration.ofDays(90);

    PhaseGate() {}

    /**
     * The phase this gate closes.
     *
     * @return the phase
     */
    public abstract Phase phase();

    /**
     * The criteria that must all be supported, in order.
     *
     * @return the must-meet criteria, not empty
     */
    public abstract Seq<GateCriterion> mustMeet();

    /**
     * The weighted criteria of the should-meet score, in order.
     *
     * @return the should-meet criteria; empty when the gate has none
     */
    public abstract Seq<WeightedCriterion> shouldMeet();

    /**
     * The should-meet score required to proceed.
     *
     * @return the pass score, in [0, 1]
     */
    public abstract double passScore();

    /**
     * How long the gate waits for evidence.
     *
     * @return the budget
     */
    public abstract EvidenceBudget budget();

    /**
     * What the gate does with a criterion still inconclusive when the budget is spent.
     *
     * @return the policy
     */
    public abstract SpentBudgetPolicy whenBudgetSpent();

    /**
     * A builder for a gate of a phase, with the default budget ({@link #DEFAULT_BUDGET}), pass score
     * ({@link #DEFAULT_PASS_SCORE}) and policy ({@link SpentBudgetPolicies#treatAsRefuted()}).
     *
     * @param phase the phase the gate closes
     * @return a new builder
     * @throws InvalidValueException if the phase is null
     */
    public static Builder builder(Phase phase) {
        return new Builder(Checks.notNull(phase, "phase"));
    }

    /**
     * The default gate of a phase, every criterion judged by {@link #DEFAULT_STRATEGY}: Bayesian for rates and counts,
     * Student's t for means, named {@code "bayesian/mean"} in traces. The criteria are those of
     * {@link #defaultFor(Phase, ScoringStrategy)}.
     *
     * @param phase the phase
     * @return the gate
     * @throws InvalidValueException if the phase is null
     */
    public static PhaseGate defaultFor(Phase phase) {
        return defaultFor(phase, DEFAULT_STRATEGY);
    }

    /**
     * The default gate of a phase, built from the customer development method; every criterion judged by the given
     * strategy, with the default budget, pass score and policy.
     *
     * <ul>
     *   <li>Customer Discovery: must-meet customer segment, problem and value proposition; should-meet revenue
     *       (customers will pay to have the problem solved) and channel, weight 1 each.
     *   <li>Customer Validation: must-meet channel (a repeatable sales process; a sales cycle as a numeric criterion
     *       such as a mean of at most 45 days), revenue (pricing, the known buyer), cost structure (the financial
     *       model: unit economics such as LTV/CAC as a mean of at least 3) and a viable chosen audience (a profitable
     *       financial model: {@link GateCriterion#audienceViable(double) the smallest viable audience breaks even}
     *       with probability {@link #DEFAULT_AUDIENCE_PROBABILITY}; record it with
     *       {@link VentureEvent.AudienceChosen}); should-meet customer relationship and value proposition (the
     *       positioning), weight 1 each.
     *   <li>Customer Creation: must-meet {@linkplain GateCriterion#growthAtLeast(double, double) demand growth}
     *       (adoptions, from {@link CohortObservation cohort observations}, grow at least {@link #DEFAULT_GROWTH} per
     *       period with probability {@link #DEFAULT_DEMAND_PROBABILITY}); should-meet, weight 1 each, the customer
     *       relationship area (get, keep and grow customers), {@linkplain GateCriterion#retentionAtLeast(int, double,
     *       double) retention} at cohort age 1 of at least {@link #DEFAULT_RETENTION} and a {@linkplain
     *       GateCriterion#referralsAtLeast(double, double) viral coefficient} of at least
     *       {@link #DEFAULT_VIRAL_COEFFICIENT} (from {@link ReferralObservation referral observations}), each with
     *       probability {@link #DEFAULT_DEMAND_PROBABILITY}: with the default pass score, two of the three. The
     *       diffusion criterion is left out: a Bass fit needs a series past its inflection, which a venture in
     *       Customer Creation rarely has; add {@link GateCriterion#diffusionReaches(double, long, double)} to a gate of
     *       your own when it does.
     *   <li>Company Building: must-meet the team fits execution ({@link GateCriterion#teamFitsMode(Duration) a VP of
     *       Sales, a VP of Marketing and an operations manager hired, Sales, Marketing and Operations departments
     *       established}, and no more than {@link #DEFAULT_BUILDERS_ONLY_LIMIT} of execution with builders only),
     *       key resources and key activities.
     * </ul>
     *
     * Area criteria judge the active hypotheses of the area that are to be validated in the gate's phase; the
     * audience criterion judges the venture's current audience, and the demand criteria the demand evidence of the
     * active hypotheses of the gate's phase; neither uses the strategy.
     *
     * @param phase the phase
     * @param strategy the strategy that judges every criterion, named in the trace by its {@link
     *     ScoringStrategy#name()}
     * @return the gate
     * @throws InvalidValueException if an argument is null or the strategy's name blank
     */
    public static PhaseGate defaultFor(Phase phase, ScoringStrategy strategy) {
        Builder gate = builder(phase);
        switch (phase) {
            case CUSTOMER_DISCOVERY:
                gate.mustMeetAreas(strategy, BusinessModelArea.CUSTOMER_SEGMENT)
                        .mustMeetAreas(strategy, BusinessModelArea.PROBLEM)
                        .mustMeetAreas(strategy, BusinessModelArea.VALUE_PROPOSITION)
                        .shouldMeet(GateCriterion.area(BusinessModelArea.REVENUE, strategy), 1)
                        .shouldMeet(GateCriterion.area(BusinessModelArea.CHANNEL, strategy), 1);
                break;
            case CUSTOMER_VALIDATION:
                gate.mustMeetAreas(strategy, BusinessModelArea.CHANNEL)
                        .mustMeetAreas(strategy, BusinessModelArea.REVENUE)
                        .mustMeetAreas(strategy, BusinessModelArea.COST_STRUCTURE)
                        .mustMeet(GateCriterion.audienceViable(DEFAULT_AUDIENCE_PROBABILITY))
                        .shouldMeet(GateCriterion.area(BusinessModelArea.CUSTOMER_RELATIONSHIP, strategy), 1)
                        .shouldMeet(GateCriterion.area(BusinessModelArea.VALUE_PROPOSITION, strategy), 1);
                break;
            case CUSTOMER_CREATION:
                gate.mustMeet(GateCriterion.growthAtLeast(DEFAULT_GROWTH, DEFAULT_DEMAND_PROBABILITY))
                        .shouldMeet(GateCriterion.area(BusinessModelArea.CUSTOMER_RELATIONSHIP, strategy), 1)
                        .shouldMeet(GateCriterion.retentionAtLeast(1, DEFAULT_RETENTION, DEFAULT_DEMAND_PROBABILITY), 1)
                        .shouldMeet(
                                GateCriterion.referralsAtLeast(DEFAULT_VIRAL_COEFFICIENT, DEFAULT_DEMAND_PROBABILITY),
                                1);
                break;
            case COMPANY_BUILDING:
            default:
                gate.mustMeet(GateCriterion.teamFitsMode(DEFAULT_BUILDERS_ONLY_LIMIT))
                        .mustMeetAreas(strategy, BusinessModelArea.KEY_RESOURCES)
                        .mustMeetAreas(strategy, BusinessModelArea.KEY_ACTIVITIES);
                break;
        }
        return gate.build();
    }

    /**
     * A copy of this gate with another budget.
     *
     * @param budget the budget
     * @return the changed copy
     */
    public abstract PhaseGate withBudget(EvidenceBudget budget);

    /**
     * A copy of this gate with another pass score.
     *
     * @param passScore the pass score, in [0, 1]
     * @return the changed copy
     */
    public abstract PhaseGate withPassScore(double passScore);

    /**
     * A copy of this gate with another spent-budget policy.
     *
     * @param policy the policy
     * @return the changed copy
     */
    public abstract PhaseGate withWhenBudgetSpent(SpentBudgetPolicy policy);

    /**
     * Decides on the venture's evidence: proceed, pivot, persevere or kill, with the trace.
     *
     * @param venture the venture, in this gate's phase
     * @param at when the gate decides; a decision recorded back into the venture must not be earlier than its last
     *     event
     * @return the decision
     * @throws InvalidValueException if an argument is null; if the venture is closed, as no event may follow its
     *     closing and a gate's decision would be advice to a venture that no longer searches (the message names the
     *     closing: {@code venture must not be closed (a closed venture's gates are not evaluated): Closed{at=2026-03-02T09:00:00Z,
     *     reason=out of money}}); if the venture is in another phase; or if a hypothesis criterion names
     *     a hypothesis the venture never stated (neither active nor retired by a pivot); the message names the
     *     criterion and the id: {@code mustMeet[0].hypothesisId must name a hypothesis the venture stated (active, or
     *     retired by a pivot): pricing.monthly-49}
     */
    public GateDecision evaluate(Venture venture, Instant at) {
        Checks.notNull(venture, "venture");
        Checks.notNull(at, "at");
        if (venture.isClosed()) {
            throw InvalidValueException.of(
                    "venture",
                    "must not be closed (a closed venture's gates are not evaluated)",
                    venture.closing().get());
        }
        if (venture.phase() != phase()) {
            throw InvalidValueException.of(
                    "venture.phase", "must be the gate's phase (" + phase() + ")", venture.phase());
        }
        for (int i = 0; i < mustMeet().size(); i++) {
            checkStated(venture, mustMeet().get(i), "mustMeet", i);
        }
        for (int i = 0; i < shouldMeet().size(); i++) {
            checkStated(venture, shouldMeet().get(i).criterion(), "shouldMeet", i);
        }
        boolean spent = budget().isSpent(venture.phaseEvidenceCount(), venture.phaseExperimentCount(), at)
                || venture.runway().isExhausted();
        Judging judging = new Judging(venture, phase(), at);
        Seq<CriterionResult> must = judgeAll(judging, spent);
        Seq<CriterionResult> should = judgeShould(judging, spent);

        double total = 0;
        double met = 0;
        double open = 0;
        for (CriterionResult result : should) {
            total += result.weight();
            if (result.verdict() == Verdict.SUPPORTED) {
                met += result.weight();
            } else if (result.verdict() == Verdict.INCONCLUSIVE) {
                open += result.weight();
            }
        }
        double score = total == 0 ? 1.0 : Math.min(1.0, met / total);
        boolean passes = score >= passScore();

        List<CriterionResult> refuted = new ArrayList<>(2);
        boolean undecided = false;
        for (CriterionResult result : must) {
            if (result.verdict() == Verdict.REFUTED) {
                refuted.add(result);
            } else if (result.verdict() == Verdict.INCONCLUSIVE) {
                undecided = true;
            }
        }
        Trace trace = new Trace(venture, at, must, should, score);
        if (!refuted.isEmpty()) {
            return pivotOrKill(venture, trace, refuted, GateDecision.Rule.MUST_MEET_REFUTED);
        }
        if (undecided) {
            return persevere(venture, trace, must);
        }
        if (passes) {
            return new ImmutableProceed.Builder()
                    .trace(trace.with(GateDecision.Rule.ALL_MET))
                    .build();
        }
        boolean reachable = total > 0 && Math.min(1.0, (met + open) / total) >= passScore();
        if (reachable && !spent) {
            return persevere(venture, trace, should);
        }
        List<CriterionResult> failed = new ArrayList<>(2);
        for (CriterionResult result : should) {
            if (result.verdict() != Verdict.SUPPORTED) {
                failed.add(result);
            }
        }
        return pivotOrKill(venture, trace, failed, GateDecision.Rule.SHOULD_MEET_FAILED);
    }

    /**
     * Refuses a hypothesis criterion naming a hypothesis the venture never stated: it would have nothing to judge for
     * ever, and quietly keep the gate from proceeding.
     */
    private static void checkStated(Venture venture, GateCriterion criterion, String list, int index) {
        if (criterion instanceof GateCriterion.HypothesisSupported hypothesisSupported) {
            HypothesisId id = hypothesisSupported.hypothesisId();
            if (venture.hypothesis(id).isEmpty()) {
                throw InvalidValueException.of(
                        list + '[' + index + "].hypothesisId",
                        "must name a hypothesis the venture stated (active, or retired by a pivot)",
                        id);
            }
        }
    }

    private Seq<CriterionResult> judgeAll(Judging judging, boolean spent) {
        Seq<GateCriterion> criteria = mustMeet();
        List<CriterionResult> results = new ArrayList<>(criteria.size());
        for (GateCriterion criterion : criteria) {
            results.add(judge(judging, criterion, Requirement.MUST_MEET, 1.0, spent));
        }
        return Vector.of(results.toArray(new CriterionResult[0]));
    }

    private Seq<CriterionResult> judgeShould(Judging judging, boolean spent) {
        Seq<WeightedCriterion> criteria = shouldMeet();
        if (criteria.isEmpty()) {
            return Vector.empty();
        }
        List<CriterionResult> results = new ArrayList<>(criteria.size());
        for (WeightedCriterion weighted : criteria) {
            results.add(judge(judging, weighted.criterion(), Requirement.SHOULD_MEET, weighted.weight(), spent));
        }
        return Vector.of(results.toArray(new CriterionResult[0]));
    }

    private CriterionResult judge(
            Judging judging, GateCriterion criterion, Requirement requirement, double weight, boolean spent) {
        CriterionResult result;
        if (criterion instanceof GateCriterion.AudienceViable audience) {
            result = CriterionResult.ofAudience(
                    audience, requirement, weight, judging.venture.audience().map(audience::judge));
        } else if (criterion instanceof GateCriterion.DemandShown demand) {
            result = CriterionResult.ofDemand(demand, requirement, weight, judging.readings(demand));
        } else if (criterion instanceof GateCriterion.TeamFitsMode team) {
            result = CriterionResult.ofTeam(team, requirement, weight, team.judge(judging.venture, judging.at));
        } else {
            result = CriterionResult.of(criterion, requirement, weight, judging.assessments(criterion));
        }
        if (spent && result.verdict() == Verdict.INCONCLUSIVE) {
            // A policy that answers anything but SUPPORTED or REFUTED (null included) is treated as refuting.
            @Nullable Verdict resolved = whenBudgetSpent().resolve(result);
            boolean decisive = resolved != null && resolved.isDecided();
            result = result.resolvedAs(decisive ? resolved : Verdict.REFUTED);
        }
        return result;
    }

    private static Assessment assess(ScoringStrategy strategy, Hypothesis hypothesis, EvidenceLog log) {
        Assessment assessment = log.assessed(strategy, hypothesis);
        if (assessment == null || !assessment.hypothesisId().equals(hypothesis.id())) {
            throw InvalidValueException.of(
                    "assessment",
                    "must be the strategy's assessment of " + hypothesis.id(),
                    assessment == null ? null : assessment.hypothesisId());
        }
        return assessment;
    }

    /** One evaluation's view of the venture: the active hypotheses of the gate's phase, gathered once. */
    private static final class Judging {
        private final Venture venture;
        private final Phase phase;
        private final Instant at;
        private Hypothesis @Nullable [] inPhase;

        Judging(Venture venture, Phase phase, Instant at) {
            this.venture = venture;
            this.phase = phase;
            this.at = at;
        }

        /** The assessments of the hypotheses a hypothesis or area criterion judges, by its strategy. */
        Seq<Assessment> assessments(GateCriterion criterion) {
            EvidenceLog log = venture.evidence();
            if (criterion instanceof GateCriterion.HypothesisSupported one) {
                Seq<Hypothesis> judged = venture.activeFor(one.hypothesisId());
                if (judged.size() == 1) {
                    return Vector.of(assess(one.strategy(), judged.head(), log));
                }
                return judged.map(hypothesis -> assess(one.strategy(), hypothesis, log))
                        .toVector();
            }
            GateCriterion.AreaSupported area = (GateCriterion.AreaSupported) criterion;
            Hypothesis[] inPhase = inPhase();
            int judged = 0;
            for (Hypothesis hypothesis : inPhase) {
                judged += hypothesis.area() == area.area() ? 1 : 0;
            }
            Assessment[] assessments = new Assessment[judged];
            int next = 0;
            for (Hypothesis hypothesis : inPhase) {
                if (hypothesis.area() == area.area()) {
                    assessments[next++] = assess(area.strategy(), hypothesis, log);
                }
            }
            return Vector.of(assessments);
        }

        /**
         * The readings of a demand criterion: one per active hypothesis of the phase whose running demand statistics
         * hold what the criterion reads, in the order the venture stated them.
         */
        Seq<DemandReading> readings(GateCriterion.DemandShown criterion) {
            EvidenceLog log = venture.evidence();
            List<DemandReading> readings = new ArrayList<>(1);
            for (Hypothesis hypothesis : venture.activeHypotheses()) {
                if (hypothesis.phase() != phase) {
                    continue;
                }
                DemandStatistics demand = log.statistics(hypothesis.id()).demand();
                if (criterion.reads(demand)) {
                    readings.add(criterion.judge(hypothesis.id(), demand, venture.audience()));
                }
            }
            return Vector.ofAll(readings);
        }

        /** The active hypotheses of the gate's phase, in the order the venture stated them; gathered once. */
        private Hypothesis[] inPhase() {
            Hypothesis[] gathered = inPhase;
            if (gathered == null) {
                List<Hypothesis> list = new ArrayList<>();
                for (Hypothesis hypothesis : venture.activeHypotheses()) {
                    if (hypothesis.phase() == phase) {
                        list.add(hypothesis);
                    }
                }
                gathered = list.toArray(new Hypothesis[0]);
                inPhase = gathered;
            }
            return gathered;
        }
    }

    private GateDecision persevere(Venture venture, Trace trace, Seq<CriterionResult> results) {
        Ranking ranking = new Ranking();
        List<GateCriterion> missing = new ArrayList<>(1);
        IndexedSeq<CriterionResult> judged = Seqs.indexed(results);
        for (int i = 0; i < judged.size(); i++) {
            CriterionResult result = judged.get(i);
            if (result.verdict() != Verdict.INCONCLUSIVE) {
                continue;
            }
            if (result.isMissing() || result.isTeam()) {
                missing.add(result.criterion());
                continue;
            }
            IndexedSeq<DemandReading> readings = Seqs.indexed(result.demand());
            for (int j = 0; j < readings.size(); j++) {
                DemandReading reading = readings.get(j);
                if (reading.verdict() == Verdict.INCONCLUSIVE && !ranking.isRanked(reading.hypothesisId())) {
                    ranking.add(risk(venture.hypothesis(reading.hypothesisId()).get(), reading));
                }
            }
            IndexedSeq<Assessment> assessments = Seqs.indexed(result.assessments());
            for (int j = 0; j < assessments.size(); j++) {
                Assessment assessment = assessments.get(j);
                if (assessment.verdict() == Verdict.INCONCLUSIVE && !ranking.isRanked(assessment.hypothesisId())) {
                    ranking.add(
                            risk(venture.hypothesis(assessment.hypothesisId()).get(), assessment));
                }
            }
        }
        return new ImmutablePersevere.Builder()
                .trace(trace.with(GateDecision.Rule.UNDECIDED_WITHIN_BUDGET))
                .risks(ranking.riskiestFirst())
                .missing(Vector.of(missing.toArray(new GateCriterion[0])))
                .build();
    }

    /**
     * The risks of the undecided hypotheses, each hypothesis once (its first undecided reading or assessment), ranked
     * riskiest first. A few hypotheses are told apart by a scan; a set takes over beyond {@link #SCANNED}.
     */
    private static final class Ranking {
        private static final int SCANNED = 16;
        private final List<Risk> risks = new ArrayList<>();
        private @Nullable Set<HypothesisId> seen;

        /** Adds the risk of a hypothesis not {@linkplain #isRanked ranked} yet. */
        void add(Risk risk) {
            risks.add(risk);
            if (seen != null) {
                seen.add(risk.hypothesisId());
            } else if (risks.size() > SCANNED) {
                seen = new HashSet<>();
                for (Risk known : risks) {
                    seen.add(known.hypothesisId());
                }
            }
        }

        boolean isRanked(HypothesisId id) {
            if (seen != null) {
                return seen.contains(id);
            }
            for (int i = 0; i < risks.size(); i++) {
                if (risks.get(i).hypothesisId().equals(id)) {
                    return true;
                }
            }
            return false;
        }

        Vector<Risk> riskiestFirst() {
            Risk[] ranked = risks.toArray(new Risk[0]);
            Arrays.sort(ranked, RISKIEST_FIRST);
            return Vector.of(ranked);
        }
    }

    private static final Comparator<Risk> RISKIEST_FIRST = Comparator.comparingDouble(Risk::risk)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Risk::importance).reversed())
            .thenComparing(Risk::hypothesisId);

    /**
     * The risk of a hypothesis whose demand is still undecided: wholly uncertain while no estimate can be made,
     * otherwise {@code 1 - |2P - 1|}, 1 at a probability of one half and 0 at a certain answer.
     */
    private static Risk risk(Hypothesis hypothesis, DemandReading reading) {
        boolean untested = reading.probability().isEmpty();
        double uncertainty =
                untested ? 1.0 : 1.0 - Math.abs(2.0 * reading.probability().get() - 1.0);
        return Risk.of(hypothesis.id(), hypothesis.importance(), uncertainty, untested, Option.none());
    }

    private static Risk risk(Hypothesis hypothesis, Assessment assessment) {
        boolean untested = assessment.sampleSize() == 0;
        Option<Long> more = assessment.expectedAdditionalSample();
        if (more.isEmpty()) {
            long lacking = hypothesis.criterion().minimumSample() - assessment.sampleSize();
            more = lacking > 0 ? Option.some(lacking) : Option.none();
        }
        return Risk.of(
                hypothesis.id(), hypothesis.importance(), untested ? 1.0 : assessment.uncertainty(), untested, more);
    }

    private GateDecision pivotOrKill(
            Venture venture, Trace trace, List<CriterionResult> failed, GateDecision.Rule rule) {
        Set<HypothesisId> refuted = new LinkedHashSet<>();
        List<Assessment> rationale = new ArrayList<>();
        Set<PivotType> suggestions = new LinkedHashSet<>();
        for (CriterionResult result : failed) {
            for (Assessment assessment : result.against()) {
                if (refuted.add(assessment.hypothesisId())) {
                    rationale.add(assessment);
                    venture.hypothesis(assessment.hypothesisId())
                            .forEach(h -> suggestions.addAll(
                                    PivotType.fitting(h.area()).asJava()));
                }
            }
            for (DemandReading reading : result.demand()) {
                if (reading.verdict() != Verdict.SUPPORTED) {
                    venture.hypothesis(reading.hypothesisId())
                            .forEach(h -> suggestions.addAll(
                                    PivotType.fitting(h.area()).asJava()));
                }
            }
            if (result.isTeam()) {
                suggestions.addAll(
                        PivotType.fitting(BusinessModelArea.KEY_RESOURCES).asJava());
            } else if (result.isAudience()) {
                suggestions.addAll(result.viability()
                        .map(PivotType::fitting)
                        .getOrElse(PivotType.SMALL_AUDIENCE)
                        .asJava());
            } else if (result.isMissing()) {
                area(venture, result.criterion())
                        .forEach(a -> suggestions.addAll(PivotType.fitting(a).asJava()));
            }
        }
        Seq<HypothesisId> ids = Vector.ofAll(refuted);
        Seq<Assessment> why = Vector.ofAll(rationale);
        if (venture.pivotsLeft() <= 0 || venture.runway().isExhausted()) {
            GateDecision.Rule kill =
                    venture.pivotsLeft() <= 0 ? GateDecision.Rule.NO_PIVOTS_LEFT : GateDecision.Rule.NO_RUNWAY_LEFT;
            return new ImmutableKill.Builder()
                    .trace(trace.with(kill))
                    .refuted(ids)
                    .rationale(why)
                    .build();
        }
        return new ImmutablePivot.Builder()
                .trace(trace.with(rule))
                .refuted(ids)
                .rationale(why)
                .suggestions(Vector.ofAll(suggestions))
                .returnTo(returnTo(phase()))
                .build();
    }

    private static Option<BusinessModelArea> area(Venture venture, GateCriterion criterion) {
        if (criterion instanceof GateCriterion.AreaSupported areaSupported) {
            return Option.some(areaSupported.area());
        }
        if (criterion instanceof GateCriterion.HypothesisSupported hypothesisSupported) {
            return venture.hypothesis(hypothesisSupported.hypothesisId()).map(Hypothesis::area);
        }
        return Option.none();
    }

    /**
     * The phase a pivot at a gate returns to: Discovery from Discovery and Validation (the customer development loop),
     * otherwise the phase before.
     */
    private static Phase returnTo(Phase phase) {
        return phase == Phase.CUSTOMER_VALIDATION
                ? Phase.CUSTOMER_DISCOVERY
                : phase.previous().getOrElse(phase);
    }

    @Value.Check
    void check() {
        if (mustMeet().isEmpty()) {
            throw InvalidValueException.of("mustMeet", "must hold at least one criterion", mustMeet());
        }
        mustMeet().forEach(c -> Checks.notNull(c, "mustMeet[]"));
        shouldMeet().forEach(c -> Checks.notNull(c, "shouldMeet[]"));
        Seq<GateCriterion> all = mustMeet().appendAll(shouldMeet().map(WeightedCriterion::criterion));
        if (all.distinct().size() != all.size()) {
            throw InvalidValueException.of("criteria", "must not repeat a criterion", all);
        }
        Checks.probability(passScore(), "passScore");
    }

    @Override
    public String toString() {
        return "PhaseGate[" + phase() + ", must meet " + mustMeet().size() + ", should meet "
                + shouldMeet().size() + " (pass " + passScore() + "), " + budget() + ']';
    }

    /** The parts of a trace common to every decision of one evaluation. */
    private final class Trace {
        private final Venture venture;
        private final Instant at;
        private final Seq<CriterionResult> must;
        private final Seq<CriterionResult> should;
        private final double score;

        Trace(Venture venture, Instant at, Seq<CriterionResult> must, Seq<CriterionResult> should, double score) {
            this.venture = venture;
            this.at = at;
            this.must = must;
            this.should = should;
            this.score = score;
        }

        GateTrace with(GateDecision.Rule rule) {
            return new ImmutableGateTrace.Builder()
                    .phase(phase())
                    .evaluatedAt(at)
                    .mustMeet(must)
                    .shouldMeet(should)
                    .shouldMeetScore(score)
                    .passScore(passScore())
                    .budget(budget())
                    .evidenceUsed(venture.phaseEvidenceCount())
                    .experimentsUsed(venture.phaseExperimentCount())
                    .runway(venture.runway())
                    .pivotsUsed(venture.pivotsUsed())
                    .pivotLimit(venture.pivotLimit())
                    .prematureScaling(venture.prematureScaling())
                    .executingSince(venture.mode() == Mode.EXECUTE ? Option.some(venture.modeSince()) : Option.none())
                    .rule(rule)
                    .build();
        }
    }

    /** Builds a {@link PhaseGate}. Not thread-safe: use one builder on one thread. */
    // hand-written on purpose (it builds the criteria lists): not a builder Immutables should extend
    @SuppressWarnings("immutables:incompat")
    public static final class Builder {
        private final Phase phase;
        private Vector<GateCriterion> mustMeet = Vector.empty();
        private Vector<WeightedCriterion> shouldMeet = Vector.empty();
        private double passScore = DEFAULT_PASS_SCORE;
        private EvidenceBudget budget = DEFAULT_BUDGET;
        private SpentBudgetPolicy policy = SpentBudgetPolicies.treatAsRefuted();

        Builder(Phase phase) {
            this.phase = phase;
        }

        /**
         * Adds a must-meet criterion.
         *
         * @param criterion the criterion
         * @return this builder
         */
        public Builder mustMeet(GateCriterion criterion) {
            mustMeet = mustMeet.append(Checks.notNull(criterion, "criterion"));
            return this;
        }

        private Builder mustMeetAreas(ScoringStrategy strategy, BusinessModelArea area) {
            return mustMeet(GateCriterion.area(area, strategy));
        }

        /**
         * Adds a should-meet criterion with its weight.
         *
         * @param criterion the criterion
         * @param weight its weight, finite and &gt; 0
         * @return this builder
         */
        public Builder shouldMeet(GateCriterion criterion, double weight) {
            shouldMeet = shouldMeet.append(WeightedCriterion.of(criterion, weight));
            return this;
        }

        /**
         * Sets the should-meet score required to proceed.
         *
         * @param passScore the pass score, in [0, 1]
         * @return this builder
         */
        public Builder passScore(double passScore) {
            this.passScore = Checks.probability(passScore, "passScore");
            return this;
        }

        /**
         * Sets the evidence budget.
         *
         * @param budget the budget
         * @return this builder
         */
        public Builder budget(EvidenceBudget budget) {
            this.budget = Checks.notNull(budget, "budget");
            return this;
        }

        /**
         * Sets what the gate does with a criterion still inconclusive when the budget is spent.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder whenBudgetSpent(SpentBudgetPolicy policy) {
            this.policy = Checks.notNull(policy, "policy");
            return this;
        }

        /**
         * Builds the gate.
         *
         * @return the gate
         * @throws InvalidValueException if there is no must-meet criterion or a criterion is repeated
         */
        public PhaseGate build() {
            return new ImmutablePhaseGate.Builder()
                    .phase(phase)
                    .mustMeet(mustMeet)
                    .shouldMeet(shouldMeet)
                    .passScore(passScore)
                    .budget(budget)
                    .whenBudgetSpent(policy)
                    .build();
        }
    }
}
