package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * One step of a journey's script: what to do next, three digits that say how, how long after the last event, and the
 * draws of the evidence it may record. Immutable and thread-safe.
 *
 * <p>The driver reads the venture before each step: it acts on the current gate decision when {@code a < 7} (advances
 * after a Proceed, pivots after a Pivot, closes after a Kill when {@code b} is even), and otherwise makes an event of
 * the step's kind, or of the first of stated, hired, chosen, recorded that fits. The digits choose, depending on the
 * kind:
 *
 * <ul>
 *   <li>stated: the business model area ({@code a}), the phase ({@code Phase.values()[b % 4]} when {@code c == 0},
 *       the venture's otherwise), and the hypothesis: its criterion's metric ({@code b % 5}: 3 a mean, 4 a count,
 *       otherwise a proportion), the true rate it leans to ({@link JourneyTables#RATES}{@code [(a + 2c) % 5]}),
 *       whether it holds ({@code (b + c) % 3 != 0}), its direction ({@code c % 4 == 3}: at most) and importance;
 *   <li>recorded: which active hypotheses ({@code a}; {@code b == 0} two of them, {@code b == 9} any phase), how many
 *       items ({@code c % 3 + 1}, from the step's draws) and what they cost ({@code 25 (c % 5)} from a money runway);
 *   <li>evaluated: the gate ({@code a % 5 == 0} the default gate of the phase), its strategy
 *       ({@link JourneyTables#GATE_STRATEGIES}{@code [b % 4]}), its budget ({@code c % 4}) and criteria;
 *   <li>pivoted: the pivot type ({@code b}), where it returns to and which hypothesis it replaces;
 *   <li>hired: the role {@link JourneyTables#ROLES}{@code [(10b + c) % 7]};
 *   <li>chosen: the segment ({@code a}), the unit economics ({@code b % 3}) and the conversion ({@code c});
 *   <li>closed: closes once the journey has its minimum length.
 * </ul>
 *
 * <p>Smaller numbers make simpler events, so a shrinker that shrinks a script shrinks its journey.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Step {

    /** A step's digits lie in {@code [0, DIGITS)}. */
    public static final int DIGITS = 10;

    /** The draws of a step: one for each item of evidence it may record. */
    public static final int DRAWS = 3;

    private final EventKind kind;
    private final int a;
    private final int b;
    private final int c;
    private final Duration pause;
    private final Seq<Draw> draws;

    private Step(EventKind kind, int a, int b, int c, Duration pause, Seq<Draw> draws) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.c = c;
        this.pause = pause;
        this.draws = draws;
    }

    /**
     * A step.
     *
     * @param kind the kind of event it asks for
     * @param a the first digit, in [0, 9]
     * @param b the second digit, in [0, 9]
     * @param c the third digit, in [0, 9]
     * @param pause how long after the last event, zero or more
     * @param draws {@value #DRAWS} draws, their outcomes uniform points in (0, 1) (the driver's hypotheses all have a
     *     hidden truth); their observation times are replaced when they are recorded
     * @return the step
     * @throws InvalidValueException if a digit is out of range, the pause is negative, the draws are not three or have
     *     an outcome outside (0, 1), or an argument is null
     */
    public static Step of(EventKind kind, int a, int b, int c, Duration pause, Iterable<Draw> draws) {
        Checks.notNull("kind", kind);
        Checks.inRange("a", a, 0, DIGITS - 1);
        Checks.inRange("b", b, 0, DIGITS - 1);
        Checks.inRange("c", c, 0, DIGITS - 1);
        Seq<Draw> drawn = Vector.ofAll(Checks.notNull("draws", draws));
        if (drawn.size() != DRAWS) {
            throw InvalidValueException.of("draws", "must hold " + DRAWS + " draws", drawn.size());
        }
        for (int i = 0; i < DRAWS; i++) {
            Draw draw = Checks.notNull("draws[" + i + "]", drawn.get(i));
            if (!(draw.first() < 1.0 && draw.first() > 0.0 && draw.second() < 1.0 && draw.second() > 0.0)) {
                throw InvalidValueException.of("draws[" + i + "]", "must have outcomes in (0, 1)", draw);
            }
        }
        return new Step(kind, a, b, c, notNegative(pause), drawn);
    }

    static Duration notNegative(Duration pause) {
        if (Checks.notNull("pause", pause).isNegative()) {
            throw InvalidValueException.of("pause", "must not be negative", pause);
        }
        return pause;
    }

    /**
     * A random step among the given kinds, drawn as a test kit's generator draws it: the kind in proportion to the
     * {@link EventKind#weight() weights}, each digit uniform in [0, 9], the pause by
     * {@link JourneyTables#randomPause(RandomGenerator)}, and three draws by {@link #randomDraw(RandomGenerator)}.
     *
     * @param kinds the kinds, at least one, in the order of the enum
     * @param random the generator to draw from
     * @return the step
     * @throws InvalidValueException if there is no kind or an argument is null
     */
    public static Step random(Iterable<EventKind> kinds, RandomGenerator random) {
        Seq<EventKind> among =
                Vector.ofAll(Checks.notNull("kinds", kinds)).distinct().sorted();
        if (among.isEmpty()) {
            throw InvalidValueException.of("kinds", "must hold at least one kind", among.toJavaList());
        }
        Checks.notNull("random", random);
        EventKind kind = among.get(JourneyTables.weighted(among.map(EventKind::weight), random));
        int a = random.nextInt(DIGITS);
        int b = random.nextInt(DIGITS);
        int c = random.nextInt(DIGITS);
        Duration pause = JourneyTables.randomPause(random);
        Seq<Draw> drawn = Vector.of(randomDraw(random), randomDraw(random), randomDraw(random));
        return new Step(kind, a, b, c, pause, drawn);
    }

    /**
     * A random draw of a journey's evidence ({@link Draw#ofJourney}): every number uniform in its range, the
     * outcomes {@link Draw#uniform(int)} of a number uniform in {@code [0, 2^31)}.
     *
     * @param random the generator to draw from
     * @return the draw
     */
    public static Draw randomDraw(RandomGenerator random) {
        Checks.notNull("random", random);
        int kind = random.nextInt(Draw.KIND_SEEDS);
        int customer = random.nextInt(1, Draw.CUSTOMERS + 1);
        int strength = random.nextInt(Draw.STRENGTH_SEEDS);
        int trials = random.nextInt(1, Draw.JOURNEY_TRIALS + 1);
        double first = Draw.uniform(random.nextInt() >>> 1);
        double second = Draw.uniform(random.nextInt() >>> 1);
        return Draw.ofJourney(kind, customer, strength, trials, first, second);
    }

    /**
     * The kind of event this step asks for.
     *
     * @return the kind
     */
    public EventKind kind() {
        return kind;
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
     * The third digit.
     *
     * @return the digit, in [0, 9]
     */
    public int c() {
        return c;
    }

    /**
     * How long after the last event this step's event happens.
     *
     * @return the pause, zero or more
     */
    public Duration pause() {
        return pause;
    }

    /**
     * The draws of the evidence this step may record.
     *
     * @return {@value #DRAWS} draws
     */
    public Seq<Draw> draws() {
        return draws;
    }

    @Override
    public String toString() {
        return "Step[" + kind + ", " + a + ", " + b + ", " + c + ", +" + pause + ']';
    }
}
