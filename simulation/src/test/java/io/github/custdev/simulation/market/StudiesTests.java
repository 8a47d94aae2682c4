package io.github.custdev.simulation.market;

import static io.github.custdev.simulation.market.Margins.meanGapLow;
import static io.github.custdev.simulation.market.Margins.quantileHigh;
import static io.github.custdev.simulation.market.Margins.quantileLow;
import static io.github.custdev.simulation.market.Margins.shareGapLow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.simulation.Execution;
import io.github.custdev.simulation.Summary;
import io.github.custdev.simulation.nk.Interaction;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The published results, reproduced from the mechanisms at a fast size (the {@code statistics} profile runs them at
 * full size): each asserts a direction and a minimum effect beyond the margins of {@link Margins}.
 */
@Tag("reproduction")
class StudiesTests {

    private static final int VENTURES = 2000;

    static void camuffo(Seq<ArmSummary> arms) {
        ArmSummary scientific = arms.get(0);
        ArmSummary intuitive = arms.get(1);
        int n = scientific.ventures();
        int m = intuitive.ventures();
        String table = "\n" + ArmSummary.table(arms);
        // the scientific founder terminates more ideas: at least 15 points more
        assertTrue(shareGapLow(scientific.terminated(), n, intuitive.terminated(), m) >= 0.15, table);
        // it pivots once or twice more often, the intuitive founder more often never: at least 10 points each way
        assertTrue(shareGapLow(scientific.pivoted(1, 2), n, intuitive.pivoted(1, 2), m) >= 0.10, table);
        assertTrue(shareGapLow(intuitive.pivoted(0, 0), m, scientific.pivoted(0, 0), n) >= 0.10, table);
        // its revenue is higher
        Summary science = scientific.revenue();
        Summary intuition = intuitive.revenue();
        assertTrue(meanGapLow(science, intuition) > 0, table);
        // with the gap widest in the upper tail: the 95th percentiles apart beyond their confidence intervals, and
        // their gap beyond the widest gap the 75th percentiles' intervals allow
        double gap95 = quantileLow(science, 0.95) - quantileHigh(intuition, 0.95);
        double gap75 = quantileHigh(science, 0.75) - quantileLow(intuition, 0.75);
        assertTrue(gap95 > 0, table);
        assertTrue(gap95 > gap75, table + " p95 gap at least " + gap95 + ", p75 gap at most " + gap75);
    }

    @Test
    void theScientificFounderTerminatesMorePivotsAFewTimesAndEarnsMoreInTheRightTail() {
        Seq<ArmSummary> arms = ArmSummary.of(Studies.camuffo(VENTURES, 2020L).execute(Execution.threads(2)));
        assertEquals(Vector.of("scientific", "intuitive"), arms.map(ArmSummary::founder));
        camuffo(arms);
    }

    static void prematureScaling(Seq<ArmSummary> arms, double threshold) {
        ArmSummary scientific = arms.get(0);
        ArmSummary scaler = arms.get(1);
        String table = "\n" + ArmSummary.table(arms);
        // every premature scaler is flagged, no scientific founder is
        assertEquals(0, scientific.share(VentureOutcome::prematureScaling), table);
        assertEquals(1, scaler.share(VentureOutcome::prematureScaling), table);
        // the premature scalers reach the revenue threshold less often: at least 5 points less, and at most three
        // quarters as often even at the ends of the two shares' confidence intervals
        double reached = scientific.reaching(threshold);
        double scaled = scaler.reaching(threshold);
        assertTrue(shareGapLow(reached, scientific.ventures(), scaled, scaler.ventures()) >= 0.05, table);
        double scaledHigh = scaled + Margins.Z * scaler.standardError(scaled);
        double reachedLow = reached - Margins.Z * scientific.standardError(reached);
        assertTrue(scaledHigh <= 0.75 * reachedLow, table + " " + scaled + " vs " + reached);
        // because they run out of cash more often while they search
        assertTrue(
                shareGapLow(scaler.outOfCash(), scaler.ventures(), scientific.outOfCash(), scientific.ventures()) > 0,
                table);
    }

    @Test
    void venturesThatScaleBeforeValidationReachARevenueThresholdLessOften() {
        Seq<ArmSummary> arms =
                ArmSummary.of(Studies.prematureScaling(VENTURES, 2011L).execute(Execution.threads(2)));
        assertEquals(Vector.of("scientific", "premature scaler"), arms.map(ArmSummary::founder));
        prematureScaling(arms, 100);
    }

    /** The markets of the sensitivity grid: K of 0, 2 and 5, and a hypothesis true at 0.45 or 0.55. */
    static Seq<Market> markets() {
        Vector<Market> markets = Vector.empty();
        for (int k : new int[] {0, 2, 5}) {
            for (double rate : new double[] {0.45, 0.55}) {
                markets = markets.append(
                        Market.defaults().withIdeas(new Market.Ideas(2, k, Interaction.RANDOM, rate, 0.25)));
            }
        }
        return markets;
    }

    @Test
    void theScientificFounderTerminatesMoreInEveryMarketOfTheGridAndReachesTheRightTailMoreOften() {
        Seq<ArmSummary> arms = ArmSummary.of(
                Studies.sensitivity(Vector.of(Founders.scientific(), Founders.intuitive()), markets(), 400, 1997L)
                        .execute(Execution.threads(2)));
        assertEquals(12, arms.size());
        String table = "\n" + ArmSummary.table(arms);
        double science = 0;
        double intuition = 0;
        for (int market = 0; market < 6; market++) {
            ArmSummary scientific = arms.get(2 * market);
            ArmSummary intuitive = arms.get(2 * market + 1);
            assertTrue(shareGapLow(scientific.terminated(), 400, intuitive.terminated(), 400) >= 0.05, market + table);
            science += scientific.reaching(600) / 6;
            intuition += intuitive.reaching(600) / 6;
        }
        // the right tail, a revenue of 600 (about the 90th percentile in the default market), over the whole grid
        assertTrue(shareGapLow(science, 2400, intuition, 2400) > 0, table + science + " vs " + intuition);
    }

    static void sequentialEvidence(Seq<ArmSummary> arms) {
        ArmSummary sequential = arms.get(0);
        ArmSummary fixed = arms.get(1);
        String table = "\n" + ArmSummary.table(arms);
        Summary spentSequential = sequential.summary(VentureOutcome::evidenceItems);
        Summary spentFixed = fixed.summary(VentureOutcome::evidenceItems);
        // the ratio of the mean interviews, and its standard error by the delta method
        double ratio = spentSequential.mean() / spentFixed.mean();
        double error = ratio
                * Math.hypot(
                        spentSequential.standardError().get() / spentSequential.mean(),
                        spentFixed.standardError().get() / spentFixed.mean());
        assertTrue(ratio + Margins.Z * error <= 0.6, table + " ratio " + ratio + " +- " + error);
        // at error rates no higher: the wrong decisions a venture makes (false proceeds and false pivots)
        Summary wrongSequential = sequential.summary(o -> o.falseProceeds() + o.falsePivots());
        Summary wrongFixed = fixed.summary(o -> o.falseProceeds() + o.falsePivots());
        assertTrue(meanGapLow(wrongFixed, wrongSequential) > -0.05, table);
    }

    @Test
    void sequentialEvidenceSpendsAtMostSixtyPercentOfTheInterviewsAtEqualErrorRates() {
        Seq<ArmSummary> arms =
                ArmSummary.of(Studies.sequentialEvidence(1000, 1945L).execute(Execution.threads(2)));
        sequentialEvidence(arms);
    }
}
