package io.github.custdev.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the exported package says how far a user may rely on it (apiguardian's {@link API}), and the
 * module exports that package only, so that a type added later without a status fails here.
 */
class ApiStatusTests {
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
        Path classes = Path.of(CustDevModule.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path dir = classes.resolve("io/github/custdev/jackson");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                    .map(n -> "io.github.custdev.jackson." + n.substring(0, n.length() - ".class".length()))
                    .map(ApiStatusTests::load)
                    .filter(type -> Modifier.isPublic(type.getModifiers()))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyPublicTypeIsExperimentalSinceTheFirstRelease() throws Exception {
        List<Class<?>> types = publicTypes();
        Set<String> names = types.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("Builder", "CustDevModule", "InvalidDocumentException"), names);
        for (Class<?> type : types) {
            API api = type.getAnnotation(API.class);
            assertEquals(API.Status.EXPERIMENTAL, api == null ? null : api.status(), type.getName());
            assertEquals("0.1.0", api.since(), type.getName());
        }
    }

    @Test
    void theModuleExportsItsApiPackageOnly() {
        Module module = CustDevModule.class.getModule();
        if (module.isNamed()) {
            assertEquals(
                    Set.of("io.github.custdev.jackson"),
                    module.getDescriptor().exports().stream()
                            .map(java.lang.module.ModuleDescriptor.Exports::source)
                            .collect(Collectors.toSet()));
        }
    }
}
