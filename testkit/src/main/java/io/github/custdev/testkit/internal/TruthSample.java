package io.github.custdev.testkit.internal;

import io.github.custdev.Evidence;
import io.github.custdev.simulation.journey.Draw;
import io.github.custdev.simulation.journey.EvidenceRecipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * A sample of evidence drawn from known truths that shrinks without contradicting them: the generated value of a
 * truth-aware generator.
 *
 * <p>A sample is a head (what the evidence is about: a hypothesis, the log's weights) and a list of items, each a
 * {@link Draw} with the index of the {@link EvidenceRecipe} that builds it. Each recipe with a true rate has a
 * <em>drawn share</em>: the successes over the trials of its evidence as generated. Shrinking
 *
 * <ul>
 *   <li>removes items, the most first (all that the minimum size allows, half of them, a quarter, ..., one), choosing
 *       them one by one so that what is left holds the drawn share after each;
 *   <li>then simplifies the head;
 *   <li>then simplifies single items, but never the uniform points of their outcomes nor the recipe that builds them,
 *       so an item keeps its drawn luck; its kind, strength, trials, source, time and quote may become simpler;
 * </ul>
 *
 * and keeps only the candidates in which every recipe with a true rate still <em>holds its drawn share</em>: its
 * successes {@code k} over its trials {@code t} are the drawn share of {@code t} rounded,
 * {@code |k - share * t| <= 1/2}, with at least one trial when there were any. So a counterexample drawn at a true
 * rate of 0.95 from 57 successes of 60 shrinks to, say, 19 of 20 or 1 of 1, never to 18 of 60. Measurements drawn
 * from a true distribution keep their drawn values: shrinking removes them but never moves them.
 *
 * @param <H> the head
 * @param <T> the value built from the head and the evidence
 */
public final class TruthSample<H, T> implements Shrinkable<T> {

    /**
     * What a sample is about and how its value is built.
     *
     * @param <H> the head
     * @param <T> the value
     */
    public interface Model<H, T> {
        /**
         * The recipes that build the items, by index; an index past the end (or a recipe given as {@code null})
         * drops its items from the value.
         *
         * @param head the head
         * @return the recipes
         */
        List<@Nullable EvidenceRecipe> recipes(H head);

        /**
         * The value of a head and its evidence, in the order of the items.
         *
         * @param head the head
         * @param evidence the evidence
         * @return the value
         */
        T build(H head, List<Evidence> evidence);
    }

    /**
     * The simpler versions of one item tried in one shrinking step: an item's own shrinking can regenerate parts of
     * it, which is slow; the next step tries the next few.
     */
    private static final int ITEM_CANDIDATES = 8;

    private final Model<H, T> model;
    private final Shrinkable<H> head;
    private final List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> items;
    private final int minItems;

    /** Per recipe index: the drawn successes and trials, or null for a recipe without a true rate. */
    private final long[] @Nullable [] drawn;

    private final T value;

    /** Per recipe index: the successes and trials of this sample; null where there is no true rate. */
    private final long[] @Nullable [] tallies;

    /** The items' values, computed once: a combined shrinkable computes its value anew on each call. */
    private final List<Tuple.Tuple2<Integer, Draw>> values;

    /** The evidence each item builds with this head's recipes, or null where its recipe drops it. */
    private final List<@Nullable Evidence> built;

    private TruthSample(
            Model<H, T> model,
            Shrinkable<H> head,
            List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> items,
            List<Tuple.Tuple2<Integer, Draw>> values,
            @Nullable List<@Nullable Evidence> built,
            int minItems,
            long[] @Nullable [] drawn) {
        this.model = model;
        this.head = head;
        this.items = items;
        this.values = values;
        this.minItems = minItems;
        H about = head.value();
        List<@Nullable EvidenceRecipe> recipes = model.recipes(about);
        long[] @Nullable [] counted = new long[recipes.size()][];
        for (int r = 0; r < recipes.size(); r++) {
            EvidenceRecipe recipe = recipes.get(r);
            if (recipe != null && recipe.trueRate().isDefined()) {
                counted[r] = new long[2];
            }
        }
        List<@Nullable Evidence> each = new ArrayList<>(items.size());
        List<Evidence> evidence = new ArrayList<>(items.size());
        for (int i = 0; i < values.size(); i++) {
            int r = values.get(i).get1();
            EvidenceRecipe recipe = r < recipes.size() ? recipes.get(r) : null;
            Evidence item = built != null
                    ? built.get(i)
                    : recipe == null ? null : recipe.build(values.get(i).get2());
            each.add(item);
            if (item != null) {
                evidence.add(item);
                long[] tally = counted[r];
                if (tally != null) {
                    tally[0] += item.successes();
                    tally[1] += item.trials();
                }
            }
        }
        this.built = each;
        this.tallies = counted;
        this.drawn = drawn.length == 0 ? counted : drawn;
        this.value = model.build(about, evidence);
    }

    private static <H, T> TruthSample<H, T> drawn(
            Model<H, T> model, Shrinkable<H> head, List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> items, int minItems) {
        List<Tuple.Tuple2<Integer, Draw>> values = new ArrayList<>(items.size());
        items.forEach(item -> values.add(item.value()));
        return new TruthSample<>(model, head, items, values, null, minItems, new long[0][]);
    }

    /**
     * Truth-aware samples: a head, and between {@code minItems} and {@code maxItems} items.
     *
     * @param model what the sample is about
     * @param heads the heads
     * @param items the items: a recipe index and a draw that fits that recipe
     * @param minItems the fewest items
     * @param maxItems the most items
     * @param <H> the head
     * @param <T> the value
     * @return the arbitrary, without edge cases
     */
    public static <H, T> Arbitrary<T> arbitrary(
            Model<H, T> model,
            Arbitrary<H> heads,
            Arbitrary<Tuple.Tuple2<Integer, Draw>> items,
            int minItems,
            int maxItems) {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(minItems, maxItems);
        return Arbitraries.fromGeneratorWithSize(genSize -> {
            RandomGenerator<H> headGenerator = heads.generator(genSize);
            RandomGenerator<Integer> sizeGenerator = sizes.generator(genSize);
            RandomGenerator<Tuple.Tuple2<Integer, Draw>> itemGenerator = items.generator(genSize);
            return (Random random) -> {
                Shrinkable<H> head = headGenerator.next(random);
                int size = sizeGenerator.next(random).value();
                List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> drawnItems = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    drawnItems.add(itemGenerator.next(random));
                }
                return drawn(model, head, drawnItems, minItems);
            };
        });
    }

    /**
     * Whether a recipe's successes and trials hold a drawn share: {@code |k - share * t| <= 1/2}, with at least one
     * trial when the drawn share had any.
     *
     * @param successes the successes {@code k}
     * @param trials the trials {@code t}
     * @param drawnSuccesses the drawn successes
     * @param drawnTrials the drawn trials
     * @return whether the share is held
     */
    public static boolean holds(long successes, long trials, long drawnSuccesses, long drawnTrials) {
        if (drawnTrials == 0) {
            return true;
        }
        return trials > 0 && 2 * Math.abs(successes * drawnTrials - drawnSuccesses * trials) <= drawnTrials;
    }

    @Override
    public T value() {
        return value;
    }

    @Override
    public Stream<Shrinkable<T>> shrink() {
        Stream<Stream<TruthSample<H, T>>> candidates = Stream.of(
                Stream.of(0).flatMap(x -> removals()),
                Stream.of(0).flatMap(x -> head.shrink().map(this::withHead)),
                Stream.of(0).flatMap(x -> simplifiedItems()));
        return candidates.flatMap(s -> s).filter(TruthSample::holdsItsShares).map(s -> s);
    }

    @Override
    public ShrinkingDistance distance() {
        ShrinkingDistance itemsDistance = ShrinkingDistance.MIN;
        for (Shrinkable<Tuple.Tuple2<Integer, Draw>> item : items) {
            itemsDistance = itemsDistance.plus(item.distance());
        }
        return ShrinkingDistance.of(items.size()).append(head.distance()).append(itemsDistance);
    }

    private boolean holdsItsShares() {
        for (int r = 0; r < drawn.length; r++) {
            long[] share = drawn[r];
            if (share == null) {
                continue;
            }
            long[] tally = r < tallies.length ? tallies[r] : null;
            long successes = tally == null ? 0 : tally[0];
            long trials = tally == null ? 0 : tally[1];
            if (!holds(successes, trials, share[0], share[1])) {
                return false;
            }
        }
        return true;
    }

    private TruthSample<H, T> withHead(Shrinkable<H> newHead) {
        return new TruthSample<>(model, newHead, items, values, null, minItems, drawn);
    }

    private TruthSample<H, T> keeping(boolean[] removed) {
        List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> keptItems = new ArrayList<>();
        List<Tuple.Tuple2<Integer, Draw>> keptValues = new ArrayList<>();
        List<@Nullable Evidence> keptEvidence = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!removed[i]) {
                keptItems.add(items.get(i));
                keptValues.add(values.get(i));
                keptEvidence.add(built.get(i));
            }
        }
        return new TruthSample<>(model, head, keptItems, keptValues, keptEvidence, minItems, drawn);
    }

    private TruthSample<H, T> replacing(int at, Shrinkable<Tuple.Tuple2<Integer, Draw>> simpler) {
        List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> changedItems = new ArrayList<>(items);
        changedItems.set(at, simpler);
        List<Tuple.Tuple2<Integer, Draw>> changedValues = new ArrayList<>(values);
        changedValues.set(at, simpler.value());
        List<@Nullable EvidenceRecipe> recipes = model.recipes(head.value());
        int r = simpler.value().get1();
        EvidenceRecipe recipe = r < recipes.size() ? recipes.get(r) : null;
        List<@Nullable Evidence> changedEvidence = new ArrayList<>(built);
        changedEvidence.set(
                at, recipe == null ? null : recipe.build(simpler.value().get2()));
        return new TruthSample<>(model, head, changedItems, changedValues, changedEvidence, minItems, drawn);
    }

    /** Removals of the most items first; for each number, from several starting points. */
    private Stream<TruthSample<H, T>> removals() {
        int removable = items.size() - minItems;
        if (removable <= 0) {
            return Stream.empty();
        }
        List<Integer> counts = new ArrayList<>();
        for (int count = removable; count > 0; count /= 2) {
            counts.add(count);
        }
        if (counts.get(counts.size() - 1) != 1) {
            counts.add(1);
        }
        return counts.stream().flatMap(count -> {
            int step = Math.max(1, count);
            return IntStream.iterate(0, start -> start < items.size(), start -> start + step)
                    .mapToObj(start -> removing(count, start))
                    .filter(candidate -> candidate.items.size() < items.size())
                    .map(candidate -> candidate);
        });
    }

    /**
     * Removes up to {@code count} items, going round from {@code start}: an item of a recipe with a true rate is
     * taken only if what is left of that recipe then still holds the drawn share (an item without one always), so
     * that the removals walk from one sample that holds it to the next.
     */
    private TruthSample<H, T> removing(int count, int start) {
        long[][] removed = new long[drawn.length][2];
        boolean[] taken = new boolean[items.size()];
        int taking = 0;
        for (int i = 0; i < items.size() && taking < count; i++) {
            int at = (start + i) % items.size();
            int r = values.get(at).get1();
            Evidence item = built.get(at);
            long[] share = r < drawn.length ? drawn[r] : null;
            if (item == null || share == null) {
                taken[at] = true;
                taking++;
                continue;
            }
            long successes = removed[r][0] + item.successes();
            long trials = removed[r][1] + item.trials();
            long[] tally = Objects.requireNonNull(tallies[r]);
            if (trials == 0 || holds(tally[0] - successes, tally[1] - trials, share[0], share[1])) {
                removed[r][0] = successes;
                removed[r][1] = trials;
                taken[at] = true;
                taking++;
            }
        }
        return keeping(taken);
    }

    /** Each item simplified, keeping its recipe and, with a truth, the uniform points of its outcomes. */
    private Stream<TruthSample<H, T>> simplifiedItems() {
        List<@Nullable EvidenceRecipe> recipes = model.recipes(head.value());
        return IntStream.range(0, items.size()).boxed().flatMap(i -> {
            Tuple.Tuple2<Integer, Draw> item = values.get(i);
            int r = item.get1();
            EvidenceRecipe recipe = r < recipes.size() ? recipes.get(r) : null;
            boolean lucky = recipe != null && recipe.hasTruth();
            return items.get(i)
                    .shrink()
                    .limit(ITEM_CANDIDATES)
                    .map(simpler -> Tuple.of(simpler, simpler.value()))
                    .filter(simpler -> item.get1().equals(simpler.get2().get1())
                            && (!lucky
                                    || keepsItsLuck(item.get2(), simpler.get2().get2())))
                    .map(simpler -> replacing(i, simpler.get1()));
        });
    }

    private static boolean keepsItsLuck(Draw draw, Draw simpler) {
        return draw.first() == simpler.first() && draw.second() == simpler.second();
    }
}
