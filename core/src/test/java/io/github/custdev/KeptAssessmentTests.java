package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.day;
import static io.github.custdev.Fixtures.no;
import static io.github.custdev.Fixtures.yes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code EvidenceLog.assessed}: the assessment a gate asks for is the strategy's own, kept with the hypothesis's
 * evidence while that is unchanged, and only for the library's strategies, which read nothing else.
 */
class KeptAssessmentTests {
    private static final Hypothesis PROBLEM =
            Fixtures.hypothesis("problem", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
    private static final Hypothesis PRICE =
            Fixtures.hypothesis("price", BusinessModelArea.REVENUE, Phase.CUSTOMER_DISCOVERY);
    private static final ScoringStrategy BAYESIAN = Scoring.bayesian();

    /** A log with evidence for the problem, appended one item at a time as a venture does. */
    private static EvidenceLog problemLog() {
        return EvidenceLog.empty()
                .append(yes(PROBLEM.id(), day(1)))
                .append(yes(PROBLEM.id(), day(2)))
                .append(no(PROBLEM.id(), day(3)));
    }

    @Test
    void aLibraryStrategysAssessmentIsKeptWhileTheHypothesisGainsNoEvidence() {
        EvidenceLog log = problemLog();
        Assessment first = log.assessed(BAYESIAN, PROBLEM);
        assertEquals(BAYESIAN.assess(PROBLEM, log), first);
        assertSame(first, log.assessed(BAYESIAN, PROBLEM));
        // evidence for another hypothesis leaves this one's track, and so its assessment, as it was
        EvidenceLog later = log.append(yes(PRICE.id(), day(4)));
        assertSame(first, later.assessed(BAYESIAN, PROBLEM));
    }

    @Test
    void newEvidenceForTheHypothesisAssessesItAgain() {
        EvidenceLog log = problemLog();
        Assessment before = log.assessed(BAYESIAN, PROBLEM);
        EvidenceLog later = log.append(no(PROBLEM.id(), day(4)));
        Assessment after = later.assessed(BAYESIAN, PROBLEM);
        assertEquals(BAYESIAN.assess(PROBLEM, later), after);
        assertEquals(4, after.sampleSize());
        assertEquals(3, before.sampleSize());
        // the earlier version still answers for its own evidence
        assertEquals(BAYESIAN.assess(PROBLEM, log), log.assessed(BAYESIAN, PROBLEM));
    }

    @Test
    void aHypothesisWithoutEvidenceIsKeptAcrossTheLogsVersions() {
        EvidenceLog log = problemLog();
        Assessment untested = log.assessed(BAYESIAN, PRICE);
        assertEquals(BAYESIAN.assess(PRICE, log), untested);
        assertEquals(0, untested.sampleSize());
        assertSame(untested, log.append(yes(PROBLEM.id(), day(4))).assessed(BAYESIAN, PRICE));
        // once it has evidence, its own track answers
        EvidenceLog tested = log.append(yes(PRICE.id(), day(4)));
        assertEquals(1, tested.assessed(BAYESIAN, PRICE).sampleSize());
    }

    @Test
    void anotherStrategyHypothesisOrWeightingIsAssessedAnew() {
        EvidenceLog log = problemLog();
        Assessment bayesian = log.assessed(BAYESIAN, PROBLEM);
        ScoringStrategy sequential = Scoring.sequential(0.3, 0.5);
        assertEquals(sequential.assess(PROBLEM, log), log.assessed(sequential, PROBLEM));
        // an equal hypothesis that is another instance is not taken for the same one
        Hypothesis copy = Fixtures.hypothesis("problem", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY);
        Assessment ofCopy = log.assessed(BAYESIAN, copy);
        assertNotSame(bayesian, ofCopy);
        assertEquals(bayesian, ofCopy);
        // the same tracks under other weights are other statistics
        EvidenceLog weighted = log.withWeights(StrengthWeights.of(1, 2, 5));
        assertEquals(BAYESIAN.assess(PROBLEM, weighted), weighted.assessed(BAYESIAN, PROBLEM));
        assertNotSame(log.assessed(BAYESIAN, PROBLEM), weighted.assessed(BAYESIAN, PROBLEM));
    }

    @Test
    void aCallersStrategyIsAskedEveryTimeEvenInsideALibraryComposite() {
        AtomicInteger calls = new AtomicInteger();
        ScoringStrategy own = (hypothesis, log) -> {
            calls.incrementAndGet();
            return BAYESIAN.assess(hypothesis, log);
        };
        EvidenceLog log = problemLog();
        log.assessed(own, PROBLEM);
        log.assessed(own, PROBLEM);
        log.assessed(own, PRICE);
        log.assessed(own, PRICE);
        assertEquals(4, calls.get());
        ScoringStrategy combined = Scoring.allOf(BAYESIAN, own);
        log.assessed(combined, PROBLEM);
        log.assessed(combined, PROBLEM);
        assertEquals(6, calls.get());
        ScoringStrategy filtered = Scoring.observedAfter(own, T0);
        log.assessed(filtered, PROBLEM);
        log.assessed(filtered, PROBLEM);
        assertEquals(8, calls.get());
    }

    @Test
    void libraryCompositesAreKept() {
        EvidenceLog log = problemLog();
        for (ScoringStrategy strategy : new ScoringStrategy[] {
            Scoring.allOf(BAYESIAN, Scoring.sequential(0.3, 0.5)),
            Scoring.observedAfter(BAYESIAN, T0),
            Scoring.weightedByStrength(BAYESIAN),
            Scoring.byMetric(BAYESIAN, Scoring.mean())
        }) {
            Assessment first = log.assessed(strategy, PROBLEM);
            assertEquals(strategy.assess(PROBLEM, log), first, strategy.name());
            assertSame(first, log.assessed(strategy, PROBLEM), strategy.name());
        }
    }

    @Test
    void aLogMadeAtOnceKeepsNoUntestedAssessmentsButItsAppendsDo() {
        EvidenceLog made = EvidenceLog.ofAll(java.util.List.of(yes(PROBLEM.id(), day(1))));
        assertNotSame(made.assessed(BAYESIAN, PRICE), made.assessed(BAYESIAN, PRICE));
        EvidenceLog appended = made.append(yes(PROBLEM.id(), day(2)));
        assertSame(appended.assessed(BAYESIAN, PRICE), appended.assessed(BAYESIAN, PRICE));
    }
}
