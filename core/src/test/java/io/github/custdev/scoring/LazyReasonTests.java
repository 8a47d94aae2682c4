package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.InvalidValueException;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.SuccessCriterion;
import io.vavr.collection.LinkedHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An assessment's reason is written when it is read, never when a strategy assesses, and reads as before. */
class LazyReasonTests {
    private static final Hypothesis RATE = hypothesis(SuccessCriterion.proportionAtLeast(0.4, 10));
    private static final Hypothesis ELLIS = hypothesis(SuccessCriterion.veryDisappointedAtLeast(0.4, 10));

    /** A reason that counts how often its text is written. */
    private static final class Counting implements Reason {
        final AtomicInteger writes = new AtomicInteger();
        private final String words;

        Counting(String words) {
            this.words = words;
        }

        @Override
        public void appendTo(StringBuilder text) {
            writes.incrementAndGet();
            text.append(words);
        }
    }

    private static Assessment inconclusive(Hypothesis hypothesis, String strategy, Reason reason) {
        return inconclusive(hypothesis, strategy, Reason.of("p"), reason);
    }

    private static Assessment inconclusive(Hypothesis hypothesis, String strategy, Reason name, Reason reason) {
        return Assessment.create(
                hypothesis.id(),
                Verdict.INCONCLUSIVE,
                new Estimate(0.5, Interval.confidence(0.0, 1.0, 0.95)),
                name,
                0.5,
                0.5,
                Sample.of(3, 3.0),
                strategy,
                LinkedHashMap.empty(),
                reason);
    }

    @Test
    void anAssessmentWritesItsStatisticNameWhenReadAndComparesByTheText() {
        Counting name = new Counting("P(rate >= 0.40)");
        Assessment assessment = inconclusive(RATE, "mine", name, Reason.of("why"));
        assertEquals(0, name.writes.get(), "writes on create");

        assertEquals("P(rate >= 0.40)", assessment.statisticName());
        assertEquals("P(rate >= 0.40)", assessment.decidingStatistic().name());
        assertEquals(2, name.writes.get(), "one write per read, nothing kept");
        assertEquals(inconclusive(RATE, "mine", Reason.of("P(rate >= 0.40)"), Reason.of("why")), assessment);
        assertNotEquals(inconclusive(RATE, "mine", Reason.of("P(rate >= 0.5)"), Reason.of("why")), assessment);
    }

    @Test
    void aBuiltInAssessmentRefusesANaNStatisticAndAProbabilityOutsideTheUnitInterval() {
        Reason name = Reason.of("p");
        Reason why = Reason.of("why");
        assertEquals(
                "statistic must not be NaN: NaN",
                assertThrows(
                                InvalidValueException.class,
                                () -> Assessment.create(
                                        RATE.id(),
                                        Verdict.INCONCLUSIVE,
                                        new Estimate(0.5, Interval.confidence(0.0, 1.0, 0.95)),
                                        name,
                                        Double.NaN,
                                        0.5,
                                        Sample.of(3, 3.0),
                                        "mine",
                                        LinkedHashMap.empty(),
                                        why))
                        .getMessage());
        assertEquals(
                "probability must be in [0, 1]: 1.5",
                assertThrows(
                                InvalidValueException.class,
                                () -> Assessment.create(
                                        RATE.id(),
                                        Verdict.INCONCLUSIVE,
                                        new Estimate(0.5, Interval.confidence(0.0, 1.0, 0.95)),
                                        name,
                                        0.5,
                                        1.5,
                                        Sample.of(3, 3.0),
                                        "mine",
                                        LinkedHashMap.empty(),
                                        why))
                        .getMessage());
    }

    @Test
    void anAssessmentWritesItsReasonOnEachReadAndNeverBefore() {
        Counting reason = new Counting("3 of 7 said yes");
        Assessment assessment = inconclusive(RATE, "mine", reason);
        assertEquals(0, reason.writes.get(), "writes on create");

        assertEquals("3 of 7 said yes", assessment.reason());
        assertEquals("3 of 7 said yes", assessment.reason());
        assertEquals(2, reason.writes.get(), "one write per read, nothing kept");
        assertEquals("h: INCONCLUSIVE by mine (3 of 7 said yes)", assessment.toString());
    }

