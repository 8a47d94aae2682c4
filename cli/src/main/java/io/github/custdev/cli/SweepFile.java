package io.github.custdev.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vavr.collection.Array;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sweep file, read and validated: the experiment, the grid, the replications, the master seed, the outputs and the
 * limit on the number of runs, with the file's SHA-256. Immutable and thread-safe.
 *
 * <p>The file is YAML (JSON when its name ends in {@code .json}); see docs/simulation.md, "Sweeps from a file".
 */
final class SweepFile {

    /** The largest sweep accepted without a {@code maxRuns} field that allows more. */
    static final long DEFAULT_MAX_RUNS = 1_000_000_000L;

    /** The most points a grid may have (a grid point's index is an {@code int}). */
    static final long MAX_POINTS = Integer.MAX_VALUE - 8;

    /** The outputs a file may ask for. */
    static final Seq<String> OUTPUTS = Array.of("runs", "points", "charts");

    private static final Seq<String> FIELDS = Array.of(
            "experiment", "description", "grid", "replications", "seed", "outputs", "maxRuns", "commonRandomNumbers");

    private final Path path;
    private final String sha256;
    private final SweepExperiment<?, ?> experiment;
    private final GridValues grid;
    private final int replications;
    private final long seed;
    private final Set<String> outputs;
    private final boolean commonRandomNumbers;
    private final long points;

    private SweepFile(
            Path path,
            String sha256,
            SweepExperiment<?, ?> experiment,
            GridValues grid,
            int replications,
            long seed,
            Set<String> outputs,
            boolean commonRandomNumbers,
            long points) {
        this.path = path;
        this.sha256 = sha256;
        this.experiment = experiment;
        this.grid = grid;
        this.replications = replications;
        this.seed = seed;
        this.outputs = outputs;
        this.commonRandomNumbers = commonRandomNumbers;
        this.points = points;
    }

