package io.github.custdev.bench;

import io.github.custdev.GateDecision;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.Venture;
import io.github.custdev.scoring.ScoringStrategy;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Target 3, gate evaluation: the default Customer Discovery gate over a venture with 100 hypotheses and 100,000
 * evidence items, with its full trace. Target: under 100 microseconds.
 *
 * <p>An evidence log keeps a library strategy's assessment of a hypothesis until the hypothesis gains evidence, so
 * {@link #evaluate()}, which evaluates the same venture again and again, measures a gate whose assessments are all kept
 * (a period in which nothing was learned). {@link #evaluateNothingKept()} measures the first evaluation of a venture:
 * the same gate with its strategy behind a caller's own, which is never kept, so every hypothesis is assessed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GateBenchmark {
    @Param({"100"})
    int hypotheses;

    @Param({"100000"})
    int evidence;

    private Venture venture;
    private PhaseGate gate;
    private PhaseGate nothingKept;
    private Instant at;

    /** Builds the venture once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        venture = Ventures.replay(Ventures.discovery(hypotheses, evidence, 100));
        gate = PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY);
        ScoringStrategy callers = (hypothesis, log) -> PhaseGate.DEFAULT_STRATEGY.assess(hypothesis, log);
        nothingKept = PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY, callers);
        at = venture.lastEventAt();
    }

    /** The decision with its trace, as values. */
    @Benchmark
    public GateDecision evaluate() {
        return gate.evaluate(venture, at);
    }

    /** The decision with every hypothesis assessed anew: the first evaluation of a venture. */
    @Benchmark
    public GateDecision evaluateNothingKept() {
        return nothingKept.evaluate(venture, at);
    }

    /** The decision and its trace rendered as text, as a product would show it. */
    @Benchmark
    public String evaluateAndRender() {
        return gate.evaluate(venture, at).trace().toText();
    }
}
