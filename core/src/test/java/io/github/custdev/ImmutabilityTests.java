package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every type of the published API is immutable in its shape (ThreeTen's {@code assertImmutable}): its instance
 * fields, and those of its generated implementations and of the custdev types it holds, are all private and final;
 * and no generated {@code Immutable*} class leaks into a public signature.
 *
 * <p>The classes are found by scanning the compiled module (its {@code module-info.class} names the exported
 * packages), so a type added later is checked without editing this test.
 */
class ImmutabilityTests {
    /** Public types that must be found by the scan: a guard against a scan that silently finds nothing. */
    private static final List<Class<?>> KNOWN = List.of(
            Phase.class,
            Mode.class,
            BusinessModelArea.class,
            Strength.class,
            HypothesisId.class,
            Source.class,
            BetaPrior.class,
            SuccessCriterion.class,
            SuccessCriterion.Metric.class,
            SuccessCriterion.Comparison.class,
            Hypothesis.class,
            Hypothesis.Builder.class,
            Evidence.class,
            Statement.class,
            Statement.Stance.class,
            Behaviour.class,
            Commitment.class,
            Commitment.Kind.class,
            SeanEllisTally.class,
            Measurement.class,
            CohortObservation.class,
            ReferralObservation.class,
            DemandStatistics.class,
            StrengthWeights.class,
            EvidenceStatistics.class,
            EvidenceLog.class,
            CustDevException.class,
            InvalidValueException.class,
            io.github.custdev.scoring.ScoringStrategy.class,
            io.github.custdev.scoring.Assessment.class,
            io.github.custdev.scoring.Assessment.Builder.class,
            io.github.custdev.scoring.Verdict.class,
            io.github.custdev.scoring.Interval.class,
            io.github.custdev.scoring.Interval.Kind.class);

    private static final Set<String> exported = ApiScan.core().exported;
    private static final List<Class<?>> classes = ApiScan.core().classes;

    /** A mutable builder, which the immutability rule does not cover (builders are documented as such). */
    private static boolean isBuilder(Class<?> type) {
        return type.getSimpleName().equals("Builder")
                && Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("build"));
    }

    private static List<Class<?>> apiTypes() {
        return ApiScan.core().apiTypes();
    }

    @Test
    void theModuleExportsTheApiPackagesAndNothingElse() {
        assertEquals(
                Set.of(
                        "io.github.custdev",
                        "io.github.custdev.scoring",
                        "io.github.custdev.audience",
                        "io.github.custdev.demand"),
                exported);
        assertFalse(exported.contains("io.github.custdev.internal"));
    }

    @Test
    @Tag("module-path") // left out of mutation testing, which runs on the class path only
    void onTheModulePathTheInternalPackageIsNotExported() {
        Module module = Hypothesis.class.getModule();
        assumeTrue(module.isNamed(), "runs on the module path only");
        assertEquals("io.github.custdev.core", module.getName());
        assertTrue(module.isExported("io.github.custdev"));
        assertTrue(module.isExported("io.github.custdev.scoring"));
        assertTrue(module.getPackages().contains("io.github.custdev.internal"));
        assertFalse(module.isExported("io.github.custdev.internal"));
    }

    @Test
    void theScanFindsEveryKnownPublicType() {
        List<Class<?>> api = apiTypes();
        List<String> missing =
                KNOWN.stream().filter(c -> !api.contains(c)).map(Class::getName).collect(Collectors.toList());
        assertEquals(List.of(), missing, "public types the scan did not find");
    }

    @Test
    void everyApiTypeAndEveryImplementationOfOneHasOnlyPrivateFinalInstanceFields() {
        List<Class<?>> api = apiTypes();
        // the API types, and every class of the exported packages that extends or implements one of them: the
        // generated Immutable* classes, and any private implementation a factory returns
        Set<Class<?>> checked = new LinkedHashSet<>();
        for (Class<?> type : classes) {
            boolean implementsApi = api.stream().anyMatch(a -> a != type && a.isAssignableFrom(type));
            if ((api.contains(type) || implementsApi) && !isBuilder(type)) {
                checked.add(type);
            }
        }
        assertTrue(
                checked.stream().anyMatch(c -> c.getSimpleName().equals("ImmutableHypothesis")),
                "the generated implementations are checked: " + checked);
        // and the custdev types their fields hold (EvidenceLog's tracks, EvidenceStatistics' tallies), transitively
        Deque<Class<?>> queue = new ArrayDeque<>(checked);
        while (!queue.isEmpty()) {
            for (Field field : instanceFields(queue.pop())) {
                for (Class<?> held : custdevTypesIn(field.getGenericType())) {
                    if (checked.add(held)) {
                        queue.add(held);
                    }
                }
            }
        }
        List<String> offending = new ArrayList<>();
        for (Class<?> type : checked) {
            for (Field field : instanceFields(type)) {
                int modifiers = field.getModifiers();
                boolean memo = (field.getDeclaringClass() == io.github.custdev.internal.Memo.class
                                        && field.getName().equals("value")
                                || field.getDeclaringClass().getName().equals(EvidenceLog.class.getName() + "$Track")
                                        && field.getName().equals("assessed"))
                        && Modifier.isPrivate(modifiers)
                        && Modifier.isVolatile(modifiers);
                // the two exceptions: a memo's volatile cell, and the assessment an evidence log keeps with a
                // hypothesis's track; each holds what a pure function returns once computed (so every read sees an
                // equal value), and no caller can set either
                if (!memo && (!Modifier.isPrivate(modifiers) || !Modifier.isFinal(modifiers))) {
                    offending.add(type.getName() + '.' + field.getName() + " is " + Modifier.toString(modifiers));
                }
            }
        }
        assertEquals(List.of(), offending, "instance fields that are not private final");
        assertTrue(checked.size() > KNOWN.size(), "checked " + checked);
    }

    @Test
    void concreteApiTypesCannotBeSubclassedByUsers() {
        List<String> open = new ArrayList<>();
        for (Class<?> type : apiTypes()) {
            if (type.isInterface()
                    || type.isEnum()
                    || Throwable.class.isAssignableFrom(type)
                    || Modifier.isFinal(type.getModifiers())) {
                continue;
            }
            // an abstract value type: only the package (and so only the generated implementation) may extend it
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                int modifiers = constructor.getModifiers();
                if (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) {
                    open.add(constructor.toString());
                }
            }
        }
        assertEquals(List.of(), open, "constructors that let users subclass a value type");
        assertTrue(Evidence.class.isSealed(), "the evidence family is closed");
        assertEquals(
                Set.of(
                        Statement.class,
                        Behaviour.class,
                        Commitment.class,
                        SeanEllisTally.class,
                        Measurement.class,
                        CohortObservation.class,
                        ReferralObservation.class),
                Set.of(Evidence.class.getPermittedSubclasses()));
    }

    @Test
    void noPublicSignatureNamesAGeneratedImmutableClass() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : apiTypes()) {
            Type superclass = type.getGenericSuperclass();
            if (superclass != null && ApiScan.isApi(type.getSuperclass()) && mentionsImmutable(superclass)) {
                leaks.add(type.getName() + " extends " + superclass.getTypeName());
            }
            for (Type face : type.getGenericInterfaces()) {
                if (mentionsImmutable(face)) {
                    leaks.add(type.getName() + " implements " + face.getTypeName());
                }
            }
            List<Executable> members = new ArrayList<>(Arrays.asList(type.getMethods()));
            members.addAll(Arrays.asList(type.getConstructors()));
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isProtected(method.getModifiers())) {
                    members.add(method);
                }
            }
            for (Executable member : members) {
                List<Type> types = new ArrayList<>(Arrays.asList(member.getGenericParameterTypes()));
                types.addAll(Arrays.asList(member.getGenericExceptionTypes()));
                types.addAll(Arrays.asList(member.getTypeParameters()));
                if (member instanceof Method method) {
                    types.add(method.getGenericReturnType());
                }
                if (types.stream().anyMatch(ImmutabilityTests::mentionsImmutable)) {
                    leaks.add(type.getName() + ": " + member.toGenericString());
                }
            }
            for (Field field : type.getFields()) {
                if (mentionsImmutable(field.getGenericType())) {
                    leaks.add(type.getName() + ": " + field.toGenericString());
                }
            }
        }
        assertEquals(List.of(), leaks, "public signatures that name a generated class");
        assertTrue(
                apiTypes().stream().noneMatch(c -> c.getSimpleName().startsWith("Immutable")),
                "no generated class is public");
    }

    private static List<Field> instanceFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        // declared fields of the class and of its superclasses up to the library's boundary (not RuntimeException)
        for (Class<?> c = type; c != null && c.getName().startsWith("io.github.custdev."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Set<Class<?>> custdevTypesIn(Type type) {
        Set<Class<?>> found = new LinkedHashSet<>();
        collect(type, found, new LinkedHashSet<>());
        found.removeIf(c -> !c.getName().startsWith("io.github.custdev.") || c.isEnum() || c.isInterface());
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            found.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), found, seen);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, found, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                collect(bound, found, seen);
            }
            for (Type bound : w.getLowerBounds()) {
                collect(bound, found, seen);
            }
        } else if (type instanceof GenericArrayType genericArrayType) {
            collect(genericArrayType.getGenericComponentType(), found, seen);
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                collect(bound, found, seen);
            }
        }
    }

    private static boolean mentionsImmutable(Type type) {
        Set<Class<?>> found = new LinkedHashSet<>();
        collect(type, found, new LinkedHashSet<>());
        for (Class<?> c : found) {
            for (Class<?> outer = c; outer != null; outer = outer.getEnclosingClass()) {
                if (outer.getSimpleName().startsWith("Immutable")) {
                    return true;
                }
            }
        }
        return false;
    }
}
