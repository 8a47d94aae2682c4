package io.github.custdev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTests {

    @TempDir
    Path dir;

    @Test
    void helpGoesToTheOutputStreamAndExitsWithZero() {
        Cli cli = new Cli();
        assertEquals(Main.OK, cli.run("--help"));
        assertTrue(cli.out().startsWith("Usage: custdev [-hV] COMMAND"), cli.out());
        assertTrue(cli.out().contains("  run ") && cli.out().contains("  validate "), cli.out());
        assertTrue(cli.out().contains("Exit codes: 0 ok, 1 a run failed"), cli.out());
        assertEquals("", cli.err());
        Cli run = new Cli();
        assertEquals(Main.OK, run.run("run", "--help"));
        assertTrue(run.out().contains("--resume") && run.out().contains("--threads=N"), run.out());
    }

    @Test
    void versionIsTheLibrarysVersion() {
        Cli cli = new Cli();
        assertEquals(Main.OK, cli.run("--version"));
        assertEquals("custdev " + Main.version() + "\n", cli.out());
        assertTrue(Main.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Main.version());
    }

    @Test
    void usageErrorsGoToTheErrorStreamAndExitWithTwo() {
        Cli none = new Cli();
        assertEquals(Main.USAGE, none.run());
        assertTrue(none.err().startsWith("Missing required command: run or validate"), none.err());
        assertEquals("", none.out());
        Cli unknown = new Cli();
        assertEquals(Main.USAGE, unknown.run("run", "x.yaml", "--out", "o", "--fast"));
        assertTrue(unknown.err().startsWith("Unknown option: '--fast'"), unknown.err());
        Cli noOut = new Cli();
        assertEquals(Main.USAGE, noOut.run("run", "x.yaml"));
        assertTrue(noOut.err().startsWith("Missing required option: '--out=DIR'"), noOut.err());
        Cli threads = new Cli();
        assertEquals(Main.USAGE, threads.run("run", "x.yaml", "--out", "o", "--threads", "0"));
        assertTrue(threads.err().startsWith("--threads must be at least 1: 0"), threads.err());
        Cli validateThreads = new Cli();
        assertEquals(Main.USAGE, validateThreads.run("validate", "x.yaml", "--threads", "-1"));
        assertTrue(validateThreads.err().startsWith("--threads must be at least 1: -1"), validateThreads.err());
    }

    @Test
    void testsHaveNoTerminal() {
        // Surefire's forked JVM has no console: the progress goes out as plain lines.
        assertFalse(Main.isTerminal());
    }

    @Test
    void aMissingFileIsAnInvalidFile() {
        Cli cli = new Cli();
        Path missing = dir.resolve("missing.yaml");
        assertEquals(Main.USAGE, cli.run("validate", missing.toString()));
        assertTrue(
                cli.err()
                        .startsWith("custdev: " + missing + " is not a valid sweep file (1 fault; nothing ran):\n"
                                + "  " + missing + ": cannot be read: "),
                cli.err());
    }

    @Test
    void validatePrintsTheRunsAndAnEstimate() throws IOException {
        Path sweep = dir.resolve("small.yaml");
        Files.writeString(sweep, RunTests.SMALL, StandardCharsets.UTF_8);
        Cli cli = new Cli();
        // The fake clock advances 1 ms per reading: the start, one check before each sample run, then the end (7 ms
        // over 6 sample runs), scaled to 24 runs on 4 threads: 7 ms, shown rounded up to a second.
        assertEquals(Main.OK, cli.run("validate", sweep.toString(), "--threads", "4"));
        assertEquals(
                sweep + ": valid: experiment levinthal, 6 points x 4 replications = 24 runs\n"
                        + "estimated time: about 1s on 4 threads (1.167 ms per run, from 6 sample runs)\n",
                cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void validateStopsSamplingAfterTwoSeconds() throws IOException {
        Path sweep = dir.resolve("small.yaml");
        Files.writeString(
                sweep, RunTests.SMALL.replace("replications: 4", "replications: 1000"), StandardCharsets.UTF_8);
        AtomicLong clock = new AtomicLong();
        StringWriter out = new StringWriter();
        Main.Context context = new Main.Context(
                Experiments.builtIn(),
                false,
                () -> clock.getAndAdd(1_500_000_000L),
                java.time.Instant::now,
                1,
                6,
                Long.MAX_VALUE);
        assertEquals(
                Main.OK,
                Main.execute(
                        new String[] {"validate", sweep.toString(), "--threads", "1"},
                        new PrintWriter(out),
                        new PrintWriter(new StringWriter()),
                        context));
        // Readings at 0 (start), 1.5 s (first check: run), 3 s (second check: past 2 s, stop), 4.5 s (end): one
        // sample of 4.5 s, times 6,000 runs on one thread.
        assertTrue(out.toString().endsWith("(4.50 s per run, from 1 sample run)\n"), out.toString());
        assertTrue(out.toString().contains("about 7h 30m 00s on 1 thread "), out.toString());
    }

    @Test
    void anOutputDirectoryThatIsAFileIsARunFailure() throws IOException {
        Path sweep = dir.resolve("small.yaml");
        Files.writeString(sweep, RunTests.SMALL, StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("taken"), "x", StandardCharsets.UTF_8);
        Cli cli = new Cli();
        assertEquals(Main.RUN_FAILURE, cli.run("run", sweep.toString(), "--out", file.toString()));
        assertTrue(
                cli.err().startsWith("custdev: error: java.nio.file.FileAlreadyExistsException: " + file), cli.err());
        assertFalse(cli.out().contains("wrote"));
    }
}
