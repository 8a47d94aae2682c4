package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * The seeds of a sweep's runs, and the random generator a run draws from.
 *
 * <p>A run's seed depends on the master seed, the index of its grid point and the index of its replication, and on
 * nothing else: not on the thread that runs it, the partition it falls in, nor the order in which runs finish. It is
 * SplitMix64 (Steele, Lea and Flood 2014; Vigna's {@code splitmix64.c}) applied twice:
 *
 * <pre>
 *   splitmix(s, k) = mix(s + (k + 1) * 0x9E3779B97F4A7C15)          the (k+1)-th output of SplitMix64 seeded with s
 *   mix(z)         = z3 where z1 = (z ^ (z &gt;&gt;&gt; 30)) * 0xBF58476D1CE4E5B9,
 *                             z2 = (z1 ^ (z1 &gt;&gt;&gt; 27)) * 0x94D049BB133111EB,
 *                             z3 = z2 ^ (z2 &gt;&gt;&gt; 31)
 *   seed(master, point, replication) = splitmix(splitmix(master, point), replication)
 * </pre>
 *
 * with 64-bit wrapping arithmetic. It is the same sequence that {@link SplittableRandom#nextLong()} gives, so any tool
 * that implements SplitMix64 can recompute a run's seed.
 *
 * <p>Not instantiable; every method is a pure function.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Seeds {

    /** The increment of SplitMix64: the odd integer nearest 2^64 divided by the golden ratio. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    /**
     * The seed of one run.
     *
     * @param master the sweep's master seed, any value
     * @param point the index of the run's grid point, zero or more
     * @param replication the index of the run's replication, zero or more
     * @return the run's seed
     * @throws io.github.custdev.InvalidValueException if an index is negative
     */
    public static long of(long master, long point, long replication) {
        Checks.notNegative("point", point);
        Checks.notNegative("replication", replication);
        return splitMix(splitMix(master, point), replication);
    }

    /**
     * The {@code (index + 1)}-th output of SplitMix64 seeded with {@code seed}: the value that {@code index + 1} calls
     * of {@code new SplittableRandom(seed).nextLong()} end with.
     *
     * @param seed the seed
     * @param index the index of the output, zero or more
     * @return the output
     * @throws io.github.custdev.InvalidValueException if the index is negative
     */
    public static long splitMix(long seed, long index) {
        Checks.notNegative("index", index);
        return mix(seed + (index + 1) * GOLDEN_GAMMA);
    }

    /**
     * A random generator for one run: SplitMix64 seeded with the run's seed ({@link SplittableRandom}), fast and of
     * good statistical quality for simulation, and the same on every machine for the same seed.
     *
     * @param seed the run's seed
     * @return a new generator; it is not thread-safe, so a run keeps it to itself
     */
    public static RandomGenerator.SplittableGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    private static long mix(long z) {
        long z1 = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        long z2 = (z1 ^ (z1 >>> 27)) * 0x94D049BB133111EBL;
        return z2 ^ (z2 >>> 31);
    }
}
