package io.github.custdev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.InvalidValueException;
import io.vavr.collection.Array;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepSpecTests {

    @TempDir
    Path dir;

    private static SweepSpec small() {
        return SweepSpec.parse("small.yaml", RunTests.SMALL.getBytes(StandardCharsets.UTF_8), Experiments.builtIn())
                .get();
    }

    @Test
    void theRowsOfAnyRangeAreTheLinesOfTheRunTable() throws IOException {
        Path sweep = Files.writeString(dir.resolve("small.yaml"), RunTests.SMALL, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(Main.OK, new Cli().run("run", sweep.toString(), "--out", out.toString()));
        List<String> table = Files.readAllLines(out.resolve("runs.csv"), StandardCharsets.UTF_8);
        SweepSpec spec = SweepSpec.read(sweep, Experiments.builtIn()).get();
        assertEquals(table.get(0), spec.runsHeader());
        // In three uneven parts, as partitions would compute them.
        List<String> lines = new ArrayList<>();
        for (long[] part : new long[][] {{0, 5}, {5, 6}, {6, 24}}) {
            for (Object[] row : spec.runRows(part[0], part[1])) {
                lines.add(SweepSpec.csvLine(row));
            }
        }
        assertEquals(table.subList(1, table.size()), lines);
        assertEquals(0, spec.runRows(24, 24).size());
    }

    @Test
    void theCellsHaveTheirFieldsTypes() {
        SweepSpec spec = small();
        assertEquals(
                Array.of(
                        new SweepSpec.Field("run", SweepSpec.Type.LONG),
                        new SweepSpec.Field("point", SweepSpec.Type.INT),
                        new SweepSpec.Field("replication", SweepSpec.Type.INT),
                        new SweepSpec.Field("seed", SweepSpec.Type.LONG),
                        new SweepSpec.Field("N", SweepSpec.Type.INT),
                        new SweepSpec.Field("K", SweepSpec.Type.INT),
                        new SweepSpec.Field("interaction", SweepSpec.Type.STRING),
                        new SweepSpec.Field("searchers", SweepSpec.Type.INT),
                        new SweepSpec.Field("periods", SweepSpec.Type.INT),
                        new SweepSpec.Field("rule", SweepSpec.Type.STRING),
                        new SweepSpec.Field("longJump", SweepSpec.Type.DOUBLE),
                        new SweepSpec.Field("noise", SweepSpec.Type.DOUBLE),
                        new SweepSpec.Field("localOptima", SweepSpec.Type.LONG),
                        new SweepSpec.Field("globalMaximum", SweepSpec.Type.DOUBLE),
                        new SweepSpec.Field("shareAtGlobalPeak", SweepSpec.Type.DOUBLE),
                        new SweepSpec.Field("meanFitness", SweepSpec.Type.DOUBLE),
                        new SweepSpec.Field("meanRank", SweepSpec.Type.DOUBLE),
                        new SweepSpec.Field("finalDistinctForms", SweepSpec.Type.LONG)),
                spec.runFields());
        Object[] row = spec.runRows(7, 8).get(0);
        Class<?>[] expected = {
            Long.class, Integer.class, Integer.class, Long.class, Integer.class, Integer.class, String.class,
            Integer.class, Integer.class, String.class, Double.class, Double.class, Long.class, Double.class,
            Double.class, Double.class, Double.class, Long.class
        };
        assertEquals(expected.length, row.length);
        for (int i = 0; i < row.length; i++) {
            assertEquals(expected[i], row[i].getClass(), spec.runFields().get(i).name());
        }
        assertEquals(7L, row[0]);
        assertEquals(1, row[1]);
        assertEquals(3, row[2]);
        assertEquals(0.1, row[10]);
    }

    @Test
    void itDescribesTheSweep() {
        SweepSpec spec = small();
        assertEquals("levinthal", spec.experiment());
        assertEquals(6, spec.points());
        assertEquals(24, spec.runs());
        assertEquals(4, spec.replications());
        assertEquals(
                List.of("N", "K", "interaction", "searchers", "periods", "rule", "longJump", "noise"),
                spec.parameters().toJavaList());
        assertEquals(
                List.of("shareAtGlobalPeak", "meanFitness", "meanRank", "localOptima", "finalDistinctForms"),
                spec.metrics().toJavaList());
        assertEquals(SweepFile.sha256(RunTests.SMALL.getBytes(StandardCharsets.UTF_8)), spec.sha256());
        assertEquals("SweepSpec[levinthal, 6 points, 24 runs]", spec.toString());
    }

    @Test
    void anInvalidContentGivesItsFaultsAndABadRangeThrows() {
        assertEquals(
                List.of("grid.K: must be in [0, 19]: 30"),
                SweepSpec.parse(
                                "bad.yaml",
                                RunTests.SMALL.replace("K: [0, 3]", "K: 30").getBytes(StandardCharsets.UTF_8),
                                Experiments.builtIn())
                        .getLeft()
                        .toJavaList());
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidValueException.class, () -> small().runRows(0, 25));
        assertTrue(e.getMessage().contains("to must be in [0, 24]: 25"), e.getMessage());
    }

    @Test
    void csvLinesWriteDecimalsInTheirShortestForm() {
        assertEquals("1,-2,0.1,1.0E-7,x", SweepSpec.csvLine(new Object[] {1L, -2, 0.1, 1e-7, "x"}));
        assertEquals("", SweepSpec.csvLine(new Object[0]));
    }
}
