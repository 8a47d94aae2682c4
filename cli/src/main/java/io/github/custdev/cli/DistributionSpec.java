package io.github.custdev.cli;

/**
 * A chart an experiment draws from its per-run table: the distribution of one record column, as its quantiles from the
 * 50th to the 99th percentile of all runs that share a value of one parameter, one line per value (the revenue of the
 * ventures of each founder). Quantiles are Hyndman and Fan's definition 7, as {@link
 * io.github.custdev.simulation.Summary} computes them. Immutable and thread-safe.
 *
 * @param name the file name, without extension: {@code name.png} and {@code name.svg}
 * @param title the chart's title
 * @param column the record column whose distribution is drawn
 * @param series the parameter with one line per value
 */
public record DistributionSpec(String name, String title, String column, String series) {}
