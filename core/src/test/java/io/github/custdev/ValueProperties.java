package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * Equal inputs give equal values: every value type, rebuilt through its public factories from equal but distinct
 * inputs (fresh strings, fresh ids), is equal to the original, with the same hash code and the same text.
 */
@PropertyDefaults(tries = 100)
class ValueProperties {

    private static void assertEqualValues(Object original, Object rebuilt) {
        assertNotSame(original, rebuilt, "the rebuilt value is a new object");
        assertEquals(original, rebuilt);
        assertEquals(rebuilt, original);
        assertEquals(original.hashCode(), rebuilt.hashCode());
        assertEquals(original.toString(), rebuilt.toString());
        assertNotEquals(original, null);
        assertNotEquals(original, new Object());
    }

    private static String fresh(String text) {
        return new String(text.toCharArray());
    }

    static HypothesisId copy(HypothesisId id) {
        return HypothesisId.of(fresh(id.value()));
    }

    static Source copy(Source source) {
        String id = fresh(source.id());
        return source.segment().isDefined()
                ? Source.of(id, fresh(source.segment().get()))
                : Source.of(id);
    }

    static Instant copy(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond(), instant.getNano());
    }

    /** The same evidence, built again through the public factories from equal inputs. */
    static Evidence copy(Evidence e) {
        HypothesisId id = copy(e.hypothesisId());
        Source source = copy(e.source());
        Instant at = copy(e.observedAt());
        if (e instanceof Statement s) {
            Statement copy = Statement.of(id, source, at, s.stance());
            return s.quote().isDefined() ? copy.withQuote(fresh(s.quote().get())) : copy;
        } else if (e instanceof Behaviour b) {
            return Behaviour.of(id, source, at, b.successes(), b.trials(), b.strength());
        } else if (e instanceof Commitment c) {
            Commitment copy = c.made()
                    ? Commitment.made(id, source, at, c.kind())
                    : Commitment.declined(id, source, at, c.kind());
            return c.amount().isDefined()
                    ? copy.withAmount(
                            new BigDecimal(c.amount().get().toString()),
                            fresh(c.unit().get()))
                    : copy;
        } else if (e instanceof SeanEllisTally t) {
            return SeanEllisTally.of(
                    id, source, at, t.veryDisappointed(), t.somewhatDisappointed(), t.notDisappointed());
        } else if (e instanceof CohortObservation c) {
            return CohortObservation.of(
                    id, source, at, c.period(), c.acquired(), c.active(), io.vavr.collection.List.ofAll(c.retained()));
        } else if (e instanceof ReferralObservation r) {
            return ReferralObservation.of(id, source, at, r.period(), r.customers(), r.sent(), r.converted());
        } else {
            Measurement m = (Measurement) e;
            return Measurement.of(id, source, at, m.value(), fresh(m.unit()), m.strength());
        }
    }

    static SuccessCriterion copy(SuccessCriterion c) {
        return SuccessCriterion.of(
                c.metric(),
                c.comparison(),
                c.threshold(),
                c.minimumSample(),
                c.minimumStrength(),
                c.unit().map(ValueProperties::fresh));
    }

    static StrengthWeights copy(StrengthWeights w) {
        return StrengthWeights.of(w.of(Strength.SAID), w.of(Strength.DID), w.of(Strength.PAID));
    }

    @Property
    void hypothesisIds(@ForAll("anyIds") HypothesisId id, @ForAll("anyIds") HypothesisId other) {
        assertEqualValues(id, copy(id));
        assertEquals(id.value().equals(other.value()), id.equals(other));
        assertEquals(Integer.signum(id.value().compareTo(other.value())), Integer.signum(id.compareTo(other)));
        assertEquals(id.equals(other), id.compareTo(other) == 0, "compareTo is consistent with equals");
    }

    @Property
    void sources(@ForAll("sources") Source source) {
        assertEqualValues(source, copy(source));
    }

    @Property
    void priors(@ForAll("priors") BetaPrior prior) {
        assertEqualValues(prior, BetaPrior.of(prior.alpha(), prior.beta()));
    }

    @Property
    void weights(@ForAll("weights") StrengthWeights weights) {
        assertEqualValues(weights, copy(weights));
    }

    @Property
    void criteria(@ForAll("criteria") SuccessCriterion criterion) {
        assertEqualValues(criterion, copy(criterion));
    }

    @Property
    void hypotheses(@ForAll("hypotheses") Hypothesis h) {
        Hypothesis.Builder builder = Hypothesis.builder()
                .id(copy(h.id()))
                .statement(fresh(h.statement()))
                .area(h.area())
                .phase(h.phase())
                .criterion(copy(h.criterion()))
                .importance(h.importance());
        h.prior().forEach(p -> builder.prior(BetaPrior.of(p.alpha(), p.beta())));
        assertEqualValues(h, builder.build());
    }

    @Property
    void evidenceOfEveryKind(@ForAll("evidence") Evidence evidence) {
        assertEqualValues(evidence, copy(evidence));
    }

    @Property
    void statistics(@ForAll("lists") List<Evidence> items, @ForAll("weights") StrengthWeights weights) {
        List<Evidence> copies = items.stream().map(ValueProperties::copy).collect(Collectors.toList());
        for (HypothesisId id : Generators.IDS) {
            List<Evidence> mine =
                    items.stream().filter(e -> e.hypothesisId().equals(id)).collect(Collectors.toList());
            List<Evidence> myCopies =
                    copies.stream().filter(e -> e.hypothesisId().equals(id)).collect(Collectors.toList());
            EvidenceStatistics s = EvidenceStatistics.of(mine).withWeights(weights);
            EvidenceStatistics t = EvidenceStatistics.of(myCopies).withWeights(copy(weights));
            assertEquals(s, t);
            assertEquals(s.hashCode(), t.hashCode());
            assertEquals(s.toString(), t.toString());
        }
    }

    @Property
    void logs(@ForAll("lists") List<Evidence> items, @ForAll("weights") StrengthWeights weights) {
        List<Evidence> copies = items.stream().map(ValueProperties::copy).collect(Collectors.toList());
        EvidenceLog log = EvidenceLog.ofAll(items).withWeights(weights);
        EvidenceLog rebuilt = EvidenceLog.ofAll(copies).withWeights(copy(weights));
        if (items.isEmpty() && weights.equals(EvidenceLog.empty().weights())) {
            // the empty log with its own weights is one shared instance, not a new object
            assertSame(EvidenceLog.empty(), log);
            assertSame(log, rebuilt);
        } else {
            assertEqualValues(log, rebuilt);
        }
        for (HypothesisId id : Generators.IDS) {
            assertEquals(log.statistics(id), rebuilt.statistics(id));
            assertEquals(log.statistics(id).hashCode(), rebuilt.statistics(id).hashCode());
        }
    }

    @Property
    void intervals(@ForAll("intervals") Interval interval) {
        assertEqualValues(interval, Interval.of(interval.lower(), interval.upper(), interval.level(), interval.kind()));
    }

    @Property
    void assessments(@ForAll("assessments") Assessment a) {
        Assessment.Builder builder = Assessment.builder()
                .hypothesisId(copy(a.hypothesisId()))
                .verdict(a.verdict())
                .estimate(a.estimate())
                .interval(Interval.of(
                        a.interval().lower(),
                        a.interval().upper(),
                        a.interval().level(),
                        a.interval().kind()))
                .probability(a.probability())
                .statisticName(fresh(a.statisticName()))
                .statistic(a.statistic())
                .sampleSize(a.sampleSize())
                .effectiveSampleSize(a.effectiveSampleSize())
                .strategy(fresh(a.strategy()))
                .reason(fresh(a.reason()))
                .parameters(LinkedHashMap.ofEntries(
                        a.parameters().map(p -> p.map(ValueProperties::fresh, ValueProperties::fresh))))
                .expectedAdditionalSample(a.expectedAdditionalSample().map(Long::valueOf));
        assertEqualValues(a, builder.build());
    }

    @Provide
    Arbitrary<HypothesisId> anyIds() {
        return Arbitraries.oneOf(Generators.anyIds(), Generators.ids());
    }

    @Provide
    Arbitrary<Source> sources() {
        return Generators.sources();
    }

    @Provide
    Arbitrary<BetaPrior> priors() {
        return Generators.priors();
    }

    @Provide
    Arbitrary<StrengthWeights> weights() {
        return Generators.weights();
    }

    @Provide
    Arbitrary<SuccessCriterion> criteria() {
        return Generators.criteria();
    }

    @Provide
    Arbitrary<Hypothesis> hypotheses() {
        return Generators.hypotheses();
    }

    @Provide
    Arbitrary<Evidence> evidence() {
        return Generators.evidence();
    }

    @Provide
    Arbitrary<List<Evidence>> lists() {
        return Generators.evidenceLists();
    }

    @Provide
    Arbitrary<Interval> intervals() {
        Arbitrary<Double> bound = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0, 1.0));
        Arbitrary<Double> level = Arbitraries.of(0.5, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999);
        return Combinators.combine(bound, bound, level, Arbitraries.of(Interval.Kind.class))
                .as((a, b, l, k) -> Interval.of(Math.min(a, b), Math.max(a, b), l, k));
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<Interval> unit = Combinators.combine(
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1))
                .as((a, b) -> Interval.credible(Math.min(a, b), Math.max(a, b), 0.95));
        Arbitrary<Option<Long>> more =
                Arbitraries.longs().between(0, 10_000).optional().map(Option::ofOptional);
        Arbitrary<LinkedHashMap<String, String>> parameters = Arbitraries.maps(
                        Arbitraries.of("prior", "threshold", "alpha", "beta"), Arbitraries.of("0.05", "uniform", "1"))
                .ofMaxSize(3)
                .map(LinkedHashMap::ofAll);
        return Combinators.combine(
                        Generators.anyIds(),
                        Arbitraries.of(Verdict.class),
                        unit,
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.longs().between(0, 5_000),
                        Arbitraries.of("bayesian", "sprt", "frequentist"),
                        parameters,
                        more)
                .as((id, verdict, interval, p, n, strategy, params, extra) -> {
                    Assessment.Builder builder = Assessment.builder()
                            .hypothesisId(id)
                            .verdict(verdict)
                            .estimate((interval.lower() + interval.upper()) / 2)
                            .interval(interval)
                            .probability(p)
                            .statisticName("P(rate >= 0.4)")
                            .statistic(p)
                            .sampleSize(n)
                            .effectiveSampleSize(n * 1.5)
                            .strategy(strategy)
                            .reason("P(rate >= 0.4) = " + p + " after " + n)
                            .parameters(params);
                    if (!verdict.isDecided()) {
                        builder.expectedAdditionalSample(extra);
                    }
                    return builder.build();
                });
    }
}
