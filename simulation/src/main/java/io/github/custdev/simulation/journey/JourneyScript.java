package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * The script of a journey: its steps, and the deliberately invalid events to insert among them. Immutable and
 * thread-safe.
 *
 * <p>A script is small numbers only, so the same script always gives the same journey, and a shrinker that shrinks the
 * script (fewer steps, smaller numbers) shrinks the journey.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class JourneyScript {

    private final Seq<Step> steps;
    private final Seq<Fault> faults;

    private JourneyScript(Seq<Step> steps, Seq<Fault> faults) {
        this.steps = steps;
        this.faults = faults;
    }

    /**
     * A script.
     *
     * @param steps the steps, in order
     * @param faults the invalid events to insert; empty for a valid journey
     * @return the script
     * @throws io.github.custdev.InvalidValueException if an argument is null or holds null
     */
    public static JourneyScript of(Iterable<Step> steps, Iterable<Fault> faults) {
        return new JourneyScript(noNulls("steps", steps), noNulls("faults", faults));
    }

    /**
     * A script of valid steps only.
     *
     * @param steps the steps, in order
     * @return the script
     * @throws io.github.custdev.InvalidValueException if the steps are null or hold null
     */
    public static JourneyScript of(Iterable<Step> steps) {
        return of(steps, Vector.empty());
    }

    private static <T> Seq<T> noNulls(String field, Iterable<T> values) {
        Seq<T> copy = Vector.ofAll(Checks.notNull(field, values));
        for (int i = 0; i < copy.size(); i++) {
            Checks.notNull(field + "[" + i + "]", copy.get(i));
        }
        return copy;
    }

    /**
     * A random script, drawn as a test kit's generators draw one: each step by
     * {@link Step#random(Iterable, RandomGenerator)} among the spec's kinds, then each fault by
     * {@link Fault#random(RandomGenerator)}. The same generator state gives the same script.
     *
     * @param spec the spec whose kinds the steps ask for
     * @param steps the number of steps, zero or more
     * @param faults the number of faults, zero or more
     * @param random the generator to draw from
     * @return the script
     * @throws io.github.custdev.InvalidValueException if a count is negative or an argument is null
     */
    public static JourneyScript random(JourneySpec spec, int steps, int faults, RandomGenerator random) {
        Checks.notNull("spec", spec);
        Checks.notNegative("steps", steps);
        Checks.notNegative("faults", faults);
        Checks.notNull("random", random);
        Vector<Step> drawnSteps = Vector.empty();
        for (int i = 0; i < steps; i++) {
            drawnSteps = drawnSteps.append(Step.random(spec.kinds(), random));
        }
        Vector<Fault> drawnFaults = Vector.empty();
        for (int i = 0; i < faults; i++) {
            drawnFaults = drawnFaults.append(Fault.random(random));
        }
        return new JourneyScript(drawnSteps, drawnFaults);
    }

    /**
     * The steps.
     *
     * @return the steps, in order
     */
    public Seq<Step> steps() {
        return steps;
    }

    /**
     * The invalid events to insert.
     *
     * @return the faults; empty for a valid journey
     */
    public Seq<Fault> faults() {
        return faults;
    }

    @Override
    public String toString() {
        return "JourneyScript[steps=" + steps.mkString(", ") + "; faults=" + faults.mkString(", ") + ']';
    }
}
