package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrengthTests {

    @Test
    void saidIsWeakerThanDidWhichIsWeakerThanPaid() {
        assertEquals(List.of(Strength.SAID, Strength.DID, Strength.PAID), Arrays.asList(Strength.values()));
        assertTrue(Strength.SAID.compareTo(Strength.DID) < 0);
        assertTrue(Strength.DID.compareTo(Strength.PAID) < 0);
    }

    @Test
    void isAtLeastIncludesTheStrengthItself() {
        assertTrue(Strength.SAID.isAtLeast(Strength.SAID));
        assertFalse(Strength.SAID.isAtLeast(Strength.DID));
        assertFalse(Strength.SAID.isAtLeast(Strength.PAID));
        assertTrue(Strength.DID.isAtLeast(Strength.SAID));
        assertTrue(Strength.DID.isAtLeast(Strength.DID));
        assertFalse(Strength.DID.isAtLeast(Strength.PAID));
        assertTrue(Strength.PAID.isAtLeast(Strength.SAID));
        assertTrue(Strength.PAID.isAtLeast(Strength.DID));
        assertTrue(Strength.PAID.isAtLeast(Strength.PAID));
    }
}
