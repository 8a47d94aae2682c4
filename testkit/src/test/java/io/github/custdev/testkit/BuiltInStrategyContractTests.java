package io.github.custdev.testkit;

import io.github.custdev.BetaPrior;
import io.github.custdev.PhaseGate;
import io.github.custdev.StrengthWeights;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.testkit.internal.Generators;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Group;

/**
 * Every built-in strategy, in its common configurations, keeps the contract every strategy must keep: the test kit's
 * {@link ScoringStrategyContract} is the same one a team runs on its own. One group per strategy.
 */
class BuiltInStrategyContractTests {
    /** The middle of the generated observation times: half the evidence falls before, half after. */
    private static final Instant MIDDLE = Generators.START.plus(Duration.ofDays(548));

    /** The Bayesian default: uniform prior, probability rule, risk 0.05. */
    @Group
    class Bayesian implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.bayesian();
        }

        @Override
        public List<ScoringStrategy> comparedForEquality() {
            return List.of(
                    Scoring.bayesian(),
                    Scoring.bayesian().withRisk(0.2),
                    Scoring.bayesian().withDefaultPrior(BetaPrior.jeffreys()),
                    Scoring.bayesian().withExpectedLoss(0.0025));
        }
    }

    /** Bayesian with Jeffreys' prior. */
    @Group
    class BayesianJeffreys implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.bayesian().withDefaultPrior(BetaPrior.jeffreys());
        }
    }

    /** Bayesian deciding by expected loss, at GrowthBook's threshold. */
    @Group
    class BayesianExpectedLoss implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.bayesian().withExpectedLoss(0.0025);
        }
    }

    /** Wald's sequential test of 0.2 against 0.4: not exchangeable, so the order properties are skipped. */
    @Group
    class Sequential implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.sequential(0.2, 0.4);
        }

        @Override
        public List<ScoringStrategy> comparedForEquality() {
            return List.of(Scoring.sequential(0.2, 0.4), Scoring.sequential(0.2, 0.5), Scoring.sequential(0.3, 0.4));
        }
    }

    /** The fixed-sample Wilson rule at 95%. */
    @Group
    class FixedSample implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.fixedSample();
        }
    }

    /** The Sean Ellis signal, decided by the Bayesian rule. */
    @Group
    class SeanEllis implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.seanEllis();
        }
    }

    /** The Sean Ellis signal, decided by a sequential test around the benchmark. */
    @Group
    class SeanEllisSequential implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.seanEllis().decidedBy(Scoring.sequential(0.3, 0.5));
        }
    }

    /** Student's t on measurements. */
    @Group
    class Mean implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.mean();
        }
    }

    /** The default gates' strategy: Bayesian for rates and counts, Student's t for means. */
    @Group
    class ByMetric implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return PhaseGate.DEFAULT_STRATEGY;
        }
    }

    /** Weighted by strength with the standard (1, 4, 16). */
    @Group
    class WeightedByStrength implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.weightedByStrength(Scoring.bayesian());
        }
    }

    /** Weighted by strength with weights that ignore what customers say. */
    @Group
    class WeightedIgnoringWords implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.weightedByStrength(Scoring.fixedSample(), StrengthWeights.of(0, 1, 2));
        }
    }

    /** Only the evidence of one segment. */
    @Group
    class InSegment implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.inSegment(Scoring.bayesian(), "clinics");
        }

        @Override
        public List<ScoringStrategy> comparedForEquality() {
            return List.of(
                    Scoring.inSegment(Scoring.bayesian(), "clinics"),
                    Scoring.inSegment(Scoring.bayesian(), "hospitals"),
                    Scoring.inSegment(Scoring.fixedSample(), "clinics"));
        }
    }

    /** Only the evidence observed before a moment. */
    @Group
    class ObservedBefore implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.observedBefore(PhaseGate.DEFAULT_STRATEGY, MIDDLE);
        }
    }

    /** Only the evidence observed after a moment. */
    @Group
    class ObservedAfter implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.observedAfter(Scoring.fixedSample(), MIDDLE);
        }
    }

    /** Supported only when both the Bayesian and the fixed-sample rule support. */
    @Group
    class AllOf implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.allOf(Scoring.bayesian(), Scoring.fixedSample());
        }
    }

    /** Supported when either the Bayesian or the sequential rule supports; not exchangeable, as its member isn't. */
    @Group
    class AnyOf implements ScoringStrategyContract {
        @Override
        public ScoringStrategy strategy() {
            return Scoring.anyOf(Scoring.bayesian(), Scoring.sequential(0.3, 0.5));
        }
    }
}
