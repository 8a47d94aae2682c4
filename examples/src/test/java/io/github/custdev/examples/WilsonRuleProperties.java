package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.scoring.Verdict;
import io.github.custdev.testkit.CustDevArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The team's strategy finds the truth: on evidence drawn from a known true rate well above (below) the threshold it
 * decides for (against) the hypothesis. With 300 trials the Wilson interval is about ±0.05 wide, so a true rate of
 * 0.7 or 0.2 against a threshold of 0.4 is decided correctly except with a vanishing probability (the observed share
 * would have to stray more than 5 standard errors).
 */
class WilsonRuleProperties {
    private static final Hypothesis FIT = Hypothesis.of(
            HypothesisId.of("pmf.ellis"),
            "At least 40% of active users would be very disappointed without the product",
            BusinessModelArea.VALUE_PROPOSITION,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.proportionAtLeast(0.40, 40));

    private final WilsonRule rule = new WilsonRule();

    @Property(tries = 20)
    void supportsAStrongSignal(@ForAll("strongSignal") EvidenceLog log) {
        assertEquals(Verdict.SUPPORTED, rule.assess(FIT, log).verdict());
    }

    @Property(tries = 20)
    void refutesAWeakSignal(@ForAll("weakSignal") EvidenceLog log) {
        assertEquals(Verdict.REFUTED, rule.assess(FIT, log).verdict());
    }

    @Provide
    Arbitrary<EvidenceLog> strongSignal() {
        return CustDevArbitraries.evidenceFor(FIT)
                .withTrueRate(0.7)
                .withTrials(1, 1)
                .logs()
                .ofSize(300, 300);
    }

    @Provide
    Arbitrary<EvidenceLog> weakSignal() {
        return CustDevArbitraries.evidenceFor(FIT)
                .withTrueRate(0.2)
                .withTrials(1, 1)
                .logs()
                .ofSize(300, 300);
    }
}
