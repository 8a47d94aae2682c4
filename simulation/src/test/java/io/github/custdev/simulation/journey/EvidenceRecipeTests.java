package io.github.custdev.simulation.journey;

import static io.github.custdev.simulation.journey.JourneyTests.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Comparison;
import io.github.custdev.SuccessCriterion.Metric;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Evidence made from draws, with and without a hidden truth, checked against closed forms. */
class EvidenceRecipeTests {

    static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    static final Source SOURCE = Source.of("customer-1");
    static final HypothesisId ID = HypothesisId.of("fit");

    static final Hypothesis RATE = Hypothesis.of(
            ID,
            "Dentists pay",
            BusinessModelArea.REVENUE,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.proportionAtLeast(0.5, 10));

    static final Hypothesis MEAN = Hypothesis.of(
            ID,
            "Setup is quick",
            BusinessModelArea.REVENUE,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.of(Metric.MEAN, Comparison.AT_MOST, 40.0, 2, Strength.SAID, Option.some("days")));

    static final Hypothesis FIT = Hypothesis.of(
            ID,
            "Dentists would be very disappointed",
            BusinessModelArea.VALUE_PROPOSITION,
            Phase.CUSTOMER_DISCOVERY,
            SuccessCriterion.veryDisappointedAtLeast(0.4, 40));

    static Draw draw(int kind, int trials, double first, double second) {
        return Draw.of(kind, SOURCE, AT, 0, trials, first, second);
    }

    static EvidenceRecipe only(Class<? extends Evidence> kind) {
        return EvidenceRecipe.of(RATE).withKinds(List.of(kind));
    }

    @Test
    void aTrueRateDecidesStatementsAndCommitmentsByItsComplement() {
        // A success exactly when u > 1 - rate.
        EvidenceRecipe statements = only(Statement.class).withTrueRate(0.3);
        assertEquals(Statement.Stance.SUPPORTS, ((Statement) statements.build(draw(0, 1, 0.71, 0.5))).stance());
        assertEquals(Statement.Stance.REFUTES, ((Statement) statements.build(draw(0, 1, 0.69, 0.5))).stance());
        EvidenceRecipe commitments = only(Commitment.class).withTrueRate(0.3);
        assertTrue(((Commitment) commitments.build(draw(0, 1, 0.71, 0.5))).made());
        assertFalse(((Commitment) commitments.build(draw(0, 1, 0.69, 0.5))).made());
        assertEquals(
                Statement.Stance.REFUTES,
                ((Statement) only(Statement.class).withTrueRate(0.0).build(draw(0, 1, 0.99, 0.5))).stance());
        // u = 1 - rate exactly is not above it.
        assertEquals(
                Statement.Stance.REFUTES,
                ((Statement) only(Statement.class).withTrueRate(0.5).build(draw(0, 1, 0.5, 0.5))).stance());
        assertEquals(
                Statement.Stance.SUPPORTS,
                ((Statement) only(Statement.class).withTrueRate(1.0).build(draw(0, 1, 0.01, 0.5))).stance());
    }