    /**
     * Reads and validates a sweep file.
     *
     * @param path the file
     * @param experiments the experiments it may name
     * @return the sweep, or every fault found, each {@code path: rule: value}
     */
    static Either<Seq<String>, SweepFile> read(Path path, Experiments experiments) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return Either.left(Array.of(path + ": cannot be read: " + e));
        }
        return parse(path, bytes, experiments);
    }

    /**
     * Validates the content of a sweep file.
     *
     * @param path the file's path (a name ending in {@code .json} is read as JSON), for the messages
     * @param bytes the file's content
     * @param experiments the experiments it may name
     * @return the sweep, or every fault found, each {@code path: rule: value}
     */
    static Either<Seq<String>, SweepFile> parse(Path path, byte[] bytes, Experiments experiments) {
        boolean json = path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        ObjectMapper mapper = json ? JsonMapper.builder().build() : new YAMLMapper(new YAMLFactory());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            return Either.left(Array.of(
                    path + ": not valid " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage() + locationOf(e)));
        } catch (IOException e) {
            return Either.left(Array.of(path + ": cannot be read: " + e));
        }
        return validate(root, experiments).map(parsed -> parsed.at(path, sha256(bytes)));
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private SweepFile at(Path file, String hash) {
        return new SweepFile(file, hash, experiment, grid, replications, seed, outputs, commonRandomNumbers, points);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Validates a parsed file; every fault is collected before the answer. */
    static Either<Seq<String>, SweepFile> validate(JsonNode root, Experiments experiments) {
        List<String> faults = new ArrayList<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Either.left(Array.of(
                    "(top): must be a mapping of fields (experiment, grid, replications, seed, " + "...): empty file"));
        }
        if (!root.isObject()) {
            return Either.left(Array.of(
                    "(top): must be a mapping of fields (experiment, grid, replications, seed, ...): " + text(root)));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                faults.add(field + ": unknown field (known: " + FIELDS.mkString(", ") + "): " + field);
            }
        }
        SweepExperiment<?, ?> experiment = null;
        JsonNode name = root.get("experiment");
        if (name == null) {
            faults.add("experiment: is required (one of " + experiments.names().mkString(", ") + "): missing");
        } else if (!name.isTextual() || experiments.find(name.textValue()).isEmpty()) {
            faults.add("experiment: must be one of " + experiments.names().mkString(", ") + ": " + text(name));
        } else {
            experiment = experiments.find(name.textValue()).get();
        }
        if (root.has("description") && !root.get("description").isTextual()) {
            faults.add("description: must be text: " + root.get("description"));
        }
        long replications = wholeNumber(root, "replications", 1, Integer.MAX_VALUE, true, 0, faults);
        long seed = wholeNumber(root, "seed", Long.MIN_VALUE, Long.MAX_VALUE, true, 0, faults);
        long maxRuns = wholeNumber(root, "maxRuns", 1, Long.MAX_VALUE, false, DEFAULT_MAX_RUNS, faults);
        boolean common = false;
        if (root.has("commonRandomNumbers")) {
            JsonNode node = root.get("commonRandomNumbers");
            if (node.isBoolean()) {
                common = node.booleanValue();
            } else {
                faults.add("commonRandomNumbers: must be true or false: " + text(node));
            }
        }
        Set<String> outputs = outputs(root.get("outputs"), faults);
        GridValues grid = GridValues.empty();
        JsonNode gridNode = root.get("grid");
        if (gridNode == null) {
            faults.add("grid: is required (a mapping of parameters to values, lists or ranges): missing");
        } else if (!gridNode.isObject()) {
            faults.add("grid: must be a mapping of parameters to values, lists or ranges: " + text(gridNode));
        } else if (gridNode.isEmpty()) {
            faults.add("grid: must name at least one parameter: {}");
        } else if (experiment != null) {
            grid = grid(experiment, gridNode, faults);
        }
        long points = 0;
        if (faults.isEmpty() && experiment != null) {
            faults.addAll(experiment.check(grid).asJava());
            BigInteger pointCount = BigInteger.ONE;
            for (Seq<Object> values : grid.asMap().values()) {
                pointCount = pointCount.multiply(BigInteger.valueOf(values.size()));
            }
            BigInteger runs = pointCount.multiply(BigInteger.valueOf(replications));
            if (pointCount.compareTo(BigInteger.valueOf(MAX_POINTS)) > 0) {
                faults.add("grid: must have at most " + MAX_POINTS + " points: " + pointCount);
            } else if (runs.compareTo(BigInteger.valueOf(maxRuns)) > 0) {
                faults.add("(sweep): must have at most maxRuns = " + maxRuns
                        + " runs (grid points times replications; set maxRuns to allow more): " + runs);
            }
            points = pointCount.longValue();
        }
        if (!faults.isEmpty() || experiment == null) {
            return Either.left(Array.ofAll(faults));
        }
        return Either.right(
                new SweepFile(Path.of(""), "", experiment, grid, (int) replications, seed, outputs, common, points));
    }

    private static GridValues grid(SweepExperiment<?, ?> experiment, JsonNode gridNode, List<String> faults) {
        GridValues grid = GridValues.empty();
        Seq<Parameter> parameters = experiment.parameters();
        for (Map.Entry<String, JsonNode> entry : gridNode.properties()) {
            String path = "grid." + entry.getKey();
            io.vavr.control.Option<Parameter> parameter =
                    parameters.find(p -> p.name().equals(entry.getKey()));
            if (parameter.isEmpty()) {
                faults.add(path + ": unknown parameter of " + experiment.name() + " (known: "
                        + parameters.map(Parameter::name).mkString(", ") + "): " + entry.getKey());
                continue;
            }
            Seq<Object> values = parameter.get().read(entry.getValue(), path, faults);
            if (!values.isEmpty()) {
                grid = grid.with(entry.getKey(), values, path, !entry.getValue().isContainerNode());
            }
        }
        for (Parameter parameter : parameters) {
            if (!gridNode.has(parameter.name())) {
                grid = grid.with(
                        parameter.name(), Array.of(parameter.defaultValue()), "defaults." + parameter.name(), true);
            }
        }
        return grid;
    }

    private static long wholeNumber(
            JsonNode root, String field, long min, long max, boolean required, long absent, List<String> faults) {
        JsonNode node = root.get(field);
        if (node == null) {
            if (required) {
                faults.add(field + ": is required: missing");
            }
            return absent;
        }
        String range = "[" + min + ", " + max + "]";
        if (!node.isIntegralNumber()) {
            faults.add(field + ": must be a whole number in " + range + ": " + text(node));
            return absent;
        }
        BigInteger value = node.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            faults.add(field + ": must be in " + range + ": " + value);
            return absent;
        }
        return value.longValueExact();
    }

    private static Set<String> outputs(JsonNode node, List<String> faults) {
        if (node == null) {
            return LinkedHashSet.ofAll(OUTPUTS);
        }
        if (!node.isArray()) {
            faults.add("outputs: must be a list of " + OUTPUTS.mkString(", ") + ": " + text(node));
            return LinkedHashSet.empty();
        }
        Set<String> outputs = LinkedHashSet.empty();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || !OUTPUTS.contains(item.textValue())) {
                faults.add("outputs[" + i + "]: must be one of " + OUTPUTS.mkString(", ") + ": " + text(item));
            } else if (outputs.contains(item.textValue())) {
                faults.add("outputs[" + i + "]: must not repeat an output: " + item.textValue());
            } else {
                outputs = outputs.add(item.textValue());
            }
        }
        return outputs;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }

    Path path() {
        return path;
    }

    String sha256() {
        return sha256;
    }

    SweepExperiment<?, ?> experiment() {
        return experiment;
    }

    GridValues grid() {
        return grid;
    }

    int replications() {
        return replications;
    }

    long seed() {
        return seed;
    }

    Set<String> outputs() {
        return outputs;
    }

    boolean commonRandomNumbers() {
        return commonRandomNumbers;
    }

    /** The number of grid points, at most {@link #MAX_POINTS}. */
    long points() {
        return points;
    }

    /** The number of runs: points times replications. */
    long runs() {
        return points * replications;
    }
}
