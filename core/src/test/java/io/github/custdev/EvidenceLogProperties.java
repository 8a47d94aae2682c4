package io.github.custdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The laws of the evidence log: running statistics equal a recount, appends are persistent, batches are atomic. */
@PropertyDefaults(tries = 100)
class EvidenceLogProperties {

    @Provide
    Arbitrary<List<Evidence>> evidence() {
        return Generators.evidenceLists();
    }

    @Provide
    Arbitrary<StrengthWeights> weights() {
        return Generators.weights();
    }

    @Provide
    Arbitrary<List<Integer>> steps() {
        // 0 means one append(item); k > 0 means appendAll of the next k items (empty batches too, as k = -1)
        return Arbitraries.integers().between(-1, 8).list().ofMaxSize(80);
    }

    /**
     * Appends the evidence in the steps given, and checks after every step that the statistics of every hypothesis
     * (including those without evidence) equal a recount of the items appended so far.
     */
    @Property
    void theStatisticsEqualAFullRecountAfterAnySequenceOfAppends(
            @ForAll("evidence") List<Evidence> items, @ForAll("steps") List<Integer> steps) {
        EvidenceLog log = EvidenceLog.empty();
        int done = 0;
        for (int step = 0; done < items.size(); step++) {
            int k = step < steps.size() ? steps.get(step) : 0;
            if (k == 0) {
                log = log.append(items.get(done++));
            } else {
                int end = Math.min(items.size(), done + Math.max(k, 0));
                log = log.appendAll(items.subList(done, end));
                done = end;
            }
            List<Evidence> prefix = items.subList(0, done);
            assertEquals(done, log.size());
            for (HypothesisId id : Generators.IDS) {
                Recount.of(prefix, id).assertMatches(log.statistics(id));
            }
        }
    }

    @Property
    void theWeightedStatisticsEqualAWeightedRecount(
            @ForAll("evidence") List<Evidence> items, @ForAll("weights") StrengthWeights weights) {
        EvidenceLog log = EvidenceLog.ofAll(items).withWeights(weights);
        for (HypothesisId id : Generators.IDS) {
            EvidenceStatistics statistics = log.statistics(id);
            assertEquals(weights, statistics.weights());
            Recount.of(items, id).assertMatches(statistics);
        }
    }

    @Property
    void withEqualWeightsTheEffectiveFiguresAreTheExactCounts(@ForAll("evidence") List<Evidence> items) {
        EvidenceLog log = EvidenceLog.ofAll(items).withWeights(StrengthWeights.of(1, 1, 1));
        for (HypothesisId id : Generators.IDS) {
            EvidenceStatistics s = log.statistics(id);
            assertEquals((double) s.successes(), s.effectiveSuccesses());
            assertEquals((double) s.trials(), s.effectiveTrials());
            assertEquals((double) s.failures(), s.effectiveFailures());
            assertEquals((double) s.measurementCount(), s.effectiveMeasurementCount());
        }
    }

    @Property
    void ofAllAndAppendAllGiveTheLogOfAppendingOneByOne(
            @ForAll("evidence") List<Evidence> items, @ForAll @IntRange(min = 0, max = 60) int split) {
        int cut = Math.min(split, items.size());
        EvidenceLog oneByOne = EvidenceLog.empty();
        for (Evidence item : items) {
            oneByOne = oneByOne.append(item);
        }
        List<EvidenceLog> others = List.of(
                EvidenceLog.ofAll(items),
                EvidenceLog.of(items.toArray(new Evidence[0])),
                EvidenceLog.empty().appendAll(items),
                EvidenceLog.ofAll(items.subList(0, cut)).appendAll(items.subList(cut, items.size())),
                appendOneByOne(EvidenceLog.ofAll(items.subList(0, cut)), items.subList(cut, items.size())));
        for (EvidenceLog other : others) {
            assertEquals(oneByOne, other);
            assertEquals(oneByOne.hashCode(), other.hashCode());
            assertEquals(oneByOne.evidence(), other.evidence());
            assertEquals(oneByOne.hypothesisIds(), other.hypothesisIds());
            for (HypothesisId id : Generators.IDS) {
                // equals compares the moments bit for bit (Double.compare)
                assertEquals(oneByOne.statistics(id), other.statistics(id), "statistics of " + id);
                assertEquals(oneByOne.evidence(id), other.evidence(id));
            }
        }
        for (HypothesisId id : Generators.IDS) {
            assertEquals(oneByOne.statistics(id), EvidenceStatistics.of(oneByOne.evidence(id)));
        }
    }

    private static EvidenceLog appendOneByOne(EvidenceLog log, List<Evidence> items) {
        for (Evidence item : items) {
            log = log.append(item);
        }
        return log;
    }

