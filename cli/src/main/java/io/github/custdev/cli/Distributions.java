package io.github.custdev.cli;

import io.github.custdev.simulation.Summary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws one {@link DistributionSpec} from the rows of the per-run table. Used once, by one thread. */
final class Distributions {

    /** The values of the column, by series value in the order the grid first names it. */
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    private final DistributionSpec spec;
    private final int column;
    private final int series;

    Distributions(DistributionSpec spec, List<String> header) {
        this.spec = spec;
        this.column = column(header, spec.column());
        this.series = column(header, spec.series());
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("the per-run table has no column " + name + ": " + header);
        }
        return index;
    }

    /** Adds one row of the per-run table. */
    void add(List<String> row) {
        values.computeIfAbsent(row.get(series), s -> new ArrayList<>()).add(Double.parseDouble(row.get(column)));
    }

    XYChart chart() {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(500)
                .title(spec.title())
                .xAxisTitle("percentile")
                .yAxisTitle(spec.column())
                .build();
        chart.getStyler().setLegendVisible(values.size() > 1);
        double[] percentiles = new double[50];
        for (int i = 0; i < percentiles.length; i++) {
            percentiles[i] = 50 + i;
        }
        for (Map.Entry<String, List<Double>> line : values.entrySet()) {
            Summary summary = Summary.of(
                    line.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            double[] quantiles = new double[percentiles.length];
            for (int i = 0; i < quantiles.length; i++) {
                quantiles[i] = summary.quantile(percentiles[i] / 100);
            }
            chart.addSeries(spec.series() + " = " + line.getKey(), percentiles, quantiles)
                    .setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** Writes {@code name.png} and {@code name.svg} into a directory, each atomically; nothing if there is no data. */
    void write(Path directory) throws IOException {
        if (!values.isEmpty()) {
            Charts.save(chart(), directory, spec.name());
        }
    }
}
