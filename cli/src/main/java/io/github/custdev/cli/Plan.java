package io.github.custdev.cli;

import io.github.custdev.simulation.Execution;
import io.github.custdev.simulation.Grid;
import io.github.custdev.simulation.Metric;
import io.github.custdev.simulation.PointSummary;
import io.github.custdev.simulation.Results;
import io.github.custdev.simulation.RunFailure;
import io.github.custdev.simulation.RunRecord;
import io.github.custdev.simulation.Summary;
import io.github.custdev.simulation.Sweep;
import io.vavr.collection.Array;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated sweep file bound to its experiment's types: the simulation {@link Sweep}, and the rows of the tables for
 * a block of consecutive grid points. Immutable and thread-safe.
 *
 * @param <P> the type of a point's parameters
 * @param <R> the type of a run's record
 */
final class Plan<P, R> {

    /** The statistics of each metric in the per-point table, in column order. */
    static final Seq<String> STATISTICS =
            Array.of("mean", "sd", "se", "min", "p5", "p25", "median", "p75", "p95", "max");

    private final SweepFile file;
    private final SweepExperiment<P, R> experiment;
    private final Seq<String> gridOrder;
    private final Sweep<P, R> sweep;

    private Plan(SweepFile file, SweepExperiment<P, R> experiment) {
        this.file = file;
        this.experiment = experiment;
        this.gridOrder = file.grid().names();
        List<P> points = new ArrayList<>((int) file.points());
        for (int i = 0; i < file.points(); i++) {
            points.add(experiment.point(values(i)));
        }
        this.sweep = Sweep.of(experiment.experiment(), Grid.ofAll(points), file.replications(), file.seed())
                .withCommonRandomNumbers(file.commonRandomNumbers());
    }

    static Plan<?, ?> of(SweepFile file) {
        return bind(file, file.experiment());
    }

    private static <P, R> Plan<P, R> bind(SweepFile file, SweepExperiment<P, R> experiment) {
        return new Plan<>(file, experiment);
    }

    SweepFile file() {
        return file;
    }

    Sweep<P, R> sweep() {
        return sweep;
    }

    /**
     * Every parameter's value at a grid point: the grid is the product of the parameters' values in the file's order,
     * the first varying slowest.
     */
    Map<String, Object> values(int point) {
        Map<String, Object> values = LinkedHashMap.empty();
        long rest = point;
        for (String name : gridOrder.reverse()) {
            Seq<Object> options = file.grid().values(name);
            values = values.put(name, options.get((int) (rest % options.size())));
            rest /= options.size();
        }
        Map<String, Object> ordered = LinkedHashMap.empty();
        for (Parameter parameter : experiment.parameters()) {
            ordered = ordered.put(parameter.name(), values.get(parameter.name()).get());
        }
        return ordered;
    }

    private String parameterCells(int point) {
        return values(point).values().map(Parameter::format).mkString(",");
    }

    private String parameterHeader() {
        return experiment.parameters().map(Parameter::name).mkString(",");
    }

    Seq<String> parameterNames() {
        return experiment.parameters().map(Parameter::name);
    }

    Seq<String> metricNames() {
        return experiment.metrics().map(Metric::name);
    }

    String runsHeader() {
        return "run,point,replication,seed," + parameterHeader() + ","
                + experiment.columns().map(Column::name).mkString(",");
    }

    String pointsHeader() {
        StringBuilder header =
                new StringBuilder("point,").append(parameterHeader()).append(",runs,failures");
        for (Metric<R> metric : experiment.metrics()) {
            for (String statistic : STATISTICS) {
                header.append(',').append(metric.name()).append('_').append(statistic);
            }
        }
        return header.toString();
    }

    static String failuresHeader() {
        return "run,point,replication,seed,error";
    }

    /** Executes the runs of points {@code [from, to)}. */
    Results<P, R> execute(int from, int to, Execution execution) {
        return sweep.execute((long) from * file.replications(), (long) to * file.replications(), execution);
    }

