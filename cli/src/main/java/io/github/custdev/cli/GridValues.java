package io.github.custdev.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/**
 * The values a sweep file's grid gives each parameter (the default alone for a parameter it does not name), with the
 * path in the file of each value, for {@link SweepExperiment#check(GridValues)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class GridValues {

    private final Map<String, Seq<Object>> values;
    private final Map<String, String> paths;
    private final Map<String, Boolean> single;

    GridValues(Map<String, Seq<Object>> values, Map<String, String> paths, Map<String, Boolean> single) {
        this.values = values;
        this.paths = paths;
        this.single = single;
    }

    static GridValues empty() {
        return new GridValues(LinkedHashMap.empty(), LinkedHashMap.empty(), LinkedHashMap.empty());
    }

    GridValues with(String name, Seq<Object> parameterValues, String path, boolean isSingle) {
        return new GridValues(values.put(name, parameterValues), paths.put(name, path), single.put(name, isSingle));
    }

    /**
     * The values of a parameter, in the order of the file.
     *
     * @param parameter the parameter's name
     * @return the values; empty for a name the experiment does not declare
     */
    public Seq<Object> values(String parameter) {
        return values.get(parameter).getOrElse(io.vavr.collection.Array.empty());
    }

    /**
     * The path in the file of one value: {@code grid.K[3]} for the fourth value of a list or a range, {@code grid.K}
     * for a single value, {@code defaults.K} for a parameter the grid does not name.
     *
     * @param parameter the parameter's name
     * @param index the value's index among {@link #values(String)}
     * @return the path
     */
    public String path(String parameter, int index) {
        String base = paths.get(parameter).getOrElse("defaults." + parameter);
        return single.get(parameter).getOrElse(true) ? base : base + "[" + index + "]";
    }

    /**
     * The parameters, in the order of the grid (the first varies slowest).
     *
     * @return the names
     */
    Seq<String> names() {
        return values.keySet().toList();
    }

    Map<String, Seq<Object>> asMap() {
        return values;
    }
}
