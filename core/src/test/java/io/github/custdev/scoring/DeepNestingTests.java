package io.github.custdev.scoring;

import static io.github.custdev.scoring.Fixtures.ID;
import static io.github.custdev.scoring.Fixtures.START;
import static io.github.custdev.scoring.Fixtures.behaviour;
import static io.github.custdev.scoring.Fixtures.hypothesis;
import static io.github.custdev.scoring.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Decorators and combinators nested deeply in alternation, where flattening a kind into itself does not help:
 * {@code inSegment(observedBefore(weightedByStrength(observedAfter(...))))} 10,000 deep is one chain, assessed and
 * described in a loop; combinations, {@code byMetric} and {@code decidedBy} nest at most
 * {@link Scoring#MAXIMUM_NESTING} deep and are refused beyond. The chains run on a thread with a 256 KB stack (a
 * quarter of the JVM's default, a sixteenth of the build's {@code -Xss4m}), so that a pass is not the big stack's; the
 * combinations, which recurse once per level, on a thread with the JVM's default stack of 1 MB, the one the limit is
 * chosen to fit (a level takes 1 to 3 KB of stack, more while the code still runs interpreted).
 */
class DeepNestingTests {
    private static final int DEPTH = 10_000;
    private static final Hypothesis HALF = hypothesis(SuccessCriterion.proportionAtLeast(0.5, 1));
    private static final Instant PIVOT = START.plusSeconds(3600);

    /** Runs the body on a thread with a 256 KB stack and rethrows what it threw. */
    static void onSmallStack(Executable body) throws Throwable {
        onStack(256 * 1024, body);
    }

    /** Runs the body on a thread with the JVM's default stack (1 MB on 64-bit platforms) and rethrows what it threw. */
    static void onDefaultStack(Executable body) throws Throwable {
        onStack(1024 * 1024, body);
    }

