package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Immutable and thread-safe, as every type documents: one venture, one strategy of each kind and one gate are shared
 * by many threads that assess and evaluate at once, and every result equals the one computed on a single thread. The
 * assessments handed out are shared too, and their lazily computed intervals are first read by many threads at once.
 *
 * <p>Tagged {@code concurrency} to leave it out of mutation testing: it repeats computations that the single-threaded
 * tests already check, so under PIT it would only add time.
 */
@Tag("concurrency")
class ConcurrencyTests {
    private static final int THREADS = 8;
    private static final int ROUNDS = 12;
    private static final Instant AT = Fixtures.day(60);

    private static final Hypothesis SEGMENT =
            Fixtures.hypothesis("segment.solo", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis PROBLEM = Hypothesis.of(
            HypothesisId.of("problem.no-shows"),
            "no-shows cost a solo practice a morning a week",
            BusinessModelArea.PROBLEM,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.proportionAtLeast(0.6, 20));
    private static final Hypothesis VALUE = Hypothesis.of(
            HypothesisId.of("value.time-saved"),
            "reminders save the front desk at least 30 minutes a day",
            BusinessModelArea.VALUE_PROPOSITION,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.meanAtLeast(30, "minutes", 10));
    private static final Hypothesis REVENUE = Hypothesis.of(
            HypothesisId.of("revenue.pre-orders"),
            "practices pre-order at 49 a month",
            BusinessModelArea.REVENUE,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.countAtLeast(5, Strength.PAID));
    private static final Hypothesis FIT = Hypothesis.of(
            HypothesisId.of("pmf.sean-ellis"),
            "40% would be very disappointed without it",
            BusinessModelArea.VALUE_PROPOSITION,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.veryDisappointedAtLeast(0.4, 40));
    private static final List<Hypothesis> HYPOTHESES = List.of(SEGMENT, PROBLEM, VALUE, REVENUE, FIT);

    private static final Map<String, ScoringStrategy> STRATEGIES = strategies();

    private static Venture venture;
    private static PhaseGate gate;
    private static ExecutorService threads;

    private static Map<String, ScoringStrategy> strategies() {
        Map<String, ScoringStrategy> strategies = new LinkedHashMap<>();
        strategies.put("bayesian", Scoring.bayesian());
        strategies.put("bayesian, expected loss", Scoring.bayesian().withExpectedLoss(0.05));
        strategies.put("sequential", Scoring.sequential(0.3, 0.6));
        strategies.put("fixed sample", Scoring.fixedSample());
        strategies.put("sean ellis", Scoring.seanEllis());
        strategies.put("mean", Scoring.mean());
        strategies.put("default", PhaseGate.DEFAULT_STRATEGY);
        strategies.put("weighted", Scoring.weightedByStrength(PhaseGate.DEFAULT_STRATEGY));
        strategies.put("in segment", Scoring.inSegment(Scoring.bayesian(), "solo practices"));
        strategies.put("before", Scoring.observedBefore(Scoring.bayesian(), Fixtures.day(20)));
        strategies.put("all of", Scoring.allOf(Scoring.bayesian(), Scoring.fixedSample()));
        strategies.put("any of", Scoring.anyOf(Scoring.sequential(0.3, 0.6), Scoring.bayesian()));
        return strategies;
    }

    /** A venture with a few hundred items of evidence of every kind, drawn from a seeded generator. */
    @BeforeAll
    static void shareOneVentureAndOneGate() {
        SplittableRandom random = new SplittableRandom(20260302L);
        List<VentureEvent> events = new ArrayList<>();
        for (Hypothesis h : HYPOTHESES) {
            events.add(VentureEvent.HypothesisStated.of(h, Fixtures.T0));
        }
        Instant at = Fixtures.T0;
        for (int i = 0; i < 300; i++) {
            at = at.plusSeconds(600 + random.nextInt(3600));
            Source source =
                    Source.of("customer-" + random.nextInt(120), random.nextBoolean() ? "solo practices" : "groups");
            Evidence evidence;
            switch (i % 5) {
                case 0:
                    evidence = Statement.of(
                            SEGMENT.id(),
                            source,
                            at,
                            random.nextInt(10) < 7 ? Statement.Stance.SUPPORTS : Statement.Stance.REFUTES);
                    break;
                case 1:
                    long trials = 1 + random.nextInt(20);
                    evidence = Behaviour.of(PROBLEM.id(), source, at, random.nextLong(trials + 1), trials);
                    break;
                case 2:
                    evidence = Measurement.of(
                            VALUE.id(), source, at, 10 + 50 * random.nextDouble(), "minutes", Strength.DID);
                    break;
                case 3:
                    evidence = random.nextBoolean()
                            ? Commitment.made(REVENUE.id(), source, at, Commitment.Kind.MONEY)
                            : Commitment.declined(REVENUE.id(), source, at, Commitment.Kind.MONEY);
                    break;
                default:
                    evidence = SeanEllisTally.of(
                            FIT.id(), source, at, random.nextInt(10), random.nextInt(10), 1 + random.nextInt(10));
                    break;
            }
            events.add(VentureEvent.EvidenceRecorded.of(evidence, at));
        }
        venture = Fixtures.must(Venture.found(Fixtures.founded(1_000, 2)).applyAll(events));
        gate = PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY)
                .withBudget(EvidenceBudget.experiments(1_000))
                .withPassScore(0.5);
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopTheThreads() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void assessingTheSharedVentureOnManyThreadsGivesTheSingleThreadedAssessments() throws Exception {
        Map<String, Assessment> expected = new LinkedHashMap<>();
        STRATEGIES.forEach((name, strategy) -> HYPOTHESES.forEach(
                h -> expected.put(name + " / " + h.id(), read(strategy.assess(h, venture.evidence())))));

        List<Map<String, Assessment>> results = onAllThreads(() -> {
            Map<String, Assessment> found = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                STRATEGIES.forEach((name, strategy) -> HYPOTHESES.forEach(
                        h -> found.put(name + " / " + h.id(), read(strategy.assess(h, venture.evidence())))));
            }
            return found;
        });
        for (Map<String, Assessment> found : results) {
            assertEquals(expected, found);
        }
    }

