package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.internal.Checks;
import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The referrals of one period, observed: the customers who could refer, the invitations they sent, and the
 * invitations that converted into new customers.
 *
 * <p>Summed over a hypothesis's observations, the converted invitations per customer estimate the viral coefficient
 * <i>k</i> (see {@link io.github.custdev.demand.ViralCoefficient}); take the period to be the referral cycle and the
 * customers to be those who arrived in the period before, as {@link io.github.custdev.demand.Referrals} explains.
 * One hypothesis's observations come in period order, each after the one before (gaps allowed);
 * {@link EvidenceStatistics} keeps their sums (see {@link DemandStatistics}) and refuses one out of order by name.
 *
 * <p>An observation is {@link Strength#DID} evidence: invitations sent and accepted are observed behaviour. It counts
 * no trials: it feeds the demand statistics a gate's demand criteria read, not a rate.
 *
 * <pre>{@code
 * ReferralObservation april = ReferralObservation.of(referrals, Source.of("invites"), endOfApril, 4, 120, 80, 30);
 * // period 4: 120 customers could refer, sent 80 invitations, 30 converted
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract non-sealed class ReferralObservation implements Evidence {

    ReferralObservation() {}

    /**
     * The period observed, counted from the venture's first period of sales (0).
     *
     * @return the period, &ge; 0
     */
    public abstract long period();

    /**
     * The customers who could refer in the period.
     *
     * @return the count, &ge; 0
     */
    public abstract long customers();

    /**
     * The invitations sent in the period.
     *
     * @return the count, &ge; 0
     */
    public abstract long sent();

    /**
     * The invitations of the period that converted into new customers.
     *
     * @return the count, between 0 and {@link #sent()}
     */
    public abstract long converted();

    /**
     * An observation of one period's referrals.
     *
     * @param hypothesisId the hypothesis it tests
     * @param source where the figures come from
     * @param observedAt when they were taken
     * @param period the period observed, &ge; 0
     * @param customers the customers who could refer, &ge; 0
     * @param sent the invitations sent, &ge; 0
     * @param converted the invitations that converted, between 0 and {@code sent}
     * @return the observation
     * @throws InvalidValueException if an argument is null or breaks its rule: {@code sent must be >= 0: -1},
     *     {@code converted must be at most sent (12): 13}
     */
    public static ReferralObservation of(
            HypothesisId hypothesisId,
            Source source,
            Instant observedAt,
            long period,
            long customers,
            long sent,
            long converted) {
        return new ImmutableReferralObservation.Builder()
                .hypothesisId(Checks.notNull(hypothesisId, "hypothesisId"))
                .source(Checks.notNull(source, "source"))
                .observedAt(Checks.notNull(observedAt, "observedAt"))
                .period(period)
                .customers(customers)
                .sent(sent)
                .converted(converted)
                .build();
    }

    /**
     * Always {@link Strength#DID}: invitations sent and accepted are observed behaviour.
     *
     * @return {@code DID}
     */
    @Override
    public final Strength strength() {
        return Strength.DID;
    }

    /**
     * Always zero: an observation of referrals is not a trial.
     *
     * @return 0
     */
    @Override
    public final long successes() {
        return 0;
    }

    /**
     * Always zero: an observation of referrals is not a trial.
     *
     * @return 0
     */
    @Override
    public final long trials() {
        return 0;
    }

    @Value.Check
    void check() {
        Checks.nonNegative(period(), "period");
        Checks.nonNegative(customers(), "customers");
        Checks.nonNegative(sent(), "sent");
        Checks.nonNegative(converted(), "converted");
        if (converted() > sent()) {
            throw InvalidValueException.of("converted", "must be at most sent (" + sent() + ')', converted());
        }
    }
}
