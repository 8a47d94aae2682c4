package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.scoring.ScoringStrategy;
import org.junit.jupiter.api.Test;

class GateCriterionTests {

    @Test
    void aCriterionNamesWhatMustBeSupportedAndByWhichStrategy() {
        GateCriterion one = GateCriterion.hypothesis(id("problem.no-shows"), "counting", COUNTING);
        assertEquals("hypothesis problem.no-shows is supported (counting)", one.describe());
        assertEquals(one.describe(), one.toString());
        assertEquals("counting", one.strategyName());
        assertEquals(COUNTING, one.strategy());
        assertEquals(id("problem.no-shows"), ((GateCriterion.HypothesisSupported) one).hypothesisId());
        GateCriterion area = GateCriterion.area(BusinessModelArea.CUSTOMER_RELATIONSHIP, "counting", COUNTING);
        assertEquals("every customer relationship hypothesis is supported (counting)", area.describe());
        assertEquals(BusinessModelArea.CUSTOMER_RELATIONSHIP, ((GateCriterion.AreaSupported) area).area());
    }

    @Test
    void criteriaAreEqualByTheirPartsAndStrategy() {
        ScoringStrategy other = Fixtures.counting(1, 1);
        assertEquals(
                GateCriterion.area(BusinessModelArea.PROBLEM, "counting", COUNTING),
                GateCriterion.area(BusinessModelArea.PROBLEM, "counting", COUNTING));
        assertEquals(
                GateCriterion.area(BusinessModelArea.PROBLEM, "counting", COUNTING)
                        .hashCode(),
                GateCriterion.area(BusinessModelArea.PROBLEM, "counting", COUNTING)
                        .hashCode());
        assertNotEquals(
                GateCriterion.area(BusinessModelArea.PROBLEM, "counting", COUNTING),
                GateCriterion.area(BusinessModelArea.PROBLEM, "counting", other));
        assertNotEquals(
                GateCriterion.area(BusinessModelArea.PROBLEM, "counting", COUNTING),
                GateCriterion.area(BusinessModelArea.PROBLEM, "other", COUNTING));
        assertEquals(
                GateCriterion.hypothesis(id("a"), "counting", COUNTING),
                GateCriterion.hypothesis(id("a"), "counting", COUNTING));
        assertEquals(
                GateCriterion.hypothesis(id("a"), "counting", COUNTING).hashCode(),
                GateCriterion.hypothesis(id("a"), "counting", COUNTING).hashCode());
        assertNotEquals(
                GateCriterion.hypothesis(id("a"), "counting", COUNTING),
                GateCriterion.hypothesis(id("b"), "counting", COUNTING));
    }

    @Test
    void partsAreChecked() {
        assertEquals(
                "criterion.strategyName must not be blank: \"\"",
                assertThrows(
                                InvalidValueException.class,
                                () -> GateCriterion.area(BusinessModelArea.PROBLEM, "", COUNTING))
                        .getMessage());
        assertEquals(
                "criterion.area is null",
                assertThrows(InvalidValueException.class, () -> GateCriterion.area(null, "c", COUNTING))
                        .getMessage());
        assertEquals(
                "criterion.strategy is null",
                assertThrows(InvalidValueException.class, () -> GateCriterion.hypothesis(id("a"), "c", null))
                        .getMessage());
        assertEquals(
                "criterion.hypothesisId is null",
                assertThrows(InvalidValueException.class, () -> GateCriterion.hypothesis(null, "c", COUNTING))
                        .getMessage());
    }

    @Test
    void aShouldMeetCriterionHasAPositiveWeight() {
        GateCriterion area = GateCriterion.area(BusinessModelArea.REVENUE, "counting", COUNTING);
        WeightedCriterion weighted = WeightedCriterion.of(area, 2);
        assertEquals(area, weighted.criterion());
        assertEquals(2, weighted.weight());
        assertEquals("every revenue hypothesis is supported (counting), weight 2.0", weighted.toString());
        assertEquals(weighted, WeightedCriterion.of(area, 2));
        assertEquals(weighted.hashCode(), WeightedCriterion.of(area, 2).hashCode());
        assertNotEquals(weighted, WeightedCriterion.of(area, 3));
        assertEquals(
                "criterion.weight must be finite and > 0: -1.0",
                assertThrows(InvalidValueException.class, () -> WeightedCriterion.of(area, -1))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> WeightedCriterion.of(area, Double.POSITIVE_INFINITY));
        assertThrows(InvalidValueException.class, () -> WeightedCriterion.of(null, 1));
    }
}
