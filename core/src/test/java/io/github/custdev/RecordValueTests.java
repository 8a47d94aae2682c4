package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.audience.ReferralGrowth;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The small hand-written values that became records: their components are the accessors they had, and the public
 * canonical constructor a record brings checks every argument as the factory does, with the same messages.
 */
class RecordValueTests {
    private static final String SHAPE =
            "must be 1 to 100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit";
    private static final Duration FORTNIGHT = Duration.ofDays(14);

    @Test
    void theirComponentsAreTheAccessorsTheyHad() {
        assertEquals(List.of("value"), components(HypothesisId.class));
        assertEquals(List.of("alpha", "beta"), components(BetaPrior.class));
        assertEquals(List.of("name", "mode"), components(Role.class));
        assertEquals(List.of("criterion", "weight"), components(WeightedCriterion.class));
        assertEquals(List.of("seedCustomers", "viralCoefficient", "cycleTime"), components(ReferralGrowth.class));
    }

    @Test
    void theConstructorBuildsWhatTheFactoryBuilds() {
        assertEquals(HypothesisId.of("pmf.dentists"), new HypothesisId("pmf.dentists"));
        assertEquals(BetaPrior.of(2, 3), new BetaPrior(2, 3));
        assertEquals(BetaPrior.of(1e-100, 1e12), new BetaPrior(1e-100, 1e12));
        assertEquals(Role.VP_SALES, new Role("VP of Sales", Mode.EXECUTE));
        GateCriterion criterion = GateCriterion.audienceViable(0.95);
        assertEquals(WeightedCriterion.of(criterion, 0.5), new WeightedCriterion(criterion, 0.5));
        assertEquals(ReferralGrowth.of(100, 0, FORTNIGHT), new ReferralGrowth(100, 0, FORTNIGHT));
        assertEquals("pmf.dentists", new HypothesisId("pmf.dentists").toString());
        assertEquals("Beta(2.0, 3.0)", new BetaPrior(2, 3).toString());
        assertEquals("VP of Sales (EXECUTE)", new Role("VP of Sales", Mode.EXECUTE).toString());
    }

    @Test
    void theConstructorRejectsAnIdAsTheFactoryDoes() {
        Expect.isNull("hypothesisId", () -> new HypothesisId(null));
        Expect.invalid(
                "hypothesisId " + SHAPE + ": \"a b\"", "hypothesisId", SHAPE, "a b", () -> new HypothesisId("a b"));
    }

    @Test
    void theConstructorRejectsAPriorAsTheFactoryDoes() {
        String rule = "must be in [1.0E-100, 1.0E12]";
        Expect.invalid("prior.alpha " + rule + ": -1.0", "prior.alpha", rule, -1.0, () -> new BetaPrior(-1, 1));
        Expect.invalid(
                "prior.beta " + rule + ": NaN", "prior.beta", rule, Double.NaN, () -> new BetaPrior(1, Double.NaN));
        double below = Math.nextDown(1e-100);
        Expect.invalid("prior.alpha " + rule + ": " + below, "prior.alpha", rule, below, () -> new BetaPrior(below, 1));
        double above = Math.nextUp(1e12);
        Expect.invalid("prior.beta " + rule + ": " + above, "prior.beta", rule, above, () -> new BetaPrior(1, above));
    }

    @Test
    void theConstructorRejectsARoleAsTheFactoryDoes() {
        Expect.invalid(
                "role.name must not be blank: \"\"",
                "role.name",
                "must not be blank",
                "",
                () -> new Role("", Mode.SEARCH));
        Expect.isNull("role.name", () -> new Role(null, Mode.SEARCH));
        Expect.isNull("role.mode", () -> new Role("Engineer", null));
    }

    @Test
    void theConstructorRejectsAWeightedCriterionAsTheFactoryDoes() {
        GateCriterion criterion = GateCriterion.audienceViable(0.95);
        String rule = "must be finite and > 0";
        Expect.invalid(
                "criterion.weight " + rule + ": -1.0",
                "criterion.weight",
                rule,
                -1.0,
                () -> new WeightedCriterion(criterion, -1));
        Expect.invalid(
                "criterion.weight " + rule + ": 0.0",
                "criterion.weight",
                rule,
                0.0,
                () -> new WeightedCriterion(criterion, 0));
        Expect.isNull("criterion", () -> new WeightedCriterion(null, 1));
    }

    @Test
    void theConstructorRejectsAReferralModelAsTheFactoryDoesInTheSameOrder() {
        Expect.isNull("referral.cycleTime", () -> new ReferralGrowth(10, 0.5, null));
        Expect.invalid(
                "referral.cycleTime must be positive: PT0S",
                "referral.cycleTime",
                "must be positive",
                Duration.ZERO,
                () -> new ReferralGrowth(10, 0.5, Duration.ZERO));
        Expect.invalid(
                "referral.cycleTime must be positive: PT-1S",
                "referral.cycleTime",
                "must be positive",
                Duration.ofSeconds(-1),
                () -> new ReferralGrowth(-1, -1, Duration.ofSeconds(-1)));
        Expect.invalid(
                "referral.seedCustomers must be finite and > 0: 0.0",
                "referral.seedCustomers",
                "must be finite and > 0",
                0.0,
                () -> new ReferralGrowth(0, -1, FORTNIGHT));
        Expect.invalid(
                "referral.viralCoefficient must be finite and >= 0: -0.5",
                "referral.viralCoefficient",
                "must be finite and >= 0",
                -0.5,
                () -> new ReferralGrowth(10, -0.5, FORTNIGHT));
    }

    private static List<String> components(Class<?> type) {
        assertTrue(type.isRecord(), type::getName);
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toList());
    }
}
