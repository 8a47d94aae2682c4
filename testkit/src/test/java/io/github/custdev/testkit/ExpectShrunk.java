package io.github.custdev.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.FalsifiedSample;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.ShrunkFalsifiedSample;

/**
 * Marks a property that must fail: the test passes when jqwik falsifies the property and the check accepts the
 * shrunk sample, and fails otherwise (the property held, or the shrunk sample is not what the check expects). When the
 * first falsified sample cannot be shrunk (jqwik then reports only that sample), the check applies to it.
 *
 * <p>The property runs on {@link #SEED} unless it names its own, and shrinks without jqwik's time bound: what a case
 * shrinks to depends on the case first falsified (a log drawn at a true rate keeps its drawn share while it shrinks),
 * and on a busy machine the bound cut shrinking short, so either would make the check pass or fail by chance. For the
 * same reason it never replays the sample of an earlier run, which jqwik's database always holds for such a property.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(ExpectShrunk.Hook.class)
@interface ExpectShrunk {

    /** The seed of a property that names none. */
    String SEED = "20261206";

    /**
     * A system property that, when set, is the seed of every such property, its own included: run the suite with
     * {@code -Dcustdev.testkit.seed=...} to see that its checks do not hold by the luck of one seed.
     */
    String SEED_PROPERTY = "custdev.testkit.seed";

    /** The check of the shrunk parameters; a class with a no-argument constructor. */
    Class<? extends Check> value();

    /** A check of the shrunk parameters of a falsified property: throws (an assertion error) to reject them. */
    interface Check {
        void check(List<Object> shrunkParameters);
    }

    /** Runs the property and turns its expected failure into success, or its success into failure. */
    final class Hook implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property)
                throws Exception {
            String override = System.getProperty(SEED_PROPERTY);
            if (override != null) {
                context.attributes().setSeed(override);
            } else if (context.attributes().seed().isEmpty()) {
                context.attributes().setSeed(SEED);
            }
            context.attributes().setShrinking(ShrinkingMode.FULL);
            // the property fails on every run, so jqwik's database always holds its last shrunk sample: replaying it
            // first would make the case first falsified, and what a check computes from it, depend on the last run
            context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED);
            PropertyExecutionResult result = property.execute();
            if (result.status() != PropertyExecutionResult.Status.FAILED) {
                return result.mapToFailed("the property was expected to fail, but it " + result.status());
            }
            // jqwik reports no shrunk sample when the first falsified sample could not be shrunk further (an edge
            // case that is already the smallest counterexample): the check then applies to that original sample.
            List<Object> shrunk = result.shrunkSample()
                    .map(ShrunkFalsifiedSample::parameters)
                    .or(() -> result.originalSample().map(FalsifiedSample::parameters))
                    .orElseThrow(() -> new AssertionError(
                            "the failed property reports no falsified sample",
                            result.throwable().orElse(null)));
            Class<? extends Check> checkClass =
                    context.findAnnotation(ExpectShrunk.class).orElseThrow().value();
            Check check = checkClass.getDeclaredConstructor().newInstance();
            try {
                check.check(shrunk);
            } catch (AssertionError e) {
                return result.mapToFailed(
                        new AssertionError("unexpected shrunk sample " + shrunk + ": " + e.getMessage(), e));
            }
            return result.mapToSuccessful();
        }
    }
}
