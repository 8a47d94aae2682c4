package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.testkit.internal.CustDevArbitraryProvider;
import io.github.custdev.testkit.internal.CustDevReportingFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.SampleReportingFormat;
import net.jqwik.api.configurators.ArbitraryConfigurator;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.ArbitraryProvider;
import org.apiguardian.api.API;

/**
 * The jqwik domain of custdev: name it on a property or a container with {@code @Domain(CustDevDomain.class)} to
 * generate every custdev value type, with jqwik's own generators for everything else.
 *
 * <p>The test kit registers its generators with jqwik globally (through the service loader), so {@code @ForAll
 * Hypothesis} works without this domain. Naming the domain states the dependency where it is used, and keeps it
 * when a suite replaces the global context with domains of its own. Unlike a plain jqwik domain, this one keeps
 * jqwik's built-in generators ({@code int}, {@code String}, {@code List}, ...) available; custdev's generators take
 * precedence over jqwik's defaults for custdev's types. Logs and scoring cases are reported item by item.
 *
 * <pre>{@code
 * @Property
 * @Domain(CustDevDomain.class)
 * void summaryCountsEveryItem(@ForAll EvidenceLog log, @ForAll @IntRange(max = 5) int top) { ... }
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public class CustDevDomain extends DomainContextBase {

    /** Higher than jqwik's defaults, so that custdev's generators win for custdev's types. */
    private static final int PRIORITY = 10;

    /** Creates the domain; jqwik calls this when a property names it. */
    public CustDevDomain() {}

    @Override
    public List<ArbitraryProvider> getArbitraryProviders() {
        List<ArbitraryProvider> providers = new ArrayList<>();
        providers.add(new Prioritised(new CustDevArbitraryProvider()));
        providers.addAll(DomainContext.global().getArbitraryProviders());
        return providers;
    }

    @Override
    public List<ArbitraryConfigurator> getArbitraryConfigurators() {
        return new ArrayList<>(DomainContext.global().getArbitraryConfigurators());
    }

    @Override
    public Collection<SampleReportingFormat> getReportingFormats() {
        List<SampleReportingFormat> formats = new ArrayList<>();
        formats.add(new CustDevReportingFormat());
        formats.addAll(DomainContext.global().getReportingFormats());
        return formats;
    }

    /** A provider with this domain's priority. */
    private static final class Prioritised implements ArbitraryProvider {
        private final ArbitraryProvider provider;

        Prioritised(ArbitraryProvider provider) {
            this.provider = provider;
        }

        @Override
        public boolean canProvideFor(net.jqwik.api.providers.TypeUsage targetType) {
            return provider.canProvideFor(targetType);
        }

        @Override
        public java.util.Set<net.jqwik.api.Arbitrary<?>> provideFor(
                net.jqwik.api.providers.TypeUsage targetType, SubtypeProvider subtypeProvider) {
            return provider.provideFor(targetType, subtypeProvider);
        }

        @Override
        public int priority() {
            return PRIORITY;
        }
    }
}
