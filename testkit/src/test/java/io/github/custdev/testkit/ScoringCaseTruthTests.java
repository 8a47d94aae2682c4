package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Measurement;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion.Metric;
import io.github.custdev.simulation.journey.Draw;
import io.github.custdev.simulation.journey.EvidenceRecipe;
import io.github.custdev.testkit.internal.Draws;
import io.github.custdev.testkit.internal.Generators;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The truth options of {@link ScoringCaseArbitrary}: configuration errors name the field, the rule and the value;
 * cases drawn at a true rate or from a true distribution are honest (checked against Commons Statistics' binomial
 * and normal quantiles, two-sided at level 0.001, on fixed seeds); and without a truth option the cases are exactly
 * those of the code before the options existed, copied here as {@link #previousCases}.
 */
class ScoringCaseTruthTests {
    private static final double ALPHA = 0.001;
    private static final int GEN_SIZE = 1000;

    @Example
    void aTrueRateOutsideTheUnitIntervalIsRefusedByName() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> CustDevArbitraries.scoringCases().withTrueRate(1.3));
        assertEquals("trueRate must be in [0, 1]: 1.3", e.getMessage());
        assertThrows(
                InvalidValueException.class,
                () -> CustDevArbitraries.scoringCases().withTrueRate(Double.NaN));
        assertThrows(
                InvalidValueException.class,
                () -> CustDevArbitraries.scoringCases().withTrueRate(-0.01));
    }

    @Example
    void aTrueRateNeedsAMetricARateDescribes() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> CustDevArbitraries.scoringCases().withMetric(Metric.MEAN).withTrueRate(0.5));
        assertEquals(
                "metrics must include PROPORTION, COUNT or VERY_DISAPPOINTED for a true rate: [MEAN]", e.getMessage());
        InvalidValueException after = assertThrows(
                InvalidValueException.class,
                () -> CustDevArbitraries.scoringCases().withTrueRate(0.5).withMetric(Metric.MEAN));
        assertEquals(
                "metrics must include PROPORTION, COUNT or VERY_DISAPPOINTED for a true rate: [MEAN]",
                after.getMessage());
    }

    @Example
    void aTrueDistributionNeedsAMeanAndDrawsCoreAccepts() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> CustDevArbitraries.scoringCases()
                        .withMetric(Metric.PROPORTION)
                        .withTrueMean(30, 8));
        assertEquals("metrics must include MEAN for a true distribution: [PROPORTION]", e.getMessage());
        assertEquals(
                "standardDeviation must be finite and > 0: 0.0",
                assertThrows(
                                InvalidValueException.class,
                                () -> CustDevArbitraries.scoringCases().withTrueMean(30, 0))
                        .getMessage());
        assertEquals(
                "trueMean must be finite: Infinity",
                assertThrows(
                                InvalidValueException.class,
                                () -> CustDevArbitraries.scoringCases().withTrueMean(Double.POSITIVE_INFINITY, 1))
                        .getMessage());
        InvalidValueException huge = assertThrows(
                InvalidValueException.class,
                () -> CustDevArbitraries.scoringCases().withTrueMean(0, 1e300));
        assertTrue(huge.getMessage().startsWith("distribution must draw measurements at most"), huge::getMessage);
    }

    @Example
    void aMetricsListKeepsOnlyTheMetricsTheTruthFits() {
        List<ScoringCase> cases = sample(
                CustDevArbitraries.scoringCases()
                        .withMetric(Metric.PROPORTION, Metric.MEAN)
                        .withTrueRate(0.5),
                200,
                7);
        assertTrue(cases.stream().allMatch(c -> c.hypothesis().criterion().metric() == Metric.PROPORTION));
        List<ScoringCase> means = sample(CustDevArbitraries.scoringCases().withTrueMean(30, 8), 200, 7);
        assertTrue(means.stream().allMatch(c -> c.hypothesis().criterion().metric() == Metric.MEAN));
    }

    @Example
    void aHypothesisTheTruthDoesNotFitIsRefusedByName() {
        Arbitrary<ScoringCase> cases = CustDevArbitraries.scoringCases()
                .withHypotheses(CustDevArbitraries.hypotheses().withMetric(Metric.MEAN))
                .withTrueRate(0.5);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> sample(cases, 1, 3));
        assertTrue(
                e.getMessage().startsWith("hypothesis.criterion.metric must be PROPORTION, COUNT or VERY_DISAPPOINTED"),
                e::getMessage);
    }

    @Example
    void casesDrawnAtATrueRateHaveABinomialShareOfSuccesses() {
        double rate = 0.3;
        List<ScoringCase> cases = sample(
                CustDevArbitraries.scoringCases()
                        .withMetric(Metric.PROPORTION)
                        .withTrueRate(rate)
                        .ofSize(5, 10),
                300,
                20261206);
        long successes = 0;
        long trials = 0;
        Set<Class<?>> kinds = new HashSet<>();
        for (ScoringCase scoringCase : cases) {
            assertTrue(
                    scoringCase.evidence().size() >= 5 && scoringCase.evidence().size() <= 10);
            successes += scoringCase.statistics().successes();
            trials += scoringCase.statistics().trials();
            // the generated classes extend the public kinds: Statement, Behaviour, Commitment
            scoringCase.evidence().forEach(item -> kinds.add(item.getClass().getSuperclass()));
        }
        BinomialDistribution binomial = BinomialDistribution.of((int) trials, rate);
        long low = binomial.inverseCumulativeProbability(ALPHA / 2);
        long high = binomial.inverseCumulativeProbability(1 - ALPHA / 2);
        long counted = successes;
        assertTrue(
                counted >= low && counted <= high,
                () -> counted + " successes outside [" + low + ", " + high + "] at a true rate of " + rate);
        assertTrue(kinds.size() >= 2, () -> "only " + kinds);
    }

    @Example
    void casesDrawnFromATrueMeanHaveMeasurementsAroundIt() {
        List<ScoringCase> cases =
                sample(CustDevArbitraries.scoringCases().withTrueMean(30.0, 8.0).ofSize(5, 10), 300, 20261206);
        double sum = 0;
        long n = 0;
        for (ScoringCase scoringCase : cases) {
            for (Evidence item : scoringCase.evidence()) {
                Measurement measurement = (Measurement) item;
                sum += measurement.value();
                n++;
            }
        }
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - ALPHA / 2);
        double mean = sum / n;
        double bound = z * 8.0 / Math.sqrt(n);
        assertTrue(Math.abs(mean - 30.0) <= bound, () -> "mean " + mean + " is more than " + bound + " from 30");
    }

    @Example
    void casesWithATruthKeepTheOtherHypothesesEvidenceAndTheMinimumSize() {
        List<ScoringCase> cases =
                sample(CustDevArbitraries.scoringCases().withTrueRate(0.5).ofSize(3, 3), 300, 11);
        assertTrue(cases.stream().allMatch(c -> c.evidence().size() == 3));
        assertTrue(
                cases.stream().anyMatch(c -> c.log().size() > c.evidence().size()),
                "no case holds other hypotheses' evidence");
        StrengthWeights weights = StrengthWeights.of(1, 4, 16);
        assertTrue(sample(CustDevArbitraries.scoringCases().withTrueRate(0.5).withWeights(weights), 20, 5).stream()
                .allMatch(c -> c.log().weights().equals(weights)));
    }

    @Example
    void withoutATruthTheCasesAreThoseOfThePreviousCode() {
        for (long seed : new long[] {1, 20261206, -42}) {
            assertEquals(
                    sample(previousCases(CustDevArbitraries.hypotheses(), 0, 30, Generators.weights()), 100, seed),
                    sample(CustDevArbitraries.scoringCases(), 100, seed));
            assertEquals(
                    sample(
                            previousCases(
                                    CustDevArbitraries.hypotheses().withMetric(Metric.PROPORTION, Metric.COUNT),
                                    2,
                                    5,
                                    Arbitraries.just(StrengthWeights.of(1, 4, 16))),
                            200,
                            seed),
                    sample(
                            CustDevArbitraries.scoringCases()
                                    .withMetric(Metric.COUNT, Metric.PROPORTION)
                                    .ofSize(2, 5)
                                    .withWeights(StrengthWeights.of(1, 4, 16)),
                            200,
                            seed));
        }
    }

    private static List<ScoringCase> sample(Arbitrary<ScoringCase> cases, int count, long seed) {
        RandomGenerator<ScoringCase> generator = cases.generator(GEN_SIZE);
        Random random = new Random(seed);
        List<ScoringCase> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(generator.next(random).value());
        }
        return drawn;
    }

    /** The generation of {@code ScoringCaseArbitrary} before its truth options, copied unchanged. */
    private static Arbitrary<ScoringCase> previousCases(
            Arbitrary<Hypothesis> hypotheses, int minSize, int maxSize, Arbitrary<StrengthWeights> weights) {
        Arbitrary<List<Hypothesis>> others =
                CustDevArbitraries.hypotheses().list().ofMaxSize(2).uniqueElements(Hypothesis::id);
        Arbitrary<Draw> draws = Draws.anyDraws(1, 100);
        Arbitrary<Boolean> anyKind = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
        Arbitrary<List<Tuple.Tuple2<Boolean, Draw>>> own = Combinators.combine(anyKind, draws)
                .as(Tuple::of)
                .list()
                .ofMinSize(minSize)
                .ofMaxSize(maxSize);
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, Draw>>> inserted = Combinators.combine(
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(0, 1),
                        draws)
                .as(Tuple::of)
                .list()
                .ofMaxSize(10);
        return Combinators.combine(hypotheses, others, own, inserted, weights).as((hypothesis, o, items, ins, w) -> {
            EvidenceRecipe recipe = EvidenceRecipe.of(hypothesis);
            EvidenceRecipe anyKindRecipe = recipe.withKinds(EvidenceRecipe.KINDS);
            List<Evidence> recorded = new ArrayList<>();
            items.forEach(item -> recorded.add((item.get1() ? anyKindRecipe : recipe).build(item.get2())));
            List<EvidenceRecipe> otherRecipes = new ArrayList<>();
            o.forEach(other -> {
                if (!other.id().equals(hypothesis.id())) {
                    otherRecipes.add(EvidenceRecipe.of(other));
                }
            });
            if (!otherRecipes.isEmpty()) {
                ins.forEach(item -> recorded.add(
                        item.get1() % (recorded.size() + 1),
                        otherRecipes.get(item.get2() % otherRecipes.size()).build(item.get3())));
            }
            return ScoringCase.of(hypothesis, EvidenceLog.ofAll(recorded).withWeights(w));
        });
    }
}
