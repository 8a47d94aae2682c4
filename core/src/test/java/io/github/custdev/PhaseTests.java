package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTests {

    @Test
    void thePhasesComeInTheOrderOfCustomerDevelopment() {
        assertEquals(
                List.of(
                        Phase.CUSTOMER_DISCOVERY,
                        Phase.CUSTOMER_VALIDATION,
                        Phase.CUSTOMER_CREATION,
                        Phase.COMPANY_BUILDING),
                Arrays.asList(Phase.values()));
        assertEquals(Phase.CUSTOMER_DISCOVERY, Phase.first());
    }

    @Test
    void discoveryAndValidationSearchCreationAndBuildingExecute() {
        assertEquals(Mode.SEARCH, Phase.CUSTOMER_DISCOVERY.mode());
        assertEquals(Mode.SEARCH, Phase.CUSTOMER_VALIDATION.mode());
        assertEquals(Mode.EXECUTE, Phase.CUSTOMER_CREATION.mode());
        assertEquals(Mode.EXECUTE, Phase.COMPANY_BUILDING.mode());
        assertTrue(Phase.CUSTOMER_DISCOVERY.isSearch());
        assertTrue(Phase.CUSTOMER_VALIDATION.isSearch());
        assertFalse(Phase.CUSTOMER_CREATION.isSearch());
        assertFalse(Phase.COMPANY_BUILDING.isSearch());
        assertEquals(List.of(Mode.SEARCH, Mode.EXECUTE), Arrays.asList(Mode.values()));
    }

    @Test
    void nextAndPreviousWalkTheSteps() {
        assertEquals(Option.some(Phase.CUSTOMER_VALIDATION), Phase.CUSTOMER_DISCOVERY.next());
        assertEquals(Option.some(Phase.CUSTOMER_CREATION), Phase.CUSTOMER_VALIDATION.next());
        assertEquals(Option.some(Phase.COMPANY_BUILDING), Phase.CUSTOMER_CREATION.next());
        assertEquals(Option.none(), Phase.COMPANY_BUILDING.next());

        assertEquals(Option.none(), Phase.CUSTOMER_DISCOVERY.previous());
        assertEquals(Option.some(Phase.CUSTOMER_DISCOVERY), Phase.CUSTOMER_VALIDATION.previous());
        assertEquals(Option.some(Phase.CUSTOMER_VALIDATION), Phase.CUSTOMER_CREATION.previous());
        assertEquals(Option.some(Phase.CUSTOMER_CREATION), Phase.COMPANY_BUILDING.previous());

        for (Phase phase : Phase.values()) {
            phase.next().forEach(next -> assertEquals(Option.some(phase), next.previous()));
        }
    }

    @Test
    void isBeforeAndIsAfterFollowTheOrder() {
        assertTrue(Phase.CUSTOMER_DISCOVERY.isBefore(Phase.CUSTOMER_VALIDATION));
        assertTrue(Phase.CUSTOMER_DISCOVERY.isBefore(Phase.COMPANY_BUILDING));
        assertFalse(Phase.CUSTOMER_VALIDATION.isBefore(Phase.CUSTOMER_VALIDATION));
        assertFalse(Phase.CUSTOMER_CREATION.isBefore(Phase.CUSTOMER_VALIDATION));
        assertTrue(Phase.COMPANY_BUILDING.isAfter(Phase.CUSTOMER_CREATION));
        assertFalse(Phase.CUSTOMER_CREATION.isAfter(Phase.CUSTOMER_CREATION));
        assertFalse(Phase.CUSTOMER_DISCOVERY.isAfter(Phase.CUSTOMER_VALIDATION));
    }

    @Test
    void eachPhaseAsksItsOwnQuestion() {
        assertEquals(
                "Does the product solve a problem that an identified group of customers will pay to have solved?",
                Phase.CUSTOMER_DISCOVERY.question());
        assertEquals(
                "Is there a repeatable sales process, a known buyer, a known sales cycle (ROI, timeline),"
                        + " a profitable financial model?",
                Phase.CUSTOMER_VALIDATION.question());
        assertEquals(
                "Is demand being generated: are customers buying, is the base growing from several to many?",
                Phase.CUSTOMER_CREATION.question());
        assertEquals(
                "Does the organisation match the job: builders while searching, operators while executing?",
                Phase.COMPANY_BUILDING.question());
    }
}
