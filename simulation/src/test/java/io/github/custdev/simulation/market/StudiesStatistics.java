package io.github.custdev.simulation.market;

import static io.github.custdev.simulation.market.Margins.quantileHigh;
import static io.github.custdev.simulation.market.Margins.quantileLow;
import static io.github.custdev.simulation.market.Margins.shareGapLow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.simulation.Execution;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The published results at full size ({@code docs/research.md} has the tables these runs print): the tests of
 * {@link StudiesTests} on the full-size studies, and the revenue tail in every market of the sensitivity grid.
 * {@code ./mvnw -B -ntp -Pstatistics -pl simulation -am verify -Dtest=StudiesStatistics
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("statistics")
class StudiesStatistics {

    @Test
    void camuffoAtFullSize() {
        Seq<ArmSummary> arms = ArmSummary.of(
                Studies.camuffo(Studies.CAMUFFO_FIRMS * 200, 2020L).execute(Execution.parallel()));
        System.out.println("Camuffo et al., 759 x 200 ventures per arm, seed 2020\n" + ArmSummary.table(arms));
        StudiesTests.camuffo(arms);
    }

    @Test
    void prematureScalingAtFullSize() {
        Seq<ArmSummary> arms =
                ArmSummary.of(Studies.prematureScaling(50_000, 2011L).execute(Execution.parallel()));
        System.out.println("Premature scaling, 50,000 ventures per arm, seed 2011\n" + ArmSummary.table(arms));
        StudiesTests.prematureScaling(arms, 100);
    }

    @Test
    void theDirectionHoldsInEveryMarketOfTheGrid() {
        Seq<ArmSummary> arms = ArmSummary.of(Studies.sensitivity(
                        Vector.of(Founders.scientific(), Founders.intuitive()), StudiesTests.markets(), 10_000, 1997L)
                .execute(Execution.parallel()));
        System.out.println("Sensitivity, 10,000 ventures per arm and market, seed 1997\n" + ArmSummary.table(arms));
        for (int market = 0; market < 6; market++) {
            ArmSummary scientific = arms.get(2 * market);
            ArmSummary intuitive = arms.get(2 * market + 1);
            String table = "market " + market + "\n" + ArmSummary.table(arms);
            assertTrue(shareGapLow(scientific.terminated(), 10_000, intuitive.terminated(), 10_000) >= 0.1, table);
            assertTrue(shareGapLow(scientific.reaching(600), 10_000, intuitive.reaching(600), 10_000) > 0, table);
            assertTrue(quantileLow(scientific.revenue(), 0.95) > quantileHigh(intuitive.revenue(), 0.95), table);
        }
    }

    @Test
    void sequentialEvidenceAtFullSize() {
        Seq<ArmSummary> arms =
                ArmSummary.of(Studies.sequentialEvidence(50_000, 1945L).execute(Execution.parallel()));
        System.out.println("Sequential evidence, 50,000 ventures per arm, seed 1945\n" + ArmSummary.table(arms));
        for (ArmSummary arm : arms) {
            io.github.custdev.simulation.Summary spent = arm.summary(VentureOutcome::evidenceItems);
            io.github.custdev.simulation.Summary wrong = arm.summary(o -> o.falseProceeds() + o.falsePivots());
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%s: interviews %.2f +- %.2f, wrong decisions %.4f +- %.4f%n",
                    arm.founder(),
                    spent.mean(),
                    spent.standardError().get(),
                    wrong.mean(),
                    wrong.standardError().get());
        }
        StudiesTests.sequentialEvidence(arms);
    }
}
