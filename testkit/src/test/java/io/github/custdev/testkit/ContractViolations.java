package io.github.custdev.testkit;

import io.github.custdev.EvidenceLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A test class that runs a contract ({@link ScoringStrategyContract}, {@link SpentBudgetPolicyContract}) on a
 * deliberately broken strategy or policy and states how the contract must catch it: which properties must fail and
 * why, and whether any other may fail for the same reason. Every other property must pass (or be skipped). A property
 * that must fail must shrink to a small case, so that its report is readable: a scoring case's log of at most
 * {@link #MAX_SHRUNK_ITEMS} items, a gate case's venture of at most {@link #MAX_SHRUNK_EVENTS} events. Each property
 * runs on {@link #SEED} unless it names its own (or {@link ExpectShrunk#SEED_PROPERTY} is set), so that how far a
 * case shrinks cannot change from run to run. Implementing classes add
 * {@code @AddLifecycleHook(ContractViolations.Hook.class)}: jqwik does not take hooks from interfaces.
 */
interface ContractViolations {
    int MAX_SHRUNK_ITEMS = 4;
    int MAX_SHRUNK_EVENTS = 12;
    String SEED = "20261206";

    /**
     * The properties that must fail, each with a fragment of the message it must fail with.
     *
     * @return property method name to message fragment
     */
    Map<String, String> mustFail();

    /**
     * Message fragments with which any other property may fail too, because the defect shows there as well.
     *
     * @return the fragments; empty when every other property must pass
     */
    default List<String> othersMayFailWith() {
        return List.of();
    }

    /** Checks each contract property's outcome against the expectations. */
    final class Hook implements AroundPropertyHook {
        @Override
        public PropagationMode propagateTo() {
            return PropagationMode.DIRECT_DESCENDANTS;
        }

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            ContractViolations expected = (ContractViolations) context.testInstance();
            String name = context.targetMethod().getName();
            String where = context.containerClass().getSimpleName() + "." + name;
            String override = System.getProperty(ExpectShrunk.SEED_PROPERTY);
            if (override != null) {
                context.attributes().setSeed(override);
            } else if (context.attributes().seed().isEmpty()) {
                context.attributes().setSeed(SEED);
            }
            // shrinking is not cut short on a busy machine, so how far a case shrinks does not depend on the load
            context.attributes().setShrinking(ShrinkingMode.FULL);
            PropertyExecutionResult result = property.execute();
            String fragment = expected.mustFail().get(name);
            if (result.status() != PropertyExecutionResult.Status.FAILED) {
                return fragment == null
                        ? result
                        : result.mapToFailed("the contract must catch the broken strategy in " + where + " (\""
                                + fragment + "\"), but the property " + result.status());
            }
            String message = result.throwable().map(Throwable::getMessage).orElse("");
            boolean target = fragment != null;
            if (!target) {
                fragment = expected.othersMayFailWith().stream()
                        .filter(message::contains)
                        .findFirst()
                        .orElse(null);
                if (fragment == null) {
                    return result.mapToFailed(new AssertionError(
                            where + " must pass for this strategy, but failed: " + message,
                            result.throwable().orElse(null)));
                }
            }
            if (!message.contains(fragment)) {
                return result.mapToFailed(new AssertionError(
                        where + " failed for the wrong reason: expected \"" + fragment + "\" in \"" + message + "\"",
                        result.throwable().orElse(null)));
            }
            Optional<String> tooBig = !target
                    ? Optional.empty()
                    : result.shrunkSample()
                            .flatMap(sample -> sample.parameters().stream()
                                    .map(Hook::tooBig)
                                    .flatMap(Optional::stream)
                                    .findFirst());
            if (tooBig.isPresent()) {
                return result.mapToFailed(where + " failed as expected, but shrank only to " + tooBig.get());
            }
            return result.mapToSuccessful();
        }

        private static Optional<String> tooBig(Object parameter) {
            if (parameter instanceof ScoringCase scoringCase) {
                EvidenceLog log = scoringCase.log();
                return log.size() > MAX_SHRUNK_ITEMS ? Optional.of(log.toString()) : Optional.empty();
            }
            if (parameter instanceof GateCase gateCase) {
                return gateCase.venture().history().size() > MAX_SHRUNK_EVENTS
                        ? Optional.of(gateCase.toString())
                        : Optional.empty();
            }
            return Optional.empty();
        }
    }
}
