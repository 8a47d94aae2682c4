package io.github.custdev;

import static io.github.custdev.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

/** The venture's course through the phases on its own: where it starts, what a decision, advance and pivot change. */
class CourseTests {
    private static final GateDecision DECISION =
            PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY).evaluate(Fixtures.venture(100, 2), day(1));
    private static final PivotDecision PIVOT = PivotDecision.builder(PivotType.CUSTOMER_NEED, day(5))
            .state(Fixtures.hypothesis("a", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY))
            .returnTo(Phase.CUSTOMER_DISCOVERY)
            .build();

    @Test
    void startsInTheFirstPhaseWithNothingDecided() {
        Course course = Course.start(day(0));
        assertEquals(Phase.first(), course.phase());
        assertEquals(day(0), course.phaseStartedAt());
        assertEquals(0, course.phaseEvidenceStart());
        assertEquals(0, course.phaseExperimentStart());
        assertNull(course.phaseDecision());
        assertEquals(Vector.empty(), course.decisions());
        assertEquals(Vector.empty(), course.pivots());
    }

    @Test
    void aDecisionBecomesThePhasesAndIsKept() {
        Course decided = Course.start(day(0)).decide(DECISION);
        assertSame(DECISION, decided.phaseDecision());
        assertEquals(Vector.of(DECISION), decided.decisions());
        assertEquals(Phase.first(), decided.phase());
        assertEquals(day(0), decided.phaseStartedAt());
    }

    @Test
    void advancingEntersTheNextPhaseAfresh() {
        Course advanced = Course.start(day(0)).decide(DECISION).advance(day(3), 7, 5L);
        assertEquals(Phase.CUSTOMER_VALIDATION, advanced.phase());
        assertEquals(day(3), advanced.phaseStartedAt());
        assertEquals(7, advanced.phaseEvidenceStart());
        assertEquals(5L, advanced.phaseExperimentStart());
        assertNull(advanced.phaseDecision());
        assertEquals(Vector.of(DECISION), advanced.decisions());
    }

    @Test
    void aPivotReturnsAndIsKept() {
        Course pivoted =
                Course.start(day(0)).decide(DECISION).advance(day(3), 7, 5L).pivot(PIVOT, 9, 6L);
        assertEquals(Phase.CUSTOMER_DISCOVERY, pivoted.phase());
        assertEquals(day(5), pivoted.phaseStartedAt());
        assertEquals(9, pivoted.phaseEvidenceStart());
        assertEquals(6L, pivoted.phaseExperimentStart());
        assertNull(pivoted.phaseDecision());
        assertEquals(Vector.of(PIVOT), pivoted.pivots());
    }

    @Test
    void equalWhenEveryPartIs() {
        Course course = Course.start(day(0));
        assertEquals(course, course);
        assertEquals(Course.start(day(0)), course);
        assertEquals(Course.start(day(0)).hashCode(), course.hashCode());
        assertNotEquals(course, null);
        assertNotEquals(course, (Object) "course");
        assertNotEquals(Course.start(day(1)), course, "when it started");
        assertNotEquals(Course.start(day(1)).hashCode(), course.hashCode());
        Course advanced = course.decide(DECISION).advance(day(3), 7, 5L);
        assertEquals(course.decide(DECISION).advance(day(3), 7, 5L), advanced);
        assertNotEquals(course.decide(DECISION).advance(day(3), 8, 5L), advanced, "evidence at the start");
        assertNotEquals(course.decide(DECISION).advance(day(3), 7, 6L), advanced, "experiments at the start");
        assertNotEquals(course.decide(DECISION), course, "the phase's decision and the decisions");
        assertNotEquals(course.decide(DECISION).decide(DECISION), course.decide(DECISION), "the decisions");
        assertNotEquals(course.advance(day(0), 0, 0L), course, "the phase alone");
        assertNotEquals(Course.start(day(5)).pivot(PIVOT, 0, 0L), Course.start(day(5)), "the pivots alone");
    }
}
