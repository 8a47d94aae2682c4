package io.github.custdev;

import io.github.custdev.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How much one observation of each {@link Strength} counts when evidence is pooled: with weights (1, 4, 16), one
 * payment counts as much as sixteen compliments.
 *
 * <p>Weights are frequency weights: an item of strength {@code s} counts as {@code weight(s)} items of weight one.
 * A weight of zero leaves that strength out. {@link #equal()} counts every item once. Immutable and thread-safe.
 */
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

    /**
     * Weights for said, did and paid evidence.
     *
     * @param said the weight of what customers say, finite and &gt;= 0
     * @param did the weight of what customers do, finite and &gt;= 0
     * @param paid the weight of what customers commit or pay, finite and &gt;= 0
     * @return the weights
     * @throws InvalidValueException if a weight is negative or not finite, or all are zero
     */
    public static StrengthWeights of(double said, double did, double paid) {
        Checks.nonNegative(said, "weights.said");
        Checks.nonNegative(did, "weights.did");
        Checks.nonNegative(paid, "weights.paid");
        if (said + did + paid == 0.0) {
            throw InvalidValueException.of("weights", "must not all be zero", "(0, 0, 0)");
        }
        return new StrengthWeights(said, did, paid);
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
        if (!(other instanceof StrengthWeights)) {
            return false;
        }
        StrengthWeights that = (StrengthWeights) other;
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