    @Test
    void evaluatingTheSharedGateOnManyThreadsGivesTheSingleThreadedDecision() throws Exception {
        GateDecision expected = gate.evaluate(venture, AT);
        String text = expected.toText();

        List<List<GateDecision>> results = onAllThreads(() -> {
            List<GateDecision> found = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                GateDecision decision = gate.evaluate(venture, AT);
                assertEquals(text, decision.toText());
                found.add(decision);
            }
            return found;
        });
        for (List<GateDecision> found : results) {
            for (GateDecision decision : found) {
                assertEquals(expected, decision);
            }
        }
        assertEquals(expected, gate.evaluate(venture, AT), "the gate is unchanged by the evaluations");
    }

    @Test
    void theLazilyComputedIntervalsOfSharedAssessmentsAreReadOnManyThreadsAtOnce() throws Exception {
        List<Assessment> shared = new ArrayList<>();
        List<double[]> expected = new ArrayList<>();
        for (ScoringStrategy strategy : STRATEGIES.values()) {
            for (Hypothesis h : HYPOTHESES) {
                shared.add(strategy.assess(h, venture.evidence())); // bounds not read yet
                Interval twin = strategy.assess(h, venture.evidence()).interval();
                expected.add(new double[] {twin.lower(), twin.upper()});
            }
        }
        List<List<double[]>> results = onAllThreads(() -> {
            List<double[]> found = new ArrayList<>();
            for (Assessment assessment : shared) {
                found.add(new double[] {
                    assessment.interval().lower(), assessment.interval().upper()
                });
            }
            return found;
        });
        for (List<double[]> found : results) {
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i)[0], found.get(i)[0], shared.get(i).toString());
                assertEquals(expected.get(i)[1], found.get(i)[1], shared.get(i).toString());
            }
        }
    }

    @Test
    void applyingEventsToTheSharedVentureOnManyThreadsLeavesItAsItWas() throws Exception {
        Venture before = Fixtures.must(Venture.replay(venture.history()));
        List<List<Venture>> results = onAllThreads(() -> {
            List<Venture> found = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Instant later = venture.lastEventAt().plusSeconds(60L * (round + 1));
                found.add(Fixtures.must(venture.applyAll(Vector.of(
                        Fixtures.said(PROBLEM.id(), round % 2 == 0, later),
                        VentureEvent.RoleHired.of(Role.ENGINEER, later)))));
            }
            return found;
        });
        assertEquals(before, venture);
        for (List<Venture> found : results) {
            for (int round = 0; round < ROUNDS; round++) {
                assertEquals(results.get(0).get(round), found.get(round));
                assertEquals(
                        venture.history().size() + 2, found.get(round).history().size());
            }
        }
    }

    /** Reads every part of an assessment, so that a lazily computed part is computed on the thread that asks. */
    private static Assessment read(Assessment assessment) {
        assessment.interval().width();
        assessment.toString();
        return assessment;
    }

    /** Runs the task on every thread, all released at once, and returns what each returned. */
    private static <T> List<T> onAllThreads(Callable<T> task) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "the threads started");
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }
}
