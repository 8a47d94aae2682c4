package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.hypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Hypothesis;
import io.github.custdev.SuccessCriterion;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Operating characteristics measured by seeded simulation. The untagged tests are the fast versions run by every
 * build; those tagged {@code statistics} run 20,000 founders per case and print the table of {@code docs/scoring.md}
 * ({@code ./mvnw -Pstatistics -pl core verify}). Error rates are checked against their nominal values plus three
 * binomial standard errors of the number of runs.
 */
class ScoringSimulationTests {
    private static final long SEED = 20260302L;
    private static final int CAP = 2_000;

    // ---- the fast versions ------------------------------------------------------------------------------------

    @Test
    void sequentialTestKeepsItsErrorRatesAndSavesSamples() {
        SequentialScoring sprt = Scoring.sequential(0.2, 0.4);
        Hypothesis h = hypothesis(SuccessCriterion.proportionAtLeast(0.3, 1));
        Simulation.Outcome atLow = Simulation.untilDecided(sprt, h, 0.2, 1, 16, CAP, 2_000, SEED);
        Simulation.Outcome atHigh = Simulation.untilDecided(sprt, h, 0.4, 1, 16, CAP, 2_000, SEED + 1);
        checkSequential(sprt, atLow, atHigh);
    }

    @Test
    void sequentialTestKeepsItsErrorRatesWithAMinimumSample() {
        SequentialScoring sprt = Scoring.sequential(0.2, 0.4);
        Hypothesis h = hypothesis(SuccessCriterion.proportionAtLeast(0.3, 20));
        Simulation.Outcome atLow = Simulation.untilDecided(sprt, h, 0.2, 1, 16, CAP, 1_000, SEED + 2);
        Simulation.Outcome atHigh = Simulation.untilDecided(sprt, h, 0.4, 1, 16, CAP, 1_000, SEED + 3);
        checkSequential(sprt, atLow, atHigh);
        assertTrue(atLow.averageSample() >= 20 && atHigh.averageSample() >= 20);
    }

    @Test
    void peekingAfterEveryInterviewInflatesTheBayesianErrorRate() {
        // Criterion: rate >= 0.40; the true rate is 0.30, so every SUPPORTED is wrong.
        Hypothesis h = hypothesis(SuccessCriterion.proportionAtLeast(0.4, 1));
        Simulation.Outcome once = Simulation.singleLook(Scoring.bayesian(), h, 0.3, 100, 1_000, SEED + 4);
        Simulation.Outcome peeking = Simulation.untilDecided(Scoring.bayesian(), h, 0.3, 1, 1, 100, 1_000, SEED + 4);
        Simulation.Outcome sprt =
                Simulation.untilDecided(Scoring.sequential(0.3, 0.5), h, 0.3, 1, 16, CAP, 1_000, SEED + 4);
        assertTrue(once.supportedRate() <= 0.05 + once.tolerance(0.05), once::toString);
        assertTrue(peeking.supportedRate() > 2 * once.supportedRate(), () -> peeking + " vs " + once);
        assertTrue(sprt.supportedRate() <= 0.05 + sprt.tolerance(0.05), sprt::toString);
    }

    private static void checkSequential(SequentialScoring sprt, Simulation.Outcome atLow, Simulation.Outcome atHigh) {
        // At p0 the criterion fails: SUPPORTED is a false accept of p1; at p1 REFUTED is a false accept of p0.
        assertTrue(atLow.supportedRate() <= sprt.alpha() + atLow.tolerance(sprt.alpha()), atLow::toString);
        assertTrue(atHigh.refutedRate() <= sprt.beta() + atHigh.tolerance(sprt.beta()), atHigh::toString);
        assertEquals(0, atLow.undecided + atHigh.undecided, "every run stops");
        int fixed = Simulation.exactFixedSample(sprt.p0(), sprt.p1(), sprt.alpha(), sprt.beta());
        assertTrue(atLow.averageSample() < fixed, () -> atLow + " vs fixed " + fixed);
        assertTrue(atHigh.averageSample() < fixed, () -> atHigh + " vs fixed " + fixed);
    }

    // ---- the long runs: ./mvnw -Pstatistics -pl core verify ----------------------------------------------------

    private static final int RUNS = 20_000;

