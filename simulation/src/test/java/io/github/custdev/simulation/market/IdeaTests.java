package io.github.custdev.simulation.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.Seeds;
import io.github.custdev.simulation.nk.Interaction;
import io.github.custdev.simulation.nk.Landscape;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdeaTests {

    private static final Market.Ideas IDEAS = new Market.Ideas(2, 3, Interaction.RANDOM, 0.5, 0.25);

    private static Idea idea(long seed) {
        return Idea.draw(IDEAS, Seeds.random(seed));
    }

    @Test
    void aDrawIsTheLandscapeThenOnePositionFromTheSameGenerator() {
        var random = Seeds.random(7);
        Landscape landscape = Landscape.of(10, 3, Interaction.RANDOM, random);
        long position = random.nextLong() & 0x3FF;
        Idea idea = idea(7);
        assertEquals(position, idea.position());
        assertEquals(10, idea.landscape().n());
        assertEquals(3, idea.landscape().k());
        assertEquals(landscape.fitness(position), idea.landscape().fitness(idea.position()));
        assertTrue(idea.landscape().table().isEmpty(), "a venture reads a few positions: no table is built");
    }

    @Test
    void theRateOfAnAreaIsTheMeanContributionOfItsChoices() {
        for (long seed = 0; seed < 50; seed++) {
            Idea idea = idea(seed);
            double product = 1;
            boolean viable = true;
            for (int j = 0; j < 5; j++) {
                BusinessModelArea area = Market.AREAS.get(j);
                double expected = (idea.landscape().contribution(2 * j, idea.position())
                                + idea.landscape().contribution(2 * j + 1, idea.position()))
                        / 2;
                assertEquals(expected, idea.rate(area), 1e-15, area + " of seed " + seed);
                assertEquals(expected >= 0.5, idea.holds(area));
                product *= expected;
                viable &= expected >= 0.5;
            }
            assertEquals(product, idea.acceptance(), 1e-15);
            assertEquals(viable, idea.isViable());
        }
    }

    @Test
    void aViableIdeaHoldsInEveryAreaAndAnUnviableOneFailsInOne() {
        int viable = 0;
        for (long seed = 0; seed < 400; seed++) {
            Idea idea = idea(seed);
            if (idea.isViable()) {
                viable++;
                for (BusinessModelArea area : Market.AREAS) {
                    assertTrue(idea.holds(area));
                }
            } else {
                assertTrue(Market.AREAS.exists(area -> !idea.holds(area)));
            }
        }
        assertTrue(viable > 0 && viable < 400, "both kinds occur: " + viable);
    }

    @Test
    void aPivotReachesEveryOtherSettingOfItsAreasAndNothingElse() {
        Idea idea = idea(11);
        Seq<BusinessModelArea> areas = Vector.of(BusinessModelArea.PROBLEM, BusinessModelArea.REVENUE);
        long mask = (0b11L << 2) | (0b11L << 8);
        Seq<Idea> options = idea.reach(areas);
        assertEquals(15, options.size());
        Set<Long> positions = new HashSet<>();
        long previous = -1;
        for (Idea option : options) {
            assertNotEquals(idea.position(), option.position());
            assertEquals(idea.position() & ~mask, option.position() & ~mask, "only the pivot's choices change");
            assertTrue(positions.add(option.position()));
            long setting = option.position() & mask;
            assertTrue(setting > previous, "in increasing order of the setting");
            previous = setting;
            assertTrue(option.reach(areas).contains(idea), "the way back is a pivot too");
        }
        assertEquals(3, idea.reach(Vector.of(BusinessModelArea.CHANNEL)).size());
    }

    @Test
    void theQualityOfAreasIsTheirMeanRate() {
        Idea idea = idea(3);
        Seq<BusinessModelArea> areas = Vector.of(BusinessModelArea.CUSTOMER_SEGMENT, BusinessModelArea.PROBLEM);
        assertEquals(
                (idea.rate(BusinessModelArea.CUSTOMER_SEGMENT) + idea.rate(BusinessModelArea.PROBLEM)) / 2,
                idea.quality(areas),
                1e-15);
        assertEquals(idea.rate(BusinessModelArea.REVENUE), idea.quality(Vector.of(BusinessModelArea.REVENUE)));
    }

    @Test
    void badAreasAreRefused() {
        Idea idea = idea(1);
        assertEquals(
                "areas must not be empty: \"[]\"",
                assertThrows(InvalidValueException.class, () -> idea.reach(Vector.empty()))
                        .getMessage());
        assertEquals(
                "areas is null",
                assertThrows(InvalidValueException.class, () -> idea.quality(null))
                        .getMessage());
        assertEquals(
                "area must be one of CUSTOMER_SEGMENT, PROBLEM, VALUE_PROPOSITION, CHANNEL, REVENUE: COST_STRUCTURE",
                assertThrows(InvalidValueException.class, () -> idea.rate(BusinessModelArea.COST_STRUCTURE))
                        .getMessage());
        assertEquals(
                "ideas is null",
                assertThrows(InvalidValueException.class, () -> Idea.draw(null, Seeds.random(1)))
                        .getMessage());
        assertEquals(
                "random is null",
                assertThrows(InvalidValueException.class, () -> Idea.draw(IDEAS, null))
                        .getMessage());
    }

    @Test
    void ideasAreEqualAtOnePositionOfOneLandscape() {
        Idea idea = idea(5);
        Idea again = idea(5);
        assertEquals(idea, idea);
        assertEquals(idea.position(), again.position());
        assertNotEquals(idea, again, "another landscape, though drawn alike");
        Idea back = idea.reach(Vector.of(BusinessModelArea.CHANNEL))
                .head()
                .reach(Vector.of(BusinessModelArea.CHANNEL))
                .find(i -> i.position() == idea.position())
                .get();
        assertEquals(idea, back);
        assertEquals(idea.hashCode(), back.hashCode());
        assertFalse(idea.equals(null));
        assertFalse(idea.equals("idea"));
        assertTrue(
                idea.toString().startsWith("Idea[position=" + Long.toBinaryString(idea.position()) + ", acceptance="));
    }
}
