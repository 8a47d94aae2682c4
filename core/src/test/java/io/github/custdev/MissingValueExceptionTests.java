package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every public builder reports a missing value in the library's words: the field, then the rule. */
class MissingValueExceptionTests {

    private static MissingValueException missing(Seq<String> fields, String message, Executable build) {
        MissingValueException e = assertThrows(MissingValueException.class, build);
        assertEquals(message, e.getMessage());
        assertEquals(fields, e.fields());
        return e;
    }

    @Test
    void aHypothesisWithoutItsStatement() {
        missing(
                List.of("hypothesis.statement"),
                "hypothesis.statement is not set",
                () -> Hypothesis.builder()
                        .id(HypothesisId.of("problem"))
                        .area(BusinessModelArea.PROBLEM)
                        .phase(Phase.CUSTOMER_DISCOVERY)
                        .criterion(SuccessCriterion.proportionAtLeast(0.5, 10))
                        .build());
    }

    @Test
    void anAudienceWithoutItsEconomics() {
        missing(
                List.of("audience.conversion", "audience.economics"),
                "audience.conversion and audience.economics are not set",
                () -> Audience.builder()
                        .name("solo practices")
                        .reachableSize(2_500)
                        .build());
    }

    @Test
    void unitEconomicsWithoutAPrice() {
        missing(
                List.of("economics.price"),
                "economics.price is not set",
                () -> UnitEconomics.builder()
                        .variableCost(10)
                        .acquisitionCost(300)
                        .retention(0.9)
                        .fixedCosts(20_000)
                        .build());
        missing(
                List.of(
                        "economics.price",
                        "economics.variableCost",
                        "economics.acquisitionCost",
                        "economics.retention",
                        "economics.fixedCosts"),
                "economics.price, economics.variableCost, economics.acquisitionCost, economics.retention and"
                        + " economics.fixedCosts are not set",
                () -> UnitEconomics.builder().build());
    }

    @Test
    void anAssessmentWithoutItsReason() {
        missing(
                List.of("reason"),
                "reason is not set",
                () -> Assessment.builder()
                        .hypothesisId(HypothesisId.of("problem"))
                        .verdict(Verdict.INCONCLUSIVE)
                        .estimate(0.5)
                        .interval(io.github.custdev.scoring.Interval.credible(0.2, 0.8, 0.95))
                        .probability(0.5)
                        .statisticName("P(rate >= 0.50)")
                        .statistic(0.5)
                        .sampleSize(4)
                        .effectiveSampleSize(4)
                        .strategy("custom")
                        .build());
    }

    @Test
    void aPivotWithoutThePhaseToReturnTo() {
        missing(
                List.of("returnTo"),
                "returnTo is not set",
                () -> PivotDecision.builder(PivotType.CHANNEL, T0)
                        .retire(HypothesisId.of("segment.solo"))
                        .build());
    }

    @Test
    void ofNamesTheFieldsAndRefusesNoneOrNull() {
        MissingValueException one = MissingValueException.of(List.of("a"));
        assertEquals("a is not set", one.getMessage());
        assertEquals(List.of("a"), one.fields());
        assertEquals(
                "a, b and c are not set",
                MissingValueException.of(List.of("a", "b", "c")).getMessage());
        Expect.isNull("fields", () -> MissingValueException.of(null));
        Expect.isNull("fields[1]", () -> MissingValueException.of(List.of("a", null)));
        InvalidValueException empty =
                assertThrows(InvalidValueException.class, () -> MissingValueException.of(List.empty()));
        assertEquals("fields must not be empty: \"[]\"", empty.getMessage());
    }

    @Test
    void theGeneratedMessageIsReworded() {
        assertEquals(
                "hypothesis.id and hypothesis.statement are not set",
                new MissingValueException(
                                "Cannot build Hypothesis, some of required attributes are not set [id, statement]")
                        .getMessage());
        assertEquals(
                List.of("criterion.metric"),
                new MissingValueException(
                                "Cannot build SuccessCriterion, some of required attributes are not set [metric]")
                        .fields());
    }

    @Test
    void anUnknownMessageIsKeptWithNoFields() {
        MissingValueException other = new MissingValueException("something else");
        assertEquals("something else", other.getMessage());
        assertEquals(List.empty(), other.fields());
    }
}
