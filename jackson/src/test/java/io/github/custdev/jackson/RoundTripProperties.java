package io.github.custdev.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.PivotDecision;
import io.github.custdev.PrematureScaling;
import io.github.custdev.Risk;
import io.github.custdev.Runway;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.testkit.CustDevArbitraries;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Every value written and read back is equal to itself, and writing it again gives the same text. */
class RoundTripProperties {
    private static final ObjectMapper MAPPER = Json.mapper();

    private static <T> void roundTrips(ObjectMapper mapper, T value, Class<T> type) throws Exception {
        String json = mapper.writeValueAsString(value);
        T back = mapper.readValue(json, type);
        assertEquals(value, back, json);
        assertEquals(json, mapper.writeValueAsString(back));
    }

    @Property(tries = 3000)
    void evidenceRoundTrips(@ForAll("evidence") Evidence evidence) throws Exception {
        roundTrips(MAPPER, evidence, Evidence.class);
    }

    @Property(tries = 2000)
    void hypothesesRoundTrip(@ForAll("hypotheses") Hypothesis hypothesis) throws Exception {
        roundTrips(MAPPER, hypothesis, Hypothesis.class);
    }

    @Property(tries = 2000)
    void assessmentsRoundTrip(@ForAll("assessments") Assessment assessment) throws Exception {
        roundTrips(MAPPER, assessment, Assessment.class);
    }

    @Property(tries = 2000)
    void audiencesAndTheirViabilityRoundTrip(@ForAll("viabilities") Viability viability) throws Exception {
        roundTrips(MAPPER, viability, Viability.class);
        roundTrips(MAPPER, viability.audience(), Audience.class);
        roundTrips(MAPPER, viability.audience().economics(), UnitEconomics.class);
    }

    @Property(tries = 2000)
    void runwaysRisksBudgetsAndHiresRoundTrip(
            @ForAll("runways") Runway runway,
            @ForAll("risks") Risk risk,
            @ForAll("budgets") EvidenceBudget budget,
            @ForAll("scalings") PrematureScaling scaling)
            throws Exception {
        roundTrips(MAPPER, runway, Runway.class);
        roundTrips(MAPPER, risk, Risk.class);
        roundTrips(MAPPER, budget, EvidenceBudget.class);
        roundTrips(MAPPER, scaling, PrematureScaling.class);
    }

    @Property(tries = 1000)
    void gateDecisionsWithTheirTracesRoundTrip(@ForAll("decisions") GateDecision decision) throws Exception {
        Option<CustDevModule> module = Json.moduleFor(List.of(decision));
        Assume.that(module.isDefined());
        roundTrips(Json.mapper(module.get()), decision, GateDecision.class);
    }

    @Property(tries = 1000)
    void pivotsRoundTrip(@ForAll("pivots") PivotDecision pivot) throws Exception {
        roundTrips(MAPPER, pivot, PivotDecision.class);
    }

    @Property(tries = 1000)
    void aReplayedHistoryReadBackFromJsonGivesAnEqualVenture(@ForAll("histories") List<VentureEvent> history)
            throws Exception {
        Option<CustDevModule> module = Json.moduleForEvents(history);
        Assume.that(module.isDefined());
        boolean gated = history.stream().anyMatch(e -> e instanceof VentureEvent.GateEvaluated);
        Statistics.label("with a gate decision").collect(gated);
        Statistics.label("with a gate decision").coverage(c -> c.check(true).percentage(p -> p > 20));
        ObjectMapper mapper = Json.mapper(module.get());
        String json = mapper.writeValueAsString(history);
        List<VentureEvent> back = mapper.readValue(json, new TypeReference<List<VentureEvent>>() {});
        assertEquals(history, back);
        Venture original = Venture.replay(history).get();
        assertEquals(original, Venture.replay(back).get());
        assertEquals(original.history(), Vector.ofAll(back));
    }

    @Provide
    Arbitrary<Evidence> evidence() {
        return CustDevArbitraries.evidence();
    }

    @Provide
    Arbitrary<Hypothesis> hypotheses() {
        return CustDevArbitraries.hypotheses();
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return CustDevArbitraries.assessments();
    }

    @Provide
    Arbitrary<Viability> viabilities() {
        return CustDevArbitraries.viabilities();
    }

    @Provide
    Arbitrary<Runway> runways() {
        return CustDevArbitraries.runways();
    }

    @Provide
    Arbitrary<Risk> risks() {
        return CustDevArbitraries.risks();
    }

    @Provide
    Arbitrary<EvidenceBudget> budgets() {
        return CustDevArbitraries.evidenceBudgets();
    }

    @Provide
    Arbitrary<PrematureScaling> scalings() {
        return CustDevArbitraries.prematureScalings();
    }

    @Provide
    Arbitrary<GateDecision> decisions() {
        return CustDevArbitraries.gateDecisions();
    }

    @Provide
    Arbitrary<PivotDecision> pivots() {
        return CustDevArbitraries.pivotDecisions();
    }

    @Provide
    Arbitrary<List<VentureEvent>> histories() {
        return CustDevArbitraries.eventSequences();
    }
}
