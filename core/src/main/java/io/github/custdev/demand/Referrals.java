package io.github.custdev.demand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import org.apiguardian.api.API;

/**
 * Observed referrals, per period in period order: the customers who could refer in the period, the invitations they
 * sent, and the invitations that converted into new customers.
 *
 * <p>For the viral coefficient of {@link io.github.custdev.audience.ReferralGrowth} (new customers each new customer
 * brings one cycle later), take the period to be the referral cycle and the customers of a period to be those who
 * arrived in the period before; for converted referrals per customer and period, all active customers.
 *
 * <pre>{@code
 * Referrals referrals = Referrals.of(
 *         new long[] {100, 120, 150},   // customers who could refer
 *         new long[] {60, 80, 90},      // invitations sent
 *         new long[] {20, 30, 31});     // invitations converted
 * referrals.viralCoefficient(0.95).estimate();   // about 0.22 (81 converted of 370 customers), with a 95% credible interval
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param customers the customers who could refer in each period, each &ge; 0, not all 0
 * @param sent the invitations sent in each period, each &ge; 0; as many periods as {@code customers}
 * @param converted the invitations of each period that converted, each between 0 and the period's {@code sent}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Referrals(Seq<Long> customers, Seq<Long> sent, Seq<Long> converted) {

    /**
     * Checks the referrals.
     *
     * @throws InvalidValueException if a series is null, empty or of another length than {@code customers}, a count
     *     is null or negative, the customers are all 0, or more converted than were sent in a period
     *     ({@code converted[1] must be at most sent[1] (12): 13})
     */
    public Referrals {
        Counts.check(customers, "customers");
        Counts.check(sent, "sent");
        Counts.check(converted, "converted");
        sameLength(sent, "sent", customers.size());
        sameLength(converted, "converted", customers.size());
        if (Counts.sum(customers) == 0) {
            throw InvalidValueException.of("customers", "must not all be 0", customers);
        }
        for (int i = 0; i < sent.size(); i++) {
            if (converted.get(i) > sent.get(i)) {
                throw InvalidValueException.of(
                        "converted[" + i + ']',
                        "must be at most sent[" + i + "] (" + sent.get(i) + ')',
                        converted.get(i));
            }
        }
    }

    private static void sameLength(Seq<Long> series, String field, int periods) {
        if (series.size() != periods) {
            throw InvalidValueException.of(
                    field, "must have as many periods as customers (" + periods + ')', series.size());
        }
    }

    /**
     * Referrals from counts per period.
     *
     * @param customers the customers who could refer in each period
     * @param sent the invitations sent in each period
     * @param converted the invitations of each period that converted
     * @return the referrals
     * @throws InvalidValueException as {@link #Referrals(Seq, Seq, Seq)}, and if an array is null
     */
    public static Referrals of(long[] customers, long[] sent, long[] converted) {
        return new Referrals(
                Array.ofAll(Checks.notNull(customers, "customers")),
                Array.ofAll(Checks.notNull(sent, "sent")),
                Array.ofAll(Checks.notNull(converted, "converted")));
    }

    /**
     * The viral coefficient <i>k</i>, converted referrals per customer and period, with its Gamma posterior (see
     * {@link ViralCoefficient}).
     *
     * @param level the level of the credible interval, in (0, 1)
     * @return the estimate
     * @throws InvalidValueException if the level is outside (0, 1)
     */
    public ViralCoefficient viralCoefficient(double level) {
        return ViralCoefficient.of(Counts.sum(converted), Counts.sum(customers), level);
    }

    /**
     * The invitations sent per customer and period, <i>&sum; sent / &sum; customers</i>.
     *
     * @return the rate, &ge; 0
     */
    public double invitationsPerCustomer() {
        return (double) Counts.sum(sent) / Counts.sum(customers);
    }

    /**
     * The share of the invitations that converted, <i>&sum; converted / &sum; sent</i>.
     *
     * @return the share, in [0, 1]; 0 when no invitation was sent
     */
    public double conversionRate() {
        long invitations = Counts.sum(sent);
        return invitations == 0 ? 0.0 : (double) Counts.sum(converted) / invitations;
    }
}
