package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.CustDevException;
import io.github.custdev.InvalidValueException;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class UnitEconomicsTests {

    /** A subscription at 100 a month, 20 to serve, 300 to win, 90% monthly retention, 20,000 fixed costs a month. */
    static UnitEconomics subscription() {
        return UnitEconomics.builder()
                .price(100)
                .variableCost(20)
                .acquisitionCost(300)
                .retention(0.9)
                .fixedCosts(20_000)
                .build();
    }

    @Test
    void marginsAndLifetimeByHand() {
        UnitEconomics economics = subscription();
        assertEquals(80.0, economics.margin());
        // 80 - (1 - 0.9) * 300 = 50
        assertEquals(50.0, economics.marginAfterAcquisition(), 1e-12);
        assertEquals(10.0, economics.expectedLifetime(), 1e-12);
        // m / (1 - r) = 80 / 0.1
        assertEquals(800.0, economics.lifetimeValue(), 1e-9);
        assertEquals(800.0 / 300.0, economics.ltvToCac().get(), 1e-12);
    }

    @Test
    void discountedLifetimeValueByHandAndAgainstGuptaLehmann() {
        UnitEconomics economics = subscription().withDiscountRate(0.01);
        // 80 * 1.01 / (1.01 - 0.9) = 80.8 / 0.11
        assertEquals(734.5454545454545, economics.lifetimeValue(), 1e-9);
        // Gupta and Lehmann (2003) count margins at period ends, leaving out the first: m r / (1 + i - r).
        double guptaLehmann = 80 * 0.9 / (1 + 0.01 - 0.9);
        assertEquals(guptaLehmann + 80, economics.lifetimeValue(), 1e-9);
    }

    @Test
    void lifetimeValueEqualsTheSumOfExpectedDiscountedMargins() {
        UnitEconomics economics = subscription().withRetention(0.95).withDiscountRate(0.02);
        double sum = 0;
        double weight = 1;
        for (int t = 0; t < 10_000; t++) {
            sum += economics.margin() * weight;
            weight *= 0.95 / 1.02;
        }
        assertEquals(sum, economics.lifetimeValue(), 1e-9);
    }

    @Test
    void retentionZeroIsOnePeriodOfMargin() {
        UnitEconomics economics = subscription().withRetention(0);
        assertEquals(80.0, economics.lifetimeValue());
        assertEquals(1.0, economics.expectedLifetime());
        assertEquals(Option.none(), economics.paybackPeriods()); // 80 < 300, and the customer is gone
        assertEquals(Option.some(1L), economics.withAcquisitionCost(80).paybackPeriods());
    }

    @Test
    void paybackByHand() {
        // 800 (1 - 0.9^n) >= 300: 0.9^4 = 0.6561 gives 275.1, 0.9^5 = 0.59049 gives 327.6
        assertEquals(Option.some(5L), subscription().paybackPeriods());
        // Discounting at 1% a period: S_5 = 321.85 < 325 <= S_6 = 378.0; undiscounted S_5 = 327.6 >= 325
        assertEquals(Option.some(5L), subscription().withAcquisitionCost(325).paybackPeriods());
        assertEquals(
                Option.some(6L),
                subscription().withAcquisitionCost(325).withDiscountRate(0.01).paybackPeriods());
    }

    @Test
    void paybackAgainstDirectSummation() {
        double[] retentions = {0.0, 0.3, 0.8, 0.9, 0.97, 0.999};
        double[] costs = {1, 50, 79.9, 80, 299, 300, 1_000, 5_000};
        for (double r : retentions) {
            for (double cac : costs) {
                for (double d : new double[] {0.0, 0.01}) {
                    UnitEconomics economics = subscription()
                            .withRetention(r)
                            .withAcquisitionCost(cac)
                            .withDiscountRate(d);
                    assertEquals(directPayback(80, r / (1 + d), cac), economics.paybackPeriods(), economics::toString);
                }
            }
        }
    }

    private static Option<Long> directPayback(double margin, double g, double cac) {
        double sum = 0;
        double weight = 1;
        for (long n = 1; n <= 1_000_000; n++) {
            sum += margin * weight;
            weight *= g;
            if (sum >= cac) {
                return Option.some(n);
            }
        }
        return Option.none();
    }

    @Test
    void paybackEdges() {
        assertEquals(Option.some(0L), subscription().withAcquisitionCost(0).paybackPeriods());
        assertEquals(Option.none(), subscription().withVariableCost(100).paybackPeriods());
        // LTV = 80 / (1 - 0.5) = 160: a customer who costs 160 is repaid only in the limit
        UnitEconomics halfRetained = subscription().withRetention(0.5);
        assertEquals(Option.none(), halfRetained.withAcquisitionCost(160).paybackPeriods());
        // 160 (1 - 0.5^n) >= 159: S_7 = 158.75, S_8 = 159.375
        assertEquals(Option.some(8L), halfRetained.withAcquisitionCost(159).paybackPeriods());
    }

    @Test
    void ltvToCacIsUndefinedWhenAcquisitionIsFree() {
        assertEquals(Option.none(), subscription().withAcquisitionCost(0).ltvToCac());
    }

    @Test
    void breakEvenByHand() {
        // 20000 / (80 - 0.1 * 300) = 20000 / 50 = 400
        UnitEconomics economics = subscription();
        assertEquals(Option.some(400L), economics.customersToBreakEven());
        assertEquals(0.0, economics.profit(400), 1e-9);
        assertEquals(-50.0, economics.profit(399), 1e-9);
        // 20% operating margin: 20000 / (0.8 * 100 - 20 - 30) = 20000 / 30 = 666.7, so 667
        assertEquals(Option.some(667L), economics.customersForMargin(0.2));
        double revenue = 667 * 100.0;
        assertEquals(true, economics.profit(667) >= 0.2 * revenue);
        assertEquals(false, economics.profit(666) >= 0.2 * 666 * 100.0);
    }

    @Test
    void breakEvenAgainstBruteForce() {
        double[] fixed = {0, 1, 999, 20_000, 123_456.78};
        double[] margins = {0.0, 0.05, 0.2, 0.45};
        for (double f : fixed) {
            for (double mu : margins) {
                UnitEconomics economics = subscription().withFixedCosts(f);
                Option<Long> expected = Option.none();
                for (long n = 1; n <= 100_000; n++) {
                    if (economics.profit(n) >= mu * n * economics.price()) {
                        expected = Option.some(n);
                        break;
                    }
                }
                assertEquals(expected, economics.customersForMargin(mu), () -> f + " at margin " + mu);
            }
        }
    }

    @Test
    void breakEvenEdges() {
        assertEquals(Option.some(1L), subscription().withFixedCosts(0).customersToBreakEven());
        // each customer loses money after replacing itself: 80 - 0.1 * 900 = -10
        assertEquals(Option.none(), subscription().withAcquisitionCost(900).customersToBreakEven());
        // exactly nothing left per customer: 80 - 0.5 * 160 = 0 (with retention 0.9, 1 - r is not exactly 0.1)
        UnitEconomics nothingLeft = subscription().withRetention(0.5).withAcquisitionCost(160);
        assertEquals(Option.none(), nothingLeft.customersToBreakEven());
        assertEquals(Option.some(1L), nothingLeft.withFixedCosts(0).customersToBreakEven());
        // more customers than a long can count
        assertEquals(
                Option.none(),
                subscription()
                        .withFixedCosts(1e300)
                        .withAcquisitionCost(799.9999)
                        .customersToBreakEven());
        // a 50% margin leaves (0.5 * 100 - 20 - 0.5 * 60) = 0 per customer: never, with fixed costs to pay
        assertEquals(
                Option.none(),
                subscription().withRetention(0.5).withAcquisitionCost(60).customersForMargin(0.5));
    }

    @Test
    void invalidEconomicsAreRejectedWithFieldRuleAndValue() {
        assertMessage(
                "economics.price must be finite and >= 0: -1.0",
                () -> subscription().withPrice(-1));
        assertMessage(
                "economics.price must be finite and >= 0: NaN",
                () -> subscription().withPrice(Double.NaN));
        assertMessage(
                "economics.variableCost must be finite and >= 0: Infinity",
                () -> subscription().withVariableCost(Double.POSITIVE_INFINITY));
        assertMessage(
                "economics.acquisitionCost must be finite and >= 0: -0.5",
                () -> subscription().withAcquisitionCost(-0.5));
        assertMessage(
                "economics.retention must be in [0, 1): 1.0",
                () -> subscription().withRetention(1.0));
        assertMessage(
                "economics.retention must be in [0, 1): -0.1",
                () -> subscription().withRetention(-0.1));
        assertMessage(
                "economics.retention must be in [0, 1): NaN",
                () -> subscription().withRetention(Double.NaN));
        assertMessage(
                "economics.fixedCosts must be finite and >= 0: -Infinity",
                () -> subscription().withFixedCosts(Double.NEGATIVE_INFINITY));
        assertMessage(
                "economics.discountRate must be finite and >= 0: -0.01",
                () -> subscription().withDiscountRate(-0.01));
        assertMessage(
                "targetMargin must be in [0, 1): 1.0", () -> subscription().customersForMargin(1.0));
        assertMessage(
                "targetMargin must be in [0, 1): -0.2", () -> subscription().customersForMargin(-0.2));
        assertMessage(
                "customers must be finite and >= 0: -1.0", () -> subscription().profit(-1));
        assertThrows(
                CustDevException.class, () -> UnitEconomics.builder().price(1).build());
    }

    @Test
    void theTextRoundsTheDerivedAmountsWhileTheAccessorsKeepThem() {
        UnitEconomics economics = UnitEconomics.builder()
                .price(132)
                .variableCost(20)
                .acquisitionCost(600)
                .retention(0.96)
                .fixedCosts(15_000)
                .build();
        // 112 / (1 - 0.96) in double arithmetic: 1 - 0.96 is 0.040000000000000036
        assertEquals(2799.9999999999977, economics.lifetimeValue());
        assertEquals(
                "UnitEconomics{price 132, variable cost 20, acquisition cost 600, retention 96%, fixed costs 15000;"
                        + " margin 112, lifetime value 2800, LTV/CAC 4.67, payback 6 periods, break-even 171"
                        + " customers}",
                economics.toString());
    }

    @Test
    void theTextSaysWhenAFigureIsNeverReachedAndShowsADiscountRate() {
        UnitEconomics losing = UnitEconomics.builder()
                .price(10)
                .variableCost(20)
                .acquisitionCost(0)
                .retention(0)
                .fixedCosts(1)
                .discountRate(0.015)
                .build();
        assertEquals(
                "UnitEconomics{price 10, variable cost 20, acquisition cost 0, retention 0%, fixed costs 1, discount"
                        + " rate 1.5%; margin -10, lifetime value -10, payback 0 periods, break-even never}",
                losing.toString());
        UnitEconomics once = UnitEconomics.builder()
                .price(100)
                .variableCost(0)
                .acquisitionCost(50)
                .retention(0.5)
                .fixedCosts(100)
                .build();
        assertEquals(
                "UnitEconomics{price 100, variable cost 0, acquisition cost 50, retention 50%, fixed costs 100;"
                        + " margin 100, lifetime value 200, LTV/CAC 4, payback 1 period, break-even 2 customers}",
                once.toString());
        UnitEconomics never = UnitEconomics.builder()
                .price(100)
                .variableCost(0)
                .acquisitionCost(500)
                .retention(0.5)
                .fixedCosts(100)
                .build();
        assertEquals(
                "UnitEconomics{price 100, variable cost 0, acquisition cost 500, retention 50%, fixed costs 100;"
                        + " margin 100, lifetime value 200, LTV/CAC 0.4, payback never, break-even never}",
                never.toString());
    }

    static void assertMessage(String message, Runnable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call::run);
        assertEquals(message, e.getMessage());
    }
}
