package outside.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.CriterionResult;
import io.github.custdev.CustDevException;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.Runway;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A user's view of the library, from a package of the user's own (Vavr's {@code outside_of_vavr}): everything here
 * compiles against the public API only, so anything a user needs and cannot reach shows up as a compile error.
 */
class PublicApiTests {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private static Instant day(int n) {
        return MONDAY.plus(Duration.ofDays(n));
    }

    /**
     * A user's own scoring strategy: the share (or the number) of positive outcomes of the counted strength against
     * the criterion's threshold, undecided below the minimum sample.
     */
    private static final ScoringStrategy MAJORITY = (hypothesis, log) -> {
        SuccessCriterion criterion = hypothesis.criterion();
        EvidenceStatistics s = log.statistics(hypothesis.id()).atLeast(criterion.minimumStrength());
        boolean count = criterion.metric() == SuccessCriterion.Metric.COUNT;
        double value = count ? s.successes() : s.trials() == 0 ? 0.0 : (double) s.successes() / s.trials();
        boolean enough = s.trials() >= criterion.minimumSample();
        Verdict verdict =
                !enough ? Verdict.INCONCLUSIVE : criterion.isMetBy(value) ? Verdict.SUPPORTED : Verdict.REFUTED;
        Assessment.Builder builder = Assessment.builder()
                .hypothesisId(hypothesis.id())
                .verdict(verdict)
                .estimate(value)
                .interval(Interval.confidence(0, count ? Double.POSITIVE_INFINITY : 1, 0.95))
                .probability(verdict == Verdict.SUPPORTED ? 1 : verdict == Verdict.REFUTED ? 0 : 0.5)
                .statisticName(count ? "count" : "rate")
                .statistic(value)
                .sampleSize(s.trials())
                .effectiveSampleSize(s.effectiveTrials())
                .strategy("majority")
                .reason(s.successes() + " of " + s.trials());
        if (!enough) {
            builder.expectedAdditionalSample(criterion.minimumSample() - s.trials());
        }
        return builder.build();
    };

    @Test
    void aTeamRecordsEveryKindOfEvidenceAndReadsTheStatistics() {
        HypothesisId problem = HypothesisId.of("problem.phone-scheduling");
        HypothesisId price = HypothesisId.of("revenue.price-point");
        HypothesisId fit = HypothesisId.of("pmf.ellis");
        HypothesisId preOrders = HypothesisId.of("revenue.pre-orders");

        Hypothesis pains = Hypothesis.builder()
                .id(problem)
                .statement("Front desks lose hours a week scheduling by phone")
                .area(BusinessModelArea.PROBLEM)
                .phase(Phase.CUSTOMER_DISCOVERY)
                .criterion(SuccessCriterion.proportionAtLeast(0.5, 4))
                .importance(3)
                .prior(BetaPrior.uniform())
                .build();
        Hypothesis pays = Hypothesis.of(
                price,
                "Practices will pay at least $120 a month",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.meanAtLeast(120, "USD/month", 3));
        Hypothesis loved = Hypothesis.of(
                fit,
                "At least 40% of active users would be very disappointed without the product",
                BusinessModelArea.VALUE_PROPOSITION,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.4, 40));
        Hypothesis bought = Hypothesis.of(
                preOrders,
                "Ten practices pre-order",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.countAtLeast(2, Strength.PAID));

        Source lee = Source.of("dr-lee", "solo practices");
        Source ray = Source.of("dr-ray").withSegment("group practices");
        EvidenceLog log = EvidenceLog.empty()
                .append(Statement.supports(problem, lee, day(0)).withQuote("We lose a morning a week"))
                .append(Statement.refutes(problem, ray, day(1)))
                .append(Statement.of(problem, lee, day(2), Statement.Stance.NEUTRAL))
                .append(Behaviour.of(problem, Source.of("landing-page"), day(3), 37, 120))
                .append(Measurement.of(price, lee, day(3), 150, "USD/month", Strength.SAID))
                .append(Measurement.of(price, ray, day(4), 99, "USD/month", Strength.PAID))
                .append(SeanEllisTally.of(fit, Source.of("survey"), day(5), 21, 18, 13))
                .append(Commitment.made(preOrders, lee, day(6), Commitment.Kind.MONEY)
                        .withAmount(new BigDecimal("499"), "USD"))
                .appendAll(List.of(
                        Commitment.declined(preOrders, ray, day(7), Commitment.Kind.MONEY),
                        Behaviour.of(preOrders, ray, day(8), 1, 1, Strength.PAID)));

        assertEquals(10, log.size());
        assertEquals(
                List.of(fit, price, problem, preOrders).sorted(),
                log.hypothesisIds().toList());

        EvidenceStatistics problemStats = log.statistics(problem);
        assertEquals(38, problemStats.successes()); // 1 statement + 37 sign-ups
        assertEquals(123, problemStats.trials()); // 3 statements + 120 visitors
        assertEquals(1, problemStats.successes(Strength.SAID));

        EvidenceStatistics priceStats = log.statistics(price);
        assertEquals(124.5, priceStats.measurementMean()); // (150 + 99) / 2
        assertEquals("USD/month", priceStats.unit().get());
        assertEquals(99.0, priceStats.atLeast(Strength.PAID).measurementMean());

        EvidenceStatistics fitStats = log.statistics(fit);
        assertEquals(21, fitStats.veryDisappointed());
        assertEquals(52, fitStats.ellisRespondents());

        EvidenceStatistics paid = log.statistics(preOrders).atLeast(Strength.PAID);
        assertEquals(2, paid.successes());
        assertEquals(3, paid.trials());

        EvidenceLog weighted = log.withWeights(StrengthWeights.of(1, 4, 16));
        assertEquals(1.0 + 4 * 37, weighted.statistics(problem).effectiveSuccesses());

        // the user's own strategy, reading only the statistics
        assertEquals(Verdict.REFUTED, MAJORITY.assess(pains, log).verdict()); // 38 of 123 < 0.5
        Assessment preOrdered = MAJORITY.assess(bought, log); // 2 paid successes >= 2
        assertEquals(Verdict.SUPPORTED, preOrdered.verdict());
        assertEquals(2.0, preOrdered.estimate());
        assertFalse(MAJORITY.isExchangeable(), "a strategy is not assumed exchangeable unless it says so");
        Assessment early = MAJORITY.assess(loved, EvidenceLog.empty());
        assertEquals(Verdict.INCONCLUSIVE, early.verdict());
        assertFalse(early.isDecided());
        assertEquals(40L, early.expectedAdditionalSample().get());
        assertTrue(pays.criterion().isMetBy(priceStats.measurementMean()));
        assertEquals(Option.some(Phase.CUSTOMER_CREATION), pays.phase().next());
        assertTrue(pains.phase().isBefore(pays.phase()));
        assertEquals(Option.some(BetaPrior.uniform()), pains.prior());
    }

    @Test
    void aCallerSwitchesOverTheClosedEvidenceFamily() {
        HypothesisId id = HypothesisId.of("h");
        Source s = Source.of("s");
        Seq<Evidence> all = List.of(
                Statement.supports(id, s, MONDAY),
                Behaviour.of(id, s, MONDAY, 1, 2),
                Commitment.made(id, s, MONDAY, Commitment.Kind.TIME),
                SeanEllisTally.of(id, s, MONDAY, 1, 1, 1),
                Measurement.of(id, s, MONDAY, 1, "x", Strength.DID));
        assertEquals(List.of("said", "did", "committed", "surveyed", "measured"), all.map(PublicApiTests::describe));
    }

    private static String describe(Evidence evidence) {
        if (evidence instanceof Statement) {
            return "said";
        } else if (evidence instanceof Behaviour) {
            return "did";
        } else if (evidence instanceof Commitment) {
            return "committed";
        } else if (evidence instanceof SeanEllisTally) {
            return "surveyed";
        } else if (evidence instanceof Measurement m) {
            return m.unit().equals("x") ? "measured" : "?";
        }
        throw new AssertionError(evidence);
    }

    @Test
    void badInputIsReportedWithTheFieldTheRuleAndTheValue() {
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> SuccessCriterion.proportionAtLeast(1.3, 40));
        assertEquals("criterion.threshold must be in [0, 1]: 1.3", e.getMessage());
        assertEquals("criterion.threshold", e.field());
        assertEquals("must be in [0, 1]", e.rule());
        assertEquals(1.3, e.value());

        CustDevException root =
                assertThrows(CustDevException.class, () -> EvidenceLog.empty().append(null));
        assertEquals("evidence is null", root.getMessage());

        EvidenceLog log = EvidenceLog.of(
                Measurement.of(HypothesisId.of("price"), Source.of("a"), MONDAY, 100, "USD", Strength.SAID));
        InvalidValueException units = assertThrows(
                InvalidValueException.class,
                () -> log.append(
                        Measurement.of(HypothesisId.of("price"), Source.of("b"), MONDAY, 90, "EUR", Strength.SAID)));
        assertEquals("unit", units.field());
        assertEquals("EUR", units.value());
        assertEquals(1, log.size(), "the failed append left the log as it was");
    }

    @Test
    void aCallerChoosesTheSmallestViableAudienceAndTheValidationGateJudgesIt() {
        HypothesisId pilotsId = HypothesisId.of("conversion.pilots");
        Hypothesis pilots = Hypothesis.of(
                pilotsId,
                "a tenth of practices pay for a pilot",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.1, 20));
        Venture venture = Venture.found(VentureEvent.Founded.of("V", Runway.experiments(10), 1, MONDAY))
                .apply(VentureEvent.HypothesisStated.of(pilots, MONDAY))
                .get();
        List<Evidence> paid = List.range(0, 40)
                .map(i -> i < 6
                        ? Commitment.made(pilotsId, Source.of("p" + i), day(1), Commitment.Kind.MONEY)
                        : Commitment.declined(pilotsId, Source.of("p" + i), day(1), Commitment.Kind.MONEY));
        venture = venture.apply(VentureEvent.EvidenceRecorded.of(paid, BigDecimal.ZERO, day(1)))
                .get();
        Assessment assessed = Scoring.bayesian().assess(pilots, venture.evidence());
        UnitEconomics economics = UnitEconomics.builder()
                .price(100)
                .variableCost(20)
                .acquisitionCost(0)
                .retention(0.9)
                .fixedCosts(8_000)
                .build();
        SmallestViableAudience choice = SmallestViableAudience.choose(
                List.of(
                        Audience.of("small", 300, Conversion.from(assessed), economics),
                        Audience.of("large", 5_000, Conversion.from(assessed), economics)),
                0.9);
        venture =
                venture.apply(VentureEvent.AudienceChosen.from(choice, day(2))).get();
        assertEquals("large", venture.audience().get().name());

        PhaseGate gate = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.audienceViable(0.9))
                .build();
        GateDecision decision = gate.evaluate(venture, day(3));
        assertTrue(decision instanceof GateDecision.Proceed, decision.toText());
        CriterionResult result = decision.trace().mustMeet().head();
        assertTrue(result.criterion() instanceof GateCriterion.AudienceViable);
        Viability viability = result.viability().get();
        assertTrue(viability.isViable());
        assertTrue(decision.toText().contains("      audience " + viability.reason()), decision.toText());
        assertEquals(Option.some(choice.reason()), venture.audiences().head().reason());
    }
}
