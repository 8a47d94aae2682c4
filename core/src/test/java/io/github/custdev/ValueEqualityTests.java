package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.audience.Assessments;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.ReferralGrowth;
import io.github.custdev.audience.Segments;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written value types keep the equals and hashCode contracts, field by field: each type has a base value and
 * variants that differ from it in one field each, every one built twice from scratch. Copies are equal with equal hash
 * codes; a value equals itself and nothing of another type; values that differ in a field are unequal both ways; and
 * the hash code depends on the value (not a contract, but a constant one would make every hash map a list).
 */
class ValueEqualityTests {
    private static final Instant T1 = Fixtures.day(1);
    private static final HypothesisId PROBLEM = HypothesisId.of("problem");
    private static final ScoringStrategy BAYESIAN = Scoring.bayesian();
    private static final ScoringStrategy MEAN = Scoring.mean();

    private static Map<String, List<Supplier<?>>> values() {
        Map<String, List<Supplier<?>>> values = new LinkedHashMap<>();
        values.put("BetaPrior", List.of(() -> BetaPrior.of(1, 1), () -> BetaPrior.of(2, 1), () -> BetaPrior.of(1, 2)));
        values.put("HypothesisId", List.of(() -> HypothesisId.of("problem"), () -> HypothesisId.of("problem.v2")));
        values.put(
                "Source",
                List.of(
                        () -> Source.of("dr-lee"),
                        () -> Source.of("dr-ray"),
                        () -> Source.of("dr-lee", "solo"),
                        () -> Source.of("dr-lee", "groups")));
        values.put(
                "Role",
                List.of(
                        () -> Role.of("Designer", Mode.SEARCH),
                        () -> Role.of("Engineer", Mode.SEARCH),
                        () -> Role.of("Designer", Mode.EXECUTE)));
        values.put(
                "StrengthWeights",
                List.of(
                        () -> StrengthWeights.of(1, 2, 3),
                        () -> StrengthWeights.of(2, 2, 3),
                        () -> StrengthWeights.of(1, 3, 3),
                        () -> StrengthWeights.of(1, 2, 4)));
        values.put(
                "Runway",
                List.of(
                        () -> Runway.experiments(5),
                        () -> Runway.experiments(6),
                        () -> Runway.money(new BigDecimal("5"), "EUR"),
                        () -> Runway.money(new BigDecimal("6"), "EUR"),
                        () -> Runway.money(new BigDecimal("5"), "USD")));
        values.put(
                "EvidenceBudget",
                List.of(
                        () -> EvidenceBudget.evidence(5),
                        () -> EvidenceBudget.evidence(6),
                        () -> EvidenceBudget.experiments(5),
                        () -> EvidenceBudget.evidence(5).withMaxExperiments(5),
                        () -> EvidenceBudget.evidence(5).withDeadline(T1),
                        () -> EvidenceBudget.until(T1),
                        () -> EvidenceBudget.until(Fixtures.day(2))));
        values.put(
                "Risk",
                List.of(
                        () -> Risk.of(PROBLEM, 1, 0.5, false, Option.none()),
                        () -> Risk.of(HypothesisId.of("segment"), 1, 0.5, false, Option.none()),
                        () -> Risk.of(PROBLEM, 2, 0.5, false, Option.none()),
                        () -> Risk.of(PROBLEM, 1, 0.25, false, Option.none()),
                        () -> Risk.of(PROBLEM, 1, 0.5, false, Option.some(0L)),
                        () -> Risk.of(PROBLEM, 1, 0.5, false, Option.some(7L)),
                        () -> Risk.of(PROBLEM, 1, 1, false, Option.none()),
                        () -> Risk.of(PROBLEM, 1, 1, true, Option.none())));
        values.put(
                "PrematureScaling",
                List.of(
                        () -> PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_DISCOVERY, T1),
                        () -> PrematureScaling.of(Role.VP_MARKETING, Phase.CUSTOMER_DISCOVERY, T1),
                        () -> PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_VALIDATION, T1),
                        () -> PrematureScaling.of(Role.VP_SALES, Phase.CUSTOMER_DISCOVERY, Fixtures.day(2))));
        values.put(
                "Rejection",
                List.of(
                        () -> Rejection.of(Rejection.Rule.OUT_OF_ORDER, VentureEvent.PhaseAdvanced.of(T1), 3, T1),
                        () -> Rejection.of(Rejection.Rule.CLOSED, VentureEvent.PhaseAdvanced.of(T1), 3, T1),
                        () -> Rejection.of(
                                Rejection.Rule.OUT_OF_ORDER, VentureEvent.PhaseAdvanced.of(Fixtures.day(2)), 3, T1),
                        () -> Rejection.of(Rejection.Rule.OUT_OF_ORDER, VentureEvent.PhaseAdvanced.of(T1), 4, T1),
                        () -> Rejection.of(
                                Rejection.Rule.OUT_OF_ORDER, VentureEvent.PhaseAdvanced.of(T1), 3, Fixtures.T0),
                        () -> Rejection.of(Rejection.Rule.OUT_OF_ORDER, VentureEvent.PhaseAdvanced.of(T1), 3, null)));
        values.put(
                "GateCriterion",
                List.of(
                        () -> GateCriterion.hypothesis(PROBLEM, BAYESIAN),
                        () -> GateCriterion.hypothesis(HypothesisId.of("segment"), BAYESIAN),
                        () -> GateCriterion.hypothesis(PROBLEM, MEAN),
                        () -> GateCriterion.area(BusinessModelArea.PROBLEM, BAYESIAN),
                        () -> GateCriterion.area(BusinessModelArea.CHANNEL, BAYESIAN),
                        () -> GateCriterion.area(BusinessModelArea.PROBLEM, MEAN)));
        values.put(
                "WeightedCriterion",
                List.of(
                        () -> WeightedCriterion.of(GateCriterion.hypothesis(PROBLEM, BAYESIAN), 1),
                        () -> WeightedCriterion.of(GateCriterion.hypothesis(PROBLEM, BAYESIAN), 2),
                        () -> WeightedCriterion.of(GateCriterion.area(BusinessModelArea.CHANNEL, MEAN), 1)));
        values.put(
                "SpentBudgetPolicy",
                List.of(
                        () -> SpentBudgetPolicies.byLeaning(0.8),
                        () -> SpentBudgetPolicies.byLeaning(0.9),
                        SpentBudgetPolicies::treatAsRefuted));
        values.put(
                "Interval",
                List.of(
                        () -> Interval.credible(0.1, 0.4, 0.95),
                        () -> Interval.credible(0.2, 0.4, 0.95),
                        () -> Interval.credible(0.1, 0.5, 0.95),
                        () -> Interval.credible(0.1, 0.4, 0.9),
                        () -> Interval.confidence(0.1, 0.4, 0.95)));
        values.put(
                "Conversion",
                List.of(
                        () -> Conversion.of(0.2),
                        () -> Conversion.of(0.3),
                        () -> Conversion.from(Assessments.withInterval(0.2, Interval.credible(0.1, 0.3, 0.95))),
                        () -> Conversion.from(Assessments.withInterval(0.2, Interval.credible(0.15, 0.3, 0.95))),
                        () -> Conversion.from(Assessments.withInterval(0.25, Interval.credible(0.1, 0.3, 0.95)))));
        values.put(
                "EvidenceStatistics",
                List.of(
                        EvidenceStatistics::empty,
                        () -> EvidenceStatistics.of(List.of(Fixtures.yes(PROBLEM, T1))),
                        () -> EvidenceStatistics.of(List.of(Fixtures.no(PROBLEM, T1))),
                        () -> EvidenceStatistics.of(List.of(Fixtures.yes(PROBLEM, T1), Fixtures.yes(PROBLEM, T1))),
                        () -> EvidenceStatistics.of(List.of(Behaviour.of(PROBLEM, Source.of("c"), T1, 1, 1))),
                        () -> EvidenceStatistics.of(
                                List.of(Behaviour.of(PROBLEM, Source.of("c"), T1, 1, 1, Strength.PAID))),
                        () -> EvidenceStatistics.of(List.of(minutes(10))),
                        () -> EvidenceStatistics.of(List.of(minutes(20))),
                        () -> EvidenceStatistics.of(
                                List.of(Measurement.of(PROBLEM, Source.of("c"), T1, 10, "hours", Strength.DID))),
                        () -> EvidenceStatistics.of(List.of(tally(3, 2, 1))),
                        () -> EvidenceStatistics.of(List.of(tally(2, 3, 1))),
                        () -> EvidenceStatistics.of(List.of(tally(2, 2, 2))),
                        () -> EvidenceStatistics.of(List.of(Fixtures.yes(PROBLEM, T1)))
                                .withWeights(StrengthWeights.of(2, 1, 1))));
        values.put(
                "EvidenceLog",
                List.of(
                        EvidenceLog::empty,
                        () -> EvidenceLog.of(Fixtures.yes(PROBLEM, T1)),
                        () -> EvidenceLog.of(Fixtures.no(PROBLEM, T1)),
                        () -> EvidenceLog.of(Fixtures.yes(PROBLEM, T1)).withWeights(StrengthWeights.of(2, 1, 1))));
        values.put(
                "SmallestViableAudience",
                List.of(
                        () -> SmallestViableAudience.choose(List.of(Segments.solo(), Segments.groups()), 0.9),
                        () -> SmallestViableAudience.choose(List.of(Segments.solo()), 0.9),
                        () -> SmallestViableAudience.choose(List.of(Segments.solo(), Segments.groups()), 0.5),
                        () -> SmallestViableAudience.choose(List.of(Segments.solo(), Segments.groups()), 0.9, 0.2)));
        values.put(
                "BassDiffusion",
                List.of(
                        () -> BassDiffusion.of(0.03, 0.38, 1000),
                        () -> BassDiffusion.of(0.04, 0.38, 1000),
                        () -> BassDiffusion.of(0.03, 0.4, 1000),
                        () -> BassDiffusion.of(0.03, 0.38, 2000)));
        values.put(
                "ReferralGrowth",
                List.of(
                        () -> ReferralGrowth.of(10, 0.5, Duration.ofDays(30)),
                        () -> ReferralGrowth.of(20, 0.5, Duration.ofDays(30)),
                        () -> ReferralGrowth.of(10, 0.6, Duration.ofDays(30)),
                        () -> ReferralGrowth.of(10, 0.5, Duration.ofDays(14))));
        values.put(
                "Venture",
                List.of(
                        () -> Venture.found(Fixtures.founded(10, 1)),
                        () -> Venture.found(VentureEvent.Founded.of("Other", Runway.experiments(10), 1, Fixtures.T0)),
                        () -> Venture.found(Fixtures.founded(11, 1)),
                        () -> Venture.found(Fixtures.founded(10, 2)),
                        () -> Fixtures.venture(10, 1, VentureEvent.RoleHired.of(Role.ENGINEER, T1)),
                        () -> Fixtures.venture(10, 1, VentureEvent.RoleHired.of(Role.FOUNDER, T1))));
        return values;
    }

    private static Measurement minutes(double value) {
        return Measurement.of(PROBLEM, Source.of("c"), T1, value, "minutes", Strength.DID);
    }

    private static SeanEllisTally tally(long very, long somewhat, long not) {
        return SeanEllisTally.of(PROBLEM, Source.of("survey"), T1, very, somewhat, not);
    }

    @TestFactory
    List<DynamicTest> copiesAreEqualAndValuesDifferingInAFieldAreNot() {
        return values().entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> check(entry.getValue())))
                .collect(java.util.stream.Collectors.toList());
    }

    private static void check(List<Supplier<?>> variants) {
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            Object value = variants.get(i).get();
            Object copy = variants.get(i).get();
            assertTrue(value.equals(value), value + " equals itself");
            assertEquals(value, copy);
            assertEquals(copy, value);
            assertEquals(value.hashCode(), copy.hashCode(), "hash codes of equal copies of " + value);
            assertNotEquals(null, value);
            assertTrue(!value.equals(value.toString()), value + " equals its text");
            hashes.add(value.hashCode());
            for (int j = 0; j < variants.size(); j++) {
                if (i != j) {
                    Object other = variants.get(j).get();
                    assertNotEquals(value, other, "variant " + i + " and " + j);
                    assertNotEquals(other, value, "variant " + j + " and " + i);
                }
            }
        }
        assertTrue(hashes.size() > 1, "a hash code that does not depend on the value: " + hashes);
    }
}
