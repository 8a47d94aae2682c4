package io.github.custdev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.simulation.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class DistributionsTests {

    private static final List<String> HEADER = List.of("run", "founder", "revenue");

    @Test
    void eachSeriesIsItsValuesQuantilesFromTheMedianToThe99thPercentile(@TempDir Path dir) throws Exception {
        Distributions distributions =
                new Distributions(new DistributionSpec("revenue-by-founder", "Revenue", "revenue", "founder"), HEADER);
        double[] science = {0, 0, 10, 30, 100};
        double[] intuition = {5, 6, 7};
        for (double value : science) {
            distributions.add(List.of("0", "scientific", String.valueOf(value)));
        }
        for (double value : intuition) {
            distributions.add(List.of("1", "intuitive", String.valueOf(value)));
        }
        XYChart chart = distributions.chart();
        assertEquals(
                List.of("founder = scientific", "founder = intuitive"),
                List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries scientific = chart.getSeriesMap().get("founder = scientific");
        assertEquals(50.0, scientific.getXMin());
        assertEquals(99.0, scientific.getXMax());
        assertEquals(Summary.of(science).quantile(0.99), scientific.getYMax());
        assertEquals(Summary.of(science).median(), scientific.getYMin());
        assertEquals(
                Summary.of(intuition).quantile(0.99),
                chart.getSeriesMap().get("founder = intuitive").getYMax());
        distributions.write(dir);
        assertTrue(Files.exists(dir.resolve("revenue-by-founder.png")));
        assertTrue(Files.readString(dir.resolve("revenue-by-founder.svg")).contains("<svg"));
    }

    @Test
    void noRowsNoFilesAndAnUnknownColumnIsAnError(@TempDir Path dir) throws Exception {
        new Distributions(new DistributionSpec("empty", "Empty", "revenue", "founder"), HEADER).write(dir);
        assertFalse(Files.exists(dir.resolve("empty.png")));
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new Distributions(new DistributionSpec("x", "X", "profit", "founder"), HEADER));
        assertEquals("the per-run table has no column profit: [run, founder, revenue]", e.getMessage());
    }
}
