/**
 * The Jackson 2 module for custdev's events and values: {@link io.github.custdev.jackson.CustDevModule}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(
 *         CustDevModule.builder().strategy(PhaseGate.DEFAULT_STRATEGY).build());
 * String json = mapper.writeValueAsString(venture.history());
 * List<VentureEvent> events = mapper.readValue(json, new TypeReference<List<VentureEvent>>() {});
 * Venture again = Venture.replay(events).get(); // equal to venture
 * }</pre>
 *
 * <p>Nothing in this package accepts or returns null unless a method says so.
 */
@NullMarked
package io.github.custdev.jackson;

import org.jspecify.annotations.NullMarked;
