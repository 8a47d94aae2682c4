/**
 * The experiment runner: a {@link io.github.custdev.simulation.Sweep} runs an
 * {@link io.github.custdev.simulation.Experiment} for every replication of every point of a
 * {@link io.github.custdev.simulation.Grid}, each run with its own seed derived from the master seed and its position
 * ({@link io.github.custdev.simulation.Seeds}), so the same sweep gives the same records, byte for byte, on any number
 * of threads and in any split of its runs.
 */
@NullMarked
package io.github.custdev.simulation;

import org.jspecify.annotations.NullMarked;
