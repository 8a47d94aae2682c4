package io.github.custdev.simulation.market;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.Venture;
import io.github.custdev.simulation.Experiment;
import io.github.custdev.simulation.internal.Checks;
import org.apiguardian.api.API;

/**
 * One simulated venture's setting: the founder, the market, the capital and the horizon. With a seed, a scenario is a
 * run: {@link #run(long)} draws an idea from the market, founds a {@link Venture} and lets the founder search, period
 * by period, recording every experiment, gate decision, pivot, hire and closing as an event on the venture, until it
 * launches, stops, runs out of cash or meets the horizon. {@code Scenario::run} is an {@link Experiment}, so a
 * {@link io.github.custdev.simulation.Sweep} over a grid of scenarios runs them all, and with common random numbers
 * the founders of one replication start from the same idea. Immutable and thread-safe.
 *
 * <h2>A period</h2>
 *
 * <ol>
 *   <li>The founder hires ({@link FounderStrategy#hires}), each hire recorded as a {@code RoleHired}.
 *   <li>It names the period's tests ({@link FounderStrategy#tests}); the period costs the tests' probes plus the
 *       payroll of the team ({@link Market.Payroll}). If the runway cannot pay it, the venture closes, out of cash. Otherwise the
 *       evidence is drawn from the hypothesis's true rate ({@link Probe}) and recorded with its cost as one {@code
 *       EvidenceRecorded}.
 *   <li>The founder's gate of the phase decides ({@link io.github.custdev.PhaseGate#evaluate}) and the founder
 *       answers ({@link FounderStrategy#respond}): continue; advance (the Proceed and a {@code PhaseAdvanced} are
 *       recorded, and a venture entering Customer Creation launches); pivot (the decision and a {@code Pivoted} that
 *       replaces the hypotheses of the areas the pivot changes); or stop (the decision and a {@code Closed}).
 * </ol>
 *
 * <p>Period {@code t} is the week starting {@code 2026-01-05T09:00:00Z} plus {@code t} weeks. A launched venture earns
 * {@link Market.Demand#revenue} from its launch to the horizon.
 *
 * <h2>Random numbers</h2>
 *
 * From the run's seed {@code s}: the idea (landscape and start) from {@code Seeds.random(Seeds.splitMix(s, 0))}, the
 * evidence from {@code splitMix(s, 1)}, the founder's reads of the options of a pivot from {@code splitMix(s, 2)}. So
 * two founders run with one seed start from the same idea.
 *
 * @param founder the founder
 * @param market the market
 * @param capital the money the venture is founded with, finite and &gt; 0
 * @param horizon the periods simulated, at least 1
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Scenario(FounderStrategy founder, Market market, double capital, int horizon) {

    /** The capital of {@link #of(FounderStrategy)}: 400 (thousands), 40 weeks of the default founders' payroll. */
    public static final double DEFAULT_CAPITAL = 400;

    /** The horizon of {@link #of(FounderStrategy)}: 104 periods, two years of weeks. */
    public static final int DEFAULT_HORIZON = 104;

    /**
     * Validates the fields.
     *
     * @throws io.github.custdev.InvalidValueException if a field is null or out of range
     */
    public Scenario {
        Checks.notNull("scenario.founder", founder);
        Checks.notNull("scenario.market", market);
        Checks.positive("scenario.capital", capital);
        Checks.positive("scenario.horizon", horizon);
    }

    /**
     * A founder in the {@link Market#defaults() default market}, with {@link #DEFAULT_CAPITAL} and
     * {@link #DEFAULT_HORIZON}.
     *
     * @param founder the founder
     * @return the scenario
     * @throws io.github.custdev.InvalidValueException if the founder is null
     */
    public static Scenario of(FounderStrategy founder) {
        return new Scenario(founder, Market.defaults(), DEFAULT_CAPITAL, DEFAULT_HORIZON);
    }

    /**
     * This scenario with another founder.
     *
     * @param other the founder
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if it is null
     */
    public Scenario withFounder(FounderStrategy other) {
        return new Scenario(other, market, capital, horizon);
    }

    /**
     * This scenario in another market.
     *
     * @param other the market
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if it is null
     */
    public Scenario withMarket(Market other) {
        return new Scenario(founder, other, capital, horizon);
    }

    /**
     * This scenario with other capital.
     *
     * @param amount the capital, finite and &gt; 0
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if it is out of range
     */
    public Scenario withCapital(double amount) {
        return new Scenario(founder, market, amount, horizon);
    }

    /**
     * This scenario with another horizon.
     *
     * @param periods the periods simulated, at least 1
     * @return the changed copy
     * @throws io.github.custdev.InvalidValueException if it is out of range
     */
    public Scenario withHorizon(int periods) {
        return new Scenario(founder, market, capital, periods);
    }

    /**
     * Runs the venture of a seed.
     *
     * @param seed the run's seed
     * @return the outcome
     * @throws io.github.custdev.InvalidValueException if the founder answers with a test or move that does not fit
     * @throws io.github.custdev.RejectedEventException if the venture refuses an event the founder's answer makes
     */
    public VentureOutcome run(long seed) {
        return Simulation.of(this, seed).run().outcome();
    }

    /**
     * The venture of a seed as it stood at the end of its run: every event the run recorded, to inspect or replay.
     *
     * @param seed the run's seed
     * @return the venture
     * @throws io.github.custdev.InvalidValueException if the founder answers with a test or move that does not fit
     * @throws io.github.custdev.RejectedEventException if the venture refuses an event the founder's answer makes
     */
    public Venture venture(long seed) {
        return Simulation.of(this, seed).run().venture();
    }

    /**
     * The idea the venture of a seed starts from.
     *
     * @param seed the run's seed
     * @return the idea
     */
    public Idea idea(long seed) {
        return Simulation.startingIdea(market, seed);
    }
}
