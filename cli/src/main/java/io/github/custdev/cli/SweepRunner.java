package io.github.custdev.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.custdev.simulation.Execution;
import io.github.custdev.simulation.Results;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs a validated sweep into an output directory, block by block of consecutive grid points. Each finished block's
 * rows are checkpointed atomically under {@code .checkpoint/}; at the end the tables are assembled from the blocks in
 * grid order, the charts drawn, the manifest written and the checkpoint removed. A run interrupted anywhere and run
 * again with resume skips the finished blocks and writes the same table bytes as an uninterrupted run, since every
 * row is a pure function of the sweep file.
 */
final class SweepRunner {

    /** The runs a block aims at: enough to keep the threads busy, few enough to checkpoint often. */
    static final long BLOCK_RUNS = 4096;

    static final String CHECKPOINT = ".checkpoint";

    /** What a run came to. */
    record Outcome(long runs, long failures, boolean finished) {}

    /** Thrown for a refusal that is the user's to fix (exit code 2): an output directory in the wrong state. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    private final Plan<?, ?> plan;
    private final Path out;
    private final int threads;
    private final boolean resume;
    private final Progress.Factory progress;
    private final long blockRuns;
    private final long stopAfterBlocks;
    private final Supplier<Instant> clock;

    SweepRunner(
            Plan<?, ?> plan,
            Path out,
            int threads,
            boolean resume,
            Progress.Factory progress,
            long blockRuns,
            long stopAfterBlocks,
            Supplier<Instant> clock) {
        this.plan = plan;
        this.out = out;
        this.threads = threads;
        this.resume = resume;
        this.progress = progress;
        this.blockRuns = blockRuns;
        this.stopAfterBlocks = stopAfterBlocks;
        this.clock = clock;
    }

    Outcome run() throws IOException, Refusal {
        return run(plan);
    }

    private <P, R> Outcome run(Plan<P, R> plan) throws IOException, Refusal {
        SweepFile file = plan.file();
        Instant start = clock.get();
        Files.createDirectories(out);
        Path checkpoint = out.resolve(CHECKPOINT);
        AtomicFiles.removeLeftovers(out);
        if (Files.isDirectory(checkpoint)) {
            AtomicFiles.removeLeftovers(checkpoint);
        }
        Path state = checkpoint.resolve("state.properties");
        int pointsPerBlock;
        if (Files.exists(state)) {
            if (!resume) {
                throw new Refusal(out + " holds an interrupted run of a sweep: add --resume to continue it, or give "
                        + "another --out");
            }
            Properties properties = load(state);
            if (!file.sha256().equals(properties.getProperty("sweepSha256"))) {
                throw new Refusal("--resume: the sweep file changed since the interrupted run in " + out
                        + " (sha256 " + properties.getProperty("sweepSha256") + ", now " + file.sha256()
                        + "): give another --out");
            }
            pointsPerBlock = Integer.parseInt(properties.getProperty("pointsPerBlock"));
            start = Instant.parse(properties.getProperty("start"));
        } else {
            Files.createDirectories(checkpoint);
            pointsPerBlock = (int) Math.max(1, Math.min(file.points(), blockRuns / file.replications()));
            Properties properties = new Properties();
            properties.setProperty("sweepSha256", file.sha256());
            properties.setProperty("pointsPerBlock", Integer.toString(pointsPerBlock));
            properties.setProperty("start", start.toString());
            AtomicFiles.write(state, out -> properties.store(out, "custdev sweep checkpoint"));
        }
        int points = (int) file.points();
        int blocks = (points + pointsPerBlock - 1) / pointsPerBlock;
        long done = 0;
        for (int b = 0; b < blocks; b++) {
            if (Files.exists(blockFile(checkpoint, b, "points"))) {
                done += (long) (Math.min(points, (b + 1) * pointsPerBlock) - b * pointsPerBlock) * file.replications();
            }
        }
        boolean resumed = done > 0;
        Progress bar = progress.start(file.runs(), done);
        long executed = 0;
        for (int b = 0; b < blocks; b++) {
            if (Files.exists(blockFile(checkpoint, b, "points"))) {
                continue;
            }
            if (executed == stopAfterBlocks) {
                bar.finish();
                return new Outcome(file.runs(), 0, false);
            }
            int from = b * pointsPerBlock;
            int to = Math.min(points, from + pointsPerBlock);
            long before = done;
            Results<P, R> results =
                    plan.execute(from, to, Execution.threads(threads).withProgress((d, t) -> bar.update(before + d)));
            done += results.size();
            AtomicFiles.write(blockFile(checkpoint, b, "runs"), utf8(plan.runRows(results)));
            AtomicFiles.write(blockFile(checkpoint, b, "failures"), utf8(plan.failureRows(results)));
            AtomicFiles.write(blockFile(checkpoint, b, "points"), utf8(plan.pointRows(results)));
            executed++;
        }
        bar.finish();
        long failures = assemble(plan, checkpoint, blocks);
        writeManifest(file, start, resumed, failures);
        deleteTree(checkpoint);
        return new Outcome(file.runs(), failures, true);
    }

    private <P, R> long assemble(Plan<P, R> plan, Path checkpoint, int blocks) throws IOException {
        SweepFile file = plan.file();
        if (file.outputs().contains("runs")) {
            concatenate(out.resolve("runs.csv"), plan.runsHeader(), checkpoint, blocks, "runs");
        }
        if (file.outputs().contains("points")) {
            concatenate(out.resolve("points.csv"), plan.pointsHeader(), checkpoint, blocks, "points");
        }
        long failures = 0;
        for (int b = 0; b < blocks; b++) {
            try (Stream<String> lines = Files.lines(blockFile(checkpoint, b, "failures"), StandardCharsets.UTF_8)) {
                failures += lines.count();
            }
        }
        if (failures > 0) {
            concatenate(out.resolve("failures.csv"), Plan.failuresHeader(), checkpoint, blocks, "failures");
        } else {
            Files.deleteIfExists(out.resolve("failures.csv"));
        }
        if (file.outputs().contains("charts") && !plan.charts().isEmpty()) {
            List<String> header = Csv.split(plan.pointsHeader());
            List<Charts> charts = new ArrayList<>();
            for (ChartSpec spec : plan.charts()) {
                charts.add(new Charts(spec, header));
            }
            for (int b = 0; b < blocks; b++) {
                try (BufferedReader reader =
                        Files.newBufferedReader(blockFile(checkpoint, b, "points"), StandardCharsets.UTF_8)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        List<String> row = Csv.split(line);
                        for (Charts chart : charts) {
                            chart.add(row);
                        }
                    }
                }
            }
            for (Charts chart : charts) {
                chart.write(out);
            }
        }
        if (file.outputs().contains("charts") && !plan.distributions().isEmpty()) {
            List<String> header = Csv.split(plan.runsHeader());
            List<Distributions> distributions = new ArrayList<>();
            for (DistributionSpec spec : plan.distributions()) {
                distributions.add(new Distributions(spec, header));
            }
            for (int b = 0; b < blocks; b++) {
                try (BufferedReader reader =
                        Files.newBufferedReader(blockFile(checkpoint, b, "runs"), StandardCharsets.UTF_8)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        List<String> row = Csv.split(line);
                        for (Distributions distribution : distributions) {
                            distribution.add(row);
                        }
                    }
                }
            }
            for (Distributions distribution : distributions) {
                distribution.write(out);
            }
        }
        return failures;
    }

    private void concatenate(Path target, String header, Path checkpoint, int blocks, String kind) throws IOException {
        AtomicFiles.write(target, stream -> {
            stream.write(utf8(header + "\n"));
            for (int b = 0; b < blocks; b++) {
                Files.copy(blockFile(checkpoint, b, kind), stream);
            }
        });
    }

    private void writeManifest(SweepFile file, Instant start, boolean resumed, long failures) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("sweepFile", file.path().toString());
        manifest.put("sweepSha256", file.sha256());
        manifest.put("library", "custdev " + Main.version());
        manifest.put("experiment", file.experiment().name());
        manifest.put("seed", file.seed());
        manifest.put("points", file.points());
        manifest.put("replications", file.replications());
        manifest.put("runs", file.runs());
        manifest.put("failures", failures);
        manifest.put("threads", threads);
        manifest.put("start", start.toString());
        manifest.put("end", clock.get().toString());
        manifest.put("resumed", resumed);
        manifest.putPOJO("outputs", file.outputs().toJavaList());
        AtomicFiles.write(out.resolve("manifest.json"), stream -> {
            mapper.writeValue(new NonClosing(stream), manifest);
            stream.write('\n');
        });
    }

    static Path blockFile(Path checkpoint, int block, String kind) {
        return checkpoint.resolve(String.format(Locale.ROOT, "block-%08d.%s.csv", block, kind));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** A stream that Jackson may close without closing the file underneath (the atomic writer closes it). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The clock of the progress bar. */
    static LongSupplier systemNanos() {
        return System::nanoTime;
    }
}
