package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aNullAreaIsAnInvalidValue() {
        assertEquals(
                "area is null",
                assertThrows(InvalidValueException.class, () -> PivotType.fitting(null))
                        .getMessage());
    }
}
