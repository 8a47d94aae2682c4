package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How much one observation of each {@link Strength} counts when evidence is pooled: with weights (1, 4, 16), one
 * payment counts as much as sixteen compliments.
 *
 * <p>Weights are frequency weights: an item of strength {@code s} counts as {@code weight(s)} items of weight one.
 * A weight of zero leaves that strength out. {@link #equal()} counts every item once.
 *
 * <p>A weight that is not zero lies in [{@value #MINIMUM}, {@value #MAXIMUM}]: one strength may count at most a
 * million times as much as an item of weight one, and at least a millionth as much. That is far beyond any reading of
 * evidence (the {@linkplain #standard() standard} weights span 16), and it keeps every weighted figure a strategy
 * computes finite and exact enough: with a weight of {@code Double.MAX_VALUE} the effective sample overflows to
 * infinity, and with a subnormal weight it has no significant digits left, so that intervals and probabilities
 * became NaN. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class StrengthWeights {
    private static final StrengthWeights EQUAL = new StrengthWeights(1.0, 1.0, 1.0);
    private static final StrengthWeights STANDARD = new StrengthWeights(1.0, 4.0, 16.0);

    private final double said;
    private final double did;
    private final double paid;

    private StrengthWeights(double said, double did, double paid) {
        this.said = said;
        this.did = did;
        this.paid = paid;
    }

    /** The smallest weight other than zero. */
    public static final double MINIMUM = 1e-6;

    /** The largest weight. */
    public static final double MAXIMUM = 1e6;

    /**
     * Weights for said, did and paid evidence.
     *
     * @param said the weight of what customers say: 0, or in [1e-6, 1e6]
     * @param did the weight of what customers do: 0, or in [1e-6, 1e6]
     * @param paid the weight of what customers commit or pay: 0, or in [1e-6, 1e6]
     * @return the weights
     * @throws InvalidValueException if a weight is negative, not finite, neither 0 nor in [1e-6, 1e6], or all are zero
     */
    public static StrengthWeights of(double said, double did, double paid) {
        weight(said, "weights.said");
        weight(did, "weights.did");
        weight(paid, "weights.paid");
        if (said + did + paid == 0.0) {
            throw InvalidValueException.of("weights", "must not all be zero", "(0, 0, 0)");
        }
        return new StrengthWeights(said, did, paid);
    }

    private static void weight(double value, String field) {
        Checks.nonNegative(value, field);
        if (value != 0.0 && !(value >= MINIMUM && value <= MAXIMUM)) {
            throw InvalidValueException.of(field, "must be 0 or in [" + MINIMUM + ", " + MAXIMUM + "]", value);
        }
    }

    /**
     * Every item counts once, whatever its strength.
     *
     * @return the weights (1, 1, 1)
     */
    public static StrengthWeights equal() {
        return EQUAL;
    }

    /**
     * The weights custdev recommends when evidence of every strength is pooled: (1, 4, 16), so that one action counts
     * as four compliments and one payment or commitment as sixteen, or four actions. What people pay is the
     * strongest evidence of a need; what they say, the weakest.
     *
     * @return the weights (1, 4, 16)
     */
    public static StrengthWeights standard() {
        return STANDARD;
    }

    /**
     * The weight of one strength.
     *
     * @param strength the strength
     * @return its weight
     */
    public double of(Strength strength) {
        switch (Checks.notNull(strength, "strength")) {
            case SAID:
                return said;
            case DID:
                return did;
            default:
                return paid;
        }
    }

    /**
     * Whether every strength counts once.
     *
     * @return {@code true} for (1, 1, 1)
     */
    public boolean isEqual() {
        return said == 1.0 && did == 1.0 && paid == 1.0;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof StrengthWeights that)) {
            return false;
        }
        return Double.compare(said, that.said) == 0
                && Double.compare(did, that.did) == 0
                && Double.compare(paid, that.paid) == 0;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(said) * 31 + Double.hashCode(did)) * 31 + Double.hashCode(paid);
    }

    @Override
    public String toString() {
        return "StrengthWeights[SAID=" + said + ", DID=" + did + ", PAID=" + paid + ']';
    }
}
