package io.github.custdev.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The root finder against roots known in closed form, its documented answers at the edges, and its promised speed:
 * the bracket at least halves every four evaluations, and on a smooth function the Illinois steps need fewer
 * evaluations than bisection would.
 */
class RootsTests {
    private static final double TOLERANCE = 1e-12;

    /** A function that counts its evaluations. */
    private static final class Counted implements DoubleUnaryOperator {
        private final DoubleUnaryOperator f;
        int evaluations;

        Counted(DoubleUnaryOperator f) {
            this.f = f;
        }

        @Override
        public double applyAsDouble(double x) {
            evaluations++;
            return f.applyAsDouble(x);
        }
    }

    /** The evaluations bisection needs to shrink a bracket to the tolerance. */
    private static double bisectionEvaluations(double width, double tolerance) {
        return Math.ceil(Math.log(width / tolerance) / Math.log(2));
    }

    @Test
    void findsRootsKnownInClosedForm() {
        assertEquals(Math.cbrt(2), Roots.solve(x -> x * x * x - 2, 0, 2, TOLERANCE), TOLERANCE);
        assertEquals(Math.log(2), Roots.solve(x -> Math.exp(x) - 2, -10, 10, TOLERANCE), TOLERANCE);
        assertEquals(Math.sqrt(0.3), Roots.solve(x -> 0.3 - x * x, 0, 1, TOLERANCE), TOLERANCE);
        assertEquals(0.25, Roots.solve(x -> Math.atan(x - 0.25), -100, 1, TOLERANCE), TOLERANCE);
        // a decreasing function, and a root right next to an end
        assertEquals(1e-9, Roots.solve(x -> 1e-9 - x, 0, 1, 1e-15), 1e-15);
    }

    @Test
    void aRootAtAnEndIsThatEnd() {
        assertEquals(0.0, Roots.solve(x -> x, 0, 1, TOLERANCE));
        assertEquals(1.0, Roots.solve(x -> x - 1, 0, 1, TOLERANCE));
        Counted f = new Counted(x -> x - 1);
        Roots.solve(f, 0, 1, TOLERANCE);
        assertEquals(2, f.evaluations, "the ends only");
    }

    @Test
    void withoutASignChangeTheBetterEndIsReturned() {
        assertEquals(0.0, Roots.solve(x -> x + 1, 0, 1, TOLERANCE), "increasing, both positive: the lower end");
        assertEquals(1.0, Roots.solve(x -> x - 3, 0, 1, TOLERANCE), "increasing, both negative: the upper end");
        assertEquals(1.0, Roots.solve(x -> 3 - x, 0, 1, TOLERANCE), "decreasing, both positive: the upper end");
        assertEquals(0.0, Roots.solve(x -> 1 + x - x * x, 0, 1, TOLERANCE), "equal at both ends: the lower");
        assertEquals(0.0, Roots.solve(x -> -x - 1, 0, 1, TOLERANCE), "decreasing, both negative: the lower end");
    }

    @Test
    void theBracketHalvesAtLeastEveryFourEvaluations() {
        // the worst case for regula falsi: a very flat function with a steep end, where only bisection moves
        Counted f = new Counted(x -> Math.pow(x, 25) - 1e-30);
        double root = Roots.solve(f, 0, 1, TOLERANCE);
        assertEquals(Math.pow(1e-30, 1.0 / 25), root, 1e-10);
        assertTrue(f.evaluations <= 4 * bisectionEvaluations(1, TOLERANCE) + 2, f.evaluations + " evaluations");
    }

    @Test
    void onSmoothFunctionsTheIllinoisStepsBeatBisection() {
        DoubleUnaryOperator[] functions = {
            x -> x * x * x - 2, x -> Math.exp(x) - 2, x -> Math.log(x) + 0.5, x -> Math.tanh(x - 0.3), x -> 1 / x - 4
        };
        double[][] brackets = {{0, 2}, {-10, 10}, {0.01, 10}, {-5, 5}, {0.1, 10}};
        for (int i = 0; i < functions.length; i++) {
            Counted f = new Counted(functions[i]);
            double lower = brackets[i][0];
            double upper = brackets[i][1];
            double root = Roots.solve(f, lower, upper, TOLERANCE);
            assertEquals(0.0, functions[i].applyAsDouble(root), 1e-9, "function " + i);
            assertTrue(
                    f.evaluations < bisectionEvaluations(upper - lower, TOLERANCE),
                    "function " + i + ": " + f.evaluations + " evaluations, bisection needs "
                            + bisectionEvaluations(upper - lower, TOLERANCE));
        }
    }

    @Test
    void theAnswerIsTheMiddleOfABracketNoWiderThanTheTolerance() {
        double tolerance = 0.01;
        double root = Roots.solve(x -> x - 0.123456, 0, 1, tolerance);
        assertEquals(0.123456, root, tolerance / 2);
    }

