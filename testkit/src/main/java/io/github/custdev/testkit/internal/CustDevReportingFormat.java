package io.github.custdev.testkit.internal;

import io.github.custdev.EvidenceLog;
import io.github.custdev.PhaseGate;
import io.github.custdev.Venture;
import io.github.custdev.testkit.GateCase;
import io.github.custdev.testkit.InvalidEventSequence;
import io.github.custdev.testkit.ScoringCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.SampleReportingFormat;

/**
 * Shows evidence logs, scoring cases, ventures, gate cases and invalid event sequences in jqwik's reports item by item
 * (a venture event by event), so that a shrunk counterexample can be read without a debugger: a log's or a venture's
 * own text only counts its items.
 */
public final class CustDevReportingFormat implements SampleReportingFormat {

    /** Creates the format; jqwik calls this through the service loader. */
    public CustDevReportingFormat() {}

    @Override
    public boolean appliesTo(Object value) {
        return value instanceof EvidenceLog
                || value instanceof ScoringCase
                || value instanceof Venture
                || value instanceof GateCase
                || value instanceof InvalidEventSequence;
    }

    @Override
    public Optional<String> label(Object value) {
        return Optional.of(value.getClass().getSimpleName());
    }

    @Override
    public Object report(Object value) {
        if (value instanceof Venture venture) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("venture", venture.toString());
            report.put("history", new ArrayList<>(venture.history().asJava()));
            return report;
        }
        if (value instanceof GateCase gateCase) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("gate", describe(gateCase.gate()));
            report.put("at", gateCase.at());
            report.put("venture", report(gateCase.venture()));
            return report;
        }
        if (value instanceof InvalidEventSequence sequence) {
            List<Object> events = new ArrayList<>();
            for (int i = 0; i < sequence.events().size(); i++) {
                int invalid = sequence.invalidPositions().indexOf(i);
                events.add(
                        invalid < 0
                                ? sequence.events().get(i)
                                : "INVALID (" + sequence.brokenRules().get(invalid) + ") "
                                        + sequence.events().get(i));
            }
            return events;
        }
        if (value instanceof ScoringCase scoringCase) {
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

    /** A gate with its criteria, pass score, budget and policy. */
    private static Map<String, Object> describe(PhaseGate gate) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("phase", gate.phase());
        report.put("mustMeet", new ArrayList<>(gate.mustMeet().asJava()));
        report.put("shouldMeet", new ArrayList<>(gate.shouldMeet().asJava()));
        report.put("passScore", gate.passScore());
        report.put("budget", gate.budget());
        report.put("whenBudgetSpent", gate.whenBudgetSpent());
        return report;
    }
}
