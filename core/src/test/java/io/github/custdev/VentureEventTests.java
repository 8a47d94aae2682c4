package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.hypothesis;
import static io.github.custdev.Fixtures.id;
import static io.github.custdev.Fixtures.yes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.SmallestViableAudience;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VentureEventTests {

    @Test
    void everyEventCarriesItsInstant() {
        Hypothesis h = hypothesis("a", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
        assertEquals(
                T0, VentureEvent.Founded.of("V", Runway.experiments(1), 0, T0).at());
        assertEquals(T0, VentureEvent.HypothesisStated.of(h, T0).at());
        assertEquals(T0, VentureEvent.EvidenceRecorded.of(yes(h.id(), T0), T0).at());
        assertEquals(T0, VentureEvent.PhaseAdvanced.of(T0).at());
        assertEquals(T0, VentureEvent.RoleHired.of(Role.ENGINEER, T0).at());
        assertEquals(T0, VentureEvent.Closed.of("done", T0).at());
        assertEquals(
                T0,
                VentureEvent.AudienceChosen.of(Fixtures.audience("a", 10, 0.5), T0)
                        .at());
        PivotDecision pivot = PivotDecision.builder(PivotType.CHANNEL, T0.plusSeconds(5))
                .retire(h.id())
                .returnTo(Phase.CUSTOMER_DISCOVERY)
                .build();
        assertEquals(T0.plusSeconds(5), VentureEvent.Pivoted.of(pivot).at());
    }

    @Test
    void aFoundingNamesTheVentureItsRunwayAndItsPivotLimit() {
        VentureEvent.Founded founded = VentureEvent.Founded.of("Dentflow", Runway.experiments(40), 2, T0);
        assertEquals("Dentflow", founded.name());
        assertEquals(Runway.experiments(40), founded.runway());
        assertEquals(2, founded.pivotLimit());
        assertEquals(
                "name must not be blank: \" \"",
                assertThrows(
                                InvalidValueException.class,
                                () -> VentureEvent.Founded.of(" ", Runway.experiments(1), 0, T0))
                        .getMessage());
        assertEquals(
                "pivotLimit must be >= 0: -1",
                assertThrows(
                                InvalidValueException.class,
                                () -> VentureEvent.Founded.of("V", Runway.experiments(1), -1, T0))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> VentureEvent.Founded.of(null, Runway.experiments(1), 0, T0));
        assertThrows(InvalidValueException.class, () -> VentureEvent.Founded.of("V", null, 0, T0));
        assertThrows(InvalidValueException.class, () -> VentureEvent.Founded.of("V", Runway.experiments(1), 0, null));
    }

    @Test
    void anExperimentHoldsAtLeastOneItemAndANonNegativeCost() {
        VentureEvent.EvidenceRecorded one = VentureEvent.EvidenceRecorded.of(yes(id("a"), T0), T0);
        assertEquals(List.of(yes(id("a"), T0)), one.evidence());
        assertEquals(BigDecimal.ZERO, one.cost());
        assertEquals(
                "evidence must not be empty: Vector()",
                assertThrows(
                                InvalidValueException.class,
                                () -> VentureEvent.EvidenceRecorded.of(List.empty(), BigDecimal.ZERO, T0))
                        .getMessage());
        assertEquals(
                "cost must be >= 0: -5",
                assertThrows(
                                InvalidValueException.class,
                                () -> VentureEvent.EvidenceRecorded.of(
                                        List.of(yes(id("a"), T0)), new BigDecimal(-5), T0))
                        .getMessage());
        assertEquals(
                "cost must have at most 18 digits after the decimal point: 1E-1000000000",
                assertThrows(
                                InvalidValueException.class,
                                () -> VentureEvent.EvidenceRecorded.of(
                                        List.of(yes(id("a"), T0)), new BigDecimal("1E-1000000000"), T0))
                        .getMessage());
        assertEquals(
                "evidence[1] is null",
                assertThrows(
                                InvalidValueException.class,
                                () -> VentureEvent.EvidenceRecorded.of(
                                        Arrays.asList(yes(id("a"), T0), null), BigDecimal.ZERO, T0))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> VentureEvent.EvidenceRecorded.of(null, T0));
        assertThrows(InvalidValueException.class, () -> VentureEvent.EvidenceRecorded.of(yes(id("a"), T0), null));
        assertThrows(
                InvalidValueException.class,
                () -> VentureEvent.EvidenceRecorded.of(List.of(yes(id("a"), T0)), null, T0));
    }

    @Test
    void anAudienceChosenCarriesTheAudienceAndAnOptionalReason() {
        Audience groups = Fixtures.audience("group-practices", 4_000, 0.05);
        VentureEvent.AudienceChosen plain = VentureEvent.AudienceChosen.of(groups, T0);
        assertEquals(groups, plain.audience());
        assertEquals(Option.none(), plain.reason());
        VentureEvent.AudienceChosen reasoned = VentureEvent.AudienceChosen.of(groups, "they convert best", T0);
        assertEquals(Option.some("they convert best"), reasoned.reason());
        assertNotEquals(plain, reasoned);
        assertEquals(reasoned, VentureEvent.AudienceChosen.of(groups, "they convert best", T0));
        assertEquals(
                "reason must not be blank: \" \"",
                assertThrows(InvalidValueException.class, () -> VentureEvent.AudienceChosen.of(groups, " ", T0))
                        .getMessage());
        assertEquals(
                "audience is null",
                assertThrows(InvalidValueException.class, () -> VentureEvent.AudienceChosen.of(null, T0))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> VentureEvent.AudienceChosen.of(groups, null));
        assertThrows(InvalidValueException.class, () -> VentureEvent.AudienceChosen.of(groups, null, T0));
    }

    @Test
    void theSmallestViableAudienceOfAChoiceIsChosenWithItsReason() {
        Audience small = Fixtures.audience("small", 1_000, 0.05);
        Audience groups = Fixtures.audience("group-practices", 4_000, 0.05);
        Audience chains = Fixtures.audience("chains", 30_000, 0.02);
        SmallestViableAudience choice = SmallestViableAudience.choose(List.of(chains, small, groups), 0.9);
        VentureEvent.AudienceChosen event = VentureEvent.AudienceChosen.from(choice, T0);
        assertEquals(groups, event.audience());
        assertEquals(Option.some(choice.reason()), event.reason());

        SmallestViableAudience none = SmallestViableAudience.choose(List.of(small), 0.9);
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> VentureEvent.AudienceChosen.from(none, T0));
        assertEquals("choice", e.field());
        assertTrue(e.getMessage().startsWith("choice must have a viable audience to choose: "), e.getMessage());
        assertThrows(InvalidValueException.class, () -> VentureEvent.AudienceChosen.from(null, T0));
    }

    @Test
    void nullPartsAreInvalidValues() {
        assertEquals(
                "hypothesis is null",
                assertThrows(InvalidValueException.class, () -> VentureEvent.HypothesisStated.of(null, T0))
                        .getMessage());
        assertEquals(
                "decision is null",
                assertThrows(InvalidValueException.class, () -> VentureEvent.GateEvaluated.of(null))
                        .getMessage());
        assertEquals(
                "decision is null",
                assertThrows(InvalidValueException.class, () -> VentureEvent.Pivoted.of(null))
                        .getMessage());
        assertEquals(
                "at is null",
                assertThrows(InvalidValueException.class, () -> VentureEvent.PhaseAdvanced.of(null))
                        .getMessage());
        assertEquals(
                "role is null",
                assertThrows(InvalidValueException.class, () -> VentureEvent.RoleHired.of(null, T0))
                        .getMessage());
        assertEquals(
                "reason must not be blank: \"\"",
                assertThrows(InvalidValueException.class, () -> VentureEvent.Closed.of("", T0))
                        .getMessage());
    }

    @Test
    void eventsAreValuesEqualByTheirParts() {
        assertEquals(VentureEvent.PhaseAdvanced.of(T0), VentureEvent.PhaseAdvanced.of(T0));
        assertEquals(VentureEvent.RoleHired.of(Role.VP_SALES, T0), VentureEvent.RoleHired.of(Role.VP_SALES, T0));
        assertEquals(
                VentureEvent.RoleHired.of(Role.VP_SALES, T0).hashCode(),
                VentureEvent.RoleHired.of(Role.VP_SALES, T0).hashCode());
    }
}
