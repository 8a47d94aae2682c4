package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.audience.ReferralGrowth;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.audience.Viability;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Audiences around break-even sit at the boundary, on both sides; the other audience types are valid and varied. */
@PropertyDefaults(tries = 200)
class AudienceProperties {

    /** Coverage is checked on a fixed seed, so that it cannot fail by chance. */
    @Property(seed = "20261123")
    @StatisticsReport(onFailureOnly = true)
    void audiencesAroundBreakEvenBringAlmostTheCustomersTheyNeedOnBothSides(
            @ForAll("aroundBreakEven") Audience audience) {
        long needed = audience.economics().customersToBreakEven().get();
        double expected = audience.expectedCustomers();
        assertTrue(
                expected >= 0.8 * needed - 0.5 && expected <= 1.2 * needed + 0.5,
                () -> expected + " expected, " + needed + " needed");
        Viability viability = audience.viability(0.5);
        Statistics.label("side").collect(expected >= needed ? "enough" : "too few");
        Statistics.label("side").coverage(coverage -> {
            coverage.check("enough").percentage(p -> p > 25);
            coverage.check("too few").percentage(p -> p > 25);
        });
        Statistics.label("viable at 0.5").collect(viability.isViable());
        Statistics.label("viable at 0.5").coverage(coverage -> {
            coverage.check(true).count(c -> c > 10);
            coverage.check(false).count(c -> c > 10);
        });
        Statistics.label("conversion").collect(audience.conversion().isFixed() ? "fixed" : "assessed");
        Statistics.label("conversion").coverage(coverage -> {
            coverage.check("fixed").count(c -> c > 10);
            coverage.check("assessed").count(c -> c > 10);
        });
    }

    @Provide
    Arbitrary<Audience> aroundBreakEven() {
        return CustDevArbitraries.audiences().aroundBreakEven();
    }

    @Property
    void aFixedConversionDecidesViabilityByTheExpectedCustomers(@ForAll("closeAndFixed") Audience audience) {
        assertTrue(audience.conversion().isFixed());
        long needed = audience.economics().customersToBreakEven().get();
        assertTrue(Math.abs(audience.expectedCustomers() - needed) <= 0.02 * needed + 0.5);
        assertEquals(
                audience.expectedCustomers() >= needed, audience.viability(1.0).isViable());
    }

    @Provide
    Arbitrary<Audience> closeAndFixed() {
        return CustDevArbitraries.audiences().aroundBreakEven(0.02).withFixedConversion();
    }

    @Property(tries = 60)
    void anAssessedConversionCarriesItsUncertainty(@ForAll("assessed") Audience audience) {
        assertFalse(audience.conversion().isFixed());
        assertTrue(audience.conversion().assessment().isDefined());
        double probability = audience.viability(0.5).probability();
        assertTrue(probability > 0.0 && probability < 1.0, () -> "probability " + probability);
    }

    @Provide
    Arbitrary<Audience> assessed() {
        return CustDevArbitraries.audiences().aroundBreakEven(0.05).withAssessedConversion();
    }

    @Property(seed = "20261123")
    @StatisticsReport(onFailureOnly = true)
    void defaultAudiencesAreOfEveryKind(@ForAll Audience audience) {
        Statistics.label("breaks even")
                .collect(audience.economics().customersToBreakEven().isDefined());
        Statistics.label("breaks even").coverage(coverage -> {
            coverage.check(true).count(c -> c > 0);
            coverage.check(false).count(c -> c > 0);
        });
        Statistics.label("traits").collect(!audience.traits().isEmpty());
        Statistics.label("traits").coverage(coverage -> coverage.check(true).count(c -> c > 0));
    }

    @Property
    void choicesAreAmongDistinctCandidates(@ForAll SmallestViableAudience choice) {
        assertEquals(
                choice.candidates().size(),
                choice.candidates().map(v -> v.audience().name()).distinct().size());
        choice.audience()
                .forEach(chosen -> assertTrue(chosen.viability(choice.requiredProbability(), choice.targetMargin())
                        .isViable()));
    }

    @Property(seed = "20261123")
    @StatisticsReport(onFailureOnly = true)
    void growthModelsCoverTheirRegimes(@ForAll BassDiffusion diffusion, @ForAll ReferralGrowth referral) {
        Statistics.label("imitators lead").collect(diffusion.imitation() > diffusion.innovation());
        Statistics.label("imitators lead").coverage(coverage -> {
            coverage.check(true).count(c -> c > 0);
            coverage.check(false).count(c -> c > 0);
        });
        Statistics.label("referral").collect(referral.viralCoefficient() < 1 ? "dies out" : "unbounded");
        Statistics.label("referral").coverage(coverage -> {
            coverage.check("dies out").count(c -> c > 0);
            coverage.check("unbounded").count(c -> c > 0);
        });
    }
}
