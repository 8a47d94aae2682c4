package io.github.custdev.audience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Texts;
import io.vavr.control.Option;
import java.util.Locale;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Whether an audience can sustain the venture, and why: the customers it needs, the customers it can be expected to
 * bring, the margin between them, and the probability that it brings enough.
 *
 * <p>An audience of reachable size <i>R</i> and conversion rate <i>c</i> brings <i>R c</i> paying customers; the
 * venture needs <i>N</i> of them to break even (or to reach a target margin; see
 * {@link UnitEconomics#customersForMargin(double)}). The audience is viable when
 *
 * <p><i>P(R c &ge; N) &ge; required probability</i>.
 *
 * <p>For a fixed conversion the probability is 1 when <i>R c &ge; N</i> and 0 otherwise; for a conversion taken
 * from an assessment it is <i>P(c &ge; N / R)</i> under the rate's Beta distribution (see {@link Conversion}). A phase
 * gate that needs a viable audience asks {@link Audience#viability(double)} and reads {@link #isViable()},
 * {@link #probability()} and {@link #reason()}.
 *
 * <pre>{@code
 * Viability v = clinics.viability(0.9);
 * v.customersNeeded();      // Some(150)
 * v.expectedCustomers();    // 204.8
 * v.probability();          // 0.96
 * v.isViable();             // true
 * v.reason();               // "'small-clinics' is viable with probability 0.960 >= 0.900: ..."
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Viability {

    Viability() {}

    /**
     * The audience judged.
     *
     * @return the audience
     */
    public abstract Audience audience();

    /**
     * The least probability of reaching the customers needed for the audience to count as viable.
     *
     * @return the required probability, in (0, 1]
     */
    public abstract double requiredProbability();

    /**
     * The operating margin the customers must bring: 0 for break-even.
     *
     * @return the target margin, in [0, 1)
     */
    public abstract double targetMargin();

    /**
     * The number of paying customers needed to break even, or to reach the target margin.
     *
     * @return the number, at least 1; or none when no number of customers suffices (each customer loses money, or
     *     does not contribute enough for the margin)
     */
    public abstract Option<Long> customersNeeded();

    /**
     * The expected number of paying customers, <i>R &times; E[c]</i>.
     *
     * @return the expected number, at least 0
     */
    public abstract double expectedCustomers();

    /**
     * The probability that the audience brings at least the customers needed, <i>P(R c &ge; N)</i>.
     *
     * @return the probability, in [0, 1]; 0 when no number of customers suffices
     */
    public abstract double probability();

    /**
     * Whether the audience is viable: the probability of bringing the customers needed is at least the required one.
     *
     * @return {@code true} when {@code probability() >= requiredProbability()}
     */
    public boolean isViable() {
        return probability() >= requiredProbability();
    }

    /**
     * The margin of safety in customers: expected paying customers minus customers needed.
     *
     * @return the margin, negative when the audience falls short; none when no number of customers suffices
     */
    public Option<Double> margin() {
        return customersNeeded().map(needed -> expectedCustomers() - needed);
    }

    /**
     * The venture's profit per period if the audience brings its expected customers:
     * {@link UnitEconomics#profit(double) economics().profit(expectedCustomers())}.
     *
     * @return the expected profit per period; negative for a loss
     */
    public double expectedProfit() {
        return audience().economics().profit(expectedCustomers());
    }

    /**
     * Why the audience is or is not viable, in one line with its figures, such as {@code 'small-clinics' is viable:
     * 4,000 reachable x 5.00% conversion = 200.0 expected paying customers >= 150 needed to break even (margin 50.0)}.
     *
     * @return the reason
     */
    public String reason() {
        Audience audience = audience();
        String name = '\'' + audience.name() + '\'';
        String goal = goal();
        if (customersNeeded().isEmpty()) {
            double contribution = audience.economics().contributionAt(targetMargin());
            String what = contribution > 0.0
                    ? "needs more paying customers than can be counted to " + goal
                    : String.format(
                            Locale.ROOT,
                            "no number of paying customers can %s: each contributes %.2f per period after its"
                                    + " variable cost%s the acquisition of its replacement%s",
                            goal,
                            contribution,
                            targetMargin() == 0.0 ? " and" : ",",
                            targetMargin() == 0.0
                                    ? ""
                                    : " and a " + Texts.percent(targetMargin()) + " margin on its price");
            return name + " is not viable: " + what;
        }
        long needed = customersNeeded().get();
        Conversion conversion = audience.conversion();
        String supply = String.format(
                Locale.ROOT,
                "%,d reachable x %s = %,.1f expected paying customers",
                audience.reachableSize(),
                conversion.assessment().isEmpty()
                        ? Texts.percent(conversion.mean()) + " conversion"
                        : Texts.percent(conversion.mean()) + " expected conversion (" + conversion.source() + ')',
                expectedCustomers());
        if (conversion.isFixed()) {
            double margin = margin().get();
            return String.format(
                    Locale.ROOT,
                    "%s is %s: %s %s %,d needed to %s (%s %,.1f)",
                    name,
                    isViable() ? "viable" : "not viable",
                    supply,
                    margin >= 0.0 ? ">=" : "<",
                    needed,
                    goal,
                    margin >= 0.0 ? "margin" : "short by",
                    Math.abs(margin));
        }
        return String.format(
                Locale.ROOT,
                "%s is %s with probability %.3f %s %.3f: %s, %,d needed to %s (a conversion of at least %s)",
                name,
                isViable() ? "viable" : "not viable",
                probability(),
                isViable() ? ">=" : "<",
                requiredProbability(),
                supply,
                needed,
                goal,
                Texts.percent((double) needed / audience.reachableSize()));
    }

    private String goal() {
        return targetMargin() == 0.0 ? "break even" : "reach a " + Texts.percent(targetMargin()) + " operating margin";
    }

    /**
     * A viability recorded elsewhere, such as one read back from storage, with its figures as they were recorded: they
     * are checked for their ranges and for the rule that needs no arithmetic (no number of customers suffices, so the
     * probability is 0), not recomputed from the audience. A record of what a gate saw stays readable, and says the
     * same, after a later version of this library computes the figures differently; an audience judged now is judged
     * by {@link Audience#viability(double, double)}.
     *
     * @param audience the audience judged
     * @param requiredProbability the least probability of viability, in (0, 1]
     * @param targetMargin the operating margin the customers must bring, in [0, 1)
     * @param customersNeeded the paying customers needed, at least 1; none when no number suffices
     * @param expectedCustomers the expected paying customers, finite and at least 0
     * @param probability the probability of reaching the customers needed, in [0, 1]; 0 when none suffices
     * @return the viability
     * @throws io.github.custdev.InvalidValueException if an argument is null or breaks its rule
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static Viability of(
            Audience audience,
            double requiredProbability,
            double targetMargin,
            Option<Long> customersNeeded,
            double expectedCustomers,
            double probability) {
        Checks.notNull(audience, "audience");
        Checks.requiredProbability(requiredProbability);
        Checks.targetMargin(targetMargin);
        Checks.notNull(customersNeeded, "customersNeeded");
        if (customersNeeded.isDefined()) {
            Checks.positive(Checks.notNull(customersNeeded.get(), "customersNeeded"), "customersNeeded");
        }
        Checks.nonNegative(expectedCustomers, "expectedCustomers");
        Checks.probability(probability, "probability");
        if (customersNeeded.isEmpty() && probability != 0.0) {
            throw InvalidValueException.of(
                    "probability",
                    "must be 0 when no number of customers suffices (customersNeeded none)",
                    probability);
        }
        return new ImmutableViability.Builder()
                .audience(audience)
                .requiredProbability(requiredProbability)
                .targetMargin(targetMargin)
                .customersNeeded(customersNeeded)
                .expectedCustomers(expectedCustomers)
                .probability(probability)
                .build();
    }

    static Viability of(Audience audience, double requiredProbability, double targetMargin) {
        Checks.notNull(audience, "audience");
        Checks.requiredProbability(requiredProbability);
        Checks.targetMargin(targetMargin);
        Option<Long> needed = audience.economics().customersForMargin(targetMargin);
        double probability = needed.isEmpty()
                ? 0.0
                : audience.conversion().probabilityOfReaching(needed.get(), audience.reachableSize());
        return new ImmutableViability.Builder()
                .audience(audience)
                .requiredProbability(requiredProbability)
                .targetMargin(targetMargin)
                .customersNeeded(needed)
                .expectedCustomers(audience.expectedCustomers())
                .probability(probability)
                .build();
    }

    @Override
    public String toString() {
        return reason();
    }
}
