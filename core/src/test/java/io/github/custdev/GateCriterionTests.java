package io.github.custdev;

import static io.github.custdev.Fixtures.COUNTING;
import static io.github.custdev.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GateCriterionTests {

    @Test
    void aCriterionNamesWhatMustBeSupportedAndByWhichStrategy() {
        GateCriterion one = GateCriterion.hypothesis(id("problem.no-shows"), COUNTING);
        assertEquals("hypothesis problem.no-shows is supported (counting)", one.describe());
        assertEquals(one.describe(), one.toString());
        assertEquals("counting", ((GateCriterion.HypothesisSupported) one).strategyName());
        assertEquals(COUNTING, ((GateCriterion.HypothesisSupported) one).strategy());
        assertEquals(id("problem.no-shows"), ((GateCriterion.HypothesisSupported) one).hypothesisId());
        GateCriterion area = GateCriterion.area(BusinessModelArea.CUSTOMER_RELATIONSHIP, COUNTING);
        assertEquals("every customer relationship hypothesis is supported (counting)", area.describe());
        assertEquals(BusinessModelArea.CUSTOMER_RELATIONSHIP, ((GateCriterion.AreaSupported) area).area());
        assertEquals(COUNTING, ((GateCriterion.AreaSupported) area).strategy());
        assertEquals("a customer relationship hypothesis", area.subject());
        assertEquals("every customer relationship hypothesis is supported (counting)", area.toString());
        assertEquals("hypothesis problem.no-shows", one.subject());
    }

    @Test
    void aCriterionTakesTheNameItShowsFromItsStrategy() {
        GateCriterion.HypothesisSupported one = (GateCriterion.HypothesisSupported)
                GateCriterion.hypothesis(id("pricing.monthly-49"), Scoring.bayesian());
        assertEquals("bayesian", one.strategyName());
        assertEquals("hypothesis pricing.monthly-49 is supported (bayesian)", one.describe());
        GateCriterion.AreaSupported area =
                (GateCriterion.AreaSupported) GateCriterion.area(BusinessModelArea.REVENUE, PhaseGate.DEFAULT_STRATEGY);
        assertEquals("bayesian/mean", area.strategyName());
        assertEquals("every revenue hypothesis is supported (bayesian/mean)", area.describe());
        GateCriterion.AreaSupported weighted = (GateCriterion.AreaSupported)
                GateCriterion.area(BusinessModelArea.CHANNEL, Scoring.weightedByStrength(Scoring.sequential(0.2, 0.4)));
        assertEquals("every channel hypothesis is supported (weighted(sprt))", weighted.describe());
        GateCriterion named = GateCriterion.hypothesis(id("a"), new Named("majority"));
        assertEquals("hypothesis a is supported (majority)", named.describe());
        ScoringStrategy lambda = (hypothesis, log) -> Scoring.bayesian().assess(hypothesis, log);
        assertEquals(
                "hypothesis a is supported (custom)",
                GateCriterion.hypothesis(id("a"), lambda).describe());
    }

    @Test
    void anAudienceCriterionNamesTheRequiredProbabilityAndMargin() {
        GateCriterion.AudienceViable breakEven = GateCriterion.audienceViable(0.9);
        assertEquals(0.9, breakEven.requiredProbability());
        assertEquals(0.0, breakEven.targetMargin());
        assertEquals("the chosen audience is viable with probability >= 0.9 (break-even)", breakEven.describe());
        assertEquals(breakEven.describe(), breakEven.toString());
        assertEquals("an audience", breakEven.subject());
        GateCriterion.AudienceViable margin = GateCriterion.audienceViable(0.95, 0.2);
        assertEquals(
                "the chosen audience is viable with probability >= 0.95 (a 20.0% operating margin)", margin.describe());
        assertEquals(GateCriterion.audienceViable(0.9), GateCriterion.audienceViable(0.9, 0));
        assertEquals(
                GateCriterion.audienceViable(0.9).hashCode(),
                GateCriterion.audienceViable(0.9, 0).hashCode());
        assertNotEquals(GateCriterion.audienceViable(0.9), GateCriterion.audienceViable(0.95));
        assertNotEquals(GateCriterion.audienceViable(0.9), GateCriterion.audienceViable(0.9, 0.1));
        assertNotEquals(GateCriterion.audienceViable(0.9), GateCriterion.area(BusinessModelArea.REVENUE, COUNTING));
    }

    @Test
    void anAudienceCriterionJudgesAnAudienceByItsViability() {
        UnitEconomics economics = UnitEconomics.builder()
                .price(100)
                .variableCost(0)
                .acquisitionCost(0)
                .retention(0.5)
                .fixedCosts(1_000)
                .build();
        // 10 customers break even; 25 bring a 60% margin (1,000 / (0.4 x 100) = 25).
        Audience twenty = Audience.of("twenty", 100, Conversion.of(0.2), economics);
        GateCriterion.AudienceViable breakEven = GateCriterion.audienceViable(0.9);
        Viability judged = breakEven.judge(twenty);
        assertEquals(twenty.viability(0.9), judged);
        assertEquals(true, judged.isViable());
        GateCriterion.AudienceViable margin = GateCriterion.audienceViable(0.9, 0.6);
        assertEquals(twenty.viability(0.9, 0.6), margin.judge(twenty));
        assertEquals(false, margin.judge(twenty).isViable());
        assertEquals(
                "audience is null",
                assertThrows(InvalidValueException.class, () -> breakEven.judge(null))
                        .getMessage());
    }

    @Test
    void criteriaAreEqualByTheirPartsAndStrategy() {
        ScoringStrategy other = Fixtures.counting(1, 1);
        assertEquals(
                GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING),
                GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING));
        assertEquals(
                GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING).hashCode(),
                GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING).hashCode());
        assertNotEquals(
                GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING),
                GateCriterion.area(BusinessModelArea.PROBLEM, other));
        assertNotEquals(
                GateCriterion.area(BusinessModelArea.PROBLEM, COUNTING),
                GateCriterion.area(BusinessModelArea.CHANNEL, COUNTING));
        assertEquals(GateCriterion.hypothesis(id("a"), COUNTING), GateCriterion.hypothesis(id("a"), COUNTING));
        assertEquals(
                GateCriterion.hypothesis(id("a"), COUNTING).hashCode(),
                GateCriterion.hypothesis(id("a"), COUNTING).hashCode());
        assertNotEquals(GateCriterion.hypothesis(id("a"), COUNTING), GateCriterion.hypothesis(id("b"), COUNTING));
    }

    @Test
    void partsAreChecked() {
        assertEquals(
                "criterion.strategy.name must not be blank: \" \"",
                assertThrows(
                                InvalidValueException.class,
                                () -> GateCriterion.area(BusinessModelArea.PROBLEM, new Named(" ")))
                        .getMessage());
        assertEquals(
                "criterion.strategy.name is null",
                assertThrows(InvalidValueException.class, () -> GateCriterion.hypothesis(id("a"), new Named(null)))
                        .getMessage());
        assertEquals(
                "criterion.area is null",
                assertThrows(InvalidValueException.class, () -> GateCriterion.area(null, COUNTING))
                        .getMessage());
        assertEquals(
                "criterion.strategy is null",
                assertThrows(InvalidValueException.class, () -> GateCriterion.hypothesis(id("a"), null))
                        .getMessage());
        assertEquals(
                "criterion.hypothesisId is null",
                assertThrows(InvalidValueException.class, () -> GateCriterion.hypothesis(null, COUNTING))
                        .getMessage());
    }

    @Test
    void anAudienceCriterionChecksItsProbabilityAndMargin() {
        assertEquals(
                "requiredProbability must be in (0, 1]: 0.0",
                assertThrows(InvalidValueException.class, () -> GateCriterion.audienceViable(0))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> GateCriterion.audienceViable(1.01));
        assertThrows(InvalidValueException.class, () -> GateCriterion.audienceViable(Double.NaN));
        assertThrows(InvalidValueException.class, () -> GateCriterion.audienceViable(0.9, 1.0));
        assertThrows(InvalidValueException.class, () -> GateCriterion.audienceViable(0.9, -0.1));
        assertThrows(InvalidValueException.class, () -> GateCriterion.audienceViable(0.9, Double.NaN));
        assertEquals(1.0, (GateCriterion.audienceViable(1.0)).requiredProbability());
    }

    @Test
    void aShouldMeetCriterionHasAPositiveWeight() {
        GateCriterion area = GateCriterion.area(BusinessModelArea.REVENUE, COUNTING);
        WeightedCriterion weighted = WeightedCriterion.of(area, 2);
        assertEquals(area, weighted.criterion());
        assertEquals(2, weighted.weight());
        assertEquals("every revenue hypothesis is supported (counting), weight 2.0", weighted.toString());
        assertEquals(weighted, WeightedCriterion.of(area, 2));
        assertEquals(weighted.hashCode(), WeightedCriterion.of(area, 2).hashCode());
        assertNotEquals(weighted, WeightedCriterion.of(area, 3));
        assertEquals(
                "criterion.weight must be finite and > 0: -1.0",
                assertThrows(InvalidValueException.class, () -> WeightedCriterion.of(area, -1))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> WeightedCriterion.of(area, Double.POSITIVE_INFINITY));
        assertThrows(InvalidValueException.class, () -> WeightedCriterion.of(null, 1));
    }

    /** A strategy that names itself as told; it judges as {@link Scoring#bayesian()}. */
    private static final class Named implements ScoringStrategy {
        private final @Nullable String name;

        Named(@Nullable String name) {
            this.name = name;
        }

        @Override
        public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
            return Scoring.bayesian().assess(hypothesis, log);
        }

        @Override
        public String name() {
            return name;
        }
    }
}
