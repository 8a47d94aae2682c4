package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A should-meet criterion of a phase gate: a criterion with the weight it carries in the gate's should-meet score.
 *
 * <p>The score is the weight of the supported should-meet criteria over the weight of them all; the gate proceeds
 * only when it reaches the gate's pass score (Stage-Gate practice). A criterion whose weight is more than {@code 1 -
 * passScore} of the total, such as a gate's only should-meet criterion with a pass score above 0, decides like a
 * must-meet criterion, and the gate's trace says so ({@link GateTrace#decisiveShouldMeet()}). Immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class WeightedCriterion {
    private final GateCriterion criterion;
    private final double weight;

    private WeightedCriterion(GateCriterion criterion, double weight) {
        this.criterion = criterion;
        this.weight = weight;
    }

    /**
     * A weighted criterion.
     *
     * @param criterion the criterion
     * @param weight its weight, finite and &gt; 0
     * @return the weighted criterion
     * @throws InvalidValueException if the criterion is null or the weight not finite and positive
     */
    public static WeightedCriterion of(GateCriterion criterion, double weight) {
        return new WeightedCriterion(
                Checks.notNull(criterion, "criterion"), Checks.positive(weight, "criterion.weight"));
    }

    /**
     * The criterion.
     *
     * @return the criterion
     */
    public GateCriterion criterion() {
        return criterion;
    }

    /**
     * The criterion's weight in the should-meet score.
     *
     * @return the weight, finite and &gt; 0
     */
    public double weight() {
        return weight;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other
                || (other instanceof WeightedCriterion that
                        && criterion.equals(that.criterion)
                        && Double.compare(weight, that.weight) == 0);
    }

    @Override
    public int hashCode() {
        return 31 * criterion.hashCode() + Double.hashCode(weight);
    }

    @Override
    public String toString() {
        return criterion.describe() + ", weight " + weight;
    }
}
