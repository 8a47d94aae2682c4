package io.github.custdev.examples;

import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.testkit.SpentBudgetPolicyContract;

/** The team's own gate policy keeps every rule of a spent-budget policy: one method plugs it into the contract. */
class CautiousPolicyContractTests implements SpentBudgetPolicyContract {
    @Override
    public SpentBudgetPolicy policy() {
        return new CautiousPolicy(0.9, 20);
    }
}
