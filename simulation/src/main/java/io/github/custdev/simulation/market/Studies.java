package io.github.custdev.simulation.market;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.Grid;
import io.github.custdev.simulation.Sweep;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.apiguardian.api.API;

/**
 * The published studies the workbench reproduces, each a {@link Sweep} of {@link Scenario}s with common random
 * numbers, so that the arms of one replication start from the same idea; {@code docs/research.md} has their
 * full-size tables. Run one with {@link Sweep#execute(io.github.custdev.simulation.Execution)} and summarize it with
 * {@link ArmSummary#of(io.github.custdev.simulation.Results)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Studies {

    /** The firms of the 2024 replication of Camuffo et al.: 759. */
    public static final int CAMUFFO_FIRMS = 759;

    /**
     * The fixed sample of the sequential-evidence study: 28 interviews, the smallest n at which deciding by the side of
     * 0.5 the observed share falls has error rates of at most 0.05 at 0.35 and at 0.65,
     * {@code n = ceil(((z(0.95) sqrt(0.35 x 0.65) + z(0.95) sqrt(0.65 x 0.35)) / 0.3)^2)}.
     */
    public static final long FIXED_SAMPLE = 28;

    private Studies() {}

    /**
     * Sequential evidence pays (Wald 1945): two interviewers (one customer a period for each open hypothesis) in the
     * default market with truthful interviews, with 100,000 of capital and 2,000 periods so that neither money nor
     * time cuts a search short. One judges with Wald's sequential test {@code Scoring.sequential(0.35, 0.65, 0.05,
     * 0.05)} from the first customer; the other with a fixed-sample design at the same error rates, {@link
     * #FIXED_SAMPLE} interviews decided by the side of 0.5 the share falls ({@code Scoring.fixedSample()} at a level
     * of 1e-4, whose interval is that narrow). Each with the same ideas.
     *
     * @param ventures the ventures of each arm, at least 1
     * @param seed the master seed
     * @return the sweep: point 0 sequential, point 1 fixed sample
     * @throws io.github.custdev.InvalidValueException if the ventures are not positive
     */
    public static Sweep<Scenario, VentureOutcome> sequentialEvidence(int ventures, long seed) {
        Checks.positive("ventures", ventures);
        Market truthful = Market.defaults()
                .withProbe(Probe.interview(Market.defaults().interview().cost(), 0));
        Vector<Scenario> arms = Vector.of(
                        Founders.interviewer(io.github.custdev.scoring.Scoring.sequential(0.35, 0.65, 0.05, 0.05), 1),
                        Founders.interviewer(
                                io.github.custdev.scoring.Scoring.fixedSample().withLevel(1e-4), FIXED_SAMPLE))
                .map(founder -> new Scenario(founder, truthful, 100_000, 2_000));
        return Sweep.of(Scenario::run, Grid.ofAll(arms), ventures, seed).withCommonRandomNumbers(true);
    }

    /**
     * Camuffo, Cordova, Gambardella and Spina (2020) and its 2024 replication: the scientific founder (treated) and
     * the intuitive founder (control) in the default market, each with the same ideas.
     *
     * @param ventures the ventures of each arm, at least 1 ({@link #CAMUFFO_FIRMS} times the replications for the
     *     full size)
     * @param seed the master seed
     * @return the sweep: point 0 scientific, point 1 intuitive
     * @throws io.github.custdev.InvalidValueException if the ventures are not positive
     */
    public static Sweep<Scenario, VentureOutcome> camuffo(int ventures, long seed) {
        return study(Vector.of(Founders.scientific(), Founders.intuitive()), Market.defaults(), ventures, seed);
    }

    /**
     * Premature scaling (Startup Genome, Marmer et al. 2011): the scientific founder, who hires executors only once it
     * launches, and the premature scaler, who hires them while it searches, in the default market, each with
     * the same ideas.
     *
     * @param ventures the ventures of each arm, at least 1
     * @param seed the master seed
     * @return the sweep: point 0 scientific, point 1 premature scaler
     * @throws io.github.custdev.InvalidValueException if the ventures are not positive
     */
    public static Sweep<Scenario, VentureOutcome> prematureScaling(int ventures, long seed) {
        return study(Vector.of(Founders.scientific(), Founders.prematureScaler()), Market.defaults(), ventures, seed);
    }

    /**
     * Some founders in each of several markets: a sensitivity grid. The points run founder-major within each market:
     * market 0's founders, then market 1's, and so on.
     *
     * @param founders the founders, at least one
     * @param markets the markets, at least one
     * @param ventures the ventures of each arm, at least 1
     * @param seed the master seed
     * @return the sweep
     * @throws io.github.custdev.InvalidValueException if an argument is null, empty or out of range
     */
    public static Sweep<Scenario, VentureOutcome> sensitivity(
            Seq<FounderStrategy> founders, Seq<Market> markets, int ventures, long seed) {
        Checks.notNull("founders", founders);
        Checks.notNull("markets", markets);
        if (founders.isEmpty()) {
            throw io.github.custdev.InvalidValueException.of("founders", "must not be empty", "[]");
        }
        if (markets.isEmpty()) {
            throw io.github.custdev.InvalidValueException.of("markets", "must not be empty", "[]");
        }
        Vector<Scenario> scenarios = Vector.empty();
        for (Market market : markets) {
            for (FounderStrategy founder : founders) {
                scenarios = scenarios.append(Scenario.of(founder).withMarket(market));
            }
        }
        Checks.positive("ventures", ventures);
        return Sweep.of(Scenario::run, Grid.ofAll(scenarios), ventures, seed).withCommonRandomNumbers(true);
    }

    private static Sweep<Scenario, VentureOutcome> study(
            Seq<FounderStrategy> founders, Market market, int ventures, long seed) {
        return sensitivity(founders, Vector.of(market), ventures, seed);
    }
}