    @Property
    void appendingNeverChangesEarlierItemsOrTheEarlierLog(
            @ForAll("evidence") List<Evidence> before, @ForAll("evidence") List<Evidence> after) {
        EvidenceLog earlier = EvidenceLog.ofAll(before);
        List<EvidenceStatistics> statisticsBefore = new ArrayList<>();
        for (HypothesisId id : Generators.IDS) {
            statisticsBefore.add(earlier.statistics(id));
        }
        List<Seq<Evidence>> perHypothesisBefore = new ArrayList<>();
        for (HypothesisId id : Generators.IDS) {
            perHypothesisBefore.add(earlier.evidence(id));
        }
        int hash = earlier.hashCode();

        EvidenceLog later = earlier;
        List<EvidenceLog> versions = new ArrayList<>();
        for (Evidence item : after) {
            later = later.append(item);
            versions.add(later);
        }
        EvidenceLog batch = earlier.appendAll(after);

        assertEquals(EvidenceLog.ofAll(before), earlier);
        assertEquals(hash, earlier.hashCode());
        assertEquals(before.size(), earlier.size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), earlier.get(i));
            assertSame(before.get(i), later.get(i), "the later log holds the very same earlier items");
            assertSame(before.get(i), batch.get(i));
        }
        for (int i = 0; i < Generators.IDS.size(); i++) {
            HypothesisId id = Generators.IDS.get(i);
            assertEquals(statisticsBefore.get(i), earlier.statistics(id));
            assertEquals(perHypothesisBefore.get(i), earlier.evidence(id));
        }
        // every intermediate version is still the log of its own prefix
        for (int v = 0; v < versions.size(); v++) {
            List<Evidence> prefix = new ArrayList<>(before);
            prefix.addAll(after.subList(0, v + 1));
            assertEquals(EvidenceLog.ofAll(prefix), versions.get(v));
        }
        assertEquals(later, batch);
    }

    @Property
    void evidenceOfOneHypothesisIsTheSubsequenceOfAllEvidenceForIt(@ForAll("evidence") List<Evidence> items) {
        EvidenceLog log = EvidenceLog.ofAll(items);
        for (HypothesisId id : Generators.IDS) {
            assertEquals(log.evidence().filter(e -> e.hypothesisId().equals(id)), log.evidence(id));
        }
        assertEquals(TreeSet.ofAll(log.evidence().map(Evidence::hypothesisId)), log.hypothesisIds());
        assertEquals(items, log.evidence().toJavaList());
        for (int i = 0; i < items.size(); i++) {
            assertSame(items.get(i), log.get(i));
        }
    }

    /**
     * A batch with a measurement in a unit other than its hypothesis's is rejected whole: the call throws, and the log
     * it was called on is unchanged (as is every log built from it).
     */
    @Property
    void aBatchWithAnInvalidItemThrowsAndChangesNothing(
            @ForAll("evidence") List<Evidence> items,
            @ForAll("evidence") @Size(max = 20) List<Evidence> batch,
            @ForAll @IntRange(min = 0, max = 20) int position,
            @ForAll("ids") HypothesisId id) {
        // the log already has a measurement of id, or the batch does before the bad item
        Measurement good = Measurement.of(id, Source.of("a"), Instant.EPOCH, 1, Generators.unitOf(id), Strength.SAID);
        Measurement bad = Measurement.of(id, Source.of("b"), Instant.EPOCH, 2, "another unit", Strength.DID);
        List<Evidence> start = new ArrayList<>(items);
        start.add(good);
        EvidenceLog log = EvidenceLog.ofAll(start);
        EvidenceLog copy = EvidenceLog.ofAll(start);
        List<Evidence> invalid = new ArrayList<>(batch);
        invalid.add(Math.min(position, invalid.size()), bad);

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> log.appendAll(invalid));
        assertEquals("unit", e.field());
        assertEquals("another unit", e.value());
        assertThrows(InvalidValueException.class, () -> log.append(bad));
        assertThrows(
                InvalidValueException.class, () -> EvidenceLog.ofAll(invalid).appendAll(start));

        assertEquals(copy, log);
        for (HypothesisId other : Generators.IDS) {
            assertEquals(copy.statistics(other), log.statistics(other));
            assertEquals(copy.evidence(other), log.evidence(other));
        }
        // the valid part of the batch still appends
        assertEquals(start.size() + batch.size(), log.appendAll(batch).size());
    }

    @Provide
    Arbitrary<HypothesisId> ids() {
        return Generators.ids();
    }

    @Property
    void aBatchWithANullItemThrowsNamingItsPositionAndChangesNothing(
            @ForAll("evidence") List<Evidence> items,
            @ForAll("evidence") List<Evidence> batch,
            @ForAll @IntRange(min = 0, max = 60) int position) {
        EvidenceLog log = EvidenceLog.ofAll(items);
        List<Evidence> invalid = new ArrayList<>(batch);
        int at = Math.min(position, invalid.size());
        invalid.add(at, null);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> log.appendAll(invalid));
        assertEquals("evidence[" + at + "] is null", e.getMessage());
        assertEquals(EvidenceLog.ofAll(items), log);
    }
}
