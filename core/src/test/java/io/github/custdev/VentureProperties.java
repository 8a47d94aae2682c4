package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The laws of the event-sourced venture, over random scripts of events: valid and invalid ones mixed, so that every
 * rejection rule is met along the way.
 */
// Statistics of the generated cases are printed only when a property fails: the build log stays short.
@StatisticsReport(onFailureOnly = true)
class VentureProperties {

    /** What a script asks for next; turned into an event by {@link Driver}, which may consult the venture. */
    record Step(Kind kind, int a, int b, int c, long delta) {}

    enum Kind {
        STATE,
        RECORD,
        EVALUATE,
        ADVANCE,
        PIVOT,
        HIRE,
        CHOOSE,
        CLOSE,
        FOUND
    }

    private static final BusinessModelArea[] AREAS = BusinessModelArea.values();
    private static final Phase[] PHASES = Phase.values();
    private static final ScoringStrategy[] STRATEGIES = {
        Fixtures.counting(1, 1), Fixtures.counting(2, 1), Fixtures.counting(1, 2), COUNTING
    };
    private static final Role[] ROLES = {Role.ENGINEER, Role.VP_SALES, Role.CUSTOMER_DEVELOPMENT, Role.VP_MARKETING};

    @Provide
    Arbitrary<Seq<Step>> scripts() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(Kind.STATE)),
                Tuple.of(40, Arbitraries.just(Kind.RECORD)),
                Tuple.of(10, Arbitraries.just(Kind.EVALUATE)),
                Tuple.of(10, Arbitraries.just(Kind.ADVANCE)),
                Tuple.of(6, Arbitraries.just(Kind.PIVOT)),
                Tuple.of(5, Arbitraries.just(Kind.HIRE)),
                Tuple.of(6, Arbitraries.just(Kind.CHOOSE)),
                Tuple.of(
                        1,
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.just(Kind.CLOSE)), Tuple.of(3, Arbitraries.just(Kind.HIRE)))),
                Tuple.of(1, Arbitraries.just(Kind.FOUND)));
        Arbitrary<Long> deltas = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(-3600L)),
                Tuple.of(5, Arbitraries.just(0L)),
                Tuple.of(30, Arbitraries.longs().between(1, 86_400)));
        Arbitrary<Step> steps = Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 9),
                        deltas)
                .as(Step::new);
        return steps.list().ofMinSize(10).ofMaxSize(80).map(Vector::ofAll);
    }

    @Provide
    Arbitrary<VentureEvent.Founded> foundings() {
        Arbitrary<Runway> runways = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 200).map(Runway::experiments),
                Arbitraries.integers().between(0, 50_000).map(n -> Runway.money(BigDecimal.valueOf(n), "USD")));
        return Combinators.combine(runways, Arbitraries.integers().between(0, 3))
                .as((runway, pivots) -> VentureEvent.Founded.of("Venture", runway, pivots, T0));
    }

    /** Runs a script: every event generated, every event accepted, and the venture after each accepted event. */
    static final class Driver {
        final Vector<VentureEvent> generated;
        final Vector<VentureEvent> accepted;
        final Vector<Venture> states;
        final int rejected;

        final Vector<Rejection> rejections;

        private Driver(
                Vector<VentureEvent> generated,
                Vector<VentureEvent> accepted,
                Vector<Venture> states,
                int rejected,
                Vector<Rejection> rejections) {
            this.rejections = rejections;
            this.generated = generated;
            this.accepted = accepted;
            this.states = states;
            this.rejected = rejected;
        }

        static Driver run(VentureEvent.Founded founding, Seq<Step> script) {
            Venture venture = Venture.found(founding);
            Vector<VentureEvent> generated = Vector.of(founding);
            Vector<VentureEvent> accepted = Vector.of(founding);
            Vector<Venture> states = Vector.of(venture);
            Instant clock = T0;
            int rejected = 0;
            Vector<Rejection> rejections = Vector.empty();
            for (Step step : script) {
                clock = venture.lastEventAt().plusSeconds(step.delta());
                VentureEvent event = event(venture, step, clock);
                generated = generated.append(event);
                Venture before = venture;
                Either<Rejection, Venture> result = venture.apply(event);
                if (result.isLeft()) {
                    Rejection rejection = result.getLeft();
                    assertSame(event, rejection.event());
                    assertEquals(before.history().size(), rejection.position());
                    assertTrue(rejection.message().contains(rejection.rule().description()));
                    if (before.isClosed() && !(event instanceof VentureEvent.Founded)) {
                        assertEquals(Rejection.Rule.CLOSED, rejection.rule(), "after the closing: " + event);
                    }
                    assertEquals(before, Venture.replay(before.history()).get(), "a rejected event changes nothing");
                    rejected++;
                    rejections = rejections.append(rejection);
                    continue;
                }
                venture = result.get();
                if (event instanceof VentureEvent.Pivoted pivoted) {
                    checkPivotLosesNothing(before, venture, pivoted.decision());
                }
                accepted = accepted.append(event);
                states = states.append(venture);
                if (event instanceof VentureEvent.GateEvaluated gateEvaluated
                        && gateEvaluated.decision() instanceof GateDecision.Proceed
                        && step.b() < 7
                        && venture.phase().next().isDefined()) {
                    // Most Proceeds are acted on at once, so that scripts reach the later phases.
                    VentureEvent advance = VentureEvent.PhaseAdvanced.of(event.at());
                    generated = generated.append(advance);
                    venture = venture.apply(advance).get();
                    accepted = accepted.append(advance);
                    states = states.append(venture);
                }
            }
            return new Driver(generated, accepted, states, rejected, rejections);
        }

        private static VentureEvent event(Venture venture, Step step, Instant at) {
            switch (step.kind()) {
                case STATE:
                    // Mostly a hypothesis of the current phase; a tenth of the time one of another phase.
                    Phase phase = step.c() == 0 ? PHASES[step.b() % PHASES.length] : venture.phase();
                    return VentureEvent.HypothesisStated.of(hypothesis(step.a(), step.b(), phase), at);
                case RECORD:
                    return record(venture, step, at);
                case EVALUATE:
                    // A tenth of the time an earlier decision again: of another phase, or out of order.
                    Seq<GateDecision> earlier = venture.decisions();
                    if (step.c() == 0 && !earlier.isEmpty()) {
                        return VentureEvent.GateEvaluated.of(earlier.get(step.b() % earlier.size()));
                    }
                    // A gate refuses a closed venture: after the closing, the decision offered (and rejected as
                    // CLOSED) is the one a gate gives on the venture as it was just before it closed.
                    Venture judged = venture.isClosed() ? beforeClosing(venture) : venture;
                    return VentureEvent.GateEvaluated.of(gate(judged, step).evaluate(judged, at));
                case ADVANCE:
                    return VentureEvent.PhaseAdvanced.of(at);
                case PIVOT:
                    return VentureEvent.Pivoted.of(pivot(venture, step, at));
                case HIRE:
                    return VentureEvent.RoleHired.of(ROLES[step.a() % ROLES.length], at);
                case CHOOSE:
                    return choose(venture, step, at);
                case CLOSE:
                    return VentureEvent.Closed.of("closed by the script", at);
                case FOUND:
                default:
                    return VentureEvent.Founded.of("Again", Runway.experiments(3), 1, at);
            }
        }

        /** The venture as it was just before its closing: its history up to the {@link VentureEvent.Closed} event. */
        private static Venture beforeClosing(Venture closed) {
            return Venture.replay(closed.history().takeWhile(e -> !(e instanceof VentureEvent.Closed)))
                    .get();
        }

        /** A gate of the venture's phase on the area of an active hypothesis, or the default gate. */
        private static PhaseGate gate(Venture venture, Step step) {
            ScoringStrategy strategy = STRATEGIES[step.b() % STRATEGIES.length];
            Phase phase = venture.phase();
            Seq<Hypothesis> here = venture.activeHypotheses().filter(h -> h.phase() == phase);
            if (step.a() == 0 || here.isEmpty()) {
                return PhaseGate.defaultFor(phase, strategy);
            }
            Hypothesis chosen = here.get(step.a() % here.size());
            GateCriterion criterion = step.a() % 2 == 1
                    ? GateCriterion.hypothesis(chosen.id(), strategy)
                    : GateCriterion.area(chosen.area(), strategy);
            PhaseGate.Builder gate =
                    PhaseGate.builder(phase).mustMeet(criterion).budget(EvidenceBudget.experiments(1 + 5 * step.c()));
            if (step.c() % 3 == 1) {
                // Now and then the chosen audience must be viable too.
                gate.mustMeet(GateCriterion.audienceViable(0.5 + 0.05 * step.b()));
            }
            return gate.build();
        }

        /**
         * An audience from a small pool, so that the current one is sometimes chosen again: viable or not with a
         * known conversion (100 paying customers break even), or with a conversion from the assessment of a
         * hypothesis, stated or (now and then) not.
         */
        private static VentureEvent choose(Venture venture, Step step, Instant at) {
            if ((step.c() == 5 || step.c() == 6) && venture.audience().isDefined()) {
                // The current audience again: from the pool alone this rejection came about 2.5 times in 100 scripts.
                return VentureEvent.AudienceChosen.of(venture.audience().get(), at);
            }
            long[] reach = {4_000, 1_500, 30_000, 2_500, 4_000};
            double[] rate = {0.05, 0.05, 0.02, 0.03, 0.04};
            int pick = step.a() % reach.length;
            Conversion conversion = Conversion.of(rate[pick]);
            if (step.c() >= 7) {
                Seq<Hypothesis> stated = venture.activeHypotheses().appendAll(venture.retiredHypotheses());
                Hypothesis source = stated.isEmpty() || step.c() == 9
                        ? hypothesis(step.b(), step.b(), Phase.CUSTOMER_VALIDATION)
                        : stated.get(step.b() % stated.size());
                conversion = Conversion.from(COUNTING.assess(source, venture.evidence()));
            }
            Audience audience = Audience.of("audience-" + pick, reach[pick], conversion, Fixtures.ECONOMICS);
            return step.b() % 2 == 0
                    ? VentureEvent.AudienceChosen.of(audience, at)
                    : VentureEvent.AudienceChosen.of(audience, "reason " + step.b(), at);
        }

        private static Hypothesis hypothesis(int id, int area, Phase phase) {
            return Hypothesis.of(
                    HypothesisId.of("h" + id),
                    "hypothesis " + id,
                    AREAS[area % AREAS.length],
                    phase,
                    // every third is judged on measurements, the rest on statements: each refuses the other's evidence
                    id % 3 == 2
                            ? SuccessCriterion.meanAtLeast(1.0, "USD", 3)
                            : SuccessCriterion.proportionAtLeast(0.5, 3));
        }

        private static VentureEvent record(Venture venture, Step step, Instant at) {
            Seq<Hypothesis> active = venture.activeHypotheses();
            HypothesisId id = active.isEmpty() || step.a() == 0
                    ? HypothesisId.of("h" + step.b())
                    : active.get(step.a() % active.size()).id();
            int count = 1 + step.c() % 3;
            // The kind the hypothesis's criterion counts, but now and then (b = 7) the other one.
            boolean measured =
                    venture.hypothesis(id).exists(h -> h.criterion().metric() == SuccessCriterion.Metric.MEAN)
                            != (step.b() == 7);
            Vector<Evidence> items = Vector.empty();
            for (int i = 0; i < count; i++) {
                Instant observed = step.b() == 9 ? at.plusSeconds(1) : at.minusSeconds(i);
                Source source = Source.of("customer-" + i);
                items = items.append(
                        measured
                                ? Measurement.of(
                                        id,
                                        source,
                                        observed,
                                        i,
                                        step.b() % 4 == 0 && i % 2 == 1 ? "EUR" : "USD",
                                        Strength.SAID)
                                : (step.b() + i) % 4 == 0
                                        ? Statement.refutes(id, source, observed)
                                        : Statement.supports(id, source, observed));
            }
            return VentureEvent.EvidenceRecorded.of(items, BigDecimal.valueOf(step.c() * 100L), at);
        }

        private static PivotDecision pivot(Venture venture, Step step, Instant at) {
            Seq<Hypothesis> active = venture.activeHypotheses();
            HypothesisId retired = active.isEmpty() || step.a() == 9
                    ? HypothesisId.of("h" + step.a())
                    : active.get(step.a() % active.size()).id();
            Phase returnTo = step.c() == 0 ? PHASES[step.b() % PHASES.length] : venture.phase();
            Hypothesis replacement = hypothesis(10 + step.b() * 10 + venture.pivotsUsed(), step.c(), returnTo);
            PivotType type = PivotType.values()[step.b() % PivotType.values().length];
            return PivotDecision.builder(type, at)
                    .replace(retired, replacement)
                    .returnTo(returnTo)
                    .build();
        }

        private static void checkPivotLosesNothing(Venture before, Venture after, PivotDecision pivot) {
            assertEquals(before.evidence(), after.evidence(), "a pivot keeps every evidence item");
            assertEquals(before.audiences(), after.audiences(), "and the audiences chosen");
            for (HypothesisId id : pivot.retired()) {
                assertEquals(before.hypothesis(id), after.hypothesis(id), "a retired hypothesis stays readable");
                assertTrue(after.isRetired(id));
                assertTrue(
                        after.retiredHypotheses().contains(before.hypothesis(id).get()));
                assertEquals(before.evidence().evidence(id), after.evidence().evidence(id), "and so does its evidence");
            }
            for (Hypothesis retired : before.retiredHypotheses()) {
                assertEquals(Option.some(retired), after.hypothesis(retired.id()));
            }
        }
    }

    @Property(tries = 200)
    void replayOfAnySequenceEqualsApplyingTheEventsOneByOne(
            @ForAll("foundings") VentureEvent.Founded founding, @ForAll("scripts") Seq<Step> script) {
        Driver driver = Driver.run(founding, script);
        Venture last = driver.states.last();
        assertEquals(driver.accepted, last.history());
        assertEquals(last, Venture.replay(driver.accepted).get());
        assertEquals(
                last, Venture.found(founding).applyAll(driver.accepted.tail()).get());

        // Replaying everything generated stops at the first rejected event, at its index, as applying does.
        Either<Rejection, Venture> all = Venture.replay(driver.generated);
        int firstRejected = firstDifference(driver.generated, driver.accepted);
        if (firstRejected < 0) {
            assertEquals(last, all.get());
        } else {
            assertEquals(firstRejected, all.getLeft().position());
            assertSame(driver.generated.get(firstRejected), all.getLeft().event());
            Venture before = driver.states.get(firstRejected - 1);
            assertEquals(before.apply(driver.generated.get(firstRejected)).getLeft(), all.getLeft());
        }
    }

    private static int firstDifference(Seq<VentureEvent> generated, Seq<VentureEvent> accepted) {
        for (int i = 0; i < generated.size(); i++) {
            if (i >= accepted.size() || generated.get(i) != accepted.get(i)) {
                return i;
            }
        }
        return -1;
    }

    @Property(tries = 60)
    void replayingAnyPrefixGivesTheStateAtThatPoint(
            @ForAll("foundings") VentureEvent.Founded founding, @ForAll("scripts") Seq<Step> script) {
        Driver driver = Driver.run(founding, script);
        for (int k = 1; k <= driver.accepted.size(); k++) {
            assertEquals(
                    driver.states.get(k - 1),
                    Venture.replay(driver.accepted.take(k)).get());
        }
    }

    @Property(tries = 150)
    void aPivotKeepsEveryEvidenceItemEverRecordedAndEveryHypothesisStaysReadable(
            @ForAll("foundings") VentureEvent.Founded founding, @ForAll("scripts") Seq<Step> script) {
        // Driver.run checks each pivot as it happens; here, the whole journey.
        Driver driver = Driver.run(founding, script);
        Venture last = driver.states.last();
        Seq<Evidence> recorded = driver.accepted
                .filter(e -> e instanceof VentureEvent.EvidenceRecorded)
                .flatMap(e -> ((VentureEvent.EvidenceRecorded) e).evidence());
        assertEquals(recorded, last.evidence().evidence());
        Seq<Hypothesis> stated = driver.accepted.flatMap(e -> e
                        instanceof VentureEvent.HypothesisStated hypothesisStated
                ? List.of(hypothesisStated.hypothesis())
                : e instanceof VentureEvent.Pivoted pivoted ? pivoted.decision().replacements() : List.empty());
        for (Hypothesis h : stated) {
            assertEquals(h, last.hypothesis(h.id()).get());
        }
        assertEquals(
                stated.size(),
                last.activeHypotheses().size() + last.retiredHypotheses().size());
        Seq<HypothesisId> retired = driver.accepted
                .filter(e -> e instanceof VentureEvent.Pivoted)
                .flatMap(e -> ((VentureEvent.Pivoted) e).decision().retired());
        assertEquals(retired, last.retiredHypotheses().map(Hypothesis::id));
    }

    @Property(tries = 150)
    void theAudienceIsTheLastOneChosenAndEveryChoiceIsKept(
            @ForAll("foundings") VentureEvent.Founded founding, @ForAll("scripts") Seq<Step> script) {
        Driver driver = Driver.run(founding, script);
        Seq<VentureEvent.AudienceChosen> chosen = driver.accepted
                .filter(e -> e instanceof VentureEvent.AudienceChosen)
                .map(e -> (VentureEvent.AudienceChosen) e);
        for (int k = 0; k < driver.states.size(); k++) {
            Venture venture = driver.states.get(k);
            Seq<VentureEvent.AudienceChosen> sofar = driver.accepted
                    .take(k + 1)
                    .filter(e -> e instanceof VentureEvent.AudienceChosen)
                    .map(e -> (VentureEvent.AudienceChosen) e);
            assertEquals(sofar, venture.audiences());
            assertEquals(sofar.lastOption().map(VentureEvent.AudienceChosen::audience), venture.audience());
        }
        // No two consecutive choices are the same audience, and every conversion rests on the venture's evidence.
        for (int i = 1; i < chosen.size(); i++) {
            assertTrue(!chosen.get(i).audience().equals(chosen.get(i - 1).audience()));
        }
        Venture last = driver.states.last();
        for (VentureEvent.AudienceChosen choice : chosen) {
            choice.audience()
                    .conversion()
                    .assessment()
                    .forEach(a -> assertTrue(last.hypothesis(a.hypothesisId()).isDefined()));
        }
        Statistics.label("audiences chosen").collect(Math.min(chosen.size(), 3));
    }

    // A fixed seed: this is a guard on the generator, not a law, and with random seeds a rare rule missed now and
    // then by chance (AUDIENCE_UNCHANGED, in about 1 run in 8, before the generator chose the current audience again
    // on purpose; now about 13 in 100 scripts). The laws above keep exploring with random seeds over the same
    // generators.
    @Property(tries = 100, seed = "20261206")
    void scriptsExerciseEveryKindOfEventAndMostRejections(
            @ForAll("foundings") VentureEvent.Founded founding, @ForAll("scripts") Seq<Step> script) {
        // Not a law: a guard that the generator keeps reaching acceptances and rejections of every kind.
        Driver driver = Driver.run(founding, script);
        assertEquals(driver.generated.size(), driver.accepted.size() + driver.rejected);
        for (VentureEvent event : driver.accepted) {
            Statistics.label("accepted").collect(Rejection.kindOf(event));
        }
        for (Rejection rejection : driver.rejections) {
            Statistics.label("rejected").collect(rejection.rule());
            if (rejection.rule() == Rejection.Rule.CLOSED) {
                Statistics.label("rejected after the closing").collect(Rejection.kindOf(rejection.event()));
            }
        }
        Statistics.label("accepted").coverage(coverage -> {
            for (String kind : List.of(
                    "HypothesisStated",
                    "EvidenceRecorded",
                    "GateEvaluated",
                    "Pivoted",
                    "PhaseAdvanced",
                    "RoleHired",
                    "AudienceChosen")) {
                coverage.check(kind).count(n -> n > 0);
            }
        });
        // A gate's decision offered after the closing (decided on the venture just before it) is rejected too.
        Statistics.label("rejected after the closing")
                .coverage(coverage -> coverage.check("GateEvaluated").count(n -> n > 0));
        Statistics.label("rejected").coverage(coverage -> {
            for (Rejection.Rule rule : List.of(
                    Rejection.Rule.OUT_OF_ORDER,
                    Rejection.Rule.UNKNOWN_HYPOTHESIS,
                    Rejection.Rule.EVIDENCE_FROM_THE_FUTURE,
                    Rejection.Rule.UNIT_MISMATCH,
                    Rejection.Rule.UNUSABLE_EVIDENCE,
                    Rejection.Rule.RUNWAY_EXHAUSTED,
                    Rejection.Rule.ADVANCE_WITHOUT_PROCEED,
                    Rejection.Rule.RETIRE_INACTIVE,
                    Rejection.Rule.DUPLICATE_HYPOTHESIS,
                    Rejection.Rule.ALREADY_FOUNDED,
                    Rejection.Rule.AUDIENCE_UNCHANGED,
                    Rejection.Rule.UNKNOWN_CONVERSION_SOURCE,
                    Rejection.Rule.CLOSED)) {
                coverage.check(rule).count(n -> n > 0);
            }
        });
    }
}
