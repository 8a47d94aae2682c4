package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The code sample on the first screen of README.md, as written there, and the result its comment promises. */
class ReadmeSampleTests {
    private final Instant monday = Instant.parse("2026-03-02T09:00:00Z");
    private final Instant friday = Instant.parse("2026-03-06T09:00:00Z");

    @Test
    void theReadmeSampleIsInconclusiveWithTwoOfTenTrials() {
        HypothesisId problem = HypothesisId.of("problem.phone-scheduling");
        Hypothesis hypothesis = Hypothesis.of(
                problem,
                "Front desks lose hours a week scheduling by phone",
                BusinessModelArea.PROBLEM,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.5, 10));

        EvidenceLog log = EvidenceLog.empty()
                .append(Statement.supports(problem, Source.of("dr-lee", "small-practices"), monday))
                .append(Commitment.made(problem, Source.of("dr-lee"), friday, Commitment.Kind.MONEY));

        Assessment assessment = Scoring.bayesian().assess(hypothesis, log);

        assertEquals(Verdict.INCONCLUSIVE, assessment.verdict());
        assertEquals(2, assessment.sampleSize());
        assertTrue(assessment.reason().contains("10"), assessment.reason());
    }
}
