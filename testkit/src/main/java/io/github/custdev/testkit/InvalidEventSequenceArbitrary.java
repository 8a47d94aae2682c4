package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.Rejection;
import io.github.custdev.simulation.journey.Journey;
import io.github.custdev.testkit.internal.Generators;
import io.github.custdev.testkit.internal.Scripts;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;

/**
 * Generates event sequences with deliberately invalid events among valid ones: for testing code that applies events
 * and must handle a {@link Rejection} (an import of a history, an API that records events). Kept apart from
 * {@link EventSequenceArbitrary}, whose sequences are always valid.
 *
 * <p>The valid events are generated as the {@link EventSequenceArbitrary} this one is based on generates them. One to
 * three invalid events (by default) are inserted at generated places, each built to break one
 * {@link Rejection.Rule} against the venture the valid events before it build, and checked to break it: evidence for
 * a hypothesis never stated or retired, observed after it is recorded or in another unit, more than the runway pays;
 * a hypothesis stated twice; a gate decision of another phase; an advance without a Proceed, or from Company
 * Building; a pivot past the limit, forward, or retiring what is not active; the current audience chosen again, or a
 * conversion assessed on evidence the venture does not have; an event before the last one; a second founding; an
 * event after closing; a first event that founds nothing. When a rule needs the venture in some state (a retired
 * hypothesis, the pivots used up, Company Building reached), valid events that bring it there come first; a rule the
 * venture cannot be brought to break at that point gives way to the next rule asked for.
 *
 * <pre>{@code
 * @Property
 * void theImportReportsEveryRejectedEvent(@ForAll("withInvalid") InvalidEventSequence sequence) {
 *     HistoryImport result = HistoryImport.of(sequence.events());
 *     assertEquals(sequence.invalidPositions(), result.rejectedPositions());
 *     assertEquals(sequence.venture(), result.venture());
 * }
 *
 * @Provide
 * Arbitrary<InvalidEventSequence> withInvalid() {
 *     return CustDevArbitraries.eventSequences().withInvalidEvents().breaking(Rejection.Rule.OUT_OF_ORDER,
 *             Rejection.Rule.RETIRED_HYPOTHESIS);
 * }
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class InvalidEventSequenceArbitrary extends ArbitraryDecorator<InvalidEventSequence> {
    private final EventSequenceArbitrary base;
    private final List<Rejection.Rule> rules;
    private final int minInvalid;
    private final int maxInvalid;

    private InvalidEventSequenceArbitrary(
            EventSequenceArbitrary base, List<Rejection.Rule> rules, int minInvalid, int maxInvalid) {
        this.base = base;
        this.rules = rules;
        this.minInvalid = minInvalid;
        this.maxInvalid = maxInvalid;
        if (base.isContinuation() && rules.equals(List.of(Rejection.Rule.NOT_FOUNDED))) {
            throw InvalidValueException.of(
                    "rules", "must name a rule a continuation can break, not only NOT_FOUNDED", rules);
        }
    }

    static InvalidEventSequenceArbitrary basedOn(EventSequenceArbitrary base) {
        return new InvalidEventSequenceArbitrary(base, List.of(Rejection.Rule.values()), 1, 3);
    }

    /**
     * Sequences whose invalid events break only the given rules.
     *
     * @param rules the rules, at least one
     * @return the configured copy
     * @throws InvalidValueException if no rule is given, or only {@code NOT_FOUNDED} for a continuation
     */
    public InvalidEventSequenceArbitrary breaking(Rejection.Rule... rules) {
        List<Rejection.Rule> chosen = HypothesisArbitrary.nonEmpty(rules, "rules");
        Set<Rejection.Rule> ordered = EnumSet.copyOf(chosen);
        return new InvalidEventSequenceArbitrary(base, List.copyOf(ordered), minInvalid, maxInvalid);
    }

    /**
     * Sequences with the given number of invalid events.
     *
     * @param min the fewest, at least 1
     * @param max the most, at least {@code min}
     * @return the configured copy
     * @throws InvalidValueException if the range is empty or starts below 1
     */
    public InvalidEventSequenceArbitrary withInvalidCount(int min, int max) {
        if (min < 1) {
            throw InvalidValueException.of("minInvalid", "must be >= 1", min);
        }
        if (max < min) {
            throw InvalidValueException.of("maxInvalid", "must be >= minInvalid (" + min + ")", max);
        }
        return new InvalidEventSequenceArbitrary(base, rules, min, max);
    }

    /**
     * The edge cases, at most {@value Generators#MAX_EDGE_CASES}.
     *
     * @param maxEdgeCases the most edge cases jqwik asks for
     * @return the edge cases
     */
    @Override
    public EdgeCases<InvalidEventSequence> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, Generators.MAX_EDGE_CASES));
    }

    @Override
    protected Arbitrary<InvalidEventSequence> arbitrary() {
        return base.journeys(
                        rules, Scripts.faults().list().ofMinSize(minInvalid).ofMaxSize(maxInvalid))
                .filter(result ->
                        result.isDefined() && result.get().invalidPositions().size() >= minInvalid)
                .map(result -> {
                    Journey journey = result.get();
                    return InvalidEventSequence.of(
                            journey.events().asJava(),
                            journey.invalidPositions().asJava(),
                            journey.brokenRules().asJava(),
                            journey.venture(),
                            base.start());
                });
    }
}