    @Test
    void aBracketAsNarrowAsDoublesAllowEnds() {
        double a = 1.0;
        double b = Math.nextUp(1.0);
        Counted f = new Counted(x -> x == a ? -1 : 1);
        assertEquals(0.5 * (a + b), Roots.solve(f, a, b, 0), 0.0);
        assertEquals(2, f.evaluations, "no point lies between the ends");
    }

    @Test
    void nearAGuessTheBracketWidensUntilItHoldsTheRoot() {
        assertEquals(Math.log(2), Roots.solveNear(x -> Math.exp(x) - 2, 5, 0.1, -20, 20, TOLERANCE), TOLERANCE);
        assertEquals(Math.log(2), Roots.solveNear(x -> Math.exp(x) - 2, -15, 0.1, -20, 20, TOLERANCE), TOLERANCE);
        assertEquals(0.7, Roots.solveNear(x -> x - 0.7, 0.7, 1e-3, 0, 1, TOLERANCE), TOLERANCE);
        // widening stops at the ends of the range: the better end when the range holds no root
        assertEquals(1.0, Roots.solveNear(x -> x - 3, 0.5, 0.01, 0, 1, TOLERANCE));
        assertEquals(0.0, Roots.solveNear(x -> x + 3, 0.5, 0.01, 0, 1, TOLERANCE));
    }

    @Test
    void aGoodGuessSavesEvaluations() {
        Counted near = new Counted(x -> Math.exp(x) - 2);
        Counted far = new Counted(x -> Math.exp(x) - 2);
        Roots.solveNear(near, Math.log(2) + 1e-6, 1e-5, -700, 700, TOLERANCE);
        Roots.solveNear(far, -600, 1e-5, -700, 700, TOLERANCE);
        assertTrue(near.evaluations < far.evaluations, near.evaluations + " near, " + far.evaluations + " far");
        assertTrue(near.evaluations <= 12, near.evaluations + " evaluations from a guess within 1e-6");
    }

    @Test
    void aRootAtTheLowerEndIsThatEndWhereverTheBracketStarts() {
        assertEquals(0.5, Roots.solve(x -> x - 0.5, 0.5, 1, TOLERANCE), 0.0);
        assertEquals(-2.0, Roots.solve(x -> x * x - 4, -2, 0, TOLERANCE), 0.0);
    }

    @Test
    void aBracketNoWiderThanTheToleranceIsNotSearched() {
        // the bracket [0, 1] is exactly the tolerance wide: its middle is the answer, from the ends' values alone
        Counted f = new Counted(x -> x - 0.3);
        assertEquals(0.5, Roots.solve(f, 0, 1, 1.0), 0.0);
        assertEquals(2, f.evaluations, "the ends only");
    }

    @Test
    void aBracketAsNarrowAsDoublesAllowEndsWhenItsMiddleRoundsUp() {
        // 1 + ulp has an odd last bit, so the middle of [1 + ulp, 1 + 2 ulp] rounds to the upper end
        double a = Math.nextUp(1.0);
        double b = Math.nextUp(a);
        assertEquals(b, 0.5 * (a + b), 0.0, "the premise: the middle rounds to the upper end");
        Counted f = new Counted(x -> x == a ? -1 : 1);
        assertEquals(b, Roots.solve(f, a, b, 0), 0.0);
        assertEquals(2, f.evaluations, "no point lies between the ends");
    }

    @Test
    void aTinyValueAtAnEndKeepsItsSignWhenTheIllinoisStepHalvesIt() {
        // the lower end's value is subnormal: halving it gives zero, which must not move the root to the other side
        assertEquals(0.1, Roots.solve(x -> x < 0.1 ? Double.MIN_VALUE : -1.0, 0, 1, 1e-9), 1e-9);
        assertEquals(0.1, Roots.solve(x -> x < 0.1 ? -Double.MIN_VALUE : 1.0, 0, 1, 1e-9), 1e-9);
        assertEquals(0.1, Roots.solve(x -> x < 0.1 ? 1e-320 : -1.0, 0, 1, 1e-9), 1e-9);
    }

    @Test
    void nearAGuessTheFunctionIsEvaluatedOnlyWithinTheRange() {
        // a first bracket wider than the range, or reaching past either end, is cut to the range
        DoubleUnaryOperator inRange = x -> {
            assertTrue(x >= 0 && x <= 1, "evaluated at " + x);
            return x * x * x - 0.125;
        };
        assertEquals(0.5, Roots.solveNear(inRange, 0.5, 10, 0, 1, TOLERANCE), TOLERANCE);
        assertEquals(0.5, Roots.solveNear(inRange, 0.9, 0.2, 0, 1, TOLERANCE), TOLERANCE);
        assertEquals(0.5, Roots.solveNear(inRange, 0.1, 0.2, 0, 1, TOLERANCE), TOLERANCE);
    }
}
