/**
 * Journeys: a seeded driver that takes a venture through customer development, from a script of small numbers and a
 * hidden truth per hypothesis, so that evidence piles up one way and gates reach decisions.
 *
 * <p>A {@link io.github.custdev.simulation.journey.JourneyScript} of {@link io.github.custdev.simulation.journey.Step}s
 * (and, on request, {@link io.github.custdev.simulation.journey.Fault}s that insert deliberately invalid events) is
 * turned into {@link io.github.custdev.VentureEvent}s by reading the venture before each event, within what a
 * {@link io.github.custdev.simulation.journey.JourneySpec} allows. Each stated hypothesis gets a hidden truth, an
 * {@link io.github.custdev.simulation.journey.EvidenceRecipe} with a true rate or a true distribution, from which its
 * evidence is drawn. The result is a {@link io.github.custdev.simulation.journey.Journey}: events, the venture after
 * them, and where the invalid events are. The same script gives the same journey; a random script drawn from a seeded
 * generator gives the same journey for the same seed:
 *
 * <pre>{@code
 * JourneySpec spec = JourneySpec.of(EnumSet.allOf(EventKind.class)).withMinLength(20);
 * VentureEvent.Founded founding =
 *         VentureEvent.Founded.of("Dentflow", Runway.experiments(50), 2, Instant.parse("2026-01-05T09:00:00Z"));
 * Journey journey = Journey.random(spec, founding, 60, Seeds.random(42));
 * journey.venture().phase();          // where the venture got to
 * journey.truths();                   // what its hypotheses really were
 * }</pre>
 *
 * <p>Property-based test kits (custdev-testkit) generate scripts with their own generators and shrink a journey by
 * shrinking its script; nothing here depends on a test framework.
 *
 * <p>Every parameter and return value is non-null unless marked {@code @Nullable}; a null argument throws
 * {@link io.github.custdev.InvalidValueException} naming the argument.
 *
 * <p>API status ({@code @API}): {@code EXPERIMENTAL}, as the whole workbench.
 */
@NullMarked
package io.github.custdev.simulation.journey;

import org.jspecify.annotations.NullMarked;
