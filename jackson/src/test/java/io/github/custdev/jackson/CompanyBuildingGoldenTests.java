package io.github.custdev.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.AudiencePath;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.NextAudienceDecision;
import io.github.custdev.audience.UnitEconomics;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The execution steps' events in format 1: departments, the team criterion with its fit (an under-building ended by
 * a late hire), the move from search to execute in a trace, and the next audience. The golden file pins what is
 * written; the fields added to format 1 for them are written only when they have a value, so the format's earlier
 * golden files stay as they were.
 */
class CompanyBuildingGoldenTests {
    private static final ObjectMapper MAPPER = Json.mapper(Dentflow.module());
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final UnitEconomics ECONOMICS = UnitEconomics.builder()
            .price(100)
            .variableCost(20)
            .acquisitionCost(0)
            .retention(0.9)
            .fixedCosts(8_000)
            .build();

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    /** Founded, through search with builders only, into execution, a late operator, a department, the next audience. */
    static List<VentureEvent> history() {
        List<VentureEvent> events = new ArrayList<>();
        events.add(VentureEvent.Founded.of("Dentflow", Runway.experiments(100), 1, T0));
        events.add(VentureEvent.RoleHired.of(Role.ENGINEER, day(1)));
        GateCriterion.TeamFitsMode team =
                GateCriterion.teamFitsMode(Vector.of(Role.VP_SALES), Vector.of("Sales"), Duration.ofDays(30));
        Venture venture = Venture.replay(events).get();
        for (int n = 2; n <= 3; n++) {
            GateDecision proceed =
                    PhaseGate.builder(venture.phase()).mustMeet(team).build().evaluate(venture, day(n));
            venture = venture.applyAllOrThrow(
                    List.of(VentureEvent.GateEvaluated.of(proceed), VentureEvent.PhaseAdvanced.of(day(n))));
        }
        venture = venture.applyAllOrThrow(List.of(
                VentureEvent.RoleHired.of(Role.VP_SALES, day(40)),
                VentureEvent.DepartmentEstablished.of(
                        "Sales", List.of("lead qualification", "sales roadmap"), day(41))));
        GateDecision built = PhaseGate.builder(Phase.CUSTOMER_CREATION)
                .mustMeet(team)
                .build()
                .evaluate(venture, day(42));
        Audience clinics = Audience.of("clinics", 2_000, Conversion.of(0.05), ECONOMICS);
        Audience labs = Audience.of("labs", 5_000, Conversion.of(0.04), ECONOMICS);
        Audience vets = Audience.of("vets", 10_000, Conversion.of(0.03), ECONOMICS);
        NextAudienceDecision next = NextAudienceDecision.of(
                clinics,
                90,
                0.8,
                20_000,
                List.of(
                        AudiencePath.referral(labs, 0.5, Duration.ofDays(30)),
                        AudiencePath.socialProof(vets, 0.03, 0.38, Duration.ofDays(30))),
                Duration.ofDays(360),
                0.95);
        venture = venture.applyAllOrThrow(List.of(
                VentureEvent.GateEvaluated.of(built),
                VentureEvent.AudienceChosen.of(clinics, day(43)),
                VentureEvent.NextAudienceChosen.of(next, day(200))));
        return venture.history().toJavaList();
    }

    private static String golden() throws IOException {
        try (InputStream in = getResource()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n")
                    .strip();
        }
    }

    private static InputStream getResource() {
        InputStream in = CompanyBuildingGoldenTests.class.getResourceAsStream("/golden/v1/company-building.json");
        if (in == null) {
            throw new AssertionError("no golden file company-building.json");
        }
        return in;
    }

    @Test
    void theHistoryWritesAsTheGoldenFileAndReadsBackEqual() throws IOException {
        List<VentureEvent> history = history();
        String written = MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(history)
                .replace("\r\n", "\n");
        Path actual = Path.of("target", "golden-actual", "company-building.json");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, written + "\n");
        assertEquals(golden(), written, "format 1 changed; what is written now is in " + actual);
        List<VentureEvent> read = MAPPER.readValue(golden(), new TypeReference<List<VentureEvent>>() {});
        assertEquals(history, read);
        Venture venture = Venture.replay(read).get();
        assertEquals(day(3), venture.modeSince());
        assertEquals("vets", venture.audience().get().name());
    }

    @Test
    void theTraceCarriesTheMoveAndTheTeamOnlyWhereTheyApply() throws IOException {
        ObjectNode[] nodes = MAPPER.readValue(golden(), ObjectNode[].class);
        ObjectNode searching = (ObjectNode) nodes[2].get("decision").get("trace");
        assertTrue(!searching.has("executingSince"), searching::toString);
        ObjectNode executing = (ObjectNode) nodes[8].get("decision").get("trace");
        assertEquals("2026-01-08T09:00:00Z", executing.get("executingSince").textValue());
        ObjectNode fit = (ObjectNode) executing.get("mustMeet").get(0).get("teamFit");
        assertEquals("EXECUTE", fit.get("mode").textValue());
        assertEquals(false, fit.get("underBuilding").get("ongoing").booleanValue());
    }

    @Test
    void aTeamResultWithoutItsFitIsRefusedByPointer() throws IOException {
        ObjectNode[] nodes = MAPPER.readValue(golden(), ObjectNode[].class);
        ObjectNode event = nodes[8];
        ((ObjectNode) event.get("decision").get("trace").get("mustMeet").get(0)).remove("teamFit");
        event.put("formatVersion", 1);
        String message = assertRefused(event);
        assertTrue(
                message.startsWith("/decision/trace/mustMeet/0/teamFit: is missing (a team criterion's result carries"
                        + " the team's fit)"),
                message);
    }

    @Test
    void aBadDurationIsRefusedByPointer() throws IOException {
        ObjectNode[] nodes = MAPPER.readValue(golden(), ObjectNode[].class);
        ObjectNode event = nodes[nodes.length - 1];
        ((ObjectNode) event.get("decision")).put("horizon", "a year");
        event.put("formatVersion", 1);
        String message = assertRefused(event);
        assertTrue(
                message.startsWith("/decision/horizon: must be an ISO-8601 duration, such as \"PT720H\": a year"),
                message);
    }

    private static String assertRefused(ObjectNode event) {
        try {
            MAPPER.treeToValue(event, VentureEvent.class);
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
        throw new AssertionError("accepted " + event);
    }
}
