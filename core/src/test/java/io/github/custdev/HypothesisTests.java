package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HypothesisTests {
    private static final HypothesisId ID = HypothesisId.of("problem.scheduling");
    private static final String STATEMENT = "Dental practices lose hours a week to scheduling by phone";
    private static final SuccessCriterion CRITERION = SuccessCriterion.proportionAtLeast(0.6, 20);

    private static Hypothesis.Builder complete() {
        return Hypothesis.builder()
                .id(ID)
                .statement(STATEMENT)
                .area(BusinessModelArea.PROBLEM)
                .phase(Phase.CUSTOMER_DISCOVERY)
                .criterion(CRITERION);
    }

    @Test
    void theBuilderSetsEveryAttribute() {
        Hypothesis hypothesis =
                complete().importance(3).prior(BetaPrior.of(2, 8)).build();
        assertEquals(ID, hypothesis.id());
        assertEquals(STATEMENT, hypothesis.statement());
        assertEquals(BusinessModelArea.PROBLEM, hypothesis.area());
        assertEquals(Phase.CUSTOMER_DISCOVERY, hypothesis.phase());
        assertEquals(CRITERION, hypothesis.criterion());
        assertEquals(3.0, hypothesis.importance());
        assertEquals(Option.some(BetaPrior.of(2, 8)), hypothesis.prior());
    }

    @Test
    void importanceIsOneAndThereIsNoPriorUnlessSet() {
        Hypothesis hypothesis = complete().build();
        assertEquals(1.0, hypothesis.importance());
        assertEquals(Option.none(), hypothesis.prior());
        assertEquals(
                Option.some(BetaPrior.jeffreys()),
                complete().prior(Option.some(BetaPrior.jeffreys())).build().prior());
    }

    @Test
    void ofEqualsTheBuilderWithTheDefaults() {
        Hypothesis of = Hypothesis.of(ID, STATEMENT, BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY, CRITERION);
        assertEquals(complete().build(), of);
        assertEquals(complete().importance(1).prior(Option.none()).build(), of);
    }

    @Test
    void theBuilderReportsEveryMissingRequiredAttribute() {
        MissingValueException e = assertThrows(
                MissingValueException.class,
                () -> Hypothesis.builder().id(ID).importance(2).build());
        assertEquals(
                "hypothesis.statement, hypothesis.area, hypothesis.phase and hypothesis.criterion are not set",
                e.getMessage());
        assertEquals(
                io.vavr.collection.List.of(
                        "hypothesis.statement", "hypothesis.area", "hypothesis.phase", "hypothesis.criterion"),
                e.fields());
        MissingValueException none = assertThrows(
                MissingValueException.class, () -> Hypothesis.builder().build());
        assertEquals(
                "hypothesis.id, hypothesis.statement, hypothesis.area, hypothesis.phase and hypothesis.criterion are"
                        + " not set",
                none.getMessage());
    }

    @Test
    void theBuilderRefusesToSetAnAttributeTwice() {
        IllegalStateException id =
                assertThrows(IllegalStateException.class, () -> complete().id(ID));
        assertEquals("Builder of Hypothesis is strict, attribute is already set: id", id.getMessage());
        IllegalStateException criterion = assertThrows(
                IllegalStateException.class, () -> complete().criterion(SuccessCriterion.proportionAtLeast(0.1, 1)));
        assertEquals("Builder of Hypothesis is strict, attribute is already set: criterion", criterion.getMessage());
        IllegalStateException prior = assertThrows(
                IllegalStateException.class,
                () -> complete().prior(BetaPrior.uniform()).prior(BetaPrior.uniform()));
        assertEquals("Builder of Hypothesis is strict, attribute is already set: prior", prior.getMessage());
        IllegalStateException importance = assertThrows(
                IllegalStateException.class, () -> complete().importance(2).importance(3));
        assertEquals("Builder of Hypothesis is strict, attribute is already set: importance", importance.getMessage());
    }

    @Test
    void theBuilderRejectsNulls() {
        Expect.isNull("id", () -> Hypothesis.builder().id(null));
        Expect.isNull("statement", () -> Hypothesis.builder().statement(null));
        Expect.isNull("area", () -> Hypothesis.builder().area(null));
        Expect.isNull("phase", () -> Hypothesis.builder().phase(null));
        Expect.isNull("criterion", () -> Hypothesis.builder().criterion(null));
        Expect.isNull("prior", () -> Hypothesis.builder().prior((BetaPrior) null));
        Expect.isNull("prior", () -> Hypothesis.builder().prior((Option<BetaPrior>) null));
    }

    @Test
    void ofRejectsNulls() {
        Expect.isNull(
                "hypothesis.id",
                () -> Hypothesis.of(null, STATEMENT, BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY, CRITERION));
        Expect.isNull(
                "hypothesis.statement",
                () -> Hypothesis.of(ID, null, BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY, CRITERION));
        Expect.isNull("hypothesis.area", () -> Hypothesis.of(ID, STATEMENT, null, Phase.CUSTOMER_DISCOVERY, CRITERION));
        Expect.isNull(
                "hypothesis.phase", () -> Hypothesis.of(ID, STATEMENT, BusinessModelArea.PROBLEM, null, CRITERION));
        Expect.isNull(
                "hypothesis.criterion",
                () -> Hypothesis.of(ID, STATEMENT, BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsABlankStatement(String blank) {
        Expect.invalid(
                "hypothesis.statement must not be blank: \"" + blank + "\"",
                "hypothesis.statement",
                "must not be blank",
                blank,
                () -> Hypothesis.builder()
                        .id(ID)
                        .statement(blank)
                        .area(BusinessModelArea.PROBLEM)
                        .phase(Phase.CUSTOMER_DISCOVERY)
                        .criterion(CRITERION)
                        .build());
    }

    @Test
    void rejectsABlankStatementFromOfAsFromTheBuilder() {
        Expect.invalid(
                "hypothesis.statement must not be blank: \" \"",
                "hypothesis.statement",
                "must not be blank",
                " ",
                () -> Hypothesis.of(ID, " ", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY, CRITERION));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAnImportanceThatIsNotFiniteAndPositive(double importance) {
        String rule = "must be finite and > 0";
        String message = "hypothesis.importance " + rule + ": " + importance;
        Expect.invalid(
                message,
                "hypothesis.importance",
                rule,
                importance,
                () -> Hypothesis.builder()
                        .id(ID)
                        .statement(STATEMENT)
                        .area(BusinessModelArea.PROBLEM)
                        .phase(Phase.CUSTOMER_DISCOVERY)
                        .criterion(CRITERION)
                        .importance(importance)
                        .build());
        Hypothesis valid = complete().build();
        Expect.invalid(message, "hypothesis.importance", rule, importance, () -> valid.withImportance(importance));
    }

    @Test
    void withImportanceReturnsAChangedCopyAndLeavesTheOriginal() {
        Hypothesis original = complete().prior(BetaPrior.uniform()).build();
        Hypothesis riskier = original.withImportance(5);
        assertEquals(5.0, riskier.importance());
        assertEquals(1.0, original.importance());
        assertNotSame(original, riskier);
        assertEquals(original.id(), riskier.id());
        assertEquals(original.statement(), riskier.statement());
        assertEquals(original.criterion(), riskier.criterion());
        assertEquals(original.prior(), riskier.prior());
        assertEquals(original, riskier.withImportance(1));
    }

    @Test
    void noPublicMethodChangesTheStatementOrTheCriterion() {
        List<String> changers = Arrays.stream(Hypothesis.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() == Hypothesis.class)
                .map(Method::getName)
                .collect(Collectors.toList());
        assertEquals(List.of("withImportance"), changers, "the only copy a user can make changes the importance");
    }

    @Test
    void hypothesesAreEqualByEveryAttribute() {
        Hypothesis a = complete().importance(2).build();
        Hypothesis b = Hypothesis.builder()
                .id(HypothesisId.of("problem.scheduling"))
                .statement(new String(STATEMENT))
                .area(BusinessModelArea.PROBLEM)
                .phase(Phase.CUSTOMER_DISCOVERY)
                .criterion(SuccessCriterion.proportionAtLeast(0.6, 20))
                .importance(2)
                .build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a, a.withImportance(3));
        assertNotEquals(a, complete().importance(2).prior(BetaPrior.uniform()).build());
        assertNotEquals(
                a,
                Hypothesis.of(
                                ID,
                                STATEMENT,
                                BusinessModelArea.PROBLEM,
                                Phase.CUSTOMER_DISCOVERY,
                                SuccessCriterion.proportionAtLeast(0.7, 20))
                        .withImportance(2));
        assertNotEquals(
                a,
                Hypothesis.of(ID, STATEMENT, BusinessModelArea.REVENUE, Phase.CUSTOMER_DISCOVERY, CRITERION)
                        .withImportance(2));
    }

    @Test
    void toStringNamesEveryAttribute() {
        String text = complete().build().toString();
        assertTrue(text.contains("problem.scheduling"), text);
        assertTrue(text.contains(STATEMENT), text);
        assertTrue(text.contains("PROBLEM"), text);
        assertTrue(text.contains("CUSTOMER_DISCOVERY"), text);
        assertTrue(text.contains("proportion >= 0.6 (n >= 20, SAID or stronger)"), text);
    }
}
