package io.github.custdev.testkit.internal;

import io.github.custdev.Evidence;
import io.github.custdev.simulation.journey.Draw;
import io.github.custdev.simulation.journey.EvidenceRecipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntFunction;
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
 *       them one by one so that what is left holds the drawn share after each, and then, in a sample of at most
 *       {@value #MAX_PAIR_ITEMS} items, any two at once; the minimum applies to the items whose
 *       recipe {@linkplain Model#countsTowardsMinimum counts towards it} (a hypothesis's own evidence, not the other
 *       hypotheses' evidence around it);
 *   <li>then simplifies the head, trying at most the first {@value #HEAD_CANDIDATES} of its simpler versions in a step
 *       (a hypothesis alone offers hundreds, each a call of the property);
 *   <li>then simplifies every item at once, each to its first simpler version, and then single items; but never the
 *       uniform points of their outcomes nor the recipe that builds them, so an item keeps its drawn luck; its kind,
 *       strength, trials, source, time and quote may become simpler;
 * </ul>
 *
 * (a sample made by simplifying tries its removals after its simplifications: its parent tried them already, and each
 * is a call of the property) and keeps only the candidates in which every recipe with a true rate still <em>holds its
 * drawn share</em>: its successes {@code k} over its trials {@code t} are the drawn share of {@code t} rounded,
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

        /**
         * Whether the items of a recipe count towards the sample's minimum number of items: shrinking never removes
         * an item that counts below that minimum, but removes the others freely.
         *
         * @param recipe the recipe's index
         * @return {@code true} unless overridden
         */
        default boolean countsTowardsMinimum(int recipe) {
            return true;
        }
    }

    /**
     * Draws the items of one sample, in the order of recording: each a shrinkable recipe index and draw.
     */
    @FunctionalInterface
    public interface ItemsGenerator {
        /**
         * The items of a new sample.
         *
         * @param random the source of randomness
         * @return the items
         */
        List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> next(Random random);
    }

    /**
     * The candidates for a simpler head tried in one shrinking step: a head of many parts (a hypothesis, other
     * hypotheses, weights) offers hundreds, and each is a call of the property.
     */
    private static final int HEAD_CANDIDATES = 32;

    /** The most items of a sample whose pairs shrinking tries to remove: their number grows as the square. */
    private static final int MAX_PAIR_ITEMS = 12;

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

    /**
     * The value, built on first use: most candidates are rejected for their shares before jqwik asks for it, and
     * building it (a whole evidence log) would cost more than judging them.
     */
    private @Nullable T value;

    /** The head's value and the evidence the value is built from. */
    private final H about;

    private final List<Evidence> evidence;

    /**
     * Whether this sample came from simplifying its parent's head or items, after the parent's removals were tried:
     * then it tries its own removals last, not first, so that each simplifying step does not try again, and call the
     * property for, every removal its parent tried in vain.
     */
    private final boolean removalsLast;

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
            long[] @Nullable [] drawn,
            boolean removalsLast) {
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
        this.removalsLast = removalsLast;
        this.about = about;
        this.evidence = evidence;
    }

    private static <H, T> TruthSample<H, T> drawn(
            Model<H, T> model, Shrinkable<H> head, List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> items, int minItems) {
        List<Tuple.Tuple2<Integer, Draw>> values = new ArrayList<>(items.size());
        items.forEach(item -> values.add(item.value()));
        return new TruthSample<>(model, head, items, values, null, minItems, new long[0][], false);
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
        return arbitrary(
                model,
                heads,
                genSize -> {
                    RandomGenerator<Integer> sizeGenerator = sizes.generator(genSize);
                    RandomGenerator<Tuple.Tuple2<Integer, Draw>> itemGenerator = items.generator(genSize);
                    return random -> {
                        int size = sizeGenerator.next(random).value();
                        List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> drawnItems = new ArrayList<>(size);
                        for (int i = 0; i < size; i++) {
                            drawnItems.add(itemGenerator.next(random));
                        }
                        return drawnItems;
                    };
                },
                minItems);
    }

    /**
     * Truth-aware samples: a head, and the items a generator draws after it.
     *
     * @param model what the sample is about
     * @param heads the heads
     * @param items the generator of the items, per generation size
     * @param minItems the fewest items that count towards the minimum ({@link Model#countsTowardsMinimum}); the
     *     generator must draw at least as many
     * @param <H> the head
     * @param <T> the value
     * @return the arbitrary, without edge cases
     */
    public static <H, T> Arbitrary<T> arbitrary(
            Model<H, T> model, Arbitrary<H> heads, IntFunction<ItemsGenerator> items, int minItems) {
        return Arbitraries.fromGeneratorWithSize(genSize -> {
            RandomGenerator<H> headGenerator = heads.generator(genSize);
            ItemsGenerator itemsGenerator = items.apply(genSize);
            return (Random random) -> {
                Shrinkable<H> head = headGenerator.next(random);
                return drawn(model, head, itemsGenerator.next(random), minItems);
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
        T built = value;
        if (built == null) {
            built = model.build(about, evidence);
            value = built;
        }
        return built;
    }

    @Override
    public Stream<Shrinkable<T>> shrink() {
        Stream<TruthSample<H, T>> removals = Stream.of(0).flatMap(x -> removals());
        Stream<TruthSample<H, T>> simplifications = Stream.of(
                        Stream.of(0)
                                .flatMap(x ->
                                        head.shrink().limit(HEAD_CANDIDATES).map(this::withHead)),
                        Stream.of(0).flatMap(x -> allItemsSimplified()),
                        Stream.of(0).flatMap(x -> simplifiedItems()))
                .flatMap(s -> s);
        Stream<TruthSample<H, T>> candidates =
                removalsLast ? Stream.concat(simplifications, removals) : Stream.concat(removals, simplifications);
        return candidates.filter(TruthSample::holdsItsShares).map(s -> s);
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
        return new TruthSample<>(model, newHead, items, values, null, minItems, drawn, true);
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
        return new TruthSample<>(model, head, keptItems, keptValues, keptEvidence, minItems, drawn, false);
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
        return new TruthSample<>(model, head, changedItems, changedValues, changedEvidence, minItems, drawn, true);
    }

    /** Removals of the most items first; for each number, from several starting points. */
    private Stream<TruthSample<H, T>> removals() {
        int counted = 0;
        for (Tuple.Tuple2<Integer, Draw> item : values) {
            if (model.countsTowardsMinimum(item.get1())) {
                counted++;
            }
        }
        int removable = items.size() - counted + Math.max(0, counted - minItems);
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
        Stream<TruthSample<H, T>> byCount = counts.stream().flatMap(count -> {
            int step = Math.max(1, count);
            return IntStream.iterate(0, start -> start < items.size(), start -> start + step)
                    .mapToObj(start -> removing(count, start))
                    .filter(candidate -> candidate.items.size() < items.size())
                    .map(candidate -> candidate);
        });
        return Stream.concat(byCount, Stream.of(0).flatMap(x -> pairRemovals()));
    }

    /**
     * Removals of two items at once, for a short sample: where items of many trials each hold a share, removing any one
     * of them can break it while removing two, one above the share and one below, keeps it (eight Sean Ellis tallies
     * of 220 respondents stayed eight without these).
     */
    private Stream<TruthSample<H, T>> pairRemovals() {
        int size = items.size();
        if (size > MAX_PAIR_ITEMS || size < 2) {
            return Stream.empty();
        }
        return IntStream.range(0, size)
                .boxed()
                .flatMap(i -> IntStream.range(i + 1, size)
                        .mapToObj(j -> {
                            boolean[] taken = new boolean[size];
                            taken[i] = true;
                            taken[j] = true;
                            return keeping(taken);
                        })
                        .filter(candidate -> candidate.countedItems() >= minItems));
    }

    private int countedItems() {
        int counted = 0;
        for (Tuple.Tuple2<Integer, Draw> item : values) {
            if (model.countsTowardsMinimum(item.get1())) {
                counted++;
            }
        }
        return counted;
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
        int countedLeft = 0;
        for (Tuple.Tuple2<Integer, Draw> each : values) {
            if (model.countsTowardsMinimum(each.get1())) {
                countedLeft++;
            }
        }
        for (int i = 0; i < items.size() && taking < count; i++) {
            int at = (start + i) % items.size();
            int r = values.get(at).get1();
            boolean counts = model.countsTowardsMinimum(r);
            if (counts && countedLeft <= minItems) {
                continue;
            }
            Evidence item = built.get(at);
            long[] share = r < drawn.length ? drawn[r] : null;
            if (item == null || share == null) {
                taken[at] = true;
                taking++;
                countedLeft -= counts ? 1 : 0;
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
                countedLeft -= counts ? 1 : 0;
            }
        }
        return keeping(taken);
    }

    /**
     * Every item simplified at once, each to its first simpler version that keeps its recipe and luck: one step where
     * simplifying the items one at a time would take one per item (twenty items of a failing case, each with a source,
     * a time and a quote to simplify, took thousands of calls of the property).
     */
    private Stream<TruthSample<H, T>> allItemsSimplified() {
        if (items.size() < 2) {
            return Stream.empty();
        }
        List<@Nullable EvidenceRecipe> recipes = model.recipes(head.value());
        List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> simpler = new ArrayList<>(items.size());
        boolean changed = false;
        for (int i = 0; i < items.size(); i++) {
            Shrinkable<Tuple.Tuple2<Integer, Draw>> first =
                    simplerVersions(i, recipes).findFirst().orElse(items.get(i));
            changed |= first != items.get(i);
            simpler.add(first);
        }
        return changed ? Stream.of(replacingAll(simpler, recipes)) : Stream.empty();
    }

    private TruthSample<H, T> replacingAll(
            List<Shrinkable<Tuple.Tuple2<Integer, Draw>>> simpler, List<@Nullable EvidenceRecipe> recipes) {
        List<Tuple.Tuple2<Integer, Draw>> changedValues = new ArrayList<>(simpler.size());
        List<@Nullable Evidence> changedEvidence = new ArrayList<>(simpler.size());
        for (int i = 0; i < simpler.size(); i++) {
            Shrinkable<Tuple.Tuple2<Integer, Draw>> item = simpler.get(i);
            if (item == items.get(i)) {
                changedValues.add(values.get(i));
                changedEvidence.add(built.get(i));
            } else {
                Tuple.Tuple2<Integer, Draw> value = item.value();
                int r = value.get1();
                EvidenceRecipe recipe = r < recipes.size() ? recipes.get(r) : null;
                changedValues.add(value);
                changedEvidence.add(recipe == null ? null : recipe.build(value.get2()));
            }
        }
        return new TruthSample<>(model, head, simpler, changedValues, changedEvidence, minItems, drawn, true);
    }

    /** The simpler versions of an item that keep its recipe and, with a truth, the uniform points of its outcomes. */
    private Stream<Shrinkable<Tuple.Tuple2<Integer, Draw>>> simplerVersions(
            int i, List<@Nullable EvidenceRecipe> recipes) {
        Tuple.Tuple2<Integer, Draw> item = values.get(i);
        int r = item.get1();
        EvidenceRecipe recipe = r < recipes.size() ? recipes.get(r) : null;
        boolean lucky = recipe != null && recipe.hasTruth();
        return items.get(i).shrink().limit(ITEM_CANDIDATES).filter(simpler -> {
            Tuple.Tuple2<Integer, Draw> value = simpler.value();
            return item.get1().equals(value.get1()) && (!lucky || keepsItsLuck(item.get2(), value.get2()));
        });
    }

    /** Each item simplified, keeping its recipe and, with a truth, the uniform points of its outcomes. */
    private Stream<TruthSample<H, T>> simplifiedItems() {
        List<@Nullable EvidenceRecipe> recipes = model.recipes(head.value());
        return IntStream.range(0, items.size())
                .boxed()
                .flatMap(i -> simplerVersions(i, recipes).map(simpler -> replacing(i, simpler)));
    }

    private static boolean keepsItsLuck(Draw draw, Draw simpler) {
        return draw.first() == simpler.first() && draw.second() == simpler.second();
    }
}
