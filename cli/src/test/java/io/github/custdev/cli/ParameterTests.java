package io.github.custdev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.InvalidValueException;
import io.vavr.collection.Array;
import org.junit.jupiter.api.Test;

class ParameterTests {

    private static String message(Runnable declaration) {
        return assertThrows(InvalidValueException.class, declaration::run).getMessage();
    }

    @Test
    void aDefaultOutsideItsRangeIsRefused() {
        assertEquals("K.default must be in [min, max] = [0, 5]: 6", message(() -> Parameter.integer("K", 0, 5, 6, "")));
        assertEquals(
                "K.default must be in [min, max] = [0, 5]: -1", message(() -> Parameter.integer("K", 0, 5, -1, "")));
        assertEquals("K.default must be in [min, max] = [3, 2]: 2", message(() -> Parameter.integer("K", 3, 2, 2, "")));
        assertEquals(
                "p.default must be in [min, max] = [0.0, 1.0]: 1.5",
                message(() -> Parameter.decimal("p", 0, 1, 1.5, "")));
        assertEquals(
                "p.default must be in [min, max] = [0.0, Infinity]: 1.0",
                message(() -> Parameter.decimal("p", 0, Double.POSITIVE_INFINITY, 1, "")));
        assertEquals(
                "r.default must be one of distinct choices a, b: \"c\"",
                message(() -> Parameter.choice("r", Array.of("a", "b"), "c", "")));
        assertEquals(
                "r.default must be one of distinct choices a, a: \"a\"",
                message(() -> Parameter.choice("r", Array.of("a", "a"), "a", "")));
        assertEquals("name must not be blank: \" \"", message(() -> Parameter.integer(" ", 0, 1, 0, "")));
    }

    @Test
    void theBoundsAreIncluded() {
        assertEquals(0, Parameter.integer("K", 0, 5, 0, "").defaultValue());
        assertEquals(5, Parameter.integer("K", 0, 5, 5, "").defaultValue());
        assertEquals(1.0, Parameter.decimal("p", 0, 1, 1, "").defaultValue());
        Parameter rule = Parameter.choice("rule", Array.of("a", "b"), "b", "which");
        assertEquals("b", rule.defaultValue());
        assertEquals(Parameter.Kind.CHOICE, rule.kind());
        assertEquals("which", rule.description());
        assertEquals("one of a, b", rule.allowed());
        assertEquals("Parameter[rule, one of a, b, default b]", rule.toString());
    }

    @Test
    void experimentsHaveDistinctNames() {
        assertEquals(
                "experiments must have distinct names: \"levinthal\"",
                message(() -> Experiments.of(LevinthalSweep.INSTANCE, LevinthalSweep.INSTANCE)));
        assertEquals(Array.of("levinthal", "founders"), Experiments.builtIn().names());
    }
}
