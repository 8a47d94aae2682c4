package io.github.custdev.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.custdev.InvalidValueException;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One parameter an experiment declares for its sweeps: its name in the sweep file, its kind (a whole number, a
 * decimal or a choice among names), its allowed range and its value when the file's grid does not name it.
 *
 * <p>In a sweep file a parameter's grid entry is a single value, a list of values, or (for numbers) a range
 * {@code {from: 0, to: 0.2, step: 0.05}} with both ends included. Decimal ranges are computed in decimal arithmetic
 * ({@code from + i * step}, exactly, then rounded once to the nearest double), so that {@code 0.15} is the double that
 * the text {@code 0.15} means, whatever the step.
 *
 * <p>Immutable and thread-safe.
 */
public final class Parameter {

    /** The most values one range may expand to. */
    public static final int MAX_RANGE_VALUES = 1_000_000;

    /** What values a parameter takes. Immutable and thread-safe. */
    public enum Kind {
        /** Whole numbers ({@link Integer}) in {@code [min, max]}. */
        INTEGER,
        /** Finite decimal numbers ({@link Double}) in {@code [min, max]}. */
        DECIMAL,
        /** One of a fixed list of names ({@link String}). */
        CHOICE
    }

    private final String name;
    private final Kind kind;
    private final BigDecimal min;
    private final BigDecimal max;
    private final Seq<String> choices;
    private final Object defaultValue;
    private final String description;

