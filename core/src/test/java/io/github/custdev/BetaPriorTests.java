package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BetaPriorTests {
    private static final String RULE = "must be in [1.0E-100, 1.0E12]";

    @Test
    void keepsItsShapeParametersAndTheirMean() {
        BetaPrior prior = BetaPrior.of(2, 3);
        assertEquals(2.0, prior.alpha());
        assertEquals(3.0, prior.beta());
        assertEquals(0.4, prior.mean(), 1e-15); // 2 / (2 + 3)
        assertEquals(0.9, BetaPrior.of(0.9, 0.1).mean(), 1e-15);
        assertEquals("Beta(2.0, 3.0)", prior.toString());
    }

    @Test
    void uniformAndJeffreysAreTheUsualReferencePriors() {
        assertEquals(BetaPrior.of(1, 1), BetaPrior.uniform());
        assertEquals(BetaPrior.of(0.5, 0.5), BetaPrior.jeffreys());
        assertEquals(0.5, BetaPrior.uniform().mean());
        assertEquals(0.5, BetaPrior.jeffreys().mean());
        assertSame(BetaPrior.uniform(), BetaPrior.uniform());
    }

    @ParameterizedTest
    @ValueSource(
            doubles = {
                0.0,
                -0.0,
                -1.0,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                4.9e-324,
                1e-101,
                1e13
            })
    void rejectsAnAlphaThatIsNotFiniteAndPositive(double alpha) {
        Expect.invalid("prior.alpha " + RULE + ": " + alpha, "prior.alpha", RULE, alpha, () -> BetaPrior.of(alpha, 1));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -2.5, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, 1e-300})
    void rejectsABetaThatIsNotFiniteAndPositive(double beta) {
        Expect.invalid("prior.beta " + RULE + ": " + beta, "prior.beta", RULE, beta, () -> BetaPrior.of(1, beta));
    }

    @Test
    void theMessageShowsTheValueAsGiven() {
        Expect.invalid(
                "prior.alpha must be in [1.0E-100, 1.0E12]: -1.0",
                "prior.alpha",
                RULE,
                -1.0,
                () -> BetaPrior.of(-1, 1));
        Expect.invalid(
                "prior.beta must be in [1.0E-100, 1.0E12]: NaN",
                "prior.beta",
                RULE,
                Double.NaN,
                () -> BetaPrior.of(1, Double.NaN));
    }

    @Test
    void acceptsTinyAndHugeParameters() {
        assertEquals(1e-100, BetaPrior.of(1e-100, 1).alpha());
        assertEquals(1e12, BetaPrior.of(1, 1e12).beta());
        assertEquals(
                BetaPrior.MINIMUM,
                BetaPrior.of(BetaPrior.MINIMUM, BetaPrior.MAXIMUM).alpha());
        assertEquals(
                BetaPrior.MAXIMUM,
                BetaPrior.of(BetaPrior.MINIMUM, BetaPrior.MAXIMUM).beta());
    }

    @Test
    void priorsAreEqualByTheirParameters() {
        assertEquals(BetaPrior.of(2, 3), BetaPrior.of(2.0, 3.0));
        assertEquals(BetaPrior.of(2, 3).hashCode(), BetaPrior.of(2.0, 3.0).hashCode());
        assertNotEquals(BetaPrior.of(2, 3), BetaPrior.of(3, 2));
        assertNotEquals(BetaPrior.of(2, 3), BetaPrior.of(2, 3.0000001));
        assertNotEquals(BetaPrior.of(2, 3), "Beta(2.0, 3.0)");
    }
}
