package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleTests {

    @Test
    void buildersSearchAndOperatorsExecute() {
        assertFalse(Role.FOUNDER.isExecutor());
        assertFalse(Role.CUSTOMER_DEVELOPMENT.isExecutor());
        assertFalse(Role.ENGINEER.isExecutor());
        assertTrue(Role.VP_SALES.isExecutor());
        assertTrue(Role.VP_MARKETING.isExecutor());
        assertTrue(Role.SALES_REPRESENTATIVE.isExecutor());
        assertTrue(Role.OPERATIONS_MANAGER.isExecutor());
        assertEquals(Mode.EXECUTE, Role.VP_SALES.mode());
        assertEquals("VP of Sales", Role.VP_SALES.name());
        assertEquals("VP of Sales (EXECUTE)", Role.VP_SALES.toString());
    }

    @Test
    void rolesAreEqualByNameAndMode() {
        assertEquals(Role.VP_SALES, Role.of("VP of Sales", Mode.EXECUTE));
        assertEquals(
                Role.VP_SALES.hashCode(), Role.of("VP of Sales", Mode.EXECUTE).hashCode());
        assertNotEquals(Role.VP_SALES, Role.of("VP of Sales", Mode.SEARCH));
        assertNotEquals(Role.VP_SALES, Role.of("VP Sales", Mode.EXECUTE));
    }

    @Test
    void aRoleNeedsANameAndAMode() {
        assertEquals(
                "role.name must not be blank: \"\"",
                assertThrows(InvalidValueException.class, () -> Role.of("", Mode.SEARCH))
                        .getMessage());
        assertEquals(
                "role.mode is null",
                assertThrows(InvalidValueException.class, () -> Role.of("Engineer", null))
                        .getMessage());
    }

    @Test
    void prematureScalingIsAnExecutorHiredWhileSearching() {
        PrematureScaling hire = PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_VALIDATION, T0);
        assertEquals(Role.VP_SALES, hire.role());
        assertEquals(Phase.CUSTOMER_VALIDATION, hire.phase());
        assertEquals(T0, hire.at());
        assertEquals("VP of Sales hired at 2026-03-02T09:00:00Z during CUSTOMER_VALIDATION", hire.toString());
        assertEquals(hire, PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_VALIDATION, T0));
        assertEquals(
                hire.hashCode(),
                PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_VALIDATION, T0)
                        .hashCode());
        assertNotEquals(hire, PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_DISCOVERY, T0));
        assertEquals(
                "role must be an executor role to scale prematurely: Engineer (SEARCH)",
                assertThrows(
                                InvalidValueException.class,
                                () -> PrematureScaling.of(Role.ENGINEER, Phase.CUSTOMER_DISCOVERY, T0))
                        .getMessage());
        assertEquals(
                "phase must be a search phase to scale prematurely: CUSTOMER_CREATION",
                assertThrows(
                                InvalidValueException.class,
                                () -> PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_CREATION, T0))
                        .getMessage());
        assertThrows(
                InvalidValueException.class, () -> PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_DISCOVERY, null));
    }
}
