package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.testkit.internal.CustDevArbitraryProvider;
import io.github.custdev.testkit.internal.CustDevReportingFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.SampleReportingFormat;
import net.jqwik.api.providers.ArbitraryProvider;

/**
 * The generators are registered with jqwik both ways, and jqwik finds them in whichever way these tests run: on the
 * module path through the module's {@code provides} clauses (where {@code META-INF/services} is ignored), on the
 * class path through {@code META-INF/services} (where {@code module-info} is ignored). The build runs these tests
 * both ways.
 */
class ProviderRegistrationTests {
    private static final String PROVIDERS = "META-INF/services/" + ArbitraryProvider.class.getName();
    private static final String FORMATS = "META-INF/services/" + SampleReportingFormat.class.getName();

    @Property(tries = 5)
    void jqwikGeneratesEveryCustDevTypeForABareForAll(
            @ForAll HypothesisId id,
            @ForAll Source source,
            @ForAll BetaPrior prior,
            @ForAll StrengthWeights weights,
            @ForAll SuccessCriterion criterion,
            @ForAll Hypothesis hypothesis,
            @ForAll Evidence evidence,
            @ForAll Statement statement,
            @ForAll Behaviour behaviour,
            @ForAll Commitment commitment,
            @ForAll SeanEllisTally tally,
            @ForAll Measurement measurement,
            @ForAll EvidenceLog log,
            @ForAll EvidenceStatistics statistics,
            @ForAll Interval interval,
            @ForAll Assessment assessment,
            @ForAll ScoringCase scoringCase) {
        for (Object value : List.of(
                id,
                source,
                prior,
                weights,
                criterion,
                hypothesis,
                evidence,
                statement,
                behaviour,
                commitment,
                tally,
                measurement,
                log,
                statistics,
                interval,
                assessment,
                scoringCase)) {
            assertNotNull(value);
        }
    }

    @Example
    void theProviderIsRegisteredTheWayThisRunLoadsModules() throws IOException {
        Module module = CustDevArbitraryProvider.class.getModule();
        if (module.isNamed()) {
            ModuleDescriptor descriptor = module.getDescriptor();
            assertEquals("io.github.custdev.testkit", descriptor.name());
            assertTrue(
                    providers(descriptor, ArbitraryProvider.class).contains(CustDevArbitraryProvider.class.getName()),
                    "module-info must provide the arbitrary provider: " + descriptor.provides());
            assertTrue(
                    providers(descriptor, SampleReportingFormat.class).contains(CustDevReportingFormat.class.getName()),
                    "module-info must provide the reporting format: " + descriptor.provides());
            module.addUses(ArbitraryProvider.class);
        } else {
            assertEquals(List.of(CustDevArbitraryProvider.class.getName()), serviceEntries(PROVIDERS));
            assertEquals(List.of(CustDevReportingFormat.class.getName()), serviceEntries(FORMATS));
        }
        List<String> loaded = ServiceLoader.load(ArbitraryProvider.class).stream()
                .map(provider -> provider.type().getName())
                .collect(Collectors.toList());
        assertTrue(
                loaded.contains(CustDevArbitraryProvider.class.getName()),
                (module.isNamed() ? "module path" : "class path") + ": the service loader must find the provider, "
                        + "found " + loaded);
    }

    @Example
    void bothRegistrationsArePackaged() throws IOException {
        assertEquals(List.of(CustDevArbitraryProvider.class.getName()), serviceEntries(PROVIDERS));
        assertEquals(List.of(CustDevReportingFormat.class.getName()), serviceEntries(FORMATS));
        assertFalse(CustDevArbitraryProvider.providedTypes().isEmpty());
    }

    private static List<String> providers(ModuleDescriptor descriptor, Class<?> service) {
        return descriptor.provides().stream()
                .filter(p -> p.service().equals(service.getName()))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toList());
    }

    /** The entries of the test kit's own service file, not those of other jars on the path. */
    private static List<String> serviceEntries(String resource) throws IOException {
        String home = CustDevArbitraryProvider.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();
        URL own = null;
        for (URL url : Collections.list(ClassLoader.getSystemClassLoader().getResources(resource))) {
            if (url.toString().startsWith(home)) {
                own = url;
            }
        }
        assertNotNull(own, resource + " must be packaged with the test kit at " + home);
        List<String> entries = new ArrayList<>();
        try (InputStream in = own.openStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(entries::add);
        }
        return entries;
    }
}
