package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Rejection;
import io.github.custdev.Runway;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.testkit.internal.Generators;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * Sequences with invalid events say truly where the invalid events are and which rule each breaks: a replay is
 * rejected at the first, and applying the events one by one rejects exactly those, each for its rule.
 */
@PropertyDefaults(tries = 60)
class InvalidEventSequenceProperties {

    @Property
    void aReplayIsRejectedAtTheFirstInvalidEventForItsRule(@ForAll InvalidEventSequence sequence) {
        Either<Rejection, Venture> replayed = Venture.replay(sequence.events());
        assertTrue(replayed.isLeft(), sequence::toString);
        assertEquals(sequence.firstInvalidPosition(), replayed.getLeft().position());
        assertEquals(sequence.firstBrokenRule(), replayed.getLeft().rule());
        assertEquals(
                sequence.events().get(sequence.firstInvalidPosition()),
                replayed.getLeft().event());
    }

    @Property
    void applyingOneByOneRejectsExactlyTheInvalidEvents(@ForAll InvalidEventSequence sequence) {
        List<Integer> rejected = new ArrayList<>();
        List<Rejection.Rule> rules = new ArrayList<>();
        Venture venture = null;
        for (int i = 0; i < sequence.events().size(); i++) {
            VentureEvent event = sequence.events().get(i);
            if (venture == null) {
                if (event instanceof VentureEvent.Founded founded) {
                    venture = Venture.found(founded);
                } else {
                    rejected.add(i);
                    rules.add(Venture.replay(List.of(event)).getLeft().rule());
                }
                continue;
            }
            Either<Rejection, Venture> applied = venture.apply(event);
            if (applied.isLeft()) {
                rejected.add(i);
                rules.add(applied.getLeft().rule());
            } else {
                venture = applied.get();
            }
        }
        assertEquals(sequence.invalidPositions(), rejected);
        assertEquals(sequence.brokenRules(), rules);
        assertEquals(sequence.venture(), venture);
        assertEquals(sequence.venture(), Venture.replay(sequence.validEvents()).get());
    }

    @Property
    void onlyTheRulesAskedForAreBroken(@ForAll("twoRules") InvalidEventSequence sequence) {
        for (Rejection.Rule rule : sequence.brokenRules()) {
            assertTrue(rule == Rejection.Rule.OUT_OF_ORDER || rule == Rejection.Rule.RETIRED_HYPOTHESIS, rule::name);
        }
        assertTrue(sequence.invalidPositions().size() >= 2
                && sequence.invalidPositions().size() <= 4);
    }

    @Provide
    Arbitrary<InvalidEventSequence> twoRules() {
        return CustDevArbitraries.invalidEventSequences()
                .breaking(Rejection.Rule.RETIRED_HYPOTHESIS, Rejection.Rule.OUT_OF_ORDER)
                .withInvalidCount(2, 4);
    }

    private static final Venture FIXTURE = Venture.replay(List.of(
                    VentureEvent.Founded.of("Fixture", Runway.experiments(30), 2, Generators.START),
                    VentureEvent.HypothesisStated.of(
                            Hypothesis.of(
                                    HypothesisId.of("problem-1"),
                                    "Front desks lose hours to no-shows",
                                    BusinessModelArea.PROBLEM,
                                    Phase.CUSTOMER_DISCOVERY,
                                    SuccessCriterion.proportionAtLeast(0.5, 5)),
                            Generators.START)))
            .get();

    @Property
    void continuationsBreakRulesAgainstTheVentureTheyContinue(@ForAll("continuations") InvalidEventSequence sequence) {
        assertTrue(sequence.isContinuation());
        assertFalse(sequence.brokenRules().contains(Rejection.Rule.NOT_FOUNDED));
        Either<Rejection, Venture> applied = FIXTURE.applyAll(sequence.events());
        assertTrue(applied.isLeft());
        assertEquals(sequence.firstBrokenRule(), applied.getLeft().rule());
        assertEquals(
                sequence.venture(), FIXTURE.applyAll(sequence.validEvents()).get());
    }

    @Provide
    Arbitrary<InvalidEventSequence> continuations() {
        return CustDevArbitraries.eventSequences()
                .continuing(FIXTURE)
                .ofLength(0, 15)
                .withInvalidEvents();
    }

    @Example
    void everyRuleIsBrokenSomewhere() {
        Set<Rejection.Rule> broken = EnumSet.noneOf(Rejection.Rule.class);
        for (int seed = 0; seed < 400 && broken.size() < Rejection.Rule.values().length; seed++) {
            broken.addAll(GeneratorProperties.sample(CustDevArbitraries.invalidEventSequences(), seed)
                    .brokenRules());
        }
        assertEquals(EnumSet.allOf(Rejection.Rule.class), broken);
    }

    @Example
    void eachRuleCanBeAskedForAlone() {
        for (Rejection.Rule rule : Rejection.Rule.values()) {
            InvalidEventSequence sequence = GeneratorProperties.sample(
                    CustDevArbitraries.invalidEventSequences().breaking(rule), rule.ordinal());
            assertEquals(List.of(rule), sequence.brokenRules().subList(0, 1), sequence::toString);
        }
    }

    @Example
    void rejectionsNameTheirRuleEventAndPosition() {
        for (int seed = 0; seed < 30; seed++) {
            Rejection rejection = GeneratorProperties.sample(CustDevArbitraries.rejections(), seed);
            assertTrue(rejection.message().contains(rejection.rule().description()), rejection::message);
        }
    }
}
