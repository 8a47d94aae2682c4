package io.github.custdev.bench;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Runway;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
 * Targets 1 and 5, append and re-assess: one more interview is appended to a log of {@code logSize} interviews for
 * the hypothesis, and the hypothesis is assessed again. The cost must not grow with the log (within 1.5x from 1,000
 * to 1,000,000 items), stay under a microsecond, and allocate under 256 bytes.
 *
 * <p>The interviews support the hypothesis at a true rate of 0.45 against a criterion of at least 0.40: the Bayesian
 * strategy reads the running statistics; the sequential test (0.30 against 0.50) reads the evidence in order and
 * stops at its first boundary crossing, a few dozen interviews in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AppendAndAssessBenchmark {
    private static final HypothesisId ID = HypothesisId.of("pmf");

    @Param({"1000", "100000", "1000000"})
    int logSize;

    @Param({"bayesian", "sequential"})
    String strategy;

    private Hypothesis hypothesis;
    private ScoringStrategy scoring;
    private EvidenceLog log;
    private Evidence next;
    private Venture venture;
    private VentureEvent.EvidenceRecorded recorded;

    /** Builds the log once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        hypothesis = Hypothesis.of(
                ID,
                "Founders would be very disappointed without it",
                BusinessModelArea.VALUE_PROPOSITION,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.40, 20));
        scoring = "sequential".equals(strategy) ? Scoring.sequential(0.30, 0.50) : Scoring.bayesian();
        log = EvidenceLog.ofAll(Fixtures.interviews(ID, logSize, 0.45, Fixtures.SEED));
        Instant last = Fixtures.START.plusSeconds(60L * logSize);
        next = Statement.supports(ID, Source.of("next-customer"), last);
        venture = Venture.replay(List.of(
                        VentureEvent.Founded.of("bench", Runway.experiments(Long.MAX_VALUE / 2), 3, Fixtures.START),
                        VentureEvent.HypothesisStated.of(hypothesis, Fixtures.START),
                        VentureEvent.EvidenceRecorded.of(log.evidence(), BigDecimal.ZERO, last)))
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
        recorded = VentureEvent.EvidenceRecorded.of(next, last);
    }

    /** The library: append one interview to the persistent log and assess the hypothesis again. */
    @Benchmark
    public Assessment appendAndAssess() {
        return scoring.assess(hypothesis, log.append(next));
    }

    /** The same through the venture: the event is checked against the venture's state before it is applied. */
    @Benchmark
    public Assessment ventureAppendAndAssess() {
        Venture after = venture.applyOrThrow(recorded);
        return scoring.assess(hypothesis, after.evidence());
    }

    /** The append alone, for the split of the cost. */
    @Benchmark
    public EvidenceLog appendOnly() {
        return log.append(next);
    }
}
