package io.github.custdev;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;

/** Shared test data: instants, hypotheses, a counting strategy independent of statistics, venture helpers. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private Fixtures() {}

    static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    static HypothesisId id(String value) {
        return HypothesisId.of(value);
    }

    static Hypothesis hypothesis(String id, BusinessModelArea area, Phase phase) {
        return Hypothesis.of(
                HypothesisId.of(id), "statement of " + id, area, phase, SuccessCriterion.proportionAtLeast(0.5, 4));
    }

    static Hypothesis hypothesis(String id, BusinessModelArea area, Phase phase, double importance) {
        return hypothesis(id, area, phase).withImportance(importance);
    }

    /**
     * A strategy that counts: supported when successes minus failures reach {@code support}, refuted when they fall
     * to minus {@code refute}, inconclusive between. Monotone in supporting and refuting evidence, and cheap.
     */
    static ScoringStrategy counting(int support, int refute) {
        return new Counting(support, refute);
    }

    static final ScoringStrategy COUNTING = counting(3, 3);

    static Statement yes(HypothesisId id, Instant at) {
        return Statement.supports(id, Source.of("c-" + at.getEpochSecond()), at);
    }

    static Statement no(HypothesisId id, Instant at) {
        return Statement.refutes(id, Source.of("c-" + at.getEpochSecond()), at);
    }

    static VentureEvent.Founded founded(long runway, int pivots) {
        return VentureEvent.Founded.of("Dentflow", Runway.experiments(runway), pivots, T0);
    }

    static Venture venture(long runway, int pivots, VentureEvent... events) {
        return must(Venture.found(founded(runway, pivots)).applyAll(List.of(events)));
    }

    static Venture must(Either<Rejection, Venture> result) {
        if (result.isLeft()) {
            throw new AssertionError(result.getLeft().message());
        }
        return result.get();
    }

    static Rejection rejection(Either<Rejection, Venture> result) {
        if (result.isRight()) {
            throw new AssertionError("expected a rejection, got " + result.get());
        }
        return result.getLeft();
    }

    static VentureEvent stated(Hypothesis hypothesis, Instant at) {
        return VentureEvent.HypothesisStated.of(hypothesis, at);
    }

    static VentureEvent said(HypothesisId id, boolean supports, Instant at) {
        return VentureEvent.EvidenceRecorded.of(supports ? yes(id, at) : no(id, at), at);
    }

    /** {@code n} supporting (or refuting) statements, one experiment each, on consecutive minutes from {@code at}. */
    static Seq<VentureEvent> interviews(HypothesisId id, boolean supports, int n, Instant at) {
        return List.range(0, n).map(i -> said(id, supports, at.plusSeconds(60L * i)));
    }

    /** Unit economics where 100 paying customers break even: a margin of 80 a period, no acquisition cost, 8,000 fixed. */
    static final UnitEconomics ECONOMICS = UnitEconomics.builder()
            .price(100)
            .variableCost(20)
            .acquisitionCost(0)
            .retention(0.9)
            .fixedCosts(8_000)
            .build();

    /** An audience with a known conversion and {@link #ECONOMICS}: viable when {@code reachable x rate >= 100}. */
    static Audience audience(String name, long reachable, double rate) {
        return Audience.of(name, reachable, Conversion.of(rate), ECONOMICS);
    }

    static VentureEvent chosen(Audience audience, Instant at) {
        return VentureEvent.AudienceChosen.of(audience, at);
    }

    static Venture applyAll(Venture venture, Seq<VentureEvent> events) {
        return must(venture.applyAll(events));
    }

    private static final class Counting implements ScoringStrategy {
        private final int support;
        private final int refute;

        Counting(int support, int refute) {
            this.support = support;
            this.refute = refute;
        }

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
            EvidenceStatistics statistics = log.statistics(hypothesis.id());
            long score = statistics.successes() - statistics.failures();
            Verdict verdict =
                    score >= support ? Verdict.SUPPORTED : score <= -refute ? Verdict.REFUTED : Verdict.INCONCLUSIVE;
            double probability = Math.max(0, Math.min(1, 0.5 + 0.5 * score / Math.max(support, refute)));
            double rate = statistics.trials() == 0 ? 0.5 : (double) statistics.successes() / statistics.trials();
            Assessment.Builder builder = Assessment.builder();
            builder.hypothesisId(hypothesis.id())
                    .verdict(verdict)
                    .estimate(rate)
                    .interval(Interval.credible(0, 1, 0.95))
                    .probability(probability)
                    .statisticName("successes - failures")
                    .statistic(score)
                    .sampleSize(statistics.trials())
                    .effectiveSampleSize(statistics.effectiveTrials())
                    .strategy("counting")
                    .reason(statistics.successes() + " for, " + statistics.failures() + " against");
            if (verdict == Verdict.INCONCLUSIVE) {
                builder.expectedAdditionalSample(support - score);
            }
            return builder.build();
        }

        @Override
        public boolean isExchangeable() {
            return true;
        }
    }
}
