package io.github.custdev.bench;

import io.github.custdev.Behaviour;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded, reproducible benchmark data: evidence of every kind for a hypothesis, at a known true rate. */
final class Fixtures {
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    static final long SEED = 20261123L;

    private Fixtures() {}

    /**
     * A mix of evidence for one hypothesis: 60% statements, 20% behaviours (k of 1..10), 10% commitments and 10%
     * measurements, each positive with the given rate, observed one minute apart.
     */
    static List<Evidence> mixedEvidence(HypothesisId id, int size, double rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Source source = Source.of("customer", "segment");
        List<Evidence> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Instant at = START.plusSeconds(60L * i);
            int kind = random.nextInt(10);
            if (kind < 6) {
                items.add(
                        random.nextDouble() < rate
                                ? Statement.supports(id, source, at)
                                : Statement.refutes(id, source, at));
            } else if (kind < 8) {
                int trials = 1 + random.nextInt(10);
                int successes = 0;
                for (int t = 0; t < trials; t++) {
                    successes += random.nextDouble() < rate ? 1 : 0;
                }
                items.add(Behaviour.of(id, source, at, successes, trials));
            } else if (kind < 9) {
                items.add(
                        random.nextDouble() < rate
                                ? Commitment.made(id, source, at, Commitment.Kind.MONEY)
                                : Commitment.declined(id, source, at, Commitment.Kind.MONEY));
            } else {
                items.add(Measurement.of(id, source, at, 50 + 100 * random.nextDouble(), "USD", Strength.DID));
            }
        }
        return items;
    }

    /** Statements only, each supporting with the given rate: the data of a sequence of interviews. */
    static List<Evidence> interviews(HypothesisId id, int size, double rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Source source = Source.of("customer", "segment");
        List<Evidence> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Instant at = START.plusSeconds(60L * i);
            items.add(
                    random.nextDouble() < rate
                            ? Statement.supports(id, source, at)
                            : Statement.refutes(id, source, at));
        }
        return items;
    }
}
