package io.github.custdev.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.custdev.Behaviour;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.GateCriterion;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Runway;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.VentureEvent;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bad document is refused with the JSON Pointer of the value and the rule it breaks, never half read. */
class StrictReadingTests {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final HypothesisId H = HypothesisId.of("segment.solo");
    private static final ObjectMapper MAPPER = Json.mapper();

    private static final VentureEvent.EvidenceRecorded RECORDED = VentureEvent.EvidenceRecorded.of(
            Vector.of(
                    Statement.supports(H, Source.of("dr-abe", "solo"), T0).withQuote("I pick my own tools"),
                    Behaviour.of(H, Source.of("landing"), T0, 3, 40)),
            new BigDecimal("150.50"),
            T0);

    private static ObjectNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static String refused(ObjectNode document, Class<?> type) {
        return refused(MAPPER, document, type).getMessage();
    }

    private static InvalidDocumentException refused(ObjectMapper mapper, ObjectNode document, Class<?> type) {
        return assertThrows(InvalidDocumentException.class, () -> mapper.treeToValue(document, type));
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElseThrow();
    }

    @Test
    void everyDocumentStartsWithTheFormatVersionAndNamesItsTypeForPeople() {
        ObjectNode document = tree(RECORDED);
        assertEquals(List.of("formatVersion", "type", "at", "evidence", "cost"), fieldNames(document));
        assertEquals(1, document.get("formatVersion").intValue());
        assertEquals("EvidenceRecorded", document.get("type").textValue());
        assertEquals("Statement", document.get("evidence").get(0).get("type").textValue());
        assertEquals("150.50", document.get("cost").textValue());
        assertEquals("2026-03-02T09:00:00Z", document.get("at").textValue());
        assertTrue(!document.get("evidence").get(0).has("formatVersion"), "nested values carry no version");
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aMissingFieldIsNamedByItsPath() {
        ObjectNode document = tree(RECORDED);
        ((ObjectNode) document.get("evidence").get(1)).remove("trials");
        InvalidDocumentException e = refused(MAPPER, document, VentureEvent.class);
        assertEquals("/evidence/1/trials: is missing", firstLine(e.getMessage()));
        assertEquals("/evidence/1/trials", e.pointer());
    }

    @Test
    void aMissingOptionalFieldIsRefusedTooNullStandsForNone() {
        ObjectNode document = tree(Statement.supports(H, Source.of("dr-abe"), T0));
        assertTrue(document.get("quote").isNull());
        assertTrue(document.get("source").get("segment").isNull());
        document.remove("quote");
        assertEquals("/quote: is missing (write null for none)", firstLine(refused(document, Evidence.class)));
    }

    @Test
    void anUnknownTypeIsRefusedWithTheKnownOnes() {
        ObjectNode document = tree(RECORDED).put("type", "EvidenceDeleted");
        assertEquals(
                "/type: must be one of Founded, HypothesisStated, EvidenceRecorded, GateEvaluated, Pivoted,"
                        + " PhaseAdvanced, RoleHired, AudienceChosen, Closed: EvidenceDeleted",
                firstLine(refused(document, VentureEvent.class)));
        ObjectNode evidence = tree(RECORDED);
        ((ObjectNode) evidence.get("evidence").get(0)).put("type", "Rumour");
        assertEquals(
                "/evidence/0/type: must be one of Statement, Behaviour, Commitment, SeanEllisTally, Measurement,"
                        + " CohortObservation, ReferralObservation: Rumour",
                firstLine(refused(evidence, VentureEvent.class)));
    }

    @Test
    void aDocumentOfAnotherKindThanAskedForIsRefused() {
        assertEquals(
                "/type: must be a Closed: EvidenceRecorded",
                firstLine(refused(tree(RECORDED), VentureEvent.Closed.class)));
    }

    @Test
    void theFactoriesRulesApplyAndNameTheField() {
        ObjectNode document = tree(RECORDED);
        ((ObjectNode) document.get("evidence").get(1)).put("successes", 41);
        assertEquals(
                "/evidence/1/successes: successes must be <= trials (40): 41",
                firstLine(refused(document, VentureEvent.class)));
        ObjectNode negative = tree(RECORDED).put("cost", "-1.00");
        assertTrue(firstLine(refused(negative, VentureEvent.class)).startsWith("/cost: cost must be"));
    }

    @Test
    void aProbabilityOutOfRangeIsRefusedWithItsPath() {
        Hypothesis hypothesis = Hypothesis.of(
                H,
                "Solo dentists buy their own software",
                BusinessModelArea.CUSTOMER_SEGMENT,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.6, 10));
        ObjectNode document = tree(hypothesis);
        ((ObjectNode) document.get("criterion")).put("threshold", 1.3);
        assertEquals(
                "/criterion/threshold: criterion.threshold must be in [0, 1]: 1.3",
                firstLine(refused(document, Hypothesis.class)));
    }