    @Test
    void aTrueRateCountsBinomialSuccesses() {
        // Binomial(4, 0.5): P(X <= k) = 1/16, 5/16, 11/16, 15/16, 1. The u-quantile is the smallest k with CDF >= u.
        EvidenceRecipe behaviours = only(Behaviour.class).withTrueRate(0.5).withTrials(1, 10);
        double[] us = {0.05, 0.0626, 0.3, 0.32, 0.68, 0.7, 0.93, 0.95};
        int[] ks = {0, 1, 1, 2, 2, 3, 3, 4};
        for (int i = 0; i < us.length; i++) {
            Behaviour behaviour = (Behaviour) behaviours.build(draw(0, 4, us[i], 0.5));
            assertEquals((long) ks[i], behaviour.successes(), "u = " + us[i]);
            assertEquals(4L, behaviour.trials());
        }
        // A tally: very disappointed ~ Binomial, somewhat the second point's share of the rest.
        SeanEllisTally tally =
                (SeanEllisTally) only(SeanEllisTally.class).withTrueRate(0.5).build(draw(0, 4, 0.3, 0.99));
        assertEquals(1L, tally.veryDisappointed());
        assertEquals(3L, tally.somewhatDisappointed());
        assertEquals(0L, tally.notDisappointed());
        fails(
                "second must be a uniform point in (0, 1) when a truth is set: 1.5",
                () -> only(SeanEllisTally.class).withTrueRate(0.5).build(draw(0, 4, 0.3, 1.5)));
        fails(
                "first must be a uniform point in (0, 1) when a truth is set: 3.0",
                () -> behaviours.build(draw(0, 4, 3.0, 0.5)));
        fails(
                "first must be a uniform point in (0, 1) when a truth is set: 0.0",
                () -> behaviours.build(draw(0, 4, 0.0, 0.5)));
        fails(
                "first must be a uniform point in (0, 1) when a truth is set: 1.0",
                () -> behaviours.build(draw(0, 4, 1.0, 0.5)));
    }

    @Test
    void aTrueDistributionGivesItsQuantiles() {
        EvidenceRecipe recipe = EvidenceRecipe.of(MEAN).withTrueDistribution(NormalDistribution.of(30.0, 5.0));
        Measurement median = (Measurement) recipe.build(draw(0, 1, 0.5, 0.5));
        assertEquals(30.0, median.value(), 1e-12);
        assertEquals("days", median.unit());
        // Phi(1) = 0.8413447460685429 (Abramowitz and Stegun, table 26.1).
        assertEquals(35.0, ((Measurement) recipe.build(draw(0, 1, 0.8413447460685429, 0.5))).value(), 1e-6);
        assertEquals("hours", ((Measurement) recipe.withUnit("hours").build(draw(0, 1, 0.5, 0.5))).unit());
    }

    @Test
    void withoutATruthTheDrawsNumbersAreTheOutcomes() {
        EvidenceRecipe statements = only(Statement.class);
        assertEquals(Statement.Stance.SUPPORTS, ((Statement) statements.build(draw(0, 1, 3, 0))).stance());
        assertEquals(Statement.Stance.REFUTES, ((Statement) statements.build(draw(0, 1, 4, 0))).stance());
        assertEquals(Statement.Stance.NEUTRAL, ((Statement) statements.build(draw(0, 1, 5, 0))).stance());
        assertEquals(
                Option.some("ok"),
                ((Statement) statements.build(draw(0, 1, 0, 0).withQuote("ok"))).quote());
        Behaviour behaviour = (Behaviour) only(Behaviour.class).build(draw(0, 5, 13, 0));
        assertEquals(1L, behaviour.successes());
        assertEquals(5L, behaviour.trials());
        assertEquals(Strength.DID, behaviour.strength());
        assertEquals(
                Strength.PAID,
                ((Behaviour) only(Behaviour.class).build(Draw.of(0, SOURCE, AT, 1, 5, 1, 0))).strength());
        SeanEllisTally tally = (SeanEllisTally) only(SeanEllisTally.class).build(draw(0, 5, 8, 7));
        assertEquals(
                List.of(2L, 3L, 0L),
                List.of(tally.veryDisappointed(), tally.somewhatDisappointed(), tally.notDisappointed()));
        Commitment made = (Commitment) only(Commitment.class)
                .build(draw(0, 1, 2, 0)
                        .withCommitmentKind(Commitment.Kind.MONEY)
                        .withAmount(BigDecimal.TEN, "EUR"));
        assertTrue(made.made());
        assertEquals(Commitment.Kind.MONEY, made.kind());
        assertEquals(Option.some(BigDecimal.TEN), made.amount());
        assertFalse(((Commitment) only(Commitment.class).build(draw(0, 1, 1, 0))).made());
        // A measurement without a truth lies at threshold + spread * max(10, 2 |threshold|), to the cent.
        Measurement measured =
                (Measurement) EvidenceRecipe.of(MEAN).build(draw(0, 1, 0, 0).withSpread(-0.5));
        assertEquals(0.0, measured.value(), 1e-12);
        assertEquals(
                80.0,
                ((Measurement) EvidenceRecipe.of(MEAN).build(draw(0, 1, 0, 0).withSpread(0.5))).value(),
                1e-12);
        Measurement any = (Measurement) EvidenceRecipe.of(RATE)
                .withKinds(List.of(Measurement.class))
                .build(draw(0, 1, 0, 0).withSpread(0.123));
        assertEquals(1.23, any.value(), 1e-12);
        assertEquals("units", any.unit());
        // Trials are clamped to the recipe's range.
        assertEquals(3L, ((Behaviour) only(Behaviour.class).withTrials(3, 4).build(draw(0, 1, 0, 0))).trials());
        assertEquals(4L, ((Behaviour) only(Behaviour.class).withTrials(3, 4).build(draw(0, 9, 0, 0))).trials());
    }

