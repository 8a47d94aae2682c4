package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.testkit.CustDevArbitraries;
import io.github.custdev.testkit.CustDevDomain;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;

/** The laws of the team's own report, checked on evidence logs that custdev-testkit generates. */
class EvidenceReportProperties {
    private static final Hypothesis PROBLEM = Hypothesis.of(
            HypothesisId.of("problem.phone-scheduling"),
            "Front desks lose hours a week scheduling by phone",
            BusinessModelArea.PROBLEM,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.proportionAtLeast(0.5, 10));
    private static final Hypothesis PRICE = Hypothesis.of(
            HypothesisId.of("revenue.price-point"),
            "Practices will pay at least $120 a month",
            BusinessModelArea.REVENUE,
            Phase.CUSTOMER_VALIDATION,
            SuccessCriterion.meanAtLeast(120, "USD/month", 8));

    @Property
    void everyHypothesisWithEvidenceHasOneLineInOrder(@ForAll EvidenceLog log) {
        List<HypothesisId> ids = new ArrayList<>();
        EvidenceReport.of(log).lines().forEach(line -> ids.add(line.id()));
        assertEquals(log.hypothesisIds().toJavaList(), ids);
    }

    @Property
    void theLinesAddUpToTheLog(@ForAll EvidenceLog log) {
        List<EvidenceReport.Line> lines = EvidenceReport.of(log).lines();
        assertEquals(
                log.size(), lines.stream().mapToLong(EvidenceReport.Line::items).sum());
        long trials = 0;
        for (Evidence item : log.evidence()) {
            trials += item.trials();
        }
        assertEquals(
                trials, lines.stream().mapToLong(EvidenceReport.Line::trials).sum());
    }

    @Property
    void sharesAreRates(@ForAll EvidenceLog log) {
        for (EvidenceReport.Line line : EvidenceReport.of(log).lines()) {
            line.share().forEach(share -> assertTrue(share >= 0 && share <= 1, line::toString));
        }
    }

    /** With the custdev domain named, custdev's types and jqwik's own are both at hand. */
    @Property
    @Domain(CustDevDomain.class)
    void theTextHasALinePerHypothesis(@ForAll EvidenceLog log, @ForAll @IntRange(min = 1, max = 3) int skipped) {
        String[] rendered = EvidenceReport.of(log).render().split("\n", -1);
        int lines = EvidenceReport.of(log).lines().size();
        assertEquals(lines + 1, rendered.length, "one line each, and a final newline");
        for (int i = 0; i < lines; i++) {
            assertTrue(rendered[i].startsWith(
                    EvidenceReport.of(log).lines().get(i).id().value()));
        }
        assertTrue(skipped >= 1 && skipped <= 3);
    }

    @Property
    void theTeamsOwnHypothesesReportTheirUnits(@ForAll("ourLogs") EvidenceLog log) {
        for (EvidenceReport.Line line : EvidenceReport.of(log).lines()) {
            if (line.id().equals(PRICE.id())) {
                assertEquals(line.measurements() > 0, line.unit().contains("USD/month"));
            } else {
                assertEquals(0, line.measurements());
            }
        }
    }

    @Provide
    Arbitrary<EvidenceLog> ourLogs() {
        return CustDevArbitraries.logs().over(PROBLEM, PRICE).ofSize(0, 40).chronological();
    }
}
