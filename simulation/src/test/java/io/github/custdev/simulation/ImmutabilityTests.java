package io.github.custdev.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the module's exported packages is immutable in its shape (ThreeTen's {@code assertImmutable}):
 * its instance fields are all private and final. The classes are found by scanning the compiled module, whose
 * {@code module-info.class} names the exported packages, so a type added later is checked without editing this test.
 */
class ImmutabilityTests {

    @Test
    void everyPublicTypeHasOnlyPrivateFinalFields() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(
                Sweep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> exported;
        try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
            exported = ModuleDescriptor.read(in).exports().stream()
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet());
        }
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.equals("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, Sweep.class.getClassLoader());
                if (exported.contains(type.getPackageName()) && isPublic(type)) {
                    types.add(type);
                }
            }
        }
        assertTrue(types.contains(Sweep.class) && types.contains(Summary.class), "the scan finds the runner: " + types);
        assertTrue(types.size() >= 20, "the scan finds the exported packages' types: " + types);
        for (Class<?> type : types) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
                    continue;
                }
                assertTrue(
                        Modifier.isPrivate(modifiers) && Modifier.isFinal(modifiers),
                        type.getName() + "." + field.getName() + " must be private and final");
            }
        }
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
