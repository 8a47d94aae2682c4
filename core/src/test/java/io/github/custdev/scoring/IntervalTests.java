package io.github.custdev.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Expect;
import io.github.custdev.scoring.Interval.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntervalTests {

    @Test
    void anIntervalHasItsBoundsLevelAndKind() {
        Interval interval = Interval.of(0.31, 0.52, 0.95, Kind.CREDIBLE);
        assertEquals(0.31, interval.lower());
        assertEquals(0.52, interval.upper());
        assertEquals(0.95, interval.level());
        assertEquals(Kind.CREDIBLE, interval.kind());
        assertEquals(0.21, interval.width(), 1e-15);
        assertEquals(interval, Interval.credible(0.31, 0.52, 0.95));
        assertEquals(Kind.CONFIDENCE, Interval.confidence(1, 2, 0.9).kind());
    }

    @Test
    void containsIsClosedAtBothEnds() {
        Interval interval = Interval.confidence(10, 20, 0.9);
        assertTrue(interval.contains(10));
        assertTrue(interval.contains(15));
        assertTrue(interval.contains(20));
        assertFalse(interval.contains(9.999));
        assertFalse(interval.contains(20.001));
        assertFalse(interval.contains(Double.NaN));
        Interval point = Interval.credible(0.5, 0.5, 0.95);
        assertTrue(point.contains(0.5));
        assertEquals(0.0, point.width());
    }

    @Test
    void boundsMayBeInfinite() {
        Interval unbounded = Interval.confidence(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.95);
        assertTrue(unbounded.contains(-1e300));
        assertTrue(unbounded.contains(Double.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, unbounded.width());
        assertEquals(
                Double.POSITIVE_INFINITY,
                Interval.credible(0, Double.POSITIVE_INFINITY, 0.5).upper());
    }

    @Test
    void rejectsNaNBounds() {
        Expect.invalid(
                "interval.lower must not be NaN: NaN",
                "interval.lower",
                "must not be NaN",
                Double.NaN,
                () -> Interval.credible(Double.NaN, 1, 0.95));
        Expect.invalid(
                "interval.upper must be >= lower (0.0): NaN",
                "interval.upper",
                "must be >= lower (0.0)",
                Double.NaN,
                () -> Interval.credible(0, Double.NaN, 0.95));
    }

    @Test
    void rejectsBoundsOutOfOrder() {
        Expect.invalid(
                "interval.upper must be >= lower (0.5): 0.2",
                "interval.upper",
                "must be >= lower (0.5)",
                0.2,
                () -> Interval.confidence(0.5, 0.2, 0.95));
        Expect.invalid(
                "interval.upper must be >= lower (Infinity): -Infinity",
                "interval.upper",
                "must be >= lower (Infinity)",
                Double.NEGATIVE_INFINITY,
                () -> Interval.confidence(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.95));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.5, 1.5, Double.NaN})
    void rejectsALevelOutsideTheOpenUnitInterval(double level) {
        Expect.invalid(
                "interval.level must be in (0, 1): " + level,
                "interval.level",
                "must be in (0, 1)",
                level,
                () -> Interval.credible(0, 1, level));
    }

    @Test
    void rejectsAMissingKind() {
        Expect.isNull("interval.kind", () -> Interval.of(0, 1, 0.95, null));
    }

    @Test
    void toStringShowsTheLevelAsAPercentage() {
        assertEquals(
                "95% credible [0.31, 0.52]", Interval.credible(0.31, 0.52, 0.95).toString());
        assertEquals(
                "90% confidence [10.0, 20.0]", Interval.confidence(10, 20, 0.9).toString());
        assertEquals(
                "97.5% confidence [-Infinity, 3.0]",
                Interval.confidence(Double.NEGATIVE_INFINITY, 3, 0.975).toString());
    }

    @Test
    void intervalsAreEqualByEveryPart() {
        Interval a = Interval.credible(0.31, 0.52, 0.95);
        assertEquals(a, Interval.of(0.31, 0.52, 0.95, Kind.CREDIBLE));
        assertEquals(a.hashCode(), Interval.of(0.31, 0.52, 0.95, Kind.CREDIBLE).hashCode());
        assertNotEquals(a, Interval.confidence(0.31, 0.52, 0.95));
        assertNotEquals(a, Interval.credible(0.30, 0.52, 0.95));
        assertNotEquals(a, Interval.credible(0.31, 0.53, 0.95));
        assertNotEquals(a, Interval.credible(0.31, 0.52, 0.9));
        assertNotEquals(a, "95% credible [0.31, 0.52]");
    }

    @Test
    void aLazyIntervalContainsItsAnchorWithoutComputingItsBounds() {
        int[] calls = {0};
        Interval interval = Interval.lazy(
                () -> {
                    calls[0]++;
                    return new double[] {0.2, 0.4};
                },
                0.3,
                0.95,
                Kind.CREDIBLE);
        assertTrue(interval.contains(0.3));
        assertEquals(0, calls[0]);
        assertFalse(interval.contains(0.5));
        assertEquals(1, calls[0]);
        assertTrue(interval.contains(0.3));
        assertTrue(interval.contains(0.2));
        assertFalse(interval.contains(0.1));
        assertEquals(1, calls[0]);
        Interval unread = Interval.lazy(() -> new double[] {0.2, 0.4}, 0.3, 0.95, Kind.CREDIBLE);
        assertFalse(unread.contains(0.5));
    }

    @Test
    void aLazyBoundOnTheAnchorIsKeptAsComputed() {
        // Not on the wrong side of the anchor 0.0, so -0.0 is kept bit for bit, as is an upper bound equal to it.
        Interval interval = Interval.lazy(() -> new double[] {-0.0, 0.0}, 0.0, 0.95, Kind.CREDIBLE);
        assertEquals(-0.0, interval.lower());
        Interval upper = Interval.lazy(() -> new double[] {-1.0, -0.0}, -0.0, 0.95, Kind.CREDIBLE);
        assertEquals(-0.0, upper.upper());
        Interval other = Interval.lazy(() -> new double[] {-1.0, 0.0}, -0.0, 0.95, Kind.CREDIBLE);
        assertEquals(0.0, other.upper());
    }
}
