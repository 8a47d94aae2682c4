package io.github.custdev.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.custdev.Runway;
import io.github.custdev.VentureEvent;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ObjectMapper.findAndRegisterModules() finds the module, on the module path and on the class path alike. */
class RegistrationTests {
    @Test
    void jacksonFindsTheModuleThroughTheServiceLoader() throws Exception {
        List<Module> found = ObjectMapper.findModules();
        assertTrue(
                found.stream().anyMatch(m -> m instanceof CustDevModule),
                () -> "found: " + found.stream().map(Module::getModuleName).collect(Collectors.toList()));
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        VentureEvent founded = VentureEvent.Founded.of("Dentflow", Runway.experiments(12), 2, Instant.EPOCH);
        String json = mapper.writeValueAsString(founded);
        assertEquals(
                "{\"formatVersion\":1,\"type\":\"Founded\",\"at\":\"1970-01-01T00:00:00Z\",\"name\":\"Dentflow\","
                        + "\"runway\":{\"kind\":\"EXPERIMENTS\",\"remaining\":\"12\",\"unit\":\"experiments\"},"
                        + "\"pivotLimit\":2}",
                json);
        assertEquals(founded, mapper.readValue(json, VentureEvent.class));
        assertEquals("custdev", new CustDevModule().getModuleName());
    }

    @Test
    void aModuleBuiltWithStrategiesReplacesOneFoundEarlier() throws Exception {
        CustDevModule strict = new CustDevModule();
        CustDevModule lenient = CustDevModule.builder().allowUnknownFields(true).build();
        assertTrue(!strict.getTypeId().equals(lenient.getTypeId()));
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().registerModule(lenient);
        String withExtra = "{\"formatVersion\":1,\"type\":\"PhaseAdvanced\",\"at\":\"1970-01-01T00:00:00Z\","
                + "\"by\":\"someone\"}";
        assertEquals(VentureEvent.PhaseAdvanced.of(Instant.EPOCH), mapper.readValue(withExtra, VentureEvent.class));
    }
}
