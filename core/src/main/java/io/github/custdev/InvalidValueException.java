package io.github.custdev;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value given to custdev breaks a rule of its field: a probability outside [0, 1], a negative count, a
 * blank name, a missing value.
 *
 * <p>The message names the field, the rule and the rejected value, as in {@code successRate must be in [0, 1]: 1.3}
 * or, for a missing value, {@code evidence is null}; the same three parts are available as fields. A value whose text
 * is longer than 200 characters is quoted by its first 200, an ellipsis and its length, as in
 * {@code name must not be blank: "   ..." (1048576 characters)}; {@link #value()} keeps it whole. The caller's data
 * is never changed by the failed call.
 */
@API(status = STABLE, since = "0.1.0")
public final class InvalidValueException extends CustDevException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;
    private final transient @Nullable Object value;

    private InvalidValueException(String field, String rule, @Nullable Object value, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
        this.value = value;
    }

    /**
     * An exception for a required value that is missing, with the message {@code field is null}. Generated builders
     * call this constructor; code that knows the rule it checks uses {@link #of} or {@link #ofNull}. Public only because
     * the generated classes of every value package call it; its status is {@code INTERNAL}.
     *
     * @param field the name of the field that is null
     */
    @API(status = INTERNAL, since = "0.1.0")
    public InvalidValueException(String field) {
        this(field, "must not be null", null, field + " is null");
    }

    /**
     * An exception for a value that breaks a rule.
     *
     * @param field the name of the field, as the caller knows it ({@code "successRate"}, {@code "criterion.threshold"})
     * @param rule the rule, worded to follow the field ({@code "must be in [0, 1]"})
     * @param value the rejected value
     * @return the exception, with the message {@code field rule: value}
     */
    public static InvalidValueException of(String field, String rule, @Nullable Object value) {
        return new InvalidValueException(field, rule, value, field + ' ' + rule + ": " + render(value));
    }

    /**
     * An exception for a value that is missing.
     *
     * @param field the name of the field that is null
     * @return the exception, with the message {@code field is null}
     */
    public static InvalidValueException ofNull(String field) {
        return new InvalidValueException(field);
    }

    /**
     * The field whose value broke the rule.
     *
     * @return the field's name, as used in the message
     */
    public String field() {
        return field;
    }

    /**
     * The rule that the value broke.
     *
     * @return the rule, worded to follow the field's name
     */
    public String rule() {
        return rule;
    }

    /**
     * The rejected value, as the caller gave it; {@code null} when the value was missing or when the exception was
     * deserialized.
     *
     * @return the rejected value, or {@code null}
     */
    public @Nullable Object value() {
        return value;
    }

    /** The longest rendering of a rejected value quoted whole in a message; longer ones are cut. */
    static final int MAXIMUM_RENDERED = 200;

    private static String render(@Nullable Object value) {
        String text = String.valueOf(value);
        boolean quoted = value instanceof CharSequence;
        if (text.length() <= MAXIMUM_RENDERED) {
            return quoted ? '"' + text + '"' : text;
        }
        int end =
                Character.isHighSurrogate(text.charAt(MAXIMUM_RENDERED - 1)) ? MAXIMUM_RENDERED - 1 : MAXIMUM_RENDERED;
        String head = text.substring(0, end) + "...";
        return (quoted ? '"' + head + '"' : head) + " (" + text.length() + " characters)";
    }
}
