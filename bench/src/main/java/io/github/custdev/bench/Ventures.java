package io.github.custdev.bench;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Runway;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Seeded venture histories for the gate and replay benchmarks. */
final class Ventures {
    private static final BusinessModelArea[] AREAS = {
        BusinessModelArea.CUSTOMER_SEGMENT,
        BusinessModelArea.PROBLEM,
        BusinessModelArea.VALUE_PROPOSITION,
        BusinessModelArea.REVENUE,
        BusinessModelArea.CHANNEL
    };

    private Ventures() {}

    /**
     * The history of a venture in Customer Discovery: founded, {@code hypotheses} hypotheses stated across the
     * discovery areas, then {@code evidence} interviews recorded, {@code perEvent} per event, round-robin over the
     * hypotheses, each supporting with a rate that differs by hypothesis.
     */
    static List<VentureEvent> discovery(int hypotheses, int evidence, int perEvent) {
        List<VentureEvent> events = new ArrayList<>(2 + hypotheses + evidence / perEvent);
        Instant start = Fixtures.START;
        events.add(VentureEvent.Founded.of("bench", Runway.experiments(Long.MAX_VALUE / 2), 3, start));
        List<HypothesisId> ids = new ArrayList<>();
        for (int h = 0; h < hypotheses; h++) {
            HypothesisId id = HypothesisId.of("h" + h);
            ids.add(id);
            events.add(VentureEvent.HypothesisStated.of(
                    Hypothesis.of(
                            id,
                            "hypothesis " + h,
                            AREAS[h % AREAS.length],
                            Phase.CUSTOMER_DISCOVERY,
                            SuccessCriterion.proportionAtLeast(0.40, 20)),
                    start));
        }
        List<List<Evidence>> perHypothesis = new ArrayList<>();
        for (int h = 0; h < hypotheses; h++) {
            perHypothesis.add(Fixtures.interviews(
                    ids.get(h), evidence / hypotheses + 1, 0.30 + 0.2 * h / hypotheses, Fixtures.SEED + h));
        }
        int[] next = new int[hypotheses];
        List<Evidence> batch = new ArrayList<>(perEvent);
        for (int i = 0; i < evidence; i++) {
            int h = i % hypotheses;
            batch.add(perHypothesis.get(h).get(next[h]++));
            if (batch.size() == perEvent || i == evidence - 1) {
                Instant at = batch.get(batch.size() - 1).observedAt();
                events.add(VentureEvent.EvidenceRecorded.of(List.copyOf(batch), BigDecimal.ZERO, at));
                batch.clear();
            }
        }
        return events;
    }

    /** The venture those events build. */
    static Venture replay(List<VentureEvent> events) {
        return Venture.replay(events).getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }
}