    @Test
    void nanAndInfinityAreRefusedEvenWhenTheParserAllowsThem() throws Exception {
        ObjectMapper lenientParser = JsonMapper.builder()
                .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        lenientParser.registerModule(new CustDevModule());
        String measurement = "{\"formatVersion\":1,\"type\":\"Measurement\",\"hypothesisId\":\"price\","
                + "\"source\":{\"id\":\"a\",\"segment\":null},\"observedAt\":\"2026-03-02T09:00:00Z\","
                + "\"value\":NaN,\"unit\":\"USD\",\"strength\":\"PAID\"}";
        InvalidDocumentException e = assertThrows(
                InvalidDocumentException.class, () -> lenientParser.readValue(measurement, Evidence.class));
        assertEquals("/value: must be a finite number: NaN", firstLine(e.getMessage()));
        String quoted = measurement.replace("NaN", "\"NaN\"");
        assertEquals(
                "/value: must be a number: string \"NaN\"",
                firstLine(assertThrows(InvalidDocumentException.class, () -> MAPPER.readValue(quoted, Evidence.class))
                        .getMessage()));
    }

    @Test
    void aValuePastTheLimitsIsRefused() {
        ObjectNode tooBig = tree(RECORDED);
        ((ObjectNode) tooBig.get("evidence").get(1)).put("trials", new java.math.BigInteger("9223372036854775808"));
        assertEquals(
                "/evidence/1/trials: must be a whole number in [-9223372036854775808, 9223372036854775807]: number"
                        + " 9223372036854775808",
                firstLine(refused(tooBig, VentureEvent.class)));
        ObjectNode fraction = tree(RECORDED);
        ((ObjectNode) fraction.get("evidence").get(1)).put("trials", 4.5);
        assertTrue(firstLine(refused(fraction, VentureEvent.class)).startsWith("/evidence/1/trials: must be a whole"));
        ObjectNode money = tree(Runway.money(new BigDecimal("30000.00"), "USD"));
        assertEquals("30000.00", money.get("remaining").textValue());
        money.put("remaining", "1e18");
        assertEquals(
                "/remaining: runway must have at most 18 digits before the decimal point: 1E+18",
                firstLine(refused(money, Runway.class)));
        money.put("remaining", 12.5);
        assertEquals("/remaining: must be a string: number 12.5", firstLine(refused(money, Runway.class)));
        money.put("remaining", "twelve");
        assertEquals(
                "/remaining: must be a decimal number written as a string, such as \"12.50\": twelve",
                firstLine(refused(money, Runway.class)));
    }

    @Test
    void moneyKeepsEveryDigitAndItsScale() throws Exception {
        Commitment paid = Commitment.made(H, Source.of("ana"), T0, Commitment.Kind.MONEY)
                .withAmount(new BigDecimal("99.990"), "USD");
        Commitment back = MAPPER.readValue(MAPPER.writeValueAsString(paid), Commitment.class);
        assertEquals(new BigDecimal("99.990"), back.amount().get());
        assertEquals(3, back.amount().get().scale());
        Runway large = Runway.money(new BigDecimal("1E+3"), "EUR");
        assertEquals("1E+3", tree(large).get("remaining").textValue());
        assertEquals(
                -3,
                MAPPER.readValue(MAPPER.writeValueAsString(large), Runway.class)
                        .remaining()
                        .scale());
    }

    @Test
    void aBadInstantOrConstantIsRefused() {
        ObjectNode at = tree(RECORDED).put("at", "2 March 2026");
        assertEquals(
                "/at: must be an ISO-8601 instant in UTC, such as \"2026-03-02T09:00:00Z\": 2 March 2026",
                firstLine(refused(at, VentureEvent.class)));
        ObjectNode strength = tree(RECORDED);
        ((ObjectNode) strength.get("evidence").get(1)).put("strength", "SHOUTED");
        assertEquals(
                "/evidence/1/strength: must be one of [SAID, DID, PAID]: SHOUTED",
                firstLine(refused(strength, VentureEvent.class)));
        ObjectNode nulled = tree(RECORDED).putNull("at");
        assertEquals("/at: must not be null", firstLine(refused(nulled, VentureEvent.class)));
    }

