package io.github.custdev.cli;

import io.github.custdev.simulation.Sweep;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code custdev} command: {@code run} a sweep file into a directory, or {@code validate} one. Exit codes: 0 when
 * every run succeeded, 1 when a run failed or a file could not be written, 2 for a usage error or an invalid sweep
 * file (nothing runs). Messages go to the error stream, results to the output stream.
 *
 * <p>{@link #main(String[])} is the runnable jar's entry point. An instance is picocli's, one per invocation (picocli
 * sets its fields); the static members are thread-safe.
 */
@Command(
        name = "custdev",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Runs parameter sweeps of the custdev simulation declared in a YAML file.",
        footer = {
            "",
            "Exit codes: 0 ok, 1 a run failed or a file could not be written, 2 usage error or invalid sweep file.",
            "The sweep file format: docs/simulation.md, \"Sweeps from a file\"."
        })
public final class Main implements Callable<Integer> {

    /** Exit code: every run succeeded. */
    public static final int OK = 0;

    /** Exit code: a run failed, or an output could not be written. */
    public static final int RUN_FAILURE = 1;

    /** Exit code: a usage error or an invalid sweep file; nothing ran. */
    public static final int USAGE = 2;

    @Spec
    @Nullable
    CommandSpec spec;

    /** What the commands depend on besides their arguments, replaced in tests. */
    record Context(
            Experiments experiments,
            boolean terminal,
            LongSupplier nanos,
            Supplier<Instant> clock,
            long progressIntervalNanos,
            long blockRuns,
            long stopAfterBlocks) {

        static Context system() {
            return new Context(
                    Experiments.builtIn(),
                    isTerminal(),
                    System::nanoTime,
                    Instant::now,
                    10_000_000_000L,
                    SweepRunner.BLOCK_RUNS,
                    Long.MAX_VALUE);
        }
    }

    private Main() {}

