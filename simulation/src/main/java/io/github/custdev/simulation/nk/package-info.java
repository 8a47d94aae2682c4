/**
 * NK fitness landscapes (Kauffman 1993, <i>The Origins of Order</i>) and Levinthal's (1997) local search on them
 * ("Adaptation on rugged landscapes", <i>Management Science</i> 43(7)): a business model as N interdependent choices,
 * searched by a population of organisations that climb to nearby peaks and sometimes make long jumps.
 *
 * <p>Everything is a pure function of its arguments and its random generator, whose draws are documented in order, so
 * a seed fixes a landscape and a population's fate:
 *
 * <pre>{@code
 * RandomGenerator random = Seeds.random(42);
 * Landscape landscape = Landscape.of(10, 5, Interaction.ADJACENT, random);
 * int peaks = landscape.table().get().localOptimumCount();
 * Population population = Search.local(SearchRule.FIRST_IMPROVEMENT)
 *         .withLongJumpProbability(0.1)
 *         .run(landscape, 100, 50, random);
 * double share = population.shareAtGlobalPeak().get();
 *
 * // or one run of Levinthal's experiment, as a sweep calls it
 * LevinthalOutcome outcome = Levinthal.experiment().run(LevinthalParameters.of(10, 5), 42);
 * }</pre>
 *
 * <p>Parameters and return values are never {@code null}; invalid input is rejected with an
 * {@link io.github.custdev.InvalidValueException} that names the field, the rule and the value.
 *
 * <p>API status ({@code @API}): {@code EXPERIMENTAL}, as the whole workbench.
 */
@NullMarked
package io.github.custdev.simulation.nk;

import org.jspecify.annotations.NullMarked;
