package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.audience.Segments;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The invariants of the value types hold whichever builder makes them: the generated builders take whole options and
 * sequences that the factories never hand on, and their checks must catch what the factories would have refused.
 */
class GeneratedBuilderTests {
    private static final HypothesisId ID = HypothesisId.of("problem");
    private static final Source LEE = Source.of("dr-lee", "solo practices");

    @Test
    void aStatementsQuoteIsNotBlank() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new ImmutableStatement.Builder()
                        .hypothesisId(ID)
                        .source(LEE)
                        .observedAt(T0)
                        .stance(Statement.Stance.SUPPORTS)
                        .quote(Option.some(" "))
                        .build());
        assertEquals("quote", e.field());
    }

    @Test
    void aCommitmentsUnitIsNotBlank() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new ImmutableCommitment.Builder()
                        .hypothesisId(ID)
                        .source(LEE)
                        .observedAt(T0)
                        .kind(Commitment.Kind.MONEY)
                        .made(true)
                        .amount(Option.some(BigDecimal.TEN))
                        .unit(Option.some(""))
                        .build());
        assertEquals("unit", e.field());
    }

    @Test
    void theReasonForAnAudienceIsNotBlank() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new ImmutableAudienceChosen.Builder()
                        .audience(Segments.chains())
                        .reason(Option.some("  "))
                        .at(T0)
                        .build());
        assertEquals("reason", e.field());
    }

    @Test
    void evidenceRecordedWithoutACostCostsNothing() {
        VentureEvent.EvidenceRecorded recorded = new ImmutableEvidenceRecorded.Builder()
                .evidence(Vector.of(Statement.supports(ID, LEE, T0)))
                .at(T0)
                .build();
        assertEquals(BigDecimal.ZERO, recorded.cost());
    }
}
