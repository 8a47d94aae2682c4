package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Which K other choices the value of each choice depends on (Kauffman 1993, <i>The Origins of Order</i>, ch. 2).
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Interaction {

    /**
     * The K choices that follow choice {@code i} cyclically: {@code i+1, ..., i+K} modulo N, as in Kauffman (1993) and
     * Levinthal (1997). Draws no random numbers.
     */
    ADJACENT {
        @Override
        long dependencies(int choice, int n, int k, RandomGenerator random, int[] others) {
            long mask = 0;
            for (int m = 1; m <= k; m++) {
                mask |= 1L << ((choice + m) % n);
            }
            return mask;
        }
    },

    /**
     * K distinct choices other than {@code i}, drawn at random for every choice: the N - 1 others in increasing order
     * are shuffled by the first K steps of a Fisher-Yates shuffle, step {@code m} (from 0) swapping place {@code m}
     * with place {@code m + random.nextInt(N - 1 - m)}, and the first K are taken. Draws K numbers per choice.
     */
    RANDOM {
        @Override
        long dependencies(int choice, int n, int k, RandomGenerator random, int[] others) {
            for (int m = 0; m < n - 1; m++) {
                others[m] = m < choice ? m : m + 1;
            }
            long mask = 0;
            for (int m = 0; m < k; m++) {
                int pick = m + random.nextInt(n - 1 - m);
                int chosen = others[pick];
                others[pick] = others[m];
                others[m] = chosen;
                mask |= 1L << chosen;
            }
            return mask;
        }
    };

    /**
     * The other choices that the value of a choice depends on, as a bit mask of their indices.
     *
     * @param choice the choice, in [0, n-1]
     * @param n the number of choices
     * @param k the number of others, in [0, n-1]
     * @param random the source of the random draws
     * @param others scratch space of at least n - 1 places
     * @return the mask, with k bits set and bit {@code choice} clear
     */
    abstract long dependencies(int choice, int n, int k, RandomGenerator random, int[] others);
}