    private Parameter(
            String name,
            Kind kind,
            BigDecimal min,
            BigDecimal max,
            Seq<String> choices,
            Object defaultValue,
            String description) {
        this.name = name;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /**
     * A whole-number parameter.
     *
     * @param name the name in the sweep file
     * @param min the smallest value allowed
     * @param max the largest value allowed, at least {@code min}
     * @param defaultValue the value when the grid does not name the parameter, in {@code [min, max]}
     * @param description what the parameter is, for a reader of the documentation
     * @return the parameter
     * @throws io.github.custdev.InvalidValueException if the name is blank or the bounds or the default are inconsistent
     */
    public static Parameter integer(String name, int min, int max, int defaultValue, String description) {
        if (min > max || defaultValue < min || defaultValue > max) {
            throw InvalidValueException.of(
                    name + ".default", "must be in [min, max] = [" + min + ", " + max + "]", defaultValue);
        }
        return new Parameter(
                checkName(name),
                Kind.INTEGER,
                BigDecimal.valueOf(min),
                BigDecimal.valueOf(max),
                Array.empty(),
                defaultValue,
                description);
    }

    /**
     * A decimal parameter.
     *
     * @param name the name in the sweep file
     * @param min the smallest value allowed, finite
     * @param max the largest value allowed, finite, at least {@code min}
     * @param defaultValue the value when the grid does not name the parameter, in {@code [min, max]}
     * @param description what the parameter is
     * @return the parameter
     * @throws io.github.custdev.InvalidValueException if the name is blank or the bounds or the default are inconsistent
     */
    public static Parameter decimal(String name, double min, double max, double defaultValue, String description) {
        if (!(Double.isFinite(min)
                && Double.isFinite(max)
                && min <= max
                && defaultValue >= min
                && defaultValue <= max)) {
            throw InvalidValueException.of(
                    name + ".default", "must be in [min, max] = [" + min + ", " + max + "]", defaultValue);
        }
        return new Parameter(
                checkName(name),
                Kind.DECIMAL,
                BigDecimal.valueOf(min),
                BigDecimal.valueOf(max),
                Array.empty(),
                defaultValue,
                description);
    }

    /**
     * A parameter that takes one of a list of names.
     *
     * @param name the name in the sweep file
     * @param choices the names allowed, at least one, distinct
     * @param defaultValue the value when the grid does not name the parameter, one of the choices
     * @param description what the parameter is
     * @return the parameter
     * @throws io.github.custdev.InvalidValueException if the name is blank, there is no choice or the default is not one
     */
    public static Parameter choice(String name, Seq<String> choices, String defaultValue, String description) {
        if (choices.isEmpty()
                || !choices.contains(defaultValue)
                || choices.distinct().size() != choices.size()) {
            throw InvalidValueException.of(
                    name + ".default", "must be one of distinct choices " + choices.mkString(", "), defaultValue);
        }
        return new Parameter(
                checkName(name), Kind.CHOICE, BigDecimal.ZERO, BigDecimal.ZERO, choices, defaultValue, description);
    }

    private static String checkName(String name) {
        if (name.isBlank()) {
            throw InvalidValueException.of("name", "must not be blank", name);
        }
        return name;
    }

    /**
     * The name in the sweep file and the column header in the tables.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The kind of values.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The value when the grid does not name the parameter: an {@link Integer}, a {@link Double} or a {@link String}
     * according to the kind.
     *
     * @return the default
     */
    public Object defaultValue() {
        return defaultValue;
    }

    /**
     * What the parameter is.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The allowed values in words: {@code [0, 19]}, {@code [0.0, 1.0]} or {@code one of adjacent, random}.
     *
     * @return the rule's text
     */
    public String allowed() {
        switch (kind) {
            case INTEGER:
                return "[" + min.toBigInteger() + ", " + max.toBigInteger() + "]";
            case DECIMAL:
                return "[" + min.doubleValue() + ", " + max.doubleValue() + "]";
            default:
                return "one of " + choices.mkString(", ");
        }
    }

    /**
     * A value as a table shows it: whole numbers in decimal digits, decimals as {@link Double#toString(double)} (the
     * shortest text that reads back as the same double, whatever the locale), names as they are.
     *
     * @param value a value of this parameter
     * @return the text
     */
    public static String format(Object value) {
        if (value instanceof Double) {
            return Double.toString((Double) value);
        }
        return String.valueOf(value);
    }

    /**
     * Reads the grid entry of this parameter: a value, a list of values or a range.
     *
     * @param node the entry
     * @param path the entry's path in the file, for the messages
     * @param faults where the faults go, each {@code path: rule: value}
     * @return the values, in the order given; empty if there was a fault
     */
    Seq<Object> read(JsonNode node, String path, List<String> faults) {
        int before = faults.size();
        List<Object> values = new ArrayList<>();
        if (node.isArray()) {
            if (node.isEmpty()) {
                faults.add(path + ": must not be empty: []");
            }
            for (int i = 0; i < node.size(); i++) {
                value(node.get(i), path + "[" + i + "]", faults).forEach(values::add);
            }
        } else if (node.isObject()) {
            range(node, path, faults, values);
        } else {
            value(node, path, faults).forEach(values::add);
        }
        return faults.size() > before ? Array.empty() : Array.ofAll(values);
    }

    private Option<Object> value(JsonNode node, String path, List<String> faults) {
        switch (kind) {
            case INTEGER: {
                Option<BigDecimal> number = number(node, path, faults);
                if (number.isEmpty()) {
                    return Option.none();
                }
                BigDecimal x = number.get();
                if (x.stripTrailingZeros().scale() > 0) {
                    faults.add(path + ": must be a whole number: " + node.asText());
                    return Option.none();
                }
                if (!inRange(x, path, node.asText(), faults)) {
                    return Option.none();
                }
                return Option.some(x.intValueExact());
            }
            case DECIMAL: {
                Option<BigDecimal> number = number(node, path, faults);
                if (number.isEmpty() || !inRange(number.get(), path, node.asText(), faults)) {
                    return Option.none();
                }
                return Option.some(number.get().doubleValue());
            }
            default: {
                String text = node.isTextual() ? node.textValue() : node.toString();
                if (!node.isValueNode() || !choices.contains(text)) {
                    faults.add(path + ": must be " + allowed() + ": " + text);
                    return Option.none();
                }
                return Option.some(text);
            }
        }
    }

    private Option<BigDecimal> number(JsonNode node, String path, List<String> faults) {
        if (!node.isNumber()) {
            faults.add(path + ": must be a number: " + (node.isTextual() ? node.textValue() : node.toString()));
            return Option.none();
        }
        return Option.some(node.decimalValue());
    }

    private boolean inRange(BigDecimal x, String path, String text, List<String> faults) {
        if (x.compareTo(min) < 0 || x.compareTo(max) > 0) {
            faults.add(path + ": must be in " + allowed() + ": " + text);
            return false;
        }
        return true;
    }

    private void range(JsonNode node, String path, List<String> faults, List<Object> values) {
        if (kind == Kind.CHOICE) {
            faults.add(path + ": must be a name or a list of names, not a range: " + node);
            return;
        }
        int before = faults.size();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (!key.equals("from") && !key.equals("to") && !key.equals("step")) {
                faults.add(path + "." + key + ": unknown field of a range (known: from, to, step): " + key);
            }
        }
        Option<BigDecimal> from = bound(node, "from", path, faults);
        Option<BigDecimal> to = bound(node, "to", path, faults);
        Option<BigDecimal> step;
        if (node.has("step")) {
            step = number(node.get("step"), path + ".step", faults);
        } else if (kind == Kind.INTEGER) {
            step = Option.some(BigDecimal.ONE);
        } else {
            faults.add(path + ".step: is required for a decimal range: missing");
            step = Option.none();
        }
        if (step.isDefined() && step.get().signum() <= 0) {
            faults.add(path + ".step: must be positive: " + node.get("step").asText());
        } else if (step.isDefined()
                && kind == Kind.INTEGER
                && step.get().stripTrailingZeros().scale() > 0) {
            faults.add(
                    path + ".step: must be a whole number: " + node.get("step").asText());
        }
        if (faults.size() > before || from.isEmpty() || to.isEmpty() || step.isEmpty()) {
            return;
        }
        if (to.get().compareTo(from.get()) < 0) {
            faults.add(path + ".to: must be at least from (" + node.get("from").asText() + "): "
                    + node.get("to").asText());
            return;
        }
        BigInteger count = to.get()
                .subtract(from.get())
                .divideToIntegralValue(step.get())
                .toBigIntegerExact()
                .add(BigInteger.ONE);
        if (count.compareTo(BigInteger.valueOf(MAX_RANGE_VALUES)) > 0) {
            faults.add(path + ": must expand to at most " + MAX_RANGE_VALUES + " values: " + count);
            return;
        }
        for (int i = 0; i < count.intValueExact(); i++) {
            BigDecimal x = from.get().add(step.get().multiply(BigDecimal.valueOf(i)));
            values.add(kind == Kind.INTEGER ? (Object) x.intValueExact() : (Object) x.doubleValue());
        }
    }

    private Option<BigDecimal> bound(JsonNode node, String field, String path, List<String> faults) {
        String at = path + "." + field;
        if (!node.has(field)) {
            faults.add(at + ": is required in a range: missing");
            return Option.none();
        }
        Option<Object> value = value(node.get(field), at, faults);
        return value.isEmpty() ? Option.none() : Option.some(node.get(field).decimalValue());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Parameter[%s, %s, default %s]", name, allowed(), format(defaultValue));
    }
}
