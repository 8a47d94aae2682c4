package io.github.custdev.testkit.internal;

import io.github.custdev.StrengthWeights;
import io.github.custdev.scoring.BayesianScoring;
import io.github.custdev.scoring.FixedSampleScoring;
import io.github.custdev.scoring.MeanScoring;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.SeanEllisScoring;
import io.github.custdev.scoring.SequentialScoring;
import io.github.custdev.simulation.journey.JourneyTables;
import io.github.custdev.simulation.journey.NamedStrategy;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The generators of the built-in scoring strategies, configured through their public factories and {@code with}
 * methods only; each shrinks towards the strategy's defaults.
 */
public final class StrategyGenerators {

    /**
     * The strategies that judge the criteria of generated gates: each judges rates, counts and means, and each is one
     * instance, so that criteria built with it compare equal. The first is the default gates' strategy.
     */
    public static final List<NamedStrategy> GATE_STRATEGIES = JourneyTables.GATE_STRATEGIES.asJava();

    private StrategyGenerators() {}

    private static Arbitrary<Double> levels() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0.95)),
                Tuple.of(1, Arbitraries.doubles().between(0.5, 0.999).ofScale(3)));
    }

    private static Arbitrary<Double> risks() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0.05)),
                Tuple.of(1, Arbitraries.doubles().between(0.001, 0.25).ofScale(3)));
    }

    /**
     * Bayesian scoring: any risk up to 0.25, any default prior, any level, and the probability or the expected-loss
     * rule (thresholds from 0.0005 to 0.05).
     *
     * @return the arbitrary
     */
    public static Arbitrary<BayesianScoring> bayesian() {
        Arbitrary<Double> losses = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(-1.0)),
                Tuple.of(1, Arbitraries.doubles().between(0.0005, 0.05).ofScale(4)));
        return Combinators.combine(risks(), Generators.priors(), levels(), losses)
                .as((risk, prior, level, loss) -> {
                    BayesianScoring strategy = Scoring.bayesian()
                            .withRisk(risk)
                            .withDefaultPrior(prior)
                            .withLevel(level);
                    return loss > 0 ? strategy.withExpectedLoss(loss) : strategy;
                });
    }

    /**
     * Sequential tests: {@code p0} from 0.05 to 0.7, {@code p1} 0.05 to 0.25 above it, error rates from 0.01 to 0.2,
     * any level.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SequentialScoring> sequential() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0.05, 0.7).ofScale(2),
                        Arbitraries.doubles().between(0.05, 0.25).ofScale(2),
                        Arbitraries.doubles().between(0.01, 0.2).ofScale(2),
                        Arbitraries.doubles().between(0.01, 0.2).ofScale(2),
                        levels())
                .as((p0, gap, alpha, beta, level) ->
                        Scoring.sequential(p0, p0 + gap, alpha, beta).withLevel(level));
    }

    /**
     * Fixed-sample scoring at any level.
     *
     * @return the arbitrary
     */
    public static Arbitrary<FixedSampleScoring> fixedSample() {
        return levels().map(level -> Scoring.fixedSample().withLevel(level));
    }

    /**
     * Sean Ellis scoring: benchmarks from 0.2 to 0.6 (40% unless set), decided by the Bayesian, the fixed-sample or a
     * sequential rule around the benchmark.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SeanEllisScoring> seanEllis() {
        Arbitrary<Double> benchmarks = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0.4)),
                Tuple.of(1, Arbitraries.doubles().between(0.2, 0.6).ofScale(2)));
        return Combinators.combine(benchmarks, Arbitraries.integers().between(0, 2))
                .as((benchmark, rule) -> {
                    SeanEllisScoring strategy = Scoring.seanEllis().withBenchmark(benchmark);
                    switch (rule) {
                        case 1:
                            return strategy.decidedBy(Scoring.fixedSample());
                        case 2:
                            return strategy.decidedBy(Scoring.sequential(benchmark - 0.1, benchmark + 0.1));
                        default:
                            return strategy;
                    }
                });
    }

    /**
     * Mean scoring: any risk up to 0.25 and any level.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MeanScoring> mean() {
        return Combinators.combine(risks(), levels())
                .as((risk, level) -> Scoring.mean().withRisk(risk).withLevel(level));
    }

    /**
     * Any built-in strategy: the five configurable ones, one for rates with one for means, and the decorators and
     * combinators of {@link Scoring} around them.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ScoringStrategy> any() {
        Arbitrary<ScoringStrategy> plain = Arbitraries.oneOf(
                bayesian().map(s -> (ScoringStrategy) s),
                sequential().map(s -> (ScoringStrategy) s),
                fixedSample().map(s -> (ScoringStrategy) s),
                seanEllis().map(s -> (ScoringStrategy) s),
                mean().map(s -> (ScoringStrategy) s));
        Arbitrary<ScoringStrategy> decorated = Combinators.combine(
                        plain,
                        plain,
                        Arbitraries.integers().between(0, 7),
                        Generators.instants(),
                        Arbitraries.of("small-practices", "clinics", "hospitals"))
                .as((first, second, how, at, segment) -> {
                    switch (how) {
                        case 1:
                            return Scoring.byMetric(first, second);
                        case 2:
                            return Scoring.weightedByStrength(first);
                        case 3:
                            return Scoring.weightedByStrength(first, StrengthWeights.of(1, 2, 3));
                        case 4:
                            return Scoring.inSegment(first, segment);
                        case 5:
                            return Scoring.observedBefore(first, at);
                        case 6:
                            return Scoring.observedAfter(first, at);
                        case 7:
                            return Scoring.anyOf(first, second);
                        default:
                            return Scoring.allOf(first, second);
                    }
                });
        return Arbitraries.frequencyOf(Tuple.of(1, plain), Tuple.of(1, decorated));
    }
}
