package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Hypothesis;
import io.github.custdev.testkit.internal.CustDevArbitraryProvider;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/**
 * Every public value type of custdev's core has a generator: a guard that fails when core gains a value type that the
 * test kit does not generate. Value types are the public classes of the exported packages, the members of sealed
 * families and the sealed interfaces themselves; not value types are enums, exceptions, annotations, builders,
 * factories (classes of static methods only, such as {@code Scoring}) and plug-in interfaces (those the caller
 * implements, such as {@code ScoringStrategy}; the test kit generates the built-in ones anyway).
 */
class GeneratorCoverageTests {

    /**
     * Public types of core that are deliberately not generated, with the reason; each reason must say why, never
     * "pending". Empty: every value type of core has a generator.
     */
    private static final Map<String, String> NOT_GENERATED = Map.of();

    @Example
    void everyPublicValueTypeOfCoreHasAGenerator() throws IOException, URISyntaxException {
        Set<String> valueTypes = new TreeSet<>();
        for (Class<?> type : publicTypesOfCore()) {
            if (isValueType(type) && !NOT_GENERATED.containsKey(type.getName())) {
                valueTypes.add(type.getName());
            }
        }
        Set<String> missing = new TreeSet<>(valueTypes);
        missing.removeAll(generatedTypesOfCore());
        assertEquals(
                Set.of(),
                missing,
                "value types of core without a generator: add each to CustDevArbitraryProvider (and a factory"
                        + " method to CustDevArbitraries), or to NOT_GENERATED here with the reason");
    }

    @Example
    void nothingIsLeftPending() {
        NOT_GENERATED.forEach((type, reason) -> assertTrue(
                !reason.isBlank() && !reason.toLowerCase(Locale.ROOT).contains("pending"),
                type + " must have a reason not to be generated, not \"" + reason + "\""));
    }

    @Example
    void theGuardSeesTheTypesItMustSee() throws IOException, URISyntaxException {
        Set<String> valueTypes = new TreeSet<>();
        for (Class<?> type : publicTypesOfCore()) {
            if (isValueType(type)) {
                valueTypes.add(type.getSimpleName());
            }
        }
        for (String expected : List.of(
                "Hypothesis", "GateTrace", "Viability", "Proceed", "Founded", "AudienceViable", "BayesianScoring")) {
            assertTrue(valueTypes.contains(expected), expected + " must count as a value type: " + valueTypes);
        }
        for (String notValue : List.of(
                "Builder",
                "Scoring",
                "SpentBudgetPolicies",
                "ScoringStrategy",
                "SpentBudgetPolicy",
                "InvalidValueException",
                "Phase",
                "Rule")) {
            assertFalse(valueTypes.contains(notValue), notValue + " must not count as a value type");
        }
    }

    private static Set<String> generatedTypesOfCore() {
        return CustDevArbitraryProvider.providedTypes().stream()
                .filter(type -> type.getModule().equals(Hypothesis.class.getModule())
                        || type.getPackageName().startsWith("io.github.custdev")
                                && !type.getPackageName().startsWith("io.github.custdev.testkit"))
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isValueType(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers())
                || type.isEnum()
                || type.isAnnotation()
                || Throwable.class.isAssignableFrom(type)
                || type.isAnonymousClass()
                || type.isSynthetic()) {
            return false;
        }
        for (Class<?> enclosing = type.getEnclosingClass();
                enclosing != null;
                enclosing = enclosing.getEnclosingClass()) {
            if (!Modifier.isPublic(enclosing.getModifiers())) {
                return false;
            }
        }
        if (type.getEnclosingClass() != null && type.getSimpleName().equals("Builder")) {
            return false;
        }
        if (type.isInterface()) {
            return type.isSealed();
        }
        return !isFactory(type);
    }

    /** A class of static methods only, with no public constructor: a factory like {@code Scoring}. */
    private static boolean isFactory(Class<?> type) {
        if (type.getConstructors().length > 0) {
            return false;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static Set<Class<?>> publicTypesOfCore() throws IOException, URISyntaxException {
        Path home = Path.of(Hypothesis.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleReference core = ModuleFinder.of(home).findAll().iterator().next();
        Set<String> exported = core.descriptor().exports().stream()
                .filter(e -> !e.isQualified())
                .map(e -> e.source())
                .collect(Collectors.toSet());
        Set<Class<?>> types = new java.util.HashSet<>();
        try (ModuleReader reader = core.open()) {
            for (String resource : reader.list().collect(Collectors.toList())) {
                if (!resource.endsWith(".class") || resource.equals("module-info.class")) {
                    continue;
                }
                String name = resource.substring(0, resource.length() - ".class".length())
                        .replace('/', '.');
                String packageName = name.substring(0, name.lastIndexOf('.'));
                if (!exported.contains(packageName)) {
                    continue;
                }
                try {
                    types.add(Class.forName(name, false, Hypothesis.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return types;
    }
}
