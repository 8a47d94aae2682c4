package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.audience;
import static io.github.custdev.Fixtures.chosen;
import static io.github.custdev.Fixtures.day;
import static io.github.custdev.Fixtures.founded;
import static io.github.custdev.Fixtures.hypothesis;
import static io.github.custdev.Fixtures.id;
import static io.github.custdev.Fixtures.interviews;
import static io.github.custdev.Fixtures.must;
import static io.github.custdev.Fixtures.rejection;
import static io.github.custdev.Fixtures.said;
import static io.github.custdev.Fixtures.stated;
import static io.github.custdev.Fixtures.venture;
import static io.github.custdev.Fixtures.yes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Rejection.Rule;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.scoring.Assessment;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VentureTests {
    private static final Hypothesis SEGMENT =
            hypothesis("segment.solo", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis PROBLEM =
            hypothesis("problem.no-shows", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis VALUE =
            hypothesis("value.reminders", BusinessModelArea.VALUE_PROPOSITION, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis GROUPS =
            hypothesis("segment.groups", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);

    private static Venture stated3() {
        return venture(100, 2, stated(SEGMENT, T0), stated(PROBLEM, T0), stated(VALUE, T0));
    }

    /** The Discovery gate with the counting strategy and only must-meet criteria. */
    private static PhaseGate discovery() {
        return PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.area(BusinessModelArea.CUSTOMER_SEGMENT, COUNTING))
                .mustMeet(GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING))
                .mustMeet(GateCriterion.area(BusinessModelArea.VALUE_PROPOSITION, COUNTING))
                .build();
    }

    /** The three Discovery hypotheses, each supported by three interviews on day 1: Discovery's gate proceeds. */
    private static Venture allThreeSupported() {
        Venture venture = withEvidence(stated3(), SEGMENT, true, 3, day(1));
        venture = withEvidence(venture, PROBLEM, true, 3, day(1).plusSeconds(3600));
        return withEvidence(venture, VALUE, true, 3, day(1).plusSeconds(7200));
    }

    private static Venture withEvidence(Venture venture, Hypothesis h, boolean supports, int n, Instant at) {
        return must(venture.applyAll(interviews(h.id(), supports, n, at)));
    }

    @Test
    void aFoundedVentureStartsInDiscoveryWithItsRunwayAndTheFoundingAsHistory() {
        Venture venture = Venture.found(founded(50, 3));
        assertEquals("Dentflow", venture.name());
        assertEquals(Phase.CUSTOMER_DISCOVERY, venture.phase());
        assertEquals(Mode.SEARCH, venture.mode());
        assertEquals(Runway.experiments(50), venture.runway());
        assertEquals(3, venture.pivotLimit());
        assertEquals(3, venture.pivotsLeft());
        assertEquals(0, venture.pivotsUsed());
        assertEquals(List.of(founded(50, 3)), venture.history());
        assertEquals(T0, venture.foundedAt());
        assertEquals(T0, venture.lastEventAt());
        assertEquals(T0, venture.phaseStartedAt());
        assertTrue(venture.activeHypotheses().isEmpty());
        assertTrue(venture.evidence().isEmpty());
        assertFalse(venture.isClosed());
        assertTrue(venture.currentDecision().isEmpty());
    }

    @Test
    void statingAndRecordingChangeOnlyTheNewVenture() {
        Venture before = Venture.found(founded(10, 1));
        Venture after = must(before.apply(stated(SEGMENT, day(1))));
        assertTrue(before.activeHypotheses().isEmpty());
        assertEquals(List.of(SEGMENT), after.activeHypotheses());
        assertTrue(after.isActive(SEGMENT.id()));
        assertEquals(SEGMENT, after.hypothesis(SEGMENT.id()).get());

        Venture recorded = must(after.apply(said(SEGMENT.id(), true, day(2))));
        assertEquals(1, recorded.evidence().size());
        assertEquals(1, recorded.evidence().statistics(SEGMENT.id()).successes());
        assertEquals(1, recorded.phaseEvidenceCount());
        assertEquals(1, recorded.phaseExperimentCount());
        assertEquals(1, recorded.experimentCount());
        assertEquals(Runway.experiments(9), recorded.runway());
        assertEquals(day(2), recorded.lastEventAt());
        assertEquals(3, recorded.history().size());
    }

    @Test
    void oneExperimentMayRecordManyItemsAndPayItsCostInMoney() {
        Venture venture = must(
                Venture.found(VentureEvent.Founded.of("Dentflow", Runway.money(new BigDecimal("1000"), "USD"), 1, T0))
                        .apply(stated(SEGMENT, T0)));
        VentureEvent survey = VentureEvent.EvidenceRecorded.of(
                List.of(yes(SEGMENT.id(), day(1)), yes(SEGMENT.id(), day(1)), yes(SEGMENT.id(), day(1))),
                new BigDecimal("250"),
                day(1));
        Venture after = must(venture.apply(survey));
        assertEquals(3, after.evidence().size());
        assertEquals(1, after.experimentCount());
        assertEquals(Runway.money(new BigDecimal("750"), "USD"), after.runway());
    }

    // ---- every rejection rule, with the venture unchanged and the message naming the rule and the value

    private static void assertRejected(Venture venture, VentureEvent event, Rule rule, Object value) {
        Either<Rejection, Venture> result = venture.apply(event);
        Rejection rejection = rejection(result);
        assertEquals(rule, rejection.rule());
        assertSame(event, rejection.event());
        assertEquals(venture.history().size(), rejection.position());
        assertEquals(value, rejection.value());
        assertTrue(rejection.message().contains(rule.description()), rejection.message());
        assertTrue(rejection.message().contains(String.valueOf(value)), rejection.message());
        assertEquals(venture, Venture.replay(venture.history()).get(), "the venture is unchanged");
    }

    @Test
    void aSecondFoundingIsRejected() {
        assertRejected(stated3(), founded(5, 5), Rule.ALREADY_FOUNDED, "Dentflow");
    }

    @Test
    void aHistoryThatDoesNotBeginWithTheFoundingIsRejectedAtIndexZero() {
        VentureEvent first = stated(SEGMENT, T0);
        Rejection rejection = rejection(Venture.replay(List.of(first, founded(1, 1))));
        assertEquals(Rule.NOT_FOUNDED, rejection.rule());
        assertEquals(0, rejection.position());
        assertEquals("HypothesisStated", rejection.value());
        assertEquals(
                "event 0 (HypothesisStated at 2026-03-02T09:00:00Z) rejected: the first event must found the"
                        + " venture: \"HypothesisStated\"",
                rejection.message());
    }

    @Test
    void anEmptyOrNullHistoryIsAnInvalidValue() {
        InvalidValueException empty = assertThrows(InvalidValueException.class, () -> Venture.replay(List.empty()));
        assertEquals("events", empty.field());
        InvalidValueException nothing = assertThrows(
                InvalidValueException.class, () -> Venture.replay(java.util.Arrays.asList(founded(1, 1), null)));
        assertEquals("events[1] is null", nothing.getMessage());
        assertThrows(InvalidValueException.class, () -> stated3().apply(null));
    }

    @Test
    void anEventAfterClosingIsRejected() {
        Venture closed = must(stated3().apply(VentureEvent.Closed.of("out of money", day(3))));
        assertTrue(closed.isClosed());
        assertEquals("out of money", closed.closing().get().reason());
        assertRejected(closed, said(SEGMENT.id(), true, day(4)), Rule.CLOSED, day(3));
        assertRejected(closed, VentureEvent.Closed.of("again", day(4)), Rule.CLOSED, day(3));
    }

    @Test
    void anEventBeforeTheLastIsRejectedAndTheSameInstantIsNot() {
        Venture venture = must(stated3().apply(said(SEGMENT.id(), true, day(5))));
        assertRejected(venture, said(SEGMENT.id(), true, day(4)), Rule.OUT_OF_ORDER, day(4));
        must(venture.apply(said(SEGMENT.id(), true, day(5))));
    }

    @Test
    void aDuplicateHypothesisIdIsRejectedWhetherActiveOrRetired() {
        Venture venture = stated3();
        Hypothesis again = hypothesis("segment.solo", BusinessModelArea.PROBLEM, Phase.CUSTOMER_VALIDATION);
        assertRejected(venture, stated(again, day(1)), Rule.DUPLICATE_HYPOTHESIS, SEGMENT.id());

        Venture pivoted =
                must(venture.apply(VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.CUSTOMER_SEGMENT, day(1))
                        .replace(SEGMENT.id(), GROUPS)
                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                        .build())));
        assertRejected(pivoted, stated(again, day(2)), Rule.DUPLICATE_HYPOTHESIS, SEGMENT.id());
    }

    @Test
    void evidenceForAnUnknownHypothesisIsRejected() {
        assertRejected(
                stated3(), said(id("nobody.said.this"), true, day(1)), Rule.UNKNOWN_HYPOTHESIS, id("nobody.said.this"));
    }

    @Test
    void evidenceForARetiredHypothesisIsRejected() {
        Venture pivoted = must(stated3()
                .apply(VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.CUSTOMER_SEGMENT, day(1))
                        .replace(SEGMENT.id(), GROUPS)
                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                        .build())));
        assertRejected(pivoted, said(SEGMENT.id(), true, day(2)), Rule.RETIRED_HYPOTHESIS, SEGMENT.id());
    }

    @Test
    void evidenceObservedAfterItIsRecordedIsRejected() {
        VentureEvent early = VentureEvent.EvidenceRecorded.of(yes(SEGMENT.id(), day(3)), day(2));
        assertRejected(stated3(), early, Rule.EVIDENCE_FROM_THE_FUTURE, day(3));
    }

    @Test
    void measurementsOfOneHypothesisInAnotherUnitAreRejected() {
        Hypothesis price = Hypothesis.of(
                id("revenue.price"),
                "pays 120 a month",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.meanAtLeast(120, "USD/month", 3));
        Venture venture = must(stated3().apply(stated(price, T0)));
        Venture priced = must(venture.apply(VentureEvent.EvidenceRecorded.of(
                Measurement.of(price.id(), Source.of("a"), day(1), 100, "USD/month", Strength.SAID), day(1))));
        VentureEvent euros = VentureEvent.EvidenceRecorded.of(
                Measurement.of(price.id(), Source.of("b"), day(2), 100, "EUR/month", Strength.SAID), day(2));
        assertRejected(priced, euros, Rule.UNIT_MISMATCH, "EUR/month");
        VentureEvent mixed = VentureEvent.EvidenceRecorded.of(
                List.of(
                        Measurement.of(price.id(), Source.of("b"), day(2), 100, "GBP/month", Strength.SAID),
                        Measurement.of(price.id(), Source.of("c"), day(2), 100, "USD/month", Strength.SAID)),
                BigDecimal.ZERO,
                day(2));
        assertRejected(venture, mixed, Rule.UNIT_MISMATCH, "USD/month");
    }

    @Test
    void evidenceOfAKindTheCriterionCannotCountIsRejected() {
        // Issue #14: a Sean Ellis tally recorded for a pricing hypothesis was counted as its successes.
        Hypothesis pricing = Hypothesis.of(
                id("pricing.monthly-49"),
                "40% of clinics start a trial at $49 a month",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.40, 20));
        Hypothesis fit = Hypothesis.of(
                id("pmf.dentists"),
                "dentists would be very disappointed without it",
                BusinessModelArea.VALUE_PROPOSITION,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.veryDisappointedAtLeast(0.40, 40));
        Hypothesis price = Hypothesis.of(
                id("price.wtp"),
                "clinics would pay $40 a month",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.meanAtLeast(40, "USD/month", 5));
        Venture venture = must(stated3().applyAll(List.of(stated(pricing, T0), stated(fit, T0), stated(price, T0))));
        Instant at = day(1);
        SeanEllisTally survey = SeanEllisTally.of(pricing.id(), Source.of("survey-1"), at, 30, 10, 5);
        VentureEvent tallied = VentureEvent.EvidenceRecorded.of(survey, at);
        Rejection rejection = rejection(venture.apply(tallied));
        assertEquals(Rule.UNUSABLE_EVIDENCE, rejection.rule());
        assertEquals(
                "event 7 (EvidenceRecorded at 2026-03-03T09:00:00Z) rejected: evidence must be of a kind its"
                        + " hypothesis's criterion counts: \"hypothesis pricing.monthly-49 is judged on a proportion of"
                        + " statements, behaviours and commitments: a SeanEllisTally cannot count\"",
                rejection.message());
        assertRejected(
                venture,
                tallied,
                Rule.UNUSABLE_EVIDENCE,
                "hypothesis pricing.monthly-49 is judged on a proportion of statements, behaviours and commitments: a"
                        + " SeanEllisTally cannot count");
        assertEquals(0, venture.evidence().statistics(pricing.id()).count(), "the caller's venture is unchanged");

        // Every other kind, for every metric: refused where the metric does not count it, recorded where it does.
        Measurement measured = Measurement.of(price.id(), Source.of("a"), at, 45, "USD/month", Strength.SAID);
        assertRejected(
                venture,
                VentureEvent.EvidenceRecorded.of(yes(price.id(), at), at),
                Rule.UNUSABLE_EVIDENCE,
                "hypothesis price.wtp is judged on a mean of measurements: a Statement cannot count");
        assertRejected(
                venture,
                VentureEvent.EvidenceRecorded.of(
                        Measurement.of(pricing.id(), Source.of("a"), at, 49, "USD/month", Strength.SAID), at),
                Rule.UNUSABLE_EVIDENCE,
                "hypothesis pricing.monthly-49 is judged on a proportion of statements, behaviours and commitments: a"
                        + " Measurement cannot count");
        assertRejected(
                venture,
                VentureEvent.EvidenceRecorded.of(
                        Commitment.made(fit.id(), Source.of("a"), at, Commitment.Kind.MONEY), at),
                Rule.UNUSABLE_EVIDENCE,
                "hypothesis pmf.dentists is judged on a very-disappointed share of Sean Ellis tallies: a Commitment"
                        + " cannot count");
        assertRejected(
                venture,
                VentureEvent.EvidenceRecorded.of(Behaviour.of(fit.id(), Source.of("a"), at, 3, 10), at),
                Rule.UNUSABLE_EVIDENCE,
                "hypothesis pmf.dentists is judged on a very-disappointed share of Sean Ellis tallies: a Behaviour"
                        + " cannot count");
        // In a batch, the unusable item refuses the whole event, whatever stands before it.
        VentureEvent batch =
                VentureEvent.EvidenceRecorded.of(List.of(yes(pricing.id(), at), measured, survey), BigDecimal.ZERO, at);
        assertRejected(
                venture,
                batch,
                Rule.UNUSABLE_EVIDENCE,
                "hypothesis pricing.monthly-49 is judged on a proportion of statements, behaviours and commitments: a"
                        + " SeanEllisTally cannot count");

        Venture recorded = must(venture.apply(VentureEvent.EvidenceRecorded.of(
                List.of(
                        yes(pricing.id(), at),
                        Behaviour.of(pricing.id(), Source.of("landing"), at, 4, 10),
                        Commitment.declined(pricing.id(), Source.of("b"), at, Commitment.Kind.MONEY),
                        SeanEllisTally.of(fit.id(), Source.of("survey-1"), at, 30, 10, 5),
                        measured),
                BigDecimal.ZERO,
                at)));
        assertEquals(3, recorded.evidence().statistics(pricing.id()).count());
        assertEquals(1, recorded.evidence().statistics(fit.id()).ellisTallies());
        assertEquals(1, recorded.evidence().statistics(price.id()).measurementCount());
    }

    @Test
    void anExperimentTheRunwayCannotPayIsRejected() {
        Venture venture = venture(1, 1, stated(SEGMENT, T0), said(SEGMENT.id(), true, day(1)));
        assertTrue(venture.runway().isExhausted());
        assertRejected(venture, said(SEGMENT.id(), true, day(2)), Rule.RUNWAY_EXHAUSTED, Runway.experiments(0));

        Venture poor = must(
                Venture.found(VentureEvent.Founded.of("Dentflow", Runway.money(new BigDecimal("100"), "USD"), 1, T0))
                        .apply(stated(SEGMENT, T0)));
        VentureEvent dear =
                VentureEvent.EvidenceRecorded.of(List.of(yes(SEGMENT.id(), day(1))), new BigDecimal("100.01"), day(1));
        assertRejected(poor, dear, Rule.RUNWAY_EXHAUSTED, Runway.money(new BigDecimal("100"), "USD"));
    }

    @Test
    void moneyOfExtremeScalesIsRefusedWhereItIsGivenAndAcceptedMoneyIsPaidOrRejected() {
        assertThrows(InvalidValueException.class, () -> Runway.money(new BigDecimal("1E+1000000000"), "USD"));
        assertThrows(
                InvalidValueException.class,
                () -> VentureEvent.EvidenceRecorded.of(
                        List.of(yes(SEGMENT.id(), day(1))), new BigDecimal("1E-1000000000"), day(1)));

        BigDecimal largest = new BigDecimal("999999999999999999.999999999999999999");
        BigDecimal wei = new BigDecimal("1E-18");
        Venture rich = must(Venture.found(VentureEvent.Founded.of("Dentflow", Runway.money(largest, "ETH"), 1, T0))
                .apply(stated(SEGMENT, T0)));
        Venture paid =
                must(rich.apply(VentureEvent.EvidenceRecorded.of(List.of(yes(SEGMENT.id(), day(1))), wei, day(1))));
        assertEquals(Runway.money(largest.subtract(wei), "ETH"), paid.runway());

        Venture poor = must(Venture.found(VentureEvent.Founded.of("Dentflow", Runway.money(wei, "ETH"), 1, T0))
                .apply(stated(SEGMENT, T0)));
        VentureEvent dear = VentureEvent.EvidenceRecorded.of(List.of(yes(SEGMENT.id(), day(1))), largest, day(1));
        assertRejected(poor, dear, Rule.RUNWAY_EXHAUSTED, Runway.money(wei, "ETH"));
        assertTrue(rejection(poor.apply(dear)).message().length() < 300);
        assertTrue(poor.toString().length() < 1000);
    }

    @Test
    void theMermaidDiagramDrawsAnAdvanceIntoTheNextPhase() {
        Venture discovery = allThreeSupported();
        GateDecision proceed = discovery().evaluate(discovery, day(2));
        Venture validation = must(discovery.applyAll(
                List.of(VentureEvent.GateEvaluated.of(proceed), VentureEvent.PhaseAdvanced.of(day(2)))));
        String diagram = validation.toMermaid();
        assertTrue(
                diagram.contains("    p2[\"Customer Validation<br/>0 hypotheses stated, 0 experiments, 0 evidence"
                        + " items\"]\n"),
                diagram);
        assertTrue(diagram.contains("    g1 -->|\"advance\"| p2\n"), diagram);
    }

    @Test
    void aGateDecisionForAnotherPhaseIsRejected() {
        Venture discovery = allThreeSupported();
        GateDecision proceed = discovery().evaluate(discovery, day(2));
        Venture validation = must(discovery.applyAll(
                List.of(VentureEvent.GateEvaluated.of(proceed), VentureEvent.PhaseAdvanced.of(day(2)))));
        assertEquals(Phase.CUSTOMER_VALIDATION, validation.phase());
        assertRejected(
                validation,
                VentureEvent.GateEvaluated.of(proceed),
                Rule.GATE_OF_ANOTHER_PHASE,
                Phase.CUSTOMER_DISCOVERY);
    }

    @Test
    void advancingWithoutAProceedForTheCurrentPhaseIsRejected() {
        Venture venture = stated3();
        assertRejected(venture, VentureEvent.PhaseAdvanced.of(day(1)), Rule.ADVANCE_WITHOUT_PROCEED, "no decision");

        GateDecision persevere = discovery().evaluate(venture, day(1));
        assertEquals(GateDecision.Kind.PERSEVERE, persevere.kind());
        Venture undecided = must(venture.apply(VentureEvent.GateEvaluated.of(persevere)));
        assertEquals(persevere, undecided.currentDecision().get());
        assertRejected(
                undecided,
                VentureEvent.PhaseAdvanced.of(day(1)),
                Rule.ADVANCE_WITHOUT_PROCEED,
                GateDecision.Kind.PERSEVERE);
    }

    @Test
    void aProceedOfAnEarlierStayDoesNotLetTheVentureAdvanceAfterAPivot() {
        Venture venture = allThreeSupported();
        venture = must(venture.apply(VentureEvent.GateEvaluated.of(discovery().evaluate(venture, day(2)))));
        Venture pivoted = must(venture.apply(VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.ZOOM_IN, day(3))
                .replace(
                        VALUE.id(),
                        hypothesis("value.one-feature", BusinessModelArea.VALUE_PROPOSITION, Phase.CUSTOMER_DISCOVERY))
                .returnTo(Phase.CUSTOMER_DISCOVERY)
                .build())));
        assertTrue(pivoted.currentDecision().isEmpty());
        assertRejected(pivoted, VentureEvent.PhaseAdvanced.of(day(4)), Rule.ADVANCE_WITHOUT_PROCEED, "no decision");
    }

    @Test
    void thereIsNoPhaseAfterCompanyBuilding() {
        Venture venture = Venture.found(founded(12, 1));
        PhaseGate[] gates = new PhaseGate[4];
        for (Phase phase : Phase.values()) {
            Hypothesis h = hypothesis("h." + phase.ordinal(), BusinessModelArea.KEY_RESOURCES, phase);
            gates[phase.ordinal()] = PhaseGate.builder(phase)
                    .mustMeet(GateCriterion.hypothesis(h.id(), COUNTING))
                    .build();
            Instant at = day(phase.ordinal() + 1);
            venture = must(venture.apply(stated(h, at)));
            venture = must(venture.applyAll(interviews(h.id(), true, 3, at)));
            GateDecision decision = gates[phase.ordinal()].evaluate(venture, at.plusSeconds(3600));
            assertEquals(GateDecision.Kind.PROCEED, decision.kind(), decision.toText());
            venture = must(venture.apply(VentureEvent.GateEvaluated.of(decision)));
            if (phase != Phase.COMPANY_BUILDING) {
                venture = must(venture.apply(VentureEvent.PhaseAdvanced.of(at.plusSeconds(3600))));
                assertEquals(phase.next().get(), venture.phase());
            }
        }
        assertEquals(Mode.EXECUTE, venture.mode());
        assertRejected(venture, VentureEvent.PhaseAdvanced.of(day(9)), Rule.NO_NEXT_PHASE, Phase.COMPANY_BUILDING);
    }

    private static PivotDecision segmentPivot(Instant at) {
        return PivotDecision.builder(PivotType.CUSTOMER_SEGMENT, at)
                .replace(SEGMENT.id(), GROUPS)
                .returnTo(Phase.CUSTOMER_DISCOVERY)
                .build();
    }

    @Test
    void pivotsBeyondTheLimitAreRejected() {
        Venture venture = venture(10, 0, stated(SEGMENT, T0));
        assertRejected(venture, VentureEvent.Pivoted.of(segmentPivot(day(1))), Rule.NO_PIVOTS_LEFT, 0);
    }

    @Test
    void aPivotForwardIsRejected() {
        PivotDecision forward = PivotDecision.builder(PivotType.CHANNEL, day(1))
                .retire(SEGMENT.id())
                .returnTo(Phase.CUSTOMER_VALIDATION)
                .build();
        assertRejected(stated3(), VentureEvent.Pivoted.of(forward), Rule.PIVOT_FORWARD, Phase.CUSTOMER_VALIDATION);
    }

    @Test
    void aPivotThatRetiresAnInactiveHypothesisIsRejected() {
        PivotDecision unknown = PivotDecision.builder(PivotType.CHANNEL, day(1))
                .retire(id("channel.none"))
                .returnTo(Phase.CUSTOMER_DISCOVERY)
                .build();
        assertRejected(stated3(), VentureEvent.Pivoted.of(unknown), Rule.RETIRE_INACTIVE, id("channel.none"));
        Venture pivoted = must(stated3().apply(VentureEvent.Pivoted.of(segmentPivot(day(1)))));
        assertRejected(pivoted, VentureEvent.Pivoted.of(segmentPivot(day(2))), Rule.RETIRE_INACTIVE, SEGMENT.id());
    }

    @Test
    void aPivotThatReusesAnIdIsRejected() {
        PivotDecision reuse = PivotDecision.builder(PivotType.CUSTOMER_SEGMENT, day(1))
                .replace(SEGMENT.id(), PROBLEM)
                .returnTo(Phase.CUSTOMER_DISCOVERY)
                .build();
        assertRejected(stated3(), VentureEvent.Pivoted.of(reuse), Rule.DUPLICATE_HYPOTHESIS, PROBLEM.id());
    }

    // ---- pivots lose nothing

    @Test
    void aPivotRetiresAndReplacesWithLineageAndKeepsEveryItemOfEvidence() {
        Venture venture = withEvidence(stated3(), SEGMENT, false, 3, day(1));
        EvidenceLog before = venture.evidence();
        Venture pivoted = must(venture.apply(VentureEvent.Pivoted.of(segmentPivot(day(2)))));

        assertEquals(before, pivoted.evidence());
        assertEquals(3, pivoted.evidence().statistics(SEGMENT.id()).failures());
        assertEquals(List.of(SEGMENT), pivoted.retiredHypotheses());
        assertEquals(SEGMENT, pivoted.hypothesis(SEGMENT.id()).get());
        assertTrue(pivoted.isRetired(SEGMENT.id()));
        assertFalse(pivoted.isActive(SEGMENT.id()));
        assertEquals(List.of(PROBLEM, VALUE, GROUPS), pivoted.activeHypotheses());
        assertEquals(SEGMENT.id(), pivoted.predecessor(GROUPS.id()).get());
        assertEquals(List.of(GROUPS.id()), pivoted.successors(SEGMENT.id()));
        assertEquals(List.of(GROUPS), pivoted.activeFor(SEGMENT.id()));
        assertEquals(List.of(PROBLEM), pivoted.activeFor(PROBLEM.id()));
        assertEquals(1, pivoted.pivotsUsed());
        assertEquals(1, pivoted.pivotsLeft());
        assertEquals(day(2), pivoted.phaseStartedAt());
        assertEquals(0, pivoted.phaseEvidenceCount());
        assertEquals(0, pivoted.phaseExperimentCount());
        assertEquals(3, pivoted.experimentCount());
    }

    @Test
    void lineageIsFollowedThroughSeveralPivots() {
        Hypothesis clinics =
                hypothesis("segment.clinics", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
        Venture twice = must(stated3()
                .applyAll(List.of(
                        VentureEvent.Pivoted.of(segmentPivot(day(1))),
                        VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.CUSTOMER_SEGMENT, day(2))
                                .replace(GROUPS.id(), clinics)
                                .returnTo(Phase.CUSTOMER_DISCOVERY)
                                .build()))));
        assertEquals(List.of(clinics), twice.activeFor(SEGMENT.id()));
        assertEquals(List.of(SEGMENT, GROUPS), twice.retiredHypotheses());
        assertTrue(twice.activeFor(id("never.stated")).isEmpty());
    }

    // ---- the audiences a venture serves

    private static final Audience SOLO = audience("solo-practices", 2_500, 0.03);
    private static final Audience GROUP = audience("group-practices", 4_000, 0.05);

    @Test
    void aVentureHoldsNoAudienceUntilItChoosesOne() {
        Venture venture = stated3();
        assertTrue(venture.audience().isEmpty());
        assertTrue(venture.audiences().isEmpty());
        Venture serving = must(venture.apply(chosen(SOLO, day(1))));
        assertEquals(Option.some(SOLO), serving.audience());
        assertEquals(List.of(chosen(SOLO, day(1))), serving.audiences());
        assertTrue(venture.audience().isEmpty(), "the earlier venture is unchanged");
        assertEquals(day(1), serving.lastEventAt());
    }

    @Test
    void movingToASecondAudienceKeepsTheFirstInTheHistory() {
        VentureEvent.AudienceChosen first =
                VentureEvent.AudienceChosen.of(SOLO, "the founders know solo dentists", day(1));
        VentureEvent.AudienceChosen second =
                VentureEvent.AudienceChosen.of(GROUP, "group practices convert better and pay the same", day(9));
        Venture venture = must(stated3().applyAll(List.of(first, said(SEGMENT.id(), true, day(2)), second)));
        assertEquals(Option.some(GROUP), venture.audience());
        assertEquals(List.of(first, second), venture.audiences());
        assertEquals(
                Option.some("the founders know solo dentists"),
                venture.audiences().head().reason());
        // Going back to the earlier audience is a choice like any other.
        Venture back = must(venture.apply(chosen(SOLO, day(10))));
        assertEquals(Option.some(SOLO), back.audience());
        assertEquals(3, back.audiences().size());
    }

    @Test
    void theSameSegmentWithRevisedFiguresIsANewChoice() {
        Venture venture = must(stated3().apply(chosen(GROUP, day(1))));
        Audience revised = GROUP.withConversion(Conversion.of(0.04));
        Venture after = must(venture.apply(chosen(revised, day(2))));
        assertEquals(Option.some(revised), after.audience());
        assertEquals(2, after.audiences().size());
    }

    @Test
    void choosingTheCurrentAudienceAgainIsRejected() {
        Venture venture = must(stated3().apply(chosen(GROUP, day(1))));
        assertRejected(venture, chosen(GROUP, day(2)), Rule.AUDIENCE_UNCHANGED, "group-practices");
        assertRejected(
                venture,
                VentureEvent.AudienceChosen.of(audience("group-practices", 4_000, 0.05), "again", day(2)),
                Rule.AUDIENCE_UNCHANGED,
                "group-practices");
    }

    @Test
    void anAudienceChosenAfterClosingOrOutOfOrderIsRejected() {
        Venture venture = must(stated3().apply(said(SEGMENT.id(), true, day(5))));
        assertRejected(venture, chosen(GROUP, day(4)), Rule.OUT_OF_ORDER, day(4));
        must(venture.apply(chosen(GROUP, day(5))));
        Venture closed = must(venture.apply(VentureEvent.Closed.of("sold", day(6))));
        assertRejected(closed, chosen(GROUP, day(7)), Rule.CLOSED, day(6));
    }

    @Test
    void aConversionFromTheAssessmentOfAHypothesisTheVentureNeverStatedIsRejected() {
        Venture venture = withEvidence(stated3(), SEGMENT, true, 3, day(1));
        Assessment ofSegment = COUNTING.assess(SEGMENT, venture.evidence());
        Audience measured = Audience.of("measured", 4_000, Conversion.from(ofSegment), Fixtures.ECONOMICS);
        assertEquals(
                Option.some(measured),
                must(venture.apply(chosen(measured, day(2)))).audience());

        Assessment elsewhere = PhaseGateTests.assessment(
                hypothesis("conversion.elsewhere", BusinessModelArea.REVENUE, Phase.CUSTOMER_VALIDATION),
                io.github.custdev.scoring.Verdict.SUPPORTED,
                0.9,
                40);
        Audience borrowed = Audience.of("borrowed", 4_000, Conversion.from(elsewhere), Fixtures.ECONOMICS);
        assertRejected(venture, chosen(borrowed, day(2)), Rule.UNKNOWN_CONVERSION_SOURCE, id("conversion.elsewhere"));

        // A retired hypothesis's evidence stays the venture's own: its assessment may carry a conversion.
        Venture pivoted = must(venture.apply(VentureEvent.Pivoted.of(segmentPivot(day(3)))));
        assertTrue(pivoted.isRetired(SEGMENT.id()));
        must(pivoted.apply(chosen(measured, day(4))));
    }

    @Test
    void aPivotKeepsTheAudienceAndReplayRebuildsTheAudiences() {
        Venture venture = must(stated3()
                .applyAll(List.of(
                        chosen(SOLO, day(1)), VentureEvent.Pivoted.of(segmentPivot(day(2))), chosen(GROUP, day(3)))));
        assertEquals(Option.some(GROUP), venture.audience());
        Venture replayed = Venture.replay(venture.history()).get();
        assertEquals(venture, replayed);
        assertEquals(venture.audiences(), replayed.audiences());
        Venture beforeSecond = Venture.replay(venture.history().dropRight(1)).get();
        assertEquals(Option.some(SOLO), beforeSecond.audience(), "a pivot does not change the audience");
        assertFalse(beforeSecond.equals(venture));
        assertTrue(venture.toString().endsWith(", audience 'group-practices']"), venture.toString());
    }

    // ---- searching is not executing

    @Test
    void hiringAnExecutorWhileSearchingIsRecordedAndFlagged() {
        Venture venture = must(stated3()
                .applyAll(List.of(
                        VentureEvent.RoleHired.of(Role.ENGINEER, day(1)),
                        VentureEvent.RoleHired.of(Role.VP_SALES, day(2)))));
        assertEquals(List.of(Role.ENGINEER, Role.VP_SALES), venture.team());
        assertTrue(venture.isScalingPrematurely());
        assertEquals(
                List.of(PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_DISCOVERY, day(2))),
                venture.prematureScaling());

        GateDecision later = discovery().evaluate(venture, day(3));
        assertTrue(later.trace().isScalingPrematurely());
        assertTrue(
                later.toText()
                        .contains("PREMATURE SCALING: VP of Sales hired at 2026-03-04T09:00:00Z during"
                                + " CUSTOMER_DISCOVERY"),
                later.toText());
    }

    @Test
    void hiringBuildersWhileSearchingIsNotPrematureScaling() {
        Venture venture = must(stated3().apply(VentureEvent.RoleHired.of(Role.CUSTOMER_DEVELOPMENT, day(1))));
        assertFalse(venture.isScalingPrematurely());
        assertFalse(discovery().evaluate(venture, day(2)).trace().isScalingPrematurely());
    }

    // ---- history, replay, equality

    @Test
    void replayingTheHistoryGivesAnEqualVentureAndAPrefixTheEarlierVenture() {
        Venture early = withEvidence(stated3(), SEGMENT, true, 2, day(1));
        Venture late = must(early.applyAll(List.of(
                VentureEvent.RoleHired.of(Role.VP_SALES, day(2)),
                VentureEvent.Pivoted.of(segmentPivot(day(3))),
                said(GROUPS.id(), true, day(4)))));
        assertEquals(late, Venture.replay(late.history()).get());
        assertEquals(late.hashCode(), Venture.replay(late.history()).get().hashCode());
        Seq<VentureEvent> prefix = late.history().take(early.history().size());
        assertEquals(early, Venture.replay(prefix).get());
        assertFalse(early.equals(late));
    }

    @Test
    void applyAllIsAllOrNothingAndNamesTheFirstRejectedPosition() {
        Venture venture = stated3();
        Either<Rejection, Venture> result = venture.applyAll(List.of(
                said(SEGMENT.id(), true, day(1)), said(id("ghost"), true, day(2)), said(SEGMENT.id(), true, day(3))));
        Rejection rejection = rejection(result);
        assertEquals(Rule.UNKNOWN_HYPOTHESIS, rejection.rule());
        assertEquals(venture.history().size() + 1, rejection.position());
        assertEquals(0, venture.evidence().size());
    }

    @Test
    void applyOrThrowReturnsWhatApplyReturnsAndThrowsTheRejectionWithItsMessage() {
        Venture venture = stated3();
        VentureEvent fits = said(SEGMENT.id(), true, day(1));
        assertEquals(venture.apply(fits).get(), venture.applyOrThrow(fits));

        VentureEvent ghost = said(id("ghost"), true, day(1));
        RejectedEventException thrown = assertThrows(RejectedEventException.class, () -> venture.applyOrThrow(ghost));
        Rejection expected = rejection(venture.apply(ghost));
        assertEquals(expected, thrown.rejection());
        assertEquals(
                "event 4 (EvidenceRecorded at 2026-03-03T09:00:00Z) rejected: evidence must be for a stated"
                        + " hypothesis: ghost",
                thrown.getMessage());
        assertTrue(thrown instanceof CustDevException);
        assertEquals(0, venture.evidence().size());
        Expect.isNull("event", () -> venture.applyOrThrow(null));
    }

    @Test
    void applyAllOrThrowIsAllOrNothingAndThrowsTheFirstRejection() {
        Venture venture = stated3();
        Seq<VentureEvent> events = List.of(said(SEGMENT.id(), true, day(1)), said(PROBLEM.id(), true, day(2)));
        assertEquals(venture.applyAll(events).get(), venture.applyAllOrThrow(events));

        Seq<VentureEvent> bad = List.of(
                said(SEGMENT.id(), true, day(1)), said(id("ghost"), true, day(2)), said(SEGMENT.id(), true, day(3)));
        RejectedEventException thrown = assertThrows(RejectedEventException.class, () -> venture.applyAllOrThrow(bad));
        assertEquals(Rule.UNKNOWN_HYPOTHESIS, thrown.rejection().rule());
        assertEquals(venture.history().size() + 1, thrown.rejection().position());
        assertEquals(thrown.rejection().message(), thrown.getMessage());
        Expect.isNull("events", () -> venture.applyAllOrThrow(null));
    }

    @Test
    void aRejectedEventExceptionNeedsItsRejection() {
        Expect.isNull("rejection", () -> new RejectedEventException(null));
    }

    @Test
    void replayReportsTheIndexOfTheRejectedEvent() {
        Seq<VentureEvent> events = List.of(
                founded(5, 1),
                stated(SEGMENT, day(1)),
                said(SEGMENT.id(), true, day(2)),
                said(SEGMENT.id(), true, day(1)));
        Rejection rejection = rejection(Venture.replay(events));
        assertEquals(3, rejection.position());
        assertEquals(Rule.OUT_OF_ORDER, rejection.rule());
        assertTrue(
                rejection.message().startsWith("event 3 (EvidenceRecorded at 2026-03-03T09:00:00Z) rejected"),
                rejection.message());
    }

    @Test
    void toStringSummarisesTheVenture() {
        assertEquals(
                "Venture[Dentflow, CUSTOMER_DISCOVERY, 3 active and 0 retired hypotheses, 0 evidence items, 0 of 2"
                        + " pivots, runway 100 experiments]",
                stated3().toString());
    }

    // ---- the journey as a diagram

    @Test
    void theMermaidDiagramDrawsPhasesGatesPivotsHiresAudiencesAndTheClosing() {
        Venture venture = withEvidence(stated3(), SEGMENT, false, 3, day(1));
        venture = must(venture.apply(VentureEvent.RoleHired.of(Role.VP_SALES, day(2))));
        GateDecision pivot = discovery().evaluate(venture, day(2));
        assertEquals(GateDecision.Kind.PIVOT, pivot.kind());
        venture = must(venture.applyAll(List.of(
                chosen(SOLO, day(2)),
                VentureEvent.GateEvaluated.of(pivot),
                VentureEvent.Pivoted.of(segmentPivot(day(3))),
                chosen(GROUP, day(3)),
                VentureEvent.Closed.of("acqui-hired \"early\"", day(4)))));
        String diagram = venture.toMermaid();
        assertEquals(
                "flowchart LR\n"
                        + "    start([\"Dentflow<br/>founded 2026-03-02\"])\n"
                        + "    p1[\"Customer Discovery<br/>3 hypotheses stated, 3 experiments, 3 evidence items\"]\n"
                        + "    h1[/\"VP of Sales hired 2026-03-04<br/>premature scaling\"/]:::premature\n"
                        + "    a1{{\"audience: solo-practices<br/>chosen 2026-03-04\"}}:::audience\n"
                        + "    g1{\"PIVOT<br/>2026-03-04\"}:::pivot\n"
                        + "    p2[\"Customer Discovery #2<br/>1 hypothesis stated, 0 experiments, 0 evidence items\"]\n"
                        + "    a2{{\"audience #2: group-practices<br/>chosen 2026-03-05\"}}:::audience\n"
                        + "    closed([\"closed 2026-03-06<br/>acqui-hired #quot;early#quot;\"])\n"
                        + "    start --> p1\n"
                        + "    p1 -.- h1\n"
                        + "    p1 -.- a1\n"
                        + "    p1 --> g1\n"
                        + "    g1 -->|\"customer segment pivot\"| p2\n"
                        + "    p2 -.- a2\n"
                        + "    p2 --> closed\n"
                        + "    classDef proceed fill:#d4f4dd,stroke:#2e7d32\n"
                        + "    classDef pivot fill:#ffe0b2,stroke:#ef6c00\n"
                        + "    classDef persevere fill:#eceff1,stroke:#546e7a\n"
                        + "    classDef kill fill:#ffcdd2,stroke:#c62828\n"
                        + "    classDef premature fill:#fff59d,stroke:#f9a825\n"
                        + "    classDef audience fill:#e1f5fe,stroke:#0277bd\n",
                diagram);
    }
}
