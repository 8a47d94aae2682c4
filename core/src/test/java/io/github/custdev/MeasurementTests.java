package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementTests {
    private static final HypothesisId ID = HypothesisId.of("revenue.price-point");
    private static final Source LEE = Source.of("dr-lee");
    private static final Instant AT = Instant.parse("2026-03-03T11:15:00Z");

    @ParameterizedTest
    @EnumSource(Strength.class)
    void aMeasurementIsAValueInAUnitOfAnyStrengthAndCountsNoTrials(Strength strength) {
        Measurement price = Measurement.of(ID, LEE, AT, 120.5, "USD/month", strength);
        assertEquals(ID, price.hypothesisId());
        assertEquals(LEE, price.source());
        assertEquals(AT, price.observedAt());
        assertEquals(120.5, price.value());
        assertEquals("USD/month", price.unit());
        assertEquals(strength, price.strength());
        assertEquals(0, price.successes());
        assertEquals(0, price.trials());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -273.15, Double.MIN_VALUE, 1e100, -1e100})
    void acceptsAnyFiniteValue(double value) {
        assertEquals(
                value, Measurement.of(ID, LEE, AT, value, "x", Strength.DID).value());
    }

    @ParameterizedTest
    @ValueSource(
            doubles = {
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE,
                -1.0000000000000002e100
            })
    void rejectsAValueThatIsNotFiniteOrTooLarge(double value) {
        Expect.invalid(
                "value must be finite and in [-1.0E100, 1.0E100]: " + value,
                "value",
                "must be finite and in [-1.0E100, 1.0E100]",
                value,
                () -> Measurement.of(ID, LEE, AT, value, "USD", Strength.SAID));
    }

    @Test
    void rejectsABlankUnit() {
        Expect.invalid(
                "unit must not be blank: \"   \"",
                "unit",
                "must not be blank",
                "   ",
                () -> Measurement.of(ID, LEE, AT, 1, "   ", Strength.SAID));
    }

    @Test
    void rejectsMissingArguments() {
        Expect.isNull("hypothesisId", () -> Measurement.of(null, LEE, AT, 1, "USD", Strength.SAID));
        Expect.isNull("source", () -> Measurement.of(ID, null, AT, 1, "USD", Strength.SAID));
        Expect.isNull("observedAt", () -> Measurement.of(ID, LEE, null, 1, "USD", Strength.SAID));
        Expect.isNull("unit", () -> Measurement.of(ID, LEE, AT, 1, null, Strength.SAID));
        Expect.isNull("strength", () -> Measurement.of(ID, LEE, AT, 1, "USD", null));
    }

    @Test
    void measurementsAreEqualByEveryAttribute() {
        Measurement a = Measurement.of(ID, LEE, AT, 120.5, "USD/month", Strength.SAID);
        Measurement b = Measurement.of(
                HypothesisId.of("revenue.price-point"),
                Source.of("dr-lee"),
                Instant.parse("2026-03-03T11:15:00Z"),
                120.5,
                new String("USD/month"),
                Strength.SAID);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a, Measurement.of(ID, LEE, AT, 120.25, "USD/month", Strength.SAID));
        assertNotEquals(a, Measurement.of(ID, LEE, AT, 120.5, "EUR/month", Strength.SAID));
        assertNotEquals(a, Measurement.of(ID, LEE, AT, 120.5, "USD/month", Strength.PAID));
    }
}
