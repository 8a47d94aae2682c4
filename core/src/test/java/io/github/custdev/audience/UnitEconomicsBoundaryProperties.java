package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The payback period and the customers needed, at their boundaries: against a plain period-by-period sum of the
 * discounted margins (an oracle independent of the closed form), at exact boundaries where the sum meets the
 * acquisition cost to the last bit, and at the edge of what a long can count.
 */
class UnitEconomicsBoundaryProperties {

    private static UnitEconomics economics(double price, double cac, double retention, double discount) {
        return UnitEconomics.builder()
                .price(price)
                .variableCost(0)
                .acquisitionCost(cac)
                .retention(retention)
                .fixedCosts(1_000)
                .discountRate(discount)
                .build();
    }

    /** The first period whose cumulative discounted margin reaches the cost, summed period by period. */
    private static Option<Long> paybackBySumming(double m, double g, double cac) {
        double sum = 0;
        double term = m;
        for (long n = 1; n <= 100_000; n++) {
            sum += term;
            if (sum >= cac * (1 - 1e-12)) {
                return Option.some(n);
            }
            term *= g;
        }
        return Option.none();
    }

    @Property(tries = 300)
    void thePaybackPeriodIsTheFirstPeriodWhoseSummedMarginsReachTheCost(
            @ForAll @DoubleRange(min = 1, max = 500) double price,
            @ForAll @DoubleRange(min = 0, max = 5_000) double cac,
            @ForAll @DoubleRange(min = 0, max = 0.99) double retention,
            @ForAll @DoubleRange(min = 0, max = 0.1) double discount) {
        UnitEconomics economics = economics(price, cac, retention, discount);
        double g = retention / (1 + discount);
        // At or beyond the limit of the sums, m / (1 - g), the cost is never repaid; the summing's tolerance would
        // otherwise find a period for a cost exactly at the limit (1.06, 2.12, 0.5, 0); at g = 0 the limit m is S_1.
        Option<Long> expected = cac == 0
                ? Option.some(0L)
                : g > 0 && cac >= price / (1 - g) ? Option.none() : paybackBySumming(price, g, cac);
        Option<Long> payback = economics.paybackPeriods();
        if (expected.isDefined() && payback.isDefined()) {
            // within the summing's tolerance, a boundary may fall one period either way
            assertTrue(Math.abs(expected.get() - payback.get()) <= 1, expected + " summed, " + payback);
            double reached = price * (1 - Math.pow(g, payback.get())) / (1 - g);
            assertTrue(cac == 0 || reached >= cac * (1 - 1e-9), payback + " does not reach the cost");
        } else {
            assertEquals(expected, payback, "whether the cost is ever repaid");
        }
    }

    @Example
    void atExactBoundariesThePeriodThatMeetsTheCostCounts() {
        // m = 64, g = 0.5: the margins are 64, 32, 16, 8, ... and their sums 64, 96, 112, 120, exactly
        assertEquals(Option.some(1L), economics(64, 64, 0.5, 0).paybackPeriods());
        assertEquals(Option.some(2L), economics(64, 96, 0.5, 0).paybackPeriods());
        assertEquals(Option.some(3L), economics(64, 112, 0.5, 0).paybackPeriods());
        assertEquals(Option.some(4L), economics(64, 120, 0.5, 0).paybackPeriods());
        assertEquals(Option.some(4L), economics(64, 113, 0.5, 0).paybackPeriods());
        assertEquals(Option.some(3L), economics(64, 111.99, 0.5, 0).paybackPeriods());
        // the limit of the sums, 128, is never reached
        assertEquals(Option.none(), economics(64, 128, 0.5, 0).paybackPeriods());
        assertEquals(Option.none(), economics(64, 200, 0.5, 0).paybackPeriods());
        // customers who never stay: one period's margin or nothing
        assertEquals(Option.some(1L), economics(64, 64, 0, 0).paybackPeriods());
        assertEquals(Option.none(), economics(64, 64.01, 0, 0).paybackPeriods());
        // acquisition that costs nothing pays back at once; a margin of nothing never
        assertEquals(Option.some(0L), economics(64, 0, 0.5, 0).paybackPeriods());
        assertEquals(
                Option.none(),
                UnitEconomics.builder()
                        .price(10)
                        .variableCost(10)
                        .acquisitionCost(1)
                        .retention(0.9)
                        .fixedCosts(0)
                        .build()
                        .paybackPeriods());
    }

    @Example
    void justBelowTheLimitOfTheSumsTheFirstPeriodThatReachesTheCostCounts() {
        // there 1 - CAC (1 - g) / m cancels and the logarithm is off by many periods, while the sums S_n = m (1 - g^n)
        // / (1 - g) stay on one double for several periods: the first of them is the payback period
        for (double retention : new double[] {0.9, 0.99, 0.999}) {
            double limit = 80 / (1 - retention);
            for (double cac = Math.nextDown(limit); cac > limit * (1 - 1e-13); cac = Math.nextDown(cac)) {
                long n = economics(80, cac, retention, 0).paybackPeriods().get();
                String label = "retention " + retention + ", CAC " + cac + ": " + n + " periods";
                assertTrue(80 * (1 - Math.pow(retention, n)) / (1 - retention) >= cac, label);
                assertTrue(80 * (1 - Math.pow(retention, n - 1)) / (1 - retention) < cac, label);
            }
        }
    }

    @Example
    void customersNeededAtTheirBoundaries() {
        UnitEconomics oneEach = UnitEconomics.builder()
                .price(1)
                .variableCost(0)
                .acquisitionCost(0)
                .retention(0)
                .fixedCosts(0x1p63)
                .build();
        assertEquals(Option.none(), oneEach.customersToBreakEven(), "2^63 customers do not fit in a long");
        assertEquals(
                Option.some(4_611_686_018_427_387_904L),
                oneEach.withFixedCosts(0x1p62).customersToBreakEven());
        assertEquals(Option.some(1L), oneEach.withFixedCosts(0).customersToBreakEven(), "at least one customer");
        assertEquals(Option.some(3L), oneEach.withFixedCosts(3).customersToBreakEven());
        assertEquals(Option.some(4L), oneEach.withFixedCosts(3.01).customersToBreakEven());
        // a margin of exactly nothing: one customer when there is nothing to pay, none otherwise
        UnitEconomics nothing = oneEach.withVariableCost(1);
        assertEquals(Option.some(1L), nothing.withFixedCosts(0).customersToBreakEven());
        assertEquals(Option.none(), nothing.withFixedCosts(1).customersToBreakEven());
        assertEquals(
                Option.none(), oneEach.withVariableCost(2).withFixedCosts(0).customersToBreakEven());
        // a target margin takes its share of the price: (1 - 0.5) * 1 = 0.5 per customer
        assertEquals(Option.some(6L), oneEach.withFixedCosts(3).customersForMargin(0.5));
    }
}
