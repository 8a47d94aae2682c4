package io.github.custdev.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.custdev.GateDecision;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The golden files pin format 1: a fixed history writes exactly as the file, and the file reads back as the
 * history. Changing the format on purpose means a new format version with its own golden files and a migration test,
 * never an edit of these files.
 */
class GoldenTests {
    private static final ObjectMapper MAPPER = Json.mapper(Dentflow.module());

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenTests.class.getResourceAsStream("/golden/v1/" + name)) {
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
        // what is written now, for a look when the comparison fails
        Path actual = Path.of("target", "golden-actual", name);
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, written + "\n");
        if (!written.equals(golden(name))) {
            assertEquals(golden(name), written, "format 1 changed; what is written now is in " + actual);
        }
    }

    @Test
    void theHistoryCoversEveryKindOfEventAndEvidence() {
        List<VentureEvent> history = Dentflow.history();
        Set<String> kinds =
                history.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet());
        assertEquals(8, kinds.size(), kinds::toString); // all but PhaseAdvanced, pinned on its own
        GateDecision decision = history.stream()
                .filter(e -> e instanceof VentureEvent.GateEvaluated)
                .map(e -> ((VentureEvent.GateEvaluated) e).decision())
                .findFirst()
                .orElseThrow();
        assertTrue(decision.trace().results().exists(r -> r.viability().isDefined()), "an audience's viability");
        assertTrue(decision.trace().results().exists(r -> !r.assessments().isEmpty()), "assessments");
    }

    @Test
    void theGoldenFilesReadAndWriteBackExactly() throws IOException {
        // read then written again: the format is pinned both ways, whatever the numbers core computes today
        List<VentureEvent> read = MAPPER.readValue(golden("history.json"), new TypeReference<List<VentureEvent>>() {});
        writesAsTheGoldenFile(read, "history.json");
        writesAsTheGoldenFile(
                MAPPER.readValue(golden("phase-advanced.json"), VentureEvent.class), "phase-advanced.json");
        assertEquals(Dentflow.advanced(), MAPPER.readValue(golden("phase-advanced.json"), VentureEvent.class));
    }

    @Test
    void theGoldenHistoryReplaysAndIsTheFixturesShape() throws IOException {
        List<VentureEvent> read = MAPPER.readValue(golden("history.json"), new TypeReference<List<VentureEvent>>() {});
        Venture venture = Venture.replay(read).get();
        assertEquals(Vector.ofAll(read), venture.history());
        List<VentureEvent> fixture = Dentflow.history();
        assertEquals(
                fixture.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toList()),
                read.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toList()));
        // the events that carry no computed figures are the fixture's own
        assertEquals(fixture.subList(0, 9), read.subList(0, 9));
        assertEquals(fixture.get(fixture.size() - 1), read.get(read.size() - 1));
    }
}
