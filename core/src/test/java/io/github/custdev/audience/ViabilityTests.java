package io.github.custdev.audience;

import static io.github.custdev.audience.UnitEconomicsTests.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class ViabilityTests {

    @Test
    void theVentureNeeds198CustomersToBreakEven() {
        UnitEconomics economics = Segments.economics();
        // 15000 / (100 - 0.04 * 600) = 15000 / 76 = 197.4
        assertEquals(Option.some(198L), economics.customersToBreakEven());
        assertEquals(2500.0, economics.lifetimeValue(), 1e-9);
        assertEquals(2500.0 / 600, economics.ltvToCac().get(), 1e-12);
        // 2500 (1 - 0.96^n) >= 600: 0.96^n <= 0.76, n >= 6.72
        assertEquals(Option.some(7L), economics.paybackPeriods());
    }

    @Test
    void aFixedConversionThatFallsShortIsNotViable() {
        Viability viability = Segments.solo().viability(0.9);
        assertEquals(Option.some(198L), viability.customersNeeded());
        assertEquals(150.0, viability.expectedCustomers(), 1e-9);
        assertEquals(0.0, viability.probability());
        assertFalse(viability.isViable());
        assertEquals(-48.0, viability.margin().get(), 1e-9);
        assertEquals(150 * 76.0 - 15_000, viability.expectedProfit(), 1e-6);
        assertEquals(
                "'solo-practices' is not viable: 2,500 reachable x 6.00% conversion = 150.0 expected paying customers"
                        + " < 198 needed to break even (short by 48.0)",
                viability.reason());
    }

    @Test
    void aFixedConversionThatCoversTheNeedIsViable() {
        Viability viability = Segments.chains().viability(0.99);
        assertEquals(1.0, viability.probability());
        assertTrue(viability.isViable());
        assertEquals(402.0, viability.margin().get(), 1e-9);
        assertEquals(
                "'dental-chains' is viable: 30,000 reachable x 2.00% conversion = 600.0 expected paying customers"
                        + " >= 198 needed to break even (margin 402.0)",
                viability.reason());
    }

    @Test
    void anAudienceNamesItsSizeAndConversion() {
        assertEquals(
                "Audience{dental-chains, reachable 30000, conversion 2.00%}",
                Segments.chains().toString());
    }

    @Test
    void exactlyTheCustomersNeededIsViableWithAMarginOfNothing() {
        // 396 x 50% = 198 expected, exactly the 198 needed
        Viability viability = Audience.of("exact", 396, Conversion.of(0.5), Segments.economics())
                .viability(0.9);
        assertTrue(viability.isViable());
        assertEquals(0.0, viability.margin().get());
        assertEquals(
                "'exact' is viable: 396 reachable x 50.0% conversion = 198.0 expected paying customers"
                        + " >= 198 needed to break even (margin 0.0)",
                viability.toString());
    }

    @Test
    void customersWhoContributeNothingCanNeverBreakEven() {
        UnitEconomics atCost = UnitEconomics.builder()
                .price(100)
                .variableCost(100)
                .acquisitionCost(0)
                .retention(0.5)
                .fixedCosts(1_000)
                .build();
        Viability viability =
                Audience.of("at-cost", 1_000, Conversion.of(0.5), atCost).viability(0.9);
        assertEquals(Option.none(), viability.customersNeeded());
        assertEquals(
                "'at-cost' is not viable: no number of paying customers can break even: each contributes 0.00 per"
                        + " period after its variable cost and the acquisition of its replacement",
                viability.reason());
    }

    /** The probability of viability is the exact posterior's P(rate >= 198 / 4000) from Commons Statistics. */
    @Test
    void anUncertainConversionGivesTheExactPosteriorProbability() {
        Viability viability = Segments.groups().viability(0.9);
        BetaDistribution posterior = BetaDistribution.of(10, 112);
        assertEquals(posterior.survivalProbability(198 / 4000.0), viability.probability(), 1e-9);
        assertEquals(0.9220265602227053, viability.probability(), 1e-9); // scipy.stats.beta(10, 112).sf(0.0495)
        assertEquals(4000 * 10 / 122.0, viability.expectedCustomers(), 1e-6);
        assertTrue(viability.isViable());
        assertFalse(Segments.groups().viability(0.95).isViable());
        assertEquals(
                "'group-practices' is viable with probability 0.922 >= 0.900: 4,000 reachable x 8.20% expected"
                        + " conversion (Beta(10.00, 112.0) matched to 95.0% credible [0.04034, 0.1365] of"
                        + " conversion.clinics by bayesian) = 327.9 expected paying customers, 198 needed to break even"
                        + " (a conversion of at least 4.95%)",
                viability.reason());
        assertTrue(Segments.groups()
                .viability(0.95)
                .reason()
                .startsWith("'group-practices' is not viable with probability 0.922 < 0.950: "));
    }

    @Test
    void aTargetMarginNeedsMoreCustomers() {
        // 15000 / (0.8 * 120 - 20 - 24) = 15000 / 52 = 288.5
        Viability viability = Segments.groups().viability(0.9, 0.2);
        assertEquals(Option.some(289L), viability.customersNeeded());
        assertEquals(BetaDistribution.of(10, 112).survivalProbability(289 / 4000.0), viability.probability(), 1e-9);
        assertFalse(viability.isViable());
        assertTrue(
                viability
                        .reason()
                        .endsWith("289 needed to reach a 20.0% operating margin (a conversion of at least" + " 7.23%)"),
                viability::reason);
    }

    @Test
    void economicsThatNeverBreakEvenAreNeverViable() {
        Audience losing = Segments.chains().withEconomics(Segments.economics().withAcquisitionCost(3_000));
        Viability viability = losing.viability(0.5);
        assertEquals(Option.none(), viability.customersNeeded());
        assertEquals(Option.none(), viability.margin());
        assertEquals(0.0, viability.probability());
        assertFalse(viability.isViable());
        assertEquals(
                "'dental-chains' is not viable: no number of paying customers can break even: each contributes"
                        + " -20.00 per period after its variable cost and the acquisition of its replacement",
                viability.reason());
        assertEquals(
                "'dental-chains' is not viable: no number of paying customers can reach a 20.0% operating margin:"
                        + " each contributes -44.00 per period after its variable cost, the acquisition of its"
                        + " replacement and a 20.0% margin on its price",
                losing.viability(0.5, 0.2).reason());
    }

    @Test
    void anAudienceSmallerThanTheNeedIsNotViableWhateverItsConversion() {
        Audience tiny = Segments.groups().withReachableSize(150);
        assertEquals(0.0, tiny.viability(0.01).probability());
        assertEquals(
                0.0, tiny.withConversion(Conversion.of(1.0)).viability(0.01).probability());
    }

    @Test
    void invalidAudiencesAreRejectedWithFieldRuleAndValue() {
        assertMessage(
                "audience.reachableSize must be >= 1: 0", () -> Segments.solo().withReachableSize(0));
        assertMessage(
                "audience.reachableSize must be >= 1: -5", () -> Segments.solo().withReachableSize(-5));
        assertMessage(
                "audience.name must not be blank: \" \"",
                () -> Audience.of(" ", 10, Conversion.of(0.1), Segments.economics()));
        assertMessage("audience.conversion is null", () -> Audience.of("a", 10, null, Segments.economics()));
        assertMessage(
                "audience.traits must not be blank: \"\"",
                () -> Audience.builder()
                        .name("a")
                        .traits("ok", "")
                        .reachableSize(10)
                        .conversion(Conversion.of(0.1))
                        .economics(Segments.economics())
                        .build());
        assertMessage(
                "requiredProbability must be in (0, 1]: 0.0",
                () -> Segments.solo().viability(0.0));
        assertMessage(
                "requiredProbability must be in (0, 1]: 1.5",
                () -> Segments.solo().viability(1.5));
        assertMessage(
                "requiredProbability must be in (0, 1]: NaN",
                () -> Segments.solo().viability(Double.NaN));
        assertMessage(
                "targetMargin must be in [0, 1): 1.0", () -> Segments.solo().viability(0.9, 1.0));
    }

    @Test
    void audiencesAreValues() {
        assertEquals(Segments.groups(), Segments.groups());
        assertEquals(Segments.groups().hashCode(), Segments.groups().hashCode());
        assertEquals(
                List.of("one dentist", "the dentist answers the phone"),
                Segments.solo().traits());
        assertEquals(List.empty(), Segments.chains().traits());
        assertEquals(Segments.groups().viability(0.9), Segments.groups().viability(0.9));
    }

    @Test
    void aRecordedViabilityKeepsItsFiguresAsGivenNotAsComputedNow() {
        Audience groups = Segments.groups();
        Viability computed = groups.viability(0.9, 0.1);
        assertEquals(
                computed,
                Viability.of(
                        groups,
                        0.9,
                        0.1,
                        computed.customersNeeded(),
                        computed.expectedCustomers(),
                        computed.probability()));
        // figures a later version might compute: kept as recorded, and judged by them
        Viability recorded = Viability.of(groups, 0.9, 0.1, Option.some(7L), 12.5, 0.9);
        assertEquals(Option.some(7L), recorded.customersNeeded());
        assertEquals(12.5, recorded.expectedCustomers());
        assertEquals(0.9, recorded.probability());
        assertEquals(0.9, recorded.requiredProbability());
        assertEquals(0.1, recorded.targetMargin());
        assertEquals(groups, recorded.audience());
        assertTrue(recorded.isViable(), "a probability equal to the required one is viable");
        assertFalse(Viability.of(groups, 0.9, 0.0, Option.some(7L), 12.5, Math.nextDown(0.9))
                .isViable());
        assertEquals(5.5, recorded.margin().get());
    }

    @Test
    void aRecordedViabilityIsCheckedForItsRanges() {
        Audience groups = Segments.groups();
        Option<Long> seven = Option.some(7L);
        assertMessage("audience is null", () -> Viability.of(null, 0.9, 0.0, seven, 1.0, 0.5));
        assertMessage(
                "requiredProbability must be in (0, 1]: 0.0", () -> Viability.of(groups, 0.0, 0.0, seven, 1.0, 0.5));
        assertMessage("targetMargin must be in [0, 1): 1.0", () -> Viability.of(groups, 0.9, 1.0, seven, 1.0, 0.5));
        assertMessage("customersNeeded is null", () -> Viability.of(groups, 0.9, 0.0, null, 1.0, 0.5));
        assertMessage(
                "customersNeeded must be >= 1: 0", () -> Viability.of(groups, 0.9, 0.0, Option.some(0L), 1.0, 0.5));
        assertEquals(
                Option.some(1L),
                Viability.of(groups, 0.9, 0.0, Option.some(1L), 1.0, 0.5).customersNeeded());
        assertMessage(
                "expectedCustomers must be finite and >= 0: -0.5",
                () -> Viability.of(groups, 0.9, 0.0, seven, -0.5, 0.5));
        assertMessage(
                "expectedCustomers must be finite and >= 0: NaN",
                () -> Viability.of(groups, 0.9, 0.0, seven, Double.NaN, 0.5));
        assertMessage(
                "expectedCustomers must be finite and >= 0: Infinity",
                () -> Viability.of(groups, 0.9, 0.0, seven, Double.POSITIVE_INFINITY, 0.5));
        assertEquals(0.0, Viability.of(groups, 0.9, 0.0, seven, 0.0, 0.0).expectedCustomers());
        assertMessage("probability must be in [0, 1]: 1.3", () -> Viability.of(groups, 0.9, 0.0, seven, 1.0, 1.3));
        assertMessage("probability must be in [0, 1]: -0.1", () -> Viability.of(groups, 0.9, 0.0, seven, 1.0, -0.1));
        assertMessage(
                "probability must be in [0, 1]: NaN", () -> Viability.of(groups, 0.9, 0.0, seven, 1.0, Double.NaN));
        assertEquals(1.0, Viability.of(groups, 0.9, 0.0, seven, 1.0, 1.0).probability());
    }

    @Test
    void aRecordedViabilityWithNoNumberOfCustomersHasProbabilityZero() {
        Audience groups = Segments.groups();
        Viability never = Viability.of(groups, 0.9, 0.5, Option.none(), 3.0, 0.0);
        assertEquals(Option.none(), never.customersNeeded());
        assertFalse(never.isViable());
        assertMessage(
                "probability must be 0 when no number of customers suffices (customersNeeded none): 4.9E-324",
                () -> Viability.of(groups, 0.9, 0.5, Option.none(), 3.0, Double.MIN_VALUE));
    }
}
