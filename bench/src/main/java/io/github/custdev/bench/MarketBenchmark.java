package io.github.custdev.bench;

import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.simulation.Seeds;
import io.github.custdev.simulation.market.Founders;
import io.github.custdev.simulation.market.Idea;
import io.github.custdev.simulation.market.Market;
import io.github.custdev.simulation.market.Scenario;
import io.github.custdev.simulation.market.VentureOutcome;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Target 7, simulated ventures: one venture of a founder in the default market, run from its seed to its end (a
 * Discovery-and-Validation journey), on one thread; and where its time goes, measured on the same ventures: the idea
 * drawn (the NK landscape tabulated), and the venture's history replayed by {@link Venture#replay} (core's
 * {@code Venture.apply} alone). What remains of a run is the gates, the founder's choices and the evidence drawn.
 * The seeds cycle through 256 ventures, so every operation sees the same mix of journeys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarketBenchmark {

    static final int VENTURES = 256;

    @Param({"scientific", "intuitive"})
    String founder;

    private Scenario scenario;
    private final List<Seq<VentureEvent>> histories = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        scenario = Scenario.of(founder.equals("scientific") ? Founders.scientific() : Founders.intuitive());
        for (long seed = 0; seed < VENTURES; seed++) {
            histories.add(scenario.venture(seed).history());
        }
    }

    private int nextSeed() {
        next = (next + 1) % VENTURES;
        return next;
    }

    /** One venture, from its seed to its outcome. */
    @Benchmark
    public VentureOutcome run() {
        return scenario.run(nextSeed());
    }

    /** The idea alone: the landscape drawn and tabulated, and the starting position. */
    @Benchmark
    public Idea idea() {
        return Idea.draw(Market.defaults().ideas(), Seeds.random(Seeds.splitMix(nextSeed(), 0)));
    }

    /** The venture's events applied again: what {@code Venture.apply} costs in a run. */
    @Benchmark
    public Venture replay() {
        return Venture.replay(histories.get(nextSeed())).get();
    }
}
