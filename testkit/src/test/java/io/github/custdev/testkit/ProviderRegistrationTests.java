package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.Commitment;
import io.github.custdev.CriterionResult;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.GateTrace;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotDecision;
import io.github.custdev.PrematureScaling;
import io.github.custdev.Rejection;
import io.github.custdev.Risk;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.SpentBudgetPolicy;
import io.github.custdev.Statement;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.WeightedCriterion;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.ReferralGrowth;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.BayesianScoring;
import io.github.custdev.scoring.FixedSampleScoring;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.MeanScoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.SeanEllisScoring;
import io.github.custdev.scoring.SequentialScoring;
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
import java.util.Random;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
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

    @Property(tries = 3, edgeCases = EdgeCasesMode.NONE)
    void jqwikGeneratesEveryAudienceGrowthAndStrategyTypeForABareForAll(
            @ForAll UnitEconomics economics,
            @ForAll Conversion conversion,
            @ForAll Audience audience,
            @ForAll Viability viability,
            @ForAll SmallestViableAudience choice,
            @ForAll BassDiffusion diffusion,
            @ForAll ReferralGrowth referral,
            @ForAll BayesianScoring bayesian,
            @ForAll SequentialScoring sequential,
            @ForAll FixedSampleScoring fixedSample,
            @ForAll SeanEllisScoring seanEllis,
            @ForAll MeanScoring mean,
            @ForAll ScoringStrategy strategy) {
        for (Object value : List.of(
                economics,
                conversion,
                audience,
                viability,
                choice,
                diffusion,
                referral,
                bayesian,
                sequential,
                fixedSample,
                seanEllis,
                mean,
                strategy)) {
            assertNotNull(value);
        }
    }

    @Property(tries = 3, edgeCases = EdgeCasesMode.NONE)
    void jqwikGeneratesEveryGateTypeForABareForAll(
            @ForAll Runway runway,
            @ForAll Role role,
            @ForAll PrematureScaling prematureScaling,
            @ForAll Risk risk,
            @ForAll EvidenceBudget budget,
            @ForAll SpentBudgetPolicy policy,
            @ForAll GateCriterion criterion,
            @ForAll GateCriterion.HypothesisSupported hypothesisCriterion,
            @ForAll GateCriterion.AreaSupported areaCriterion,
            @ForAll GateCriterion.AudienceViable audienceCriterion,
            @ForAll WeightedCriterion weighted,
            @ForAll PhaseGate gate,
            @ForAll GateCase gateCase,
            @ForAll GateDecision decision,
            @ForAll GateDecision.Proceed proceed,
            @ForAll GateDecision.Pivot pivot,
            @ForAll GateDecision.Persevere persevere,
            @ForAll GateDecision.Kill kill,
            @ForAll GateTrace trace,
            @ForAll CriterionResult result,
            @ForAll PivotDecision pivotDecision) {
        for (Object value : List.of(
                runway,
                role,
                prematureScaling,
                risk,
                budget,
                policy,
                criterion,
                hypothesisCriterion,
                areaCriterion,
                audienceCriterion,
                weighted,
                gate,
                gateCase,
                decision,
                proceed,
                pivot,
                persevere,
                kill,
                trace,
                result,
                pivotDecision)) {
            assertNotNull(value);
        }
    }

    @Property(tries = 3, edgeCases = EdgeCasesMode.NONE)
    void jqwikGeneratesEveryVentureTypeForABareForAll(
            @ForAll Venture venture,
            @ForAll InvalidEventSequence invalid,
            @ForAll Rejection rejection,
            @ForAll VentureEvent event,
            @ForAll VentureEvent.Founded founded,
            @ForAll VentureEvent.HypothesisStated stated,
            @ForAll VentureEvent.EvidenceRecorded recorded,
            @ForAll VentureEvent.GateEvaluated evaluated,
            @ForAll VentureEvent.Pivoted pivoted,
            @ForAll VentureEvent.PhaseAdvanced advanced,
            @ForAll VentureEvent.RoleHired hired,
            @ForAll VentureEvent.AudienceChosen chosen,
            @ForAll VentureEvent.Closed closed) {
        for (Object value : List.of(
                venture, invalid, rejection, event, founded, stated, recorded, evaluated, pivoted, advanced, hired,
                chosen, closed)) {
            assertNotNull(value);
        }
    }

    /** Every type the provider names is generated through jqwik's own lookup, as a bare {@code @ForAll} is. */
    @Example
    void jqwikFindsAGeneratorForEveryProvidedType() {
        Random random = new Random(11);
        for (Class<?> type : CustDevArbitraryProvider.providedTypes()) {
            Arbitrary<?> arbitrary = Arbitraries.defaultFor(type);
            Object value = arbitrary.generator(10).next(random).value();
            assertTrue(type.isInstance(value), type.getName() + " generated " + value);
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
