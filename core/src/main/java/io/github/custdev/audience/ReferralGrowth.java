package io.github.custdev.audience;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.FirstStep;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Growth by word of mouth: every new customer brings <i>k</i> more (the viral coefficient) one cycle later, starting
 * from a seed of customers.
 *
 * <p>With <i>c<sub>0</sub></i> seed customers, cycle <i>i</i> brings <i>c<sub>0</sub> k<sup>i</sup></i> new ones, so
 * after <i>n</i> cycles there are
 *
 * <p><i>C<sub>n</sub> = c<sub>0</sub> &sum;<sub>i=0</sub><sup>n</sup> k<sup>i</sup> = c<sub>0</sub>
 * (1 - k<sup>n+1</sup>) / (1 - k)</i> (and <i>c<sub>0</sub> (n + 1)</i> when <i>k = 1</i>).
 *
 * <ul>
 *   <li>When <i>k &lt; 1</i> each generation is smaller than the last and the customers approach the steady state
 *       <i>c<sub>0</sub> / (1 - k)</i>: referrals amplify the seed but do not sustain growth.
 *   <li>When <i>k &ge; 1</i> growth is unbounded: linear at <i>k = 1</i>, exponential above it (until the market
 *       runs out, which this model does not know; a {@link BassDiffusion} does).
 * </ul>
 *
 * <p>The cycle time converts elapsed time into completed cycles. Immutable and thread-safe.
 *
 * @param seedCustomers the customers at the start, <i>c<sub>0</sub></i>; finite and &gt; 0
 * @param viralCoefficient the new customers each new customer brings in the next cycle, <i>k</i>; finite and &ge; 0
 * @param cycleTime the time from a customer's arrival to the arrival of those it brings; positive
 */
@API(status = STABLE, since = "0.1.0")
public record ReferralGrowth(double seedCustomers, double viralCoefficient, Duration cycleTime) {
    /**
     * Checks the model's parameters, as {@link #of(double, double, Duration)} does.
     *
     * @throws InvalidValueException if a parameter breaks its rule
     */
    public ReferralGrowth {
        Checks.notNull(cycleTime, "referral.cycleTime");
        if (cycleTime.isNegative() || cycleTime.isZero()) {
            throw InvalidValueException.of("referral.cycleTime", "must be positive", cycleTime);
        }
        Checks.positive(seedCustomers, "referral.seedCustomers");
        Checks.nonNegative(viralCoefficient, "referral.viralCoefficient");
    }

    /**
     * A referral model.
     *
     * @param seedCustomers the customers at the start, <i>c<sub>0</sub></i>; finite and &gt; 0 (an expected number
     *     may be fractional)
     * @param viralCoefficient the new customers each new customer brings in the next cycle, <i>k</i>: invitations
     *     sent per customer times the share of invitations that convert; finite and &ge; 0
     * @param cycleTime the time from a customer's arrival to the arrival of those it brings; positive
     * @return the model
     * @throws InvalidValueException if a parameter breaks its rule
     */
    public static ReferralGrowth of(double seedCustomers, double viralCoefficient, Duration cycleTime) {
        return new ReferralGrowth(seedCustomers, viralCoefficient, cycleTime);
    }

    /**
     * The customers after <i>n</i> cycles, <i>C<sub>n</sub> = c<sub>0</sub> (1 - k<sup>n+1</sup>) / (1 - k)</i>,
     * computed as <i>c<sub>0</sub> expm1((n + 1) ln k) / (k - 1)</i> so that it stays accurate for <i>k</i> near 1.
     *
     * @param cycles the completed cycles <i>n</i>, at least 0 (0 gives the seed)
     * @return the customers; positive infinity when the number exceeds the range of {@code double}
     * @throws InvalidValueException if the number of cycles is negative
     */
    public double customersAfterCycles(long cycles) {
        Checks.nonNegative(cycles, "cycles");
        if (cycles == 0) {
            return seedCustomers; // exactly: the closed form below rounds (k - 1) / (k - 1) to 1 - ulp for some k
        }
        return customersAfterGenerations(cycles + 1.0);
    }

    private double customersAfterGenerations(double generations) {
        if (viralCoefficient == 1.0) {
            return seedCustomers * generations;
        }
        return seedCustomers * Math.expm1(generations * Math.log(viralCoefficient)) / (viralCoefficient - 1.0);
    }

