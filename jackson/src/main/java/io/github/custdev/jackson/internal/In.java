package io.github.custdev.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.custdev.CustDevException;
import io.github.custdev.InvalidValueException;
import io.github.custdev.MissingValueException;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object being read: its JSON Pointer, the fields read so far, and strict accessors that fail with the
 * path and the rule.
 */
final class In {
    private final JsonNode node;
    private final String path;
    private final Reader reader;
    private final Set<String> read = new HashSet<>();

    private In(JsonNode node, String path, Reader reader) {
        this.node = node;
        this.path = path;
        this.reader = reader;
    }

    static In object(JsonNode node, String path, Reader reader) {
        if (!node.isObject()) {
            throw Reader.fail(path, "must be a JSON object", kind(node));
        }
        return new In(node, path, reader);
    }

    String path() {
        return path;
    }

    String at(String field) {
        return path + '/' + field.replace("~", "~0").replace("/", "~1");
    }

    Reader reader() {
        return reader;
    }

    private static String kind(JsonNode node) {
        return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + node;
    }

    JsonNode field(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null) {
            throw Reader.fail(at(name), "is missing", null);
        }
        if (value.isNull()) {
            throw Reader.fail(at(name), "must not be null", null);
        }
        return value;
    }

    /** A field that must be present, null standing for none. */
    @Nullable
    JsonNode optional(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null) {
            throw Reader.fail(at(name), "is missing (write null for none)", null);
        }
        return value.isNull() ? null : value;
    }

    String text(String name) {
        return text(field(name), at(name));
    }

    static String text(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw Reader.fail(path, "must be a string", kind(value));
        }
        return value.textValue();
    }

    Option<String> optionalText(String name) {
        JsonNode value = optional(name);
        return value == null ? Option.none() : Option.some(text(value, at(name)));
    }

    long whole(String name) {
        return whole(field(name), at(name));
    }

    static long whole(JsonNode value, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw Reader.fail(
                    path, "must be a whole number in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]", kind(value));
        }
        return value.longValue();
    }

    Option<Long> optionalWhole(String name) {
        JsonNode value = optional(name);
        return value == null ? Option.none() : Option.some(whole(value, at(name)));
    }

    int integer(String name) {
        JsonNode value = field(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw Reader.fail(
                    at(name),
                    "must be a whole number in [" + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "]",
                    kind(value));
        }
        return value.intValue();
    }

    double number(String name) {
        JsonNode value = field(name);
        if (!value.isNumber()) {
            throw Reader.fail(at(name), "must be a number", kind(value));
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw Reader.fail(at(name), "must be a finite number", value.asText());
        }
        return number;
    }

    /** A finite number, or none when the field is null. */
    Option<Double> optionalNumber(String name) {
        JsonNode value = optional(name);
        if (value == null) {
            return Option.none();
        }
        if (!value.isNumber()) {
            throw Reader.fail(at(name), "must be a number", kind(value));
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw Reader.fail(at(name), "must be a finite number", value.asText());
        }
        return Option.some(number);
    }

    /**
     * A number that may also be infinite, written as the string {@code "Infinity"} or {@code "-Infinity"} (JSON has
     * no infinities); never NaN.
     */
    double extended(String name) {
        JsonNode value = field(name);
        if (value.isTextual()) {
            if (value.textValue().equals("Infinity")) {
                return Double.POSITIVE_INFINITY;
            } else if (value.textValue().equals("-Infinity")) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        if (!value.isNumber()) {
            throw Reader.fail(at(name), "must be a number, \"Infinity\" or \"-Infinity\"", kind(value));
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw Reader.fail(at(name), "must be a finite number, \"Infinity\" or \"-Infinity\"", value.asText());
        }
        return number;
    }

    boolean bool(String name) {
        JsonNode value = field(name);
        if (!value.isBoolean()) {
            throw Reader.fail(at(name), "must be true or false", kind(value));
        }
        return value.booleanValue();
    }

    BigDecimal money(String name) {
        return money(field(name), at(name));
    }

    static BigDecimal money(JsonNode value, String path) {
        String text = text(value, path);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw Reader.fail(path, "must be a decimal number written as a string, such as \"12.50\"", text);
        }
    }

    Option<BigDecimal> optionalMoney(String name) {
        JsonNode value = optional(name);
        return value == null ? Option.none() : Option.some(money(value, at(name)));
    }

    Instant instant(String name) {
        return instant(field(name), at(name));
    }

    static Instant instant(JsonNode value, String path) {
        String text = text(value, path);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw Reader.fail(path, "must be an ISO-8601 instant in UTC, such as \"2026-03-02T09:00:00Z\"", text);
        }
    }

    Option<Instant> optionalInstant(String name) {
        JsonNode value = optional(name);
        return value == null ? Option.none() : Option.some(instant(value, at(name)));
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
        return constant(field(name), at(name), type);
    }

    static <E extends Enum<E>> E constant(JsonNode value, String path, Class<E> type) {
        String text = text(value, path);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw Reader.fail(path, "must be one of " + Arrays.toString(type.getEnumConstants()), text);
    }

    In object(String name) {
        return object(field(name), at(name), reader);
    }

    @Nullable
    In optionalObject(String name) {
        JsonNode value = optional(name);
        return value == null ? null : object(value, at(name), reader);
    }

    <T> Vector<T> array(String name, ElementReader<T> each) {
        JsonNode value = field(name);
        String where = at(name);
        if (!value.isArray()) {
            throw Reader.fail(where, "must be a JSON array", kind(value));
        }
        Vector<T> items = Vector.empty();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = where + '/' + i;
            if (item.isNull()) {
                throw Reader.fail(itemPath, "must not be null", null);
            }
            items = items.append(each.read(item, itemPath));
        }
        return items;
    }

    <T> Vector<T> objects(String name, Function<In, T> each) {
        return array(name, (item, itemPath) -> each.apply(object(item, itemPath, reader)));
    }

    Iterator<java.util.Map.Entry<String, JsonNode>> entries(String name) {
        JsonNode value = field(name);
        if (!value.isObject()) {
            throw Reader.fail(at(name), "must be a JSON object", kind(value));
        }
        return value.properties().iterator();
    }

    /** Refuses the fields nobody read, unless the reader allows unknown fields. */
    void end() {
        if (reader.allowsUnknownFields()) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw Reader.fail(
                        at(name),
                        "is not a field here (known: " + String.join(", ", new java.util.TreeSet<>(read)) + ")",
                        null);
            }
        }
    }

    /**
     * Builds a value through a core factory and names the JSON path of the field it refuses.
     *
     * @param build the factory call
     * @return the value
     */
    <T> T build(Supplier<T> build) {
        return build(java.util.Map.of(), build);
    }

    /**
     * Builds a value through a core factory, naming the JSON field of a refused core field through the aliases
     * first (the core's {@code runway} is the JSON's {@code remaining}).
     *
     * @param aliases JSON field names by core field name
     * @param build the factory call
     * @return the value
     */
    <T> T build(java.util.Map<String, String> aliases, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String field = e.field();
            String last = field.substring(field.lastIndexOf('.') + 1);
            int bracket = last.indexOf('[');
            String key = aliases.getOrDefault(field, bracket > 0 ? last.substring(0, bracket) : last);
            throw Reader.fail(node.has(key) ? at(key) : path, String.valueOf(e.getMessage()), null);
        } catch (MissingValueException e) {
            throw Reader.fail(path, String.valueOf(e.getMessage()), null);
        } catch (CustDevException e) {
            throw Reader.fail(path, String.valueOf(e.getMessage()), null);
        }
    }

    /** Reads one element of an array. */
    interface ElementReader<T> {
        T read(JsonNode item, String path);
    }
}
