package io.github.custdev;

import static io.github.custdev.DemandEvidenceTests.BILLING;
import static io.github.custdev.DemandEvidenceTests.GROWS;
import static io.github.custdev.DemandEvidenceTests.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Demand evidence that cannot continue its hypothesis's series is an event that does not fit the venture: a
 * {@link Rejection} with its rule, position and the series' own message, never an exception, whether the event is
 * applied alone or in a batch (replay, applyAll), and the venture is unchanged.
 */
class DemandSeriesRejectionTests {

    private static VentureEvent.Founded founded() {
        return VentureEvent.Founded.of("demand", Runway.experiments(100), 1, T0.minus(Duration.ofDays(1)));
    }

    private static VentureEvent.HypothesisStated stated() {
        return VentureEvent.HypothesisStated.of(
                Hypothesis.of(
                        GROWS,
                        "Practices keep coming",
                        BusinessModelArea.CUSTOMER_RELATIONSHIP,
                        Phase.CUSTOMER_DISCOVERY,
                        SuccessCriterion.proportionAtLeast(0.5, 1)),
                T0.minus(Duration.ofHours(1)));
    }

    private static VentureEvent.EvidenceRecorded cohort(long period, long acquired, long active, long... retained) {
        Instant at = T0.plus(Duration.ofDays(30 * period));
        return VentureEvent.EvidenceRecorded.of(
                CohortObservation.of(GROWS, BILLING, at, period, acquired, active, retained), at);
    }

    @Test
    void aPeriodObservedAgainIsRejectedWhenAppliedAlone() {
        Venture venture =
                Venture.replay(List.of(founded(), stated(), cohort(0, 10, 10))).get();
        Either<Rejection, Venture> again = venture.apply(cohort(0, 12, 12));
        assertTrue(again.isLeft(), () -> "accepted: " + again);
        Rejection rejection = again.getLeft();
        assertEquals(Rejection.Rule.BROKEN_DEMAND_SERIES, rejection.rule());
        assertEquals(3, rejection.position());
        assertEquals(
                "period must be 1 (the period after the last observed, 0) for hypothesis demand.grows: 0",
                rejection.value());
        assertEquals(1, venture.evidence().statistics(GROWS).demand().cohortObservations(), "the venture unchanged");
    }

    @Test
    void aBrokenSeriesInsideABatchIsRejectedAtItsPositionNotThrownAtTheEnd() {
        List<VentureEvent> events =
                new ArrayList<>(List.of(founded(), stated(), cohort(0, 10, 10), cohort(1, 8, 15, 7)));
        assertTrue(Venture.replay(events).isRight(), "a series that continues period after period is accepted");
        // a third cohort that retains more of period 0's customers than a period before is not a continuation
        events.add(cohort(2, 9, 30, 6, 8));
        Either<Rejection, Venture> replayed = Venture.replay(events);
        assertTrue(replayed.isLeft(), () -> "accepted: " + replayed);
        assertEquals(Rejection.Rule.BROKEN_DEMAND_SERIES, replayed.getLeft().rule());
        assertEquals(4, replayed.getLeft().position());
        assertTrue(String.valueOf(replayed.getLeft().value()).contains("retained"), () -> "" + replayed.getLeft());
        // the same in one applyAll from the founded venture
        Venture start = Venture.replay(List.of(founded(), stated())).get();
        Either<Rejection, Venture> all = start.applyAll(events.subList(2, events.size()));
        assertTrue(all.isLeft());
        assertEquals(4, all.getLeft().position());
        assertEquals(replayed.getLeft().value(), all.getLeft().value());
    }

    @Test
    void oneEventThatRepeatsAPeriodIsRejected() {
        Venture venture = Venture.replay(List.of(founded(), stated())).get();
        VentureEvent.EvidenceRecorded twice = VentureEvent.EvidenceRecorded.of(
                List.of(
                        CohortObservation.of(GROWS, BILLING, T0, 0, 5, 5),
                        CohortObservation.of(GROWS, BILLING, T0, 0, 5, 5)),
                BigDecimal.ZERO,
                T0);
        Either<Rejection, Venture> applied = venture.apply(twice);
        assertTrue(applied.isLeft());
        assertEquals(Rejection.Rule.BROKEN_DEMAND_SERIES, applied.getLeft().rule());
        Either<Rejection, Venture> replayed = Venture.replay(List.of(founded(), stated(), twice));
        assertTrue(replayed.isLeft());
        assertEquals(applied.getLeft().value(), replayed.getLeft().value());
    }
}
