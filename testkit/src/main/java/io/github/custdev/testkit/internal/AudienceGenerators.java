package io.github.custdev.testkit.internal;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Source;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.ReferralGrowth;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.simulation.journey.JourneyTables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The generators of the smallest viable audience and of growth: unit economics, conversions (fixed, or carried over
 * from a real assessment of paid pilots), audiences, their viability, the choice among candidates, Bass diffusion and
 * referral growth. Every value is built through custdev's own factories and shrinks towards a small, readable one.
 */
public final class AudienceGenerators {

    /** Names of candidate segments, the first few of any generated audience; the rest are any not-blank text. */
    public static final List<String> SEGMENTS = JourneyTables.SEGMENTS.asJava();

    /** The strategies whose assessments of pilots become conversions: each gives an interval inside [0, 1]. */
    private static final List<ScoringStrategy> CONVERSION_STRATEGIES = List.of(
            Scoring.bayesian(), Scoring.bayesian().withDefaultPrior(BetaPrior.jeffreys()), Scoring.fixedSample());

    private static final Instant PILOT = Generators.START;

    private AudienceGenerators() {}

    /**
     * Unit economics of every kind: prices up to 1,000, variable costs up to 500 (so the margin may be negative),
     * acquisition costs up to 5,000, retention in [0, 0.99], fixed costs up to 500,000, and now and then a discount
     * rate up to 5%. Shrinks towards all zeros, where one customer breaks even.
     *
     * @return the arbitrary
     */
    public static Arbitrary<UnitEconomics> economics() {
        Arbitrary<Double> discount = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.0, 0.05).ofScale(4)));
        return Combinators.combine(
                        Arbitraries.doubles().between(0.0, 1000.0).ofScale(2),
                        Arbitraries.doubles().between(0.0, 500.0).ofScale(2),
                        Arbitraries.doubles().between(0.0, 5000.0).ofScale(2),
                        Arbitraries.doubles().between(0.0, 0.99).ofScale(3),
                        Arbitraries.doubles().between(0.0, 500_000.0).ofScale(0),
                        discount)
                .as(AudienceGenerators::economics);
    }

    private static UnitEconomics economics(
            double price, double variable, double acquisition, double retention, double fixed, double discount) {
        return UnitEconomics.builder()
                .price(price)
                .variableCost(variable)
                .acquisitionCost(acquisition)
                .retention(retention)
                .fixedCosts(fixed)
                .discountRate(discount)
                .build();
    }

    /**
     * Unit economics that break even with some number of customers: each customer contributes after its variable
     * cost and the acquisition of its replacement (prices from 10 to 500, a variable cost of at most 80% of the
     * price, an acquisition cost that leaves at least a tenth of the margin), and fixed costs up to 200,000.
     *
     * @return the arbitrary
     */
    public static Arbitrary<UnitEconomics> economicsThatBreakEven() {
        return Combinators.combine(
                        Arbitraries.doubles().between(10.0, 500.0).ofScale(2),
                        Arbitraries.doubles().between(0.0, 0.8).ofScale(2),
                        Arbitraries.doubles().between(0.0, 0.9).ofScale(2),
                        Arbitraries.doubles().between(0.0, 0.98).ofScale(2),
                        Arbitraries.doubles().between(0.0, 200_000.0).ofScale(0))
                .as((price, variableShare, acquisitionShare, retention, fixed) -> {
                    double variable = Math.round(price * variableShare * 100.0) / 100.0;
                    double acquisition =
                            Math.floor((price - variable) * acquisitionShare / (1.0 - retention) * 100.0) / 100.0;
                    return economics(price, variable, acquisition, retention, fixed, 0.0);
                });
    }

    /**
     * Conversions: a fixed rate in [0, 1], or, a third of the time, the conversion that the assessment of a round of
     * paid pilots (k of n paid, n up to 2,000) by a built-in strategy carries, with its uncertainty.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Conversion> conversions() {
        return Arbitraries.frequencyOf(Tuple.of(2, fixedConversions()), Tuple.of(1, assessedConversions()));
    }

    /**
     * Conversions carried over from the assessment of a round of paid pilots (k of n paid, n up to 2,000) by a
     * built-in strategy: the Bayesian one with a uniform or Jeffreys' prior, or the fixed-sample one.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Conversion> assessedConversions() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 2000),
                        Arbitraries.doubles().between(0.0, 1.0).ofScale(3),
                        Arbitraries.integers().between(0, CONVERSION_STRATEGIES.size() - 1))
                .as((n, share, strategy) -> assessed((int) Math.floor(share * n), n, strategy));
    }

    /**
     * Fixed conversion rates in [0, 1], in steps of 0.0001.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Conversion> fixedConversions() {
        return Arbitraries.doubles().between(0.0, 1.0).ofScale(4).map(Conversion::of);
    }

    /**
     * The conversion carried by a strategy's assessment of one round of paid pilots.
     *
     * @param paid how many paid, in [0, pilots]
     * @param pilots how many were offered a pilot, at least 1
     * @param strategy which of the conversion strategies assesses them
     * @return the conversion
     */
    public static Conversion assessed(int paid, int pilots, int strategy) {
        return Conversion.from(pilots(paid, pilots, strategy));
    }

    /** The assessment of a round of paid pilots, k of n, of the hypothesis {@code conversion}. */
    static Assessment pilots(int paid, int pilots, int strategy) {
        Hypothesis conversion = Hypothesis.of(
                HypothesisId.of("conversion"),
                "Reachable customers pay for a pilot",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.proportionAtLeast(0.05, 1));
        EvidenceLog log = EvidenceLog.of(
                Behaviour.of(conversion.id(), Source.of("pilot-offer"), PILOT, paid, pilots, Strength.PAID));
        return CONVERSION_STRATEGIES
                .get(Math.floorMod(strategy, CONVERSION_STRATEGIES.size()))
                .assess(conversion, log);
    }

    /**
     * Segment names: one of {@link #SEGMENTS}, or any not-blank text.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> names() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(SEGMENTS)), Tuple.of(1, Generators.texts(20)));
    }

    /**
     * Reachable sizes from 1 to ten million, mostly in the thousands.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Long> reachableSizes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(1, 100_000)),
                Tuple.of(1, Arbitraries.longs().between(1, 10_000_000)));
    }

    /**
     * Audiences with the given parts, and up to three traits.
     *
     * @param conversions the conversions
     * @param economics the unit economics
     * @return the arbitrary
     */
    public static Arbitrary<Audience> audiences(Arbitrary<Conversion> conversions, Arbitrary<UnitEconomics> economics) {
        return Combinators.combine(names(), traits(), reachableSizes(), conversions, economics)
                .as((name, traits, reach, conversion, unit) -> audience(name, traits, reach, conversion, unit));
    }

    private static Arbitrary<List<String>> traits() {
        return Generators.texts(20).list().ofMaxSize(3);
    }

    private static Audience audience(
            String name, List<String> traits, long reach, Conversion conversion, UnitEconomics economics) {
        return Audience.builder()
                .name(name)
                .traits(traits.toArray(new String[0]))
                .reachableSize(reach)
                .conversion(conversion)
                .economics(economics)
                .build();
    }

    /**
     * Audiences whose expected paying customers lie within a share {@code within} of the customers they need to break
     * even, on either side: {@code reachable x E[conversion] = N (1 + d)} for {@code d} in {@code [-within, within]},
     * up to half a customer (the reachable size is whole). {@code d} shrinks towards 0, the break-even point itself.
     *
     * @param within the largest relative distance from break-even, in [0, 1)
     * @param fixed whether to generate fixed conversions
     * @param assessed whether to generate conversions from assessments (with their uncertainty)
     * @return the arbitrary
     */
    public static Arbitrary<Audience> aroundBreakEven(double within, boolean fixed, boolean assessed) {
        Arbitrary<Boolean> kinds = fixed && assessed ? Arbitraries.of(true, false) : Arbitraries.just(fixed);
        Arbitrary<Double> distance = within == 0.0
                ? Arbitraries.just(0.0)
                : Arbitraries.doubles().between(-within, within).ofScale(4);
        Arbitrary<Tuple.Tuple3<Boolean, Integer, Integer>> pilots = Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(20, 2000),
                        Arbitraries.integers().between(0, 2))
                .as(Tuple::of);
        return Combinators.combine(
                        names(),
                        traits(),
                        economicsThatBreakEven(),
                        distance,
                        Arbitraries.doubles().between(0.005, 0.5).ofScale(3),
                        pilots)
                .as((name, traits, economics, d, rate, pilot) -> {
                    long needed = economics.customersToBreakEven().get();
                    double target = needed * (1.0 + d);
                    Conversion conversion;
                    long reach;
                    if (pilot.get1()) {
                        reach = Math.max(1L, Math.round(target / rate));
                        conversion = Conversion.of(Math.min(1.0, target / reach));
                    } else {
                        int n = pilot.get2();
                        int paid = (int) Math.max(0, Math.min(n, Math.round(rate * (n + 2) - 1)));
                        conversion = assessed(paid, n, pilot.get3());
                        reach = Math.max(1L, Math.round(target / conversion.mean()));
                    }
                    return audience(name, traits, reach, conversion, economics);
                });
    }

    /**
     * Required probabilities of viability in (0, 1]: the common 0.5, 0.9, 0.95 and 1, or any other.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Double> requiredProbabilities() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(0.5, 0.9, 0.95, 1.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.01, 1.0).ofScale(3)));
    }

    /**
     * Target operating margins in [0, 1): break-even (0) mostly, now and then up to 50%.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Double> targetMargins() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.0, 0.5).ofScale(2)));
    }

    /**
     * The viability of generated audiences at a generated required probability and target margin.
     *
     * @param audiences the audiences
     * @return the arbitrary
     */
    public static Arbitrary<Viability> viabilities(Arbitrary<Audience> audiences) {
        return Combinators.combine(audiences, requiredProbabilities(), targetMargins())
                .as((audience, probability, margin) -> audience.viability(probability, margin));
    }

    /**
     * Choices among up to five candidates with distinct names, at a generated required probability and target
     * margin; none viable is among the answers.
     *
     * @param audiences the candidates
     * @return the arbitrary
     */
    public static Arbitrary<SmallestViableAudience> choices(Arbitrary<Audience> audiences) {
        Arbitrary<List<Audience>> candidates = audiences.list().ofMaxSize(5).uniqueElements(Audience::name);
        return Combinators.combine(candidates, requiredProbabilities(), targetMargins())
                .as((list, probability, margin) ->
                        SmallestViableAudience.choose(new ArrayList<>(list), probability, margin));
    }

    /**
     * Bass diffusions: innovation p from 0.0001 to 0.1 (published values are about 0.03), imitation q from 0 to 1
     * (about 0.38), markets from 1 to ten million adopters.
     *
     * @return the arbitrary
     */
    public static Arbitrary<BassDiffusion> diffusions() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0.0001, 0.1).ofScale(4),
                        Arbitraries.doubles().between(0.0, 1.0).ofScale(3),
                        Arbitraries.doubles().between(1.0, 10_000_000.0).ofScale(1))
                .as(BassDiffusion::of);
    }

    /**
     * Referral growth: 1 to 10,000 seed customers, viral coefficients from 0 to 2 (below, at and above 1), cycles
     * from an hour to 90 days.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ReferralGrowth> referrals() {
        Arbitrary<Double> coefficients = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(0.0, 2.0).ofScale(2)), Tuple.of(1, Arbitraries.just(1.0)));
        return Combinators.combine(
                        Arbitraries.doubles().between(1.0, 10_000.0).ofScale(1),
                        coefficients,
                        Arbitraries.longs().between(1, 90 * 24).map(Duration::ofHours))
                .as(ReferralGrowth::of);
    }
}
