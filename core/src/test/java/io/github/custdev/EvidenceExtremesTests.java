package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.audience.UnitEconomics;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values at the edge of what the evidence and the economics accept. */
class EvidenceExtremesTests {
    private static final HypothesisId ID = HypothesisId.of("h");
    private static final Source SOURCE = Source.of("s");
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void measurementsBeyondTheDocumentedMagnitudeAreRefused() {
        // {MAX, -MAX} gave a variance of -infinity, documented as at least 0.
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> Measurement.of(ID, SOURCE, AT, Double.MAX_VALUE, "USD", Strength.SAID));
        assertEquals("value must be finite and in [-1.0E100, 1.0E100]: 1.7976931348623157E308", e.getMessage());
        assertThrows(
                InvalidValueException.class,
                () -> Measurement.of(ID, SOURCE, AT, -Math.nextUp(1e100), "USD", Strength.SAID));
        assertThrows(
                InvalidValueException.class, () -> Measurement.of(ID, SOURCE, AT, Double.NaN, "USD", Strength.SAID));
    }

    @Test
    void theVarianceOfTheLargestMeasurementsIsFinite() {
        EvidenceStatistics s = EvidenceStatistics.of(List.of(
                Measurement.of(ID, SOURCE, AT, 1e100, "USD", Strength.SAID),
                Measurement.of(ID, SOURCE, AT, -1e100, "USD", Strength.PAID)));
        // Mean 0 (weights 1 and 1? PAID weighs more: checked only for finiteness and sign), variance positive.
        double variance = s.measurementVariance();
        org.junit.jupiter.api.Assertions.assertTrue(
                variance > 0.0 && variance < Double.POSITIVE_INFINITY, "" + variance);
        EvidenceStatistics same = EvidenceStatistics.of(List.of(
                Measurement.of(ID, SOURCE, AT, 1e100, "USD", Strength.SAID),
                Measurement.of(ID, SOURCE, AT, -1e100, "USD", Strength.SAID)));
        // Sum of squares 2e200, over n - 1 = 1.
        assertEquals(2e200, same.measurementVariance(), 1e186);
    }

    @Test
    void aHugeDiscountRateGivesAFiniteLifetimeValue() {
        // m (1 + d) / (1 + d - r) overflowed in m (1 + d) for d = 1e308; the ratio is 1, so LTV = m = 80.
        UnitEconomics economics = UnitEconomics.builder()
                .price(100)
                .variableCost(20)
                .acquisitionCost(300)
                .retention(0.9)
                .fixedCosts(20_000)
                .discountRate(1e308)
                .build();
        assertEquals(80.0, economics.lifetimeValue(), 1e-12);
        assertEquals(80.0 / 300.0, economics.ltvToCac().get(), 1e-12);
    }
}
