package io.github.custdev.scoring;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A hypothesis, the evidence of a log (its own and another hypothesis's, interleaved) and the log's weights: the
 * input of one assessment, with the generators the scoring properties draw them from. Written for these tests; the
 * published generators live in the test kit.
 */
final class ScoringCase {
    static final HypothesisId ID = HypothesisId.of("h.under-test");
    static final HypothesisId OTHER = HypothesisId.of("h.other");
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    final Hypothesis hypothesis;
    final List<Evidence> evidence;
    final StrengthWeights weights;

    ScoringCase(Hypothesis hypothesis, List<Evidence> evidence, StrengthWeights weights) {
        this.hypothesis = hypothesis;
        this.evidence = List.copyOf(evidence);
        this.weights = weights;
    }

    /** The log of this case, built afresh. */
    EvidenceLog log() {
        return EvidenceLog.ofAll(evidence).withWeights(weights);
    }

    /** The same case with the evidence in another order. */
    ScoringCase shuffled(long seed) {
        List<Evidence> copy = new ArrayList<>(evidence);
        Collections.shuffle(copy, new java.util.Random(seed));
        return new ScoringCase(hypothesis, copy, weights);
    }

    /** The same case with one more item at the end. */
    ScoringCase plus(Evidence item) {
        List<Evidence> copy = new ArrayList<>(evidence);
        copy.add(item);
        return new ScoringCase(hypothesis, copy, weights);
    }

    /** The same case without the hypothesis's own evidence. */
    ScoringCase withoutOwnEvidence() {
        List<Evidence> others = new ArrayList<>();
        for (Evidence item : evidence) {
            if (!item.hypothesisId().equals(ID)) {
                others.add(item);
            }
        }
        return new ScoringCase(hypothesis, others, weights);
    }

    @Override
    public String toString() {
        return hypothesis.criterion() + " prior " + hypothesis.prior() + ", " + weights + ", evidence " + evidence;
    }

    // ---- generators -----------------------------------------------------------------------------------------

    /** Any case: every metric, comparison, threshold, minimum sample and strength, prior, evidence kind and weight. */
    static Arbitrary<ScoringCase> cases() {
        return Combinators.combine(hypotheses(), evidence(40), weights()).as(ScoringCase::new);
    }

    /** Cases whose criterion is a proportion, for the laws that speak of supporting and refuting observations. */
    static Arbitrary<ScoringCase> proportionCases() {
        return Combinators.combine(proportionCriteria(), priors(), evidence(40), weights())
                .as((criterion, prior, items, weights) ->
                        new ScoringCase(hypothesis(criterion, prior), items, weights));
    }

    static Arbitrary<Hypothesis> hypotheses() {
        return Combinators.combine(criteria(), priors()).as(ScoringCase::hypothesis);
    }

    static Hypothesis hypothesis(SuccessCriterion criterion, Option<BetaPrior> prior) {
        Hypothesis.Builder builder = Hypothesis.builder()
                .id(ID)
                .statement("the hypothesis under test")
                .area(BusinessModelArea.VALUE_PROPOSITION)
                .phase(Phase.CUSTOMER_DISCOVERY)
                .criterion(criterion);
        prior.forEach(builder::prior);
        return builder.build();
    }

    static Arbitrary<SuccessCriterion> criteria() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, proportionCriteria()),
                net.jqwik.api.Tuple.of(2, meanCriteria()),
                net.jqwik.api.Tuple.of(2, countCriteria()));
    }

    static Arbitrary<SuccessCriterion> proportionCriteria() {
        Arbitrary<Double> thresholds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.doubles().between(0.0, 1.0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(0.2, 0.3, 0.4, 0.5, 0.6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, 1.0)));
        return Combinators.combine(
                        Arbitraries.of(Comparison.class), thresholds, minimumSamples(), Arbitraries.of(Strength.class))
                .as((comparison, threshold, minimum, strength) -> SuccessCriterion.of(
                        Metric.PROPORTION, comparison, threshold, minimum, strength, Option.none()));
    }

    static Arbitrary<SuccessCriterion> meanCriteria() {
        return Combinators.combine(
                        Arbitraries.of(Comparison.class),
                        Arbitraries.doubles().between(-100.0, 1000.0),
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(4, Arbitraries.just("USD")),
                                net.jqwik.api.Tuple.of(1, Arbitraries.just("days"))),
                        minimumSamples(),
                        Arbitraries.of(Strength.class))
                .as((comparison, threshold, unit, minimum, strength) ->
                        SuccessCriterion.of(Metric.MEAN, comparison, threshold, minimum, strength, Option.of(unit)));
    }

    static Arbitrary<SuccessCriterion> countCriteria() {
        return Combinators.combine(
                        Arbitraries.of(Comparison.class),
                        Arbitraries.longs().between(0, 20),
                        minimumSamples(),
                        Arbitraries.of(Strength.class))
                .as((comparison, threshold, minimum, strength) ->
                        SuccessCriterion.of(Metric.COUNT, comparison, threshold, minimum, strength, Option.none()));
    }

    static Arbitrary<Long> minimumSamples() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 5)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(5, 40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(40, 1000)));
    }

    static Arbitrary<Option<BetaPrior>> priors() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Option.none())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Option.some(BetaPrior.jeffreys()))),
                net.jqwik.api.Tuple.of(
                        2,
                        Combinators.combine(
                                        Arbitraries.doubles().between(0.01, 50.0),
                                        Arbitraries.doubles().between(0.01, 50.0))
                                .as((a, b) -> Option.some(BetaPrior.of(a, b)))));
    }

    static Arbitrary<StrengthWeights> weights() {
        Arbitrary<Double> weight = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
                net.jqwik.api.Tuple.of(4, Arbitraries.doubles().between(0.1, 20.0)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(StrengthWeights.equal())),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(StrengthWeights.standard())),
                net.jqwik.api.Tuple.of(
                        3,
                        Combinators.combine(weight, weight, weight)
                                .as((s, d, p) ->
                                        s + d + p == 0.0 ? StrengthWeights.equal() : StrengthWeights.of(s, d, p))));
    }

    /**
     * Up to {@code max} items of the hypothesis under test (measurements in USD) and a few of another hypothesis,
     * interleaved.
     */
    static Arbitrary<List<Evidence>> evidence(int max) {
        return Combinators.combine(
                        item(ID, "USD").list().ofMaxSize(max),
                        item(OTHER, "kg").list().ofMaxSize(4),
                        Arbitraries.longs())
                .as(ScoringCase::interleave);
    }

    private static List<Evidence> interleave(List<Evidence> own, List<Evidence> other, long seed) {
        List<Evidence> all = new ArrayList<>(own);
        SplittableRandom random = new SplittableRandom(seed);
        for (Evidence item : other) {
            all.add(random.nextInt(all.size() + 1), item);
        }
        return all;
    }

    /** One item of any kind for the hypothesis; measurements in the given unit. */
    static Arbitrary<Evidence> item(HypothesisId id, String unit) {
        Arbitrary<Source> sources = Combinators.combine(
                        Arbitraries.integers().between(1, 30), Arbitraries.of("", "dentists", "vets"))
                .as((n, segment) -> segment.isEmpty() ? Source.of("c" + n) : Source.of("c" + n, segment));
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 1_000_000).map(START::plusSeconds);
        Arbitrary<Evidence> statements = Combinators.combine(sources, instants, Arbitraries.of(Statement.Stance.class))
                .as((s, t, stance) -> Statement.of(id, s, t, stance));
        Arbitrary<Evidence> behaviours = Combinators.combine(
                        sources,
                        instants,
                        Arbitraries.integers().between(1, 200),
                        Arbitraries.doubles().between(0.0, 1.0),
                        Arbitraries.of(Strength.DID, Strength.PAID))
                .as((s, t, n, share, strength) -> Behaviour.of(id, s, t, Math.round(share * n), n, strength));
        Arbitrary<Evidence> commitments = Combinators.combine(
                        sources, instants, Arbitraries.of(Commitment.Kind.class), Arbitraries.of(true, false))
                .as((s, t, kind, made) -> made ? Commitment.made(id, s, t, kind) : Commitment.declined(id, s, t, kind));
        Arbitrary<Evidence> tallies = Combinators.combine(
                        sources,
                        instants,
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(1, 30))
                .as((s, t, very, somewhat, not) -> SeanEllisTally.of(id, s, t, very, somewhat, not));
        Arbitrary<Double> values = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.doubles().between(-100.0, 1000.0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0.0, 25.0, 99.5)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(-1e100, 1e100)));
        Arbitrary<Evidence> measurements = Combinators.combine(
                        sources, instants, values, Arbitraries.of(Strength.class))
                .as((s, t, value, strength) -> Measurement.of(id, s, t, value, unit, strength));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, statements),
                net.jqwik.api.Tuple.of(2, behaviours),
                net.jqwik.api.Tuple.of(2, commitments),
                net.jqwik.api.Tuple.of(1, tallies),
                net.jqwik.api.Tuple.of(3, measurements));
    }

    /**
     * One observation that supports a proportion criterion (a positive outcome for {@code AT_LEAST}, a negative one
     * for {@code AT_MOST}) or refutes it, of any kind with trials.
     */
    static Arbitrary<Evidence> observation(boolean positive) {
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 1_000_000).map(START::plusSeconds);
        Source source = Source.of("new-customer", "dentists");
        return Combinators.combine(
                        instants, Arbitraries.integers().between(0, 4), Arbitraries.of(Strength.DID, Strength.PAID))
                .as((t, kind, strength) -> {
                    switch (kind) {
                        case 0:
                            return positive ? Statement.supports(ID, source, t) : Statement.refutes(ID, source, t);
                        case 1:
                            return Behaviour.of(ID, source, t, positive ? 1 : 0, 1, strength);
                        case 2:
                            return positive
                                    ? Commitment.made(ID, source, t, Commitment.Kind.MONEY)
                                    : Commitment.declined(ID, source, t, Commitment.Kind.MONEY);
                        case 3:
                            return positive
                                    ? SeanEllisTally.of(ID, source, t, 1, 0, 0)
                                    : SeanEllisTally.of(ID, source, t, 0, 1, 0);
                        default:
                            return positive ? Statement.supports(ID, source, t) : Statement.neutral(ID, source, t);
                    }
                });
    }
}
