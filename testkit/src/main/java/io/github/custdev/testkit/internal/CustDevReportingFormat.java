package io.github.custdev.testkit.internal;

import io.github.custdev.EvidenceLog;
import io.github.custdev.testkit.ScoringCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.SampleReportingFormat;

/**
 * Shows evidence logs and scoring cases in jqwik's reports item by item, so that a shrunk counterexample can be read
 * without a debugger: a log's own text only counts its items.
 */
public final class CustDevReportingFormat implements SampleReportingFormat {

    /** Creates the format; jqwik calls this through the service loader. */
    public CustDevReportingFormat() {}

    @Override
    public boolean appliesTo(Object value) {
        return value instanceof EvidenceLog || value instanceof ScoringCase;
    }

    @Override
    public Optional<String> label(Object value) {
        return Optional.of(value instanceof EvidenceLog ? "EvidenceLog" : "ScoringCase");
    }

    @Override
    public Object report(Object value) {
        if (value instanceof ScoringCase) {
            ScoringCase scoringCase = (ScoringCase) value;
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("hypothesis", scoringCase.hypothesis());
            report.put("log", report(scoringCase.log()));
            return report;
        }
        EvidenceLog log = (EvidenceLog) value;
        List<Object> items = new ArrayList<>(log.evidence().asJava());
        if (log.weights().isEqual()) {
            return items;
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("weights", log.weights());
        report.put("evidence", items);
        return report;
    }
}
