package io.github.custdev.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.custdev.BetaPrior;
import io.github.custdev.CriterionResult;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.GateTrace;
import io.github.custdev.PivotDecision;
import io.github.custdev.Role;
import io.github.custdev.Source;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.VentureEvent;
import io.github.custdev.WeightedCriterion;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Interval;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every value type reads back on its own; a document whose verdicts or lineage disagree with what its recorded
 * figures give is refused, and a viability's figures are read as recorded, not recomputed (docs/persistence.md).
 */
class DerivedFieldTests {
    private static final ObjectMapper MAPPER = Json.mapper(Dentflow.module());
    private static final GateDecision.Pivot DECISION = (GateDecision.Pivot) Dentflow.history().stream()
            .filter(e -> e instanceof VentureEvent.GateEvaluated)
            .map(e -> ((VentureEvent.GateEvaluated) e).decision())
            .findFirst()
            .orElseThrow();
    private static final PivotDecision PIVOT = Dentflow.history().stream()
            .filter(e -> e instanceof VentureEvent.Pivoted)
            .map(e -> ((VentureEvent.Pivoted) e).decision())
            .findFirst()
            .orElseThrow();

    private static <T> void roundTrips(T value, Class<T> type) throws Exception {
        assertEquals(value, MAPPER.readValue(MAPPER.writeValueAsString(value), type));
    }

    private static String refused(ObjectNode document, Class<?> type) {
        return assertThrows(InvalidDocumentException.class, () -> MAPPER.treeToValue(document, type))
                .getMessage()
                .lines()
                .findFirst()
                .orElseThrow();
    }

    private static ObjectNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    @Test
    void everyValueTypeReadsBackOnItsOwn() throws Exception {
        GateTrace trace = DECISION.trace();
        roundTrips(trace, GateTrace.class);
        for (CriterionResult result : trace.results()) {
            roundTrips(result, CriterionResult.class);
            roundTrips(result.criterion(), GateCriterion.class);
            roundTrips(WeightedCriterion.of(result.criterion(), 2.5), WeightedCriterion.class);
        }
        Viability viability =
                trace.results().flatMap(CriterionResult::viability).head();
        roundTrips(viability.audience().conversion(), Conversion.class);
        roundTrips(DECISION.rationale().head().interval(), Interval.class);
        roundTrips(Conversion.from(DECISION.rationale().head()), Conversion.class);
        roundTrips(SuccessCriterion.countAtLeast(3, io.github.custdev.Strength.PAID), SuccessCriterion.class);
        roundTrips(BetaPrior.of(2, 3), BetaPrior.class);
        roundTrips(Source.of("dr-abe", "solo"), Source.class);
        roundTrips(Role.VP_SALES, Role.class);
        roundTrips(EvidenceBudget.until(Dentflow.T0).withMaxEvidence(30).withMaxExperiments(4), EvidenceBudget.class);
        roundTrips(PIVOT, PivotDecision.class);
    }

    @Test
    void aVerdictThatIsNotTheEvidencesIsRefused() {
        ObjectNode result = tree(DECISION.trace().mustMeet().head());
        result.put("evidenceVerdict", "SUPPORTED");
        assertEquals(
                "/evidenceVerdict: must be the verdict the assessments or the viability give (REFUTED): SUPPORTED",
                refused(result, CriterionResult.class));
        ObjectNode verdict = tree(DECISION.trace().mustMeet().head()).put("verdict", "SUPPORTED");
        assertEquals(
                "/verdict: must be the evidence verdict (REFUTED) unless resolvedByPolicy: SUPPORTED",
                refused(verdict, CriterionResult.class));
        ObjectNode resolved = tree(DECISION.trace().mustMeet().head()).put("resolvedByPolicy", true);
        assertEquals(
                "/verdict: verdict can only resolve an inconclusive criterion, once, not a REFUTED: REFUTED",
                refused(resolved, CriterionResult.class));
    }

