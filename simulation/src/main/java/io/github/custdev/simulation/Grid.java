package io.github.custdev.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.util.Iterator;
import java.util.function.BiFunction;
import org.apiguardian.api.API;

/**
 * The points of a parameter sweep, in a fixed order: the index of a point in its grid is part of the seed of each of
 * its runs ({@link Seeds}), so the same grid gives the same seeds wherever it runs.
 *
 * <p>Immutable and thread-safe when its points are.
 *
 * @param <P> the type of a point's parameters
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Grid<P> implements Iterable<P> {

    private final Array<P> points;

    private Grid(Array<P> points) {
        this.points = points;
    }

    /**
     * A grid of the given points, in the order given.
     *
     * @param points the points, at least one, none null
     * @param <P> the type of a point's parameters
     * @return the grid
     * @throws InvalidValueException if there is no point or a point is null
     */
    @SafeVarargs
    public static <P> Grid<P> of(P... points) {
        Checks.notNull("points", points);
        java.util.List<P> list = new java.util.ArrayList<>(points.length);
        for (P point : points) {
            list.add(point);
        }
        return ofAll(list);
    }

    /**
     * A grid of the given points, in their iteration order.
     *
     * @param points the points, at least one, none null
     * @param <P> the type of a point's parameters
     * @return the grid
     * @throws InvalidValueException if there is no point or a point is null
     */
    public static <P> Grid<P> ofAll(Iterable<? extends P> points) {
        Checks.notNull("points", points);
        Array<P> copy = Array.ofAll(points);
        if (copy.isEmpty()) {
            throw InvalidValueException.of("points", "must not be empty", java.util.List.of());
        }
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw InvalidValueException.ofNull("points[" + i + "]");
            }
        }
        return new Grid<>(copy);
    }

    /**
     * The cartesian product of two lists of values, the first varying slowest: for {@code [a1, a2]} and
     * {@code [b1, b2, b3]} the points are {@code (a1, b1), (a1, b2), (a1, b3), (a2, b1), ...}.
     *
     * @param first the values of the first parameter, at least one, none null
     * @param second the values of the second parameter, at least one, none null
     * @param point how two values make a point; it must not return null
     * @param <A> the type of the first parameter
     * @param <B> the type of the second parameter
     * @param <P> the type of a point's parameters
     * @return the grid of {@code first.size() * second.size()} points
     * @throws InvalidValueException if a list is empty or a value or a point is null
     */
    public static <A, B, P> Grid<P> product(
            Iterable<? extends A> first,
            Iterable<? extends B> second,
            BiFunction<? super A, ? super B, ? extends P> point) {
        Grid<A> as = ofAll(Checks.notNull("first", first));
        Grid<B> bs = ofAll(Checks.notNull("second", second));
        Checks.notNull("point", point);
        return ofAll(as.points.flatMap(a -> bs.points.map(b -> point.apply(a, b))));
    }

    /**
     * The number of points.
     *
     * @return the size, at least 1
     */
    public int size() {
        return points.size();
    }

    /**
     * The point at an index.
     *
     * @param index the index, in {@code [0, size())}
     * @return the point
     * @throws InvalidValueException if the index is out of range
     */
    public P point(int index) {
        if (index < 0 || index >= points.size()) {
            throw InvalidValueException.of("index", "must be in [0, " + points.size() + ")", index);
        }
        return points.get(index);
    }

    /**
     * The points, in order.
     *
     * @return the points
     */
    public Seq<P> points() {
        return points;
    }

    @Override
    public Iterator<P> iterator() {
        return points.iterator();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Grid<?> that && points.equals(that.points);
    }

    @Override
    public int hashCode() {
        return points.hashCode();
    }

    @Override
    public String toString() {
        return "Grid" + points.mkString("[", ", ", "]");
    }
}