    @Test
    void theKindSeedPicksAmongTheKindsSimplestFirst() {
        EvidenceRecipe all = EvidenceRecipe.of(RATE).withKinds(EvidenceRecipe.KINDS);
        for (int seed = 0; seed < Draw.KIND_SEEDS; seed++) {
            assertEquals(EvidenceRecipe.KINDS.get(seed % 5), superclass(all.build(draw(seed, 1, 0, 0))));
        }
        // By default, the kinds the criterion counts: never a Sean Ellis tally for a proportion (issue #14).
        List<Class<? extends Evidence>> outcomes = List.of(Statement.class, Behaviour.class, Commitment.class);
        assertEquals(outcomes, EvidenceRecipe.of(RATE).kinds().toJavaList());
        assertEquals(outcomes, EvidenceRecipe.of(ID).kinds().toJavaList());
        assertEquals(
                outcomes,
                EvidenceRecipe.of(Hypothesis.of(
                                ID,
                                "Ten pre-orders",
                                BusinessModelArea.REVENUE,
                                Phase.CUSTOMER_DISCOVERY,
                                SuccessCriterion.countAtLeast(10, Strength.PAID)))
                        .kinds()
                        .toJavaList());
        assertEquals(List.of(Measurement.class), EvidenceRecipe.of(MEAN).kinds().toJavaList());
        assertEquals(
                List.of(SeanEllisTally.class), EvidenceRecipe.of(FIT).kinds().toJavaList());
        assertEquals(
                List.of(Behaviour.class, Commitment.class, Measurement.class),
                all.withStrengthAtLeast(Strength.PAID).kinds().toJavaList());
        assertEquals(
                List.of(Statement.class, Behaviour.class),
                all.withKinds(List.of(Behaviour.class, Statement.class)).kinds().toJavaList());
    }

    static Class<?> superclass(Evidence evidence) {
        for (Class<? extends Evidence> kind : EvidenceRecipe.KINDS) {
            if (kind.isInstance(evidence)) {
                return kind;
            }
        }
        return evidence.getClass();
    }