    private static void onStack(long bytes, Executable body) throws Throwable {
        Throwable[] thrown = {null};
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        body.execute();
                    } catch (Throwable t) {
                        thrown[0] = t;
                    }
                },
                "deep",
                bytes);
        thread.start();
        thread.join();
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }

    private static EvidenceLog evidence() {
        return EvidenceLog.of(
                Statement.supports(ID, Source.of("a", "dentists"), START),
                Statement.supports(ID, Source.of("b", "dentists"), START.plusSeconds(60)),
                Behaviour.of(ID, Source.of("e", "dentists"), START.plusSeconds(120), 3, 4),
                Statement.refutes(ID, Source.of("c", "vets"), START),
                Statement.refutes(ID, Source.of("d", "dentists"), PIVOT));
    }

    /** Layer {@code i} of the alternation: segment, before, weighting, after, again and again. */
    private static ScoringStrategy layer(ScoringStrategy strategy, int i) {
        switch (i % 4) {
            case 0:
                return Scoring.inSegment(strategy, "dentists");
            case 1:
                // the tightest bound is the first, 4 s before the pivot: d is left out
                return Scoring.observedBefore(strategy, PIVOT.plusSeconds(i - 5L));
            case 2:
                return Scoring.weightedByStrength(strategy);
            default:
                return Scoring.observedAfter(strategy, START.minusSeconds(i));
        }
    }

    @Test
    void alternatingFiltersAndWeightingsTenThousandDeepAreOneChain() throws Throwable {
        onSmallStack(() -> {
            ScoringStrategy deep = Scoring.bayesian();
            for (int i = 0; i < DEPTH; i++) {
                deep = layer(deep, i);
            }
            EvidenceLog evidence = evidence();
            Assessment assessment = deep.assess(HALF, evidence);
            Assessment flat = Scoring.observedBefore(
                            Scoring.inSegment(Scoring.weightedByStrength(Scoring.bayesian()), "dentists"),
                            PIVOT.minusSeconds(4))
                    .assess(HALF, evidence);
            assertEquals(6, assessment.sampleSize(), "a, b and e's four trials: d is too late, c a vet");
            assertEquals(flat.sampleSize(), assessment.sampleSize());
            assertEquals(flat.effectiveSampleSize(), assessment.effectiveSampleSize(), 0.0);
            assertEquals(2 + 4 * 4.0, assessment.effectiveSampleSize(), 0.0, "the behaviour weighted 4");
            assertEquals(flat.verdict(), assessment.verdict());
            assertEquals(flat.probability(), assessment.probability(), 0.0);
            assertEquals(flat.estimate(), assessment.estimate(), 0.0);
            assertEquals(
                    StrengthWeights.standard().toString(),
                    assessment.parameters().get("weights").get());

            String name = assessment.strategy();
            assertTrue(
                    name.startsWith("observed-after(weighted(observed-before(in-segment(observed-after("),
                    name.substring(0, 80));
            assertTrue(name.endsWith("(bayesian" + ")".repeat(DEPTH)), name.substring(name.length() - 40));
            assertEquals(DEPTH, name.chars().filter(c -> c == '(').count());
            assertEquals(name, deep.name(), "the strategy's own name is the one its assessments report");
            assertTrue(
                    assessment
                            .reason()
                            .startsWith("observed after " + START.minusSeconds(DEPTH - 1) + ": observed before "
                                    + PIVOT.plusSeconds(DEPTH - 3 - 5L) + ": in segment dentists: observed after "),
                    assessment.reason().substring(0, 200));

            String text = deep.toString();
            assertTrue(text.startsWith("observed-after(weighted(observed-before(in-segment(observed-after("));
            assertTrue(text.contains(
                    "in-segment(" + Scoring.bayesian() + ", dentists), " + PIVOT.minusSeconds(4) + "), "));
            assertTrue(text.endsWith(", " + START.minusSeconds(DEPTH - 1) + ")"));
            assertTrue(deep.isExchangeable());
            assertEquals(deep, deep);
            assertEquals(deep.hashCode(), deep.hashCode());
            ScoringStrategy other = layer(deep, 0);
            assertNotEquals(deep, other);
            assertNotEquals(other, deep);
            assertEquals(6, other.assess(HALF, evidence).sampleSize(), "one more layer over the chain, the same items");
        });
    }

    @Test
    void aChainOfAnyLengthIsOneLevelOfNesting() throws Throwable {
        ScoringStrategy chain = Scoring.bayesian();
        for (int i = 0; i < DEPTH; i++) {
            chain = layer(chain, i);
        }
        ScoringStrategy combined = chain;
        for (int i = 1; i < Scoring.MAXIMUM_NESTING; i++) {
            combined = i % 2 == 0 ? Scoring.allOf(combined, Scoring.mean()) : Scoring.anyOf(combined, Scoring.mean());
        }
        ScoringStrategy deep = combined;
        onDefaultStack(() -> {
            assertTrue(deep.assess(HALF, evidence()).reason().contains("in segment dentists: "));
            assertTrue(deep.toString().startsWith("anyOf(allOf(anyOf("));
        });
        assertRefused(() -> Scoring.allOf(deep, Scoring.mean()));
        // a chain over the deepest combination is one more level, and refused with it
        assertRefused(() -> Scoring.inSegment(deep, "x"));
        assertRefused(() -> Scoring.weightedByStrength(deep));
        assertRefused(() -> Scoring.observedAfter(deep, START));
        // a filter over the deepest chain merges into its outermost layer, adds none
        assertEquals(1, Nesting.depth(Scoring.observedAfter(chain, START)));
    }

    @Test
    void combinationsNestAtMostTheMaximumDeep() throws Throwable {
        nestsAtMostTheMaximum(s -> Scoring.allOf(Scoring.anyOf(s, Scoring.fixedSample()), Scoring.mean()), 2);
        nestsAtMostTheMaximum(s -> Scoring.byMetric(s, Scoring.mean()), 1);
        nestsAtMostTheMaximum(s -> Scoring.byMetric(Scoring.fixedSample(), s), 1);
        nestsAtMostTheMaximum(s -> Scoring.seanEllis().decidedBy(s), 1);
        nestsAtMostTheMaximum(s -> Scoring.allOf(Scoring.observedBefore(s, PIVOT), Scoring.fixedSample()), 2);
    }

    /** Wraps a strategy until it is the maximum deep, assesses it on the default stack, and one more is refused. */
    private static void nestsAtMostTheMaximum(UnaryOperator<ScoringStrategy> wrap, int levels) throws Throwable {
        ScoringStrategy strategy = Scoring.bayesian();
        int depth = 0;
        while (depth + levels <= Scoring.MAXIMUM_NESTING) {
            strategy = wrap.apply(strategy);
            depth += levels;
        }
        assertEquals(Scoring.MAXIMUM_NESTING, depth);
        assertEquals(depth, Nesting.depth(strategy));
        ScoringStrategy deep = strategy;
        onDefaultStack(() -> {
            Assessment assessment = deep.assess(HALF, log(30, 2));
            assertFalse(assessment.reason().isEmpty());
            assertFalse(deep.toString().isEmpty());
        });
        assertRefused(() -> wrap.apply(deep));
    }

    /** The build is refused one level past the maximum, naming the field, the rule and the depth. */
    private static void assertRefused(Executable build) {
        InvalidValueException e = assertThrows(InvalidValueException.class, build);
        assertEquals("strategy", e.field());
        assertEquals("strategy nesting must be at most 100 deep: 101", e.getMessage());
    }

    @Test
    void theWeightsReportedAreTheWeightsUsed() {
        // An outer weighting over an inner one changes nothing: the inner one replaces the log's weights again.
        StrengthWeights inner = StrengthWeights.of(1, 2, 2);
        StrengthWeights outer = StrengthWeights.of(1, 8, 8);
        EvidenceLog evidence = log(3, 1).append(behaviour(3, 4));
        Assessment twice = Scoring.weightedByStrength(Scoring.weightedByStrength(Scoring.bayesian(), inner), outer)
                .assess(HALF, evidence);
        Assessment once = Scoring.weightedByStrength(Scoring.bayesian(), inner).assess(HALF, evidence);
        assertEquals(4 + 2 * 4.0, twice.effectiveSampleSize(), 0.0);
        assertEquals(once.probability(), twice.probability(), 0.0);
        assertEquals(inner.toString(), twice.parameters().get("weights").get());
        assertEquals("weighted(weighted(bayesian))", twice.strategy());
        // with a filter between them as well
        Assessment between = Scoring.weightedByStrength(
                        Scoring.observedAfter(
                                Scoring.weightedByStrength(Scoring.bayesian(), inner), START.minusSeconds(1)),
                        outer)
                .assess(HALF, evidence);
        assertEquals(inner.toString(), between.parameters().get("weights").get());
        assertEquals(4 + 2 * 4.0, between.effectiveSampleSize(), 0.0);
        assertEquals("weighted(observed-after(weighted(bayesian)))", between.strategy());
    }
}
