package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of the packages io.github.custdev.simulation's {@code module-info} exports says how far a user may rely on
 * it (apiguardian's {@link API}), so that a type added later without a status fails here. The scan reads the compiled
 * module descriptor and walks the exported packages' class files, from a directory or a jar, on the module path and
 * on the class path alike.
 */
class ApiStatusTests {
    private static final Set<API.Status> ALLOWED = EnumSet.of(STABLE, EXPERIMENTAL, INTERNAL);

    @Test
    void theScanSeesEveryExportedPackage() throws Exception {
        Set<String> exported = exported(root());
        assertTrue(
                exported.containsAll(Set.of(
                        "io.github.custdev.simulation",
                        "io.github.custdev.simulation.journey",
                        "io.github.custdev.simulation.nk")),
                () -> "exported: " + exported);
        List<Class<?>> types = exportedTypes();
        assertTrue(types.contains(Sweep.class), () -> "the scan misses Sweep: " + types);
        assertTrue(types.size() >= 35, () -> "only " + types.size() + " exported types found: " + types);
    }

    @Test
    void everyExportedTypeHasAnApiStatus() throws Exception {
        List<String> missing = exportedTypes().stream()
                .filter(type -> type.getAnnotation(API.class) == null)
                .map(Class::getName)
                .collect(Collectors.toList());
        assertEquals(List.of(), missing, "exported public types without @API(status = ..., since = ...)");
    }

    @Test
    void everyStatusIsStableExperimentalOrInternalSinceAVersion() throws Exception {
        List<String> wrong = exportedTypes().stream()
                .filter(type -> type.getAnnotation(API.class) != null)
                .filter(type -> !ALLOWED.contains(type.getAnnotation(API.class).status())
                        || !type.getAnnotation(API.class).since().equals("0.1.0"))
                .map(type -> type.getName() + ": " + type.getAnnotation(API.class))
                .collect(Collectors.toList());
        assertEquals(List.of(), wrong);
    }

    @Test
    void theExperimentalTypesAreTheDocumentedOnes() throws Exception {
        Set<String> experimental = exportedTypes().stream()
                .filter(type -> type.getAnnotation(API.class) != null)
                .filter(type -> type.getAnnotation(API.class).status() == EXPERIMENTAL)
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        // The whole workbench is experimental while its models are still being added (see package-info).
        assertEquals(
                exportedTypes().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new)),
                experimental);
    }

    /** The public top-level types of the exported packages. */
    private static List<Class<?>> exportedTypes() throws Exception {
        Path root = root();
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : exported(root)) {
            try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
                for (Path file : files.sorted().collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".class") && !name.equals("package-info.class") && !name.contains("$")) {
                        Class<?> type = Class.forName(
                                pkg + '.' + name.substring(0, name.length() - ".class".length()),
                                false,
                                Sweep.class.getClassLoader());
                        if (Modifier.isPublic(type.getModifiers())) {
                            types.add(type);
                        }
                    }
                }
            }
        }
        return types;
    }

    private static Set<String> exported(Path root) throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("io.github.custdev.simulation", descriptor.name());
        return descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Where the module's classes are: a directory, or the root of its jar. */
    private static Path root() throws IOException, URISyntaxException {
        Path location = Path.of(
                Sweep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return location;
        }
        @SuppressWarnings("resource") // the jar stays open for the classes read from it
        FileSystem jar = FileSystems.newFileSystem(location);
        return jar.getPath("/");
    }
}
