package io.github.custdev.examples;

import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.testkit.ScoringStrategyContract;

/** The team's own strategy keeps every rule of a scoring strategy: one method plugs it into the contract. */
class WilsonRuleContractTests implements ScoringStrategyContract {
    @Override
    public ScoringStrategy strategy() {
        return new WilsonRule();
    }
}
