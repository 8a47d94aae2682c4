package io.github.custdev.internal;

import io.vavr.control.Option;
import java.util.function.LongPredicate;

/**
 * The first whole step (a period, a cycle) at which a growing total reaches a number, for the inverses of the growth
 * and payback models: a closed form guesses the step, and the guess is confirmed against the total itself.
 *
 * <p>The condition {@code reaches} must be monotone in the step ({@code false} up to some step, {@code true} from
 * it on) and false at step 0 whenever a search is needed. Close to the limit of a fading total, {@code 1 - ...}
 * cancels in the closed form and its answer can be off by many steps, while the computed total stays on one double
 * for several; so a guess that one step of repair cannot confirm is replaced by a search over the total.
 */
public final class FirstStep {
    private FirstStep() {}

    /**
     * The first step that reaches the number, starting from a closed form's guess: the guess is moved by one step to
     * repair a rounding error of the closed form at a whole step, and searched for if that does not confirm it.
     *
     * @param guess the closed form's step, &ge; 0; {@code Long.MAX_VALUE} stands for "this step or later" and is
     *     kept when the step before it does not reach
     * @param reaches whether the total at a step reaches the number
     * @return the first step that reaches; none when a search is needed and finds none
     */
    public static Option<Long> near(long guess, LongPredicate reaches) {
        long n = guess;
        if (n > 0 && reaches.test(n - 1)) {
            n--;
        } else if (n < Long.MAX_VALUE && !reaches.test(n)) {
            n++;
        }
        boolean first = (n == Long.MAX_VALUE || reaches.test(n)) && (n == 0 || !reaches.test(n - 1));
        return first ? Option.some(n) : search(reaches);
    }

    /**
     * The first step that reaches the number, by doubling and then bisection; step 0 must not reach it.
     *
     * @param reaches whether the total at a step reaches the number
     * @return the first step &ge; 1 that reaches; none if not even step 2<sup>62</sup> does
     */
    public static Option<Long> search(LongPredicate reaches) {
        long high = 1;
        while (!reaches.test(high)) {
            if (high > Long.MAX_VALUE / 2) {
                return Option.none();
            }
            high *= 2;
        }
        long low = high / 2; // does not reach: at 0 by the contract, above it by the doubling
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (reaches.test(middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return Option.some(high);
    }
}
