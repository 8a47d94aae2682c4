package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.demand.Adoptions;
import io.github.custdev.demand.BassFit;
import io.github.custdev.demand.GrowthRate;
import io.github.custdev.demand.Retention;
import io.github.custdev.demand.ViralCoefficient;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The running sums of one hypothesis's demand evidence: what the estimators of {@link io.github.custdev.demand} need,
 * kept up to date as each {@link CohortObservation} and {@link ReferralObservation} is added, so that a gate's demand
 * criteria never read the evidence again.
 *
 * <p>From the cohort observations: the customers acquired in each period (the {@link Adoptions}), the customers
 * active in the last, and, for each cohort age <i>a</i>, the customers retained at that age and the customers
 * acquired in the cohorts observed at it (<i>exposed</i>), summed over the cohorts, as
 * {@link io.github.custdev.demand.Cohorts#retention} pools them. From the referral observations: the sums of the
 * customers who could refer, the invitations sent and those converted. Adding an observation costs time in the number
 * of ages it reports (each a logarithmic update of a persistent vector), never in the length of the history.
 *
 * <p>The series rules are checked as the observations are added, and a break is refused by name: a cohort
 * observation must observe the period after the last one ({@code period must be 4 (the period after the last
 * observed, 3): 6}), may report only cohorts observed earlier in the series, none retaining more than were acquired
 * ({@code retained[0] must be at most acquired in period 2 (40): 41}) or more than it retained a period earlier
 * ({@code retained[1] must be at most the cohort's retained at age 1 (30): 31}); a referral observation must come
 * after the one before ({@code period must be after the last referral period (4): 4}). Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DemandStatistics {
    private static final DemandStatistics EMPTY = new DemandStatistics(
            0, -1, Vector.empty(), 0, Vector.empty(), Vector.empty(), Vector.empty(), 0, -1, -1, 0, 0, 0);

    private final long cohortObservations;
    private final long firstPeriod;
    private final Vector<Long> acquired;
    private final long lastActive;
    private final Vector<Long> lastRetained;
    private final Vector<Long> retainedByAge;
    private final Vector<Long> exposedByAge;
    private final long referralObservations;
    private final long firstReferralPeriod;
    private final long lastReferralPeriod;
    private final long referringCustomers;
    private final long invitationsSent;
    private final long invitationsConverted;

    private DemandStatistics(
            long cohortObservations,
            long firstPeriod,
            Vector<Long> acquired,
            long lastActive,
            Vector<Long> lastRetained,
            Vector<Long> retainedByAge,
            Vector<Long> exposedByAge,
            long referralObservations,
            long firstReferralPeriod,
            long lastReferralPeriod,
            long referringCustomers,
            long invitationsSent,
            long invitationsConverted) {
        this.cohortObservations = cohortObservations;
        this.firstPeriod = firstPeriod;
        this.acquired = acquired;
        this.lastActive = lastActive;
        this.lastRetained = lastRetained;
        this.retainedByAge = retainedByAge;
        this.exposedByAge = exposedByAge;
        this.referralObservations = referralObservations;
        this.firstReferralPeriod = firstReferralPeriod;
        this.lastReferralPeriod = lastReferralPeriod;
        this.referringCustomers = referringCustomers;
        this.invitationsSent = invitationsSent;
        this.invitationsConverted = invitationsConverted;
    }

    /**
     * The sums of no demand evidence.
     *
     * @return the empty statistics
     */
    public static DemandStatistics empty() {
        return EMPTY;
    }

    /**
     * The statistics with one more cohort observation, after the series rules are checked.
     *
     * @param observation the observation
     * @return the new statistics
     * @throws InvalidValueException if the observation breaks a series rule, or a sum would pass
     *     {@code Long.MAX_VALUE}
     */
    DemandStatistics plus(CohortObservation observation) {
        long period = observation.period();
        long first = firstPeriod;
        if (cohortObservations == 0) {
            first = period;
        } else if (period != lastPeriodOrMinusOne() + 1) {
            throw InvalidValueException.of(
                    "period",
                    "must be " + (lastPeriodOrMinusOne() + 1) + " (the period after the last observed, "
                            + lastPeriodOrMinusOne() + ") for hypothesis " + observation.hypothesisId(),
                    period);
        }
        Seq<Long> retained = observation.retained();
        long followed = period - first;
        if (retained.size() > followed) {
            throw InvalidValueException.of(
                    "retained",
                    "must have at most " + followed + " ages (the cohorts observed since period " + first
                            + " for hypothesis " + observation.hypothesisId() + ')',
                    retained.size());
        }
        Vector<Long> byAge = retainedByAge;
        Vector<Long> exposed = exposedByAge;
        int index = 0;
        for (long count : retained) {
            int age = index + 1;
            long cohortSize = acquired.get((int) (followed - age));
            if (count > cohortSize) {
                throw InvalidValueException.of(
                        "retained[" + index + ']',
                        "must be at most acquired in period " + (period - age) + " (" + cohortSize + ')',
                        count);
            }
            if (age > 1 && index - 1 < lastRetained.size() && count > lastRetained.get(index - 1)) {
                throw InvalidValueException.of(
                        "retained[" + index + ']',
                        "must be at most the cohort's retained at age " + (age - 1) + " (" + lastRetained.get(index - 1)
                                + ')',
                        count);
            }
            if (index < byAge.size()) {
                byAge = byAge.update(index, Math.addExact(byAge.get(index), count));
                exposed = exposed.update(index, Math.addExact(exposed.get(index), cohortSize));
            } else {
                byAge = byAge.append(count);
                exposed = exposed.append(cohortSize);
            }
            index++;
        }
        return new DemandStatistics(
                cohortObservations + 1,
                first,
                acquired.append(observation.acquired()),
                observation.active(),
                Vector.ofAll(retained),
                byAge,
                exposed,
                referralObservations,
                firstReferralPeriod,
                lastReferralPeriod,
                referringCustomers,
                invitationsSent,
                invitationsConverted);
    }

    /**
     * The statistics with one more referral observation, after the order is checked.
     *
     * @param observation the observation
     * @return the new statistics
     * @throws InvalidValueException if the observation does not come after the last, or a sum would pass
     *     {@code Long.MAX_VALUE}
     */
    DemandStatistics plus(ReferralObservation observation) {
        if (referralObservations > 0 && observation.period() <= lastReferralPeriod) {
            throw InvalidValueException.of(
                    "period",
                    "must be after the last referral period (" + lastReferralPeriod + ") for hypothesis "
                            + observation.hypothesisId(),
                    observation.period());
        }
        return new DemandStatistics(
                cohortObservations,
                firstPeriod,
                acquired,
                lastActive,
                lastRetained,
                retainedByAge,
                exposedByAge,
                referralObservations + 1,
                referralObservations == 0 ? observation.period() : firstReferralPeriod,
                observation.period(),
                Math.addExact(referringCustomers, observation.customers()),
                Math.addExact(invitationsSent, observation.sent()),
                Math.addExact(invitationsConverted, observation.converted()));
    }

    /**
     * The sums of this evidence and the other's together, the other's observations taken as coming after these: its
     * first cohort period must follow this one's last, and its first referral period come after this one's last.
     *
     * @param other the other statistics
     * @return the combined statistics
     * @throws InvalidValueException if the other's observations do not follow these, or a sum would pass
     *     {@code Long.MAX_VALUE}
     */
    DemandStatistics plus(DemandStatistics other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        boolean bothCohorts = cohortObservations > 0 && other.cohortObservations > 0;
        if (bothCohorts && other.firstPeriod != lastPeriodOrMinusOne() + 1) {
            throw InvalidValueException.of(
                    "period",
                    "must be " + (lastPeriodOrMinusOne() + 1) + " (the period after the last observed, "
                            + lastPeriodOrMinusOne() + ')',
                    other.firstPeriod);
        }
        if (referralObservations > 0
                && other.referralObservations > 0
                && other.firstReferralPeriod <= lastReferralPeriod) {
            throw InvalidValueException.of(
                    "period",
                    "must be after the last referral period (" + lastReferralPeriod + ')',
                    other.firstReferralPeriod);
        }
        Vector<Long> byAge = retainedByAge;
        Vector<Long> exposed = exposedByAge;
        for (int i = 0; i < other.retainedByAge.size(); i++) {
            if (i < byAge.size()) {
                byAge = byAge.update(i, Math.addExact(byAge.get(i), other.retainedByAge.get(i)));
                exposed = exposed.update(i, Math.addExact(exposed.get(i), other.exposedByAge.get(i)));
            } else {
                byAge = byAge.append(other.retainedByAge.get(i));
                exposed = exposed.append(other.exposedByAge.get(i));
            }
        }
        boolean cohortsAfter = other.cohortObservations > 0;
        return new DemandStatistics(
                cohortObservations + other.cohortObservations,
                cohortObservations > 0 ? firstPeriod : other.firstPeriod,
                acquired.appendAll(other.acquired),
                cohortsAfter ? other.lastActive : lastActive,
                cohortsAfter ? other.lastRetained : lastRetained,
                byAge,
                exposed,
                referralObservations + other.referralObservations,
                referralObservations > 0 ? firstReferralPeriod : other.firstReferralPeriod,
                other.referralObservations > 0 ? other.lastReferralPeriod : lastReferralPeriod,
                Math.addExact(referringCustomers, other.referringCustomers),
                Math.addExact(invitationsSent, other.invitationsSent),
                Math.addExact(invitationsConverted, other.invitationsConverted));
    }

    private long lastPeriodOrMinusOne() {
        return cohortObservations == 0 ? -1 : firstPeriod + acquired.size() - 1;
    }

    /**
     * Whether there is no demand evidence.
     *
     * @return {@code true} when there are neither cohort nor referral observations
     */
    public boolean isEmpty() {
        return cohortObservations == 0 && referralObservations == 0;
    }

    /**
     * The number of cohort observations: the periods observed.
     *
     * @return the count
     */
    public long cohortObservations() {
        return cohortObservations;
    }

    /**
     * The number of referral observations.
     *
     * @return the count
     */
    public long referralObservations() {
        return referralObservations;
    }

    /**
     * The first period observed by a cohort observation.
     *
     * @return the period, or none without cohort observations
     */
    public Option<Long> firstPeriod() {
        return cohortObservations == 0 ? Option.none() : Option.some(firstPeriod);
    }

    /**
     * The last period observed by a cohort observation.
     *
     * @return the period, or none without cohort observations
     */
    public Option<Long> lastPeriod() {
        return cohortObservations == 0 ? Option.none() : Option.some(lastPeriodOrMinusOne());
    }

    /**
     * The customers acquired in each period observed, in period order from {@link #firstPeriod()}.
     *
     * @return the adoptions, or none without cohort observations
     */
    public Option<Adoptions> adoptions() {
        return cohortObservations == 0 ? Option.none() : Option.some(new Adoptions(acquired));
    }

    /**
     * The customers active in the last period observed.
     *
     * @return the count, or none without cohort observations
     */
    public Option<Long> activeCustomers() {
        return cohortObservations == 0 ? Option.none() : Option.some(lastActive);
    }

    /**
     * The oldest cohort age any observation reported.
     *
     * @return the age, 0 when none was reported
     */
    public int ages() {
        return retainedByAge.size();
    }

    /**
     * The customers retained at an age, summed over the cohorts observed at it.
     *
     * @param age the age, &ge; 1
     * @return the count; 0 beyond {@link #ages()}
     * @throws InvalidValueException if the age is below 1
     */
    public long retainedAt(int age) {
        Checks.positive(age, "age");
        return age <= retainedByAge.size() ? retainedByAge.get(age - 1) : 0;
    }

    /**
     * The customers acquired in the cohorts observed at an age: the exposed of {@link Retention}.
     *
     * @param age the age, &ge; 1
     * @return the count; 0 beyond {@link #ages()}
     * @throws InvalidValueException if the age is below 1
     */
    public long exposedAt(int age) {
        Checks.positive(age, "age");
        return age <= exposedByAge.size() ? exposedByAge.get(age - 1) : 0;
    }

    /**
     * The customers who could refer, summed over the referral observations.
     *
     * @return the sum
     */
    public long referringCustomers() {
        return referringCustomers;
    }

    /**
     * The invitations sent, summed over the referral observations.
     *
     * @return the sum
     */
    public long invitationsSent() {
        return invitationsSent;
    }

    /**
     * The invitations converted, summed over the referral observations.
     *
     * @return the sum
     */
    public long invitationsConverted() {
        return invitationsConverted;
    }

    /**
     * The growth rate of the adoptions period over period (see {@link GrowthRate}).
     *
     * @param level the level of the confidence interval, in (0, 1)
     * @return the estimate; a reason instead without cohort observations or when the series gives no finite rate
     * @throws InvalidValueException if the level is outside (0, 1)
     */
    public Either<String, GrowthRate> growth(double level) {
        Checks.openProbability(level, "level");
        return adoptions().toEither("no cohort observation").flatMap(a -> a.growth(level));
    }

    /**
     * The Bass diffusion fitted to the adoptions (see {@link BassFit}).
     *
     * @return the fit; a reason instead without cohort observations or when the series cannot be fitted
     */
    public Either<String, BassFit> fitBass() {
        return adoptions().toEither("no cohort observation").flatMap(Adoptions::fitBass);
    }

    /**
     * The retention at a cohort age, pooled over the cohorts observed at it (see {@link Retention}).
     *
     * @param age the age, &ge; 1
     * @param prior the Beta prior of the retention, such as {@link BetaPrior#jeffreys()}
     * @param level the level of the credible interval, in (0, 1)
     * @return the estimate; a reason instead when no customer of a cohort observed at that age was acquired
     * @throws InvalidValueException if the age is below 1, the prior null or the level outside (0, 1)
     */
    public Either<String, Retention> retention(int age, BetaPrior prior, double level) {
        Checks.positive(age, "age");
        Checks.notNull(prior, "prior");
        Checks.openProbability(level, "level");
        long exposed = exposedAt(age);
        if (exposed == 0) {
            return Either.left(
                    age > ages()
                            ? "no cohort observed at age " + age + " (the oldest observed is " + ages() + ')'
                            : "no customer acquired in the cohorts observed at age " + age);
        }
        return Either.right(Retention.of(age, retainedAt(age), exposed, prior, level));
    }

    /**
     * The viral coefficient <i>k</i> of the referrals (see {@link ViralCoefficient}).
     *
     * @param level the level of the credible interval, in (0, 1)
     * @return the estimate; a reason instead without referral observations or customers who could refer
     * @throws InvalidValueException if the level is outside (0, 1)
     */
    public Either<String, ViralCoefficient> viralCoefficient(double level) {
        Checks.openProbability(level, "level");
        if (referralObservations == 0) {
            return Either.left("no referral observation");
        }
        if (referringCustomers == 0) {
            return Either.left("no customer could refer in " + referralObservations + " referral observations");
        }
        return Either.right(ViralCoefficient.of(invitationsConverted, referringCustomers, level));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DemandStatistics that)) {
            return false;
        }
        return cohortObservations == that.cohortObservations
                && firstPeriod == that.firstPeriod
                && lastActive == that.lastActive
                && referralObservations == that.referralObservations
                && firstReferralPeriod == that.firstReferralPeriod
                && lastReferralPeriod == that.lastReferralPeriod
                && referringCustomers == that.referringCustomers
                && invitationsSent == that.invitationsSent
                && invitationsConverted == that.invitationsConverted
                && acquired.equals(that.acquired)
                && lastRetained.equals(that.lastRetained)
                && retainedByAge.equals(that.retainedByAge)
                && exposedByAge.equals(that.exposedByAge);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                cohortObservations,
                firstPeriod,
                acquired,
                lastActive,
                lastRetained,
                retainedByAge,
                exposedByAge,
                referralObservations,
                firstReferralPeriod,
                lastReferralPeriod,
                referringCustomers,
                invitationsSent,
                invitationsConverted);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("DemandStatistics[");
        if (cohortObservations > 0) {
            text.append("periods ")
                    .append(firstPeriod)
                    .append('-')
                    .append(lastPeriodOrMinusOne())
                    .append(", acquired=")
                    .append(acquired.mkString("[", ", ", "]"))
                    .append(", active=")
                    .append(lastActive);
        }
        if (referralObservations > 0) {
            text.append(cohortObservations > 0 ? ", " : "")
                    .append("referrals converted=")
                    .append(invitationsConverted)
                    .append('/')
                    .append(invitationsSent)
                    .append(" sent by ")
                    .append(referringCustomers)
                    .append(" customers");
        }
        return text.append(']').toString();
    }
}
