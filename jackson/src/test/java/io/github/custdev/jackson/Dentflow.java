package io.github.custdev.jackson;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotDecision;
import io.github.custdev.PivotType;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A small, fixed venture history with every kind of event and evidence: the fixture the golden files pin. */
final class Dentflow {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final HypothesisId SOLO = HypothesisId.of("segment.solo-dentists");
    static final HypothesisId GROUPS = HypothesisId.of("segment.group-practices");
    static final HypothesisId PRICE = HypothesisId.of("revenue.price-per-month");
    static final HypothesisId FIT = HypothesisId.of("fit.sean-ellis");

    private final List<VentureEvent> events = new ArrayList<>();
    private Venture venture;
    private Instant now = T0;

    private Dentflow() {
        VentureEvent.Founded founded =
                VentureEvent.Founded.of("Dentflow", Runway.money(new BigDecimal("30000.00"), "USD"), 1, T0);
        events.add(founded);
        venture = Venture.found(founded);
    }

    private Instant later() {
        now = now.plus(Duration.ofHours(1));
        return now;
    }

    private void apply(VentureEvent event) {
        venture = venture.applyAllOrThrow(List.of(event));
        events.add(event);
    }

    /** The history: founded, three hypotheses stated, three experiments with all five kinds of evidence, a hire, an
     * audience chosen, a gate's Pivot with its trace, the pivot, and the closing. */
    static List<VentureEvent> history() {
        Dentflow d = new Dentflow();
        d.apply(VentureEvent.HypothesisStated.of(
                Hypothesis.builder()
                        .id(SOLO)
                        .statement("Solo dentists choose and buy their own scheduling software")
                        .area(BusinessModelArea.CUSTOMER_SEGMENT)
                        .phase(Phase.CUSTOMER_DISCOVERY)
                        .criterion(SuccessCriterion.proportionAtLeast(0.6, 5))
                        .importance(2.0)
                        .prior(BetaPrior.jeffreys())
                        .build(),
                d.later()));
        d.apply(VentureEvent.HypothesisStated.of(
                Hypothesis.of(
                        PRICE,
                        "Practices pay at least $99 a month",
                        BusinessModelArea.REVENUE,
                        Phase.CUSTOMER_DISCOVERY,
                        SuccessCriterion.meanAtLeast(99, "USD/month", 2)),
                d.later()));
        d.apply(VentureEvent.HypothesisStated.of(
                Hypothesis.of(
                        FIT,
                        "At least 40% of users would be very disappointed without Dentflow",
                        BusinessModelArea.VALUE_PROPOSITION,
                        Phase.CUSTOMER_DISCOVERY,
                        SuccessCriterion.veryDisappointedAtLeast(0.4, 10)),
                d.later()));
        Instant seen = d.later();
        d.apply(VentureEvent.EvidenceRecorded.of(
                Vector.of(
                        Statement.refutes(SOLO, Source.of("dr-abe", "solo"), seen)
                                .withQuote("My practice group picks the software"),
                        Statement.neutral(SOLO, Source.of("dr-ito", "solo"), seen),
                        Behaviour.of(SOLO, Source.of("landing-page"), seen, 1, 40),
                        Commitment.declined(SOLO, Source.of("dr-kim"), seen, Commitment.Kind.MONEY)
                                .withAmount(new BigDecimal("99.00"), "USD")),
                new BigDecimal("150.50"),
                d.later()));
        seen = d.later();
        d.apply(VentureEvent.EvidenceRecorded.of(
                Vector.of(
                        Measurement.of(PRICE, Source.of("ana"), seen, 120.5, "USD/month", Strength.PAID),
                        Measurement.of(PRICE, Source.of("ben"), seen, 130, "USD/month", Strength.SAID)),
                BigDecimal.ZERO,
                d.later()));
        seen = d.later();
        d.apply(VentureEvent.EvidenceRecorded.of(
                Vector.of(SeanEllisTally.of(FIT, Source.of("survey-1"), seen, 5, 3, 2)),
                new BigDecimal("25"),
                d.later()));
        d.apply(VentureEvent.RoleHired.of(Role.VP_SALES, d.later()));
        Audience groups = Audience.builder()
                .name("Group practices")
                .traits("4 to 10 dentists", "an office manager buys")
                .reachableSize(2000)
                .conversion(Conversion.of(0.05))
                .economics(UnitEconomics.builder()
                        .price(99)
                        .variableCost(12.5)
                        .acquisitionCost(300)
                        .retention(0.9)
                        .fixedCosts(4000)
                        .discountRate(0.01)
                        .build())
                .build();
        d.apply(VentureEvent.AudienceChosen.of(groups, "the smallest viable audience", d.later()));
        PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(SOLO, PhaseGate.DEFAULT_STRATEGY))
                .shouldMeet(GateCriterion.area(BusinessModelArea.REVENUE, PhaseGate.DEFAULT_STRATEGY), 1)
                .shouldMeet(GateCriterion.audienceViable(0.8), 1)
                .build();
        GateDecision decision = gate.evaluate(d.venture, d.later());
        d.apply(VentureEvent.GateEvaluated.of(decision));
        Hypothesis replacement = Hypothesis.of(
                GROUPS,
                "Group practices buy through an office manager, within a month",
                BusinessModelArea.CUSTOMER_SEGMENT,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.6, 10));
        PivotDecision pivot = (decision instanceof GateDecision.Pivot gatePivot
                        ? PivotDecision.following(gatePivot, PivotType.CUSTOMER_SEGMENT, d.later())
                        : PivotDecision.builder(PivotType.CUSTOMER_SEGMENT, d.later())
                                .returnTo(Phase.CUSTOMER_DISCOVERY))
                .replace(SOLO, replacement)
                .build();
        d.apply(VentureEvent.Pivoted.of(pivot));
        d.apply(VentureEvent.Closed.of("sold to a practice-software vendor", d.later()));
        return List.copyOf(d.events);
    }

    /** A Proceed is needed before a venture advances: the advance is pinned on its own. */
    static VentureEvent.PhaseAdvanced advanced() {
        return VentureEvent.PhaseAdvanced.of(T0);
    }

    static CustDevModule module() {
        return CustDevModule.builder().strategy(PhaseGate.DEFAULT_STRATEGY).build();
    }
}
