package io.github.custdev.examples;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Source;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.ReferralGrowth;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The smallest viable audience of the dental scheduling product: three candidate segments, one of whose conversion
 * rates comes from the evidence of paid pilots, the choice among them, and how long the chosen audience takes to
 * reach break-even as the idea spreads.
 *
 * <p>Run it with
 * {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.custdev.examples.AudienceExample}.
 */
public final class AudienceExample {
    private static final Instant START = Instant.parse("2026-04-06T09:00:00Z");
    private static final double REQUIRED_PROBABILITY = 0.9;

    private AudienceExample() {}

    /**
     * Prints the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        UnitEconomics economics = DentalPractices.economics();
        out.println("custdev: the smallest viable audience of a scheduling product for dental practices");
        out.println();
        out.println("Unit economics, per month:");
        out.printf(
                Locale.ROOT,
                "  price %.0f, variable cost %.0f, acquisition cost %.0f, retention %.0f%%, fixed costs %,.0f%n",
                economics.price(),
                economics.variableCost(),
                economics.acquisitionCost(),
                100 * economics.retention(),
                economics.fixedCosts());
        out.printf(
                Locale.ROOT,
                "  margin %.0f; after replacing churned customers %.2f; lifetime value %,.0f; LTV/CAC %.2f;"
                        + " payback %d months%n",
                economics.margin(),
                economics.marginAfterAcquisition(),
                economics.lifetimeValue(),
                economics.ltvToCac().get(),
                economics.paybackPeriods().get());
        long breakEven = economics.customersToBreakEven().get();
        out.printf(Locale.ROOT, "  paying customers needed to break even: %d%n", breakEven);

        Assessment pilots = assessPilots();
        out.println();
        out.println("Evidence for group practices (" + pilots.strategy() + "): " + pilots.verdict() + ", "
                + pilots.reason());

        out.println();
        out.printf(Locale.ROOT, "Candidates, each judged at P(viable) >= %.2f:%n", REQUIRED_PROBABILITY);
        SmallestViableAudience choice = SmallestViableAudience.choose(
                DentalPractices.candidates(Conversion.from(pilots)), REQUIRED_PROBABILITY);
        for (Viability viability : choice.candidates()) {
            out.println("  " + viability.reason());
        }
        out.println();
        out.println("Choice: " + choice.reason());

        Viability chosen = choice.viability().get();
        BassDiffusion bass = BassDiffusion.of(0.03, 0.38, chosen.expectedCustomers());
        out.println();
        out.printf(
                Locale.ROOT,
                "Growth in '%s' by Bass diffusion (p = 0.03, q = 0.38 per month, m = %.1f eventual customers):%n",
                chosen.audience().name(),
                bass.marketSize());
        out.println("  month   new   cumulative");
        long monthsToBreakEven = bass.periodsToReach((double) breakEven).get();
        for (long month = 1; month <= 12; month++) {
            out.printf(
                    Locale.ROOT,
                    "  %5d %5.1f %12.1f%s%n",
                    month,
                    bass.adoptersIn(month),
                    bass.cumulativeAdopters((double) month),
                    month == monthsToBreakEven ? "   <- break-even reached" : "");
        }
        out.printf(
                Locale.ROOT,
                "  %d customers (break-even) after %.2f months: month %d; adoption peaks at month %.2f%n",
                breakEven,
                bass.timeToReach((double) breakEven).get(),
                monthsToBreakEven,
                bass.peakTime());

        ReferralGrowth referral = ReferralGrowth.of((double) breakEven, 0.4, Duration.ofDays(30));
        out.println();
        out.printf(
                Locale.ROOT,
                "Word of mouth beyond it: each customer brings %.1f more a month, so the %d grow to %.1f after"
                        + " 3 months and settle at %.1f (k < 1: referrals amplify, they do not sustain growth).%n",
                referral.viralCoefficient(),
                breakEven,
                referral.customersAfterCycles(3),
                referral.steadyState().get());
    }

    /**
     * The conversion hypothesis of group practices, assessed by {@link Scoring#bayesian()} on the evidence of 120
     * practices asked to pay for a pilot, 9 of whom did: under the uniform prior the rate's posterior is
     * Beta(1 + 9, 1 + 111), and the assessment carries its 95% equal-tailed credible interval, from which
     * {@link Conversion#from} recovers that posterior.
     */
    private static Assessment assessPilots() {
        HypothesisId id = HypothesisId.of("conversion.group-practices");
        Hypothesis hypothesis = Hypothesis.of(
                id,
                "At least 5% of reachable group practices pay for the product",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.proportionAtLeast(0.05, 100));
        EvidenceLog log = EvidenceLog.empty();
        for (int i = 0; i < 120; i++) {
            Source practice = Source.of("practice-" + i, "group-practices");
            Instant day = START.plus(Duration.ofDays(i / 10));
            log = log.append(
                    i % 13 == 0 && i < 117
                            ? Commitment.made(id, practice, day, Commitment.Kind.MONEY)
                            : Commitment.declined(id, practice, day, Commitment.Kind.MONEY));
        }
        return Scoring.bayesian().assess(hypothesis, log);
    }
}
