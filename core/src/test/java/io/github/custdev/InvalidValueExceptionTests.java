package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTests {

    @Test
    void theMessageNamesTheFieldTheRuleAndTheValue() {
        InvalidValueException e = InvalidValueException.of("successRate", "must be in [0, 1]", 1.3);
        assertEquals("successRate must be in [0, 1]: 1.3", e.getMessage());
        assertEquals("successRate", e.field());
        assertEquals("must be in [0, 1]", e.rule());
        assertEquals(1.3, e.value());
    }

    @Test
    void textValuesAreQuotedSoThatBlanksShow() {
        assertEquals(
                "source.id must not be blank: \"  \"",
                InvalidValueException.of("source.id", "must not be blank", "  ").getMessage());
        assertEquals(
                "unit must be \"USD\": \"EUR\"",
                InvalidValueException.of("unit", "must be \"USD\"", new StringBuilder("EUR"))
                        .getMessage());
    }

    @Test
    void otherValuesArePrintedAsTheyAre() {
        assertEquals(
                "count must be >= 0: -3",
                InvalidValueException.of("count", "must be >= 0", -3L).getMessage());
        assertEquals(
                "amount must be >= 0: -0.50",
                InvalidValueException.of("amount", "must be >= 0", new BigDecimal("-0.50"))
                        .getMessage());
        assertEquals(
                "strength must be DID: SAID",
                InvalidValueException.of("strength", "must be DID", Strength.SAID)
                        .getMessage());
        InvalidValueException nullValue = InvalidValueException.of("x", "must be set", null);
        assertEquals("x must be set: null", nullValue.getMessage());
        assertNull(nullValue.value());
    }

    @Test
    void aMissingValueIsReportedAsNull() {
        InvalidValueException e = InvalidValueException.ofNull("evidence");
        assertEquals("evidence is null", e.getMessage());
        assertEquals("evidence", e.field());
        assertEquals("must not be null", e.rule());
        assertNull(e.value());

        InvalidValueException constructed = new InvalidValueException("hypothesisId");
        assertEquals("hypothesisId is null", constructed.getMessage());
        assertEquals("hypothesisId", constructed.field());
        assertEquals("must not be null", constructed.rule());
    }

    @Test
    void itIsACustDevExceptionAndUnchecked() {
        InvalidValueException e = InvalidValueException.of("a", "b", "c");
        assertInstanceOf(CustDevException.class, e);
        assertInstanceOf(RuntimeException.class, e);
        assertNull(e.getCause());
    }

    @Test
    void theRootExceptionKeepsItsMessage() {
        CustDevException e = new CustDevException("Cannot build Hypothesis");
        assertEquals("Cannot build Hypothesis", e.getMessage());
        assertInstanceOf(RuntimeException.class, e);
    }

    @Test
    void theValueIsTheCallersObject() {
        Object value = new Object();
        assertSame(
                value, InvalidValueException.of("thing", "must be valid", value).value());
    }
}
