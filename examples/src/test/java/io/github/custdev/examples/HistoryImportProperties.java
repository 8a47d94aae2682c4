package io.github.custdev.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.Rejection;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.testkit.InvalidEventSequence;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The team's import reports exactly the events a venture rejects, checked on sequences with invalid events. */
class HistoryImportProperties {

    @Property(tries = 50)
    void everyInvalidEventIsReportedWithItsRuleAndTheRestIsKept(@ForAll InvalidEventSequence sequence) {
        HistoryImport imported = HistoryImport.of(sequence.events());
        List<Integer> positions = imported.problems().stream()
                .map(HistoryImport.Problem::position)
                .collect(Collectors.toList());
        List<Rejection.Rule> rules =
                imported.problems().stream().map(HistoryImport.Problem::rule).collect(Collectors.toList());
        assertEquals(sequence.invalidPositions(), positions);
        assertEquals(sequence.brokenRules(), rules);
        assertEquals(sequence.venture(), imported.venture().get());
    }

    @Property(tries = 50)
    void aValidHistoryImportsWithoutProblems(@ForAll Venture venture) {
        List<VentureEvent> history = venture.history().asJava();
        HistoryImport imported = HistoryImport.of(history);
        assertTrue(imported.problems().isEmpty(), imported.problems()::toString);
        assertEquals(venture, imported.venture().get());
    }
}
