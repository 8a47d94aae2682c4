package io.github.custdev.testkit;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import org.jspecify.annotations.Nullable;

/**
 * A user's strategy with configuration, as the equality properties of {@link ScoringStrategyContract} see it: the
 * Bayesian rule at a chosen risk, equal by its risk ({@link #ofRisk}), or, deliberately broken, equal to every other
 * such rule whatever its risk ({@link #blindToRisk}), or equal only to itself ({@link #withoutEquals}, a class that
 * does not implement {@code equals}).
 */
final class RiskRule implements ScoringStrategy {
    private enum Equality {
        BY_RISK,
        BLIND_TO_RISK,
        IDENTITY
    }

    private final double risk;
    private final Equality equality;
    private final ScoringStrategy delegate;

    private RiskRule(double risk, Equality equality) {
        this.risk = risk;
        this.equality = equality;
        this.delegate = Scoring.bayesian().withRisk(risk);
    }

    static RiskRule ofRisk(double risk) {
        return new RiskRule(risk, Equality.BY_RISK);
    }

    static RiskRule blindToRisk(double risk) {
        return new RiskRule(risk, Equality.BLIND_TO_RISK);
    }

    static RiskRule withoutEquals(double risk) {
        return new RiskRule(risk, Equality.IDENTITY);
    }

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        return delegate.assess(hypothesis, log);
    }

    @Override
    public boolean isExchangeable() {
        return delegate.isExchangeable();
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof RiskRule that) || that.equality != equality) {
            return false;
        }
        switch (equality) {
            case BY_RISK:
                return Double.compare(risk, that.risk) == 0;
            case BLIND_TO_RISK:
                return true;
            case IDENTITY:
            default:
                return this == that;
        }
    }

    @Override
    public int hashCode() {
        return equality == Equality.BY_RISK
                ? Double.hashCode(risk)
                : equality == Equality.BLIND_TO_RISK ? 17 : System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "RiskRule[risk=" + risk + "]";
    }
}
