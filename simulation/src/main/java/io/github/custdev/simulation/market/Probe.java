package io.github.custdev.simulation.market;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.Strength;
import io.github.custdev.simulation.internal.Checks;
import org.apiguardian.api.API;

/**
 * One kind of experiment that tests a hypothesis, on the terms the market sets: how many customers one unit of it
 * reaches, what it costs, and how far what customers say exceeds what they do. Interviews are cheap and noisy,
 * pre-sales costly and sharp: an interview records what a customer <i>said</i> and overstates the truth, a smoke test
 * (a landing page, a fake door) records what visitors <i>did</i>, a pre-sale what customers <i>paid</i>. Immutable and
 * thread-safe.
 *
 * <p>One unit of a probe reaches {@link #trials()} customers. A customer for whom the hypothesis holds (with the
 * hypothesis's true rate {@code r}) answers yes; of the others, a share {@link #overstatement()} says yes anyway, so an
 * interviewee says yes with probability {@code r + o (1 - r)} (the say-do gap: Fitzpatrick, <i>The Mom Test</i>,
 * 2013). Smoke tests and pre-sales observe behaviour and do not overstate.
 *
 * @param kind what the probe observes
 * @param trials the customers one unit reaches: 1 for an interview, the visitors of a smoke test, the offers of a
 *     pre-sale; at least 1
 * @param cost the cost of one unit, in the venture's currency; finite and &gt;= 0
 * @param overstatement the share of customers for whom the hypothesis does not hold who answer yes all the same, in
 *     [0, 1); 0 unless the kind is {@link Kind#INTERVIEW}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Probe(Kind kind, int trials, double cost, double overstatement) {

    /** What a probe observes, from the weakest evidence to the strongest. */
    public enum Kind {
        /** A conversation: what a customer said ({@link Strength#SAID}), recorded as one statement per interview. */
        INTERVIEW(Strength.SAID),
        /** A landing page or a fake door: what visitors did ({@link Strength#DID}), recorded as one behaviour. */
        SMOKE_TEST(Strength.DID),
        /** An offer to pay now: what customers paid ({@link Strength#PAID}), recorded as one paid behaviour. */
        PRE_SALE(Strength.PAID);

        private final Strength strength;

        Kind(Strength strength) {
            this.strength = strength;
        }

        /**
         * The strength of the evidence this kind of probe records.
         *
         * @return the strength
         */
        public Strength strength() {
            return strength;
        }
    }

    /**
     * Validates the fields.
     *
     * @throws io.github.custdev.InvalidValueException if a field is null or out of range; the message names the field
     */
    public Probe {
        Checks.notNull("probe.kind", kind);
        Checks.positive("probe.trials", trials);
        Checks.notNegative("probe.cost", cost);
        if (!(overstatement >= 0 && overstatement < 1)) {
            throw io.github.custdev.InvalidValueException.of("probe.overstatement", "must be in [0, 1)", overstatement);
        }
        if (overstatement > 0 && kind != Kind.INTERVIEW) {
            throw io.github.custdev.InvalidValueException.of(
                    "probe.overstatement",
                    "must be 0 for a " + kind + " probe (only what is said overstates)",
                    overstatement);
        }
    }

    /**
     * An interview: one customer, what they said.
     *
     * @param cost the cost of one interview, finite and &gt;= 0
     * @param overstatement the share of customers for whom the hypothesis does not hold who say yes, in [0, 1)
     * @return the probe
     * @throws io.github.custdev.InvalidValueException if an argument is out of range
     */
    public static Probe interview(double cost, double overstatement) {
        return new Probe(Kind.INTERVIEW, 1, cost, overstatement);
    }

    /**
     * A smoke test: a landing page or a fake door seen by a number of visitors, what they did.
     *
     * @param visitors the visitors of one test, at least 1
     * @param cost the cost of one test, finite and &gt;= 0
     * @return the probe
     * @throws io.github.custdev.InvalidValueException if an argument is out of range
     */
    public static Probe smokeTest(int visitors, double cost) {
        return new Probe(Kind.SMOKE_TEST, visitors, cost, 0);
    }

    /**
     * A pre-sale: an offer to pay now made to a number of customers, what they paid.
     *
     * @param offers the offers of one round, at least 1
     * @param cost the cost of one round, finite and &gt;= 0
     * @return the probe
     * @throws io.github.custdev.InvalidValueException if an argument is out of range
     */
    public static Probe preSale(int offers, double cost) {
        return new Probe(Kind.PRE_SALE, offers, cost, 0);
    }

    /**
     * The chance that one customer reached by this probe answers yes, for a hypothesis whose true rate is {@code rate}.
     *
     * @param rate the true rate, in [0, 1]
     * @return {@code rate + overstatement * (1 - rate)}
     */
    public double yesChance(double rate) {
        return rate + overstatement * (1 - rate);
    }
}
