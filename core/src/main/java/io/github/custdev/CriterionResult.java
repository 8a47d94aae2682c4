package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.audience.Viability;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Seqs;
import io.github.custdev.internal.Texts;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One line of a gate's trace: an exit criterion, what it judged (the hypotheses with their assessments, or the chosen
 * audience with its viability), what the evidence says, and the verdict the gate used.
 *
 * <p>The {@link #evidenceVerdict()} is what the judged things say together. For a hypothesis or area criterion:
 * supported when every judged hypothesis is supported, refuted when any is refuted, inconclusive otherwise, and
 * inconclusive when there is nothing to judge (the criterion {@link #isMissing() is missing} a hypothesis). For an
 * {@link GateCriterion.AudienceViable audience criterion}: supported when the audience is viable with the required
 * probability, refuted when it is not, and inconclusive while no audience is chosen. For a
 * {@link GateCriterion.DemandShown demand criterion}: supported when every {@link #demand() reading} is, refuted when
 * any is, inconclusive otherwise and while no hypothesis holds the demand evidence it reads. The {@link #verdict()} the gate
 * decides on is the same, except when the evidence budget was spent on an inconclusive criterion: then the gate's
 * {@link SpentBudgetPolicy} decided it, and {@link #isResolvedByPolicy()} says so. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CriterionResult {

    /** Whether a criterion must be met or should be met. */
    public enum Requirement {
        /** Every must-meet criterion must be supported before the venture proceeds. */
        MUST_MEET,
        /** Should-meet criteria add their weight to the should-meet score. */
        SHOULD_MEET
    }

    CriterionResult() {}

    /**
     * The criterion.
     *
     * @return the criterion
     */
    public abstract GateCriterion criterion();

    /**
     * Whether the criterion must or should be met.
     *
     * @return the requirement
     */
    public abstract Requirement requirement();

    /**
     * The criterion's weight in the should-meet score; 1 for a must-meet criterion.
     *
     * @return the weight, finite and &gt; 0
     */
    public abstract double weight();

    /**
     * The assessments of the hypotheses the criterion judged, in the order the venture stated them; empty when it
     * had nothing to judge.
     *
     * @return the assessments
     */
    public abstract Seq<Assessment> assessments();

    /**
     * The viability of the venture's chosen audience, judged by an {@link GateCriterion.AudienceViable audience
     * criterion}, with its reason.
     *
     * @return the viability; none for a hypothesis or area criterion, and while no audience is chosen
     */
    @Value.Default
    public Option<Viability> viability() {
        return Option.none();
    }

    /**
     * The readings of a {@link GateCriterion.DemandShown demand criterion}: one per active hypothesis of the gate's
     * phase that holds the demand evidence it reads, in the order the venture stated them.
     *
     * @return the readings; empty for any other criterion, and while no hypothesis holds such evidence
     */
    @Value.Default
    public Seq<DemandReading> demand() {
        return Vector.empty();
    }

    /**
     * How the venture's team fits its mode, judged by a {@link GateCriterion.TeamFitsMode team criterion}.
     *
     * @return the fit; none for every other criterion
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    @Value.Default
    public Option<TeamFit> teamFit() {
        return Option.none();
    }

    /**
     * What the evidence says, from the assessments alone.
     *
     * @return supported, refuted or inconclusive
     */
    public abstract Verdict evidenceVerdict();

    /**
     * The verdict the gate decided on: the evidence verdict, or the policy's when the budget was spent on an
     * inconclusive criterion.
     *
     * @return the verdict
     */
    public abstract Verdict verdict();

    /**
     * Whether the gate's spent-budget policy decided this criterion.
     *
     * @return {@code true} when the evidence was inconclusive, the budget spent, and the policy decided
     */
    @Value.Default
    public boolean isResolvedByPolicy() {
        return false;
    }

    /**
     * The result for a criterion, with the verdict the evidence gives.
     *
     * @param criterion the criterion
     * @param requirement must or should meet
     * @param weight the weight; 1 for a must-meet criterion
     * @param assessments the assessments of the judged hypotheses
     * @return the result
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static CriterionResult of(
            GateCriterion criterion, Requirement requirement, double weight, Seq<Assessment> assessments) {
        Verdict verdict = combine(Checks.notNull(assessments, "assessments"));
        return new ImmutableCriterionResult.Builder()
                .criterion(Checks.notNull(criterion, "criterion"))
                .requirement(Checks.notNull(requirement, "requirement"))
                .weight(weight)
                .assessments(assessments)
                .evidenceVerdict(verdict)
                .verdict(verdict)
                .build();
    }

    /**
     * The result for an audience criterion, with the verdict the chosen audience's viability gives: supported when
     * viable, refuted when not, inconclusive when no audience is chosen.
     *
     * @param criterion the audience criterion
     * @param requirement must or should meet
     * @param weight the weight; 1 for a must-meet criterion
     * @param viability the chosen audience's viability, judged by the criterion ({@link
     *     GateCriterion.AudienceViable#judge}); none when no audience is chosen
     * @return the result
     * @throws InvalidValueException if an argument breaks its rule, or the viability was judged with another required
     *     probability or target margin than the criterion's
     */
    public static CriterionResult ofAudience(
            GateCriterion.AudienceViable criterion,
            Requirement requirement,
            double weight,
            Option<Viability> viability) {
        Verdict verdict = verdictOf(Checks.notNull(viability, "viability"));
        return new ImmutableCriterionResult.Builder()
                .criterion(Checks.notNull(criterion, "criterion"))
                .requirement(Checks.notNull(requirement, "requirement"))
                .weight(weight)
                .assessments(Vector.empty())
                .viability(viability)
                .evidenceVerdict(verdict)
                .verdict(verdict)
                .build();
    }

    /**
     * The result for a demand criterion, with the verdict its readings give: supported when every reading is,
     * refuted when any is, inconclusive otherwise or when there are none.
     *
     * @param criterion the demand criterion
     * @param requirement must or should meet
     * @param weight the weight; 1 for a must-meet criterion
     * @param readings the readings of the hypotheses that hold the demand evidence the criterion reads
     * @return the result
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static CriterionResult ofDemand(
            GateCriterion.DemandShown criterion, Requirement requirement, double weight, Seq<DemandReading> readings) {
        Verdict verdict = combineReadings(Checks.notNull(readings, "readings"));
        return new ImmutableCriterionResult.Builder()
                .criterion(Checks.notNull(criterion, "criterion"))
                .requirement(Checks.notNull(requirement, "requirement"))
                .weight(weight)
                .assessments(Vector.empty())
                .demand(readings)
                .evidenceVerdict(verdict)
                .verdict(verdict)
                .build();
    }

    /**
     * The result for a team criterion, with the verdict the team's fit gives ({@link TeamFit#verdict()}).
     *
     * @param criterion the team criterion
     * @param requirement must or should meet
     * @param weight the weight; 1 for a must-meet criterion
     * @param teamFit the team's fit, judged by the criterion ({@link GateCriterion.TeamFitsMode#judge})
     * @return the result
     * @throws InvalidValueException if an argument breaks its rule
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static CriterionResult ofTeam(
            GateCriterion.TeamFitsMode criterion, Requirement requirement, double weight, TeamFit teamFit) {
        Verdict verdict = Checks.notNull(teamFit, "teamFit").verdict();
        return new ImmutableCriterionResult.Builder()
                .criterion(Checks.notNull(criterion, "criterion"))
                .requirement(Checks.notNull(requirement, "requirement"))
                .weight(weight)
                .assessments(Vector.empty())
                .teamFit(Option.some(teamFit))
                .evidenceVerdict(verdict)
                .verdict(verdict)
                .build();
    }

    private static Verdict combineReadings(Seq<DemandReading> readings) {
        return combineVerdicts(readings, "readings", DemandReading::verdict);
    }

    /**
     * Supported when every item is, refuted when any is, inconclusive otherwise or when there are none. Every item is
     * checked for null before any decides, so that a refuted one never hides a null after it.
     */
    private static <T> Verdict combineVerdicts(Seq<T> items, String field, Function<T, Verdict> verdictOf) {
        // by index: the items are a Vector, whose iterator is an allocation on the gate's hottest path
        IndexedSeq<T> indexed = Seqs.indexed(items);
        int size = indexed.size();
        boolean refuted = false;
        boolean allSupported = true;
        for (int index = 0; index < size; index++) {
            T item = indexed.get(index);
            if (item == null) {
                throw InvalidValueException.ofNull(field + "[" + index + "]");
            }
            Verdict verdict = verdictOf.apply(item);
            refuted |= verdict == Verdict.REFUTED;
            allSupported &= verdict == Verdict.SUPPORTED;
        }
        if (refuted) {
            return Verdict.REFUTED;
        }
        return size > 0 && allSupported ? Verdict.SUPPORTED : Verdict.INCONCLUSIVE;
    }

    private static Verdict verdictOf(Option<Viability> viability) {
        if (viability.isEmpty()) {
            return Verdict.INCONCLUSIVE;
        }
        return Checks.notNull(viability.get(), "viability").isViable() ? Verdict.SUPPORTED : Verdict.REFUTED;
    }

    /**
     * This result decided by a spent-budget policy.
     *
     * @param verdict the policy's verdict, supported or refuted
     * @return the resolved copy
     * @throws InvalidValueException if this result is already decided or resolved, or the verdict is inconclusive
     */
    public CriterionResult resolvedAs(Verdict verdict) {
        Checks.notNull(verdict, "verdict");
        if (evidenceVerdict().isDecided() || isResolvedByPolicy()) {
            throw InvalidValueException.of(
                    "verdict",
                    "can only resolve an inconclusive criterion, once, not a "
                            + (isResolvedByPolicy() ? "resolved " : "")
                            + verdict(),
                    verdict);
        }
        if (!verdict.isDecided()) {
            throw InvalidValueException.of("verdict", "must be SUPPORTED or REFUTED", verdict);
        }
        return new ImmutableCriterionResult.Builder()
                .criterion(criterion())
                .requirement(requirement())
                .weight(weight())
                .assessments(assessments())
                .viability(viability())
                .demand(demand())
                .teamFit(teamFit())
                .evidenceVerdict(evidenceVerdict())
                .verdict(verdict)
                .isResolvedByPolicy(true)
                .build();
    }

    /**
     * The verdict of several assessments taken together: supported when all are, refuted when any is, inconclusive
     * otherwise or when there are none.
     *
     * @param assessments the assessments
     * @return the combined verdict
     * @throws InvalidValueException if the assessments are null or hold a null
     */
    static Verdict combine(Seq<Assessment> assessments) {
        return combineVerdicts(Checks.notNull(assessments, "assessments"), "assessments", Assessment::verdict);
    }

    /**
     * Whether the criterion had nothing to judge: no active hypothesis of its area for the gate's phase, no active
     * hypothesis by its id, for an audience criterion, no audience chosen, or for a demand criterion, no hypothesis
     * holding the demand evidence it reads.
     *
     * @return {@code true} when nothing was judged
     */
    public boolean isMissing() {
        if (isDemand()) {
            return demand().isEmpty();
        }
        if (isTeam()) {
            return false;
        }
        return isAudience() ? viability().isEmpty() : assessments().isEmpty();
    }

    /**
     * Whether the criterion judges demand evidence rather than hypotheses' assessments.
     *
     * @return {@code true} for a {@link GateCriterion.DemandShown demand criterion}
     */
    public boolean isDemand() {
        return criterion() instanceof GateCriterion.DemandShown;
    }

    /**
     * Whether the criterion judges the venture's team rather than hypotheses or an audience.
     *
     * @return {@code true} for a {@link GateCriterion.TeamFitsMode team criterion}
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public boolean isTeam() {
        return criterion() instanceof GateCriterion.TeamFitsMode;
    }

    /**
     * Whether the criterion judges the chosen audience rather than hypotheses.
     *
     * @return {@code true} for an {@link GateCriterion.AudienceViable audience criterion}
     */
    public boolean isAudience() {
        return criterion() instanceof GateCriterion.AudienceViable;
    }

    /**
     * Whether the gate counted the criterion as met.
     *
     * @return {@code true} when the verdict is supported
     */
    public boolean isMet() {
        return verdict() == Verdict.SUPPORTED;
    }

    /**
     * The assessments that count against the criterion: the refuted ones, or, when a policy refuted an inconclusive
     * criterion, the inconclusive ones. An audience criterion has none: its {@link #viability()} says why.
     *
     * @return the assessments against; empty unless the verdict is refuted
     */
    public Seq<Assessment> against() {
        if (verdict() != Verdict.REFUTED) {
            return Vector.empty();
        }
        Verdict wanted = isResolvedByPolicy() ? Verdict.INCONCLUSIVE : Verdict.REFUTED;
        return assessments().filter(a -> a.verdict() == wanted);
    }

    @Value.Check
    void check() {
        Checks.positive(weight(), "weight");
        if (requirement() == Requirement.MUST_MEET && weight() != 1.0) {
            throw InvalidValueException.of("weight", "must be 1 for a must-meet criterion", weight());
        }
        Verdict combined;
        if (!isDemand() && !demand().isEmpty()) {
            throw InvalidValueException.of(
                    "demand", "must be empty for a criterion that is not a demand criterion", demand());
        }
        if (isDemand()) {
            if (!assessments().isEmpty()) {
                throw InvalidValueException.of("assessments", "must be empty for a demand criterion", assessments());
            }
            if (viability().isDefined()) {
                throw InvalidValueException.of("viability", "must be empty for a demand criterion", viability());
            }
            combined = combineReadings(demand());
        } else if (isTeam()) {
            if (!assessments().isEmpty() || viability().isDefined()) {
                throw InvalidValueException.of(
                        "assessments", "must be empty, and the viability none, for a team criterion", assessments());
            }
            if (teamFit().isEmpty()) {
                throw InvalidValueException.of("teamFit", "must be given for a team criterion", teamFit());
            }
            combined = teamFit().get().verdict();
        } else if (teamFit().isDefined()) {
            throw InvalidValueException.of(
                    "teamFit", "must be empty for a criterion that does not judge the team", teamFit());
        } else if (isAudience()) {
            if (!assessments().isEmpty()) {
                throw InvalidValueException.of("assessments", "must be empty for an audience criterion", assessments());
            }
            GateCriterion.AudienceViable audience = (GateCriterion.AudienceViable) criterion();
            for (Viability judged : viability()) {
                if (Double.compare(judged.requiredProbability(), audience.requiredProbability()) != 0) {
                    throw InvalidValueException.of(
                            "viability.requiredProbability",
                            "must be the criterion's (" + audience.requiredProbability() + ")",
                            judged.requiredProbability());
                }
                if (Double.compare(judged.targetMargin(), audience.targetMargin()) != 0) {
                    throw InvalidValueException.of(
                            "viability.targetMargin",
                            "must be the criterion's (" + audience.targetMargin() + ")",
                            judged.targetMargin());
                }
            }
            combined = verdictOf(viability());
        } else {
            if (viability().isDefined()) {
                throw InvalidValueException.of(
                        "viability", "must be empty for a hypothesis or area criterion", viability());
            }
            combined = combine(assessments());
        }
        if (combined != evidenceVerdict()) {
            throw InvalidValueException.of(
                    "evidenceVerdict",
                    "must be the "
                            + (isDemand()
                                    ? "readings' combined verdict"
                                    : isTeam()
                                            ? "team's fit"
                                            : isAudience() ? "audience's viability" : "assessments' combined verdict")
                            + " ("
                            + combined + ")",
                    evidenceVerdict());
        }
        if (isResolvedByPolicy() ? !verdict().isDecided() || evidenceVerdict().isDecided() : verdict() != combined) {
            throw InvalidValueException.of(
                    "verdict", "must be the evidence verdict unless a policy resolved an inconclusive one", verdict());
        }
    }

    /**
     * What the criterion asks, naming what it judged: its {@link GateCriterion#describe() description}, except that a
     * {@link GateCriterion.HypothesisSupported hypothesis criterion} whose hypothesis a pivot retired names the active
     * hypotheses that replaced it, the ones it judged, with the one it was written for: {@code "hypothesis
     * pricing.annual (successor of pricing.monthly) is supported (bayesian)"}.
     *
     * @return the description
     */
    public String describe() {
        if (!(criterion() instanceof GateCriterion.HypothesisSupported one)) {
            return criterion().describe();
        }
        Seq<HypothesisId> judged = assessments().map(Assessment::hypothesisId);
        if (judged.isEmpty() || (judged.size() == 1 && judged.head().equals(one.hypothesisId()))) {
            return one.describe();
        }
        boolean several = judged.size() > 1;
        return (several ? "hypotheses " : "hypothesis ") + judged.mkString(", ")
                + (several ? " (successors of " : " (successor of ") + one.hypothesisId()
                + (several ? ") are" : ") is") + " supported (" + one.strategyName() + ')';
    }

    /**
     * The result as one line: {@code "must-meet every problem hypothesis is supported (bayesian): SUPPORTED"}, the
     * criterion as {@link #describe()} gives it.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(requirement() == Requirement.MUST_MEET ? "must-meet " : "should-meet ");
        text.append(describe());
        if (requirement() == Requirement.SHOULD_MEET) {
            text.append(", weight ").append(Texts.decimal(weight()));
        }
        text.append(": ").append(verdict());
        String missing = isDemand()
                ? "no " + criterion().subject()
                : isAudience() ? "no audience chosen" : "no active hypothesis";
        if (isResolvedByPolicy()) {
            text.append(isMissing() && (isAudience() || isDemand()) ? " (" + missing + ", " : " (inconclusive, ")
                    .append("decided by the spent-budget policy)");
        } else if (isMissing()) {
            text.append(" (nothing to judge: ").append(missing).append(')');
        }
        if (!demand().isEmpty()) {
            text.append(" [").append(demand().mkString("; ")).append(']');
        }
        return text.toString();
    }
}
