package io.github.custdev.internal;

import java.util.function.DoubleUnaryOperator;

/**
 * A bracketing root finder for smooth monotone functions of one variable: the Illinois variant of regula falsi
 * (Dowell and Jarratt, BIT 11, 1971), with a bisection step every fourth iteration so that the bracket shrinks by at
 * least half every four evaluations whatever the function does. Deterministic: the same function and bracket give
 * the same root.
 */
public final class Roots {
    private static final int MAX_EVALUATIONS = 400;

    private Roots() {}

    /**
     * A root of {@code f} near a guess: the bracket {@code guess +- halfWidth} is widened, four times at each step,
     * until it holds a sign change or covers {@code [lower, upper]}, and the root is then found as by
     * {@link #solve(DoubleUnaryOperator, double, double, double)}. A good guess saves most of the evaluations of
     * a search over the whole range.
     *
     * @param f the function, finite on {@code [lower, upper]}
     * @param guess where the root is expected, in {@code [lower, upper]}
     * @param halfWidth the half-width of the first bracket, &gt; 0
     * @param lower the lowest point to search
     * @param upper the highest point to search
     * @param tolerance the bracket width at which to stop, &gt; 0
     * @return as {@link #solve(DoubleUnaryOperator, double, double, double)} on the final bracket
     */
    public static double solveNear(
            DoubleUnaryOperator f, double guess, double halfWidth, double lower, double upper, double tolerance) {
        double width = halfWidth;
        double a = Math.max(lower, guess - width);
        double b = Math.min(upper, guess + width);
        while ((a > lower || b < upper) && (f.applyAsDouble(a) > 0.0) == (f.applyAsDouble(b) > 0.0)) {
            width *= 4.0;
            a = Math.max(lower, guess - width);
            b = Math.min(upper, guess + width);
        }
        return solve(f, a, b, tolerance);
    }

    /**
     * A root of {@code f} in {@code [lower, upper]}, where {@code f(lower)} and {@code f(upper)} have opposite signs
     * (or one is 0).
     *
     * <p>When the two ends have the same sign there is no root in the bracket to find: the end where {@code |f|} is
     * smaller is returned, which is the nearest the bracket comes to a root of a monotone function.
     *
     * @param f the function, finite on the bracket
     * @param lower the lower end of the bracket
     * @param upper the upper end of the bracket, greater than {@code lower}
     * @param tolerance the bracket width at which to stop, &gt; 0
     * @return the middle of a bracket of width at most {@code tolerance} (or as narrow as doubles allow) around a
     *     root, or the better end when the bracket holds no sign change
     */
    public static double solve(DoubleUnaryOperator f, double lower, double upper, double tolerance) {
        double a = lower;
        double b = upper;
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        if (fa == 0.0) {
            return a;
        }
        if (fb == 0.0) {
            return b;
        }
        if ((fa > 0.0) == (fb > 0.0)) {
            return Math.abs(fa) <= Math.abs(fb) ? a : b;
        }
        boolean positiveAtA = fa > 0.0; // the sign is kept apart: halving can take a tiny fa to zero
        int side = 0;
        for (int i = 1; i <= MAX_EVALUATIONS && b - a > tolerance; i++) {
            double c = i % 4 == 0 ? 0.5 * (a + b) : (a * fb - b * fa) / (fb - fa);
            if (!(c > a && c < b)) {
                c = 0.5 * (a + b);
                if (!(c > a && c < b)) {
                    break; // the bracket is as narrow as doubles allow
                }
            }
            double fc = f.applyAsDouble(c);
            if (fc == 0.0) {
                return c;
            }
            if ((fc > 0.0) == positiveAtA) {
                a = c;
                fa = fc;
                if (side == -1) {
                    fb *= 0.5;
                }
                side = -1;
            } else {
                b = c;
                fb = fc;
                if (side == 1) {
                    fa *= 0.5;
                }
                side = 1;
            }
        }
        return 0.5 * (a + b);
    }
}
