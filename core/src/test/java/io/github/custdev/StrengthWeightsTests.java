package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrengthWeightsTests {
    private static final String RULE = "must be finite and >= 0";

    @Test
    void eachStrengthHasItsWeight() {
        StrengthWeights weights = StrengthWeights.of(1, 4, 16);
        assertEquals(1.0, weights.of(Strength.SAID));
        assertEquals(4.0, weights.of(Strength.DID));
        assertEquals(16.0, weights.of(Strength.PAID));
        assertFalse(weights.isEqual());
        assertEquals("StrengthWeights[SAID=1.0, DID=4.0, PAID=16.0]", weights.toString());
    }

    @Test
    void equalWeightsCountEveryItemOnce() {
        StrengthWeights equal = StrengthWeights.equal();
        for (Strength strength : Strength.values()) {
            assertEquals(1.0, equal.of(strength));
        }
        assertTrue(equal.isEqual());
        assertTrue(StrengthWeights.of(1, 1, 1).isEqual());
        assertEquals(equal, StrengthWeights.of(1, 1, 1));
        assertFalse(StrengthWeights.of(2, 2, 2).isEqual(), "equal means one each, not merely the same");
    }

    @Test
    void aZeroWeightLeavesAStrengthOut() {
        StrengthWeights paidOnly = StrengthWeights.of(0, 0, 1);
        assertEquals(0.0, paidOnly.of(Strength.SAID));
        assertEquals(1.0, paidOnly.of(Strength.PAID));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, -0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsWeightsThatAreNegativeOrNotFinite(double bad) {
        Expect.invalid(
                "weights.said " + RULE + ": " + bad, "weights.said", RULE, bad, () -> StrengthWeights.of(bad, 1, 1));
        Expect.invalid(
                "weights.did " + RULE + ": " + bad, "weights.did", RULE, bad, () -> StrengthWeights.of(1, bad, 1));
        Expect.invalid(
                "weights.paid " + RULE + ": " + bad, "weights.paid", RULE, bad, () -> StrengthWeights.of(1, 1, bad));
    }

    @ParameterizedTest
    @ValueSource(doubles = {4.9e-324, 1e-300, 9.99e-7, 1000000.1, 1e300, Double.MAX_VALUE})
    void rejectsWeightsOutsideTheirRange(double bad) {
        String rule = "must be 0 or in [1.0E-6, 1000000.0]";
        Expect.invalid(
                "weights.said " + rule + ": " + bad, "weights.said", rule, bad, () -> StrengthWeights.of(bad, 1, 1));
        Expect.invalid(
                "weights.did " + rule + ": " + bad, "weights.did", rule, bad, () -> StrengthWeights.of(1, bad, 1));
        Expect.invalid(
                "weights.paid " + rule + ": " + bad, "weights.paid", rule, bad, () -> StrengthWeights.of(1, 1, bad));
    }

    @Test
    void acceptsTheEndsOfTheRange() {
        StrengthWeights ends = StrengthWeights.of(StrengthWeights.MINIMUM, 0, StrengthWeights.MAXIMUM);
        assertEquals(1e-6, ends.of(Strength.SAID));
        assertEquals(0.0, ends.of(Strength.DID));
        assertEquals(1e6, ends.of(Strength.PAID));
    }

    @Test
    void rejectsWeightsThatAreAllZero() {
        Expect.invalid(
                "weights must not all be zero: \"(0, 0, 0)\"",
                "weights",
                "must not all be zero",
                "(0, 0, 0)",
                () -> StrengthWeights.of(0, 0, 0));
    }

    @Test
    void rejectsAMissingStrength() {
        Expect.isNull("strength", () -> StrengthWeights.equal().of(null));
    }

    @Test
    void weightsAreEqualByTheirValues() {
        StrengthWeights a = StrengthWeights.of(1, 4, 16);
        StrengthWeights b = StrengthWeights.of(1.0, 4.0, 16.0);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, StrengthWeights.of(4, 1, 16));
        assertNotEquals(a, StrengthWeights.of(1, 4, 15));
        assertNotEquals(a, StrengthWeights.of(2, 4, 16));
        assertNotEquals(a, "StrengthWeights[SAID=1.0, DID=4.0, PAID=16.0]");
    }
}
