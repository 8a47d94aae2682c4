package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.CriterionResult;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateDecision;
import io.github.custdev.PhaseGate;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.scoring.Verdict;
import io.github.custdev.testkit.CustDevArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the team's own dashboard and gate policy, checked on ventures that custdev-testkit generates. */
class VentureDashboardProperties {
    private static final CautiousPolicy OUR_POLICY = new CautiousPolicy(0.9, 20);

    @Property(tries = 50)
    void theDecisionsAddUpToTheVenturesDecisions(@ForAll Venture venture) {
        int counted = VentureDashboard.of(venture).decisions().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertEquals(venture.decisions().size(), counted);
    }

    @Property(tries = 50)
    void aReplayedHistoryShowsTheSameDashboard(@ForAll Venture venture) {
        assertEquals(
                VentureDashboard.of(venture),
                VentureDashboard.of(Venture.replay(venture.history()).get()));
    }

    @Property(tries = 30)
    void theDashboardFollowsEveryStepOfAJourney(@ForAll("journeys") List<VentureEvent> events) {
        Venture venture = Venture.found((VentureEvent.Founded) events.get(0));
        long experiments = 0;
        for (VentureEvent event : events.subList(1, events.size())) {
            venture = venture.applyOrThrow(event);
            VentureDashboard dashboard = VentureDashboard.of(venture);
            assertTrue(dashboard.experiments() >= experiments, "experiments never go down");
            experiments = dashboard.experiments();
            assertTrue(dashboard.render().contains(venture.phase().name()));
        }
    }

    @Provide
    Arbitrary<List<VentureEvent>> journeys() {
        return CustDevArbitraries.eventSequences().ofLength(10, 50);
    }

    @Property(tries = 50)
    void prematureScalingIsAlwaysWarnedOf(@ForAll("scalingTooEarly") Venture venture) {
        assertTrue(VentureDashboard.of(venture).warnings().stream().anyMatch(w -> w.startsWith("premature scaling")));
    }

    @Provide
    Arbitrary<Venture> scalingTooEarly() {
        return CustDevArbitraries.eventSequences().withPrematureScaling().ventures();
    }

    @Property(tries = 50)
    void aDisciplinedVentureIsNeverWarnedOfPrematureScaling(@ForAll("disciplined") Venture venture) {
        assertFalse(VentureDashboard.of(venture).warnings().stream().anyMatch(w -> w.startsWith("premature scaling")));
    }

    @Provide
    Arbitrary<Venture> disciplined() {
        return CustDevArbitraries.eventSequences().withoutPrematureScaling().ventures();
    }

    /**
     * Journeys judged by the default gates, with a budget of five experiments and the team's own policy: no recorded
     * decision perseveres on a spent budget, and a criterion with nothing to judge is never given the benefit of the
     * doubt.
     */
    @Property(tries = 50)
    void withOurPolicyASpentBudgetAlwaysEndsInADecision(@ForAll("judgedByOurPolicy") Venture venture) {
        for (GateDecision decision : venture.decisions()) {
            assertFalse(decision instanceof GateDecision.Persevere
                    && decision.trace().isBudgetSpent());
            for (CriterionResult result : decision.trace().results()) {
                if (result.isResolvedByPolicy() && result.isMissing()) {
                    assertEquals(Verdict.REFUTED, result.verdict());
                }
            }
        }
        if (!venture.decisions().isEmpty()) {
            assertFalse(VentureDashboard.of(venture).nextStep().isBlank());
        }
    }

    @Provide
    Arbitrary<Venture> judgedByOurPolicy() {
        return CustDevArbitraries.eventSequences()
                .judgedBy(phase -> PhaseGate.defaultFor(phase)
                        .withBudget(EvidenceBudget.experiments(5))
                        .withWhenBudgetSpent(OUR_POLICY))
                .ventures();
    }
}
