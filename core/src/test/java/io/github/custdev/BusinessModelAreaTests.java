package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessModelAreaTests {

    @Test
    void theAreasAreTheBuildingBlocksOfTheBusinessModelWithTheProblem() {
        assertEquals(
                List.of(
                        BusinessModelArea.CUSTOMER_SEGMENT,
                        BusinessModelArea.PROBLEM,
                        BusinessModelArea.VALUE_PROPOSITION,
                        BusinessModelArea.CHANNEL,
                        BusinessModelArea.CUSTOMER_RELATIONSHIP,
                        BusinessModelArea.REVENUE,
                        BusinessModelArea.KEY_RESOURCES,
                        BusinessModelArea.KEY_ACTIVITIES,
                        BusinessModelArea.KEY_PARTNERS,
                        BusinessModelArea.COST_STRUCTURE),
                Arrays.asList(BusinessModelArea.values()));
    }
}
