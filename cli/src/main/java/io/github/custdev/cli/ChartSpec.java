package io.github.custdev.cli;

/**
 * A chart an experiment draws from its per-point table: the mean of one metric (over the runs of every point with the
 * same x and series values) against one parameter, one line per value of another parameter.
 *
 * <p>The x parameter must be a number; the series parameter may be any (a founder's name, a K). Immutable and
 * thread-safe.
 *
 * @param name the file name, without extension: {@code name.png} and {@code name.svg}
 * @param title the chart's title
 * @param x the parameter on the x axis
 * @param metric the metric whose mean is on the y axis
 * @param series the parameter with one line per value
 */
public record ChartSpec(String name, String title, String x, String metric, String series) {}