    @Test
    void aWrittenReasonEqualsTheSameTextGivenAsAString() {
        Assessment lazy = inconclusive(RATE, "mine", new Counting("why"));
        Assessment given = inconclusive(RATE, "mine", Reason.of("why"));
        Assessment other = inconclusive(RATE, "mine", new Counting("why not"));

        assertEquals(given, lazy);
        assertEquals(lazy, given);
        assertEquals(given.hashCode(), lazy.hashCode());
        assertNotEquals(other, lazy);
        assertNotEquals(lazy, other);
    }

    @Test
    void aGivenReasonIsReturnedAsItIs() {
        String text = new String("as given");
        assertSame(text, Reason.of(text).text());
        assertSame(text, inconclusive(RATE, "mine", Reason.of(text)).reason());
    }

    @Test
    void theBuilderTakesAWrittenReasonUnread() {
        Counting reason = new Counting("built");
        Assessment assessment = Assessment.builder()
                .hypothesisId(RATE.id())
                .verdict(Verdict.INCONCLUSIVE)
                .estimate(0.5)
                .interval(Interval.confidence(0.0, 1.0, 0.95))
                .probability(0.5)
                .statisticName("p")
                .statistic(0.5)
                .sampleSize(3)
                .effectiveSampleSize(3.0)
                .strategy("mine")
                .lazyReason(reason)
                .build();

        assertEquals(0, reason.writes.get(), "writes on build");
        assertEquals("built", assessment.reason());
        assertEquals(inconclusive(RATE, "mine", Reason.of("built")), assessment);
    }

    @Test
    void combinedStrategiesComposeTheirMembersReasonsWithoutWritingThem() {
        Counting first = new Counting("first's reason");
        Counting second = new Counting("second's reason");
        ScoringStrategy a = (hypothesis, log) -> inconclusive(hypothesis, "a", first);
        ScoringStrategy b = (hypothesis, log) -> inconclusive(hypothesis, "b", second);

        Assessment all = Scoring.allOf(a, b).assess(RATE, EvidenceLog.empty());
        Assessment any = Scoring.anyOf(a, b).assess(RATE, EvidenceLog.empty());
        assertEquals(0, first.writes.get() + second.writes.get(), "writes on assess");

        assertEquals("all of: a INCONCLUSIVE: first's reason; b INCONCLUSIVE: second's reason", all.reason());
        assertEquals("any of: a INCONCLUSIVE: first's reason; b INCONCLUSIVE: second's reason", any.reason());
        assertEquals(2, first.writes.get());
        assertEquals(2, second.writes.get());
    }

    @Test
    void filteredStrategiesPrefixTheBaseReasonWithoutWritingIt() {
        Counting reason = new Counting("the base's reason");
        ScoringStrategy base = (hypothesis, log) -> inconclusive(hypothesis, "base", reason);

        Assessment segment = Scoring.inSegment(Scoring.observedBefore(base, Fixtures.START), "dentists")
                .assess(RATE, EvidenceLog.empty());
        Assessment weighted = Scoring.weightedByStrength(base).assess(RATE, EvidenceLog.empty());
        assertEquals(0, reason.writes.get(), "writes on assess");

        assertEquals("in segment dentists: observed before 2026-03-02T09:00:00Z: the base's reason", segment.reason());
        assertEquals("the base's reason", weighted.reason());
        assertEquals(2, reason.writes.get());
    }

    @Test
    void aNoteOnIgnoredEvidenceIsAppendedWithoutWritingTheReason() {
        Counting reason = new Counting("the rule's reason");
        ScoringStrategy rule = (hypothesis, log) -> inconclusive(hypothesis, "rule", reason);
        EvidenceLog log = EvidenceLog.ofAll(Fixtures.statements(2, 1))
                .append(SeanEllisTally.of(Fixtures.ID, Source.of("survey"), Fixtures.START, 4, 3, 3));

        Assessment noted = Scoring.seanEllis().decidedBy(rule).assess(ELLIS, log);
        assertEquals(0, reason.writes.get(), "writes on assess");

        assertEquals(
                "the rule's reason; 3 statements, behaviours or commitments ignored: a very-disappointed share"
                        + " criterion counts Sean Ellis tallies",
                noted.reason());
        assertEquals(1, reason.writes.get());
    }
}
