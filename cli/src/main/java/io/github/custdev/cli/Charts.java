package io.github.custdev.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a sweep, drawn from its per-point rows: for each {@link ChartSpec}, the mean of the metric over the
 * runs of all points with the same x and series values (each point's mean weighted by its runs), one line per series
 * value, written as PNG and SVG.
 */
final class Charts {

    /**
     * The points of one chart: series value (in the order the grid first names it: a number or a name such as a
     * founder's), then x, to the runs and the sum of the metric over them.
     */
    private final Map<String, Map<Double, double[]>> data = new java.util.LinkedHashMap<>();

    private final ChartSpec spec;
    private final int x;
    private final int series;
    private final int mean;
    private final int runs;

    Charts(ChartSpec spec, List<String> header) {
        this.spec = spec;
        this.x = column(header, spec.x());
        this.series = column(header, spec.series());
        this.mean = column(header, spec.metric() + "_mean");
        this.runs = column(header, "runs");
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("the per-point table has no column " + name + ": " + header);
        }
        return index;
    }

    /** Adds one row of the per-point table (the x parameter must be a number). */
    void add(List<String> row) {
        double n = Double.parseDouble(row.get(runs));
        double[] cell = data.computeIfAbsent(row.get(series), s -> new TreeMap<>())
                .computeIfAbsent(Double.parseDouble(row.get(x)), v -> new double[2]);
        cell[0] += n;
        cell[1] += n * Double.parseDouble(row.get(mean));
    }

    XYChart chart() {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(500)
                .title(spec.title())
                .xAxisTitle(spec.x())
                .yAxisTitle("mean " + spec.metric())
                .build();
        chart.getStyler().setLegendVisible(data.size() > 1);
        for (Map.Entry<String, Map<Double, double[]>> line : data.entrySet()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Map.Entry<Double, double[]> point : line.getValue().entrySet()) {
                xs.add(point.getKey());
                ys.add(point.getValue()[1] / point.getValue()[0]);
            }
            chart.addSeries(spec.series() + " = " + line.getKey(), xs, ys).setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    /** Writes {@code name.png} and {@code name.svg} into a directory, each atomically; nothing if there is no data. */
    void write(Path directory) throws IOException {
        if (!data.isEmpty()) {
            save(chart(), directory, spec.name());
        }
    }

    /** Writes a chart as {@code name.png} and {@code name.svg} into a directory, each atomically. */
    static void save(XYChart chart, Path directory, String name) throws IOException {
        AtomicFiles.write(
                directory.resolve(name + ".png"), BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        AtomicFiles.write(
                directory.resolve(name + ".svg"),
                out -> VectorGraphicsEncoder.saveVectorGraphic(
                        chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    }
}
