package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.CriterionResult;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.Phase;
import io.github.custdev.PivotDecision;
import io.github.custdev.SpentBudgetPolicies;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.scoring.Verdict;
import io.github.custdev.testkit.internal.GateScenarios;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Gate cases put real gates to real ventures, decide as asked, and their decisions can be recorded. */
@PropertyDefaults(tries = 60)
class GateCaseProperties {

    /** Coverage is checked on a fixed seed, so that it cannot fail by chance; validity is checked on every run's. */
    @Property(seed = "20261123", tries = 100, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    void casesAreRealVenturesAtRealGatesAndEveryDecisionIsCommon(@ForAll GateCase gateCase) {
        Venture venture = gateCase.venture();
        assertEquals(venture, Venture.replay(venture.history()).get());
        assertEquals(gateCase.gate().phase(), venture.phase());
        assertFalse(gateCase.at().isBefore(venture.lastEventAt()));
        GateDecision decision = gateCase.evaluate();
        assertEquals(decision, gateCase.evaluate(), "a gate decides the same twice");
        assertEquals(gateCase.isBudgetSpent(), decision.trace().isBudgetSpent());
        Either<?, Venture> recorded = venture.apply(VentureEvent.GateEvaluated.of(decision));
        assertTrue(recorded.isRight(), "the decision can be recorded into the venture");

        Statistics.label("decision").collect(decision.kind());
        Statistics.label("decision").coverage(coverage -> {
            for (GateDecision.Kind kind : GateDecision.Kind.values()) {
                coverage.check(kind).percentage(p -> p > 10);
            }
        });
        Statistics.label("phase").collect(venture.phase());
        Statistics.label("phase").coverage(coverage -> {
            for (Phase phase : Phase.values()) {
                coverage.check(phase).count(c -> c > 0);
            }
        });
        Statistics.label("budget spent").collect(gateCase.isBudgetSpent());
        Statistics.label("budget spent").coverage(coverage -> {
            coverage.check(true).count(c -> c > 0);
            coverage.check(false).count(c -> c > 0);
        });
        Statistics.label("resolved by policy")
                .collect(decision.trace().results().exists(CriterionResult::isResolvedByPolicy));
        Statistics.label("resolved by policy")
                .coverage(coverage -> coverage.check(true).count(c -> c > 0));
    }

    @Property
    void casesDecideAsAsked(@ForAll GateDecision.Kind kind, @ForAll long seed) {
        GateCase gateCase =
                GeneratorProperties.sample(CustDevArbitraries.gateCases().deciding(kind), seed);
        assertEquals(kind, gateCase.evaluate().kind());
    }

    @Property
    void aSpentBudgetIsSpentAndARemainingOneIsNot(@ForAll boolean spent, @ForAll long seed) {
        GateCaseArbitrary cases = CustDevArbitraries.gateCases();
        GateCase gateCase =
                GeneratorProperties.sample(spent ? cases.withBudgetSpent() : cases.withBudgetRemaining(), seed);
        assertEquals(spent, gateCase.isBudgetSpent(), gateCase::toString);
        if (spent) {
            assertFalse(gateCase.evaluate() instanceof GateDecision.Persevere);
        }
    }

    @Property(seed = "20261123")
    @StatisticsReport(onFailureOnly = true)
    void withTheBudgetSpentThePolicyMostlyDecidesSomething(@ForAll("spentCases") GateCase gateCase) {
        boolean policyDecided = gateCase.evaluate().trace().results().exists(CriterionResult::isResolvedByPolicy);
        Statistics.label("policy decided").collect(policyDecided);
        Statistics.label("policy decided")
                .coverage(coverage -> coverage.check(true).percentage(p -> p > 50));
        Statistics.label("nothing to judge")
                .collect(gateCase.evaluate().trace().results().exists(r -> r.isResolvedByPolicy() && r.isMissing()));
        Statistics.label("nothing to judge")
                .coverage(coverage -> coverage.check(true).count(c -> c > 0));
    }

    @Provide
    Arbitrary<GateCase> spentCases() {
        return CustDevArbitraries.gateCases().withBudgetSpent();
    }

    @Property
    void casesAreOfThePhasesAskedAndUseThePolicyGiven(@ForAll("validation") GateCase gateCase) {
        assertEquals(Phase.CUSTOMER_VALIDATION, gateCase.gate().phase());
        assertEquals(SpentBudgetPolicies.byLeaning(0.9), gateCase.gate().whenBudgetSpent());
    }

    @Provide
    Arbitrary<GateCase> validation() {
        return CustDevArbitraries.gateCases()
                .inPhase(Phase.CUSTOMER_VALIDATION)
                .withPolicy(SpentBudgetPolicies.byLeaning(0.9));
    }

    @Property
    void pivotsFollowTheGateAndFitTheVenture(@ForAll("pivotCases") GateCase gateCase, @ForAll int choice) {
        GateDecision.Pivot called = (GateDecision.Pivot) gateCase.evaluate();
        PivotDecision following = GateScenarios.following(gateCase, Math.abs(choice % 10), Duration.ofHours(1));
        assertTrue(following.retired().containsAll(called.refuted()));
        assertEquals(called.returnTo(), following.returnTo());
        assertEquals(called.rationale(), following.rationale());
        Either<?, Venture> after = gateCase.venture()
                .applyAll(List.of(VentureEvent.GateEvaluated.of(called), VentureEvent.Pivoted.of(following)));
        assertTrue(after.isRight(), "a pivot after the gate's decision fits the venture");
        assertTrue(following
                .lineage()
                .keySet()
                .forAll(id -> following.replacements().exists(h -> h.id().equals(id))));
    }

    @Property
    void generatedPivotsChangeSomethingAndTieReplacementsToWhatTheyReplace(@ForAll PivotDecision pivot) {
        assertFalse(pivot.retired().isEmpty() && pivot.replacements().isEmpty());
        pivot.lineage()
                .forEach(
                        (replacement, predecessor) -> assertTrue(pivot.retired().contains(predecessor)));
        assertFalse(pivot.rationale().isEmpty() && !pivot.retired().isEmpty());
    }

    @Provide
    Arbitrary<GateCase> pivotCases() {
        return CustDevArbitraries.gateCases().deciding(GateDecision.Kind.PIVOT);
    }

    @Property(seed = "20261123")
    @StatisticsReport(onFailureOnly = true)
    void gatesJudgeEveryKindOfCriterionAndSometimesAreTheDefaultGates(@ForAll GateCase gateCase) {
        for (CriterionResult result : gateCase.evaluate().trace().results()) {
            GateCriterion criterion = result.criterion();
            Statistics.label("criterion")
                    .collect(
                            criterion instanceof GateCriterion.AudienceViable
                                    ? "audience"
                                    : criterion instanceof GateCriterion.AreaSupported ? "area" : "hypothesis");
            Statistics.label("verdict").collect(result.evidenceVerdict());
        }
        Statistics.label("criterion").coverage(coverage -> {
            coverage.check("audience").count(c -> c > 0);
            coverage.check("area").count(c -> c > 0);
            coverage.check("hypothesis").count(c -> c > 0);
        });
        Statistics.label("verdict").coverage(coverage -> {
            for (Verdict verdict : Verdict.values()) {
                coverage.check(verdict).count(c -> c > 0);
            }
        });
    }
}
