package io.github.custdev.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.custdev.Behaviour;
import io.github.custdev.HypothesisId;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.VentureEvent;
import io.github.custdev.audience.Conversion;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A key repeated in an object is refused with its JSON Pointer, whatever the mapper's settings: the module reads the
 * tree itself instead of relying on {@code STRICT_DUPLICATE_DETECTION}, under which Jackson would keep the last value.
 */
class DuplicateKeyTests {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final HypothesisId H = HypothesisId.of("segment.solo");
    private static final VentureEvent.EvidenceRecorded RECORDED = VentureEvent.EvidenceRecorded.of(
            Vector.of(
                    Statement.supports(H, Source.of("dr-abe", "solo"), T0),
                    Behaviour.of(H, Source.of("landing"), T0, 3, 40)),
            new BigDecimal("150.50"),
            T0);
    private static final String RULE = "is a repeated key (a key appears once in an object)";

    /** The default mapper, one that says it allows duplicates, and one that would read floats as decimals. */
    private static List<ObjectMapper> mappers() {
        return List.of(
                Json.mapper(),
                JsonMapper.builder()
                        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .disable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                        .addModule(new CustDevModule())
                        .build(),
                JsonMapper.builder()
                        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .addModule(new CustDevModule())
                        .build());
    }

    private static String written() throws Exception {
        return Json.mapper().writeValueAsString(RECORDED);
    }

    private static String refused(ObjectMapper mapper, String json, Class<?> type) {
        InvalidDocumentException e =
                assertThrows(InvalidDocumentException.class, () -> mapper.readValue(json, type), json);
        return e.getMessage().lines().findFirst().orElseThrow() + " @" + e.pointer();
    }

    @Test
    void aRepeatedTypeIsRefusedWithItsPath() throws Exception {
        String json =
                written().replace("\"type\":\"EvidenceRecorded\"", "\"type\":\"EvidenceRecorded\",\"type\":\"Closed\"");
        for (ObjectMapper mapper : mappers()) {
            assertEquals("/type: " + RULE + " @/type", refused(mapper, json, VentureEvent.class));
        }
    }

    @Test
    void aRepeatedFieldOfAnEvidenceItemIsRefusedWithItsPath() throws Exception {
        String json = written().replace("\"trials\":40", "\"trials\":40,\"trials\":41");
        assertTrue(json.contains("\"trials\":41"), json);
        for (ObjectMapper mapper : mappers()) {
            assertEquals(
                    "/evidence/1/trials: " + RULE + " @/evidence/1/trials", refused(mapper, json, VentureEvent.class));
        }
        // the same key in another object is no repetition: both evidence items have a source with an id
        assertEquals(RECORDED, Json.mapper().readValue(written(), VentureEvent.class));
    }

    @Test
    void aRepeatedKeyOfANestedObjectOrOfAMapIsRefused() throws Exception {
        String source = written().replace("\"id\":\"landing\"", "\"id\":\"landing\",\"id\":\"landing\"");
        assertEquals(
                "/evidence/1/source/id: " + RULE + " @/evidence/1/source/id",
                refused(Json.mapper(), source, VentureEvent.class));
        String nullTwice = written().replace("\"segment\":null", "\"segment\":null,\"segment\":null");
        assertEquals(
                "/evidence/1/source/segment: " + RULE + " @/evidence/1/source/segment",
                refused(Json.mapper(), nullTwice, VentureEvent.class));
        String version = written().replace("{\"formatVersion\":1,", "{\"formatVersion\":1,\"formatVersion\":1,");
        assertEquals(
                "/formatVersion: " + RULE + " @/formatVersion", refused(Json.mapper(), version, VentureEvent.class));
        String escaped = "{\"formatVersion\":1,\"fixedRate\":0.1,\"a/b\":1,\"a/b\":2,\"assessment\":null}";
        assertEquals("/a~1b: " + RULE + " @/a~1b", refused(Json.mapper(), escaped, Conversion.class));
    }

    @Test
    void aRepeatedKeyInADocumentOfAnArrayIsNamedFromTheArray() throws Exception {
        String one = written();
        String twice = one.replace("\"cost\":\"150.50\"", "\"cost\":\"150.50\",\"cost\":\"0\"");
        String array = "[" + one + "," + twice + "]";
        InvalidDocumentException e = assertThrows(
                InvalidDocumentException.class,
                () -> Json.mapper().readValue(array, new TypeReference<List<VentureEvent>>() {}));
        assertEquals("/1/cost: " + RULE, e.getMessage().lines().findFirst().orElseThrow());
        assertEquals("/1/cost", e.pointer());
    }

    @Test
    void aMapperThatDetectsDuplicatesItselfGivesTheSameMessage() throws Exception {
        ObjectMapper strict = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new CustDevModule())
                .build();
        String json = written().replace("\"trials\":40", "\"trials\":40,\"trials\":41");
        assertEquals("/evidence/1/trials: " + RULE + " @/evidence/1/trials", refused(strict, json, VentureEvent.class));
        assertEquals(RECORDED, strict.readValue(written(), VentureEvent.class));
        // a syntax error after a field is the parser's, not a repeated key
        String broken = written().replace("\"trials\":40", "\"trials\":40 \"x\"");
        assertThrows(JsonParseException.class, () -> strict.readValue(broken, VentureEvent.class));
        assertThrows(JsonParseException.class, () -> Json.mapper().readValue(broken, VentureEvent.class));
    }

    @Test
    void everyMapperStillReadsWhatTheModuleWrites() throws Exception {
        for (ObjectMapper mapper : mappers()) {
            assertEquals(RECORDED, mapper.readValue(written(), VentureEvent.class));
            Conversion conversion = Conversion.of(0.1 + 0.2);
            assertEquals(conversion, mapper.readValue(mapper.writeValueAsString(conversion), Conversion.class));
        }
        ObjectMapper lenient = JsonMapper.builder()
                .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addModule(new CustDevModule())
                .build();
        String nan = "{\"formatVersion\":1,\"fixedRate\":NaN,\"assessment\":null}";
        assertEquals(
                "/fixedRate: must be a finite number: NaN",
                assertThrows(InvalidDocumentException.class, () -> lenient.readValue(nan, Conversion.class))
                        .getMessage()
                        .lines()
                        .findFirst()
                        .orElseThrow());
    }
}
