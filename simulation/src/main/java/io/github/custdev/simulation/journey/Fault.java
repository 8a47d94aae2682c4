package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.Rejection;
import io.github.custdev.simulation.internal.Checks;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * A deliberately invalid event for the driver to insert into a journey: where, which rule it breaks, two digits that
 * say how, and how long after the last event. Immutable and thread-safe.
 *
 * <p>The fault goes before step {@code slot % (steps + 1)} (after the last step when that is the number of steps). It
 * breaks rule {@code rules[rule % rules.size()]} of the spec's {@link JourneySpec#rules() rules}; when the venture
 * cannot break that rule there (an empty pivot budget cannot break a pivot rule, say) the driver tries the rules 7
 * further on in turn, and after the last step tries again. The digits choose the area and pivot type of made-up
 * hypotheses, which hypothesis an event names, and small amounts.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Fault {

    /** Slots lie in {@code [0, SLOTS)} in a random fault. */
    public static final int SLOTS = 1000;

    private final int slot;
    private final int rule;
    private final int a;
    private final int b;
    private final Duration pause;

    private Fault(int slot, int rule, int a, int b, Duration pause) {
        this.slot = slot;
        this.rule = rule;
        this.a = a;
        this.b = b;
        this.pause = pause;
    }

    /**
     * A fault.
     *
     * @param slot where it goes, zero or more (taken modulo the number of steps plus one)
     * @param rule which rule it breaks, zero or more (taken modulo the number of rules of the spec)
     * @param a the first digit, in [0, 9]
     * @param b the second digit, in [0, 9]
     * @param pause how long after the last event, zero or more
     * @return the fault
     * @throws io.github.custdev.InvalidValueException if a number is out of range or the pause is null or negative
     */
    public static Fault of(int slot, int rule, int a, int b, Duration pause) {
        return new Fault(
                Checks.notNegative("slot", slot),
                Checks.notNegative("rule", rule),
                Checks.inRange("a", a, 0, Step.DIGITS - 1),
                Checks.inRange("b", b, 0, Step.DIGITS - 1),
                Step.notNegative(pause));
    }

    /**
     * A random fault, drawn as a test kit's generator draws it: the slot uniform in [0, {@value #SLOTS}), the rule
     * uniform among the indices of {@link Rejection.Rule}, the digits uniform in [0, 9], and the pause by
     * {@link JourneyTables#randomPause(RandomGenerator)}.
     *
     * @param random the generator to draw from
     * @return the fault
     */
    public static Fault random(RandomGenerator random) {
        Checks.notNull("random", random);
        int slot = random.nextInt(SLOTS);
        int rule = random.nextInt(Rejection.Rule.values().length);
        int a = random.nextInt(Step.DIGITS);
        int b = random.nextInt(Step.DIGITS);
        return new Fault(slot, rule, a, b, JourneyTables.randomPause(random));
    }

    /**
     * Where the fault goes.
     *
     * @return the slot, zero or more
     */
    public int slot() {
        return slot;
    }

    /**
     * Which of the spec's rules it breaks.
     *
     * @return the index, zero or more
     */
    public int rule() {
        return rule;
    }

    /**
     * The first digit.
     *
     * @return the digit, in [0, 9]
     */
    public int a() {
        return a;
    }

    /**
     * The second digit.
     *
     * @return the digit, in [0, 9]
     */
    public int b() {
        return b;
    }

    /**
     * How long after the last event the invalid event happens.
     *
     * @return the pause, zero or more
     */
    public Duration pause() {
        return pause;
    }

    @Override
    public String toString() {
        return "Fault[" + slot + ", " + rule + ", " + a + ", " + b + ", +" + pause + ']';
    }
}
