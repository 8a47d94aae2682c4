package io.github.custdev;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Thrown when a builder is asked to build before every required value is set: {@code Hypothesis.builder()} without a
 * statement, {@code UnitEconomics.builder()} without a price.
 *
 * <p>The message names each missing field as the library's other messages name it, followed by the rule, as in
 * {@code hypothesis.statement is not set} or {@code hypothesis.statement and hypothesis.criterion are not set}; the
 * fields are available as {@link #fields()}. The builder is left as it was, so the caller can set what is missing and
 * build again.
 */
@API(status = STABLE, since = "0.1.0")
public final class MissingValueException extends CustDevException {
    private static final long serialVersionUID = 1L;

    /** The message of the generated builders, which this exception rewords. */
    private static final Pattern GENERATED =
            Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

    private final transient Seq<String> fields;

    /**
     * An exception from the message of a generated builder ({@code "Cannot build Hypothesis, some of required
     * attributes are not set [statement, criterion]"}), reworded as {@code "hypothesis.statement and
     * hypothesis.criterion are not set"}. The value builders of custdev call this constructor; code that knows the
     * missing fields uses {@link #of(Seq)}. A message of another form is kept as it is, with no fields.
     * Public only because the generated classes of every value package call it; its status is {@code INTERNAL}.
     *
     * @param generated the generated builder's message
     */
    @API(status = INTERNAL, since = "0.1.0")
    public MissingValueException(String generated) {
        this(parse(generated), generated);
    }

    private MissingValueException(Seq<String> fields, String generated) {
        super(fields.isEmpty() ? generated : message(fields));
        this.fields = fields;
    }

    /**
     * An exception naming the fields that are not set.
     *
     * @param fields the fields, as the library's messages name them ({@code "hypothesis.statement"}), at least one
     * @return the exception, with the message {@code "a is not set"} or {@code "a, b and c are not set"}
     * @throws InvalidValueException if {@code fields} is null, empty or holds a null
     */
    public static MissingValueException of(Seq<String> fields) {
        Checks.notNull(fields, "fields");
        if (fields.isEmpty()) {
            throw InvalidValueException.of("fields", "must not be empty", "[]");
        }
        fields.forEachWithIndex((field, i) -> Checks.notNull(field, "fields[" + i + "]"));
        return new MissingValueException(Vector.ofAll(fields), message(fields));
    }

    /**
     * The fields that are not set, in the order the builder declares them.
     *
     * @return the fields, as the message names them; empty only for a message this exception could not read
     */
    public Seq<String> fields() {
        return fields;
    }

    private static Seq<String> parse(String generated) {
        Matcher matcher = GENERATED.matcher(String.valueOf(generated));
        if (!matcher.matches()) {
            return Vector.empty();
        }
        String prefix = prefixOf(matcher.group(1));
        return Vector.of(matcher.group(2).split(", ")).map(name -> prefix + '.' + name);
    }

    /** The name the library's messages give a value type: {@code economics} for {@code UnitEconomics}. */
    private static String prefixOf(String type) {
        switch (type) {
            case "UnitEconomics":
                return "economics";
            case "SuccessCriterion":
                return "criterion";
            default:
                return Character.toLowerCase(type.charAt(0)) + type.substring(1);
        }
    }

    private static String message(Seq<String> fields) {
        if (fields.size() == 1) {
            return fields.head() + " is not set";
        }
        return fields.init().mkString(", ") + " and " + fields.last() + " are not set";
    }
}
