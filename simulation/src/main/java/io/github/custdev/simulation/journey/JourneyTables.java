package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.BetaPrior;
import io.github.custdev.PhaseGate;
import io.github.custdev.Role;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * The fixed tables that the small numbers of a {@link Step} index into: the roles a journey hires, the strategies its
 * gates judge by, the segments and unit economics of the audiences it chooses, the true rates its hypotheses lean to,
 * and the pauses between its events. Test kits that generate the same values use these tables rather than copies.
 *
 * <p>Not instantiable; every table is an immutable sequence.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class JourneyTables {

    /** Every built-in role: the three made for searching first, then the four made for executing. */
    public static final Seq<Role> ROLES = List.of(
            Role.FOUNDER,
            Role.ENGINEER,
            Role.CUSTOMER_DEVELOPMENT,
            Role.VP_SALES,
            Role.VP_MARKETING,
            Role.SALES_REPRESENTATIVE,
            Role.OPERATIONS_MANAGER);

    /** The built-in roles made for searching. */
    public static final Seq<Role> SEARCH_ROLES = List.of(Role.FOUNDER, Role.ENGINEER, Role.CUSTOMER_DEVELOPMENT);

    /** The built-in roles made for executing. */
    public static final Seq<Role> EXECUTOR_ROLES =
            List.of(Role.VP_SALES, Role.VP_MARKETING, Role.SALES_REPRESENTATIVE, Role.OPERATIONS_MANAGER);

    /**
     * The strategies gates judge by: the default (Bayesian for proportions and counts, the mean for measurements), the
     * fixed-sample test, Bayesian with Jeffreys' prior, and the default weighted by the strength of evidence.
     */
    public static final Seq<NamedStrategy> GATE_STRATEGIES = List.of(
            NamedStrategy.of(PhaseGate.DEFAULT_STRATEGY.name(), PhaseGate.DEFAULT_STRATEGY),
            NamedStrategy.of("fixed-sample/mean", Scoring.byMetric(Scoring.fixedSample(), Scoring.mean())),
            NamedStrategy.of(
                    "jeffreys/mean",
                    Scoring.byMetric(Scoring.bayesian().withDefaultPrior(BetaPrior.jeffreys()), Scoring.mean())),
            NamedStrategy.of("weighted bayesian/mean", Scoring.weightedByStrength(PhaseGate.DEFAULT_STRATEGY)));

    /** The names of the customer segments audiences are chosen from. */
    public static final Seq<String> SEGMENTS =
            List.of("solo-practices", "group-practices", "dental-chains", "clinics", "hospitals");

    /**
     * The unit economics of the audiences a journey chooses: two that break even (at 198 and at 400 customers) and one
     * that never does.
     */
    public static final Seq<UnitEconomics> ECONOMICS = List.of(
            UnitEconomics.builder()
                    .price(120)
                    .variableCost(20)
                    .acquisitionCost(600)
                    .retention(0.96)
                    .fixedCosts(15_000)
                    .build(),
            UnitEconomics.builder()
                    .price(50)
                    .variableCost(5)
                    .acquisitionCost(200)
                    .retention(0.9)
                    .fixedCosts(10_000)
                    .build(),
            UnitEconomics.builder()
                    .price(30)
                    .variableCost(25)
                    .acquisitionCost(500)
                    .retention(0.9)
                    .fixedCosts(5_000)
                    .build());

    /** The true rates the hypotheses of a journey lean to, from clearly refuted to clearly supported. */
    public static final Seq<Double> RATES = List.of(0.1, 0.3, 0.5, 0.7, 0.9);

    /** The longest short pause between two events: a day, in minutes. */
    public static final int SHORT_PAUSE_MINUTES = 24 * 60;

    /** The longest long pause between two events: two weeks, in minutes. */
    public static final int LONG_PAUSE_MINUTES = 14 * 24 * 60;

    /**
     * The weights of the three kinds of pause, in the order none, short, long: no pause once in eight, a pause of 1 to
     * {@value #SHORT_PAUSE_MINUTES} minutes six times in eight, and of 1 to {@value #LONG_PAUSE_MINUTES} minutes once in
     * eight.
     */
    public static final Seq<Integer> PAUSE_WEIGHTS = List.of(1, 6, 1);

    private JourneyTables() {}

    /**
     * A pause between two events, drawn as {@link #PAUSE_WEIGHTS} say: whole minutes, uniform within its kind.
     *
     * @param random the generator to draw from
     * @return the pause, zero or more whole minutes
     * @throws io.github.custdev.InvalidValueException if the generator is null
     */
    public static Duration randomPause(RandomGenerator random) {
        Checks.notNull("random", random);
        int kind = weighted(PAUSE_WEIGHTS, random);
        if (kind == 0) {
            return Duration.ZERO;
        }
        int most = kind == 1 ? SHORT_PAUSE_MINUTES : LONG_PAUSE_MINUTES;
        return Duration.ofMinutes(random.nextInt(1, most + 1));
    }

    /** The index of a weight, drawn in proportion to the weights. */
    static int weighted(Seq<Integer> weights, RandomGenerator random) {
        int total = weights.sum().intValue();
        int point = random.nextInt(total);
        int index = 0;
        for (int weight : weights) {
            if (point < weight) {
                return index;
            }
            point -= weight;
            index++;
        }
        throw new IllegalStateException("unreachable: the point lies below the total of the weights");
    }

    /** The departments a journey establishes, by name. */
    public static final Seq<String> DEPARTMENTS = List.of("Sales", "Marketing", "Operations", "Support");
}
