package io.github.custdev;

import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for the core value types, built only from the public API. The test kit module will publish its
 * own; these stay small and local so that core's tests depend on nothing but core.
 *
 * <p>Evidence is drawn for a few hypothesis ids so that logs mix hypotheses; every measurement of a hypothesis uses
 * the unit {@link #unitOf(HypothesisId)}, so that generated logs are always valid.
 */
public final class Generators {
    /** The hypothesis ids evidence is drawn for. */
    public static final List<HypothesisId> IDS = List.of(
            HypothesisId.of("segment.dentists"),
            HypothesisId.of("problem"),
            HypothesisId.of("price:monthly"),
            HypothesisId.of("pmf-1"));

    private Generators() {}

    /**
     * The unit every generated measurement of the hypothesis uses.
     *
     * @param id the hypothesis
     * @return its unit
     */
    public static String unitOf(HypothesisId id) {
        return "unit-of-" + id.value();
    }

    /** Ids of any valid shape. */
    public static Arbitrary<HypothesisId> anyIds() {
        Arbitrary<Character> first =
                Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
        Arbitrary<String> rest = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars('.', '_', ':', '-')
                .ofMaxLength(99);
        return Combinators.combine(first, rest).as((f, r) -> HypothesisId.of(f + r));
    }

    /** One of the few ids of {@link #IDS}. */
    public static Arbitrary<HypothesisId> ids() {
        return Arbitraries.of(IDS);
    }

    /** Sources with and without a segment. */
    public static Arbitrary<Source> sources() {
        Arbitrary<String> ids = Arbitraries.of("dr-lee", "dr-ray", "front-desk-7", "survey-2026-03", "landing-page");
        Arbitrary<String> segments = Arbitraries.of("solo practices", "group practices", "vets");
        return Combinators.combine(ids, segments.optional())
                .as((id, segment) -> segment.map(s -> Source.of(id, s)).orElseGet(() -> Source.of(id)));
    }

    /** Instants between 1970 and about 2096. */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
    }

    /** Statements of every stance, some with a quote. */
    public static Arbitrary<Statement> statements(Arbitrary<HypothesisId> ids) {
        Arbitrary<Option<String>> quotes = Arbitraries.of(
                        "We lose a morning a week to the phone", "Not a problem for us", "Maybe", "  padded  ")
                .optional()
                .map(Option::ofOptional);
        return Combinators.combine(ids, sources(), instants(), Arbitraries.of(Statement.Stance.class), quotes)
                .as((id, source, at, stance, quote) -> {
                    Statement statement = Statement.of(id, source, at, stance);
                    return quote.isDefined() ? statement.withQuote(quote.get()) : statement;
                });
    }

    /** Behaviours k of n, did or paid, n from 1 to 2,000. */
    public static Arbitrary<Behaviour> behaviours(Arbitrary<HypothesisId> ids) {
        Arbitrary<long[]> counts = Arbitraries.longs()
                .between(1, 2_000)
                .flatMap(n -> Arbitraries.longs().between(0, n).map(k -> new long[] {k, n}));
        return Combinators.combine(ids, sources(), instants(), counts, Arbitraries.of(Strength.DID, Strength.PAID))
                .as((id, source, at, kn, strength) -> Behaviour.of(id, source, at, kn[0], kn[1], strength));
    }

    /** Commitments of every kind, made or declined, some with an amount. */
    public static Arbitrary<Commitment> commitments(Arbitrary<HypothesisId> ids) {
        Arbitrary<Option<BigDecimal>> amounts = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100000"))
                .ofScale(2)
                .optional()
                .map(Option::ofOptional);
        return Combinators.combine(
                        ids,
                        sources(),
                        instants(),
                        Arbitraries.of(Commitment.Kind.class),
                        Arbitraries.of(true, false),
                        amounts,
                        Arbitraries.of("USD", "hours", "introductions"))
                .as((id, source, at, kind, made, amount, unit) -> {
                    Commitment commitment =
                            made ? Commitment.made(id, source, at, kind) : Commitment.declined(id, source, at, kind);
                    return amount.isDefined() ? commitment.withAmount(amount.get(), unit) : commitment;
                });
    }

    /** Sean Ellis tallies with 1 to 600 respondents. */
    public static Arbitrary<SeanEllisTally> tallies(Arbitrary<HypothesisId> ids) {
        Arbitrary<Long> count = Arbitraries.longs().between(0, 200);
        return Combinators.combine(ids, sources(), instants(), count, count, count)
                .filter((id, source, at, very, somewhat, not) -> very + somewhat + not > 0)
                .as((id, source, at, very, somewhat, not) -> SeanEllisTally.of(id, source, at, very, somewhat, not));
    }

    /**
     * Measurement values: small ones, moderate ones with decimals, and values around a million that differ only in
     * their last digits (the case that breaks a naive one-pass variance).
     */
    public static Arbitrary<Double> measurementValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.doubles().between(-10, 10).ofScale(2)),
                Tuple.of(3, Arbitraries.doubles().between(-5_000, 5_000).ofScale(4)),
                Tuple.of(2, Arbitraries.doubles().between(0, 50).ofScale(3).map(d -> 1_000_000.0 + d)),
                Tuple.of(1, Arbitraries.of(0.0, 1.0, -1.0, 1e-9, 123_456.789)));
    }

    /** Measurements of every strength, each in the unit {@link #unitOf} of its hypothesis. */
    public static Arbitrary<Measurement> measurements(Arbitrary<HypothesisId> ids) {
        return Combinators.combine(ids, sources(), instants(), measurementValues(), Arbitraries.of(Strength.class))
                .as((id, source, at, value, strength) -> Measurement.of(id, source, at, value, unitOf(id), strength));
    }

    /** Any kind of evidence, for one of {@link #IDS}. */
    public static Arbitrary<Evidence> evidence() {
        return evidence(ids());
    }

    /**
     * Any kind of evidence, for the given ids.
     *
     * @param ids the hypothesis ids to draw from
     * @return the generator
     */
    public static Arbitrary<Evidence> evidence(Arbitrary<HypothesisId> ids) {
        return Arbitraries.oneOf(statements(ids), behaviours(ids), commitments(ids), tallies(ids), measurements(ids));
    }

    /** Sequences of evidence of every kind, up to 60 items. */
    public static Arbitrary<List<Evidence>> evidenceLists() {
        return evidence().list().ofMaxSize(60);
    }

    /** Strength weights, mostly whole, some fractional, some zero; never all zero. */
    public static Arbitrary<StrengthWeights> weights() {
        Arbitrary<Double> weight = Arbitraries.of(0.0, 0.25, 0.5, 1.0, 2.0, 3.0, 4.0, 16.0, 100.0);
        return Combinators.combine(weight, weight, weight)
                .filter((said, did, paid) -> said + did + paid > 0)
                .as(StrengthWeights::of);
    }

    /** Beta priors with parameters from 0.01 to 1,000. */
    public static Arbitrary<BetaPrior> priors() {
        Arbitrary<Double> parameter = Arbitraries.doubles().between(0.01, 1_000).ofScale(3);
        return Combinators.combine(parameter, parameter).as(BetaPrior::of);
    }

    /** Valid success criteria of every metric and comparison. */
    public static Arbitrary<SuccessCriterion> criteria() {
        Arbitrary<Long> sample = Arbitraries.longs().between(1, 1_000);
        Arbitrary<Strength> strength = Arbitraries.of(Strength.class);
        Arbitrary<Comparison> comparison = Arbitraries.of(Comparison.class);
        Arbitrary<SuccessCriterion> proportions = Combinators.combine(
                        comparison, Arbitraries.doubles().between(0, 1).ofScale(3), sample, strength)
                .as((c, t, n, s) -> SuccessCriterion.of(Metric.PROPORTION, c, t, n, s, Option.none()));
        Arbitrary<SuccessCriterion> means = Combinators.combine(
                        comparison,
                        Arbitraries.doubles().between(-1e6, 1e6).ofScale(2),
                        sample,
                        strength,
                        Arbitraries.of("USD/month", "sessions/week", "days"))
                .as((c, t, n, s, u) -> SuccessCriterion.of(Metric.MEAN, c, t, n, s, Option.of(u)));
        Arbitrary<SuccessCriterion> counts = Combinators.combine(
                        comparison, Arbitraries.longs().between(0, 500), sample, strength)
                .as((c, t, n, s) -> SuccessCriterion.of(Metric.COUNT, c, t, n, s, Option.none()));
        return Arbitraries.oneOf(proportions, means, counts);
    }

    /** Valid hypotheses, with and without a prior. */
    public static Arbitrary<Hypothesis> hypotheses() {
        Arbitrary<String> statements = Arbitraries.of(
                "Front desks lose hours a week scheduling by phone",
                "Practices will pay at least $120 a month",
                "Owners decide without a committee");
        return Combinators.combine(
                        anyIds(),
                        statements,
                        Arbitraries.of(BusinessModelArea.class),
                        Arbitraries.of(Phase.class),
                        criteria(),
                        Arbitraries.doubles().between(0.001, 100).ofScale(3),
                        priors().optional())
                .as((id, statement, area, phase, criterion, importance, prior) -> {
                    Hypothesis.Builder builder = Hypothesis.builder()
                            .id(id)
                            .statement(statement)
                            .area(area)
                            .phase(phase)
                            .criterion(criterion)
                            .importance(importance);
                    prior.ifPresent(builder::prior);
                    return builder.build();
                });
    }
}