    /** The columns of the per-run table and the types of their cells. */
    Seq<SweepSpec.Field> runFields() {
        Seq<SweepSpec.Field> fields = Array.of(
                new SweepSpec.Field("run", SweepSpec.Type.LONG),
                new SweepSpec.Field("point", SweepSpec.Type.INT),
                new SweepSpec.Field("replication", SweepSpec.Type.INT),
                new SweepSpec.Field("seed", SweepSpec.Type.LONG));
        for (Parameter parameter : experiment.parameters()) {
            fields = fields.append(new SweepSpec.Field(parameter.name(), type(parameter.kind())));
        }
        for (Column<R> column : experiment.columns()) {
            fields = fields.append(new SweepSpec.Field(column.name(), column.type()));
        }
        return fields;
    }

    private static SweepSpec.Type type(Parameter.Kind kind) {
        switch (kind) {
            case INTEGER:
                return SweepSpec.Type.INT;
            case DECIMAL:
                return SweepSpec.Type.DOUBLE;
            default:
                return SweepSpec.Type.STRING;
        }
    }

    /** The typed per-run rows of some results: a cell per field of {@link #runFields()}. */
    List<Object[]> typedRunRows(Results<P, R> results) {
        List<Object[]> rows = new ArrayList<>(results.records().size());
        int width = 4 + experiment.parameters().size() + experiment.columns().size();
        int lastPoint = -1;
        Object[] cells = new Object[0];
        for (RunRecord<P, R> record : results.records()) {
            int point = record.run().point();
            if (point != lastPoint) {
                cells = values(point).values().toJavaArray();
                lastPoint = point;
            }
            Object[] row = new Object[width];
            row[0] = record.run().index();
            row[1] = point;
            row[2] = record.run().replication();
            row[3] = record.run().seed();
            System.arraycopy(cells, 0, row, 4, cells.length);
            int i = 4 + cells.length;
            for (Column<R> column : experiment.columns()) {
                row[i++] = column.value(record.result());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The typed per-run rows of the runs in {@code [from, to)} that succeed, executed on the calling thread. */
    List<Object[]> runRows(long from, long to) {
        return typedRunRows(sweep.execute(from, to, Execution.sequential()));
    }

    /** The per-run rows of a block's results, each ending in a line feed. */
    String runRows(Results<P, R> results) {
        StringBuilder rows = new StringBuilder();
        for (Object[] row : typedRunRows(results)) {
            rows.append(SweepSpec.csvLine(row)).append('\n');
        }
        return rows.toString();
    }

    /** The per-point rows of a block's results (points whose runs all failed have none), each ending in a line feed. */
    String pointRows(Results<P, R> results) {
        StringBuilder rows = new StringBuilder();
        for (PointSummary<P> summary : results.summarize(experiment.metrics())) {
            rows.append(summary.point())
                    .append(',')
                    .append(parameterCells(summary.point()))
                    .append(',')
                    .append(summary.runs())
                    .append(',')
                    .append(summary.failures());
            for (Metric<R> metric : experiment.metrics()) {
                Summary s = summary.metric(metric.name());
                rows.append(',').append(s.mean());
                rows.append(',')
                        .append(s.standardDeviation().map(String::valueOf).getOrElse(""));
                rows.append(',').append(s.standardError().map(String::valueOf).getOrElse(""));
                rows.append(',').append(s.min());
                rows.append(',').append(s.p5());
                rows.append(',').append(s.p25());
                rows.append(',').append(s.median());
                rows.append(',').append(s.p75());
                rows.append(',').append(s.p95());
                rows.append(',').append(s.max());
            }
            rows.append('\n');
        }
        return rows.toString();
    }

    /** The failed runs of a block, each ending in a line feed. */
    String failureRows(Results<P, R> results) {
        StringBuilder rows = new StringBuilder();
        for (RunFailure<P> failure : results.failures()) {
            rows.append(failure.run().index())
                    .append(',')
                    .append(failure.run().point())
                    .append(',')
                    .append(failure.run().replication())
                    .append(',')
                    .append(failure.run().seed())
                    .append(',')
                    .append(Csv.quote(String.valueOf(failure.cause())))
                    .append('\n');
        }
        return rows.toString();
    }

    Seq<DistributionSpec> distributions() {
        return experiment.distributions();
    }

    Seq<ChartSpec> charts() {
        return experiment.charts();
    }
}
