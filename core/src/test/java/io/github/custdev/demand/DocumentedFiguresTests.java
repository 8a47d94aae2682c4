package io.github.custdev.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.custdev.BetaPrior;
import io.github.custdev.scoring.Estimate;
import org.junit.jupiter.api.Test;

/** The figures the Javadoc and docs/demand.md show, as they are printed there. */
class DocumentedFiguresTests {

    @Test
    void growth() {
        GrowthRate growth = Adoptions.of(100, 150).growth(0.95).get();
        assertEquals(0.405, growth.logRate(), 5e-4);
        assertEquals(0.129, growth.standardError(), 5e-4);
        assertEquals(0.958, growth.probabilityAtLeast(0.2), 5e-4);
        assertEquals(0.165, growth.rate().interval().lower(), 5e-4);
        assertEquals(0.932, growth.rate().interval().upper(), 5e-4);
    }

    @Test
    void retention() {
        Retention atOne = Cohorts.of(Cohort.of(0, 50, 40, 35, 33), Cohort.of(1, 60, 45, 41), Cohort.of(2, 80, 66))
                .retention(BetaPrior.jeffreys(), 0.95)
                .get(0);
        Estimate estimate = atOne.estimate();
        assertEquals(0.79, estimate.value(), 5e-3);
        assertEquals(0.73, estimate.interval().lower(), 5e-3);
        assertEquals(0.85, estimate.interval().upper(), 5e-3);
        assertEquals(0.998, atOne.probabilityAtLeast(0.7), 5e-4);
    }

    @Test
    void viralCoefficient() {
        ViralCoefficient k = Referrals.of(new long[] {100, 120, 150}, new long[] {60, 80, 90}, new long[] {20, 30, 31})
                .viralCoefficient(0.95);
        assertEquals(ViralCoefficient.of(81, 370, 0.95), k);
        assertEquals(0.219, k.estimate().value(), 5e-4);
        assertEquals(0.175, k.estimate().interval().lower(), 5e-4);
        assertEquals(0.271, k.estimate().interval().upper(), 5e-4);
        assertEquals(0.001, k.probabilityAtLeast(0.3), 5e-4);
        assertEquals(
                0.82,
                Referrals.of(new long[] {100, 120}, new long[] {60, 80}, new long[] {20, 30})
                        .viralCoefficient(0.95)
                        .probabilityAtLeast(0.2),
                5e-3);
    }

    @Test
    void bass() {
        BassFit fit = Adoptions.of(312, 420, 538, 652, 737, 771, 742, 660, 544, 420)
                .fitBass()
                .get();
        assertEquals(0.28, fit.probabilityToReach(6_500, 13), 5e-3);
        assertEquals(0.0386, fit.diffusion().innovation(), 5e-5);
        assertEquals(0.372, fit.diffusion().imitation(), 5e-4);
        assertEquals(6_829, fit.diffusion().marketSize(), 0.5);
        assertEquals(10.8, fit.standardError(BassFit.Parameter.MARKET_SIZE), 0.05);
    }
}
