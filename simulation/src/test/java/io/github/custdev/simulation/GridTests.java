package io.github.custdev.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GridTests {

    @Test
    void pointsKeepTheirOrder() {
        Grid<String> grid = Grid.of("b", "a", "c");
        assertEquals(3, grid.size());
        assertEquals("a", grid.point(1));
        assertEquals(List.of("b", "a", "c"), grid.points().toList());
        java.util.List<String> seen = new ArrayList<>();
        grid.forEach(seen::add);
        assertEquals(Arrays.asList("b", "a", "c"), seen);
        assertEquals("Grid[b, a, c]", grid.toString());
    }

    @Test
    void theProductVariesTheFirstValueSlowest() {
        Grid<String> grid = Grid.product(List.of(1, 2), List.of("x", "y", "z"), (n, s) -> n + s);
        assertEquals(List.of("1x", "1y", "1z", "2x", "2y", "2z"), grid.points().toList());
    }

    @Test
    void gridsOfTheSamePointsAreEqual() {
        assertEquals(Grid.of(1, 2), Grid.ofAll(List.of(1, 2)));
        assertEquals(Grid.of(1, 2).hashCode(), Grid.ofAll(List.of(1, 2)).hashCode());
        assertNotEquals(Grid.of(1, 2), Grid.of(2, 1));
        assertNotEquals(Grid.of(1, 2).hashCode(), Grid.of(2, 1).hashCode());
        assertNotEquals(Grid.of(1), List.of(1));
    }

    @Test
    void badGridsAreRefused() {
        Expect.invalid("points must not be empty: []", () -> Grid.ofAll(List.empty()));
        Expect.invalid("points must not be empty: []", Grid::of);
        Expect.invalid("points[1] is null", () -> Grid.of("a", null));
        Expect.invalid("points is null", () -> Grid.ofAll(null));
        Expect.invalid("points is null", () -> Grid.of((String[]) null));
        Expect.invalid("point is null", () -> Grid.product(List.of(1), List.of(2), null));
        Expect.invalid("first is null", () -> Grid.product(null, List.of(2), (a, b) -> a));
        Expect.invalid("second is null", () -> Grid.product(List.of(1), null, (a, b) -> a));
        Expect.invalid("points must not be empty: []", () -> Grid.product(List.of(1), List.empty(), (a, b) -> a));
        Expect.invalid("points[0] is null", () -> Grid.product(List.of(1), List.of(2), (a, b) -> null));
        Grid<Integer> grid = Grid.of(1, 2);
        Expect.invalid("index must be in [0, 2): 2", () -> grid.point(2));
        Expect.invalid("index must be in [0, 2): -1", () -> grid.point(-1));
    }
}