    @Test
    @Tag("statistics")
    void operatingCharacteristicsOfTheSequentialTest() {
        System.out.println();
        System.out.println(
                "| test | min. sample | true rate | P(SUPPORTED) | P(REFUTED) | average sample | Wald ASN | exact"
                        + " fixed n |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        sequentialRows(Scoring.sequential(0.2, 0.4), 0.3, 1, 1, new double[] {0.2, 0.3, 0.4}, SEED + 10);
        sequentialRows(Scoring.sequential(0.2, 0.4), 0.3, 20, 1, new double[] {0.2, 0.4}, SEED + 20);
        sequentialRows(Scoring.sequential(0.2, 0.4, 0.05, 0.20), 0.3, 1, 1, new double[] {0.2, 0.4}, SEED + 30);
        sequentialRows(Scoring.sequential(0.3, 0.5), 0.4, 1, 1, new double[] {0.3, 0.4, 0.5}, SEED + 40);
        sequentialRows(Scoring.sequential(0.3, 0.5), 0.4, 1, 10, new double[] {0.3, 0.5}, SEED + 50);
        sequentialRows(Scoring.sequential(0.3, 0.5), 0.4, 40, 1, new double[] {0.3, 0.5}, SEED + 60);
    }

    private static void sequentialRows(
            SequentialScoring sprt, double threshold, int minimum, int group, double[] rates, long seed) {
        // surveys are Sean Ellis tallies, which only a very-disappointed criterion counts
        Hypothesis h = hypothesis(
                group == 1
                        ? SuccessCriterion.proportionAtLeast(threshold, minimum)
                        : SuccessCriterion.veryDisappointedAtLeast(threshold, minimum));
        ScoringStrategy strategy =
                group == 1 ? sprt : Scoring.seanEllis().withBenchmark(threshold).decidedBy(sprt);
        int fixed = Simulation.exactFixedSample(sprt.p0(), sprt.p1(), sprt.alpha(), sprt.beta());
        for (int i = 0; i < rates.length; i++) {
            double rate = rates[i];
            Simulation.Outcome outcome =
                    Simulation.untilDecided(strategy, h, rate, group, group == 1 ? 16 : 4, CAP, RUNS, seed + i);
            System.out.println(String.format(
                    Locale.ROOT,
                    "| SPRT p0=%.2f p1=%.2f alpha=%.2f beta=%.2f%s | %d | %.2f | %.4f | %.4f | %.1f | %.1f | %d |",
                    sprt.p0(),
                    sprt.p1(),
                    sprt.alpha(),
                    sprt.beta(),
                    group == 1 ? "" : ", surveys of " + group,
                    minimum,
                    rate,
                    outcome.supportedRate(),
                    outcome.refutedRate(),
                    outcome.averageSample(),
                    sprt.expectedSampleNumber(rate),
                    fixed));
            assertEquals(0, outcome.undecided, outcome::toString);
            if (rate == sprt.p0()) {
                assertTrue(
                        outcome.supportedRate() <= sprt.alpha() + outcome.tolerance(sprt.alpha()), outcome::toString);
                assertTrue(outcome.averageSample() < fixed, outcome::toString);
            }
            if (rate == sprt.p1()) {
                assertTrue(outcome.refutedRate() <= sprt.beta() + outcome.tolerance(sprt.beta()), outcome::toString);
                assertTrue(outcome.averageSample() < fixed, outcome::toString);
            }
        }
    }

    @Test
    @Tag("statistics")
    void errorRatesWhenAFounderPeeksAfterEveryInterview() {
        System.out.println();
        System.out.println("| strategy | how it is read | true rate | P(SUPPORTED) | P(REFUTED) | undecided | average"
                + " sample |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (double rate : new double[] {0.3, 0.4, 0.5}) {
            Hypothesis one = hypothesis(SuccessCriterion.proportionAtLeast(0.4, 1));
            Hypothesis twenty = hypothesis(SuccessCriterion.proportionAtLeast(0.4, 20));
            Hypothesis hundred = hypothesis(SuccessCriterion.proportionAtLeast(0.4, 100));
            long seed = SEED + 100 + Math.round(rate * 10);
            peekRow(
                    "Bayesian, risk 0.05",
                    "once, after 100 interviews",
                    rate,
                    Simulation.singleLook(Scoring.bayesian(), hundred, rate, 100, RUNS, seed));
            peekRow(
                    "Bayesian, risk 0.05",
                    "after every interview, up to 100",
                    rate,
                    Simulation.untilDecided(Scoring.bayesian(), one, rate, 1, 1, 100, RUNS, seed));
            peekRow(
                    "Bayesian, risk 0.05, min. sample 20",
                    "after every interview, up to 100",
                    rate,
                    Simulation.untilDecided(Scoring.bayesian(), twenty, rate, 1, 1, 100, RUNS, seed));
            peekRow(
                    "fixed sample, Wilson 95%",
                    "once, after 100 interviews",
                    rate,
                    Simulation.singleLook(Scoring.fixedSample(), hundred, rate, 100, RUNS, seed));
            peekRow(
                    "fixed sample, Wilson 95%, min. sample 20",
                    "after every interview, up to 100",
                    rate,
                    Simulation.untilDecided(Scoring.fixedSample(), twenty, rate, 1, 1, 100, RUNS, seed));
            peekRow(
                    "SPRT p0=0.30 p1=0.50",
                    "after every interview, until it stops",
                    rate,
                    Simulation.untilDecided(Scoring.sequential(0.3, 0.5), one, rate, 1, 16, CAP, RUNS, seed));
        }
    }

    private static void peekRow(String strategy, String reading, double rate, Simulation.Outcome outcome) {
        System.out.println(String.format(
                Locale.ROOT,
                "| %s | %s | %.2f | %.4f | %.4f | %.4f | %.1f |",
                strategy,
                reading,
                rate,
                outcome.supportedRate(),
                outcome.refutedRate(),
                (double) outcome.undecided / outcome.runs,
                outcome.averageSample()));
    }
}
