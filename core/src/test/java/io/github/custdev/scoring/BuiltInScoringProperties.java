package io.github.custdev.scoring;

import io.github.custdev.BetaPrior;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.StrengthWeights;
import java.time.Instant;
import net.jqwik.api.Group;

/**
 * The laws of {@link ScoringLaws} (and, for the strategies that read only the counts, of {@link MonotoneLaws}) on
 * every built-in strategy, its variants, decorators and combinations.
 */
class BuiltInScoringProperties {
    private static final Instant MIDDLE = ScoringCase.START.plusSeconds(500_000);

    @Group
    class Bayesian implements ScoringLaws, MonotoneLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.bayesian();
        }
    }

    @Group
    class BayesianWithJeffreysPriorAndExpectedLoss implements ScoringLaws, MonotoneLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.bayesian()
                    .withDefaultPrior(BetaPrior.jeffreys())
                    .withExpectedLoss(0.0025)
                    .withRisk(0.1)
                    .withLevel(0.8);
        }
    }

    @Group
    class FixedSample implements ScoringLaws, MonotoneLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.fixedSample();
        }
    }

    @Group
    class FixedSampleAt90 implements ScoringLaws, MonotoneLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.fixedSample().withLevel(0.9);
        }
    }

    @Group
    class Sequential implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.sequential(0.2, 0.4);
        }
    }

    @Group
    class SequentialWithUnequalErrors implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.sequential(0.3, 0.5).withErrorRates(0.1, 0.2).withLevel(0.9);
        }
    }

    @Group
    class SeanEllis implements ScoringLaws, MonotoneLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.seanEllis();
        }
    }

    @Group
    class SeanEllisAtHalfByFixedSample implements ScoringLaws, MonotoneLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.seanEllis().withBenchmark(0.5).decidedBy(Scoring.fixedSample());
        }
    }

    @Group
    class SeanEllisBySequentialTest implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.seanEllis().decidedBy(Scoring.sequential(0.3, 0.5));
        }
    }

    @Group
    class SeanEllisByCustomRule implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            ScoringStrategy onlyTallies = (hypothesis, log) -> {
                if (log.evidence(hypothesis.id()).exists(e -> !(e instanceof SeanEllisTally))) {
                    throw new AssertionError("the custom rule was given more than the survey answers");
                }
                return Scoring.bayesian().assess(hypothesis, log);
            };
            return Scoring.seanEllis().decidedBy(onlyTallies);
        }
    }

    @Group
    class Mean implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.mean();
        }
    }

    @Group
    class MeanWithOtherRisk implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.mean().withRisk(0.2).withLevel(0.5);
        }
    }

    @Group
    class WeightedBayesian implements ScoringLaws, MonotoneLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.weightedByStrength(Scoring.bayesian());
        }
    }

    @Group
    class WeightedMean implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.weightedByStrength(Scoring.mean(), StrengthWeights.of(0.5, 1.0, 3.0));
        }
    }

    @Group
    class FixedSampleInOneSegment implements ScoringLaws, MonotoneLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.inSegment(Scoring.fixedSample(), "dentists");
        }
    }

    @Group
    class BayesianBeforeAnInstant implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.observedBefore(Scoring.bayesian(), MIDDLE);
        }
    }

    @Group
    class SequentialAfterAnInstant implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.observedAfter(Scoring.sequential(0.2, 0.4), MIDDLE);
        }
    }

    @Group
    class AllOf implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.allOf(Scoring.bayesian(), Scoring.fixedSample(), Scoring.mean());
        }
    }

    @Group
    class AnyOf implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.anyOf(Scoring.sequential(0.2, 0.4), Scoring.bayesian(), Scoring.mean());
        }
    }

    @Group
    class ByMetric implements ScoringLaws {
        @Override
        public ScoringStrategy subject() {
            return Scoring.byMetric(Scoring.bayesian(), Scoring.mean());
        }
    }
}
