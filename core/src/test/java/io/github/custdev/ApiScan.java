package io.github.custdev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compiled core module, scanned: the packages its {@code module-info.class} exports and every class in them, so
 * that a type added later is checked by the tests that use this scan without editing them. Works on the module path
 * and on the class path (from a directory or a jar).
 */
final class ApiScan {
    private static final ApiScan CORE = scan();

    /** The packages exported to everyone. */
    final Set<String> exported;

    /** Every class of the exported packages, public or not, nested ones included. */
    final List<Class<?>> classes;

    private ApiScan(Set<String> exported, List<Class<?>> classes) {
        this.exported = Collections.unmodifiableSet(exported);
        this.classes = Collections.unmodifiableList(classes);
    }

    /** The scan of core, done once. */
    static ApiScan core() {
        return CORE;
    }

    /** The public types of the API: public, and every enclosing class public too. */
    List<Class<?>> apiTypes() {
        return classes.stream().filter(ApiScan::isApi).collect(Collectors.toList());
    }

    /** Public, and reachable: every enclosing class is public too. */
    static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isSynthetic();
    }

    private static ApiScan scan() {
        try {
            Path location = Path.of(Hypothesis.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(location)) {
                return scan(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return scan(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiScan scan(Path root) throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        if (!descriptor.name().equals("io.github.custdev.core")) {
            throw new IllegalStateException("not core's module-info: " + descriptor.name());
        }
        Set<String> exported = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Class<?>> classes = new ArrayList<>();
        for (String pkg : exported) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".class") && !name.equals("package-info.class")) {
                        classes.add(load(pkg + '.' + name.substring(0, name.length() - ".class".length())));
                    }
                }
            }
        }
        return new ApiScan(exported, classes);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Hypothesis.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
