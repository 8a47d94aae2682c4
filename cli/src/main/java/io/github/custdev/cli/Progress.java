package io.github.custdev.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of a run, on the error stream: on a terminal a bar redrawn in place (runs done, rate, time left), at
 * most ten times a second; elsewhere (a file, a pipe, a CI log) a plain line every {@code interval}, and one at the end.
 * Runs done before a resume count as done but not in the rate. Called by one thread at a time.
 */
final class Progress {

    /** Starts the progress of a run of {@code total} runs of which {@code done} were done before. */
    @FunctionalInterface
    interface Factory {
        Progress start(long total, long done);
    }

    private static final int BAR_WIDTH = 30;
    private static final long TERMINAL_INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private final long resumedAt;
    private final LongSupplier nanos;
    private final long intervalNanos;
    private final long start;
    private long lastShown;
    private long done;

    Progress(PrintWriter err, boolean terminal, long total, long resumedAt, LongSupplier nanos, long intervalNanos) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.resumedAt = resumedAt;
        this.nanos = nanos;
        this.intervalNanos = terminal ? TERMINAL_INTERVAL_NANOS : intervalNanos;
        this.start = nanos.getAsLong();
        this.lastShown = start;
        this.done = resumedAt;
    }

    /** Hears that {@code runs} runs in all are done. */
    void update(long runs) {
        done = runs;
        long now = nanos.getAsLong();
        if (now - lastShown >= intervalNanos) {
            lastShown = now;
            show(now);
        }
    }

    /** Shows the final state and ends the bar's line. */
    void finish() {
        show(nanos.getAsLong());
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void show(long now) {
        double seconds = (now - start) / 1e9;
        long fresh = done - resumedAt;
        double rate = seconds > 0 ? fresh / seconds : 0;
        String left = rate > 0 ? duration((total - done) / rate) : "?";
        double percent = total == 0 ? 100 : 100.0 * done / total;
        if (terminal) {
            int filled = (int) Math.round(BAR_WIDTH * percent / 100);
            err.print(String.format(
                    Locale.ROOT,
                    "\r[%s%s] %5.1f%%  %d/%d runs  %s runs/s  %s left ",
                    "#".repeat(filled),
                    "-".repeat(BAR_WIDTH - filled),
                    percent,
                    done,
                    total,
                    rate(rate),
                    left));
        } else {
            err.println(String.format(
                    Locale.ROOT,
                    "progress: %d/%d runs (%.1f%%), %s runs/s, %s left",
                    done,
                    total,
                    percent,
                    rate(rate),
                    left));
        }
        err.flush();
    }

    private static String rate(double rate) {
        return rate >= 100 ? String.format(Locale.ROOT, "%.0f", rate) : String.format(Locale.ROOT, "%.1f", rate);
    }

    /** A duration as {@code 1h 02m 03s}, {@code 2m 05s} or {@code 7s}. */
    static String duration(double seconds) {
        long s = (long) Math.ceil(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm %02ds", s / 3600, s % 3600 / 60, s % 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return s + "s";
    }
}
