package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * The laws of the sufficient statistics of one hypothesis's evidence. Counts are compared exactly; measurement moments
 * within the tolerances stated in {@link Recount}.
 */
@PropertyDefaults(tries = 100)
class EvidenceStatisticsProperties {
    private static final HypothesisId ID = Generators.IDS.get(0);

    /** Evidence of every kind for one hypothesis, so that the measurements share one unit. */
    @Provide
    Arbitrary<List<Evidence>> evidence() {
        return Generators.evidence(Arbitraries.just(ID)).list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<StrengthWeights> weights() {
        return Generators.weights();
    }

    @Property
    void theStatisticsEqualAFullRecount(
            @ForAll("evidence") List<Evidence> items, @ForAll("weights") StrengthWeights weights) {
        Recount.of(items, ID).assertMatches(EvidenceStatistics.of(items));
        Recount.of(items, ID).assertMatches(EvidenceStatistics.of(items).withWeights(weights));
    }

    /**
     * Values with a large common offset (a price of about a billion that varies in its last digits) are where a naive
     * {@code sum(x^2) - n * mean^2} loses every digit; the running update must keep the moments to the tolerance of
     * {@link Recount}, whose bound for {@code M2} is far below the naive formula's error here.
     */
    @Property
    void theMomentsStayAccurateForValuesWithALargeCommonOffset(
            @ForAll("offsetValues") List<Double> values, @ForAll("weights") StrengthWeights weights) {
        List<Evidence> items = new ArrayList<>();
        Strength[] strengths = Strength.values();
        for (int i = 0; i < values.size(); i++) {
            items.add(Measurement.of(ID, Source.of("s"), Instant.EPOCH, values.get(i), "USD", strengths[i % 3]));
        }
        Recount.of(items, ID).assertMatches(EvidenceStatistics.of(items).withWeights(weights));
        EvidenceLog log = EvidenceLog.empty();
        for (Evidence item : items) {
            log = log.append(item);
        }
        Recount.of(items, ID).assertMatches(log.statistics(ID));
    }

    @Provide
    Arbitrary<List<Double>> offsetValues() {
        Arbitrary<Double> offset = Arbitraries.of(1e6, 1e9, -1e9, 123_456_789.0);
        return offset.flatMap(o -> Arbitraries.doubles()
                .between(0, 1)
                .ofScale(6)
                .map(d -> o + d)
                .list()
                .ofMinSize(2)
                .ofMaxSize(60));
    }

    @Property
    void addingOneByOneEqualsBuildingInOnePassBitForBit(@ForAll("evidence") List<Evidence> items) {
        EvidenceStatistics folded = EvidenceStatistics.empty();
        for (Evidence item : items) {
            folded = folded.plus(item);
        }
        assertEquals(EvidenceStatistics.of(items), folded);
        assertEquals(EvidenceStatistics.of(items).hashCode(), folded.hashCode());
    }

    @Property
    void theEmptyStatisticsAreTheIdentityOfPlus(@ForAll("evidence") List<Evidence> items) {
        EvidenceStatistics s = EvidenceStatistics.of(items);
        assertEquals(s, s.plus(EvidenceStatistics.empty()));
        assertEquals(s, EvidenceStatistics.empty().plus(s));
    }

    @Property
    void plusIsAssociativeOnCountsAndWithinToleranceOnMoments(
            @ForAll("evidence") List<Evidence> a,
            @ForAll("evidence") List<Evidence> b,
            @ForAll("evidence") List<Evidence> c) {
        EvidenceStatistics sa = EvidenceStatistics.of(a);
        EvidenceStatistics sb = EvidenceStatistics.of(b);
        EvidenceStatistics sc = EvidenceStatistics.of(c);
        EvidenceStatistics left = sa.plus(sb).plus(sc);
        EvidenceStatistics right = sa.plus(sb.plus(sc));
        assertSameCounts(left, right);
        List<Evidence> all = concat(a, b, c);
        Recount.of(all, ID).assertMatches(left);
        Recount.of(all, ID).assertMatches(right);
    }

    @Property
    void plusAgreesWithAddingTheItemsInSequence(
            @ForAll("evidence") List<Evidence> a,
            @ForAll("evidence") List<Evidence> b,
            @ForAll("weights") StrengthWeights weights) {
        EvidenceStatistics combined =
                EvidenceStatistics.of(a).withWeights(weights).plus(EvidenceStatistics.of(b));
        EvidenceStatistics sequential = EvidenceStatistics.of(concat(a, b)).withWeights(weights);
        assertSameCounts(sequential, combined);
        assertEquals(weights, combined.weights());
        Recount.of(concat(a, b), ID).assertMatches(combined);
    }

    @Property
    void theCountsDoNotDependOnTheOrderOfTheEvidence(@ForAll("evidence") List<Evidence> items, @ForAll long seed) {
        List<Evidence> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        EvidenceStatistics original = EvidenceStatistics.of(items);
        EvidenceStatistics reordered = EvidenceStatistics.of(shuffled);
        assertSameCounts(original, reordered);
        Recount.of(items, ID).assertMatches(reordered);
    }

    @Property
    void atLeastIsTheStatisticsOfTheStrongerEvidenceExactly(@ForAll("evidence") List<Evidence> items) {
        EvidenceStatistics all = EvidenceStatistics.of(items);
        assertSame(all, all.atLeast(Strength.SAID));
        for (Strength minimum : Strength.values()) {
            List<Evidence> stronger =
                    items.stream().filter(e -> e.strength().isAtLeast(minimum)).collect(Collectors.toList());
            // the per-strength figures are kept as they are, so the result is equal bit for bit
            assertEquals(EvidenceStatistics.of(stronger), all.atLeast(minimum), "atLeast(" + minimum + ")");
            Recount.of(stronger, ID).assertMatches(all.atLeast(minimum));
        }
        EvidenceStatistics did = all.atLeast(Strength.DID);
        EvidenceStatistics paid = all.atLeast(Strength.PAID);
        assertTrue(paid.count() <= did.count() && did.count() <= all.count());
        assertTrue(paid.trials() <= did.trials() && did.trials() <= all.trials());
        assertTrue(paid.successes() <= did.successes() && did.successes() <= all.successes());
    }

    @Property
    void theFiguresStayInTheirBounds(
            @ForAll("evidence") List<Evidence> items, @ForAll("weights") StrengthWeights weights) {
        EvidenceStatistics s = EvidenceStatistics.of(items).withWeights(weights);
        for (Strength strength : Strength.values()) {
            assertTrue(0 <= s.successes(strength) && s.successes(strength) <= s.trials(strength));
            List<Double> values = items.stream()
                    .filter(e -> e instanceof Measurement && e.strength() == strength)
                    .map(e -> ((Measurement) e).value())
                    .collect(Collectors.toList());
            if (!values.isEmpty()) {
                double mean = s.measurementMean(strength);
                double slack = Recount.RELATIVE
                        * values.stream().mapToDouble(Math::abs).max().getAsDouble();
                assertTrue(
                        Collections.min(values) - slack <= mean && mean <= Collections.max(values) + slack,
                        "the mean lies between the smallest and the largest value");
            }
            assertTrue(s.measurementSumOfSquares(strength) >= 0);
        }
        assertTrue(s.effectiveFailures() >= 0);
        assertTrue(s.effectiveSuccesses() <= s.effectiveTrials());
        assertTrue(s.measurementVariance() >= 0);
        assertEquals(s.veryDisappointed() + s.somewhatDisappointed() + s.notDisappointed(), s.ellisRespondents());
    }

    private static void assertSameCounts(EvidenceStatistics expected, EvidenceStatistics actual) {
        for (Strength s : Strength.values()) {
            assertEquals(expected.count(s), actual.count(s), "count(" + s + ")");
            assertEquals(expected.successes(s), actual.successes(s), "successes(" + s + ")");
            assertEquals(expected.trials(s), actual.trials(s), "trials(" + s + ")");
            assertEquals(expected.measurementCount(s), actual.measurementCount(s), "measurementCount(" + s + ")");
        }
        assertEquals(expected.veryDisappointed(), actual.veryDisappointed());
        assertEquals(expected.somewhatDisappointed(), actual.somewhatDisappointed());
        assertEquals(expected.notDisappointed(), actual.notDisappointed());
        assertEquals(expected.unit(), actual.unit());
        assertEquals(expected.weights(), actual.weights());
    }

    @SafeVarargs
    private static List<Evidence> concat(List<Evidence>... lists) {
        List<Evidence> all = new ArrayList<>();
        for (List<Evidence> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
