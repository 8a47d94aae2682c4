package io.github.custdev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFileTests {

    static final Path EXAMPLE = Path.of("..", "examples", "sweeps", "levinthal.yaml");

    @TempDir
    Path dir;

    private Either<Seq<String>, SweepFile> read(String yaml) throws IOException {
        return read("sweep.yaml", yaml);
    }

    private Either<Seq<String>, SweepFile> read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return SweepFile.read(file, Experiments.builtIn());
    }

    private Seq<String> faults(String yaml) throws IOException {
        Either<Seq<String>, SweepFile> read = read(yaml);
        assertTrue(
                read.isLeft(),
                () -> "expected faults, got a valid sweep of " + read.get().runs() + " runs");
        return read.getLeft();
    }

    private static String sweep(String grid) {
        return "experiment: levinthal\ngrid:\n" + grid + "replications: 3\nseed: 7\n";
    }

    @Test
    void theExampleSweepIsValid() {
        SweepFile file = SweepFile.read(EXAMPLE, Experiments.builtIn()).get();
        assertEquals("levinthal", file.experiment().name());
        assertEquals(7 * 5, file.points());
        assertEquals(40, file.replications());
        assertEquals(1997, file.seed());
        assertEquals(1400, file.runs());
        assertEquals(Array.of(0, 1, 2, 3, 5, 7, 9), file.grid().values("K"));
        assertEquals(Array.of(0.0, 0.05, 0.1, 0.15, 0.2), file.grid().values("longJump"));
        assertEquals(64, file.sha256().length());
    }

    @Test
    void aValidSweepKeepsItsFieldsAndTheDefaults() throws IOException {
        SweepFile file = read("experiment: levinthal\ngrid:\n  K: [1, 2]\nreplications: 5\nseed: -12\n"
                        + "outputs: [points]\ncommonRandomNumbers: true\nmaxRuns: 10\n")
                .get();
        assertEquals(2, file.points());
        assertEquals(10, file.runs());
        assertEquals(-12, file.seed());
        assertTrue(file.commonRandomNumbers());
        assertEquals(List.of("points"), file.outputs().toJavaList());
        assertEquals(Array.of(10), file.grid().values("N"));
        assertEquals(Array.of("adjacent"), file.grid().values("interaction"));
        assertEquals(Array.of(0.0), file.grid().values("noise"));
        assertEquals("grid.K[1]", file.grid().path("K", 1));
        assertEquals("defaults.N", file.grid().path("N", 0));
        assertEquals(
                Array.of("K", "N", "interaction", "searchers", "periods", "rule", "longJump", "noise"),
                file.grid().names());
    }

    @Test
    void outputsDefaultToAll() throws IOException {
        assertEquals(
                List.of("runs", "points", "charts"),
                read(sweep("  K: 1\n")).get().outputs().toJavaList());
    }

    @Test
    void aKAboveNMinusOneIsRefusedWithItsPath() throws IOException {
        assertEquals(
                List.of("grid.K[3]: must be in [0, N-1] for every N of the grid (smallest N 10): 12"),
                faults(sweep("  N: [12, 10]\n  K: [0, 1, 9, 12]\n")).toJavaList());
    }

    @Test
    void aKEqualToNMinusOneIsAccepted() throws IOException {
        assertTrue(read(sweep("  N: 10\n  K: 9\n")).isRight());
        assertEquals(
                List.of("grid.K: must be in [0, N-1] for every N of the grid (smallest N 10): 10"),
                faults(sweep("  N: 10\n  K: 10\n")).toJavaList());
    }

    @Test
    void aParameterOutOfItsRangeIsRefusedAtBothEnds() throws IOException {
        assertEquals(
                List.of("grid.N[1]: must be in [1, 20]: 21"),
                faults(sweep("  N: [20, 21]\n")).toJavaList());
        assertEquals(
                List.of("grid.N: must be in [1, 20]: 0"),
                faults(sweep("  N: 0\n")).toJavaList());
        assertTrue(read(sweep("  N: [1, 20]\n")).isRight());
        assertEquals(
                List.of("grid.longJump: must be in [0.0, 1.0]: 1.3"),
                faults(sweep("  longJump: 1.3\n")).toJavaList());
        assertEquals(
                List.of("grid.noise: must be in [0.0, 1.0]: -0.1"),
                faults(sweep("  noise: -0.1\n")).toJavaList());
        assertTrue(read(sweep("  noise: [0, 1.0]\n")).isRight());
    }

    @Test
    void valuesOfTheWrongKindAreRefused() throws IOException {
        assertEquals(
                List.of("grid.K: must be a whole number: 1.5", "grid.N: must be a number: ten"),
                faults(sweep("  K: 1.5\n  N: ten\n")).toJavaList());
        assertEquals(
                List.of("grid.interaction: must be one of adjacent, random: ring"),
                faults(sweep("  interaction: ring\n")).toJavaList());
        assertEquals(
                List.of("grid.rule[1]: must be one of first-improvement, best-improvement: 3"),
                faults(sweep("  rule: [best-improvement, 3]\n")).toJavaList());
        assertTrue(read(sweep("  K: 2.0\n")).isRight());
    }

    @Test
    void rangesExpandExactlyWithBothEndsIncluded() throws IOException {
        SweepFile file = read(sweep("  K: {from: 1, to: 7, step: 3}\n  N: {from: 8, to: 10}\n"
                        + "  noise: {from: 0.1, to: 0.35, step: 0.1}\n  longJump: {from: 0.7, to: 0.7, step: 1}\n"))
                .get();
        assertEquals(Array.of(1, 4, 7), file.grid().values("K"));
        assertEquals(Array.of(8, 9, 10), file.grid().values("N"));
        assertEquals(Array.of(0.1, 0.2, 0.3), file.grid().values("noise"));
        assertEquals(Array.of(0.7), file.grid().values("longJump"));
        assertEquals(3 * 3 * 3, file.points());
    }

    @Test
    void badRangesAreRefusedWithTheFieldAtFault() throws IOException {
        assertEquals(
                List.of("grid.K.to: must be at least from (5): 3"),
                faults(sweep("  K: {from: 5, to: 3}\n")).toJavaList());
        assertEquals(
                List.of("grid.K.step: must be positive: 0"),
                faults(sweep("  K: {from: 1, to: 3, step: 0}\n")).toJavaList());
        assertEquals(
                List.of("grid.K.step: must be a whole number: 0.5"),
                faults(sweep("  K: {from: 1, to: 3, step: 0.5}\n")).toJavaList());
        assertEquals(
                List.of("grid.noise.step: is required for a decimal range: missing"),
                faults(sweep("  noise: {from: 0, to: 1}\n")).toJavaList());
        assertEquals(
                List.of(
                        "grid.K.by: unknown field of a range (known: from, to, step): by",
                        "grid.K.from: is required in a range: missing"),
                faults(sweep("  K: {to: 3, by: 1}\n")).toJavaList());
        assertEquals(
                List.of("grid.N.to: must be in [1, 20]: 30"),
                faults(sweep("  N: {from: 10, to: 30}\n")).toJavaList());
        assertEquals(
                List.of("grid.rule: must be a name or a list of names, not a range: {\"from\":1}"),
                faults(sweep("  rule: {from: 1}\n")).toJavaList());
        assertEquals(
                List.of("grid.searchers: must expand to at most 1000000 values: 1000001"),
                faults(sweep("  searchers: {from: 1, to: 1000001}\n")).toJavaList());
    }

    @Test
    void unknownExperimentsParametersAndFieldsAreRefused() throws IOException {
        assertEquals(
                List.of("experiment: must be one of levinthal, founders: kauffman"),
                faults("experiment: kauffman\ngrid:\n  K: 1\nreplications: 3\nseed: 7\n")
                        .toJavaList());
        assertEquals(
                List.of("grid.M: unknown parameter of levinthal (known: N, K, interaction, searchers, periods, rule, "
                        + "longJump, noise): M"),
                faults(sweep("  M: 1\n")).toJavaList());
        assertEquals(
                List.of("replication: unknown field (known: experiment, description, grid, replications, seed, "
                        + "outputs, maxRuns, commonRandomNumbers): replication"),
                faults(sweep("  K: 1\n") + "replication: 4\n").toJavaList());
    }

    @Test
    void everyFaultIsReportedAtOnce() throws IOException {
        assertEquals(
                List.of(
                        "experiment: is required (one of levinthal, founders): missing",
                        "replications: must be in [1, 2147483647]: 0",
                        "seed: is required: missing",
                        "outputs[1]: must be one of runs, points, charts: tables",
                        "outputs[2]: must not repeat an output: runs"),
                faults("grid:\n  K: 1\nreplications: 0\noutputs: [runs, tables, runs]\n")
                        .toJavaList());
    }

    @Test
    void emptyGridsAreRefused() throws IOException {
        assertEquals(
                List.of("grid: must name at least one parameter: {}"),
                faults("experiment: levinthal\ngrid: {}\nreplications: 3\nseed: 7\n")
                        .toJavaList());
        assertEquals(
                List.of("grid.K: must not be empty: []"),
                faults(sweep("  K: []\n")).toJavaList());
        assertEquals(
                List.of("grid: is required (a mapping of parameters to values, lists or ranges): missing"),
                faults("experiment: levinthal\nreplications: 3\nseed: 7\n").toJavaList());
        assertEquals(
                List.of("grid: must be a mapping of parameters to values, lists or ranges: [1,2]"),
                faults("experiment: levinthal\ngrid: [1, 2]\nreplications: 3\nseed: 7\n")
                        .toJavaList());
    }

    @Test
    void moreThanABillionRunsNeedMaxRuns() throws IOException {
        // 100,000 points x 10,001 replications = 1,000,100,000 runs; 100,000 x 10,000 is exactly 10^9, accepted.
        String grid = "experiment: levinthal\ngrid:\n  searchers: {from: 1, to: 100000}\nseed: 7\n";
        assertEquals(
                List.of("(sweep): must have at most maxRuns = 1000000000 runs (grid points times replications; set "
                        + "maxRuns to allow more): 1000100000"),
                faults(grid + "replications: 10001\n").toJavaList());
        assertEquals(1_000_000_000L, read(grid + "replications: 10000\n").get().runs());
        assertEquals(
                1_000_100_000L,
                read(grid + "replications: 10001\nmaxRuns: 2000000000\n").get().runs());
        assertEquals(
                List.of("maxRuns: must be in [1, 9223372036854775807]: 0"),
                faults(grid + "replications: 1\nmaxRuns: 0\n").toJavaList());
    }

    @Test
    void gridsOfMoreThanAnIntOfPointsAreRefused() throws IOException {
        assertEquals(
                List.of("grid: must have at most 2147483639 points: 1000000000000"),
                faults(sweep("  searchers: {from: 1, to: 1000000}\n  periods: {from: 1, to: 1000000}\n"))
                        .toJavaList());
    }

    @Test
    void otherTopLevelFieldsAreChecked() throws IOException {
        assertEquals(
                List.of(
                        "description: must be text: [1]",
                        "seed: must be a whole number in [-9223372036854775808, 9223372036854775807]: 1.5",
                        "commonRandomNumbers: must be true or false: sometimes",
                        "outputs: must be a list of runs, points, charts: runs"),
                faults("experiment: levinthal\ndescription: [1]\ngrid:\n  K: 1\nreplications: 3\nseed: 1.5\n"
                                + "commonRandomNumbers: sometimes\noutputs: runs\n")
                        .toJavaList());
        assertEquals(
                List.of("experiment: must be one of levinthal, founders: [\"levinthal\"]"),
                faults("experiment: [levinthal]\ngrid:\n  K: 1\nreplications: 3\nseed: 7\n")
                        .toJavaList());
        assertEquals(
                List.of("seed: must be in [-9223372036854775808, 9223372036854775807]: 9223372036854775808"),
                faults("experiment: levinthal\ngrid:\n  K: 1\nreplications: 3\nseed: 9223372036854775808\n")
                        .toJavaList());
    }

    @Test
    void jsonFilesAreReadAsJson() throws IOException {
        SweepFile file = read(
                        "sweep.JSON",
                        "{\"experiment\": \"levinthal\", \"grid\": {\"K\": [0, 2]}, \"replications\": 2, \"seed\": 3}")
                .get();
        assertEquals(4, file.runs());
        Seq<String> faults = read("sweep.json", "experiment: levinthal\n").getLeft();
        assertEquals(1, faults.size());
        assertTrue(faults.get(0).contains("not valid JSON"), faults.get(0));
    }

    @Test
    void syntaxErrorsDuplicateKeysAndEmptyFilesAreRefused() throws IOException {
        Seq<String> syntax = faults("experiment: levinthal\ngrid: [1, 2\n");
        assertTrue(
                syntax.get(0).contains("sweep.yaml: not valid YAML: ")
                        && syntax.get(0).contains("(line "),
                syntax.get(0));
        Seq<String> duplicate = faults("experiment: levinthal\nexperiment: levinthal\n");
        assertTrue(duplicate.get(0).contains("Duplicate field 'experiment'"), duplicate.get(0));
        assertEquals(
                List.of("(top): must be a mapping of fields (experiment, grid, replications, seed, ...): empty file"),
                faults("").toJavaList());
        assertEquals(
                List.of("(top): must be a mapping of fields (experiment, grid, replications, seed, ...): [1,2]"),
                faults("[1, 2]\n").toJavaList());
        Seq<String> missing = SweepFile.read(dir.resolve("absent.yaml"), Experiments.builtIn())
                .getLeft();
        assertTrue(missing.get(0).startsWith(dir.resolve("absent.yaml") + ": cannot be read: "), missing.get(0));
    }

    @Test
    void theHashIsTheFilesSha256() {
        // SHA-256 of "abc", FIPS 180-2 appendix B.1.
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                SweepFile.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
