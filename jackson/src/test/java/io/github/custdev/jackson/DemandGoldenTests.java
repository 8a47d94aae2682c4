package io.github.custdev.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.custdev.CohortObservation;
import io.github.custdev.CriterionResult;
import io.github.custdev.DemandReading;
import io.github.custdev.Evidence;
import io.github.custdev.GateCriterion;
import io.github.custdev.HypothesisId;
import io.github.custdev.ReferralObservation;
import io.github.custdev.Source;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden files of the demand of issue #20, added to format 1: the two kinds of demand evidence, the four demand
 * criteria, and a gate result that carries demand readings. The files written before (history.json,
 * phase-advanced.json) still read and write exactly, by {@link GoldenTests}: a result of any other criterion writes no
 * {@code demand} field.
 */
class DemandGoldenTests {
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final HypothesisId DEMAND = HypothesisId.of("relationship.demand");
    private static final Source BILLING = Source.of("billing", "solo dentists");
    private static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");

    static List<Evidence> evidence() {
        return List.of(
                CohortObservation.of(DEMAND, BILLING, T0, 0, 20, 20),
                CohortObservation.of(DEMAND, BILLING, T0.plusSeconds(86_400), 1, 30, 46, 16),
                ReferralObservation.of(DEMAND, Source.of("invites"), T0.plusSeconds(86_400), 1, 36, 24, 7));
    }

    static List<GateCriterion> criteria() {
        return List.of(
                GateCriterion.growthAtLeast(0.05, 0.95),
                GateCriterion.referralsAtLeast(0.1, 0.9),
                GateCriterion.diffusionReaches(0.25, 6, 0.8),
                GateCriterion.retentionAtLeast(1, 0.5, 0.95));
    }

    static CriterionResult result() {
        return CriterionResult.ofDemand(
                        GateCriterion.growthAtLeast(0.05, 0.95),
                        CriterionResult.Requirement.MUST_MEET,
                        1,
                        Vector.of(
                                new DemandReading(DEMAND, Verdict.INCONCLUSIVE, Option.some(0.93), "growth 50.0% ..."),
                                new DemandReading(
                                        HypothesisId.of("relationship.second"),
                                        Verdict.INCONCLUSIVE,
                                        Option.none(),
                                        "a series of 1 period has no growth rate")))
                .resolvedAs(Verdict.REFUTED);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = DemandGoldenTests.class.getResourceAsStream("/golden/v1/" + name)) {
            if (in == null) {
                throw new AssertionError("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n")
                    .strip();
        }
    }

    private static void writesAsTheGoldenFile(Object value, String name) throws IOException {
        String written = MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(value)
                .replace("\r\n", "\n");
        Path actual = Path.of("target", "golden-actual", name);
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, written + "\n");
        assertEquals(golden(name), written, "format 1 changed; what is written now is in " + actual);
    }

    @Test
    void demandEvidenceWritesAsItsGoldenFileAndReadsBack() throws IOException {
        writesAsTheGoldenFile(evidence(), "demand-evidence.json");
        assertEquals(
                evidence(), MAPPER.readValue(golden("demand-evidence.json"), new TypeReference<List<Evidence>>() {}));
    }

    @Test
    void demandCriteriaWriteAsTheirGoldenFileAndReadBack() throws IOException {
        writesAsTheGoldenFile(criteria(), "demand-criteria.json");
        assertEquals(
                criteria(),
                MAPPER.readValue(golden("demand-criteria.json"), new TypeReference<List<GateCriterion>>() {}));
    }

    @Test
    void aDemandResultWritesItsReadingsAndReadsBack() throws IOException {
        writesAsTheGoldenFile(result(), "demand-result.json");
        assertEquals(result(), MAPPER.readValue(golden("demand-result.json"), CriterionResult.class));
    }

    @Test
    void aDemandDocumentThatBreaksARuleIsRefusedByName() {
        String converted =
                "{\"formatVersion\":1,\"type\":\"ReferralObservation\",\"hypothesisId\":\"h\",\"source\":{\"id\":\"s\",\"segment\":null},"
                        + "\"observedAt\":\"2026-07-01T00:00:00Z\",\"period\":1,\"customers\":3,\"sent\":2,\"converted\":3}";
        Exception e = assertThrows(Exception.class, () -> MAPPER.readValue(converted, Evidence.class));
        assertTrue(e.getMessage().contains("converted must be at most sent (2): 3"), e.getMessage());
        String age =
                "{\"formatVersion\":1,\"type\":\"DemandShown\",\"measure\":\"GROWTH\",\"threshold\":0.1,\"requiredProbability\":0.9,"
                        + "\"age\":2,\"horizon\":0}";
        Exception wrongAge = assertThrows(Exception.class, () -> MAPPER.readValue(age, GateCriterion.class));
        assertTrue(wrongAge.getMessage().contains("age must be 0 for GROWTH: 2"), wrongAge.getMessage());
        String horizon = "{\"formatVersion\":1,\"type\":\"DemandShown\",\"measure\":\"REFERRAL\",\"threshold\":0.1,"
                + "\"requiredProbability\":0.9,\"age\":0,\"horizon\":3}";
        Exception wrongHorizon = assertThrows(Exception.class, () -> MAPPER.readValue(horizon, GateCriterion.class));
        assertTrue(wrongHorizon.getMessage().contains("horizon must be 0 for REFERRAL: 3"), wrongHorizon.getMessage());
        String retained =
                "{\"formatVersion\":1,\"type\":\"CohortObservation\",\"hypothesisId\":\"h\",\"source\":{\"id\":\"s\",\"segment\":null},"
                        + "\"observedAt\":\"2026-07-01T00:00:00Z\",\"period\":1,\"acquired\":3,\"active\":3,\"retained\":[1]}";
        Exception active = assertThrows(Exception.class, () -> MAPPER.readValue(retained, Evidence.class));
        assertTrue(
                active.getMessage().contains("active must be at least acquired plus retained (4): 3"),
                active.getMessage());
    }
}