    @Test
    void unknownFieldsAreRefusedByDefaultAndAllowedBySetting() throws Exception {
        ObjectNode document = tree(RECORDED);
        ((ObjectNode) document.get("evidence").get(0)).put("mood", "happy");
        assertEquals(
                "/evidence/0/mood: is not a field here (known: hypothesisId, observedAt, quote, source, stance, type)",
                firstLine(refused(document, VentureEvent.class)));
        ObjectMapper lenient =
                Json.mapper(CustDevModule.builder().allowUnknownFields(true).build());
        assertEquals(RECORDED, lenient.treeToValue(document, VentureEvent.class));
        assertTrue(CustDevModule.builder().allowUnknownFields(true).build().allowsUnknownFields());
        assertTrue(!new CustDevModule().allowsUnknownFields());
    }

    @Test
    void aNewerFormatVersionIsRefusedClearlyAndAnOlderOrMissingOneToo() {
        ObjectNode newer = tree(RECORDED).put("formatVersion", 2);
        InvalidDocumentException e = refused(MAPPER, newer, VentureEvent.class);
        assertEquals(
                "/formatVersion: is newer than this reader knows (it reads versions 1 to 1): upgrade custdev-jackson"
                        + " to read it: 2",
                firstLine(e.getMessage()));
        assertEquals("/formatVersion", e.pointer());
        assertEquals(
                "/formatVersion: must be >= 1: 0",
                firstLine(refused(tree(RECORDED).put("formatVersion", 0), VentureEvent.class)));
        ObjectNode missing = tree(RECORDED);
        missing.remove("formatVersion");
        assertEquals("/formatVersion: is missing", firstLine(refused(missing, VentureEvent.class)));
        assertEquals(1, CustDevModule.FORMAT_VERSION);
    }

    @Test
    void theVersionIsOnEveryDocumentOfAHistoryAndPathsCountFromTheArray() throws Exception {
        List<VentureEvent> history =
                List.of(VentureEvent.Founded.of("Dentflow", Runway.experiments(10), 1, T0), RECORDED);
        ArrayNode array = MAPPER.valueToTree(history);
        assertEquals(1, array.get(0).get("formatVersion").intValue());
        assertEquals(1, array.get(1).get("formatVersion").intValue());
        ((ObjectNode) array.get(1).get("evidence").get(1)).put("trials", 0);
        InvalidDocumentException e = assertThrows(
                InvalidDocumentException.class,
                () -> MAPPER.readValue(MAPPER.writeValueAsString(array), new TypeReference<List<VentureEvent>>() {}));
        assertTrue(e.getMessage().startsWith("/1/evidence/1/trials: trials must be >= 1: 0"), e.getMessage());
        assertEquals("/1/evidence/1/trials", e.pointer());
    }

    @Test
    void aNonObjectIsRefused() {
        assertEquals(
                "(the document): must be a JSON object: array []",
                firstLine(assertThrows(InvalidDocumentException.class, () -> MAPPER.readValue("[]", Evidence.class))
                        .getMessage()));
    }

    @Test
    void aGateCriterionNeedsItsStrategyRegistered() throws Exception {
        ScoringStrategy bayesian = Scoring.bayesian();
        GateCriterion criterion = GateCriterion.hypothesis(H, bayesian);
        ObjectNode document = tree(criterion);
        assertEquals("bayesian", document.get("strategy").textValue());
        assertEquals(
                "/strategy: names no registered scoring strategy (registered: ): register the gate's strategies with"
                        + " CustDevModule.builder().strategy(...): bayesian",
                firstLine(refused(document, GateCriterion.class)));
        ObjectMapper mapper = Json.mapper(
                CustDevModule.builder().strategy(bayesian).strategy(bayesian).build());
        GateCriterion back = mapper.treeToValue(document, GateCriterion.class);
        assertEquals(criterion, back);
        IllegalArgumentException clash = assertThrows(
                IllegalArgumentException.class,
                () -> CustDevModule.builder()
                        .strategy(bayesian)
                        .strategy(Scoring.bayesian().withLevel(0.9)));
        assertEquals("strategy name must be unique: another strategy is registered as bayesian", clash.getMessage());
        assertEquals(
                "strategy is null",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> CustDevModule.builder().strategy(null))
                        .getMessage());
        assertInstanceOf(
                ScoringStrategy.class,
                CustDevModule.builder()
                        .strategy(bayesian)
                        .build()
                        .strategies()
                        .get("bayesian")
                        .get());
    }
}
