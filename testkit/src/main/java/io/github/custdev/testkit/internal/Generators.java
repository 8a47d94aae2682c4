package io.github.custdev.testkit.internal;

import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Source;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.Sample;
import io.github.custdev.scoring.Statistic;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The default generators of the value types that need no configuration, and the parts the configurable ones are
 * built from. Every generator makes only valid values and shrinks towards a small, readable one: ids and texts
 * towards {@code "a"}, numbers towards 0 or their smallest valid value, enums towards their first constant, options
 * towards none, times towards {@link #START}.
 */
public final class Generators {

    /** The instant that generated observation times start from, and shrink towards. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    /** The most edge cases a configurable arbitrary of the test kit offers jqwik. */
    public static final int MAX_EDGE_CASES = 10;

    /** Observation times lie within three years after {@link #START}, in whole minutes. */
    private static final int MINUTES = 3 * 366 * 24 * 60;

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String TEXT_EXTRAS = " .,;:'\"!?%$€()/-éüßñ中";

    private Generators() {}

    /**
     * Texts that are not blank: a letter, then letters, digits, spaces, punctuation and a few non-ASCII characters.
     *
     * @param maxLength the longest text, at least 1
     * @return the arbitrary
     */
    public static Arbitrary<String> texts(int maxLength) {
        Arbitrary<String> first = Arbitraries.strings().withChars(LETTERS).ofLength(1);
        Arbitrary<String> rest =
                Arbitraries.strings().withChars(LETTERS + DIGITS + TEXT_EXTRAS).ofMaxLength(maxLength - 1);
        return Combinators.combine(first, rest).as(String::concat);
    }

    /**
     * Hypothesis ids of every valid shape: 1 to 100 letters, digits, {@code '-'}, {@code '_'}, {@code '.'} and
     * {@code ':'}, starting with a letter or a digit; mostly of at most 12 characters, now and then longer.
     *
     * @return the arbitrary
     */
    public static Arbitrary<HypothesisId> hypothesisIds() {
        Arbitrary<String> first =
                Arbitraries.strings().withChars(LETTERS + DIGITS).ofLength(1);
        Arbitrary<String> rest = Arbitraries.frequencyOf(
                Tuple.of(
                        4,
                        Arbitraries.strings()
                                .withChars(LETTERS + DIGITS + "-_.:")
                                .ofMaxLength(11)),
                Tuple.of(
                        1,
                        Arbitraries.strings()
                                .withChars(LETTERS + DIGITS + "-_.:")
                                .ofMaxLength(99)));
        return Combinators.combine(first, rest).as((f, r) -> HypothesisId.of(f + r));
    }

    /**
     * Sources: customers, often recurring ({@code "customer-7"}), or any not-blank id; in a segment or not.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Source> sources() {
        Arbitrary<String> ids = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 99).map(n -> "customer-" + n)), Tuple.of(1, texts(20)));
        Arbitrary<Option<String>> segments = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Option.none())),
                Tuple.of(
                        2,
                        Arbitraries.of("small-practices", "clinics", "hospitals")
                                .map(Option::some)),
                Tuple.of(1, texts(12).map(Option::some)));
        return Combinators.combine(ids, segments)
                .as((id, segment) -> segment.isEmpty() ? Source.of(id) : Source.of(id, segment.get()));
    }

    /**
     * Observation times: whole minutes within three years after {@link #START}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.integers().between(0, MINUTES).map(m -> START.plus(Duration.ofMinutes(m)));
    }

    /**
     * Beta priors: uniform, Jeffreys', or pseudo-counts between 0.1 and 50.
     *
     * @return the arbitrary
     */
    public static Arbitrary<BetaPrior> priors() {
        Arbitrary<Double> counts = Arbitraries.doubles().between(0.1, 50.0).ofScale(1);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(BetaPrior.uniform())),
                Tuple.of(1, Arbitraries.just(BetaPrior.jeffreys())),
                Tuple.of(2, Combinators.combine(counts, counts).as(BetaPrior::of)));
    }

    /**
     * Strength weights: equal, the conventional (1, 4, 16), or any weights between 0 and 20, not all zero.
     *
     * @return the arbitrary
     */
    public static Arbitrary<StrengthWeights> weights() {
        Arbitrary<Double> weight = Arbitraries.doubles().between(0.0, 20.0).ofScale(2);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(StrengthWeights.equal())),
                Tuple.of(1, Arbitraries.just(StrengthWeights.of(1, 4, 16))),
                Tuple.of(
                        2,
                        Combinators.combine(weight, weight, weight)
                                .filter((said, did, paid) -> said + did + paid > 0)
                                .as(StrengthWeights::of)));
    }

    /**
     * Units of measurement: common ones, or any not-blank text.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> units() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("USD/month", "EUR", "sessions/week", "days", "minutes", "%")),
                Tuple.of(1, texts(20)));
    }

    /**
     * Success criteria of the given metrics, with every comparison, threshold, minimum sample and minimum strength
     * the metric allows: rates and very-disappointed shares in steps of 0.01 (a share always counting {@code SAID}
     * evidence, the survey answers' strength), counts up to 50, means from -1000 to 1000 in steps of 0.01, minimum
     * samples from 1 to 200. Shrinks towards the first metric, {@code AT_LEAST}, a round threshold that a criterion
     * can miss (a rate or share of 0.5, a count of 1, a mean of 0), a minimum sample of 1 and {@code SAID}: a shrunk
     * criterion reads {@code proportion >= 0.5 (n >= 1, SAID or stronger)}, never {@code proportion >= 0}, which every
     * log meets.
     *
     * @param metrics the metrics, at least one
     * @return the arbitrary
     */
    public static Arbitrary<SuccessCriterion> criteria(Collection<Metric> metrics) {
        List<Metric> chosen = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metrics.contains(metric)) {
                chosen.add(metric);
            }
        }
        return Combinators.combine(
                        Arbitraries.integers().between(0, 11), // 12: as often every metric of 1 to 4
                        Arbitraries.of(Comparison.class),
                        Arbitraries.doubles().between(-1000.0, 1000.0).ofScale(2),
                        Arbitraries.longs().between(1, 200),
                        Arbitraries.of(Strength.class),
                        units())
                .as((metric, comparison, raw, sample, strength, unit) ->
                        criterion(chosen.get(metric % chosen.size()), comparison, raw, sample, strength, unit));
    }

    /**
     * The criterion of a metric that a raw number in [-1000, 1000] describes, shrinking as the raw number shrinks
     * towards 0: the number itself as a mean's threshold (shrinks to 0); {@code 0.5 + raw / 2000} to 0.01 as a rate
     * (uniform on [0, 1], shrinks to 0.5); as a count, {@code 1 + raw / 20} for a positive number and
     * {@code -raw / 20} for a negative one, rounded and at most 50 (shrinks to 1).
     */
    private static SuccessCriterion criterion(
            Metric metric, Comparison comparison, double raw, long sample, Strength strength, String unit) {
        switch (metric) {
            case PROPORTION:
                double rate = rate(raw);
                return SuccessCriterion.of(metric, comparison, rate, sample, strength, Option.none());
            case VERY_DISAPPOINTED:
                // Sean Ellis answers are said: the only minimum strength such a criterion allows.
                double share = rate(raw);
                return SuccessCriterion.of(metric, comparison, share, sample, Strength.SAID, Option.none());
            case COUNT:
                double count = Math.min(50, raw >= 0 ? 1 + Math.round(raw / 20.0) : Math.round(-raw / 20.0));
                return SuccessCriterion.of(metric, comparison, count, sample, strength, Option.none());
            case MEAN:
            default:
                return SuccessCriterion.of(metric, comparison, raw, sample, strength, Option.some(unit));
        }
    }

    /** A rate of 0.5 + raw / 2000, to 0.01: raw 0 gives 0.5, -1000 gives 0, 1000 gives 1. */
    private static double rate(double raw) {
        return Math.round((1000.0 + raw) / 20.0) / 100.0;
    }

    /**
     * Hypotheses with the given parts.
     *
     * @param ids the ids
     * @param areas the areas of the business model
     * @param phases the phases
     * @param criteria the success criteria
     * @return the arbitrary
     */
    public static Arbitrary<Hypothesis> hypotheses(
            Arbitrary<HypothesisId> ids,
            Arbitrary<BusinessModelArea> areas,
            Arbitrary<Phase> phases,
            Arbitrary<SuccessCriterion> criteria) {
        Arbitrary<Double> importances = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(1.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.1, 10.0).ofScale(1)));
        Arbitrary<Option<BetaPrior>> priors = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Option.none())), Tuple.of(1, priors().map(Option::some)));
        return Combinators.combine(ids, texts(60), areas, phases, criteria, importances, priors)
                .as((id, statement, area, phase, criterion, importance, prior) -> {
                    Hypothesis.Builder builder = Hypothesis.builder();
                    builder.id(id)
                            .statement(statement)
                            .area(area)
                            .phase(phase)
                            .criterion(criterion)
                            .importance(importance);
                    prior.forEach(builder::prior);
                    return builder.build();
                });
    }

    /**
     * Intervals of both kinds, at levels from 50% to 99.9%, with finite bounds or, now and then, an infinite one.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Interval> intervals() {
        Arbitrary<Boolean> unbounded = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
        return Combinators.combine(
                        Arbitraries.doubles().between(-1000.0, 1000.0).ofScale(3),
                        Arbitraries.doubles().between(0.0, 1000.0).ofScale(3),
                        unbounded,
                        unbounded,
                        Arbitraries.doubles().between(0.5, 0.999).ofScale(3),
                        Arbitraries.of(Interval.Kind.class))
                .as((lower, width, noLower, noUpper, level, kind) -> Interval.of(
                        noLower ? Double.NEGATIVE_INFINITY : lower,
                        noUpper ? Double.POSITIVE_INFINITY : lower + width,
                        level,
                        kind));
    }

    /** Estimates of a metric: a value inside an interval of {@link #intervals()}, at either bound now and then. */
    public static Arbitrary<Estimate> estimates() {
        return Combinators.combine(
                        intervals(),
                        Arbitraries.doubles().between(0.0, 1.0).ofScale(3),
                        Arbitraries.doubles().between(0.0, 1000.0).ofScale(3))
                .as((interval, position, offset) -> Estimate.of(estimateIn(interval, position, offset), interval));
    }

    /** Deciding statistics: a name, a value (infinite now and then) and a probability in [0, 1]. */
    public static Arbitrary<Statistic> decidingStatistics() {
        return Combinators.combine(
                        texts(24),
                        Arbitraries.frequencyOf(
                                Tuple.of(
                                        9,
                                        Arbitraries.doubles()
                                                .between(-1000.0, 1000.0)
                                                .ofScale(3)),
                                Tuple.of(1, Arbitraries.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))),
                        Arbitraries.doubles().between(0.0, 1.0).ofScale(4))
                .as(Statistic::of);
    }

    /** Samples: a size, an effective size, and half the time an expected additional sample. */
    public static Arbitrary<Sample> samples() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 100_000),
                        Arbitraries.doubles().between(0.0, 100_000.0).ofScale(2),
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.just(Option.<Long>none())),
                                Tuple.of(
                                        1,
                                        Arbitraries.longs().between(0, 10_000).map(Option::some))))
                .as(Sample::new);
    }

    /**
     * Valid assessments of the hypotheses with the given ids: the estimate lies in the interval, the probability in
     * [0, 1], and only an inconclusive verdict may carry an expected additional sample.
     *
     * @param ids the ids of the hypotheses assessed
     * @return the arbitrary
     */
    public static Arbitrary<Assessment> assessments(Arbitrary<HypothesisId> ids) {
        Arbitrary<Double> estimatePositions =
                Arbitraries.doubles().between(0.0, 1.0).ofScale(3);
        Arbitrary<Double> offsets = Arbitraries.doubles().between(0.0, 1000.0).ofScale(3);
        Arbitrary<Double> statistics = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.doubles().between(-1000.0, 1000.0).ofScale(3)),
                Tuple.of(1, Arbitraries.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)));
        Arbitrary<Map<String, String>> parameters =
                Arbitraries.maps(texts(12), texts(12)).ofMaxSize(3);
        Arbitrary<Option<Long>> additional = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Option.none())),
                Tuple.of(1, Arbitraries.longs().between(0, 10_000).map(Option::some)));
        Arbitrary<Tuple.Tuple4<HypothesisId, Verdict, Interval, Double>> heads = Combinators.combine(
                        ids, Arbitraries.of(Verdict.class), intervals(), estimatePositions, offsets)
                .as((id, verdict, interval, position, offset) ->
                        Tuple.of(id, verdict, interval, estimateIn(interval, position, offset)));
        return Combinators.combine(
                        heads,
                        Arbitraries.doubles().between(0.0, 1.0).ofScale(4),
                        Combinators.combine(texts(24), statistics).as(Tuple::of),
                        Arbitraries.longs().between(0, 100_000),
                        Arbitraries.doubles().between(0.0, 100_000.0).ofScale(2),
                        Combinators.combine(texts(16), parameters).as(Tuple::of),
                        texts(80),
                        additional)
                .as((head, probability, statistic, sample, effective, strategy, reason, more) -> {
                    Assessment.Builder builder = Assessment.builder();
                    builder.hypothesisId(head.get1())
                            .verdict(head.get2())
                            .interval(head.get3())
                            .estimate(head.get4())
                            .probability(probability)
                            .statisticName(statistic.get1())
                            .statistic(statistic.get2())
                            .sampleSize(sample)
                            .effectiveSampleSize(effective)
                            .strategy(strategy.get1())
                            .parameters(LinkedHashMap.ofAll(strategy.get2()))
                            .reason(reason);
                    if (head.get2() == Verdict.INCONCLUSIVE) {
                        more.forEach(builder::expectedAdditionalSample);
                    }
                    return builder.build();
                });
    }

    private static double estimateIn(Interval interval, double position, double offset) {
        double lower = interval.lower();
        double upper = interval.upper();
        if (Double.isInfinite(lower) && Double.isInfinite(upper)) {
            return offset;
        }
        if (Double.isInfinite(lower)) {
            return upper - offset;
        }
        if (Double.isInfinite(upper)) {
            return lower + offset;
        }
        return Math.min(upper, lower + position * (upper - lower));
    }
}
