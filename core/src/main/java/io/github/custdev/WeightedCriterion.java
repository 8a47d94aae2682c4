package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import org.apiguardian.api.API;

/**
 * A should-meet criterion of a phase gate: a criterion with the weight it carries in the gate's should-meet score.
 *
 * <p>The score is the weight of the supported should-meet criteria over the weight of them all; the gate proceeds
 * only when it reaches the gate's pass score (Stage-Gate practice). A criterion whose weight is more than {@code 1 -
 * passScore} of the total, such as a gate's only should-meet criterion with a pass score above 0, decides like a
 * must-meet criterion, and the gate's trace says so ({@link GateTrace#decisiveShouldMeet()}). Immutable and
 * thread-safe.
 *
 * @param criterion the criterion
 * @param weight the criterion's weight in the should-meet score, finite and &gt; 0
 */
@API(status = STABLE, since = "0.1.0")
public record WeightedCriterion(GateCriterion criterion, double weight) {
    /**
     * Checks the weighted criterion, as {@link #of(GateCriterion, double)} does.
     *
     * @throws InvalidValueException if the criterion is null or the weight not finite and positive
     */
    public WeightedCriterion {
        Checks.notNull(criterion, "criterion");
        Checks.positive(weight, "criterion.weight");
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
        return new WeightedCriterion(criterion, weight);
    }

    @Override
    public String toString() {
        return criterion.describe() + ", weight " + weight;
    }
}
