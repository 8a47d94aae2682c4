package io.github.custdev.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Runs the command line in-process with captured streams, a fake clock and small blocks. */
final class Cli {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicLong nanos = new AtomicLong();
    Experiments experiments = Experiments.builtIn();
    boolean terminal;
    long blockRuns = 6;
    long stopAfterBlocks = Long.MAX_VALUE;

    int run(String... args) {
        Main.Context context = new Main.Context(
                experiments,
                terminal,
                () -> nanos.addAndGet(1_000_000),
                () -> Instant.parse("2026-12-06T00:00:00Z"),
                10_000_000_000L,
                blockRuns,
                stopAfterBlocks);
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), context);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
