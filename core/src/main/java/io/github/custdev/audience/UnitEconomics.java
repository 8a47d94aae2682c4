package io.github.custdev.audience;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.FirstStep;
import io.github.custdev.internal.Texts;
import io.vavr.control.Option;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What one paying customer brings in and costs, and what the venture costs to run, per period: the financial model
 * that decides whether an audience can sustain the venture.
 *
 * <p>Every amount is per period of the caller's choosing (a month, a year) and in one currency; the figures are:
 *
 * <ul>
 *   <li>{@link #price()} <i>p</i>: what a customer pays per period;
 *   <li>{@link #variableCost()} <i>v</i>: what serving one customer costs per period;
 *   <li>{@link #acquisitionCost()} <i>CAC</i>: what winning one customer costs, once;
 *   <li>{@link #retention()} <i>r</i>: the share of customers still paying in the next period, in [0, 1);
 *   <li>{@link #fixedCosts()} <i>F</i>: what the venture costs per period whatever the number of customers;
 *   <li>{@link #discountRate()} <i>d</i>: the per-period discount rate of future margins, 0 unless set.
 * </ul>
 *
 * <p>From them: the margin per customer and period <i>m = p - v</i>; the {@link #lifetimeValue() lifetime value};
 * {@link #ltvToCac() LTV/CAC}; the {@link #paybackPeriods() payback period}; and the number of paying customers
 * needed to {@link #customersToBreakEven() break even} or to {@link #customersForMargin(double) reach a target
 * operating margin}. A negative margin is not invalid (it is a business fact, and it makes every audience unviable);
 * negative amounts, a retention outside [0, 1), NaN and infinities are.
 *
 * <pre>{@code
 * UnitEconomics economics = UnitEconomics.builder()
 *         .price(100).variableCost(20)          // m = 80 per month
 *         .acquisitionCost(300).retention(0.9)  // customers stay 10 months on average
 *         .fixedCosts(20_000)
 *         .build();
 * economics.lifetimeValue();          // 800 = 80 / (1 - 0.9), as a double 800.0000000000002
 * economics.customersToBreakEven();   // Some(400) = 20000 / (80 - 0.1 * 300)
 * economics.paybackPeriods();         // Some(5)
 * economics.toString();               // "UnitEconomics{price 100, ...; margin 80, lifetime value 800, ...}"
 * }</pre>
 *
 * <p>The derived figures are doubles, with the rounding error of binary arithmetic ({@code 1 - 0.9} is not exactly
 * {@code 0.1}); {@link #toString()} shows every amount rounded to two decimals, and so should a caller's display.
 *
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class UnitEconomics {

    UnitEconomics() {}

    /**
     * What a customer pays per period, <i>p</i>.
     *
     * @return the price, finite and at least 0
     */
    public abstract double price();

    /**
     * What serving one customer costs per period, <i>v</i>: hosting, support, payment fees.
     *
     * @return the variable cost, finite and at least 0
     */
    public abstract double variableCost();

    /**
     * What winning one paying customer costs, once, <i>CAC</i>: sales and marketing spent per customer won.
     *
     * @return the acquisition cost, finite and at least 0
     */
    public abstract double acquisitionCost();

    /**
     * The share of paying customers who still pay in the next period, <i>r</i>; {@code 1 - r} is the churn.
     *
     * @return the retention, in [0, 1)
     */
    public abstract double retention();

    /**
     * What the venture costs per period whatever the number of customers, <i>F</i>: salaries, rent, tools.
     *
     * @return the fixed costs, finite and at least 0
     */
    public abstract double fixedCosts();

    /**
     * The per-period rate at which future margins are discounted in the {@link #lifetimeValue() lifetime value} and
     * the {@link #paybackPeriods() payback period}, <i>d</i>; 0 unless set.
     *
     * @return the discount rate, finite and at least 0
     */
    @Value.Default
    public double discountRate() {
        return 0.0;
    }

    /**
     * A builder for unit economics; {@code price}, {@code variableCost}, {@code acquisitionCost}, {@code retention}
     * and {@code fixedCosts} are required, {@code discountRate} is 0 unless set; each may be set once.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A copy with another price.
     *
     * @param price the price per period, finite and at least 0
     * @return the changed copy
     * @throws InvalidValueException if the price breaks its rule
     */
    public abstract UnitEconomics withPrice(double price);

    /**
     * A copy with another variable cost.
     *
     * @param variableCost the cost of serving one customer per period, finite and at least 0
     * @return the changed copy
     * @throws InvalidValueException if the cost breaks its rule
     */
    public abstract UnitEconomics withVariableCost(double variableCost);

    /**
     * A copy with another acquisition cost.
     *
     * @param acquisitionCost the cost of winning one customer, finite and at least 0
     * @return the changed copy
     * @throws InvalidValueException if the cost breaks its rule
     */
    public abstract UnitEconomics withAcquisitionCost(double acquisitionCost);

    /**
     * A copy with another retention.
     *
     * @param retention the share of customers still paying in the next period, in [0, 1)
     * @return the changed copy
     * @throws InvalidValueException if the retention breaks its rule
     */
    public abstract UnitEconomics withRetention(double retention);

    /**
     * A copy with other fixed costs.
     *
     * @param fixedCosts the fixed costs per period, finite and at least 0
     * @return the changed copy
     * @throws InvalidValueException if the costs break their rule
     */
    public abstract UnitEconomics withFixedCosts(double fixedCosts);

    /**
     * A copy with another discount rate.
     *
     * @param discountRate the per-period discount rate, finite and at least 0
     * @return the changed copy
     * @throws InvalidValueException if the rate breaks its rule
     */
    public abstract UnitEconomics withDiscountRate(double discountRate);

    /**
     * The margin of one paying customer per period, <i>m = p - v</i>.
     *
     * @return the margin; negative when serving a customer costs more than the customer pays
     */
    public double margin() {
        return price() - variableCost();
    }

    /**
     * The margin of one paying customer per period after paying for the customer who will replace it:
     * <i>m - (1 - r) CAC</i>.
     *
     * <p>Keeping <i>N</i> paying customers means winning <i>(1 - r) N</i> new ones every period, at <i>CAC</i> each;
     * equivalently, the acquisition cost spread over the customer's expected lifetime of <i>1 / (1 - r)</i> periods.
     * This is the figure that must pay the fixed costs.
     *
     * @return the margin after acquisition; negative when acquisition eats the margin
     */
    public double marginAfterAcquisition() {
        return margin() - (1.0 - retention()) * acquisitionCost();
    }

    /**
     * How many periods a customer pays on average, counting the first: <i>1 / (1 - r)</i>.
     *
     * @return the expected lifetime in periods, at least 1
     */
    public double expectedLifetime() {
        return 1.0 / (1.0 - retention());
    }

    /**
     * The lifetime value of one paying customer: the expected, discounted sum of its margins,
     *
     * <p><i>LTV = &sum;<sub>t=0</sub><sup>&infin;</sup> m (r / (1 + d))<sup>t</sup> = m (1 + d) / (1 + d - r)</i>,
     *
     * <p>which is <i>m / (1 - r)</i> without discounting. Convention: the margin of a period is received at its start,
     * so the first period is counted in full and a customer with retention 0 is worth one period's margin. Gupta and
     * Lehmann ("Customers as assets", Journal of Interactive Marketing 17(1), 2003) count margins at the end of each
     * period and leave out the first, <i>m r / (1 + d - r)</i>; the two differ by exactly one margin, <i>m</i>.
     *
     * @return the lifetime value; negative when the margin is
     */
    public double lifetimeValue() {
        double d = discountRate();
        // The factor (1 + d) / (1 + d - r) lies in [1, 1 / (1 - r)]: taking it first keeps a huge d from overflowing.
        return margin() * ((1.0 + d) / (1.0 + d - retention()));
    }

    /**
     * The ratio of the {@link #lifetimeValue() lifetime value} to the acquisition cost, <i>LTV / CAC</i>: how many
     * times a customer pays back what it cost to win (a ratio of 3 or more is the usual rule of thumb for a healthy
     * subscription business).
     *
     * @return the ratio, or none when acquisition costs nothing and the ratio is undefined
     */
    public Option<Double> ltvToCac() {
        return acquisitionCost() == 0.0 ? Option.none() : Option.some(lifetimeValue() / acquisitionCost());
    }

    /**
     * The number of whole periods until the expected margins of a newly won customer repay its acquisition cost: the
     * smallest <i>n</i> with
     *
     * <p><i>S<sub>n</sub> = &sum;<sub>t=0</sub><sup>n-1</sup> m g<sup>t</sup> = m (1 - g<sup>n</sup>) / (1 - g)
     * &ge; CAC</i>, where <i>g = r / (1 + d)</i>,
     *
     * <p>that is <i>n = &lceil;ln(1 - CAC (1 - g) / m) / ln g&rceil;</i>. The margins are weighted by the chance that
     * the customer is still paying (and discounted), so the payback never comes when <i>CAC &ge; LTV</i>. The
     * usual undiscounted figure for a customer who stays, <i>&lceil;CAC / m&rceil;</i>, is the limit as <i>r</i> tends
     * to 1 with <i>d = 0</i>, and a lower bound of this one.
     *
     * @return the payback period in periods (0 when acquisition costs nothing), or none when the expected margins
     *     never repay the acquisition cost
     */
    public Option<Long> paybackPeriods() {
        double cac = acquisitionCost();
        double m = margin();
        if (cac == 0.0) {
            return Option.some(0L);
        }
        if (m <= 0.0) {
            return Option.none();
        }
        double g = retention() / (1.0 + discountRate());
        if (g == 0.0) {
            return m >= cac ? Option.some(1L) : Option.none();
        }
        double y = 1.0 - cac * (1.0 - g) / m;
        if (y <= 0.0) {
            // At or beyond the limit of the sums m / (1 - g): never repaid. Just below it, y rounds to 0, and the
            // first period is found by searching the sums instead.
            return cac < m / (1.0 - g) ? FirstStep.search(n -> cumulativeMargin(m, g, n) >= cac) : Option.none();
        }
        double periods = Math.ceil(Math.log(y) / Math.log(g));
        if (periods >= 0x1p63) {
            return Option.none();
        }
        // n is the smallest period with S_n >= CAC: the logarithms' guess, confirmed against the sums (S_0 = 0 < CAC).
        return FirstStep.near(Math.max(1L, (long) periods), n -> cumulativeMargin(m, g, n) >= cac);
    }

    private static double cumulativeMargin(double m, double g, long periods) {
        return m * (1.0 - Math.pow(g, (double) periods)) / (1.0 - g);
    }

    /**
     * The profit of the venture in one period with the given number of paying customers, counting the acquisition
     * of the customers who replace those who leave: <i>N (m - (1 - r) CAC) - F</i>.
     *
     * @param customers the number of paying customers <i>N</i>, finite and at least 0 (an expected number may be
     *     fractional)
     * @return the profit per period; negative for a loss
     * @throws InvalidValueException if the number of customers is negative, NaN or infinite
     */
    public double profit(double customers) {
        Checks.nonNegative(customers, "customers");
        return customers * marginAfterAcquisition() - fixedCosts();
    }

    /**
     * The number of paying customers needed to break even: the smallest <i>N &ge; 1</i> with
     * <i>N (m - (1 - r) CAC) &ge; F</i>, that is <i>&lceil;F / (m - (1 - r) CAC)&rceil;</i>.
     *
     * <p>The same as {@link #customersForMargin(double) customersForMargin(0)}.
     *
     * @return the number of customers, at least 1; or none when no number of customers breaks even (the margin after
     *     acquisition does not cover anything) or the number exceeds {@link Long#MAX_VALUE}
     */
    public Option<Long> customersToBreakEven() {
        return customersForMargin(0.0);
    }

    /**
     * The number of paying customers needed for an operating margin (profit over revenue) of at least
     * <i>&mu;</i>: the smallest <i>N &ge; 1</i> with <i>N (m - (1 - r) CAC) - F &ge; &mu; N p</i>, that is
     *
     * <p><i>N = &lceil;F / ((1 - &mu;) p - v - (1 - r) CAC)&rceil;</i>
     *
     * <p>(the classic break-even volume, fixed costs over unit contribution, with the churn's acquisition cost and
     * the target margin charged to each customer). When <i>F = 0</i> and the denominator is not negative, one
     * customer suffices.
     *
     * @param targetMargin the operating margin to reach, <i>&mu;</i> in [0, 1); 0 is break-even
     * @return the number of customers, at least 1; or none when no number of customers reaches the margin (the
     *     denominator is not positive while there are fixed costs to pay) or the number exceeds
     *     {@link Long#MAX_VALUE}
     * @throws InvalidValueException if the target margin is outside [0, 1)
     */
    public Option<Long> customersForMargin(double targetMargin) {
        double perCustomer = contributionAt(Checks.targetMargin(targetMargin));
        double fixed = fixedCosts();
        if (perCustomer <= 0.0) {
            return perCustomer == 0.0 && fixed == 0.0 ? Option.some(1L) : Option.none();
        }
        double needed = Math.ceil(fixed / perCustomer);
        if (needed >= 0x1p63) {
            return Option.none();
        }
        return Option.some(Math.max(1L, (long) needed));
    }

    /** What one customer contributes towards the fixed costs at a target margin: (1 - mu) p - v - (1 - r) CAC. */
    double contributionAt(double targetMargin) {
        return price() * (1.0 - targetMargin) - variableCost() - (1.0 - retention()) * acquisitionCost();
    }

    @Value.Check
    void check() {
        Checks.nonNegative(price(), "economics.price");
        Checks.nonNegative(variableCost(), "economics.variableCost");
        Checks.nonNegative(acquisitionCost(), "economics.acquisitionCost");
        if (!(retention() >= 0.0 && retention() < 1.0)) {
            throw InvalidValueException.of("economics.retention", "must be in [0, 1)", retention());
        }
        Checks.nonNegative(fixedCosts(), "economics.fixedCosts");
        Checks.nonNegative(discountRate(), "economics.discountRate");
    }

    /**
     * The economics as text, the amounts rounded to two decimals (trailing zeros dropped), rates as percentages:
     * {@code UnitEconomics{price 132, variable cost 20, acquisition cost 600, retention 96%, fixed costs 15000;
     * margin 112, lifetime value 2800, LTV/CAC 4.67, payback 6 periods, break-even 171 customers}}. The accessors keep
     * the unrounded values.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(192)
                .append("UnitEconomics{price ")
                .append(Texts.decimal(price()))
                .append(", variable cost ")
                .append(Texts.decimal(variableCost()))
                .append(", acquisition cost ")
                .append(Texts.decimal(acquisitionCost()))
                .append(", retention ")
                .append(Texts.decimal(100.0 * retention()))
                .append("%, fixed costs ")
                .append(Texts.decimal(fixedCosts()));
        if (discountRate() != 0.0) {
            text.append(", discount rate ")
                    .append(Texts.decimal(100.0 * discountRate()))
                    .append('%');
        }
        text.append("; margin ")
                .append(Texts.decimal(margin()))
                .append(", lifetime value ")
                .append(Texts.decimal(lifetimeValue()));
        ltvToCac().forEach(ratio -> text.append(", LTV/CAC ").append(Texts.decimal(ratio)));
        text.append(", payback ")
                .append(paybackPeriods()
                        .map(n -> n + (n == 1 ? " period" : " periods"))
                        .getOrElse("never"))
                .append(", break-even ")
                .append(customersToBreakEven()
                        .map(n -> n + (n == 1 ? " customer" : " customers"))
                        .getOrElse("never"));
        return text.append('}').toString();
    }

    /** Builds {@link UnitEconomics}; each attribute may be set once. */
    public static final class Builder {
        // Delegates to the generated builder, so that no generated class is part of the public API.
        private final ImmutableUnitEconomics.Builder generated = new ImmutableUnitEconomics.Builder();

        Builder() {}

        /**
         * Sets {@link UnitEconomics#price()}.
         *
         * @param price the value, as {@link UnitEconomics#price()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder price(double price) {
            generated.price(price);
            return this;
        }

        /**
         * Sets {@link UnitEconomics#variableCost()}.
         *
         * @param variableCost the value, as {@link UnitEconomics#variableCost()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder variableCost(double variableCost) {
            generated.variableCost(variableCost);
            return this;
        }

        /**
         * Sets {@link UnitEconomics#acquisitionCost()}.
         *
         * @param acquisitionCost the value, as {@link UnitEconomics#acquisitionCost()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder acquisitionCost(double acquisitionCost) {
            generated.acquisitionCost(acquisitionCost);
            return this;
        }

        /**
         * Sets {@link UnitEconomics#retention()}.
         *
         * @param retention the value, as {@link UnitEconomics#retention()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder retention(double retention) {
            generated.retention(retention);
            return this;
        }

        /**
         * Sets {@link UnitEconomics#fixedCosts()}.
         *
         * @param fixedCosts the value, as {@link UnitEconomics#fixedCosts()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder fixedCosts(double fixedCosts) {
            generated.fixedCosts(fixedCosts);
            return this;
        }

        /**
         * Sets {@link UnitEconomics#discountRate()}.
         *
         * @param discountRate the value, as {@link UnitEconomics#discountRate()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder discountRate(double discountRate) {
            generated.discountRate(discountRate);
            return this;
        }

        /**
         * Builds the unit economics.
         *
         * @return the value
         * @throws io.github.custdev.MissingValueException if a required attribute is not set, naming each one
         * @throws InvalidValueException if an attribute breaks its rule
         */
        public UnitEconomics build() {
            return generated.build();
        }
    }
}
