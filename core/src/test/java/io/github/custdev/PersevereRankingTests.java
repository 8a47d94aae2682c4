package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.day;
import static io.github.custdev.Fixtures.founded;
import static io.github.custdev.Fixtures.hypothesis;
import static io.github.custdev.Fixtures.yes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A persevere decision ranks each undecided hypothesis once, riskiest first, however many there are and however many
 * criteria judge it: the ranking tells a few hypotheses apart by a scan and more by a set, and both must agree.
 */
class PersevereRankingTests {

    /**
     * {@code count} problem hypotheses of descending importance, every one judged twice (by the area and by its own
     * criterion), the odd ones with one supporting interview (so less uncertain than the untested even ones).
     */
    private static GateDecision.Persevere persevere(int count) {
        Venture venture = Venture.found(founded(1_000, 2));
        PhaseGate.Builder gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING));
        for (int i = 0; i < count; i++) {
            Hypothesis h = hypothesis(
                    String.format("problem-%02d", i), BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY, count - i);
            venture = venture.applyOrThrow(VentureEvent.HypothesisStated.of(h, T0));
            gate.mustMeet(GateCriterion.hypothesis(h.id(), COUNTING));
        }
        for (int i = 1; i < count; i += 2) {
            venture = venture.applyOrThrow(VentureEvent.EvidenceRecorded.of(
                    yes(HypothesisId.of(String.format("problem-%02d", i)), day(1)), day(1)));
        }
        return assertInstanceOf(GateDecision.Persevere.class, gate.build().evaluate(venture, day(2)));
    }

    @ParameterizedTest(name = "{0} hypotheses")
    @ValueSource(ints = {1, 2, 15, 16, 17, 40})
    void everyUndecidedHypothesisIsRankedOnceRiskiestFirst(int count) {
        Seq<Risk> risks = persevere(count).risks();
        assertEquals(count, risks.size(), risks.toString());
        assertEquals(count, risks.map(Risk::hypothesisId).distinct().size(), risks.toString());
        for (int i = 1; i < risks.size(); i++) {
            Risk before = risks.get(i - 1);
            Risk after = risks.get(i);
            boolean ordered = before.risk() > after.risk()
                    || before.risk() == after.risk() && before.importance() >= after.importance();
            assertEquals(true, ordered, before + " before " + after);
        }
    }

    @Test
    void theRankingIsTheSameByScanAndBySet() {
        // at 17 undecided hypotheses the set takes over; the first 16 rank as they do alone
        Seq<HypothesisId> ofSixteen = persevere(16).risks().map(Risk::hypothesisId);
        Seq<HypothesisId> ofSeventeen = persevere(17).risks().map(Risk::hypothesisId);
        assertEquals(
                ofSixteen.map(HypothesisId::value).sorted().toList(),
                ofSeventeen
                        .map(HypothesisId::value)
                        .filter(v -> !v.equals("problem-16"))
                        .sorted()
                        .toList());
        // the most important hypothesis is untested, so wholly uncertain: the riskiest
        assertEquals(
                List.of("problem-00"),
                ofSeventeen.take(1).map(HypothesisId::value).toList());
    }
}
