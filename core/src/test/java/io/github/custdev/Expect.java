package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Assertions on the library's errors: the exact message and the structured fields of the exception. */
public final class Expect {
    private Expect() {}

    /**
     * Asserts that the call throws an {@link InvalidValueException} with exactly this message and these fields.
     *
     * @param message the whole message, written out by hand
     * @param field the expected {@link InvalidValueException#field()}
     * @param rule the expected {@link InvalidValueException#rule()}
     * @param value the expected {@link InvalidValueException#value()}
     * @param call the call that must fail
     * @return the exception, for further checks
     */
    public static InvalidValueException invalid(
            String message, String field, String rule, Object value, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertAll(
                () -> assertEquals(message, e.getMessage(), "message"),
                () -> assertEquals(field, e.field(), "field"),
                () -> assertEquals(rule, e.rule(), "rule"),
                () -> assertEquals(value, e.value(), "value"));
        return e;
    }

    /**
     * Asserts that the call throws an {@link InvalidValueException} for a missing value: {@code field is null}.
     *
     * @param field the field that is null
     * @param call the call that must fail
     * @return the exception
     */
    public static InvalidValueException isNull(String field, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertAll(
                () -> assertEquals(field + " is null", e.getMessage(), "message"),
                () -> assertEquals(field, e.field(), "field"),
                () -> assertEquals("must not be null", e.rule(), "rule"),
                () -> assertNull(e.value(), "value"));
        return e;
    }
}
