package io.github.custdev.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.ShrunkFalsifiedSample;

/**
 * Marks a property that must fail: the test passes when jqwik falsifies the property and the check accepts the
 * shrunk sample, and fails otherwise (the property held, or the shrunk sample is not what the check expects).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(ExpectShrunk.Hook.class)
@interface ExpectShrunk {

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
            PropertyExecutionResult result = property.execute();
            if (result.status() != PropertyExecutionResult.Status.FAILED) {
                return result.mapToFailed("the property was expected to fail, but it " + result.status());
            }
            ShrunkFalsifiedSample shrunk = result.shrunkSample()
                    .orElseThrow(() -> new AssertionError("the failed property reports no shrunk sample"));
            Class<? extends Check> checkClass =
                    context.findAnnotation(ExpectShrunk.class).orElseThrow().value();
            Check check = checkClass.getDeclaredConstructor().newInstance();
            try {
                check.check(shrunk.parameters());
            } catch (AssertionError e) {
                return result.mapToFailed(new AssertionError(
                        "unexpected shrunk sample " + shrunk.parameters() + ": " + e.getMessage(), e));
            }
            return result.mapToSuccessful();
        }
    }
}
