package io.github.custdev.audience;

import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of unit economics, conversions and audiences for the properties. */
final class AudienceArbitraries {
    /** A few assessed conversions, matched once: matching costs about a millisecond. */
    static final List<Conversion> POSTERIORS = List.of(
            Conversion.from(Assessments.betaPosterior(10, 112, 0.95)),
            Conversion.from(Assessments.betaPosterior(2, 50, 0.9)),
            Conversion.from(Assessments.betaPosterior(60, 40, 0.95)),
            Conversion.from(Assessments.betaPosterior(0.5, 300.5, 0.99)));

    private AudienceArbitraries() {}

    static Arbitrary<UnitEconomics> economics() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0, 500),
                        Arbitraries.doubles().between(0, 200),
                        Arbitraries.doubles().between(0, 3_000),
                        Arbitraries.doubles().between(0, 0.99).ofScale(6),
                        Arbitraries.doubles().between(0, 1e6),
                        Arbitraries.doubles().between(0, 0.05).ofScale(6))
                .as((price, variable, acquisition, retention, fixed, discount) -> UnitEconomics.builder()
                        .price(price)
                        .variableCost(variable)
                        .acquisitionCost(acquisition)
                        .retention(retention)
                        .fixedCosts(fixed)
                        .discountRate(discount)
                        .build());
    }

    static Arbitrary<Conversion> conversions() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 1).ofScale(6).map(Conversion::of),
                Arbitraries.of(POSTERIORS.asJava()));
    }

    static Arbitrary<Long> reachableSizes() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 10_000_000), Arbitraries.of(1_000L, 2_000L, 5_000L));
    }

    static Arbitrary<Audience> audiences() {
        return Combinators.combine(reachableSizes(), conversions(), economics())
                .as((size, conversion, economics) -> Audience.of("segment", size, conversion, economics));
    }

    /** Up to six audiences with distinct names; sizes are often equal, to exercise the tie-break. */
    static Arbitrary<List<Audience>> candidates() {
        return audiences()
                .list()
                .ofMaxSize(6)
                .map(list -> List.ofAll(list)
                        .zipWithIndex()
                        .map(t -> Audience.of(
                                "segment-" + t._2, t._1.reachableSize(), t._1.conversion(), t._1.economics())));
    }

    static Arbitrary<Double> requiredProbabilities() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(0.01, 1.0).ofScale(6), Arbitraries.of(0.5, 0.9, 0.95, 1.0));
    }

    static Arbitrary<Double> targetMargins() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 0.9).ofScale(6), Arbitraries.just(0.0));
    }
}
