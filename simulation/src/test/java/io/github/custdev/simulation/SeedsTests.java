package io.github.custdev.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeedsTests {

    /** The first outputs of SplitMix64 seeded with 1234567, as published with Vigna's splitmix64.c test vectors. */
    private static final String[] SPLITMIX_1234567 = {
        "6457827717110365317",
        "3203168211198807973",
        "9817491932198370423",
        "4593380528125082431",
        "16408922859458223821"
    };

    @Test
    void splitMixGivesThePublishedOutputs() {
        for (int k = 0; k < SPLITMIX_1234567.length; k++) {
            assertEquals(SPLITMIX_1234567[k], Long.toUnsignedString(Seeds.splitMix(1234567L, k)));
        }
        assertEquals(0xE220A8397B1DCDAFL, Seeds.splitMix(0L, 0));
    }

    @Test
    void aRunsSeedIsSplitMixOfSplitMixAsTheJdkComputesIt() {
        long[] masters = {0L, 1L, -1L, 42L, Long.MIN_VALUE, 0x9E3779B97F4A7C15L};
        for (long master : masters) {
            for (int point = 0; point < 5; point++) {
                for (int replication = 0; replication < 5; replication++) {
                    assertEquals(jdk(jdk(master, point), replication), Seeds.of(master, point, replication));
                }
            }
        }
    }

    private static long jdk(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed);
        long value = 0;
        for (int i = 0; i <= index; i++) {
            value = random.nextLong();
        }
        return value;
    }

    @Test
    void seedsOfASweepAreDistinct() {
        Set<Long> seen = new HashSet<>();
        for (int point = 0; point < 300; point++) {
            for (int replication = 0; replication < 300; replication++) {
                seen.add(Seeds.of(7L, point, replication));
            }
        }
        assertEquals(90_000, seen.size());
        assertNotEquals(Seeds.of(7L, 1, 2), Seeds.of(7L, 2, 1));
        assertNotEquals(Seeds.of(7L, 0, 0), Seeds.of(8L, 0, 0));
    }

    @Test
    void theRandomGeneratorIsSplittableRandomOfTheSeed() {
        var ours = Seeds.random(99L);
        var jdks = new SplittableRandom(99L);
        for (int i = 0; i < 10; i++) {
            assertEquals(jdks.nextLong(), ours.nextLong());
        }
    }

    @Test
    void negativeIndicesAreRefused() {
        Expect.invalid("point must not be negative: -1", () -> Seeds.of(1L, -1, 0));
        Expect.invalid("replication must not be negative: -2", () -> Seeds.of(1L, 0, -2));
        Expect.invalid("index must not be negative: -3", () -> Seeds.splitMix(1L, -3));
        assertEquals(Seeds.splitMix(Seeds.splitMix(5L, 0), 0), Seeds.of(5L, 0, 0));
    }
}
