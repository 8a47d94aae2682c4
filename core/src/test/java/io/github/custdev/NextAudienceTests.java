package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.audience;
import static io.github.custdev.Fixtures.day;
import static io.github.custdev.Fixtures.must;
import static io.github.custdev.Fixtures.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.AudiencePath;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.NextAudienceDecision;
import io.github.custdev.audience.UnitEconomics;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The next audience: when the smallest viable audience is won, the choice between the referral and the social-proof
 * path, checked against closed forms written out here (the geometric sum of referrals, Bass's F(t)), and the
 * venture's rules for recording it.
 */
class NextAudienceTests {
    private static final Duration MONTH = Duration.ofDays(30);
    /** 2,000 x 5% = 100 expected paying customers; with {@link Fixtures#ECONOMICS} 100 break even. */
    private static final Audience CLINICS = audience("clinics", 2_000, 0.05);
    /** 5,000 x 4% = 200 expected: viable. */
    private static final Audience LABS = audience("labs", 5_000, 0.04);
    /** 10,000 x 3% = 300 expected: viable. */
    private static final Audience VETS = audience("vets", 10_000, 0.03);
    /** 1,800 x 5% = 90 expected: fewer than the 100 needed, not viable. */
    private static final Audience SPAS = audience("spas", 1_800, 0.05);

    private static final AudiencePath REFERRAL = AudiencePath.referral(LABS, 0.5, MONTH);
    private static final AudiencePath SOCIAL = AudiencePath.socialProof(VETS, 0.03, 0.38, MONTH);

    private static NextAudienceDecision decide(long customers, Duration horizon, AudiencePath... paths) {
        return NextAudienceDecision.of(CLINICS, customers, 0.8, 20_000, List.of(paths), horizon, 0.95);
    }

    /** Bass's closed form F(t) = (1 - e^-(p+q)t) / (1 + (q/p) e^-(p+q)t), written out independently. */
    private static double bass(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + q / p * e);
    }

    /** The referrals beyond the seed after n cycles: c0 (k + k^2 + ... + k^n). */
    private static double referrals(double seed, double k, int cycles) {
        double sum = 0;
        for (int i = 1; i <= cycles; i++) {
            sum += Math.pow(k, i);
        }
        return seed * sum;
    }

    // ---- the projections

    @Test
    void theReferralPathProjectsTheGeometricSumOfReferralsCappedByTheAudience() {
        assertEquals(referrals(90, 0.5, 3), REFERRAL.projectedCustomers(90, Duration.ofDays(90)), 1e-9);
        assertEquals(78.75, REFERRAL.projectedCustomers(90, Duration.ofDays(90)), 1e-9);
        assertEquals(referrals(90, 0.5, 2), REFERRAL.projectedCustomers(90, Duration.ofDays(89)), 1e-9);
        AudiencePath viral = AudiencePath.referral(LABS, 2.0, MONTH);
        assertEquals(200.0, viral.projectedCustomers(90, Duration.ofDays(90)), 1e-9, "capped at 5,000 x 4%");
        assertEquals(0.0, REFERRAL.projectedCustomers(0, Duration.ofDays(90)), "no customers, no referrals");
    }

    @Test
    void theSocialProofPathProjectsBassDiffusionOverTheAudiencesExpectedCustomers() {
        assertEquals(300 * bass(0.03, 0.38, 3), SOCIAL.projectedCustomers(90, Duration.ofDays(90)), 1e-9);
        assertEquals(300 * bass(0.03, 0.38, 1.5), SOCIAL.projectedCustomers(90, Duration.ofDays(45)), 1e-9);
        assertEquals(45.150, SOCIAL.projectedCustomers(90, Duration.ofDays(90)), 1e-3);
        AudiencePath nobody = AudiencePath.socialProof(
                Audience.of("none", 1_000, Conversion.of(0), Fixtures.ECONOMICS), 0.03, 0.38, MONTH);
        assertEquals(0.0, nobody.projectedCustomers(90, Duration.ofDays(90)));
    }

    // ---- the decision

    @Test
    void overAQuarterTheReferralPathEarnsMoreAndIsChosen() {
        NextAudienceDecision decision = decide(90, Duration.ofDays(90), REFERRAL, SOCIAL);
        assertTrue(decision.isWon());
        assertEquals(0.9, decision.share(), 1e-12);
        assertEquals(9_000.0, decision.revenue(), 1e-9);
        double referral = referrals(90, 0.5, 3) * 80 - 8_000;
        double social = 300 * bass(0.03, 0.38, 3) * 80 - 8_000;
        assertEquals(referral, decision.projections().get(0).profit(), 1e-6);
        assertEquals(social, decision.projections().get(1).profit(), 1e-6);
        assertTrue(referral > social);
        assertEquals(Option.some(REFERRAL), decision.chosen());
        assertEquals(
                "referral to 'labs' (k = 0.50 every PT720H): the largest projected profit of the 2 viable candidates,"
                        + " -1,700.00 per period within PT2160H",
                decision.reason());
    }

    @Test
    void overAYearTheSocialProofPathEarnsMoreAndIsChosen() {
        NextAudienceDecision decision = decide(90, Duration.ofDays(360), REFERRAL, SOCIAL);
        double referral = referrals(90, 0.5, 12) * 80 - 8_000;
        double social = 300 * bass(0.03, 0.38, 12) * 80 - 8_000;
        assertTrue(social > referral, social + " > " + referral);
        assertEquals(social, decision.projections().get(1).profit(), 1e-6);
        assertEquals(Option.some(SOCIAL), decision.chosen());
    }

    @Test
    void aPathToAnAudienceThatIsNotViableIsNeverTakenHoweverItGrows() {
        AudiencePath fast = AudiencePath.socialProof(SPAS, 0.9, 0.9, MONTH);
        NextAudienceDecision decision = decide(90, Duration.ofDays(90), fast, REFERRAL);
        assertTrue(decision.projections().get(0).profit()
                > decision.projections().get(1).profit());
        assertFalse(decision.projections().get(0).viability().isViable());
        assertEquals(Option.some(REFERRAL), decision.chosen());
        assertTrue(decision.reason().contains("of the 1 viable candidate,"), decision.reason());
        NextAudienceDecision none = decide(90, Duration.ofDays(90), fast);
        assertEquals(Option.none(), none.chosen());
        assertEquals("no next audience: no candidate's audience is viable with probability >= 0.95", none.reason());
    }

    @Test
    void onATieTheEarlierCandidateIsChosen() {
        AudiencePath twin = AudiencePath.referral(audience("labs 2", 5_000, 0.04), 0.5, MONTH);
        assertEquals(
                Option.some(twin),
                decide(90, Duration.ofDays(90), twin, REFERRAL).chosen());
        assertEquals(
                Option.some(REFERRAL),
                decide(90, Duration.ofDays(90), REFERRAL, twin).chosen());
    }

    @Test
    void theAudienceIsWonAtTheSaturationShareOrTheRevenueThresholdAndNotBefore() {
        assertTrue(decide(80, MONTH, REFERRAL).isWon(), "80 of 100 is the 80% share");
        assertFalse(decide(79, MONTH, REFERRAL).isWon());
        assertEquals(Option.none(), decide(79, MONTH, REFERRAL).chosen());
        NextAudienceDecision byRevenue =
                NextAudienceDecision.of(CLINICS, 50, 0.8, 5_000, List.of(REFERRAL), MONTH, 0.95);
        assertTrue(byRevenue.isWon(), "50 x 100 = 5,000 per period");
        assertFalse(NextAudienceDecision.of(CLINICS, 50, 0.8, 5_000.01, List.of(REFERRAL), MONTH, 0.95)
                .isWon());
        Audience unknown = Audience.of("unknown", 1_000, Conversion.of(0), Fixtures.ECONOMICS);
        assertEquals(
                1.0,
                NextAudienceDecision.of(unknown, 1, 0.8, 5_000, List.of(REFERRAL), MONTH, 0.95)
                        .share());
        assertEquals(1.0, decide(150, MONTH, REFERRAL).share(), "more customers than expected is saturation");
    }

    @Test
    void theReasonsGiveTheFiguresOfEveryStep() {
        NextAudienceDecision decision = decide(60, Duration.ofDays(90), REFERRAL);
        assertEquals(
                List.of(
                        "'clinics' is not won yet: 60 of 100.0 expected paying customers (60.0% < 80.0% saturation),"
                                + " revenue 6,000.00 per period < 20,000.00",
                        "referral to 'labs' (k = 0.50 every PT720H): 52.5 customers, profit -3,800.00 per period; "
                                + LABS.viability(0.95).reason(),
                        "no next audience: 'clinics' is not won yet"),
                decision.reasons());
        assertEquals(decision.reason(), decision.toString());
        assertEquals(
                "'clinics' is won: 90 of 100.0 expected paying customers (90.0% >= 80.0% saturation), revenue 9,000.00 per"
                        + " period < 20,000.00",
                decide(90, Duration.ofDays(90), REFERRAL).reasons().head());
    }

    @Test
    void decisionsAndPathsAreEqualByTheirInputs() {
        assertEquals(decide(90, MONTH, REFERRAL, SOCIAL), decide(90, MONTH, REFERRAL, SOCIAL));
        assertEquals(
                decide(90, MONTH, REFERRAL).hashCode(),
                decide(90, MONTH, REFERRAL).hashCode());
        assertNotEquals(decide(90, MONTH, REFERRAL), decide(91, MONTH, REFERRAL));
        assertNotEquals(decide(90, MONTH, REFERRAL), decide(90, MONTH, SOCIAL));
        assertNotEquals(decide(90, MONTH, REFERRAL), decide(90, Duration.ofDays(31), REFERRAL));
        assertEquals(AudiencePath.referral(LABS, 0.5, MONTH), REFERRAL);
        assertNotEquals(AudiencePath.referral(LABS, 0.6, MONTH), REFERRAL);
        assertNotEquals(AudiencePath.socialProof(VETS, 0.03, 0.39, MONTH), SOCIAL);
        assertEquals("social proof to 'vets' (p = 0.030, q = 0.380 per PT720H)", SOCIAL.toString());
        assertEquals(AudiencePath.Kind.SOCIAL_PROOF, SOCIAL.kind());
        assertEquals(0.38, SOCIAL.imitation());
        assertEquals(0.03, SOCIAL.viralCoefficientOrInnovation());
        assertEquals(MONTH, SOCIAL.cycleOrPeriod());
        assertEquals(300.0, SOCIAL.diffusion().marketSize(), 1e-9);
        assertEquals(0.5, REFERRAL.referralGrowth(90).viralCoefficient());
    }

    @Test
    void badFiguresAreRefusedByName() {
        Expect.invalid(
                "saturationShare must be in (0, 1]: 0.0",
                "saturationShare",
                "must be in (0, 1]",
                0.0,
                () -> NextAudienceDecision.of(CLINICS, 90, 0, 20_000, List.of(REFERRAL), MONTH, 0.95));
        Expect.invalid(
                "saturationShare must be in [0, 1]: 1.3",
                "saturationShare",
                "must be in [0, 1]",
                1.3,
                () -> NextAudienceDecision.of(CLINICS, 90, 1.3, 20_000, List.of(REFERRAL), MONTH, 0.95));
        Expect.invalid(
                "customers must be >= 0: -1",
                "customers",
                "must be >= 0",
                -1L,
                () -> NextAudienceDecision.of(CLINICS, -1, 0.8, 20_000, List.of(REFERRAL), MONTH, 0.95));
        Expect.invalid(
                "candidates[1] must lead to an audience other than the current one: \"'clinics'\"",
                "candidates[1]",
                "must lead to an audience other than the current one",
                "'clinics'",
                () -> NextAudienceDecision.of(
                        CLINICS,
                        90,
                        0.8,
                        20_000,
                        List.of(REFERRAL, AudiencePath.referral(CLINICS, 0.5, MONTH)),
                        MONTH,
                        0.95));
        Expect.invalid(
                "candidates must not be empty: \"[]\"",
                "candidates",
                "must not be empty",
                "[]",
                () -> NextAudienceDecision.of(CLINICS, 90, 0.8, 20_000, List.empty(), MONTH, 0.95));
        Expect.invalid(
                "horizon must be positive: PT0S",
                "horizon",
                "must be positive",
                Duration.ZERO,
                () -> NextAudienceDecision.of(CLINICS, 90, 0.8, 20_000, List.of(REFERRAL), Duration.ZERO, 0.95));
        Expect.isNull(
                "candidates[0]",
                () -> NextAudienceDecision.of(CLINICS, 90, 0.8, 20_000, List.of((AudiencePath) null), MONTH, 0.95));
        Expect.isNull("current", () -> NextAudienceDecision.of(null, 90, 0.8, 20_000, List.of(REFERRAL), MONTH, 0.95));
        Expect.invalid(
                "path.cycleTime must be positive: PT0S",
                "path.cycleTime",
                "must be positive",
                Duration.ZERO,
                () -> AudiencePath.referral(LABS, 0.5, Duration.ZERO));
        Expect.invalid(
                "path.period must be positive: PT-1S",
                "path.period",
                "must be positive",
                Duration.ofSeconds(-1),
                () -> AudiencePath.socialProof(VETS, 0.03, 0.38, Duration.ofSeconds(-1)));
        Expect.invalid(
                "path.kind must be REFERRAL for a referral model: SOCIAL_PROOF",
                "path.kind",
                "must be REFERRAL for a referral model",
                AudiencePath.Kind.SOCIAL_PROOF,
                () -> SOCIAL.referralGrowth(90));
        Expect.invalid(
                "path.kind must be SOCIAL_PROOF for a diffusion: REFERRAL",
                "path.kind",
                "must be SOCIAL_PROOF for a diffusion",
                AudiencePath.Kind.REFERRAL,
                REFERRAL::diffusion);
        Expect.invalid(
                "horizon must not be negative: PT-1S",
                "horizon",
                "must not be negative",
                Duration.ofSeconds(-1),
                () -> REFERRAL.projectedCustomers(90, Duration.ofSeconds(-1)));
    }

    // ---- the venture records it

    private static Venture serving(Audience audience) {
        return must(Venture.found(Fixtures.founded(100, 1)).apply(Fixtures.chosen(audience, day(1))));
    }

    @Test
    void aNextAudienceBeforeAnyAudienceIsRejected() {
        Venture venture = Venture.found(Fixtures.founded(100, 1));
        Rejection rejection =
                rejection(venture.apply(VentureEvent.NextAudienceChosen.of(decide(90, MONTH, REFERRAL), day(2))));
        assertEquals(Rejection.Rule.NEXT_AUDIENCE_NOT_CURRENT, rejection.rule());
        assertEquals("no audience chosen", rejection.value());
    }

    @Test
    void aNextAudienceFromAnotherAudienceIsRejected() {
        Rejection rejection =
                rejection(serving(VETS).apply(VentureEvent.NextAudienceChosen.of(decide(90, MONTH, REFERRAL), day(2))));
        assertEquals(Rejection.Rule.NEXT_AUDIENCE_NOT_CURRENT, rejection.rule());
        assertEquals("'clinics', not the current 'vets'", rejection.value());
    }

    @Test
    void aNextAudienceBeforeTheFirstIsWonIsRejectedWithTheFigures() {
        NextAudienceDecision early = decide(60, MONTH, REFERRAL);
        Rejection rejection = rejection(serving(CLINICS).apply(VentureEvent.NextAudienceChosen.of(early, day(2))));
        assertEquals(Rejection.Rule.AUDIENCE_NOT_WON, rejection.rule());
        assertEquals(early.reasons().head(), rejection.value());
        assertEquals(
                "event 2 (NextAudienceChosen at 2026-03-04T09:00:00Z) rejected: the next audience is chosen only after"
                        + " the current audience is won (near saturation, or revenue past the threshold): \"'clinics'"
                        + " is not won yet: 60 of 100.0 expected paying customers (60.0% < 80.0% saturation), revenue"
                        + " 6,000.00 per period < 20,000.00\"",
                rejection.message());
    }

    @Test
    void aWonAudienceWithNoViableCandidateIsRejected() {
        NextAudienceDecision none = decide(90, MONTH, AudiencePath.referral(SPAS, 0.5, MONTH));
        Rejection rejection = rejection(serving(CLINICS).apply(VentureEvent.NextAudienceChosen.of(none, day(2))));
        assertEquals(Rejection.Rule.NO_VIABLE_NEXT_AUDIENCE, rejection.rule());
        assertEquals(none.reason(), rejection.value());
    }

    @Test
    void theNextAudienceBecomesCurrentAndTheWonOneStaysInTheHistory() {
        NextAudienceDecision decision = decide(90, Duration.ofDays(90), REFERRAL, SOCIAL);
        VentureEvent.NextAudienceChosen event = VentureEvent.NextAudienceChosen.of(decision, day(2));
        Venture venture = must(serving(CLINICS).apply(event));
        assertEquals(Option.some(LABS), venture.audience());
        assertEquals(List.of(CLINICS, LABS), venture.audiences().map(VentureEvent.AudienceChosen::audience));
        assertEquals(Option.some(decision.reason()), venture.audiences().last().reason());
        assertEquals(day(2), venture.audiences().last().at());
        assertEquals(List.of(event), venture.nextAudiences());
        assertEquals(venture, must(Venture.replay(venture.history())));
        String diagram = venture.toMermaid();
        assertTrue(
                diagram.contains(
                        "    a2{{\"audience #2: labs<br/>next by referral from clinics, 2026-03-04\"}}:::audience\n"),
                diagram);
        Venture social = must(serving(CLINICS)
                .apply(VentureEvent.NextAudienceChosen.of(decide(90, Duration.ofDays(360), REFERRAL, SOCIAL), day(2))));
        assertTrue(social.toMermaid().contains("audience #2: vets<br/>next by social proof from clinics, 2026-03-04"));
    }

    @Test
    void theNextAudienceConvertsOnlyThroughStatedHypotheses() {
        Hypothesis conversion =
                Fixtures.hypothesis("conversion.labs", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY);
        Audience labs = Audience.of(
                "labs",
                5_000,
                Conversion.from(
                        PhaseGateTests.assessment(conversion, io.github.custdev.scoring.Verdict.SUPPORTED, 0.04, 100)),
                UnitEconomics.builder()
                        .price(100)
                        .variableCost(20)
                        .acquisitionCost(0)
                        .retention(0.9)
                        .fixedCosts(0)
                        .build());
        NextAudienceDecision decision = decide(90, MONTH, AudiencePath.referral(labs, 0.5, MONTH));
        Rejection rejection = rejection(serving(CLINICS).apply(VentureEvent.NextAudienceChosen.of(decision, day(2))));
        assertEquals(Rejection.Rule.UNKNOWN_CONVERSION_SOURCE, rejection.rule());
        assertEquals(conversion.id(), rejection.value());
    }

    @Test
    void theEventRefusesNulls() {
        Expect.isNull("decision", () -> VentureEvent.NextAudienceChosen.of(null, T0));
        Expect.isNull("at", () -> VentureEvent.NextAudienceChosen.of(decide(90, MONTH, REFERRAL), null));
    }
}
