package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.SuccessCriterion;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/**
 * A mean's threshold may be any finite number, but core refuses a measurement beyond
 * {@link Measurement#MAXIMUM_MAGNITUDE}: the generators must never draw one.
 */
class MeasurableRangeTests {

    private static Hypothesis meanOf(double threshold) {
        return Hypothesis.of(
                HypothesisId.of("huge"),
                "Buyers pay a huge amount",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.meanAtLeast(threshold, "USD", 5));
    }

    @Example
    void measurementsAroundAHugeThresholdStayMeasurable() {
        for (double threshold : new double[] {1e300, -Double.MAX_VALUE, Measurement.MAXIMUM_MAGNITUDE}) {
            List<Evidence> drawn = CustDevArbitraries.evidenceFor(meanOf(threshold))
                    .ofKinds(Measurement.class)
                    .sampleStream()
                    .limit(500)
                    .collect(Collectors.toList());
            for (Evidence item : drawn) {
                double value = ((Measurement) item).value();
                assertTrue(Math.abs(value) <= Measurement.MAXIMUM_MAGNITUDE, () -> threshold + ": " + value);
            }
        }
    }

    @Example
    void aTrueMeanBeyondTheMeasurableRangeIsRefusedWhenConfigured() {
        var evidence = CustDevArbitraries.evidenceFor(meanOf(0.0));
        assertThrows(InvalidValueException.class, () -> evidence.withTrueMean(1e300, 1.0));
        assertThrows(InvalidValueException.class, () -> evidence.withTrueMean(0.0, 5e99));
        // within about 6.1 standard deviations: still measurable
        evidence.withTrueMean(0.0, 1e99);
    }
}