    @Test
    void anAudienceCriterionTakesAViabilityAndTheOthersAssessments() {
        CriterionResult audience =
                DECISION.trace().results().find(CriterionResult::isAudience).get();
        ObjectNode withAssessments = tree(audience);
        ObjectNode assessment = tree(DECISION.rationale().head());
        assessment.remove("formatVersion"); // a nested value carries none
        ((ArrayNode) withAssessments.get("assessments")).add(assessment);
        assertEquals(
                "/assessments: must be empty for an audience criterion: 1 items",
                refused(withAssessments, CriterionResult.class));
        ObjectNode hypothesis = tree(DECISION.trace().mustMeet().head());
        hypothesis.set("viability", tree(audience).get("viability"));
        assertEquals(
                "/viability: must be null for a hypothesis or area criterion",
                refused(hypothesis, CriterionResult.class));
    }

    private static Viability viability() {
        return DECISION.trace().results().flatMap(CriterionResult::viability).head();
    }

    @Test
    void aViabilityIsReadAsRecordedNotRecomputed() throws Exception {
        // figures a later version of core might compute from the same audience: read as written, not refused
        ObjectNode document = tree(viability())
                .put("customersNeeded", 72)
                .put("expectedCustomers", 99.5)
                .put("probability", 0.97);
        Viability read = MAPPER.treeToValue(document, Viability.class);
        assertEquals(Option.some(72L), read.customersNeeded());
        assertEquals(99.5, read.expectedCustomers());
        assertEquals(0.97, read.probability());
        assertEquals(viability().audience(), read.audience());
        assertEquals(MAPPER.writeValueAsString(document), MAPPER.writeValueAsString(read), "written back as recorded");
    }

    @Test
    void aRecordedGateDecisionReadsWithTheViabilityItsGateSaw() throws Exception {
        ObjectNode event = tree(Dentflow.history().stream()
                .filter(e -> e instanceof VentureEvent.GateEvaluated)
                .findFirst()
                .orElseThrow());
        ObjectNode figures = (ObjectNode) event.at("/decision/trace/shouldMeet/1/viability");
        assertEquals(1.0, figures.get("probability").doubleValue(), "the golden figure");
        figures.put("probability", 0.85).put("expectedCustomers", 88.25);
        VentureEvent.GateEvaluated read = MAPPER.treeToValue(event, VentureEvent.GateEvaluated.class);
        Viability seen = read.decision()
                .trace()
                .results()
                .flatMap(CriterionResult::viability)
                .head();
        assertEquals(0.85, seen.probability());
        assertEquals(88.25, seen.expectedCustomers());
        assertEquals(DECISION.getClass(), read.decision().getClass());
        // the verdict follows from the recorded figures by a comparison, no arithmetic: still checked
        figures.put("probability", 0.75); // below the required 0.8
        assertEquals(
                "/decision/trace/shouldMeet/1/evidenceVerdict: must be the verdict the assessments or the viability give"
                        + " (REFUTED): SUPPORTED",
                refused(event, VentureEvent.class));
    }

    @Test
    void aRecordedViabilityIsCheckedForItsRanges() {
        assertEquals(
                "/probability: probability must be in [0, 1]: 1.3",
                refused(tree(viability()).put("probability", 1.3), Viability.class));
        assertEquals(
                "/customersNeeded: customersNeeded must be >= 1: 0",
                refused(tree(viability()).put("customersNeeded", 0), Viability.class));
        assertEquals(
                "/expectedCustomers: expectedCustomers must be finite and >= 0: -1.0",
                refused(tree(viability()).put("expectedCustomers", -1.0), Viability.class));
        assertEquals(
                "/probability: probability must be 0 when no number of customers suffices (customersNeeded none): 1.0",
                refused(tree(viability()).putNull("customersNeeded"), Viability.class));
        assertEquals(
                "/requiredProbability: requiredProbability must be in (0, 1]: 0.0",
                refused(tree(viability()).put("requiredProbability", 0.0), Viability.class));
        assertEquals("/probability: is missing", refused(removed(tree(viability()), "probability"), Viability.class));
    }

