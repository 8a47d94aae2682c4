package io.github.custdev.simulation.market;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.Results;
import io.github.custdev.simulation.RunRecord;
import io.github.custdev.simulation.Summary;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

/**
 * The outcomes of one arm of a study (one founder in one market, many ventures) and the figures a research table
 * reports: how the ventures ended, how often they pivoted, the revenue they reached and its upper tail, where their
 * founders were wrong, what they spent. Shares come with their standard error {@code sqrt(p (1 - p) / n)}, summaries
 * with theirs ({@link Summary}). Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ArmSummary {

    private final String founder;
    private final Vector<VentureOutcome> outcomes;

    private ArmSummary(String founder, Vector<VentureOutcome> outcomes) {
        this.founder = founder;
        this.outcomes = outcomes;
    }

    /**
     * The summary of an arm's outcomes.
     *
     * @param label the arm's label, not blank (usually the founder's name)
     * @param outcomes the outcomes, at least one
     * @return the summary
     * @throws InvalidValueException if the label is blank or the outcomes are empty or hold a null
     */
    public static ArmSummary of(String label, Iterable<VentureOutcome> outcomes) {
        Checks.notNull("label", label);
        if (label.isBlank()) {
            throw InvalidValueException.of("label", "must not be blank", label);
        }
        Vector<VentureOutcome> all = Vector.ofAll(Checks.notNull("outcomes", outcomes));
        if (all.isEmpty()) {
            throw InvalidValueException.of("outcomes", "must not be empty", "[]");
        }
        for (int i = 0; i < all.size(); i++) {
            Checks.notNull("outcomes[" + i + "]", all.get(i));
        }
        return new ArmSummary(label, all);
    }

    /**
     * The summary of every point of a sweep's results, in the grid's order, each labelled with its founder's name
     * (and, where one founder appears at several points, the point's index: {@code "scientific #2"}).
     *
     * @param results the results of a sweep of scenarios
     * @return one summary per point that has at least one outcome
     * @throws InvalidValueException if the results are null
     */
    public static Seq<ArmSummary> of(Results<Scenario, VentureOutcome> results) {
        Checks.notNull("results", results);
        List<List<VentureOutcome>> byPoint = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RunRecord<Scenario, VentureOutcome> record : results.records()) {
            int point = record.run().point();
            while (byPoint.size() <= point) {
                byPoint.add(new ArrayList<>());
                names.add("");
            }
            byPoint.get(point).add(record.result());
            names.set(point, record.run().parameters().founder().name());
        }
        Vector<ArmSummary> arms = Vector.empty();
        for (int point = 0; point < byPoint.size(); point++) {
            if (byPoint.get(point).isEmpty()) {
                continue;
            }
            String name = names.get(point);
            boolean repeated = names.stream().filter(name::equals).count() > 1;
            arms = arms.append(new ArmSummary(repeated ? name + " #" + point : name, Vector.ofAll(byPoint.get(point))));
        }
        return arms;
    }

    /**
     * The arm's label.
     *
     * @return the label
     */
    public String founder() {
        return founder;
    }

    /**
     * The arm's outcomes, in the order given.
     *
     * @return the outcomes
     */
    public Seq<VentureOutcome> outcomes() {
        return outcomes;
    }

    /**
     * The number of ventures.
     *
     * @return the count, at least 1
     */
    public int ventures() {
        return outcomes.size();
    }

    /**
     * The share of ventures whose outcome meets a condition.
     *
     * @param condition the condition
     * @return the share, in [0, 1]
     * @throws InvalidValueException if the condition is null
     */
    public double share(Predicate<VentureOutcome> condition) {
        Checks.notNull("condition", condition);
        return (double) outcomes.count(condition) / outcomes.size();
    }

    /**
     * The standard error of a share of this arm's ventures, {@code sqrt(p (1 - p) / n)}.
     *
     * @param share the share, in [0, 1]
     * @return the standard error
     * @throws InvalidValueException if the share is out of range
     */
    public double standardError(double share) {
        Checks.probability("share", share);
        return Math.sqrt(share * (1 - share) / outcomes.size());
    }

    /**
     * The summary of a number of every outcome.
     *
     * @param value the number
     * @return the summary
     * @throws InvalidValueException if the function is null or gives a value that is not finite
     */
    public Summary summary(ToDoubleFunction<VentureOutcome> value) {
        Checks.notNull("value", value);
        double[] values = new double[outcomes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.applyAsDouble(outcomes.get(i));
        }
        return Summary.of(values);
    }

    /**
     * The share of ventures that launched.
     *
     * @return the share
     */
    public double launched() {
        return share(o -> o.ending() == VentureOutcome.Ending.LAUNCHED);
    }

    /**
     * The share of ventures whose founder terminated the idea ({@link VentureOutcome#terminated()}).
     *
     * @return the share
     */
    public double terminated() {
        return share(VentureOutcome::terminated);
    }

    /**
     * The share of ventures that ran out of cash.
     *
     * @return the share
     */
    public double outOfCash() {
        return share(o -> o.ending() == VentureOutcome.Ending.OUT_OF_CASH);
    }

    /**
     * The share of ventures that pivoted between {@code fewest} and {@code most} times.
     *
     * @param fewest the fewest pivots, zero or more
     * @param most the most pivots, at least {@code fewest}
     * @return the share
     * @throws InvalidValueException if the bounds are out of range
     */
    public double pivoted(int fewest, int most) {
        Checks.notNegative("fewest", fewest);
        Checks.inRange("most", most, fewest, Integer.MAX_VALUE, "must be at least fewest (" + fewest + ")");
        return share(o -> o.pivots().size() >= fewest && o.pivots().size() <= most);
    }

    /**
     * The revenue the ventures reached at the horizon (0 for those that did not launch).
     *
     * @return the summary
     */
    public Summary revenue() {
        return summary(VentureOutcome::revenue);
    }

    /**
     * The share of ventures whose revenue at the horizon reached a threshold.
     *
     * @param threshold the threshold, finite and &gt; 0
     * @return the share
     * @throws InvalidValueException if the threshold is out of range
     */
    public double reaching(double threshold) {
        Checks.positive("threshold", threshold);
        return share(o -> o.revenue() >= threshold);
    }

    /**
     * The mean number of phases a venture advanced from while a hypothesis of the phase did not hold.
     *
     * @return the mean, zero or more
     */
    public double falseProceeds() {
        return summary(VentureOutcome::falseProceeds).mean();
    }

    /**
     * The mean number of true hypotheses a venture's pivots retired.
     *
     * @return the mean, zero or more
     */
    public double falsePivots() {
        return summary(VentureOutcome::falsePivots).mean();
    }

    /**
     * A Markdown table of arms, one row each: ventures, the shares launched, terminated and out of cash, the shares
     * pivoting never, once or twice, and three times or more, the mean, 75th and 95th percentile of revenue, and the
     * mean false proceeds and false pivots. Shares as percentages with one decimal, numbers with one decimal, in
     * {@link Locale#ROOT}, so the same arms give the same text on every machine.
     *
     * @param arms the arms
     * @return the table, with a header, one line per row, each ending with a line feed
     * @throws InvalidValueException if the arms are null or hold a null
     */
    public static String table(Iterable<ArmSummary> arms) {
        Checks.notNull("arms", arms);
        StringBuilder table = new StringBuilder(
                "| founder | ventures | launched | terminated | out of cash | 0 pivots | 1-2 pivots | 3+ pivots"
                        + " | revenue mean | revenue p75 | revenue p95 | false proceeds | false pivots |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int i = 0;
        for (ArmSummary arm : arms) {
            Checks.notNull("arms[" + i++ + "]", arm);
            Summary revenue = arm.revenue();
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f | %.1f | %.1f | %.2f | %.2f |%n",
                    arm.founder,
                    arm.ventures(),
                    100 * arm.launched(),
                    100 * arm.terminated(),
                    100 * arm.outOfCash(),
                    100 * arm.pivoted(0, 0),
                    100 * arm.pivoted(1, 2),
                    100 * arm.pivoted(3, Integer.MAX_VALUE),
                    revenue.mean(),
                    revenue.p75(),
                    revenue.p95(),
                    arm.falseProceeds(),
                    arm.falsePivots()));
        }
        return table.toString().replace("\r\n", "\n");
    }

    @Override
    public String toString() {
        return "ArmSummary[" + founder + ", " + outcomes.size() + " ventures]";
    }
}
