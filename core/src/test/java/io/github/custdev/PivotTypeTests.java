package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

class PivotTypeTests {

    @Test
    void theCatalogueHasTheTenLeanStartupPivots() {
        assertEquals(
                List.of(
                        "zoom-in",
                        "zoom-out",
                        "customer segment",
                        "customer need",
                        "platform",
                        "business architecture",
                        "value capture",
                        "engine of growth",
                        "channel",
                        "technology"),
                List.of(PivotType.values()).map(PivotType::label));
        for (PivotType type : PivotType.values()) {
            assertFalse(type.description().isBlank());
        }
    }

    @Test
    void eachAreaSuggestsTheClosestPivotFirst() {
        assertEquals(List.of(PivotType.CUSTOMER_SEGMENT), PivotType.fitting(BusinessModelArea.CUSTOMER_SEGMENT));
        assertEquals(
                PivotType.CUSTOMER_NEED,
                PivotType.fitting(BusinessModelArea.PROBLEM).head());
        assertEquals(
                List.of(PivotType.ZOOM_IN, PivotType.ZOOM_OUT, PivotType.PLATFORM),
                PivotType.fitting(BusinessModelArea.VALUE_PROPOSITION));
        assertEquals(List.of(PivotType.CHANNEL), PivotType.fitting(BusinessModelArea.CHANNEL));
        assertEquals(List.of(PivotType.ENGINE_OF_GROWTH), PivotType.fitting(BusinessModelArea.CUSTOMER_RELATIONSHIP));
        assertEquals(
                List.of(PivotType.VALUE_CAPTURE, PivotType.BUSINESS_ARCHITECTURE),
                PivotType.fitting(BusinessModelArea.REVENUE));
        assertEquals(
                PivotType.TECHNOLOGY,
                PivotType.fitting(BusinessModelArea.KEY_RESOURCES).head());
        assertEquals(
                PivotType.PLATFORM,
                PivotType.fitting(BusinessModelArea.KEY_ACTIVITIES).head());
        assertEquals(
                PivotType.BUSINESS_ARCHITECTURE,
                PivotType.fitting(BusinessModelArea.COST_STRUCTURE).head());
    }

    @Test
    void everyAreaHasAFittingPivotAndEveryPivotFitsAnArea() {
        Seq<PivotType> all = List.empty();
        for (BusinessModelArea area : BusinessModelArea.values()) {
            assertFalse(PivotType.fitting(area).isEmpty(), area.toString());
            all = all.appendAll(PivotType.fitting(area));
        }
        assertEquals(HashSet.of(PivotType.values()), HashSet.ofAll(all));
    }

    @Test
    void areasAreTheConverseOfFitting() {
        for (PivotType type : PivotType.values()) {
            assertFalse(type.areas().isEmpty());
            for (BusinessModelArea area : BusinessModelArea.values()) {
                assertEquals(
                        PivotType.fitting(area).contains(type), type.areas().contains(area));
            }
        }
        assertTrue(PivotType.TECHNOLOGY.areas().contains(BusinessModelArea.KEY_RESOURCES));
    }

    @Test
    void anAudienceTooSmallSuggestsAnotherSegmentOrChannelThenTheWayItPays() {
        UnitEconomics economics = UnitEconomics.builder()
                .price(100)
                .variableCost(20)
                .acquisitionCost(0)
                .retention(0.9)
                .fixedCosts(8_000)
                .build();
        // 100 customers break even; 1,000 reachable at 5% bring 50.
        Viability small =
                Audience.of("small", 1_000, Conversion.of(0.05), economics).viability(0.9);
        assertFalse(small.isViable());
        assertEquals(
                List.of(
                        PivotType.CUSTOMER_SEGMENT,
                        PivotType.CHANNEL,
                        PivotType.VALUE_CAPTURE,
                        PivotType.BUSINESS_ARCHITECTURE),
                PivotType.fitting(small));
    }

    @Test
    void anAudienceThatLosesMoneyOnEveryCustomerSuggestsChangingTheWayItPaysFirst() {
        UnitEconomics losing = UnitEconomics.builder()
                .price(100)
                .variableCost(120)
                .acquisitionCost(0)
                .retention(0.9)
                .fixedCosts(8_000)
                .build();
        Viability unprofitable =
                Audience.of("any", 1_000_000, Conversion.of(0.5), losing).viability(0.9);
        assertTrue(unprofitable.customersNeeded().isEmpty());
        assertEquals(
                List.of(PivotType.VALUE_CAPTURE, PivotType.BUSINESS_ARCHITECTURE, PivotType.CUSTOMER_SEGMENT),
                PivotType.fitting(unprofitable));
    }

    @Test
    void aViableAudienceSuggestsNoPivot() {
        UnitEconomics economics = UnitEconomics.builder()
                .price(100)
                .variableCost(20)
                .acquisitionCost(0)
                .retention(0.9)
                .fixedCosts(8_000)
                .build();
        assertTrue(PivotType.fitting(Audience.of("big", 10_000, Conversion.of(0.05), economics)
                        .viability(0.9))
                .isEmpty());
        assertEquals(
                "viability is null",
                assertThrows(InvalidValueException.class, () -> PivotType.fitting((Viability) null))
                        .getMessage());
    }

    @Test
    void aNullAreaIsAnInvalidValue() {
        assertEquals(
                "area is null",
                assertThrows(InvalidValueException.class, () -> PivotType.fitting((BusinessModelArea) null))
                        .getMessage());
    }
}
