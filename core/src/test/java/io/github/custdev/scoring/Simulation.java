package io.github.custdev.scoring;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Seeded simulations of founders running interviews at a known true rate and reading a strategy: the operating
 * characteristics (how often each verdict, after how much evidence) that the statistical tests check and that
 * {@code docs/scoring.md} reports.
 */
final class Simulation {
    private static final Source CUSTOMER = Source.of("customer");

    private Simulation() {}

    /** The result of many runs: how often each verdict came first, and the average sample it came after. */
    static final class Outcome {
        final int runs;
        int supported;
        int refuted;
        int undecided;
        long samples;

        Outcome(int runs) {
            this.runs = runs;
        }

        void add(Assessment assessment) {
            switch (assessment.verdict()) {
                case SUPPORTED:
                    supported++;
                    break;
                case REFUTED:
                    refuted++;
                    break;
                default:
                    undecided++;
            }
            samples += assessment.sampleSize();
        }

        double supportedRate() {
            return (double) supported / runs;
        }

        double refutedRate() {
            return (double) refuted / runs;
        }

        double averageSample() {
            return (double) samples / runs;
        }

        /** Three standard errors of a rate {@code p} estimated from these runs. */
        double tolerance(double p) {
            return 3.0 * Math.sqrt(p * (1.0 - p) / runs);
        }

        @Override
        public String toString() {
            return String.format(
                    java.util.Locale.ROOT,
                    "supported %.4f, refuted %.4f, undecided %.4f, average sample %.1f (%d runs)",
                    supportedRate(),
                    refutedRate(),
                    (double) undecided / runs,
                    averageSample(),
                    runs);
        }
    }

    /**
     * A stopping strategy read after each group of {@code size} respondents (1: every interview), until it decides
     * or {@code cap} trials are in. For a sequential test, reading after every chunk of groups gives the same verdict
     * as reading after every group, because the test stops at the first crossing in recorded order; {@code chunk}
     * groups are appended between readings to save time.
     */
    static Outcome untilDecided(
            ScoringStrategy strategy,
            Hypothesis hypothesis,
            double rate,
            int size,
            int chunk,
            int cap,
            int runs,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Outcome outcome = new Outcome(runs);
        for (int run = 0; run < runs; run++) {
            EvidenceLog log = EvidenceLog.empty();
            Assessment assessment = null;
            for (int trials = 0; trials < cap; ) {
                List<Evidence> batch = new ArrayList<>(chunk);
                for (int i = 0; i < chunk && trials < cap; i++, trials += size) {
                    batch.add(group(hypothesis, rate, size, random));
                }
                log = log.appendAll(batch);
                assessment = strategy.assess(hypothesis, log);
                if (assessment.isDecided()) {
                    break;
                }
            }
            outcome.add(assessment);
        }
        return outcome;
    }

    /** One look after exactly {@code n} interviews. */
    static Outcome singleLook(
            ScoringStrategy strategy, Hypothesis hypothesis, double rate, int n, int runs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Outcome outcome = new Outcome(runs);
        for (int run = 0; run < runs; run++) {
            List<Evidence> interviews = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                interviews.add(group(hypothesis, rate, 1, random));
            }
            outcome.add(strategy.assess(hypothesis, EvidenceLog.ofAll(interviews)));
        }
        return outcome;
    }

    /** Single interviews are statements; groups are Sean Ellis surveys of {@code size} respondents. */
    private static Evidence group(Hypothesis hypothesis, double rate, int size, SplittableRandom random) {
        if (size == 1) {
            return random.nextDouble() < rate
                    ? Statement.supports(hypothesis.id(), CUSTOMER, Fixtures.START)
                    : Statement.refutes(hypothesis.id(), CUSTOMER, Fixtures.START);
        }
        int very = 0;
        for (int i = 0; i < size; i++) {
            very += random.nextDouble() < rate ? 1 : 0;
        }
        return SeanEllisTally.of(hypothesis.id(), CUSTOMER, Fixtures.START, very, size - very, 0);
    }

    /**
     * The smallest exact binomial fixed-sample test of {@code p0} against {@code p1}: the least {@code n} with a
     * critical count {@code c} such that {@code P(X >= c | p0) <= alpha} and {@code P(X < c | p1) <= beta}.
     */
    static int exactFixedSample(double p0, double p1, double alpha, double beta) {
        for (int n = 1; n < 10_000; n++) {
            BinomialDistribution low = BinomialDistribution.of(n, p0);
            BinomialDistribution high = BinomialDistribution.of(n, p1);
            for (int c = 0; c <= n; c++) {
                if (low.survivalProbability(c - 1) <= alpha && high.cumulativeProbability(c - 1) <= beta) {
                    return n;
                }
            }
        }
        throw new AssertionError("no fixed sample below 10000");
    }
}
