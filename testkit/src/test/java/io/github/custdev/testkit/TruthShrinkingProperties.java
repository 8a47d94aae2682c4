package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Truth-aware generators shrink to the truth: each property here must fail, and records every value it is called
 * with, so that its check can see every shrinking step. From the first failing value on (the drawn sample that jqwik
 * shrinks), every value holds the drawn success share, {@code |k - share * t| <= 1/2}, computed here independently of
 * the generator, and the shrunk value is as small as the property allows. Without truth-aware shrinking, jqwik moves each drawn outcome towards
 * a failure and removes items at will, and the checks fail: a log drawn at 0.95 shrank to 18 successes of 60.
 */
class TruthShrinkingProperties {
    private static final Hypothesis FIT = Hypothesis.of(
            HypothesisId.of("fit"),
            "Most practices want it",
            BusinessModelArea.VALUE_PROPOSITION,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.proportionAtLeast(0.4, 20));

    /** The successes and trials (or, for measurements, the values) of every value a property was called with. */
    private static final List<long[]> SEEN = new CopyOnWriteArrayList<>();

    @BeforeProperty
    void forget() {
        SEEN.clear();
    }

    @Property(seed = "20260105")
    @ExpectShrunk(TwentyAtTheDrawnShare.class)
    void everyLogDrawnAtNinetyFivePercentIsShort(@ForAll("atNinetyFivePercent") EvidenceLog log) {
        EvidenceStatistics statistics = log.statistics(FIT.id());
        boolean fails = log.size() >= 20;
        SEEN.add(new long[] {statistics.successes(), statistics.trials(), fails ? 1 : 0});
        assertTrue(!fails);
    }

    @Provide
    Arbitrary<EvidenceLog> atNinetyFivePercent() {
        return CustDevArbitraries.evidenceFor(FIT)
                .withTrueRate(0.95)
                .ofKinds(Statement.class)
                .logs()
                .ofSize(1, 60);
    }

    /** Twenty statements, as many supporting as the drawn share of twenty, and the share held at every step. */
    static final class TwentyAtTheDrawnShare implements ExpectShrunk.Check {
        @Override
        public void check(List<Object> shrunk) {
            EvidenceLog log = (EvidenceLog) shrunk.get(0);
            assertEquals(20, log.size(), log::toString);
            double share = assertEveryStepHoldsTheDrawnShare();
            long successes = log.statistics(FIT.id()).successes();
            assertTrue(
                    Math.abs(successes - share * 20) <= 0.5, () -> successes + " of 20 at a drawn share of " + share);
            assertTrue(share >= 0.85, () -> "the drawn share " + share + " of a seeded draw at 0.95");
        }
    }

    /** Checks that every value from the first failing one on holds that value's success share, and returns it. */
    static double assertEveryStepHoldsTheDrawnShare() {
        List<long[]> seen = new ArrayList<>(SEEN);
        int first = 0;
        while (seen.get(first)[2] == 0) {
            first++;
        }
        double share = (double) seen.get(first)[0] / seen.get(first)[1];
        for (long[] step : seen.subList(first, seen.size())) {
            assertTrue(
                    Math.abs(step[0] - share * step[1]) <= 0.5 + 1e-9,
                    () -> step[0] + " successes of " + step[1] + " do not hold the drawn share " + share);
        }
        return share;
    }
}
