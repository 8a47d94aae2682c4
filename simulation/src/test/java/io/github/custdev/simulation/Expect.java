package io.github.custdev.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.InvalidValueException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a call is refused with the library's exception and the whole expected message. */
final class Expect {

    private Expect() {}

    static void invalid(String message, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertEquals(message, e.getMessage());
    }
}
