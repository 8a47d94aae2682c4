package io.github.custdev.simulation.market;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.internal.Checks;
import io.github.custdev.simulation.nk.Landscape;
import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A business model as the market knows it: a position on the market's landscape, and the true rate behind the
 * hypothesis of each area (see {@link Market}). The truth a founder searches for and never sees. Two ideas are equal
 * when they lie at the same position of the same landscape (the same instance) under equal {@link Market.Ideas}.
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Idea {

    private final Landscape landscape;
    private final Market.Ideas ideas;
    private final long position;

    private Idea(Landscape landscape, Market.Ideas ideas, long position) {
        this.landscape = landscape;
        this.ideas = ideas;
        this.position = position;
    }

    /**
     * Draws a landscape and a starting position on it: the landscape from {@code random} as {@link Landscape#of}
     * draws it (untabulated: {@link Landscape#untabulated}), then the position as one {@code nextLong()} masked to N
     * bits.
     *
     * @param ideas the shape of the space of business models
     * @param random the generator
     * @return the idea
     * @throws InvalidValueException if an argument is null
     */
    public static Idea draw(Market.Ideas ideas, RandomGenerator random) {
        Checks.notNull("ideas", ideas);
        Checks.notNull("random", random);
        Landscape landscape = Landscape.untabulated(ideas.choices(), ideas.interactions(), ideas.interaction(), random);
        long mask = (1L << ideas.choices()) - 1;
        return new Idea(landscape, ideas, random.nextLong() & mask);
    }

    /**
     * The position on the landscape: bit {@code i} is choice {@code i}.
     *
     * @return the position, in [0, 2^N - 1]
     */
    public long position() {
        return position;
    }

    /**
     * The landscape this idea lies on.
     *
     * @return the landscape
     */
    public Landscape landscape() {
        return landscape;
    }

    /**
     * The true rate behind the hypothesis of an area: the mean contribution of the area's choices.
     *
     * @param area one of {@link Market#AREAS}
     * @return the rate, in [0, 1)
     * @throws InvalidValueException if the area is not one of {@link Market#AREAS}
     */
    public double rate(BusinessModelArea area) {
        return rateAt(Market.indexOf(area), position);
    }

    private double rateAt(int areaIndex, long at) {
        int bits = ideas.bitsPerArea();
        double sum = 0;
        for (int choice = areaIndex * bits; choice < (areaIndex + 1) * bits; choice++) {
            sum += landscape.contribution(choice, at);
        }
        return sum / bits;
    }

    /**
     * Whether the hypothesis of an area holds: its rate is at least the market's viable rate.
     *
     * @param area one of {@link Market#AREAS}
     * @return whether it holds
     * @throws InvalidValueException if the area is not one of {@link Market#AREAS}
     */
    public boolean holds(BusinessModelArea area) {
        return rate(area) >= ideas.viableRate();
    }

    /**
     * Whether the hypothesis of every area holds.
     *
     * @return whether the business model is viable
     */
    public boolean isViable() {
        for (BusinessModelArea area : Market.AREAS) {
            if (!holds(area)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The share of customers for whom every part of the business model works: the product of the five rates.
     *
     * @return the acceptance, in [0, 1)
     */
    public double acceptance() {
        double product = 1;
        for (int area = 0; area < Market.AREAS.size(); area++) {
            product *= rateAt(area, position);
        }
        return product;
    }

    /**
     * The options a pivot over some areas reaches: every other setting of those areas' choices, the rest kept, in
     * increasing order of the setting.
     *
     * @param areas the areas the pivot changes, each one of {@link Market#AREAS}, not empty
     * @return the ideas reached, {@code 2^(b x areas) - 1} of them
     * @throws InvalidValueException if the areas are empty or one is not one of {@link Market#AREAS}
     */
    public Seq<Idea> reach(Seq<BusinessModelArea> areas) {
        long mask = mask(areas);
        Idea[] options = new Idea[(int) ((1L << Long.bitCount(mask)) - 1)];
        int found = 0;
        // every subset of the mask's bits, by the standard submask enumeration, in increasing order
        long sub = 0;
        do {
            long next = (position & ~mask) | sub;
            if (next != position) {
                options[found++] = new Idea(landscape, ideas, next);
            }
            sub = (sub - mask) & mask;
        } while (sub != 0);
        return io.vavr.collection.Vector.of(options);
    }

    /**
     * The mean true rate of some areas: the quality of the part of the business model a pivot over them changes.
     *
     * @param areas the areas, each one of {@link Market#AREAS}, not empty
     * @return the mean rate, in [0, 1)
     * @throws InvalidValueException if the areas are empty or one is not one of {@link Market#AREAS}
     */
    public double quality(Seq<BusinessModelArea> areas) {
        mask(areas);
        double sum = 0;
        for (BusinessModelArea area : areas) {
            sum += rate(area);
        }
        return sum / areas.size();
    }

    private long mask(Seq<BusinessModelArea> areas) {
        Checks.notNull("areas", areas);
        if (areas.isEmpty()) {
            throw InvalidValueException.of("areas", "must not be empty", "[]");
        }
        int bits = ideas.bitsPerArea();
        long mask = 0;
        for (BusinessModelArea area : areas) {
            int index = Market.indexOf(area);
            mask |= ((1L << bits) - 1) << (index * bits);
        }
        return mask;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Idea idea
                && position == idea.position
                && landscape.equals(idea.landscape)
                && ideas.equals(idea.ideas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(landscape, ideas, position);
    }

    @Override
    public String toString() {
        return "Idea[position=" + Long.toBinaryString(position) + ", acceptance=" + acceptance() + "]";
    }
}
