package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.StrengthWeights;
import io.github.custdev.Venture;
import io.github.custdev.audience.Audience;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.testkit.internal.CustDevReportingFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.SampleReportingFormat;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/** A property that names the custdev domain gets custdev's types, and jqwik's own keep working beside them. */
class CustDevDomainProperties {

    @Property(tries = 20)
    @Domain(CustDevDomain.class)
    void theDomainGeneratesCustDevTypesBesideJqwiksOwn(
            @ForAll Hypothesis hypothesis,
            @ForAll EvidenceLog log,
            @ForAll Assessment assessment,
            @ForAll ScoringCase scoringCase,
            @ForAll @IntRange(min = 1, max = 5) int top,
            @ForAll String text,
            @ForAll List<Integer> numbers) {
        assertTrue(top >= 1 && top <= 5);
        assertTrue(log.hypothesisIds().size() <= 3);
    }

    @Property(tries = 10)
    @Domain(CustDevDomain.class)
    void theDomainGeneratesJourneysGatesAndAudiences(
            @ForAll Venture venture,
            @ForAll GateCase gateCase,
            @ForAll GateDecision decision,
            @ForAll Audience audience,
            @ForAll InvalidEventSequence invalid,
            @ForAll @IntRange(min = 0, max = 3) int index) {
        assertTrue(Venture.replay(venture.history()).isRight());
        assertEquals(gateCase.gate().phase(), gateCase.venture().phase());
        assertTrue(Venture.replay(invalid.events()).isLeft());
    }

    @Example
    void venturesGateCasesAndInvalidSequencesAreReportedEventByEvent() {
        SampleReportingFormat format = new CustDevReportingFormat();
        Venture venture = GeneratorProperties.sample(CustDevArbitraries.ventures(), 3);
        Map<?, ?> report = (Map<?, ?>) format.report(venture);
        assertEquals(venture.history().asJava(), report.get("history"));
        GateCase gateCase = GeneratorProperties.sample(CustDevArbitraries.gateCases(), 3);
        Map<?, ?> gateReport = (Map<?, ?>) format.report(gateCase);
        assertEquals(gateCase.at(), gateReport.get("at"));
        assertEquals(format.report(gateCase.venture()), gateReport.get("venture"));
        InvalidEventSequence sequence = GeneratorProperties.sample(CustDevArbitraries.invalidEventSequences(), 3);
        List<?> events = (List<?>) format.report(sequence);
        assertEquals(sequence.events().size(), events.size());
        for (int position : sequence.invalidPositions()) {
            assertTrue(events.get(position).toString().startsWith("INVALID ("), events.get(position)::toString);
        }
    }

    @Example
    void theDomainsProvidersOutrankJqwiksDefaults() {
        List<ArbitraryProvider> providers = new CustDevDomain().getArbitraryProviders();
        ArbitraryProvider first = providers.get(0);
        assertTrue(first.canProvideFor(TypeUsage.of(Hypothesis.class)));
        assertTrue(first.priority() > 0, "custdev's generators must win over jqwik's defaults");
        assertTrue(providers.stream().anyMatch(p -> p.canProvideFor(TypeUsage.of(Integer.class))));
    }

    @Example
    void theDomainReportsLogsItemByItem() {
        assertTrue(new CustDevDomain()
                .getReportingFormats().stream().anyMatch(format -> format instanceof CustDevReportingFormat));
    }

    @Example
    void logsAreReportedItemByItemAndWithTheirWeights() {
        SampleReportingFormat format = new CustDevReportingFormat();
        EvidenceLog log = GeneratorProperties.sample(CustDevArbitraries.logs().ofSize(3, 3), 5);
        assertTrue(format.appliesTo(log));
        assertEquals(log.evidence().asJava(), format.report(log));
        EvidenceLog weighted = log.withWeights(StrengthWeights.of(1, 4, 16));
        Map<?, ?> report = (Map<?, ?>) format.report(weighted);
        assertEquals(StrengthWeights.of(1, 4, 16), report.get("weights"));
        assertEquals(log.evidence().asJava(), report.get("evidence"));
        assertEquals("EvidenceLog", format.label(log).orElseThrow());
    }

    @Example
    void scoringCasesAreReportedWithTheirHypothesisAndLog() {
        SampleReportingFormat format = new CustDevReportingFormat();
        ScoringCase scoringCase =
                GeneratorProperties.sample(CustDevArbitraries.scoringCases().ofSize(2, 2), 6);
        Map<?, ?> report = (Map<?, ?>) format.report(scoringCase);
        assertEquals(scoringCase.hypothesis(), report.get("hypothesis"));
        assertEquals(format.report(scoringCase.log()), report.get("log"));
        for (Evidence item : scoringCase.evidence()) {
            assertTrue(scoringCase.toString().contains(item.toString()), "the case's text lists every item");
        }
    }
}