    /**
     * Whether the standard streams are a terminal: {@code System.console()} is null otherwise up to JDK 21; from JDK
     * 22 on it is never null, and {@code Console.isTerminal()} (called by reflection, this code targets Java 17) says.
     */
    @SuppressWarnings("SystemConsoleNull") // null is checked for JDK 17 to 21 only; isTerminal() decides after
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err, Context.system()));
    }

    /** Runs the command line with the given streams and context; returns the exit code. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Context context) {
        CommandLine line = new CommandLine(new Main());
        line.addSubcommand("run", new RunCommand(context));
        line.addSubcommand("validate", new ValidateCommand(context));
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("custdev: error: " + e);
            commandLine.getErr().flush();
            return RUN_FAILURE;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        CommandSpec command = java.util.Objects.requireNonNull(spec);
        throw new CommandLine.ParameterException(command.commandLine(), "Missing required command: run or validate");
    }

    /** The version of the library, from the build. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the version for {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"custdev " + version()};
        }
    }

    /** Reads and validates a sweep file, printing its faults; none if it is invalid. */
    static @Nullable SweepFile read(Path file, Context context, PrintWriter err) {
        Either<Seq<String>, SweepFile> read = SweepFile.read(file, context.experiments());
        if (read.isLeft()) {
            err.println("custdev: " + file + " is not a valid sweep file ("
                    + read.getLeft().size() + " fault" + (read.getLeft().size() == 1 ? "" : "s") + "; nothing ran):");
            for (String fault : read.getLeft()) {
                err.println("  " + fault);
            }
            err.flush();
            return null;
        }
        return read.get();
    }

    /** {@code custdev run SWEEP.yaml --out DIR [--threads N] [--resume]}. */
    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Runs a sweep file: writes runs.csv, points.csv, charts (PNG and SVG) and manifest.json.")
    static final class RunCommand implements Callable<Integer> {

        private final Context context;

        @Spec
        @Nullable
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "the sweep file")
        @Nullable
        Path file;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "DIR",
                description = "the output directory (created if missing)")
        @Nullable
        Path out;

        @Option(
                names = "--threads",
                paramLabel = "N",
                description = "worker threads (default: the processors, ${DEFAULT-VALUE})")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--resume", description = "continue the interrupted run in DIR from its completed points")
        boolean resume;

        RunCommand(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            CommandSpec command = java.util.Objects.requireNonNull(spec);
            PrintWriter err = command.commandLine().getErr();
            PrintWriter stdout = command.commandLine().getOut();
            if (threads < 1) {
                throw new CommandLine.ParameterException(
                        command.commandLine(), "--threads must be at least 1: " + threads);
            }
            Path sweepFile = java.util.Objects.requireNonNull(file);
            Path directory = java.util.Objects.requireNonNull(out);
            SweepFile sweep = read(sweepFile, context, err);
            if (sweep == null) {
                return USAGE;
            }
            Plan<?, ?> plan = Plan.of(sweep);
            SweepRunner runner = new SweepRunner(
                    plan,
                    directory,
                    threads,
                    resume,
                    (total, done) -> new Progress(
                            err, context.terminal(), total, done, context.nanos(), context.progressIntervalNanos()),
                    context.blockRuns(),
                    context.stopAfterBlocks(),
                    context.clock());
            SweepRunner.Outcome outcome;
            try {
                outcome = runner.run();
            } catch (SweepRunner.Refusal e) {
                err.println("custdev: " + e.getMessage());
                return USAGE;
            }
            if (!outcome.finished()) {
                err.println("custdev: stopped before the end; run again with --resume to continue");
                return RUN_FAILURE;
            }
            if (outcome.failures() > 0) {
                err.println("custdev: " + outcome.failures() + " of " + outcome.runs()
                        + " runs failed: see failures.csv in " + directory);
                stdout.println("wrote " + directory);
                return RUN_FAILURE;
            }
            stdout.println("wrote " + directory + " (" + outcome.runs() + " runs)");
            return OK;
        }
    }

    /** {@code custdev validate SWEEP.yaml}. */
    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = "Checks a sweep file and prints the number of runs and an estimate of the time.")
    static final class ValidateCommand implements Callable<Integer> {

        /** The sample runs of the estimate stop after this long. */
        static final long SAMPLE_NANOS = 2_000_000_000L;

        static final int SAMPLES = 8;

        private final Context context;

        @Spec
        @Nullable
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "the sweep file")
        @Nullable
        Path file;

        @Option(
                names = "--threads",
                paramLabel = "N",
                description = "the threads the estimate assumes (default: the processors, ${DEFAULT-VALUE})")
        int threads = Runtime.getRuntime().availableProcessors();

        ValidateCommand(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CommandSpec command = java.util.Objects.requireNonNull(spec);
            if (threads < 1) {
                throw new CommandLine.ParameterException(
                        command.commandLine(), "--threads must be at least 1: " + threads);
            }
            Path sweepFile = java.util.Objects.requireNonNull(file);
            SweepFile sweep = read(sweepFile, context, command.commandLine().getErr());
            if (sweep == null) {
                return USAGE;
            }
            PrintWriter stdout = command.commandLine().getOut();
            stdout.println(String.format(
                    Locale.ROOT,
                    "%s: valid: experiment %s, %d points x %d replications = %d runs",
                    sweepFile,
                    sweep.experiment().name(),
                    sweep.points(),
                    sweep.replications(),
                    sweep.runs()));
            stdout.println(estimate(Plan.of(sweep).sweep(), sweep));
            return OK;
        }

        /** Times a few runs spread over the grid and scales their mean to the whole sweep. */
        private String estimate(Sweep<?, ?> sweep, SweepFile file) {
            LongSupplier nanos = context.nanos();
            int samples = (int) Math.min(SAMPLES, file.points());
            long start = nanos.getAsLong();
            int ran = 0;
            for (int i = 0; i < samples && nanos.getAsLong() - start < SAMPLE_NANOS; i++) {
                long point = samples == 1 ? 0 : i * (file.points() - 1) / (samples - 1);
                sweep.execute(point * file.replications());
                ran++;
            }
            double perRun = (nanos.getAsLong() - start) / 1e9 / ran;
            double seconds = perRun * file.runs() / threads;
            return String.format(
                    Locale.ROOT,
                    "estimated time: about %s on %d thread%s (%s per run, from %d sample run%s)",
                    Progress.duration(seconds),
                    threads,
                    threads == 1 ? "" : "s",
                    perRun >= 1
                            ? String.format(Locale.ROOT, "%.2f s", perRun)
                            : String.format(Locale.ROOT, "%.3f ms", perRun * 1e3),
                    ran,
                    ran == 1 ? "" : "s");
        }
    }
}
