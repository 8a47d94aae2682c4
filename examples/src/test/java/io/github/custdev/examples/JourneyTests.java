package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class JourneyTests {

    private static String output() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            Journey.run(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static void assertHas(String output, String line) {
        assertTrue(output.contains(line), () -> "missing: " + line + "\n--- in:\n" + output);
    }

    @Test
    void theVenturePerseveresThenPivotsOnItsSegmentThenProceedsToValidation() {
        String output = output();
        assertHas(
                output,
                "PERSEVERE at the CUSTOMER_DISCOVERY gate, 2026-01-09T19:00:00Z: test"
                        + " value.two-way-reminders next (risk 2 = importance 2 x uncertainty 1, about 6 more expected)");
        assertHas(
                output,
                "PIVOT at the CUSTOMER_DISCOVERY gate, 2026-01-18T13:00:00Z: refuted"
                        + " segment.solo-dentists; fitting pivots: customer segment; return to CUSTOMER_DISCOVERY");
        assertHas(output, "      segment.solo-dentists: REFUTED, P(rate >= 0.60) = 0.01 after 12 trials");
        assertHas(
                output,
                "customer segment pivot at 2026-01-19T13:00:00Z: retires segment.solo-dentists; states"
                        + " segment.group-practices; returns to CUSTOMER_DISCOVERY");
        assertHas(output, "Its evidence stays in the log: 12 items of 36; the pivot lost nothing.");
        assertHas(output, "PROCEED at the CUSTOMER_DISCOVERY gate, 2026-02-03T15:00:00Z: on to CUSTOMER_VALIDATION");
        assertHas(output, "Advanced to CUSTOMER_VALIDATION (SEARCH).");
        assertHas(
                output,
                "PERSEVERE at the CUSTOMER_VALIDATION gate, 2026-02-25T17:00:00Z: test economics.ltv-cac"
                        + " next (risk 3 = importance 3 x uncertainty 1 (untested), about 5 more expected)");
        assertHas(
                output,
                "      channel.sales-cycle: SUPPORTED, P(mean <= 45 days) > 0.99: mean 35 days after 6"
                        + " measurements");
    }

    @Test
    void everyTraceAfterTheEarlyHireFlagsPrematureScaling() {
        String output = output();
        String flag = "  PREMATURE SCALING: VP of Sales hired at 2026-01-09T17:00:00Z during CUSTOMER_DISCOVERY";
        assertEquals(8, output.split(flag, -1).length - 1, output);
        assertEquals(8, output.split("  decided by: ", -1).length - 1, output);
    }

    @Test
    void theHistoryReplaysAndTheDiagramDrawsTheJourney() {
        String output = output();
        assertHas(output, "Replaying its 77 events gives the same venture: true");
        assertHas(
                output,
                "Evidence for the retired segment is refused: event 77 (EvidenceRecorded at"
                        + " 2026-11-17T01:00:00Z) rejected: evidence must be for an active hypothesis, not one retired by a"
                        + " pivot: segment.solo-dentists");
        assertHas(
                output,
                "Choosing the same audience again is refused: event 77 (AudienceChosen at 2026-11-17T01:00:00Z)"
                        + " rejected: an audience chosen must differ from the venture's current audience:"
                        + " \"dental-chains\"");
        assertHas(
                output,
                "Venture[Dentflow, COMPANY_BUILDING, 13 active and 1 retired hypotheses, 228 evidence items, 1 of 2"
                        + " pivots, runway 23700 USD, audience 'dental-chains']");
        assertHas(output, "flowchart LR\n");
        assertHas(output, "    g2 -->|\"customer segment pivot\"| p2\n");
        assertHas(output, "    g3 -->|\"advance\"| p3\n");
        assertHas(output, "    p1 -.- h1\n");
        assertHas(output, "    a1{{\"audience: group-practices<br/>chosen 2026-02-25\"}}:::audience\n");
        assertHas(output, "    p3 -.- a1\n");
        assertHas(output, "    g5 -->|\"advance: search to execute\"| p4\n");
        assertHas(output, "    g7 -->|\"advance\"| p5\n");
        assertHas(output, "    d1[[\"Sales department<br/>established 2026-10-12\"]]\n");
        assertHas(output, "    d3[[\"Operations department<br/>established 2026-10-16\"]]\n");
        assertHas(output, "    p5 -.- d3\n");
        assertHas(
                output,
                "    a2{{\"audience #2: dental-chains<br/>next by social proof from group-practices, 2026-11-17\"}}"
                        + ":::audience\n");
        assertHas(output, "    p5 -.- a2\n");
    }

    @Test
    void validationProceedsOnTheMeasuredEconomicsAndTheVentureMovesFromSearchToExecute() {
        String output = output();
        assertHas(output, "PROCEED at the CUSTOMER_VALIDATION gate, 2026-04-03T19:00:00Z: on to CUSTOMER_CREATION\n");
        // LTV/CAC 3.4, 4.1, 3.2, 3.9, 4.6, 3.6: mean 3.8, s = sqrt(1.3 / 5); P(mean >= 3) is Student's t with 5
        // degrees of freedom at (3.8 - 3) / (s / sqrt(6)) (R: pt(3.843, 5) = 0.9940).
        double t = (3.8 - 3) / (Math.sqrt(1.3 / 5) / Math.sqrt(6));
        assertEquals(
                "0.99", String.format(Locale.ROOT, "%.2f", TDistribution.of(5).cumulativeProbability(t)));
        assertHas(
                output,
                "      economics.ltv-cac: SUPPORTED, P(mean >= 3 LTV/CAC) = 0.99: mean 3.8 LTV/CAC after 6"
                        + " measurements\n");
        // 8 of 12 vendors resell: Beta(9, 5) under the uniform prior, P(rate >= 0.3) = 0.9967.
        assertTrue(BetaDistribution.of(9, 5).survivalProbability(0.3) > 0.99);
        assertHas(
                output, "      channel.practice-software-partner: SUPPORTED, P(rate >= 0.30) > 0.99 after 12 trials\n");
        assertHas(output, "      relationship.pilot-renewals: SUPPORTED, P(rate >= 0.60) = 0.97 after 10 trials\n");
        assertHas(
                output,
                "Advanced to CUSTOMER_CREATION (EXECUTE): moved from search to execute at 2026-04-04T19:00:00Z.\n");
        assertHas(output, "Hired a VP of Marketing to create demand, 3 days into execution.\n");
        // every gate of the execution steps shows the move: two Creation gates and the Company Building gate
        assertEquals(
                3,
                output.split("  executing since 2026-04-04T19:00:00Z: moved from search to execute\n", -1).length - 1,
                output);
    }

    @Test
    void theCreationGatePerseveresOnTwoMonthsOfGrowthThenProceedsOnSix() {
        String output = output();
        assertHas(
                output,
                "  month 1:  17 new paying practices,  31 active;  14 practices sent  7 invitations,  2 converted\n");
        assertHas(
                output,
                "  month 5:  37 new paying practices, 133 active;  96 practices sent 48 invitations, 16 converted\n");
        assertHas(
                output,
                "PERSEVERE at the CUSTOMER_CREATION gate, 2026-06-06T21:00:00Z: test demand.group-practices next"
                        + " (risk 2.06 = importance 3 x uncertainty 0.69)\n");
        // Two periods, 14 then 17: the growth is 17 / 14 - 1, and P(growth >= 5%) the normal approximation on
        // log(17 / 14) with standard error sqrt(1 / 14 + 1 / 17).
        double z = (Math.log(17.0 / 14) - Math.log(1.05)) / Math.sqrt(1.0 / 14 + 1.0 / 17);
        String growth =
                String.format(Locale.ROOT, "%.3f", NormalDistribution.of(0, 1).cumulativeProbability(z));
        assertEquals("0.656", growth);
        assertHas(
                output,
                "  must-meet adoptions grow at least 5.00% per period with probability >= 0.95: INCONCLUSIVE"
                        + " [demand.group-practices: INCONCLUSIVE (growth 21.4% per period over 2 periods; P(growth >="
                        + " 5.00%) = " + growth + " < 0.95)]\n");
        // k: 4 converted per 24 practice-months; under Jeffreys' prior Gamma(4.5, rate 24), P(k >= 0.1) = 0.851.
        String early = String.format(
                Locale.ROOT, "%.3f", GammaDistribution.of(4.5, 1.0 / 24).survivalProbability(0.1));
        assertHas(
                output,
                "INCONCLUSIVE [demand.group-practices: INCONCLUSIVE (k 0.17 (4 converted per 24 customers); P(k >= 0.1)"
                        + " = " + early + " < 0.95)]\n");
        assertHas(output, "  should-meet score 0.33, pass score 0.5\n");
        assertHas(output, "PROCEED at the CUSTOMER_CREATION gate, 2026-10-04T23:00:00Z: on to COMPANY_BUILDING\n");
        assertHas(
                output,
                "  must-meet adoptions grow at least 5.00% per period with probability >= 0.95: SUPPORTED"
                        + " [demand.group-practices: SUPPORTED (growth 21.5% per period over 6 periods; P(growth >="
                        + " 5.00%) = 0.998 >= 0.95)]\n");
        String late = String.format(
                Locale.ROOT, "%.3f", GammaDistribution.of(45.5, 1.0 / 268).survivalProbability(0.1));
        assertHas(
                output,
                "SUPPORTED [demand.group-practices: SUPPORTED (k 0.17 (45 converted per 268 customers); P(k >= 0.1) = "
                        + late + " >= 0.95)]\n");
        assertHas(
                output,
                "SUPPORTED [demand.group-practices: SUPPORTED (retention at age 1 97.1% (105 of 108); P(retention >="
                        + " 50.0%) = 1.000 >= 0.95)]\n");
        assertHas(output, "  should-meet score 0.67, pass score 0.5\n");
        assertHas(output, "Advanced to COMPANY_BUILDING (EXECUTE).\n");
    }

    @Test
    void operatorsAndDepartmentsInPlaceTheCompanyBuildingGateProceeds() {
        String output = output();
        assertHas(
                output,
                "Hired an Operations manager; with the VP of Sales and the VP of Marketing, operators now run what the"
                        + " founders found.\n");
        assertHas(output, "Established the Operations department: onboarding, support rota, billing and renewals.\n");
        assertHas(
                output,
                "PROCEED at the COMPANY_BUILDING gate, 2026-11-16T01:00:00Z: the business model is executed\n"
                        + "  must-meet the team fits execution: operators VP of Sales, VP of Marketing, Operations"
                        + " manager; departments Sales, Marketing, Operations; builders only for at most PT2160H:"
                        + " SUPPORTED\n"
                        + "      team executing: operators and departments in place\n");
        assertHas(
                output,
                "      resources.onboarding-days: SUPPORTED, P(mean <= 7 days) > 0.99: mean 5 days after 8"
                        + " measurements\n");
        assertHas(output, "      activities.self-serve-setup: SUPPORTED, P(rate >= 0.70) > 0.99 after 37 trials\n");
    }

    @Test
    void groupPracticesWonTheSocialProofPathToDentalChainsIsChosenByProjectedProfit() {
        String output = output();
        // The viral coefficient of the six months: 45 converted per 268 practice-months; Jeffreys' Gamma(45.5, rate
        // 268) posterior, its median and 95% equal-tailed interval.
        GammaDistribution posterior = GammaDistribution.of(45.5, 1.0 / 268);
        double k = posterior.inverseCumulativeProbability(0.5);
        assertHas(
                output,
                String.format(
                        Locale.ROOT,
                        "Measured in Customer Creation: 133 paying practices, viral coefficient k = %.3f a month (95%%"
                                + " credible [%.3f, %.3f]: 45 converted invitations per 268 practice-months).\n",
                        k,
                        posterior.inverseCumulativeProbability(0.025),
                        posterior.inverseCumulativeProbability(0.975)));
        assertHas(
                output,
                "  'group-practices' is won: 133 of 431.4 expected paying customers (30.8% < 80.0% saturation),"
                        + " revenue 15,960.00 per period >= 12,000.00\n");
        // Referral: the 133 practices' referrals over 12 cycles, 133 (k + k^2 + ... + k^12); each practice earns
        // 120 - 20 - (1 - 0.96) 600 = 76 a month, less 15,000 of fixed costs.
        double referred = 133 * k * (1 - Math.pow(k, 12)) / (1 - k);
        assertHas(
                output,
                String.format(
                        Locale.ROOT,
                        "  referral to 'orthodontic-practices' (k = %.2f every PT720H): %.1f customers, profit %,.2f per"
                                + " period; 'orthodontic-practices' is viable: 1,500 reachable x 15.0%% conversion",
                        k,
                        referred,
                        referred * 76 - 15_000));
        // Social proof: Bass (1969), F(t) = (1 - e^-(p+q)t) / (1 + (q/p) e^-(p+q)t), of 600 expected chains at t = 12.
        double decay = Math.exp(-(0.01 + 0.35) * 12);
        double chains = 600 * (1 - decay) / (1 + 0.35 / 0.01 * decay);
        String profit = String.format(Locale.ROOT, "%,.2f", chains * 76 - 15_000);
        assertHas(
                output,
                String.format(
                        Locale.ROOT,
                        "  social proof to 'dental-chains' (p = 0.010, q = 0.350 per PT720H): %.1f customers, profit %s"
                                + " per period; 'dental-chains' is viable: 30,000 reachable x 2.00%% conversion",
                        chains,
                        profit));
        assertHas(
                output,
                "  social proof to 'dental-chains' (p = 0.010, q = 0.350 per PT720H): the largest projected profit of"
                        + " the 2 viable candidates, " + profit + " per period within PT8640H\n");
        assertHas(
                output,
                "Recorded: the venture now serves 'dental-chains'; 'group-practices' stays in its history (2"
                        + " audiences).\n");
    }

    @Test
    void validationChoosesTheSmallestViableAudienceFromTheBayesianAssessmentOfThePilots() {
        String output = output();
        assertHas(output, "conversion.group-practices (bayesian): SUPPORTED, P(rate >= 0.05) = 0.99 after 100 trials");
        assertHas(output, "fixed costs 15,000; 198 paying practices break even.");
        // 10 of 100 paid: under the uniform prior the rate is Beta(11, 91); 4,000 practices need a rate of at least
        // 198 / 4,000, which it exceeds with probability 1 - I(198 / 4,000; 11, 91) (scipy: 0.98851).
        double probability = BetaDistribution.of(11, 91).survivalProbability(198.0 / 4_000);
        String shown = String.format(Locale.ROOT, "%.3f", probability);
        assertEquals("0.989", shown);
        assertHas(
                output,
                "  'group-practices' is viable with probability " + shown + " >= 0.950: 4,000 reachable x 10.8%"
                        + " expected conversion (Beta(11.00, 91.00) matched to 95.0% credible");
        assertHas(output, "  'solo-practices' is not viable: 2,500 reachable x 6.00% conversion");
        assertHas(
                output,
                "Chosen and recorded: 'group-practices' is the smallest viable audience of 3 candidates: 4,000"
                        + " reachable, probability " + shown + " >= 0.950 of breaking even");
        // The Validation gate judges the recorded audience as a must-meet criterion, with the reason in its trace.
        assertHas(
                output,
                "  must-meet the chosen audience is viable with probability >= 0.95 (break-even): SUPPORTED\n"
                        + "      audience 'group-practices' is viable with probability " + shown + " >= 0.950: 4,000"
                        + " reachable");
        assertHas(output, "      conversion.group-practices: SUPPORTED, P(rate >= 0.05) = 0.99 after 100 trials\n");
    }

    @Test
    void theOutputIsTheSameOnEveryRun() {
        assertEquals(output(), output());
    }
}
