package io.github.custdev.simulation.nk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.Seeds;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.control.Option;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An NK fitness landscape (Kauffman 1993, <i>The Origins of Order</i>, ch. 2): a business model of N binary choices,
 * where the value of each choice depends on its own setting and on the settings of K other choices. Immutable and
 * thread-safe.
 *
 * <p>A <i>position</i> is a {@code long} whose bit {@code i} is choice {@code i}, so the positions are the integers in
 * [0, 2^N - 1]. Choice {@code i} depends on the set {@code M_i} of its own bit and the K bits of
 * {@link #dependencies(int)}; its <i>pattern</i> at position {@code x} is the K+1 bits of {@code x} in {@code M_i},
 * packed in increasing bit order ({@code pattern_i(x) = pext(x, M_i)}). Its contribution is a uniform draw in [0, 1)
 * for every pattern, and the fitness is their mean:
 *
 * <pre>
 *   c_i(x) = u_i(pattern_i(x))                      one of the 2^(K+1) values of choice i's table
 *   u_i(p) = (splitMix(splitMix(s, i), p) &gt;&gt;&gt; 11) * 2^-53   uniform on the multiples of 2^-53 in [0, 1)
 *   F(x)   = (c_0(x) + ... + c_(N-1)(x)) / N
 * </pre>
 *
 * where {@code splitMix} is {@link Seeds#splitMix(long, long)} and {@code s} is the landscape's contribution seed.
 * The contribution tables are not stored: every entry is derived on demand from this hash, so that K can be as large
 * as 62 and the landscape is a pure function of {@code s} and the dependencies. The sum of the contributions is kept
 * exactly, as an integer in units of 2^-53, so that ties, ranks and local optima do not depend on rounding.
 *
 * <p>{@link #of} draws from the generator in this order, and nothing else: for {@link Interaction#RANDOM}, the K
 * dependencies of choice 0, then of choice 1, ..., then of choice N-1 (see {@link Interaction#RANDOM}); then one
 * {@code nextLong()}, the contribution seed {@code s}. So with the same generator state the same landscape comes out,
 * and K = 0 gives the same landscape under both interactions.
 *
 * <p>For N &lt;= {@value #MAX_TABULATED_CHOICES} the fitness of every position is tabulated when the landscape is
 * built by {@link #of} ({@link #table()}; {@link #untabulated} skips it); above, the fitness is computed on demand in O(N (K+1)). Memory: about 16 N bytes plus, when
 * tabulated, 8 * 2^N bytes for the table (8 MB at N = 20) and 2^N / 8 bytes for the local optima.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Landscape {

    /** The largest number of choices, so that a position fits in a {@code long}. */
    public static final int MAX_CHOICES = 63;

    /** The largest number of choices whose fitness is tabulated in full. */
    public static final int MAX_TABULATED_CHOICES = 20;

    private static final double UNIT = 0x1p-53;

    private final int n;
    private final int k;
    private final Interaction interaction;
    private final long[] dependencies;
    private final long[] choiceSeeds;
    private final @Nullable FitnessTable table;

    private Landscape(int n, int k, Interaction interaction, long[] dependencies, long seed, boolean tabulate) {
        this.n = n;
        this.k = k;
        this.interaction = interaction;
        this.dependencies = dependencies;
        this.choiceSeeds = new long[n];
        for (int i = 0; i < n; i++) {
            choiceSeeds[i] = Seeds.splitMix(seed, i);
        }
        this.table = tabulate && n <= MAX_TABULATED_CHOICES ? FitnessTable.of(this) : null;
    }

    /**
     * A random landscape.
     *
     * @param n the number of choices N, in [1, {@value #MAX_CHOICES}]
     * @param k the number K of other choices each choice depends on, in [0, N-1]
     * @param interaction which others each choice depends on
     * @param random the generator to draw from, in the order stated in the class description
     * @return the landscape
     * @throws InvalidValueException if N or K is out of range, or an argument is null
     */
    public static Landscape of(int n, int k, Interaction interaction, RandomGenerator random) {
        return draw(n, k, interaction, random, true);
    }

    /**
     * A random landscape whose fitness is never tabulated, whatever N: the same landscape as {@link #of} draws from
     * the same generator state (the same contributions and fitness), with no {@link #table()}, for callers that read
     * a few positions of many landscapes (a simulated venture reads a handful of the 2^N) and would spend most of
     * their time building tables.
     *
     * @param n the number of choices N, in [1, {@value #MAX_CHOICES}]
     * @param k the number K of other choices each choice depends on, in [0, N-1]
     * @param interaction which others each choice depends on
     * @param random the generator to draw from, in the order stated in the class description
     * @return the landscape, with no table
     * @throws InvalidValueException if N or K is out of range, or an argument is null
     */
    public static Landscape untabulated(int n, int k, Interaction interaction, RandomGenerator random) {
        return draw(n, k, interaction, random, false);
    }

    private static Landscape draw(int n, int k, Interaction interaction, RandomGenerator random, boolean tabulate) {
        Checks.inRange("N", n, 1, MAX_CHOICES, "must be in [1, " + MAX_CHOICES + "]");
        Checks.inRange("K", k, 0, n - 1, "must be in [0, N-1]");
        Checks.notNull("interaction", interaction);
        Checks.notNull("random", random);
        long[] dependencies = new long[n];
        int[] others = new int[n];
        for (int i = 0; i < n; i++) {
            dependencies[i] = interaction.dependencies(i, n, k, random, others);
        }
        return new Landscape(n, k, interaction, dependencies, random.nextLong(), tabulate);
    }

    /**
     * The number of choices.
     *
     * @return N
     */
    public int n() {
        return n;
    }

    /**
     * The number of other choices each choice depends on.
     *
     * @return K
     */
    public int k() {
        return k;
    }

    /**
     * How the dependencies were chosen.
     *
     * @return the interaction pattern
     */
    public Interaction interaction() {
        return interaction;
    }

    /**
     * The other choices that the contribution of a choice depends on.
     *
     * @param choice the choice, in [0, N-1]
     * @return a mask with bit {@code j} set when choice {@code choice} depends on choice {@code j}: K bits, never its
     *     own
     * @throws InvalidValueException if the choice is out of range
     */
    public long dependencies(int choice) {
        return dependencies[checkChoice(choice)];
    }

    /**
     * The contribution {@code c_i(x)} of one choice at a position.
     *
     * @param choice the choice {@code i}, in [0, N-1]
     * @param position the position {@code x}, in [0, 2^N - 1]
     * @return the contribution, in [0, 1)
     * @throws InvalidValueException if the choice or the position is out of range
     */
    public double contribution(int choice, long position) {
        checkChoice(choice);
        checkPosition(position);
        return unit(choice, position) * UNIT;
    }

    /**
     * The fitness {@code F(x)}, the mean of the N contributions.
     *
     * @param position the position {@code x}, in [0, 2^N - 1]
     * @return the fitness, in [0, 1)
     * @throws InvalidValueException if the position is out of range
     */
    public double fitness(long position) {
        return toFitness(score(checkPosition(position)));
    }

    /**
     * Whether no one-bit neighbour of a position has a higher fitness (a local optimum, or peak).
     *
     * @param position the position, in [0, 2^N - 1]
     * @return true if the position is a local optimum
     * @throws InvalidValueException if the position is out of range
     */
    public boolean isLocalOptimum(long position) {
        checkPosition(position);
        return table == null ? bestNeighbour(position) == position : table.isLocalOptimum(position);
    }

    /**
     * The fitness of every position, with the global and local optima, when N &lt;= {@value #MAX_TABULATED_CHOICES}.
     *
     * @return the table, or empty when N is larger
     */
    public Option<FitnessTable> table() {
        return Option.of(table);
    }

    /** The mask of the N choice bits, 2^N - 1: the highest position. */
    long mask() {
        return -1L >>> (Long.SIZE - n);
    }

    /** The exact sum of the contributions at a position, in units of 2^-53; the position is not checked. */
    long score(long position) {
        return table == null ? sum(position) : table.score(position);
    }

    /** The sum of the contributions computed from the contribution hashes, without the table. */
    long sum(long position) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += unit(i, position);
        }
        return sum;
    }

    /** The fitness of an exact sum of contributions. */
    double toFitness(long score) {
        return (double) score / n * UNIT;
    }

    /** The contribution of a choice at a position, in units of 2^-53. */
    long unit(int choice, long position) {
        return patternUnit(choice, pattern(position, inputs(choice)));
    }

    /** The contribution of a choice for one pattern of its K+1 bits, in units of 2^-53. */
    long patternUnit(int choice, long pattern) {
        return Seeds.splitMix(choiceSeeds[choice], pattern) >>> 11;
    }

    /** The mask {@code M_i}: the choice's own bit and its dependencies. */
    long inputs(int choice) {
        return dependencies[choice] | 1L << choice;
    }

    /** Whether the position is known, from the table, to be a local optimum; unchecked, false without a table. */
    boolean knownPeak(long position) {
        return table != null && table.isPeak(position);
    }

    /** The best one-bit neighbour (lowest bit on ties) if it is better than the position, else the position. */
    long bestNeighbour(long position) {
        long best = position;
        long bestScore = score(position);
        for (int j = 0; j < n; j++) {
            long neighbour = position ^ 1L << j;
            long neighbourScore = score(neighbour);
            if (neighbourScore > bestScore) {
                best = neighbour;
                bestScore = neighbourScore;
            }
        }
        return best;
    }

    /** The bits of {@code position} selected by {@code mask}, packed in increasing bit order (x86's PEXT). */
    static long pattern(long position, long mask) {
        long pattern = 0;
        int bit = 0;
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            if ((position & Long.lowestOneBit(rest)) != 0) {
                pattern |= 1L << bit;
            }
            bit++;
        }
        return pattern;
    }

    private int checkChoice(int choice) {
        return Checks.inRange("choice", choice, 0, n - 1, "must be in [0, N-1]");
    }

    long checkPosition(long position) {
        if ((position & ~mask()) != 0) {
            throw InvalidValueException.of("position", "must be in [0, 2^N - 1]", position);
        }
        return position;
    }
}
