package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Viability;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Texts;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An exit criterion of a phase gate: what must be shown before the venture may leave its phase.
 *
 * <p>The family is closed: {@link HypothesisSupported} (one hypothesis must be supported) and {@link AreaSupported}
 * (every hypothesis of an area of the business model, for the gate's phase, must be supported), each judged by a
 * {@link ScoringStrategy} and named in the trace by the strategy's {@link ScoringStrategy#name()}; and {@link AudienceViable} (the venture's chosen audience must be viable with a required
 * probability, see {@link Audience#viability(double, double)}); and {@link DemandShown} (the demand the venture
 * observed, in {@link CohortObservation cohort} and {@link ReferralObservation referral} evidence, grows, refers,
 * diffuses or retains enough, with a required probability); and {@link TeamFitsMode} (the team fits the venture's
 * mode: operators, departments and processes in execution, and no under-building). A criterion is used as a must-meet criterion of a
 * {@link PhaseGate}, or, with a weight, as a should-meet one ({@link WeightedCriterion}). Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface GateCriterion
        permits GateCriterion.HypothesisSupported,
                GateCriterion.AreaSupported,
                GateCriterion.AudienceViable,
                GateCriterion.DemandShown,
                GateCriterion.TeamFitsMode {

    /**
     * What the criterion asks, in words: {@code "every customer segment hypothesis is supported (bayesian)"}.
     *
     * @return the description
     */
    String describe();

    /**
     * What the criterion judges, in a few words: {@code "a customer segment hypothesis"}, {@code "hypothesis
     * problem.no-shows"}, {@code "an audience"}. A gate names it when the criterion has nothing to judge yet.
     *
     * @return the subject
     */
    String subject();

    /**
     * The criterion that one hypothesis is supported, judged by a strategy; the trace names the strategy by its
     * {@link ScoringStrategy#name()}.
     *
     * <p>If a pivot retired the hypothesis, the criterion judges the active hypotheses that replaced it (by the
     * pivot's lineage), and the trace names them; if there are none, the criterion has nothing to judge and is not
     * met. A gate refuses to evaluate the criterion against a venture that never stated the hypothesis.
     *
     * @param hypothesisId the hypothesis
     * @param strategy the strategy
     * @return the criterion
     * @throws InvalidValueException if an argument is null or the strategy's name blank
     */
    static GateCriterion hypothesis(HypothesisId hypothesisId, ScoringStrategy strategy) {
        Checks.notNull(hypothesisId, "criterion.hypothesisId");
        Checks.notNull(strategy, "criterion.strategy");
        return new HypothesisSupported(hypothesisId, nameOf(strategy), strategy);
    }

    /**
     * The criterion that every active hypothesis of an area, to be validated in the gate's phase, is supported,
     * judged by a strategy; the trace names the strategy by its {@link ScoringStrategy#name()}.
     *
     * <p>An area without such a hypothesis has nothing to judge: the criterion is not met until the venture states
     * one.
     *
     * @param area the area of the business model
     * @param strategy the strategy
     * @return the criterion
     * @throws InvalidValueException if an argument is null or the strategy's name blank
     */
    static GateCriterion area(BusinessModelArea area, ScoringStrategy strategy) {
        Checks.notNull(area, "criterion.area");
        Checks.notNull(strategy, "criterion.strategy");
        return new AreaSupported(area, nameOf(strategy), strategy);
    }

    private static String nameOf(ScoringStrategy strategy) {
        return Checks.notBlank(strategy.name(), "criterion.strategy.name");
    }

    /**
     * The criterion that the venture's current audience (its last {@link VentureEvent.AudienceChosen}) can sustain
     * it: that the audience brings the paying customers needed to break even with at least the required
     * probability.
     *
     * <p>While no audience is chosen the criterion has nothing to judge and is not met; a spent budget then decides it
     * by the gate's {@link SpentBudgetPolicy} (by default: refuted).
     *
     * @param requiredProbability the least probability of viability, in (0, 1]
     * @return the criterion
     * @throws InvalidValueException if the probability is outside (0, 1]
     */
    static AudienceViable audienceViable(double requiredProbability) {
        return audienceViable(requiredProbability, 0.0);
    }

    /**
     * The criterion that the venture's current audience brings the paying customers needed for a target operating
     * margin with at least the required probability; see {@link #audienceViable(double)}.
     *
     * @param requiredProbability the least probability of viability, in (0, 1]
     * @param targetMargin the operating margin (profit over revenue) to reach, in [0, 1); 0 is break-even
     * @return the criterion
     * @throws InvalidValueException if an argument is outside its range
     */
    static AudienceViable audienceViable(double requiredProbability, double targetMargin) {
        return new AudienceViable(Checks.requiredProbability(requiredProbability), Checks.targetMargin(targetMargin));
    }

    /**
     * The criterion that adoptions grow by at least {@code growth} per period with at least the required probability:
     * <i>P(g &ge; growth) &ge; p</i>, the growth rate <i>g</i> of the new customers of each period as
     * {@link DemandStatistics#growth(double)} estimates it from a hypothesis's {@link CohortObservation cohort
     * observations} (see {@link io.github.custdev.demand.GrowthRate#probabilityAtLeast(double)}).
     *
     * <p>Like every {@link DemandShown demand criterion}, it judges each active hypothesis of the gate's phase that
     * holds the evidence it reads, and is met when every one meets it; see {@link DemandShown}.
     *
     * @param growth the least growth per period, finite and &gt; -1 (0.1 for 10%)
     * @param requiredProbability the least probability, in (0, 1]
     * @return the criterion
     * @throws InvalidValueException if an argument is outside its range
     */
    static DemandShown growthAtLeast(double growth, double requiredProbability) {
        Checks.finite(growth, "growth");
        if (growth <= -1.0) {
            throw InvalidValueException.of("growth", "must be > -1", growth);
        }
        return new DemandShown(
                DemandShown.Measure.GROWTH, growth, Checks.requiredProbability(requiredProbability), 0, 0);
    }

    /**
     * The criterion that the viral coefficient <i>k</i>, converted referrals per customer and period, is at least a
     * threshold with at least the required probability: <i>P(k &ge; threshold) &ge; p</i> under the posterior of
     * {@link io.github.custdev.demand.ViralCoefficient}, from a hypothesis's {@link ReferralObservation referral
     * observations}.
     *
     * @param threshold the least viral coefficient, finite and &ge; 0
     * @param requiredProbability the least probability, in (0, 1]
     * @return the criterion
     * @throws InvalidValueException if an argument is outside its range
     */
    static DemandShown referralsAtLeast(double threshold, double requiredProbability) {
        return new DemandShown(
                DemandShown.Measure.REFERRAL,
                Checks.nonNegative(threshold, "threshold"),
                Checks.requiredProbability(requiredProbability),
                0,
                0);
    }

    /**
     * The criterion that the Bass diffusion fitted to a hypothesis's adoptions reaches a share of the venture's chosen
     * audience within a horizon, with at least the required probability: <i>P(m F(T + h) &ge; share &times; R)
     * &ge; p</i>, <i>T</i> the periods observed, <i>h</i> the horizon and <i>R</i> the {@linkplain
     * io.github.custdev.audience.Audience#reachableSize() reachable size} of the current audience, by the delta method
     * of {@link io.github.custdev.demand.BassFit#probabilityToReach(double, long)}. While no audience is chosen, or
     * the adoptions cannot be fitted, the criterion is not met and says why.
     *
     * @param share the share of the audience to reach, in (0, 1]
     * @param horizon the periods after the last observed, &ge; 0
     * @param requiredProbability the least probability, in (0, 1]
     * @return the criterion
     * @throws InvalidValueException if an argument is outside its range
     */
    static DemandShown diffusionReaches(double share, long horizon, double requiredProbability) {
        if (!(share > 0.0 && share <= 1.0)) {
            throw InvalidValueException.of("share", "must be in (0, 1]", share);
        }
        return new DemandShown(
                DemandShown.Measure.DIFFUSION,
                share,
                Checks.requiredProbability(requiredProbability),
                0,
                Checks.nonNegative(horizon, "horizon"));
    }

    /**
     * The criterion that the retention at a cohort age is at least a floor with at least the required probability:
     * <i>P(r<sub>age</sub> &ge; floor) &ge; p</i> under the Beta posterior of {@link
     * io.github.custdev.demand.Retention} with {@linkplain BetaPrior#jeffreys() Jeffreys' prior}, pooled over the
     * cohorts a hypothesis's {@link CohortObservation cohort observations} followed to that age.
     *
     * @param age the cohort age, in periods, &ge; 1
     * @param floor the least retention, in [0, 1]
     * @param requiredProbability the least probability, in (0, 1]
     * @return the criterion
     * @throws InvalidValueException if an argument is outside its range
     */
    static DemandShown retentionAtLeast(int age, double floor, double requiredProbability) {
        Checks.positive(age, "age");
        return new DemandShown(
                DemandShown.Measure.RETENTION,
                Checks.probability(floor, "floor"),
                Checks.requiredProbability(requiredProbability),
                age,
                0);
    }

    /**
     * The criterion that the team fits the venture's mode: in execution, the operator roles the business model needs
     * are hired, the departments that run its processes are established ({@link VentureEvent.DepartmentEstablished}),
     * and the venture has not kept builders only for longer than allowed since it moved from search to execute
     * ({@link UnderBuilding}); while searching, no executor was hired ({@link PrematureScaling}). See {@link TeamFit}
     * for the verdict.
     *
     * @param roles the operator roles the model needs, not empty, each an {@link Mode#EXECUTE executor}, none twice
     * @param departments the names of the departments the model needs, none blank, none twice; may be empty
     * @param buildersOnlyLimit the longest time the venture may execute with builders only; not negative
     * @return the criterion
     * @throws InvalidValueException if an argument is null or breaks its rule; the message names it, as {@code
     *     criterion.roles[1] must be an executor role (operators run what builders found): Engineer (SEARCH)}
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    static TeamFitsMode teamFitsMode(Iterable<Role> roles, Iterable<String> departments, Duration buildersOnlyLimit) {
        Checks.notNull(roles, "criterion.roles");
        Checks.notNull(departments, "criterion.departments");
        List<Role> needed = new ArrayList<>();
        for (Role role : roles) {
            String field = "criterion.roles[" + needed.size() + "]";
            Checks.notNull(role, field);
            if (!role.isExecutor()) {
                throw InvalidValueException.of(
                        field, "must be an executor role (operators run what builders found)", role);
            }
            if (needed.contains(role)) {
                throw InvalidValueException.of(field, "must not repeat a role", role);
            }
            needed.add(role);
        }
        if (needed.isEmpty()) {
            throw InvalidValueException.of("criterion.roles", "must not be empty", "[]");
        }
        List<String> names = new ArrayList<>();
        for (String name : departments) {
            String field = "criterion.departments[" + names.size() + "]";
            Checks.notBlank(name, field);
            if (names.contains(name)) {
                throw InvalidValueException.of(field, "must not repeat a department", name);
            }
            names.add(name);
        }
        Checks.notNull(buildersOnlyLimit, "criterion.buildersOnlyLimit");
        if (buildersOnlyLimit.isNegative()) {
            throw InvalidValueException.of("criterion.buildersOnlyLimit", "must not be negative", buildersOnlyLimit);
        }
        return new TeamFitsMode(Vector.ofAll(needed), Vector.ofAll(names), buildersOnlyLimit);
    }

    /**
     * The criterion that the team fits the venture's mode with the operators and departments of customer
     * development's Company Building: a {@link Role#VP_SALES VP of Sales}, a {@link Role#VP_MARKETING VP of
     * Marketing} and an {@link Role#OPERATIONS_MANAGER operations manager}, with departments named {@code "Sales"},
     * {@code "Marketing"} and {@code "Operations"}; see {@link #teamFitsMode(Iterable, Iterable, Duration)}.
     *
     * @param buildersOnlyLimit the longest time the venture may execute with builders only; not negative
     * @return the criterion
     * @throws InvalidValueException if the limit is null or negative
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    static TeamFitsMode teamFitsMode(Duration buildersOnlyLimit) {
        return teamFitsMode(
                Vector.of(Role.VP_SALES, Role.VP_MARKETING, Role.OPERATIONS_MANAGER),
                Vector.of("Sales", "Marketing", "Operations"),
                buildersOnlyLimit);
    }

    /**
     * The criterion that one hypothesis is supported under a named strategy. Immutable and thread-safe.
     */
    final class HypothesisSupported implements GateCriterion {
        private final HypothesisId hypothesisId;
        private final String strategyName;
        private final ScoringStrategy strategy;

        private HypothesisSupported(HypothesisId hypothesisId, String strategyName, ScoringStrategy strategy) {
            this.hypothesisId = hypothesisId;
            this.strategyName = strategyName;
            this.strategy = strategy;
        }

        /**
         * The hypothesis that must be supported.
         *
         * @return its id
         */
        public HypothesisId hypothesisId() {
            return hypothesisId;
        }

        /**
         * The name of the scoring strategy that judges the criterion, as the trace shows it: the strategy's
         * {@link ScoringStrategy#name()}, {@code "bayesian"}.
         *
         * @return the name, not blank
         */
        public String strategyName() {
            return strategyName;
        }

        /**
         * The scoring strategy that judges the criterion.
         *
         * @return the strategy
         */
        public ScoringStrategy strategy() {
            return strategy;
        }

        @Override
        public String describe() {
            return "hypothesis " + hypothesisId + " is supported (" + strategyName + ')';
        }

        @Override
        public String subject() {
            return "hypothesis " + hypothesisId;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof HypothesisSupported that)) {
                return false;
            }
            return hypothesisId.equals(that.hypothesisId)
                    && strategyName.equals(that.strategyName)
                    && strategy.equals(that.strategy);
        }

        @Override
        public int hashCode() {
            return (31 * hypothesisId.hashCode() + strategyName.hashCode()) * 31 + strategy.hashCode();
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * The criterion that every active hypothesis of an area, for the gate's phase, is supported under a named
     * strategy. Immutable and thread-safe.
     */
    final class AreaSupported implements GateCriterion {
        private final BusinessModelArea area;
        private final String strategyName;
        private final ScoringStrategy strategy;

        private AreaSupported(BusinessModelArea area, String strategyName, ScoringStrategy strategy) {
            this.area = area;
            this.strategyName = strategyName;
            this.strategy = strategy;
        }

        /**
         * The area whose hypotheses must all be supported.
         *
         * @return the area
         */
        public BusinessModelArea area() {
            return area;
        }

        /**
         * The name of the scoring strategy that judges the criterion, as the trace shows it: the strategy's
         * {@link ScoringStrategy#name()}, {@code "bayesian"}.
         *
         * @return the name, not blank
         */
        public String strategyName() {
            return strategyName;
        }

        /**
         * The scoring strategy that judges the criterion.
         *
         * @return the strategy
         */
        public ScoringStrategy strategy() {
            return strategy;
        }

        @Override
        public String describe() {
            return "every " + Texts.words(area) + " hypothesis is supported (" + strategyName + ')';
        }

        @Override
        public String subject() {
            return "a " + Texts.words(area) + " hypothesis";
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof AreaSupported that)) {
                return false;
            }
            return area == that.area && strategyName.equals(that.strategyName) && strategy.equals(that.strategy);
        }

        @Override
        public int hashCode() {
            return (31 * area.hashCode() + strategyName.hashCode()) * 31 + strategy.hashCode();
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * The criterion that the venture's chosen audience is viable: that it brings the paying customers needed to break
     * even (or to reach a target operating margin) with at least a required probability. Immutable and thread-safe.
     */
    final class AudienceViable implements GateCriterion {
        private final double requiredProbability;
        private final double targetMargin;

        private AudienceViable(double requiredProbability, double targetMargin) {
            this.requiredProbability = requiredProbability;
            this.targetMargin = targetMargin;
        }

        /**
         * The least probability that the audience brings the customers needed.
         *
         * @return the probability, in (0, 1]
         */
        public double requiredProbability() {
            return requiredProbability;
        }

        /**
         * The operating margin the customers must bring: 0 for break-even.
         *
         * @return the target margin, in [0, 1)
         */
        public double targetMargin() {
            return targetMargin;
        }

        /**
         * Judges an audience by this criterion: {@code audience.viability(requiredProbability(), targetMargin())}.
         *
         * @param audience the audience
         * @return its viability, with the reason
         * @throws InvalidValueException if the audience is null
         */
        public Viability judge(Audience audience) {
            return Checks.notNull(audience, "audience").viability(requiredProbability, targetMargin);
        }

        @Override
        public String describe() {
            return "the chosen audience is viable with probability >= " + Texts.decimal(requiredProbability)
                    + (targetMargin == 0.0
                            ? " (break-even)"
                            : " (a " + Texts.percent(targetMargin) + " operating margin)");
        }

        @Override
        public String subject() {
            return "an audience";
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof AudienceViable that)) {
                return false;
            }
            return Double.compare(requiredProbability, that.requiredProbability) == 0
                    && Double.compare(targetMargin, that.targetMargin) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(requiredProbability) + Double.hashCode(targetMargin);
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * The criterion that the demand a venture observed is strong enough: its adoptions grow, its customers refer,
     * its diffusion reaches the audience, or its cohorts stay, each with a required probability, as estimated by the
     * estimators of {@link io.github.custdev.demand} from the running {@link DemandStatistics} of the evidence.
     *
     * <p>The criterion judges every active hypothesis of the gate's phase whose evidence holds what it reads (cohort
     * observations for growth, diffusion and retention; referral observations for the viral coefficient), each
     * separately, as a {@link DemandReading}: supported when the probability reaches the required one <i>p</i>,
     * refuted when it is at most <i>1 - p</i>, inconclusive in between or when no estimate can be made (then the
     * reading says why). The criterion is met when every reading is, refuted when any is, and has nothing to judge
     * while no hypothesis holds such evidence; a spent budget decides what stays inconclusive, as for every criterion.
     * Immutable and thread-safe.
     */
    final class DemandShown implements GateCriterion {
        /** The level of the intervals the readings quote; the probabilities do not depend on it. */
        private static final double LEVEL = 0.95;

        /** What a demand criterion measures. */
        public enum Measure {
            /** The growth rate of adoptions per period. */
            GROWTH,
            /** The viral coefficient: converted referrals per customer and period. */
            REFERRAL,
            /** The share of the chosen audience the fitted Bass diffusion reaches within a horizon. */
            DIFFUSION,
            /** The retention at a cohort age. */
            RETENTION
        }

        private final Measure measure;
        private final double threshold;
        private final double requiredProbability;
        private final int age;
        private final long horizon;

        private DemandShown(Measure measure, double threshold, double requiredProbability, int age, long horizon) {
            this.measure = measure;
            this.threshold = threshold;
            this.requiredProbability = requiredProbability;
            this.age = age;
            this.horizon = horizon;
        }

        /**
         * What the criterion measures.
         *
         * @return the measure
         */
        public Measure measure() {
            return measure;
        }

        /**
         * The least value the measure must reach: a growth per period, a viral coefficient, a share of the audience, or
         * a retention.
         *
         * @return the threshold
         */
        public double threshold() {
            return threshold;
        }

        /**
         * The least probability with which the measure must reach the threshold.
         *
         * @return the probability, in (0, 1]
         */
        public double requiredProbability() {
            return requiredProbability;
        }

        /**
         * The cohort age whose retention is judged.
         *
         * @return the age, &ge; 1, for a retention criterion; 0 otherwise
         */
        public int age() {
            return age;
        }

        /**
         * The periods after the last observed within which the diffusion must reach its share.
         *
         * @return the horizon, for a diffusion criterion; 0 otherwise
         */
        public long horizon() {
            return horizon;
        }

        /**
         * Whether the criterion reads these demand statistics: cohort observations for growth, diffusion and
         * retention; referral observations for the viral coefficient.
         *
         * @param demand the statistics
         * @return {@code true} when they hold the observations the criterion reads
         * @throws InvalidValueException if the statistics are null
         */
        public boolean reads(DemandStatistics demand) {
            Checks.notNull(demand, "demand");
            return measure == Measure.REFERRAL ? demand.referralObservations() > 0 : demand.cohortObservations() > 0;
        }

        /**
         * Reads one hypothesis's demand evidence by this criterion.
         *
         * @param hypothesisId the hypothesis
         * @param demand the running statistics of its demand evidence
         * @param audience the venture's chosen audience, which a diffusion criterion needs; none while none is chosen
         * @return the reading, with its probability and reason; inconclusive with the reason when no estimate can be
         *     made
         * @throws InvalidValueException if an argument is null
         */
        public DemandReading judge(HypothesisId hypothesisId, DemandStatistics demand, Option<Audience> audience) {
            Checks.notNull(hypothesisId, "hypothesisId");
            Checks.notNull(demand, "demand");
            Checks.notNull(audience, "audience");
            Either<String, Reading> read;
            switch (measure) {
                case GROWTH:
                    read = demand.growth(LEVEL)
                            .map(g -> new Reading(
                                    g.probabilityAtLeast(threshold),
                                    "growth " + Texts.percent(g.rate().value()) + " per period over "
                                            + demand.cohortObservations() + " periods; P(growth >= "
                                            + Texts.percent(threshold) + ")"));
                    break;
                case REFERRAL:
                    read = demand.viralCoefficient(LEVEL)
                            .map(k -> new Reading(
                                    k.probabilityAtLeast(threshold),
                                    "k " + Texts.decimal(k.estimate().value()) + " (" + k.converted()
                                            + " converted per " + k.customers() + " customers); P(k >= "
                                            + Texts.decimal(threshold) + ")"));
                    break;
                case RETENTION:
                    read = demand.retention(age, BetaPrior.jeffreys(), LEVEL)
                            .map(r -> new Reading(
                                    r.probabilityAtLeast(threshold),
                                    "retention at age " + age + " "
                                            + Texts.percent(r.estimate().value()) + " ("
                                            + r.retained() + " of " + r.exposed() + "); P(retention >= "
                                            + Texts.percent(threshold) + ")"));
                    break;
                case DIFFUSION:
                default:
                    read = audience.toEither("no audience chosen")
                            .flatMap(chosen -> demand.fitBass()
                                    .mapLeft(why -> "no Bass fit: " + why)
                                    .map(fit -> {
                                        double target = threshold * chosen.reachableSize();
                                        long period = fit.periods() + horizon;
                                        return new Reading(
                                                fit.probabilityToReach(target, period),
                                                fit.diffusion() + " fitted to " + fit.periods()
                                                        + " periods; P(adopters by period " + period + " >= "
                                                        + Texts.decimal(target) + ", "
                                                        + Texts.percent(threshold) + " of '" + chosen.name()
                                                        + "')");
                                    }));
                    break;
            }
            if (read.isLeft()) {
                return new DemandReading(hypothesisId, Verdict.INCONCLUSIVE, Option.none(), read.getLeft());
            }
            double probability = read.get().probability;
            Verdict verdict;
            String comparison;
            if (probability >= requiredProbability) {
                verdict = Verdict.SUPPORTED;
                comparison = " >= ";
            } else if (probability <= 1.0 - requiredProbability) {
                verdict = Verdict.REFUTED;
                comparison = " <= 1 - ";
            } else {
                verdict = Verdict.INCONCLUSIVE;
                comparison = " < ";
            }
            return new DemandReading(
                    hypothesisId,
                    verdict,
                    Option.some(probability),
                    read.get().text + " = " + String.format(Locale.ROOT, "%.3f", probability) + comparison
                            + Texts.decimal(requiredProbability));
        }

        /** A probability and the words that lead to it. */
        private static final class Reading {
            final double probability;
            final String text;

            Reading(double probability, String text) {
                this.probability = probability;
                this.text = text;
            }
        }

        @Override
        public String describe() {
            String probability = " with probability >= " + Texts.decimal(requiredProbability);
            switch (measure) {
                case GROWTH:
                    return "adoptions grow at least " + Texts.percent(threshold) + " per period" + probability;
                case REFERRAL:
                    return "the viral coefficient k is at least " + Texts.decimal(threshold) + probability;
                case RETENTION:
                    return "retention at cohort age " + age + " is at least " + Texts.percent(threshold) + probability;
                case DIFFUSION:
                default:
                    return "the fitted Bass diffusion reaches " + Texts.percent(threshold)
                            + " of the chosen audience within " + horizon + " periods" + probability;
            }
        }

        @Override
        public String subject() {
            return measure == Measure.REFERRAL ? "referral observations" : "cohort observations";
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof DemandShown that)) {
                return false;
            }
            return measure == that.measure
                    && Double.compare(threshold, that.threshold) == 0
                    && Double.compare(requiredProbability, that.requiredProbability) == 0
                    && age == that.age
                    && horizon == that.horizon;
        }

        @Override
        public int hashCode() {
            return Objects.hash(measure, threshold, requiredProbability, age, horizon);
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * The criterion that the team fits the venture's mode: operators in the roles the model needs, departments in
     * place and no under-building in execution; builders only while searching. Immutable and thread-safe.
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    final class TeamFitsMode implements GateCriterion {
        private final Seq<Role> roles;
        private final Seq<String> departments;
        private final Duration buildersOnlyLimit;

        private TeamFitsMode(Seq<Role> roles, Seq<String> departments, Duration buildersOnlyLimit) {
            this.roles = roles;
            this.departments = departments;
            this.buildersOnlyLimit = buildersOnlyLimit;
        }

        /**
         * The operator roles the model needs.
         *
         * @return the roles, not empty
         */
        public Seq<Role> roles() {
            return roles;
        }

        /**
         * The departments the model needs, by name.
         *
         * @return the names
         */
        public Seq<String> departments() {
            return departments;
        }

        /**
         * The longest time the venture may execute with builders only.
         *
         * @return the limit, not negative
         */
        public Duration buildersOnlyLimit() {
            return buildersOnlyLimit;
        }

        /**
         * Judges a venture's team by this criterion at an instant.
         *
         * @param venture the venture
         * @param at when it is judged (a gate's decision instant)
         * @return the fit, with its reason
         * @throws InvalidValueException if an argument is null
         */
        public TeamFit judge(Venture venture, Instant at) {
            Checks.notNull(venture, "venture");
            Checks.notNull(at, "at");
            if (venture.mode() == Mode.SEARCH) {
                return TeamFit.of(
                        Mode.SEARCH,
                        Vector.empty(),
                        Vector.empty(),
                        io.vavr.control.Option.none(),
                        venture.prematureScaling());
            }
            Seq<Role> team = venture.team();
            Seq<String> established = venture.departments().map(VentureEvent.DepartmentEstablished::department);
            return TeamFit.of(
                    Mode.EXECUTE,
                    roles.filter(role -> !team.contains(role)),
                    departments.filter(name -> !established.contains(name)),
                    venture.underBuilding(buildersOnlyLimit, at),
                    venture.prematureScaling());
        }

        @Override
        public String describe() {
            return "the team fits execution: operators " + roles.map(Role::name).mkString(", ")
                    + (departments.isEmpty() ? "" : "; departments " + departments.mkString(", "))
                    + "; builders only for at most " + buildersOnlyLimit;
        }

        @Override
        public String subject() {
            return "the team";
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof TeamFitsMode that)) {
                return false;
            }
            return roles.equals(that.roles)
                    && departments.equals(that.departments)
                    && buildersOnlyLimit.equals(that.buildersOnlyLimit);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roles, departments, buildersOnlyLimit);
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
