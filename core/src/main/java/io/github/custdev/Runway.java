package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the venture has left to search with, counted as the caller chooses: a number of experiments, or money.
 *
 * <p>Every recorded experiment (one {@link VentureEvent.EvidenceRecorded} event) is paid from the runway: one
 * experiment from a count of experiments, or the experiment's cost from money. A venture whose runway is exhausted
 * cannot buy more evidence, so its gates stop waiting: an undecided criterion is then resolved by the gate's
 * {@link SpentBudgetPolicy}, and a refuted one ends in {@link GateDecision.Kill}. Runways are equal when they count
 * the same kind in the same unit and the remaining amounts are numerically equal.
 *
 * <p>Money, here and wherever custdev takes an amount (an experiment's {@linkplain VentureEvent.EvidenceRecorded#cost()
 * cost}, a {@linkplain Commitment#amount() commitment's size}), has at most 18 digits before its decimal point and at
 * most 18 after it: it is less than 10<sup>18</sup> and its {@linkplain BigDecimal#scale() scale} is at most 18.
 * Eighteen digits before the point hold any real sum in any currency; eighteen after it hold the smallest unit any
 * currency or token uses (the wei, 10<sup>-18</sup> of an ether). Within these bounds every payment from a runway is
 * exact and cheap and a runway's text stays short, whatever amounts a caller chooses; a {@code BigDecimal} outside
 * them ({@code 1E+1000000000}, {@code 1E-1000000000}, or a quotient computed to 34 digits) is refused with an
 * {@link InvalidValueException} where it is given, so round money to its currency's unit first. Immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Runway {

    /** What a runway counts. */
    public enum Kind {
        /** A number of experiments; each costs one. */
        EXPERIMENTS,
        /** An amount of money in one currency; each experiment costs what the caller says it cost. */
        MONEY
    }

    private static final String EXPERIMENTS_UNIT = "experiments";

    private final Kind kind;
    private final BigDecimal remaining;
    private final String unit;

    private Runway(Kind kind, BigDecimal remaining, String unit) {
        this.kind = kind;
        this.remaining = remaining;
        this.unit = unit;
    }

    /**
     * A runway of a number of experiments.
     *
     * @param count the experiments the venture can still run, at least 0
     * @return the runway
     * @throws InvalidValueException if the count is negative
     */
    public static Runway experiments(long count) {
        return new Runway(Kind.EXPERIMENTS, BigDecimal.valueOf(Checks.nonNegative(count, "runway")), EXPERIMENTS_UNIT);
    }

    /**
     * A runway of money.
     *
     * @param amount the money left, at least 0, less than 10<sup>18</sup>, with at most 18 digits after the decimal
     *     point
     * @param currency the currency or unit ({@code "USD"}), not blank
     * @return the runway
     * @throws InvalidValueException if the amount is negative or out of the bounds of money, or the currency blank
     */
    public static Runway money(BigDecimal amount, String currency) {
        return new Runway(Kind.MONEY, Checks.amount(amount, "runway"), Checks.notBlank(currency, "runway.currency"));
    }

    /**
     * What this runway counts.
     *
     * @return experiments or money
     */
    public Kind kind() {
        return kind;
    }

    /**
     * What is left: a whole number of experiments, or an amount of money.
     *
     * @return the remaining amount, at least 0
     */
    public BigDecimal remaining() {
        return remaining;
    }

    /**
     * The unit of {@link #remaining()}: {@code "experiments"}, or the currency.
     *
     * @return the unit
     */
    public String unit() {
        return unit;
    }

    /**
     * Whether nothing is left.
     *
     * @return {@code true} when the remaining amount is zero
     */
    public boolean isExhausted() {
        return remaining.signum() == 0;
    }

    /**
     * Whether one more experiment of the given cost can be paid: one experiment must be left, or at least the cost in
     * money.
     *
     * @param cost the experiment's cost in money, at least 0; ignored by a runway of experiments
     * @return {@code true} when the experiment can be paid
     */
    public boolean canPay(BigDecimal cost) {
        return kind == Kind.EXPERIMENTS ? remaining.signum() > 0 : remaining.compareTo(cost) >= 0;
    }

    /**
     * This runway after paying for one experiment.
     *
     * @param cost the experiment's cost in money, at least 0 and within the bounds of money; ignored by a runway of
     *     experiments
     * @return the runway that is left
     * @throws InvalidValueException if the experiment cannot be paid or the cost is negative or out of the bounds of
     *     money
     */
    public Runway afterExperiment(BigDecimal cost) {
        Checks.amount(cost, "cost");
        if (!canPay(cost)) {
            throw InvalidValueException.of("cost", "must be payable from the runway (" + this + ")", cost);
        }
        BigDecimal spent = kind == Kind.EXPERIMENTS ? BigDecimal.ONE : cost;
        return spent.signum() == 0 ? this : new Runway(kind, remaining.subtract(spent), unit);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Runway that)) {
            return false;
        }
        return kind == that.kind && unit.equals(that.unit) && remaining.compareTo(that.remaining) == 0;
    }

    @Override
    public int hashCode() {
        return (31 * kind.hashCode() + unit.hashCode()) * 31
                + remaining.stripTrailingZeros().hashCode();
    }

    /**
     * The runway as text: {@code "12 experiments"}, {@code "48000 USD"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return remaining.toPlainString() + ' ' + unit;
    }
}
