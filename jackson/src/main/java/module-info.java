/**
 * custdev jackson: a Jackson 2 module that writes and reads custdev's events and values as JSON, versioned and read
 * as strictly as the core factories check.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules(); // or .registerModule(new CustDevModule())
 * String json = mapper.writeValueAsString(event);                    // {"formatVersion":1,"type":"Founded",...}
 * VentureEvent back = mapper.readValue(json, VentureEvent.class);    // equal to event
 * }</pre>
 *
 * <p>The module is registered with {@link java.util.ServiceLoader} through this module's {@code provides} clause on
 * the module path and through {@code META-INF/services} on the class path. See {@code docs/persistence.md}.
 */
module io.github.custdev.jackson {
    requires transitive io.github.custdev.core;
    requires transitive com.fasterxml.jackson.databind;
    requires static transitive org.apiguardian.api;
    requires static org.jspecify;

    exports io.github.custdev.jackson;

    provides com.fasterxml.jackson.databind.Module with
            io.github.custdev.jackson.CustDevModule;
}