    @Test
    void recipesCheckEveryChange() {
        EvidenceRecipe rate = EvidenceRecipe.of(RATE);
        fails("trueRate must be in [0, 1]: 1.5", () -> rate.withTrueRate(1.5));
        fails("trueRate must be in [0, 1]: -0.1", () -> rate.withTrueRate(-0.1));
        fails("trueRate must be in [0, 1]: NaN", () -> rate.withTrueRate(Double.NaN));
        fails(
                "hypothesis.criterion.metric must be PROPORTION, COUNT or VERY_DISAPPOINTED for a true rate (hypothesis fit): MEAN",
                () -> EvidenceRecipe.of(MEAN).withTrueRate(0.5));
        fails(
                "hypothesis.criterion.metric must be MEAN for a true distribution (hypothesis fit): PROPORTION",
                () -> rate.withTrueDistribution(NormalDistribution.of(0, 1)));
        fails("distribution is null", () -> EvidenceRecipe.of(MEAN).withTrueDistribution(null));
        fails("minTrials must be >= 1: 0", () -> rate.withTrials(0, 3));
        fails("maxTrials must be >= minTrials (3): 2", () -> rate.withTrials(3, 2));
        assertEquals(
                List.of(3, 3),
                List.of(rate.withTrials(3, 3).minTrials(), rate.withTrials(3, 3).maxTrials()));
        fails("unit must not be blank: \" \"", () -> rate.withUnit(" "));
        fails(
                "kinds must name kinds of evidence, not io.github.custdev.Evidence: [interface io.github.custdev.Evidence]",
                () -> rate.withKinds(List.of(Evidence.class)));
        fails("kinds must leave at least one kind of evidence for hypothesis fit: []", () -> rate.withKinds(List.of()));
        fails(
                "kinds must not include measurements when a true rate is set: [Statement, Measurement]",
                () -> rate.withTrueRate(0.5).withKinds(List.of(Statement.class, Measurement.class)));
        fails(
                "kinds must be measurements when a true distribution is set: [Statement, Measurement]",
                () -> EvidenceRecipe.of(MEAN)
                        .withTrueDistribution(NormalDistribution.of(0, 1))
                        .withKinds(List.of(Statement.class, Measurement.class)));
        fails(
                "kinds must leave at least one kind of evidence for hypothesis fit: []",
                () -> EvidenceRecipe.of(MEAN)
                        .withKinds(List.of(Statement.class))
                        .withTrueDistribution(NormalDistribution.of(0, 1)));
        fails(
                "strength must leave a kind of evidence that can be as strong (kinds [Statement]): DID",
                () -> rate.withKinds(List.of(Statement.class)).withStrengthAtLeast(Strength.DID));
        fails(
                "kinds must all be possible at strength PAID or stronger: [Statement, Behaviour]",
                () -> rate.withKinds(List.of(Behaviour.class))
                        .withStrengthAtLeast(Strength.PAID)
                        .withKinds(List.of(Behaviour.class, Statement.class)));
        fails("hypothesis is null", () -> EvidenceRecipe.of((Hypothesis) null));
        fails("hypothesisId is null", () -> EvidenceRecipe.of((HypothesisId) null));
        fails("draw is null", () -> rate.build(null));
        assertFalse(rate.hasTruth());
        assertTrue(rate.withTrueRate(0.2).hasTruth());
        assertEquals(Option.some(0.2), rate.withTrueRate(0.2).trueRate());
        assertTrue(EvidenceRecipe.of(MEAN)
                .withTrueDistribution(NormalDistribution.of(0, 1))
                .trueDistribution()
                .isDefined());
        assertEquals(List.of(1, 100), List.of(rate.minTrials(), rate.maxTrials()));
        assertEquals(ID, rate.hypothesisId());
        assertEquals(
                "EvidenceRecipe[fit, kinds=[Statement, Behaviour, Commitment], at least SAID, true rate 0.2,"
                        + " trials 1..100]",
                rate.withTrueRate(0.2).toString());
        assertTrue(EvidenceRecipe.of(MEAN)
                .withTrueDistribution(NormalDistribution.of(0, 1))
                .toString()
                .contains("true distribution"));
    }