    private static ObjectNode removed(ObjectNode node, String field) {
        node.remove(field);
        return node;
    }

    @Test
    void aConversionHasExactlyOneOfARateAndAnAssessment() {
        ObjectNode both = tree(Conversion.of(0.1));
        both.set("assessment", tree(DECISION.rationale().head()));
        assertEquals(
                "(the document): must have exactly one of fixedRate and assessment", refused(both, Conversion.class));
        ObjectNode neither = tree(Conversion.of(0.1)).putNull("fixedRate");
        assertEquals(
                "(the document): must have exactly one of fixedRate and assessment",
                refused(neither, Conversion.class));
    }

    @Test
    void aBudgetSetsAtLeastOneLimit() {
        ObjectNode none = tree(EvidenceBudget.evidence(3)).putNull("maxEvidence");
        assertEquals(
                "(the document): must set at least one of maxEvidence, maxExperiments, deadline",
                refused(none, EvidenceBudget.class));
    }

    @Test
    void aPivotsLineageAndRetiredIdsAreChecked() {
        ObjectNode repeated = tree(PIVOT);
        ((ArrayNode) repeated.get("retired")).add(Dentflow.SOLO.value());
        assertEquals(
                "/retired: must not repeat an id: segment.solo-dentists, segment.solo-dentists",
                refused(repeated, PivotDecision.class));
        ObjectNode stranger = tree(PIVOT);
        ((ObjectNode) stranger.get("lineage")).put("nobody", Dentflow.SOLO.value());
        assertEquals(
                "/lineage/nobody: must map replacements (segment.group-practices): nobody",
                refused(stranger, PivotDecision.class));
        ObjectNode notRetired = tree(PIVOT);
        ((ObjectNode) notRetired.get("lineage")).put(Dentflow.GROUPS.value(), Dentflow.PRICE.value());
        assertEquals(
                "/lineage: lineage must map to retired hypotheses (segment.solo-dentists): Vector("
                        + "segment.solo-dentists, revenue.price-per-month)",
                refused(notRetired, PivotDecision.class));
        ObjectNode badId = tree(PIVOT);
        ((ArrayNode) badId.get("retired")).set(0, MAPPER.getNodeFactory().textNode("no spaces"));
        assertEquals(
                "/retired/0: hypothesisId must be 1 to 100 letters, digits, '-', '_', '.' or ':', starting with a letter"
                        + " or digit: \"no spaces\"",
                refused(badId, PivotDecision.class));
    }

    @Test
    void aDecisionOfAnUnknownTypeOrWithoutItsTraceIsRefused() {
        ObjectNode unknown = tree(DECISION).put("type", "Maybe");
        assertEquals(
                "/type: must be one of Proceed, Pivot, Persevere, Kill: Maybe", refused(unknown, GateDecision.class));
        ObjectNode criterion =
                tree(DECISION.trace().mustMeet().head().criterion()).put("type", "Vibes");
        assertEquals(
                "/type: must be one of HypothesisSupported, AreaSupported, AudienceViable, DemandShown: Vibes",
                refused(criterion, GateCriterion.class));
        ObjectNode returnTo = tree(DECISION).put("returnTo", "COMPANY_BUILDING");
        assertEquals(
                "/returnTo: returnTo must not be after the gate's phase (CUSTOMER_DISCOVERY): COMPANY_BUILDING",
                refused(returnTo, GateDecision.class));
        List.of("trace", "refuted", "rationale", "suggestions").forEach(field -> {
            ObjectNode without = tree(DECISION);
            without.remove(field);
            assertEquals("/" + field + ": is missing", refused(without, GateDecision.class));
        });
    }
}
