package io.github.custdev.testkit.internal;

import io.github.custdev.Behaviour;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.github.custdev.testkit.ScoringCase;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/** The checks behind the properties of {@link io.github.custdev.testkit.ScoringStrategyContract}. */
public final class ContractChecks {
    /** The threads that assess one case at once in the thread-safety property. */
    public static final int THREADS = 4;

    private static final long TIMEOUT_SECONDS = 60;

    /**
     * The threads the thread-safety properties ask from, shared by every try and every contract: daemon threads, so
     * that a strategy or policy that never returns cannot keep the test run alive.
     */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, task -> {
        Thread thread = new Thread(task, "custdev-testkit-contract");
        thread.setDaemon(true);
        return thread;
    });

    /** Passed as the value to {@link #that} when the rule's text already says everything. */
    public static final Object NO_VALUE = new Object();

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

    /**
     * Runs a task on one of the contracts' shared threads.
     *
     * @param task the task
     * @param <T> its result's type
     * @return its future
     */
    public static <T> Future<T> submit(java.util.concurrent.Callable<T> task) {
        return POOL.submit(task);
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

    /**
     * The result of a task run on another thread; what it threw, as the contract's failure.
     *
     * @param future the task
     * @param <T> the result's type
     * @return the result
     * @throws InterruptedException if the test is interrupted
     */
    public static <T> T awaitAll(Future<T> future) throws InterruptedException {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError) {
                throw (AssertionError) cause;
            }
            throw new AssertionError("must not throw on valid input, but threw " + cause, cause);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "must answer from several threads at once, but did not within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    public static void that(boolean holds, String rule, @Nullable Object value) {
        if (!holds) {
            throw new AssertionError(value == NO_VALUE ? rule : rule + ": " + value);
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
                    "probability fell from " + figure(before) + " to " + figure(after)
                            + " when a trial in favour of the criterion was added (" + trial
                            + "); one more trial in favour of the criterion must not lower it",
                    NO_VALUE);
        } else {
            that(
                    after <= before || close(after, before, tolerance),
                    "probability rose from " + figure(before) + " to " + figure(after)
                            + " when a trial against the criterion was added (" + trial
                            + "); one more trial against the criterion must not raise it",
                    NO_VALUE);
        }
    }

    /**
     * The trials (the measurements, for a mean) of the hypothesis's own evidence that its criterion lets count: of at
     * least its minimum strength. An upper bound: a strategy also leaves out kinds the metric does not use. Computed from the items, not from the statistics,
     * so that it does not share a defect with the statistics a strategy reads.
     *
     * @param scoringCase the case
     * @return the countable sample
     */
    public static long countable(ScoringCase scoringCase) {
        SuccessCriterion criterion = scoringCase.hypothesis().criterion();
        long countable = 0;
        for (Evidence item : scoringCase.evidence()) {
            if (item.strength().isAtLeast(criterion.minimumStrength())) {
                countable += criterion.metric() == Metric.MEAN ? (item instanceof Measurement ? 1 : 0) : item.trials();
            }
        }
        return countable;
    }

    /**
     * A decided verdict agrees with the direction of its probability: SUPPORTED at a probability of at least 1/2
     * that the criterion holds, REFUTED at most 1/2.
     *
     * @param assessment the assessment
     * @param scoringCase its case
     */
    public static void verdictFollowsProbability(Assessment assessment, ScoringCase scoringCase) {
        Verdict verdict = assessment.verdict();
        double p = assessment.probability();
        boolean agrees = verdict == Verdict.SUPPORTED ? p >= 0.5 : verdict != Verdict.REFUTED || p <= 0.5;
        that(
                agrees,
                "the verdict was " + verdict + " but the probability that the criterion ("
                        + scoringCase.hypothesis().criterion() + ") holds was " + figure(p)
                        + "; a SUPPORTED verdict needs a probability of at least 0.5, a REFUTED one at most 0.5",
                NO_VALUE);
    }

    /**
     * A decided verdict only once the sample counted reaches the criterion's minimum: the assessment's own sample
     * size, and the sample the criterion lets count.
     *
     * @param assessment the assessment
     * @param scoringCase its case
     */
    public static void decidesOnlyOnTheMinimumSample(Assessment assessment, ScoringCase scoringCase) {
        if (!assessment.isDecided()) {
            return;
        }
        SuccessCriterion criterion = scoringCase.hypothesis().criterion();
        long minimum = criterion.minimumSample();
        String noun = criterion.metric() == Metric.MEAN ? "measurements" : "trials";
        long countable = countable(scoringCase);
        that(
                countable >= minimum,
                "the verdict was " + assessment.verdict() + " on " + countable + " " + noun + " of "
                        + criterion.minimumStrength() + " or stronger, but the criterion (" + criterion
                        + ") asks for at least " + minimum + " before a verdict",
                NO_VALUE);
        that(
                assessment.sampleSize() >= minimum,
                "the verdict was " + assessment.verdict() + " on a sample of " + assessment.sampleSize()
                        + ", but the criterion (" + criterion + ") asks for at least " + minimum + " " + noun
                        + " before a verdict",
                NO_VALUE);
    }

    /**
     * Evidence weaker than the criterion's minimum strength changes nothing: one more such item, appended, leaves the
     * verdict, probability, estimate and sample size as they were. A criterion that counts every strength is raised
     * to count {@code DID} or stronger, so that there is weaker evidence to add.
     *
     * @param strategy the strategy
     * @param scoringCase a case of a proportion hypothesis
     * @param favourable whether the weaker item favours the criterion
     * @param tolerance the relative tolerance of the figures
     */
    public static void ignoresWeakerEvidence(
            ScoringStrategy strategy, ScoringCase scoringCase, boolean favourable, double tolerance) {
        Hypothesis hypothesis = scoringCase.hypothesis();
        SuccessCriterion criterion = hypothesis.criterion();
        if (criterion.minimumStrength() == Strength.SAID) {
            hypothesis = withCriterion(hypothesis, criterion.withMinimumStrength(Strength.DID));
            criterion = hypothesis.criterion();
        }
        ScoringCase judged = ScoringCase.of(hypothesis, scoringCase.log());
        Strength weaker = criterion.minimumStrength() == Strength.PAID ? Strength.DID : Strength.SAID;
        boolean success = favourable == (criterion.comparison() == Comparison.AT_LEAST);
        Evidence item = trial(hypothesis.id(), weaker, success);
        Assessment before = assess(strategy, judged);
        Assessment after = assess(strategy, judged.withLog(judged.log().append(item)));
        boolean same = before.verdict() == after.verdict()
                && before.sampleSize() == after.sampleSize()
                && close(before.probability(), after.probability(), tolerance)
                && close(before.estimate(), after.estimate(), tolerance);
        that(
                same,
                "evidence weaker than the criterion's minimum strength (" + criterion + ") must not count, but adding "
                        + item + " changed the assessment: " + difference(before, after),
                NO_VALUE);
    }

    /**
     * Where the strategy decides a proportion, the threshold matters: moved past the estimate to the end of [0, 1]
     * that the estimate misses (or that every rate meets), the verdict must change.
     *
     * @param strategy the strategy
     * @param scoringCase a case of a proportion hypothesis
     */
    public static void thresholdMatters(ScoringStrategy strategy, ScoringCase scoringCase) {
        Assessment assessment = assess(strategy, scoringCase);
        if (!assessment.isDecided()) {
            return;
        }
        Hypothesis hypothesis = scoringCase.hypothesis();
        SuccessCriterion criterion = hypothesis.criterion();
        boolean atLeast = criterion.comparison() == Comparison.AT_LEAST;
        boolean supported = assessment.verdict() == Verdict.SUPPORTED;
        // SUPPORTED: move the threshold to the end the estimate misses; REFUTED: to the end every rate meets.
        double moved = supported == atLeast ? 1.0 : 0.0;
        double estimate = assessment.estimate();
        if (supported && (atLeast ? estimate >= 1.0 : estimate <= 0.0)) {
            return;
        }
        SuccessCriterion movedCriterion = SuccessCriterion.of(
                criterion.metric(),
                criterion.comparison(),
                moved,
                criterion.minimumSample(),
                criterion.minimumStrength(),
                criterion.unit());
        Hypothesis movedHypothesis = withCriterion(hypothesis, movedCriterion);
        Assessment after = assess(strategy, ScoringCase.of(movedHypothesis, scoringCase.log()));
        that(
                after.verdict() != assessment.verdict(),
                "the threshold must matter: the verdict was " + assessment.verdict() + " for " + criterion
                        + " at an estimate of " + figure(estimate) + ", and still " + after.verdict()
                        + " with the threshold moved past the estimate to " + movedCriterion
                        + (supported ? ", which the estimate misses" : ", which every rate meets"),
                NO_VALUE);
    }

    /**
     * The hypothesis with another criterion, everything else as it was.
     *
     * @param hypothesis the hypothesis
     * @param criterion the other criterion
     * @return the changed copy
     */
    public static Hypothesis withCriterion(Hypothesis hypothesis, SuccessCriterion criterion) {
        Hypothesis.Builder builder = Hypothesis.builder();
        builder.id(hypothesis.id())
                .statement(hypothesis.statement())
                .area(hypothesis.area())
                .phase(hypothesis.phase())
                .criterion(criterion)
                .importance(hypothesis.importance());
        hypothesis.prior().forEach(builder::prior);
        return builder.build();
    }

    /**
     * What differs between two assessments, field by field, in words: {@code "verdict SUPPORTED then REFUTED,
     * probability 0.96 then 0.94"}; the whole assessments when only their text or parameters differ.
     *
     * @param first the first assessment
     * @param second the second
     * @return the difference
     */
    public static String difference(Assessment first, Assessment second) {
        List<String> parts = new ArrayList<>();
        differs(parts, "hypothesisId", first.hypothesisId(), second.hypothesisId());
        differs(parts, "verdict", first.verdict(), second.verdict());
        differs(
                parts,
                "probability",
                figure(first.probability()),
                figure(second.probability()),
                first.probability(),
                second.probability());
        differs(
                parts,
                "estimate",
                figure(first.estimate()),
                figure(second.estimate()),
                first.estimate(),
                second.estimate());
        differs(parts, "interval", first.interval(), second.interval());
        differs(parts, "sampleSize", first.sampleSize(), second.sampleSize());
        differs(
                parts,
                "effectiveSampleSize",
                figure(first.effectiveSampleSize()),
                figure(second.effectiveSampleSize()),
                first.effectiveSampleSize(),
                second.effectiveSampleSize());
        differs(
                parts,
                "statistic",
                first.statisticName() + " = " + figure(first.statistic()),
                second.statisticName() + " = " + figure(second.statistic()),
                first.decidingStatistic(),
                second.decidingStatistic());
        differs(parts, "expectedAdditionalSample", first.expectedAdditionalSample(), second.expectedAdditionalSample());
        differs(parts, "strategy", first.strategy(), second.strategy());
        differs(parts, "parameters", first.parameters(), second.parameters());
        differs(parts, "reason", "\"" + first.reason() + "\"", "\"" + second.reason() + "\"");
        return parts.isEmpty()
                ? "equal figures, but " + first + " is not equal to " + second
                : String.join(", ", parts);
    }

    private static void differs(List<String> parts, String name, Object first, Object second) {
        differs(parts, name, first, second, first, second);
    }

    private static void differs(
            List<String> parts, String name, Object firstText, Object secondText, Object first, Object second) {
        if (!first.equals(second)) {
            String a = String.valueOf(firstText);
            String b = String.valueOf(secondText);
            if (a.equals(b)) {
                a = String.valueOf(first);
                b = String.valueOf(second);
            }
            parts.add(name + " " + a + " then " + b);
        }
    }

    /**
     * A figure as a message shows it: four significant digits, no trailing zeros ({@code 0.6667}, {@code 0.5},
     * {@code 1.2e-07}).
     *
     * @param value the figure
     * @return its text
     */
    public static String figure(double value) {
        if (!Double.isFinite(value) || value == 0.0) {
            return value == 0.0 ? "0" : Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
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
