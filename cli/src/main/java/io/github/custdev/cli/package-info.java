/**
 * The sweep command line: a parameter sweep declared once in a YAML file, validated before anything runs, run on all
 * cores with a progress bar, written as CSV tables, a manifest and charts, and resumed after an interruption to the
 * same bytes.
 *
 * <pre>{@code
 * java -jar cli/target/custdev-cli.jar validate examples/sweeps/levinthal.yaml
 * java -jar cli/target/custdev-cli.jar run examples/sweeps/levinthal.yaml --out target/levinthal-sweep
 * }</pre>
 *
 * <p>An experiment plugs in as a {@link io.github.custdev.cli.SweepExperiment} registered in
 * {@link io.github.custdev.cli.Experiments}. Nothing in this package accepts or returns null.
 */
@NullMarked
package io.github.custdev.cli;

import org.jspecify.annotations.NullMarked;
