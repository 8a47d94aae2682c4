package io.github.custdev.testkit.internal;

import io.github.custdev.Behaviour;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.testkit.ScoringCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The checks behind the properties of {@link io.github.custdev.testkit.ScoringStrategyContract}. */
public final class ContractChecks {
    /** The threads that assess one case at once in the thread-safety property. */
    public static final int THREADS = 4;

    private static final long TIMEOUT_SECONDS = 60;
    private static final Source CONTRACT = Source.of("contract");
    private static final Instant LATER = Instant.parse("2031-01-01T00:00:00Z");

    private ContractChecks() {}

    public static Assessment assess(ScoringStrategy strategy, ScoringCase scoringCase) {
        Assessment assessment;
        try {
            assessment = strategy.assess(scoringCase.hypothesis(), scoringCase.log());
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            throw new AssertionError("the strategy must not throw on valid input, but threw " + e, e);
        }
        if (assessment == null) {
            throw new AssertionError("the strategy must return an assessment, not null");
        }
        return assessment;
    }

    public static Assessment await(Future<Assessment> future) throws InterruptedException {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError) {
                throw (AssertionError) cause;
            }
            throw new AssertionError("the strategy must not throw on valid input, but threw " + cause, cause);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the strategy must answer from several threads at once, but did not within " + TIMEOUT_SECONDS
                            + " s",
                    e);
        }
    }

    public static void that(boolean holds, String rule, Object value) {
        if (!holds) {
            throw new AssertionError(rule + ": " + value);
        }
    }

    public static boolean close(Assessment a, Assessment b, double tolerance) {
        return a.hypothesisId().equals(b.hypothesisId())
                && a.verdict() == b.verdict()
                && a.sampleSize() == b.sampleSize()
                && a.strategy().equals(b.strategy())
                && a.statisticName().equals(b.statisticName())
                && a.interval().level() == b.interval().level()
                && a.interval().kind() == b.interval().kind()
                && a.expectedAdditionalSample().isDefined()
                        == b.expectedAdditionalSample().isDefined()
                && close(a.estimate(), b.estimate(), tolerance)
                && close(a.interval().lower(), b.interval().lower(), tolerance)
                && close(a.interval().upper(), b.interval().upper(), tolerance)
                && close(a.probability(), b.probability(), tolerance)
                && close(a.statistic(), b.statistic(), tolerance)
                && close(a.effectiveSampleSize(), b.effectiveSampleSize(), tolerance);
    }

    public static boolean close(double a, double b, double tolerance) {
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= tolerance * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    public static void monotone(
            ScoringStrategy strategy,
            ScoringCase scoringCase,
            Strength strength,
            boolean favourable,
            double tolerance) {
        Hypothesis hypothesis = scoringCase.hypothesis();
        SuccessCriterion criterion = hypothesis.criterion();
        Strength counted = strength.isAtLeast(criterion.minimumStrength()) ? strength : criterion.minimumStrength();
        boolean success = favourable == (criterion.comparison() == Comparison.AT_LEAST);
        Evidence trial = trial(hypothesis.id(), counted, success);
        ScoringCase extended = scoringCase.withLog(scoringCase.log().append(trial));
        double before = assess(strategy, scoringCase).probability();
        double after = assess(strategy, extended).probability();
        if (favourable) {
            that(
                    after >= before || close(after, before, tolerance),
                    "probability must not fall when a trial in favour of the criterion is added (" + trial
                            + "); it was " + before,
                    after);
        } else {
            that(
                    after <= before || close(after, before, tolerance),
                    "probability must not rise when a trial against the criterion is added (" + trial + "); it was "
                            + before,
                    after);
        }
    }

    private static Evidence trial(HypothesisId id, Strength strength, boolean success) {
        switch (strength) {
            case SAID:
                return success ? Statement.supports(id, CONTRACT, LATER) : Statement.refutes(id, CONTRACT, LATER);
            case DID:
                return Behaviour.of(id, CONTRACT, LATER, success ? 1 : 0, 1, Strength.DID);
            case PAID:
            default:
                return success
                        ? Commitment.made(id, CONTRACT, LATER, Commitment.Kind.MONEY)
                        : Commitment.declined(id, CONTRACT, LATER, Commitment.Kind.MONEY);
        }
    }

    /** A case with its log reordered, and how. */
    public static final class Reordering {
        private final String name;
        private final ScoringCase reordered;

        Reordering(String name, ScoringCase reordered) {
            this.name = name;
            this.reordered = reordered;
        }

        /**
         * How the log was reordered.
         *
         * @return {@code "reversed"}, {@code "rotated by one"} or {@code "shuffled"}
         */
        public String name() {
            return name;
        }

        /**
         * The case with the reordered log.
         *
         * @return the case
         */
        public ScoringCase reordered() {
            return reordered;
        }
    }

    /**
     * The case's log reversed, rotated by one (its first item recorded last) and shuffled with the seed: the
     * structured orders find order-dependence in small logs, which keeps shrunk counterexamples small.
     *
     * @param scoringCase the case
     * @param shuffleSeed the seed of the shuffle
     * @return the reorderings
     */
    public static List<Reordering> reorderings(ScoringCase scoringCase, long shuffleSeed) {
        List<Evidence> items = new ArrayList<>(scoringCase.log().evidence().asJava());
        List<Evidence> reversed = new ArrayList<>(items);
        Collections.reverse(reversed);
        List<Evidence> rotated = new ArrayList<>(items);
        Collections.rotate(rotated, -1);
        List<Evidence> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        StrengthWeights weights = scoringCase.log().weights();
        return List.of(
                new Reordering(
                        "reversed",
                        scoringCase.withLog(EvidenceLog.ofAll(reversed).withWeights(weights))),
                new Reordering(
                        "rotated by one",
                        scoringCase.withLog(EvidenceLog.ofAll(rotated).withWeights(weights))),
                new Reordering(
                        "shuffled",
                        scoringCase.withLog(EvidenceLog.ofAll(shuffled).withWeights(weights))));
    }
}