    /**
     * The customers after some time: {@link #customersAfterCycles(long)} for the cycles completed in it.
     *
     * @param elapsed the time since the seed customers arrived, not negative; any length, also more than
     *     {@code Long.MAX_VALUE} cycles
     * @return the customers; positive infinity when the number exceeds the range of {@code double}
     * @throws InvalidValueException if the time is null or negative
     */
    public double customersAfter(Duration elapsed) {
        Checks.notNull(elapsed, "elapsed");
        if (elapsed.isNegative()) {
            throw InvalidValueException.of("elapsed", "must not be negative", elapsed);
        }
        BigInteger cycles = nanos(elapsed).divide(nanos(cycleTime));
        // Past Long.MAX_VALUE cycles (a long time in short cycles), the closed form takes the count as a double.
        return cycles.bitLength() < Long.SIZE
                ? customersAfterCycles(cycles.longValue())
                : customersAfterGenerations(cycles.doubleValue() + 1.0);
    }

    private static BigInteger nanos(Duration duration) {
        return BigInteger.valueOf(duration.getSeconds())
                .multiply(BigInteger.valueOf(1_000_000_000L))
                .add(BigInteger.valueOf(duration.getNano()));
    }

    /**
     * Whether referrals alone grow the customers without bound: <i>k &ge; 1</i>.
     *
     * @return {@code true} when there is no steady state
     */
    public boolean isUnbounded() {
        return viralCoefficient >= 1.0;
    }

    /**
     * The number the customers approach when <i>k &lt; 1</i>: <i>c<sub>0</sub> / (1 - k)</i>.
     *
     * @return the steady state; none when <i>k &ge; 1</i>, where growth is unbounded
     */
    public Option<Double> steadyState() {
        return isUnbounded() ? Option.none() : Option.some(seedCustomers / (1.0 - viralCoefficient));
    }

    /**
     * The number of cycles until the customers reach a number: the smallest <i>n</i> with <i>C<sub>n</sub> &ge;</i>
     * the number, <i>n = &lceil;ln(1 + x (k - 1)) / ln k&rceil; - 1</i> with <i>x = customers / c<sub>0</sub></i>
     * (<i>&lceil;x&rceil; - 1</i> when <i>k = 1</i>).
     *
     * @param customers the number to reach, finite and &ge; 0
     * @return the cycles (0 when the seed already reaches it); none when <i>k &lt; 1</i> and the number is at or
     *     above the {@link #steadyState()}, which the customers approach but never reach (even where the sum of
     *     {@link #customersAfterCycles(long)}, rounded to a {@code double}, comes to equal it)
     * @throws InvalidValueException if the number is negative, NaN or infinite
     */
    public Option<Long> cyclesToReach(double customers) {
        double x = Checks.nonNegative(customers, "customers") / seedCustomers;
        if (x <= 1.0) {
            return Option.some(0L);
        }
        double k = viralCoefficient;
        if (k < 1.0 && customers >= seedCustomers / (1.0 - k)) {
            // The steady state is approached, never reached, though the forward sum may round onto it.
            return Option.none();
        }
        double generations;
        if (k == 1.0) {
            generations = Math.ceil(x);
        } else {
            double y = Math.log1p(x * (k - 1.0));
            if (k < 1.0 && !(y < 0.0 && Double.isFinite(y))) {
                // At or beyond the steady state seed / (1 - k): never reached. Just below it, the logarithm rounds
                // onto the steady state, and the first cycle is found by searching the forward sum instead.
                return customers < seedCustomers / (1.0 - k)
                        ? FirstStep.search(n -> customersAfterCycles(n) >= customers)
                        : Option.none();
            }
            generations = Math.ceil(y / Math.log(k));
        }
        long guess = generations >= 0x1p63 ? Long.MAX_VALUE : (long) generations - 1;
        // The first cycle that reaches the number: the logarithms' guess, confirmed against the forward sum (the seed
        // is below the number).
        return FirstStep.near(guess, n -> customersAfterCycles(n) >= customers);
    }

    /**
     * The time until the customers reach a number: {@link #cyclesToReach(double)} cycles of the cycle time.
     *
     * @param customers the number to reach, finite and &ge; 0
     * @return the time; none when the number is never reached
     * @throws InvalidValueException if the number is negative, NaN or infinite
     * @throws ArithmeticException if the time exceeds the range of {@link Duration} (about 292 billion years)
     */
    public Option<Duration> timeToReach(double customers) {
        return cyclesToReach(customers).map(cycleTime::multipliedBy);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Referral(seed=%s, k=%s, cycle=%s, %s)",
                seedCustomers,
                viralCoefficient,
                cycleTime,
                isUnbounded()
                        ? "unbounded growth (k >= 1)"
                        : "steady state " + steadyState().get());
    }
}