    @Test
    void drawsCheckTheirNumbers() {
        fails("kind must not be negative: -1", () -> Draw.of(-1, SOURCE, AT, 0, 1, 0, 0));
        fails("strength must not be negative: -1", () -> Draw.of(0, SOURCE, AT, -1, 1, 0, 0));
        fails("trials must not be negative: -1", () -> Draw.of(0, SOURCE, AT, 0, -1, 0, 0));
        fails("first must be finite and >= 0: -1.0", () -> Draw.of(0, SOURCE, AT, 0, 1, -1, 0));
        fails(
                "second must be finite and >= 0: Infinity",
                () -> Draw.of(0, SOURCE, AT, 0, 1, 0, Double.POSITIVE_INFINITY));
        fails("first must be finite and >= 0: NaN", () -> Draw.of(0, SOURCE, AT, 0, 1, Double.NaN, 0));
        fails("source is null", () -> Draw.of(0, null, AT, 0, 1, 0, 0));
        fails("observedAt is null", () -> Draw.of(0, SOURCE, null, 0, 1, 0, 0));
        fails("kind must be in [0, 59]: 60", () -> Draw.ofJourney(60, 1, 0, 1, 0.5, 0.5));
        fails("customer must be in [1, 20]: 0", () -> Draw.ofJourney(0, 0, 0, 1, 0.5, 0.5));
        fails("customer must be in [1, 20]: 21", () -> Draw.ofJourney(0, 21, 0, 1, 0.5, 0.5));
        fails("strength must be in [0, 5]: 6", () -> Draw.ofJourney(0, 1, 6, 1, 0.5, 0.5));
        fails("trials must be in [1, 10]: 11", () -> Draw.ofJourney(0, 1, 0, 11, 0.5, 0.5));
        fails("first must be in (0, 1): 1.0", () -> Draw.ofJourney(0, 1, 0, 1, 1.0, 0.5));
        fails("second must be in (0, 1): 0.0", () -> Draw.ofJourney(0, 1, 0, 1, 0.5, 0.0));
        fails("spread must be in [-1, 1]: 1.5", () -> draw(0, 1, 0, 0).withSpread(1.5));
        fails("spread must be in [-1, 1]: -1.5", () -> draw(0, 1, 0, 0).withSpread(-1.5));
        assertEquals(1.0, draw(0, 1, 0, 0).withSpread(1.0).spread());
        assertEquals(-1.0, draw(0, 1, 0, 0).withSpread(-1.0).spread());
        assertEquals(
                Option.some(BigDecimal.ZERO),
                draw(0, 1, 0, 0).withAmount(BigDecimal.ZERO, "USD").amount());
        fails("amount must not be negative: -1", () -> draw(0, 1, 0, 0).withAmount(BigDecimal.valueOf(-1), "USD"));
        fails("amountUnit must not be blank: \" \"", () -> draw(0, 1, 0, 0).withAmount(BigDecimal.ONE, " "));
        fails("quote is null", () -> draw(0, 1, 0, 0).withQuote(null));
        fails("commitmentKind is null", () -> draw(0, 1, 0, 0).withCommitmentKind(null));
        fails("observedAt is null", () -> draw(0, 1, 0, 0).withObservedAt(null));
        fails("k must not be negative: -1", () -> Draw.uniform(-1));
        assertEquals(0.5 / 0x1p31, Draw.uniform(0));
        assertEquals(1 - 0.5 / 0x1p31, Draw.uniform(Integer.MAX_VALUE));
        Draw journey = Draw.ofJourney(59, 20, 5, 10, 0.25, 0.75);
        assertEquals(List.of(59, 5, 10), List.of(journey.kind(), journey.strength(), journey.trials()));
        assertEquals(Source.of("customer-20"), journey.source());
        assertEquals(Instant.EPOCH, journey.observedAt());
        assertEquals(AT, journey.withObservedAt(AT).observedAt());
        assertEquals(List.of(0.25, 0.75, 0.0), List.of(journey.first(), journey.second(), journey.spread()));
        assertEquals(Commitment.Kind.values()[59 % Commitment.Kind.values().length], journey.commitmentKind());
        assertTrue(journey.quote().isEmpty() && journey.amount().isEmpty());
        assertEquals("USD", journey.amountUnit());
        assertEquals("EUR", journey.withAmount(BigDecimal.ONE, "EUR").amountUnit());
        assertEquals(
                "Draw[kind=59, source=" + journey.source()
                        + ", at=1970-01-01T00:00:00Z, trials=10, first=0.25, second=0.75]",
                journey.toString());
    }
}
