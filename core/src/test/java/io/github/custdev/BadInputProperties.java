package io.github.custdev;

import static io.github.custdev.BadInputTable.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.AudiencePath;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.NextAudienceDecision;
import io.github.custdev.audience.ReferralGrowth;
import io.github.custdev.audience.Segments;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.Sample;
import io.github.custdev.scoring.Scoring;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.SequentialScoring;
import io.github.custdev.scoring.Statistic;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.engine.SourceOfRandomness;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, systematically: a table of every public factory, {@code withX} copy and builder method of core that takes
 * an argument, with the kinds of invalid value each parameter must refuse (null, NaN and infinities, negative counts,
 * empty and blank texts, probabilities out of range, values that break a rule between parameters).
 *
 * <h2>Reading a row</h2>
 *
 * <p>A row of {@link #TABLE} is one entry point: the call, as a lambda over its arguments; the public signatures it
 * covers; and one line per parameter, naming the parameter, how to draw a valid value for it, and its kinds of bad
 * value. A kind names the field the message must start with and the exact rule it must state:
 *
 * <pre>{@code
 * entry(
 *         a -> Behaviour.of((HypothesisId) a[0], (Source) a[1], (Instant) a[2], (long) a[3], (long) a[4]),
 *         List.of("Behaviour.of(HypothesisId,Source,Instant,long,long)"),
 *         plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),              // hypothesisId is null
 *         ...
 *         plain("trials", Arbitraries.longs().between(10, 1_000), belowOne("trials"))) // trials must be >= 1: 0
 * }</pre>
 *
 * <p>Each (entry point, parameter, kind of bad value) is one case of {@link #everyBadArgumentIsRefusedNamingItsField},
 * named for what it checks ({@code Behaviour.of(...) with trials zero or negative -> trials must be >= 1}). The case
 * tries the kind's fixed edge values and {@value #DRAWS} generated ones, each with valid values drawn for the other
 * arguments, and asserts for every one: an {@link InvalidValueException} (not an {@code ArithmeticException}, a
 * {@code NullPointerException} or a {@code StackOverflowError}); its field; its rule; the message {@code field rule:
 * value}, the value quoted as the caller gave it (a text in quotes, anything longer than 200 characters cut); and every
 * argument, the receiver among them, equal to an independently built twin afterwards (a caller's list or array is not
 * changed). A failure names the values drawn and the seed of the run; {@code -Dcustdev.badInput.seed=...} repeats it.
 *
 * <h2>Adding a row</h2>
 *
 * <ol>
 *   <li>Add an {@code entry(call, signatures, params...)} to {@link #TABLE} under its group (a second receiver state
 *       of the same entry point is a {@code variant(label, call, params...)}).
 *   <li>For each parameter: {@code plain(name, valid, kinds...)} when a valid value is immutable, {@code fresh(name,
 *       validSuppliers, kinds...)} when it is mutable or a venture (so the twin is a separate copy), {@code
 *       receiver(name, validSuppliers)} for the object a copy method is called on.
 *   <li>For each kind of bad value: a shared kind of {@link BadInputTable} ({@code nul}, {@code blank}, {@code
 *       negativeCount}, {@code outsideUnit}, ...) carries its usual rule; if the library words it otherwise for this
 *       parameter, say so with {@code .because("the rule")}. A kind of this row alone is {@code bad(kind, field,
 *       fixedValues, generator).because("the rule")}; its generator sees the other arguments (and may set them, for a
 *       rule between parameters), and a rule that quotes another argument is {@code .because(shown, (bad, args) ->
 *       ...)}.
 *   <li>Run this class: {@link #everyPublicEntryPointHasItsBadInputCases} fails while a public entry point of the
 *       module has no row, and {@link #everyParameterHasBadValues} while a parameter has no kind of bad value.
 * </ol>
 *
 * <h2>Events that do not fit the venture</h2>
 *
 * <p>The {@link VentureEvent}s that are well formed but do not fit a venture (out-of-order instants, duplicate and
 * unknown ids, a closed venture, an exhausted runway, ...) have a table of their own, {@link #MISFITS}: a row names the
 * rule, the kind of event, the venture and how to draw such events. Each row is a case of {@link
 * #everyEventThatDoesNotFitIsRejectedNamingTheRule}: the event is answered with a {@link Rejection} naming that rule,
 * the event and its position, whether applied alone, at the end of an all-or-nothing batch or replayed after the
 * history, and the venture is left equal to an independently built twin. {@link #everyRuleAndEveryKindOfEventHasItsMisfits}
 * fails while a rule or a kind of event has no row.
 */
class BadInputProperties {
    /** Generated bad values tried per cell, besides the fixed edge values of its kind. */
    private static final int DRAWS = 6;

    /** A rule that quotes the lower bound of an interval, the first argument. */
    private static final RuleOf AT_LEAST_LOWER_RULE = (v, a) -> "must be >= lower (" + a[0] + ")";

    /** A rule that quotes p0, the first argument of a sequential test. */
    private static final RuleOf ABOVE_P0_RULE = (v, a) -> "must be in (p0, 1) = (" + a[0] + ", 1)";

    /** The identifier's shape, the rule of every text an id refuses. */
    private static final String ID_SHAPE =
            "must be 1 to 100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit";

    // ---------------------------------------------------------------------------------------------------------------
    // The factory table
    // ---------------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void everyBadArgumentIsRefusedNamingItsField(Cell cell) {
        seed(cell);
        List<Object> badValues = new ArrayList<>(cell.bad.fixed);
        for (int i = 0; i < DRAWS && cell.bad.generated != null; i++) {
            badValues.add(null); // a placeholder: drawn below, once the other arguments are known
        }
        assertTrue(cell.bad.ruleOf != null, cell + ": the row names no rule; give it one with because(...)");
        for (Object fixedOrDrawn : badValues) {
            int n = cell.entry.params.size();
            Object[] args = new Object[n];
            Object[] twins = new Object[n];
            for (int i = 0; i < n; i++) {
                if (i != cell.index) {
                    Supplier<?> valid = draw(cell.entry.params.get(i).valid);
                    args[i] = valid.get();
                    twins[i] = valid.get();
                }
            }
            Object[] drawn = args.clone();
            Object bad = fixedOrDrawn != null ? fixedOrDrawn : draw(cell.bad.generated.apply(args));
            boolean between = false;
            for (int i = 0; i < n; i++) {
                if (args[i] != drawn[i]) {
                    twins[i] = args[i]; // adjusted by the bad value's generator, for a rule between parameters
                    between = true;
                }
            }
            args[cell.index] = bad == NULL ? null : bad;
            twins[cell.index] = args[cell.index];
            String what = cell + " with " + Arrays.deepToString(args) + " (seed " + SEED + ")";

            // the library's exception, not an ArithmeticException, a NullPointerException or a StackOverflowError
            InvalidValueException e =
                    assertThrows(InvalidValueException.class, () -> cell.entry.call.apply(args), what);
            assertEquals(cell.bad.field, e.field(), "field of " + what + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith(cell.bad.field + " "), "message names the field: " + e.getMessage());
            assertEquals(cell.bad.ruleOf.of(args[cell.index], args), e.rule(), "the rule of " + what);
            assertEquals(expectedMessage(e), e.getMessage(), "the message names the rule and quotes the value");
            if (!between && (bad instanceof CharSequence || bad instanceof Double || bad instanceof BigDecimal)) {
                assertEquals(bad, e.value(), "the value quoted is the caller's: " + e.getMessage());
            } else if (!between && bad instanceof Number) {
                // an int may be quoted as the long it widens to: the text must be the caller's
                assertEquals(bad.toString(), String.valueOf(e.value()), "the count quoted is the caller's: " + what);
            }
            for (int i = 0; i < n; i++) {
                assertEquals(show(twins[i]), show(args[i]), "argument " + i + " changed by " + what);
            }
        }
    }

    /**
     * The message as documented, rebuilt here: {@code field is null}, or {@code field rule: value} with a text quoted
     * and any value longer than 200 characters cut to its first 200 (not splitting a surrogate pair), an ellipsis and
     * its length.
     */
    private static String expectedMessage(InvalidValueException e) {
        if (e.value() == null && e.rule().equals("must not be null")) {
            return e.field() + " is null";
        }
        String text = String.valueOf(e.value());
        boolean quoted = e.value() instanceof CharSequence;
        String shown;
        if (text.length() <= 200) {
            shown = quoted ? '"' + text + '"' : text;
        } else {
            int end = Character.isHighSurrogate(text.charAt(199)) ? 199 : 200;
            String head = text.substring(0, end) + "...";
            shown = (quoted ? '"' + head + '"' : head) + " (" + text.length() + " characters)";
        }
        return e.field() + ' ' + e.rule() + ": " + shown;
    }

    /** The rows: every kind of bad value of every parameter of every entry point. */
    static Stream<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Entry entry : TABLE) {
            for (int i = 0; i < entry.params.size(); i++) {
                for (Bad bad : entry.params.get(i).bad) {
                    cells.add(new Cell(entry, i, bad));
                }
            }
        }
        return cells.stream();
    }

    /**
     * The seed of the values drawn: a new one every run, named by any failure, or the one given as {@code
     * -Dcustdev.badInput.seed=...} to repeat a run.
     */
    private static final long SEED = Long.getLong("custdev.badInput.seed", new Random().nextLong());

    /**
     * Seeds jqwik's sampling for one row (a JUnit case runs outside a property, where jqwik samples from its current
     * random source), so that a failing row repeats alone from the run's seed.
     */
    private static void seed(Object row) {
        SourceOfRandomness.create(Long.toString(SEED * 31 + row.toString().hashCode()));
    }

    /** A generated value, drawn from the row's seeded random source. */
    private static <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    /**
     * The other side of the table: values at the extremes the factories accept (error rates down to the smallest
     * subnormal, a discount rate of 1e308, Bass coefficients from the smallest double to 1e308, weights at 1e-6 and
     * 1e6, measurements at 1e100, priors at 1e-100 and 1e12) build values whose every figure is finite: nothing NaN or
     * infinite is returned.
     */
    @Property(tries = 60)
    void extremeValuesThatAreAcceptedGiveOnlyFiniteFigures(
            @ForAll("tinyRates") double alpha,
            @ForAll("tinyRates") double beta,
            @ForAll("hugeOrTiny") double p,
            @ForAll("hugeOrTiny") double q,
            @ForAll boolean sign) {
        SequentialScoring sprt = Scoring.sequential(0.2, 0.4, alpha, beta);
        assertFinite(
                "sequential " + alpha + ", " + beta,
                sprt.upperBoundary(),
                sprt.lowerBoundary(),
                sprt.expectedSampleNumber(0.2),
                sprt.expectedSampleNumber(0.3),
                sprt.expectedSampleNumber(0.4));
        Hypothesis rate = Hypothesis.of(
                PROBLEM,
                "rate",
                BusinessModelArea.PROBLEM,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.3, 1));
        EvidenceLog log = EvidenceLog.of(
                Behaviour.of(PROBLEM, Source.of("page"), Fixtures.T0, 3, 40),
                Commitment.made(PROBLEM, Source.of("buyer"), Fixtures.T0, Commitment.Kind.MONEY));
        assertFinite("sequential assessment", sprt.assess(rate, log));
        StrengthWeights weights = sign ? StrengthWeights.of(1e-6, 1e6, 1e6) : StrengthWeights.of(1e6, 1e-6, 1e-6);
        for (ScoringStrategy strategy : List.of(
                Scoring.bayesian().withDefaultPrior(BetaPrior.of(BetaPrior.MINIMUM, BetaPrior.MAXIMUM)),
                Scoring.bayesian().withDefaultPrior(BetaPrior.of(BetaPrior.MAXIMUM, BetaPrior.MINIMUM)),
                Scoring.fixedSample(),
                sprt)) {
            assertFinite(
                    strategy + " weighted " + weights,
                    Scoring.weightedByStrength(strategy, weights).assess(rate, log));
        }

        double huge = sign ? Measurement.MAXIMUM_MAGNITUDE : -Measurement.MAXIMUM_MAGNITUDE;
        Hypothesis mean = Hypothesis.of(
                PROBLEM,
                "mean",
                BusinessModelArea.PROBLEM,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.meanAtLeast(0, "USD", 2));
        EvidenceLog measured = EvidenceLog.of(
                Measurement.of(PROBLEM, Source.of("a"), Fixtures.T0, huge, "USD", Strength.SAID),
                Measurement.of(PROBLEM, Source.of("b"), Fixtures.T0, -huge, "USD", Strength.SAID),
                Measurement.of(PROBLEM, Source.of("c"), Fixtures.T0, huge, "USD", Strength.PAID));
        assertFinite(
                "mean of +-1e100",
                Scoring.weightedByStrength(Scoring.mean(), weights).assess(mean, measured));

        UnitEconomics economics = Segments.economics().withDiscountRate(1e308);
        assertFinite(
                "discount rate 1e308",
                economics.lifetimeValue(),
                economics.ltvToCac().getOrElse(0.0),
                economics.expectedLifetime(),
                economics.marginAfterAcquisition());

        if (p + q >= BassDiffusion.MINIMUM_RATE && p + q < Double.POSITIVE_INFINITY) {
            BassDiffusion bass = BassDiffusion.of(p, q, 1e6);
            assertFinite(
                    "Bass " + p + ", " + q,
                    bass.timeToReach(0.999_999 * 1e6).get(),
                    bass.cumulativeShare(1),
                    bass.cumulativeShare(1e300),
                    bass.cumulativeAdopters(10),
                    bass.adoptersIn(1),
                    bass.adoptersIn(Long.MAX_VALUE),
                    bass.peakTime());
        }
    }

    @Provide
    Arbitrary<Double> tinyRates() {
        return Arbitraries.oneOf(
                Arbitraries.of(Double.MIN_VALUE, 1e-320, Double.MIN_NORMAL, 1e-300, 0.05),
                Arbitraries.doubles().between(-323, -1).map(e -> Math.max(Double.MIN_VALUE, Math.pow(10, e))));
    }

    @Provide
    Arbitrary<Double> hugeOrTiny() {
        return Arbitraries.oneOf(
                Arbitraries.of(Double.MIN_VALUE, 1e-300, 1.0, 1e300, 1e308),
                Arbitraries.doubles().between(-323, 308).map(e -> Math.max(Double.MIN_VALUE, Math.pow(10, e))));
    }

    private static void assertFinite(String what, double... figures) {
        for (double figure : figures) {
            assertTrue(Double.isFinite(figure), what + ": " + Arrays.toString(figures));
        }
    }

    private static void assertFinite(String what, Assessment assessment) {
        assertFinite(
                what + " " + assessment,
                assessment.estimate(),
                assessment.probability(),
                assessment.statistic(),
                assessment.effectiveSampleSize(),
                assessment.uncertainty());
        assertTrue(
                !Double.isNaN(assessment.interval().lower())
                        && !Double.isNaN(assessment.interval().upper()),
                what);
        assertTrue(assessment.probability() >= 0 && assessment.probability() <= 1, what + " " + assessment);
    }

    /** Compares arguments by value, arrays by their elements. */
    private static Object show(Object value) {
        return value instanceof Object[] ? Arrays.asList((Object[]) value) : value;
    }

    /** Every parameter of every row has at least one kind of bad value, or says why it has none. */
    @Example
    void everyParameterHasBadValues() {
        List<String> bare = new ArrayList<>();
        for (Entry entry : TABLE) {
            for (Param param : entry.params) {
                if (param.bad.isEmpty() && param.noBadValue.isEmpty()) {
                    bare.add(entry.label + " " + param.name);
                }
            }
        }
        assertEquals(List.of(), bare, "parameters without bad values");
    }

    /**
     * The guard: every public static method of the API (its factories, and the few static helpers beside them), every
     * public copy ({@code withX}, and any method that returns a changed value of its own type)
     * and every public method of a public builder that takes an argument has a row in the table, and every row still
     * names a real entry point.
     */
    @Example
    void everyPublicEntryPointHasItsBadInputCases() {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : ApiScan.core().apiTypes()) {
            for (Method method : type.getMethods()) {
                if (isEntryPoint(type, method)) {
                    found.add(signature(type, method));
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        TABLE.forEach(entry -> covered.addAll(entry.signatures));
        covered.addAll(NO_BAD_INPUT.keySet());

        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(found);
        assertEquals(Set.of(), missing, "public entry points without bad-input cases: add rows to TABLE");
        assertEquals(Set.of(), stale, "rows for entry points that no longer exist");
    }

    private static boolean isEntryPoint(Class<?> type, Method method) {
        if (method.getParameterCount() == 0 || method.isSynthetic() || method.isBridge()) {
            return false;
        }
        boolean isStatic = Modifier.isStatic(method.getModifiers());
        if (isStatic) {
            return method.getDeclaringClass() == type
                    && !(type.isEnum() && method.getName().equals("valueOf"));
        }
        if (type.getSimpleName().equals("Builder")) {
            return method.getDeclaringClass() != Object.class;
        }
        // the copies: withX, and every other method that returns a changed value of its own type
        return (method.getName().startsWith("with") && isApiType(method.getReturnType()))
                || method.getReturnType() == type;
    }

    private static boolean isApiType(Class<?> type) {
        return ApiScan.core().exported.contains(type.getPackageName()) && ApiScan.isApi(type);
    }

    private static String signature(Class<?> type, Method method) {
        return name(type)
                + '.'
                + method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")"));
    }

    private static String name(Class<?> type) {
        return type.getEnclosingClass() == null
                ? type.getSimpleName()
                : name(type.getEnclosingClass()) + '.' + type.getSimpleName();
    }

    /** Public entry points with arguments that accept every value their types allow, and why. */
    private static final java.util.Map<String, String> NO_BAD_INPUT = java.util.Map.of(
            "InvalidValueException.of(String,String,Object)",
            "builds the library's error itself from whatever it is told; the checks that call it choose the texts",
            "InvalidValueException.ofNull(String)",
            "builds the library's error itself from whatever it is told");

    // ---------------------------------------------------------------------------------------------------------------
    // Events that do not fit the venture
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Every event that breaks a rule of the venture is answered with a {@link Rejection} naming that rule, whether it
     * is applied alone, at the end of an all-or-nothing batch, or replayed after the history; and the venture is
     * left equal to an independently built twin.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("misfits")
    void everyEventThatDoesNotFitIsRejectedNamingTheRule(Misfit misfit) {
        seed(misfit);
        for (int draw = 0; draw < DRAWS; draw++) {
            Venture venture = misfit.venture.get();
            Venture twin = misfit.venture.get();
            VentureEvent event = draw(misfit.events.apply(venture));
            assertTrue(misfit.kind.isInstance(event), misfit + ": drew " + event);
            int position = venture.history().size();

            assertRejected(misfit, event, position, venture.apply(event));
            assertEquals(twin, venture, misfit + ": the venture changed");

            if (!venture.isClosed()) {
                VentureEvent harmless = VentureEvent.RoleHired.of(Role.FOUNDER, venture.lastEventAt());
                assertRejected(misfit, event, position + 1, venture.applyAll(List.of(harmless, event)));
                assertEquals(twin, venture, misfit + ": the venture changed by a refused batch");
            }
            assertRejected(
                    misfit, event, position, Venture.replay(venture.history().append(event)));
            assertEquals(twin, venture, misfit + ": the venture changed by a refused replay");
        }
    }

    /** A history that does not begin with the founding is rejected at its first event, whatever its kind. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unfounded")
    void aHistoryMustBeginWithTheFounding(Misfit misfit) {
        seed(misfit);
        for (int draw = 0; draw < DRAWS; draw++) {
            VentureEvent event = draw(misfit.events.apply(misfit.venture.get()));
            List<VentureEvent> history = new ArrayList<>(List.of(event, Fixtures.founded(10, 1)));
            List<VentureEvent> before = new ArrayList<>(history);
            assertRejected(misfit, event, 0, Venture.replay(history));
            assertEquals(before, history, "the history replayed changed");
        }
    }

    private static void assertRejected(
            Misfit misfit, VentureEvent event, int position, io.vavr.control.Either<Rejection, Venture> result) {
        assertTrue(result.isLeft(), misfit + ": " + event + " was applied (seed " + SEED + ")");
        Rejection rejection = result.getLeft();
        assertEquals(misfit.rule, rejection.rule(), misfit + ": " + rejection.message());
        assertEquals(event, rejection.event(), misfit + ": the rejection names another event");
        assertEquals(position, rejection.position(), misfit + ": " + rejection.message());
        assertTrue(
                rejection.message().contains(misfit.rule.description()),
                "the message names the rule: " + rejection.message());
    }

    static Stream<Misfit> misfits() {
        return MISFITS.stream();
    }

    static Stream<Misfit> unfounded() {
        return UNFOUNDED.stream();
    }

    /** The guard: every rule has a misfit that breaks it, and every kind of event (but the founding) breaks some. */
    @Example
    void everyRuleAndEveryKindOfEventHasItsMisfits() {
        Set<Rejection.Rule> rules = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        for (Misfit misfit : MISFITS) {
            rules.add(misfit.rule);
            kinds.add(misfit.kind.getSimpleName());
        }
        UNFOUNDED.forEach(misfit -> rules.add(misfit.rule));
        Set<String> unfoundedKinds =
                UNFOUNDED.stream().map(m -> m.kind.getSimpleName()).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(Rejection.Rule.values()), rules, "rules without a misfit");
        Set<String> allKinds = Arrays.stream(VentureEvent.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(allKinds, kinds, "kinds of event without a misfit");
        allKinds.remove("Founded");
        assertEquals(allKinds, unfoundedKinds, "kinds of event not tried as the first of a history");
    }

    /** An event that does not fit a venture: the rule it breaks, its kind, the venture, and how to draw such events. */
    static final class Misfit {
        final Rejection.Rule rule;
        final Class<? extends VentureEvent> kind;
        final String what;
        final Supplier<Venture> venture;
        final Function<Venture, Arbitrary<? extends VentureEvent>> events;

        Misfit(
                Rejection.Rule rule,
                Class<? extends VentureEvent> kind,
                String what,
                Supplier<Venture> venture,
                Function<Venture, Arbitrary<? extends VentureEvent>> events) {
            this.rule = rule;
            this.kind = kind;
            this.what = what;
            this.venture = venture;
            this.events = events;
        }

        @Override
        public String toString() {
            return kind.getSimpleName() + " " + what + " (" + rule + ")";
        }
    }

    private static Misfit misfit(
            Rejection.Rule rule,
            Class<? extends VentureEvent> kind,
            String what,
            Supplier<Venture> venture,
            Function<Venture, Arbitrary<? extends VentureEvent>> events) {
        return new Misfit(rule, kind, what, venture, events);
    }

    /**
     * The requirement of every {@code CriterionResult} factory (its second argument, the weight its third): a
     * should-meet is valid at any weight, a must-meet only at weight 1.
     */
    private static Param criterionRequirement() {
        return plain(
                "requirement",
                Arbitraries.just(CriterionResult.Requirement.SHOULD_MEET),
                nul("requirement"),
                bad("must-meet with a weight other than 1", "weight", List.of(), a -> {
                            a[2] = 2.5;
                            return Arbitraries.just(CriterionResult.Requirement.MUST_MEET);
                        })
                        .because("must be 1 for a must-meet criterion"));
    }

    private static final HypothesisId PROBLEM = HypothesisId.of("problem");
    private static final HypothesisId SEGMENT = HypothesisId.of("segment.solo");
    private static final HypothesisId TIME_SAVED = HypothesisId.of("time.saved");

    /** In Discovery, two hypotheses stated (problem, segment), one interview for the problem; last event on day 2. */
    private static Venture open() {
        return open(Fixtures.founded(100, 2));
    }

    private static Venture open(VentureEvent.Founded founded) {
        return Fixtures.must(Venture.found(founded)
                .applyAll(List.of(
                        Fixtures.stated(
                                Fixtures.hypothesis("problem", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY),
                                Fixtures.day(1)),
                        Fixtures.stated(
                                Fixtures.hypothesis(
                                        "segment.solo", BusinessModelArea.CUSTOMER_SEGMENT, Phase.CUSTOMER_DISCOVERY),
                                Fixtures.day(1)),
                        Fixtures.said(PROBLEM, true, Fixtures.day(2)))));
    }

    /** {@link #open()} after a pivot that retired the segment hypothesis on day 3. */
    private static Venture withRetired() {
        return Fixtures.must(
                open().apply(VentureEvent.Pivoted.of(PivotDecision.builder(PivotType.CUSTOMER_SEGMENT, Fixtures.day(3))
                        .retire(SEGMENT)
                        .returnTo(Phase.CUSTOMER_DISCOVERY)
                        .build())));
    }

    private static Venture closed() {
        return Fixtures.must(open().apply(VentureEvent.Closed.of("the market is not there", Fixtures.day(3))));
    }

    /** {@link #open()} with a hypothesis measured in minutes. */
    private static Venture measuring() {
        Hypothesis timeSaved = Hypothesis.of(
                TIME_SAVED,
                "reminders save the front desk time",
                BusinessModelArea.VALUE_PROPOSITION,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.meanAtLeast(30, "minutes", 5));
        return Fixtures.must(open().applyAll(List.of(
                Fixtures.stated(timeSaved, Fixtures.day(2)),
                VentureEvent.EvidenceRecorded.of(
                        Measurement.of(
                                TIME_SAVED, Source.of("front-desk-7"), Fixtures.day(2), 42, "minutes", Strength.DID),
                        Fixtures.day(2)))));
    }

    /** A gate that proceeds once its hypothesis has three more supporting interviews than refuting ones. */
    private static PhaseGate proceedingGate(Phase phase) {
        return PhaseGate.builder(phase)
                .mustMeet(GateCriterion.hypothesis(PROBLEM, Fixtures.COUNTING))
                .build();
    }

    /** {@link #open()} with the problem supported, advanced through {@code phases} gates that proceeded. */
    private static Venture advanced(int phases) {
        Venture venture = Fixtures.applyAll(open(), Fixtures.interviews(PROBLEM, true, 3, Fixtures.day(3)));
        for (int i = 0; i < phases; i++) {
            Instant at = Fixtures.day(4 + i);
            GateDecision proceed = proceedingGate(venture.phase()).evaluate(venture, at);
            venture = Fixtures.must(venture.applyAll(
                    List.of(VentureEvent.GateEvaluated.of(proceed), VentureEvent.PhaseAdvanced.of(at))));
        }
        return venture;
    }

    /** {@link #open()} after a gate that said Persevere (the problem has one interview of the three it needs). */
    private static Venture persevering() {
        Venture venture = open();
        GateDecision persevere = proceedingGate(Phase.CUSTOMER_DISCOVERY).evaluate(venture, Fixtures.day(3));
        assertEquals(GateDecision.Kind.PERSEVERE, persevere.kind());
        return Fixtures.must(venture.apply(VentureEvent.GateEvaluated.of(persevere)));
    }

    private static final HypothesisId CONVERSION = HypothesisId.of("conversion.clinics");

    /**
     * {@link #open()} with a conversion hypothesis stated on day 2 and, on day 3, the group practices chosen as its
     * audience, their conversion taken from an assessment of that hypothesis.
     */
    private static Venture serving() {
        return Fixtures.must(open().applyAll(List.of(
                Fixtures.stated(
                        Fixtures.hypothesis(CONVERSION.value(), BusinessModelArea.REVENUE, Phase.CUSTOMER_DISCOVERY),
                        Fixtures.day(2)),
                VentureEvent.AudienceChosen.of(Segments.groups(), "the smallest viable", Fixtures.day(3)))));
    }

    /** The choice of an audience (equal to the one given, built afresh), with or without a reason. */
    private static Arbitrary<VentureEvent.AudienceChosen> choosing(Audience audience, Arbitrary<Instant> at) {
        return Combinators.combine(at, words().injectNull(0.5)).as((t, reason) -> {
            Audience copy = Audience.builder()
                    .name(audience.name())
                    .traits(audience.traits())
                    .reachableSize(audience.reachableSize())
                    .conversion(audience.conversion())
                    .economics(audience.economics())
                    .build();
            return reason == null
                    ? VentureEvent.AudienceChosen.of(copy, t)
                    : VentureEvent.AudienceChosen.of(copy, reason, t);
        });
    }

    /** An audience whose conversion was taken from an assessment of the given hypothesis. */
    private static Audience convertingAsAssessed(HypothesisId id) {
        return Audience.of(
                "clinics",
                4_000,
                Conversion.from(assessmentOf(id, Interval.credible(0.05, 0.12, 0.95))),
                Segments.economics());
    }

    /** Instants no earlier than the venture's last event. */
    private static Arbitrary<Instant> later(Venture venture) {
        return Arbitraries.longs()
                .between(0, 30L * 86_400)
                .map(s -> venture.lastEventAt().plusSeconds(s));
    }

    /** Instants before the venture's last event. */
    private static Arbitrary<Instant> earlier(Venture venture) {
        return Arbitraries.longs()
                .between(1, 4_000_000_000L)
                .map(s -> venture.lastEventAt().minusSeconds(s));
    }

    private static Arbitrary<VentureEvent.EvidenceRecorded> interviewFor(HypothesisId id, Arbitrary<Instant> at) {
        return Combinators.combine(Generators.sources(), at, Arbitraries.of(Statement.Stance.class))
                .as((source, t, stance) -> VentureEvent.EvidenceRecorded.of(Statement.of(id, source, t, stance), t));
    }

    private static Arbitrary<VentureEvent.HypothesisStated> stating(HypothesisId id, Arbitrary<Instant> at) {
        return Combinators.combine(words(), Arbitraries.of(BusinessModelArea.class), at)
                .as((statement, area, t) -> VentureEvent.HypothesisStated.of(
                        Hypothesis.of(
                                id,
                                statement,
                                area,
                                Phase.CUSTOMER_DISCOVERY,
                                SuccessCriterion.proportionAtLeast(0.5, 10)),
                        t));
    }

    private static Arbitrary<VentureEvent.Pivoted> pivot(
            Arbitrary<Instant> at, Phase returnTo, HypothesisId retired, Option<HypothesisId> stated) {
        return Combinators.combine(Arbitraries.of(PivotType.class), at).as((type, t) -> {
            PivotDecision.Builder decision =
                    PivotDecision.builder(type, t).retire(retired).returnTo(returnTo);
            stated.forEach(id -> decision.state(
                    Fixtures.hypothesis(id.value(), BusinessModelArea.CHANNEL, Phase.CUSTOMER_DISCOVERY)));
            return VentureEvent.Pivoted.of(decision.build());
        });
    }

    /** A department of the given name established at the given instants, with one to three processes. */
    private static Arbitrary<VentureEvent.DepartmentEstablished> establishing(String name, Arbitrary<Instant> at) {
        return Combinators.combine(words().list().ofMinSize(1).ofMaxSize(3), at)
                .as((processes, t) -> VentureEvent.DepartmentEstablished.of(name, processes, t));
    }

    /** The choice of a next audience from the clinics, with the given customers won, to the labs. */
    private static Arbitrary<VentureEvent.NextAudienceChosen> choosingNext(
            Arbitrary<Long> customers, Arbitrary<Instant> at) {
        return Combinators.combine(customers, at).as((n, t) -> VentureEvent.NextAudienceChosen.of(nextAudience(n), t));
    }

    /** {@link #open()} serving the clinics, chosen on day 3. */
    private static Venture servingClinics() {
        return Fixtures.must(open().apply(Fixtures.chosen(clinics(), Fixtures.day(3))));
    }

    /** {@link #open()} with the Sales department established on day 2. */
    private static Venture withSales() {
        return Fixtures.must(open().apply(
                        VentureEvent.DepartmentEstablished.of("Sales", List.of("sales roadmap"), Fixtures.day(2))));
    }

    /** Every kind of event, but the founding, drawn at the given instants: what a closed venture refuses. */
    private static List<Misfit> afterClosing() {
        List<Misfit> misfits = new ArrayList<>();
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.HypothesisStated.class,
                "after closing",
                BadInputProperties::closed,
                v -> stating(HypothesisId.of("channel"), later(v))));
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.EvidenceRecorded.class,
                "after closing",
                BadInputProperties::closed,
                v -> interviewFor(PROBLEM, later(v))));
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.GateEvaluated.class,
                "after closing",
                BadInputProperties::closed,
                v -> later(v).map(t -> VentureEvent.GateEvaluated.of(
                        proceedingGate(Phase.CUSTOMER_DISCOVERY).evaluate(open(), t)))));
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.Pivoted.class,
                "after closing",
                BadInputProperties::closed,
                v -> pivot(later(v), Phase.CUSTOMER_DISCOVERY, SEGMENT, Option.none())));
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.PhaseAdvanced.class,
                "after closing",
                BadInputProperties::closed,
                v -> later(v).map(VentureEvent.PhaseAdvanced::of)));
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.RoleHired.class,
                "after closing",
                BadInputProperties::closed,
                v -> later(v).map(t -> VentureEvent.RoleHired.of(Role.ENGINEER, t))));
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.AudienceChosen.class,
                "after closing",
                BadInputProperties::closed,
                v -> choosing(Segments.chains(), later(v))));
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.DepartmentEstablished.class,
                "after closing",
                BadInputProperties::closed,
                v -> establishing("Sales", later(v))));
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.NextAudienceChosen.class,
                "after closing",
                BadInputProperties::closed,
                v -> choosingNext(Arbitraries.longs().between(80, 1_000), later(v))));
        misfits.add(misfit(
                Rejection.Rule.CLOSED,
                VentureEvent.Closed.class,
                "a second time",
                BadInputProperties::closed,
                v -> later(v).map(t -> VentureEvent.Closed.of("again", t))));
        return misfits;
    }

    /** Every kind of event, but the founding, drawn before the venture's last event. */
    private static List<Misfit> outOfOrder() {
        Supplier<Venture> open = BadInputProperties::open;
        Rejection.Rule rule = Rejection.Rule.OUT_OF_ORDER;
        return List.of(
                misfit(
                        rule,
                        VentureEvent.HypothesisStated.class,
                        "back in time",
                        open,
                        v -> stating(HypothesisId.of("channel"), earlier(v))),
                misfit(
                        rule,
                        VentureEvent.EvidenceRecorded.class,
                        "back in time",
                        open,
                        v -> interviewFor(PROBLEM, earlier(v))),
                misfit(
                        rule,
                        VentureEvent.GateEvaluated.class,
                        "decided back in time",
                        open,
                        v -> Arbitraries.longs()
                                .between(1, 86_400)
                                .map(s -> VentureEvent.GateEvaluated.of(proceedingGate(Phase.CUSTOMER_DISCOVERY)
                                        .evaluate(v, v.lastEventAt().minusSeconds(s))))),
                misfit(
                        rule,
                        VentureEvent.Pivoted.class,
                        "decided back in time",
                        open,
                        v -> pivot(earlier(v), Phase.CUSTOMER_DISCOVERY, SEGMENT, Option.none())),
                misfit(
                        rule,
                        VentureEvent.PhaseAdvanced.class,
                        "back in time",
                        () -> advanced(0),
                        v -> earlier(v).map(VentureEvent.PhaseAdvanced::of)),
                misfit(
                        rule,
                        VentureEvent.RoleHired.class,
                        "back in time",
                        open,
                        v -> earlier(v).map(t -> VentureEvent.RoleHired.of(Role.VP_SALES, t))),
                misfit(
                        rule,
                        VentureEvent.AudienceChosen.class,
                        "back in time",
                        open,
                        v -> choosing(Segments.solo(), earlier(v))),
                misfit(
                        rule,
                        VentureEvent.DepartmentEstablished.class,
                        "back in time",
                        open,
                        v -> establishing("Sales", earlier(v))),
                misfit(
                        rule,
                        VentureEvent.NextAudienceChosen.class,
                        "back in time",
                        BadInputProperties::servingClinics,
                        v -> choosingNext(Arbitraries.longs().between(80, 1_000), earlier(v))),
                misfit(
                        rule,
                        VentureEvent.Closed.class,
                        "back in time",
                        open,
                        v -> earlier(v).map(t -> VentureEvent.Closed.of("done", t))));
    }

    private static final List<Misfit> MISFITS = allMisfits();

    private static List<Misfit> allMisfits() {
        List<Misfit> misfits = new ArrayList<>(outOfOrder());
        misfits.addAll(afterClosing());
        Supplier<Venture> open = BadInputProperties::open;
        misfits.addAll(List.of(
                misfit(
                        Rejection.Rule.ALREADY_FOUNDED,
                        VentureEvent.Founded.class,
                        "a second time",
                        open,
                        v -> Combinators.combine(words(), Arbitraries.integers().between(0, 3), later(v))
                                .as((name, pivots, t) ->
                                        VentureEvent.Founded.of(name, Runway.experiments(10), pivots, t))),
                misfit(
                        Rejection.Rule.DUPLICATE_HYPOTHESIS,
                        VentureEvent.HypothesisStated.class,
                        "with the id of an active hypothesis",
                        open,
                        v -> stating(PROBLEM, later(v))),
                misfit(
                        Rejection.Rule.DUPLICATE_HYPOTHESIS,
                        VentureEvent.HypothesisStated.class,
                        "with the id of a retired hypothesis",
                        BadInputProperties::withRetired,
                        v -> stating(SEGMENT, later(v))),
                misfit(
                        Rejection.Rule.UNKNOWN_HYPOTHESIS,
                        VentureEvent.EvidenceRecorded.class,
                        "for a hypothesis never stated",
                        open,
                        v -> Generators.anyIds()
                                .filter(id -> v.hypothesis(id).isEmpty())
                                .flatMap(id -> interviewFor(id, later(v)))),
                misfit(
                        Rejection.Rule.RETIRED_HYPOTHESIS,
                        VentureEvent.EvidenceRecorded.class,
                        "for a retired hypothesis",
                        BadInputProperties::withRetired,
                        v -> interviewFor(SEGMENT, later(v))),
                misfit(
                        Rejection.Rule.EVIDENCE_FROM_THE_FUTURE,
                        VentureEvent.EvidenceRecorded.class,
                        "observed after it is recorded",
                        open,
                        v -> Combinators.combine(later(v), Arbitraries.longs().between(1, 86_400))
                                .as((t, ahead) -> VentureEvent.EvidenceRecorded.of(
                                        Fixtures.yes(PROBLEM, t.plusSeconds(ahead)), t))),
                misfit(
                        Rejection.Rule.UNIT_MISMATCH,
                        VentureEvent.EvidenceRecorded.class,
                        "measured in another unit",
                        BadInputProperties::measuring,
                        v -> Combinators.combine(later(v), Arbitraries.of("hours", "seconds", "Minutes"), reals())
                                .as((t, unit, value) -> VentureEvent.EvidenceRecorded.of(
                                        Measurement.of(
                                                TIME_SAVED, Source.of("front-desk-7"), t, value, unit, Strength.DID),
                                        t))),
                misfit(
                        Rejection.Rule.BROKEN_DEMAND_SERIES,
                        VentureEvent.EvidenceRecorded.class,
                        "a cohort period observed twice",
                        BadInputProperties::open,
                        v -> Combinators.combine(later(v), Arbitraries.longs().between(1, 10_000))
                                .as((t, acquired) -> VentureEvent.EvidenceRecorded.of(
                                        List.of(
                                                CohortObservation.of(
                                                        PROBLEM, Source.of("billing"), t, 0, acquired, acquired),
                                                CohortObservation.of(
                                                        PROBLEM, Source.of("billing"), t, 0, acquired, acquired)),
                                        BigDecimal.ZERO,
                                        t))),
                misfit(
                        Rejection.Rule.UNUSABLE_EVIDENCE,
                        VentureEvent.EvidenceRecorded.class,
                        "a Sean Ellis tally for a proportion",
                        BadInputProperties::open,
                        v -> Combinators.combine(later(v), Arbitraries.longs().between(1, 200))
                                .as((t, very) -> VentureEvent.EvidenceRecorded.of(
                                        List.of(
                                                Fixtures.yes(PROBLEM, t),
                                                SeanEllisTally.of(PROBLEM, Source.of("survey"), t, very, 3, 1)),
                                        BigDecimal.ZERO,
                                        t))),
                misfit(
                        Rejection.Rule.UNUSABLE_EVIDENCE,
                        VentureEvent.EvidenceRecorded.class,
                        "a measurement for a proportion",
                        BadInputProperties::measuring,
                        v -> Combinators.combine(later(v), reals())
                                .as((t, value) -> VentureEvent.EvidenceRecorded.of(
                                        Measurement.of(
                                                PROBLEM, Source.of("front-desk-7"), t, value, "minutes", Strength.DID),
                                        t))),
                misfit(
                        Rejection.Rule.UNUSABLE_EVIDENCE,
                        VentureEvent.EvidenceRecorded.class,
                        "an interview for a mean",
                        BadInputProperties::measuring,
                        v -> interviewFor(TIME_SAVED, later(v))),
                misfit(
                        Rejection.Rule.RUNWAY_EXHAUSTED,
                        VentureEvent.EvidenceRecorded.class,
                        "with no experiment left",
                        () -> Fixtures.applyAll(open(Fixtures.founded(1, 2)), io.vavr.collection.List.empty()),
                        v -> interviewFor(PROBLEM, later(v))),
                misfit(
                        Rejection.Rule.RUNWAY_EXHAUSTED,
                        VentureEvent.EvidenceRecorded.class,
                        "costing more money than is left",
                        () -> open(VentureEvent.Founded.of(
                                "Dentflow", Runway.money(new BigDecimal("100.00"), "EUR"), 2, Fixtures.T0)),
                        v -> Combinators.combine(
                                        later(v),
                                        Arbitraries.bigDecimals()
                                                .between(new BigDecimal("100.01"), new BigDecimal("1e9"))
                                                .ofScale(2))
                                .as((t, cost) ->
                                        VentureEvent.EvidenceRecorded.of(List.of(Fixtures.yes(PROBLEM, t)), cost, t))),
                misfit(
                        Rejection.Rule.GATE_OF_ANOTHER_PHASE,
                        VentureEvent.GateEvaluated.class,
                        "of a later phase's gate",
                        open,
                        v -> later(v).map(t -> VentureEvent.GateEvaluated.of(
                                proceedingGate(Phase.CUSTOMER_VALIDATION).evaluate(advanced(1), t)))),
                misfit(
                        Rejection.Rule.NO_PIVOTS_LEFT,
                        VentureEvent.Pivoted.class,
                        "beyond the limit",
                        () -> open(Fixtures.founded(100, 0)),
                        v -> pivot(later(v), Phase.CUSTOMER_DISCOVERY, SEGMENT, Option.none())),
                misfit(
                        Rejection.Rule.PIVOT_FORWARD,
                        VentureEvent.Pivoted.class,
                        "to a later phase",
                        open,
                        v -> Arbitraries.of(Phase.CUSTOMER_VALIDATION, Phase.CUSTOMER_CREATION, Phase.COMPANY_BUILDING)
                                .flatMap(phase -> pivot(later(v), phase, SEGMENT, Option.none()))),
                misfit(
                        Rejection.Rule.RETIRE_INACTIVE,
                        VentureEvent.Pivoted.class,
                        "retiring an unknown id",
                        open,
                        v -> Generators.anyIds()
                                .filter(id -> v.hypothesis(id).isEmpty())
                                .flatMap(id -> pivot(later(v), Phase.CUSTOMER_DISCOVERY, id, Option.none()))),
                misfit(
                        Rejection.Rule.RETIRE_INACTIVE,
                        VentureEvent.Pivoted.class,
                        "retiring a retired hypothesis",
                        BadInputProperties::withRetired,
                        v -> pivot(later(v), Phase.CUSTOMER_DISCOVERY, SEGMENT, Option.none())),
                misfit(
                        Rejection.Rule.DUPLICATE_HYPOTHESIS,
                        VentureEvent.Pivoted.class,
                        "stating a replacement with an active id",
                        open,
                        v -> pivot(later(v), Phase.CUSTOMER_DISCOVERY, SEGMENT, Option.some(PROBLEM))),
                misfit(
                        Rejection.Rule.ADVANCE_WITHOUT_PROCEED,
                        VentureEvent.PhaseAdvanced.class,
                        "without a gate decision",
                        open,
                        v -> later(v).map(VentureEvent.PhaseAdvanced::of)),
                misfit(
                        Rejection.Rule.ADVANCE_WITHOUT_PROCEED,
                        VentureEvent.PhaseAdvanced.class,
                        "after a Persevere",
                        BadInputProperties::persevering,
                        v -> later(v).map(VentureEvent.PhaseAdvanced::of)),
                misfit(
                        Rejection.Rule.NO_NEXT_PHASE,
                        VentureEvent.PhaseAdvanced.class,
                        "from Company Building",
                        () -> {
                            Venture last = advanced(3);
                            return Fixtures.must(last.apply(VentureEvent.GateEvaluated.of(
                                    proceedingGate(Phase.COMPANY_BUILDING).evaluate(last, last.lastEventAt()))));
                        },
                        v -> later(v).map(VentureEvent.PhaseAdvanced::of)),
                misfit(
                        Rejection.Rule.AUDIENCE_UNCHANGED,
                        VentureEvent.AudienceChosen.class,
                        "equal to the current audience",
                        BadInputProperties::serving,
                        v -> choosing(Segments.groups(), later(v))),
                misfit(
                        Rejection.Rule.AUDIENCE_UNCHANGED,
                        VentureEvent.AudienceChosen.class,
                        "the current audience again, after another",
                        () -> Fixtures.must(serving()
                                .applyAll(List.of(
                                        VentureEvent.AudienceChosen.of(Segments.chains(), Fixtures.day(4)),
                                        VentureEvent.AudienceChosen.of(Segments.solo(), Fixtures.day(5))))),
                        v -> choosing(v.audience().get(), later(v))),
                misfit(
                        Rejection.Rule.DUPLICATE_DEPARTMENT,
                        VentureEvent.DepartmentEstablished.class,
                        "with the name of an established department",
                        BadInputProperties::withSales,
                        v -> establishing("Sales", later(v))),
                misfit(
                        Rejection.Rule.NEXT_AUDIENCE_NOT_CURRENT,
                        VentureEvent.NextAudienceChosen.class,
                        "before any audience is chosen",
                        open,
                        v -> choosingNext(Arbitraries.longs().between(0, 1_000), later(v))),
                misfit(
                        Rejection.Rule.NEXT_AUDIENCE_NOT_CURRENT,
                        VentureEvent.NextAudienceChosen.class,
                        "moving on from an audience not served",
                        BadInputProperties::serving,
                        v -> choosingNext(Arbitraries.longs().between(0, 1_000), later(v))),
                misfit(
                        Rejection.Rule.AUDIENCE_NOT_WON,
                        VentureEvent.NextAudienceChosen.class,
                        "before the current audience is won",
                        BadInputProperties::servingClinics,
                        v -> choosingNext(
                                Arbitraries.oneOf(
                                        Arbitraries.just(79L),
                                        Arbitraries.longs().between(0, 79)),
                                later(v))),
                misfit(
                        Rejection.Rule.NO_VIABLE_NEXT_AUDIENCE,
                        VentureEvent.NextAudienceChosen.class,
                        "with no viable candidate",
                        BadInputProperties::servingClinics,
                        v -> Combinators.combine(Arbitraries.longs().between(80, 1_000), later(v))
                                .as((n, t) -> VentureEvent.NextAudienceChosen.of(
                                        nextAudience(
                                                n,
                                                AudiencePath.referral(
                                                        Fixtures.audience("spas", 1_800, 0.05), 0.5, month())),
                                        t))),
                misfit(
                        Rejection.Rule.UNKNOWN_CONVERSION_SOURCE,
                        VentureEvent.NextAudienceChosen.class,
                        "to an audience converting as a hypothesis never stated was assessed",
                        BadInputProperties::servingClinics,
                        v -> Combinators.combine(
                                        Generators.anyIds()
                                                .filter(id -> v.hypothesis(id).isEmpty()),
                                        Arbitraries.longs().between(80, 1_000),
                                        later(v))
                                .as((id, n, t) -> VentureEvent.NextAudienceChosen.of(
                                        nextAudience(
                                                n,
                                                AudiencePath.referral(
                                                        Audience.of(
                                                                "labs",
                                                                5_000,
                                                                Conversion.from(assessmentOf(
                                                                        id, Interval.credible(0.04, 0.06, 0.95))),
                                                                Fixtures.ECONOMICS),
                                                        0.5,
                                                        month())),
                                        t))),
                misfit(
                        Rejection.Rule.UNKNOWN_CONVERSION_SOURCE,
                        VentureEvent.AudienceChosen.class,
                        "converting as a hypothesis never stated was assessed",
                        open,
                        v -> Generators.anyIds()
                                .filter(id -> v.hypothesis(id).isEmpty())
                                .flatMap(id -> choosing(convertingAsAssessed(id), later(v)))),
                misfit(
                        Rejection.Rule.UNKNOWN_CONVERSION_SOURCE,
                        VentureEvent.AudienceChosen.class,
                        "the current audience with its conversion from a hypothesis never stated",
                        BadInputProperties::serving,
                        v -> Generators.anyIds()
                                .filter(id -> v.hypothesis(id).isEmpty())
                                .flatMap(id -> choosing(
                                        v.audience()
                                                .get()
                                                .withConversion(
                                                        convertingAsAssessed(id).conversion()),
                                        later(v))))));
        return misfits;
    }

    /** The first event of a history of every kind but the founding. */
    private static final List<Misfit> UNFOUNDED = List.of(
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.HypothesisStated.class,
                    "first",
                    BadInputProperties::open,
                    v -> stating(PROBLEM, Generators.instants())),
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.EvidenceRecorded.class,
                    "first",
                    BadInputProperties::open,
                    v -> interviewFor(PROBLEM, Generators.instants())),
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.GateEvaluated.class,
                    "first",
                    BadInputProperties::open,
                    v -> later(v).map(t -> VentureEvent.GateEvaluated.of(
                            proceedingGate(Phase.CUSTOMER_DISCOVERY).evaluate(v, t)))),
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.Pivoted.class,
                    "first",
                    BadInputProperties::open,
                    v -> pivot(Generators.instants(), Phase.CUSTOMER_DISCOVERY, SEGMENT, Option.none())),
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.PhaseAdvanced.class,
                    "first",
                    BadInputProperties::open,
                    v -> Generators.instants().map(VentureEvent.PhaseAdvanced::of)),
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.RoleHired.class,
                    "first",
                    BadInputProperties::open,
                    v -> Generators.instants().map(t -> VentureEvent.RoleHired.of(Role.FOUNDER, t))),
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.AudienceChosen.class,
                    "first",
                    BadInputProperties::open,
                    v -> choosing(Segments.chains(), Generators.instants())),
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.DepartmentEstablished.class,
                    "first",
                    BadInputProperties::open,
                    v -> establishing("Sales", Generators.instants())),
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.NextAudienceChosen.class,
                    "first",
                    BadInputProperties::open,
                    v -> choosingNext(Arbitraries.longs().between(80, 1_000), Generators.instants())),
            misfit(
                    Rejection.Rule.NOT_FOUNDED,
                    VentureEvent.Closed.class,
                    "first",
                    BadInputProperties::open,
                    v -> Generators.instants().map(t -> VentureEvent.Closed.of("never founded", t))));

    // ---------------------------------------------------------------------------------------------------------------
    // The rows
    // ---------------------------------------------------------------------------------------------------------------

    private static final List<Entry> TABLE = List.of(
            // identity and sources
            entry(
                    a -> HypothesisId.of((String) a[0]),
                    List.of("HypothesisId.of(String)"),
                    plain(
                            "value",
                            Arbitraries.of("problem", "segment.dentists", "price:monthly", "pmf-1"),
                            nul("hypothesisId"),
                            blank("hypothesisId").because(ID_SHAPE),
                            bad(
                                            "not of the id's shape",
                                            "hypothesisId",
                                            List.of("-leading-dash", "has space", "ünïcode", "a/b", "x".repeat(101)),
                                            null)
                                    .because(
                                            "must be 1 to 100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit"))),
            entry(
                    a -> Source.of((String) a[0]),
                    List.of("Source.of(String)"),
                    plain("id", words(), nul("source.id"), blank("source.id"))),
            entry(
                    a -> Source.of((String) a[0], (String) a[1]),
                    List.of("Source.of(String,String)"),
                    plain("id", words(), nul("source.id"), blank("source.id")),
                    plain("segment", words(), nul("source.segment"), blank("source.segment"))),
            entry(
                    a -> ((Source) a[0]).withSegment((String) a[1]),
                    List.of("Source.withSegment(String)"),
                    receiver("source", Generators.sources().map(BadInputTable::same)),
                    plain("segment", words(), nul("source.segment"), blank("source.segment"))),
            entry(
                    a -> BetaPrior.of((double) a[0], (double) a[1]),
                    List.of("BetaPrior.of(double,double)"),
                    plain(
                            "alpha",
                            positives(),
                            notPositive("prior.alpha").because("must be in [1.0E-100, 1.0E12]"),
                            outsidePrior("prior.alpha")),
                    plain(
                            "beta",
                            positives(),
                            notPositive("prior.beta").because("must be in [1.0E-100, 1.0E12]"),
                            outsidePrior("prior.beta"))),
            entry(
                    a -> Role.of((String) a[0], (Mode) a[1]),
                    List.of("Role.of(String,Mode)"),
                    plain("name", words(), nul("role.name"), blank("role.name")),
                    plain("mode", Arbitraries.of(Mode.class), nul("role.mode"))),
            entry(
                    a -> StrengthWeights.of((double) a[0], (double) a[1], (double) a[2]),
                    List.of("StrengthWeights.of(double,double,double)"),
                    plain("said", positives(), negative("weights.said"), outsideWeights("weights.said")),
                    plain("did", positives(), negative("weights.did"), outsideWeights("weights.did")),
                    plain(
                            "paid",
                            positives(),
                            negative("weights.paid"),
                            outsideWeights("weights.paid"),
                            bad("all zero", "weights", List.of(), a -> {
                                        a[0] = 0.0;
                                        a[1] = 0.0;
                                        return Arbitraries.of(0.0, -0.0);
                                    })
                                    .because("must not all be zero"))),

            // criteria and hypotheses
            entry(
                    a -> SuccessCriterion.proportionAtLeast((double) a[0], (long) a[1]),
                    List.of("SuccessCriterion.proportionAtLeast(double,long)"),
                    plain(
                            "rate",
                            probabilities(),
                            outsideUnit("criterion.threshold")
                                    .because(
                                            "must be finite, then in [0, 1]",
                                            (v, a) -> Double.isFinite((double) v)
                                                    ? "must be in [0, 1]"
                                                    : "must be finite")),
                    plain("minimumSample", counts(), belowOne("criterion.minimumSample"))),
            entry(
                    a -> SuccessCriterion.proportionAtMost((double) a[0], (long) a[1]),
                    List.of("SuccessCriterion.proportionAtMost(double,long)"),
                    plain(
                            "rate",
                            probabilities(),
                            outsideUnit("criterion.threshold")
                                    .because(
                                            "must be finite, then in [0, 1]",
                                            (v, a) -> Double.isFinite((double) v)
                                                    ? "must be in [0, 1]"
                                                    : "must be finite")),
                    plain("minimumSample", counts(), belowOne("criterion.minimumSample"))),
            entry(
                    a -> SuccessCriterion.veryDisappointedAtLeast((double) a[0], (long) a[1]),
                    List.of("SuccessCriterion.veryDisappointedAtLeast(double,long)"),
                    plain(
                            "share",
                            probabilities(),
                            outsideUnit("criterion.threshold")
                                    .because(
                                            "must be finite, then in [0, 1]",
                                            (v, a) -> Double.isFinite((double) v)
                                                    ? "must be in [0, 1]"
                                                    : "must be finite")),
                    plain("minimumSample", counts(), belowOne("criterion.minimumSample"))),
            entry(
                    a -> SuccessCriterion.meanAtLeast((double) a[0], (String) a[1], (long) a[2]),
                    List.of("SuccessCriterion.meanAtLeast(double,String,long)"),
                    plain("threshold", reals(), notFinite("criterion.threshold")),
                    plain("unit", words(), nul("criterion.unit"), blank("criterion.unit")),
                    plain("minimumSample", counts(), belowOne("criterion.minimumSample"))),
            entry(
                    a -> SuccessCriterion.meanAtMost((double) a[0], (String) a[1], (long) a[2]),
                    List.of("SuccessCriterion.meanAtMost(double,String,long)"),
                    plain("threshold", reals(), notFinite("criterion.threshold")),
                    plain("unit", words(), nul("criterion.unit"), blank("criterion.unit")),
                    plain("minimumSample", counts(), belowOne("criterion.minimumSample"))),
            entry(
                    a -> SuccessCriterion.countAtLeast((long) a[0], (Strength) a[1]),
                    List.of("SuccessCriterion.countAtLeast(long,Strength)"),
                    plain("count", counts(), belowOne("criterion.threshold")),
                    plain("minimumStrength", Arbitraries.of(Strength.class), nul("criterion.minimumStrength"))),
            entry(
                    a -> SuccessCriterion.of(
                            (SuccessCriterion.Metric) a[0],
                            (SuccessCriterion.Comparison) a[1],
                            (double) a[2],
                            (long) a[3],
                            (Strength) a[4],
                            (Option<String>) a[5]),
                    List.of("SuccessCriterion.of(Metric,Comparison,double,long,Strength,Option)"),
                    plain(
                            "metric",
                            Arbitraries.just(SuccessCriterion.Metric.PROPORTION),
                            nul("criterion.metric"),
                            bad(
                                            "a mean without its unit",
                                            "criterion.unit",
                                            List.of(SuccessCriterion.Metric.MEAN),
                                            null)
                                    .because("must be present for a mean")),
                    plain("comparison", Arbitraries.of(SuccessCriterion.Comparison.class), nul("criterion.comparison")),
                    plain(
                            "threshold",
                            probabilities(),
                            outsideUnit("criterion.threshold")
                                    .because(
                                            "must be finite, then in [0, 1]",
                                            (v, a) -> Double.isFinite((double) v)
                                                    ? "must be in [0, 1]"
                                                    : "must be finite")),
                    plain("minimumSample", counts(), belowOne("criterion.minimumSample")),
                    plain("minimumStrength", Arbitraries.of(Strength.class), nul("criterion.minimumStrength")),
                    plain(
                            "unit",
                            Arbitraries.just(Option.<String>none()),
                            nul("criterion.unit"),
                            bad("a unit for a proportion", "criterion.unit", List.of(Option.some("days")), null)
                                    .because("must be absent for a PROPORTION"))),
            entry(
                    a -> ((SuccessCriterion) a[0]).withMinimumStrength((Strength) a[1]),
                    List.of("SuccessCriterion.withMinimumStrength(Strength)"),
                    receiver("criterion", criteria()),
                    plain("minimumStrength", Arbitraries.of(Strength.class), nul("minimumStrength"))),
            entry(
                    a -> ((SuccessCriterion) a[0]).withMinimumSample((long) a[1]),
                    List.of("SuccessCriterion.withMinimumSample(long)"),
                    receiver("criterion", criteria()),
                    plain("minimumSample", counts(), belowOne("criterion.minimumSample"))),
            entry(
                    a -> Hypothesis.of(
                            (HypothesisId) a[0],
                            (String) a[1],
                            (BusinessModelArea) a[2],
                            (Phase) a[3],
                            (SuccessCriterion) a[4]),
                    List.of("Hypothesis.of(HypothesisId,String,BusinessModelArea,Phase,SuccessCriterion)"),
                    plain("id", Generators.anyIds(), nul("hypothesis.id")),
                    plain("statement", words(), nul("hypothesis.statement"), blank("hypothesis.statement")),
                    plain("area", Arbitraries.of(BusinessModelArea.class), nul("hypothesis.area")),
                    plain("phase", Arbitraries.of(Phase.class), nul("hypothesis.phase")),
                    fresh("criterion", criteria(), nul("hypothesis.criterion"))),
            entry(
                    a -> Hypothesis.builder()
                            .id((HypothesisId) a[0])
                            .statement((String) a[1])
                            .area((BusinessModelArea) a[2])
                            .phase((Phase) a[3])
                            .criterion((SuccessCriterion) a[4])
                            .importance((double) a[5])
                            .prior((BetaPrior) a[6])
                            .build(),
                    List.of(
                            "Hypothesis.Builder.id(HypothesisId)",
                            "Hypothesis.Builder.statement(String)",
                            "Hypothesis.Builder.area(BusinessModelArea)",
                            "Hypothesis.Builder.phase(Phase)",
                            "Hypothesis.Builder.criterion(SuccessCriterion)",
                            "Hypothesis.Builder.importance(double)",
                            "Hypothesis.Builder.prior(BetaPrior)"),
                    plain("id", Generators.anyIds(), nul("id")),
                    plain("statement", words(), nul("statement"), blank("hypothesis.statement")),
                    plain("area", Arbitraries.of(BusinessModelArea.class), nul("area")),
                    plain("phase", Arbitraries.of(Phase.class), nul("phase")),
                    fresh("criterion", criteria(), nul("criterion")),
                    plain("importance", positives(), notPositive("hypothesis.importance")),
                    plain("prior", Arbitraries.of(BetaPrior.uniform(), BetaPrior.jeffreys()), nul("prior"))),
            entry(
                    a -> Hypothesis.builder()
                            .id(HypothesisId.of("problem"))
                            .statement("they lose a morning a week")
                            .area(BusinessModelArea.PROBLEM)
                            .phase(Phase.CUSTOMER_DISCOVERY)
                            .criterion(SuccessCriterion.proportionAtLeast(0.5, 10))
                            .prior((Option<BetaPrior>) a[0])
                            .build(),
                    List.of("Hypothesis.Builder.prior(Option)"),
                    plain("prior", Arbitraries.of(Option.none(), Option.some(BetaPrior.uniform())), nul("prior"))),
            entry(
                    a -> ((Hypothesis) a[0]).withImportance((double) a[1]),
                    List.of("Hypothesis.withImportance(double)"),
                    receiver("hypothesis", hypotheses()),
                    plain("importance", positives(), notPositive("hypothesis.importance"))),

            // evidence
            entry(
                    a -> Statement.of((HypothesisId) a[0], (Source) a[1], (Instant) a[2], (Statement.Stance) a[3]),
                    List.of("Statement.of(HypothesisId,Source,Instant,Stance)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("source", Generators.sources(), nul("source")),
                    plain("observedAt", Generators.instants(), nul("observedAt")),
                    plain("stance", Arbitraries.of(Statement.Stance.class), nul("stance"))),
            statement("supports", (id, source, at) -> Statement.supports(id, source, at)),
            statement("refutes", (id, source, at) -> Statement.refutes(id, source, at)),
            statement("neutral", (id, source, at) -> Statement.neutral(id, source, at)),
            entry(
                    a -> ((Statement) a[0]).withQuote((String) a[1]),
                    List.of("Statement.withQuote(String)"),
                    receiver("statement", statements()),
                    plain("quote", words(), nul("quote"), blank("quote"))),
            entry(
                    a -> Behaviour.of((HypothesisId) a[0], (Source) a[1], (Instant) a[2], (long) a[3], (long) a[4]),
                    List.of("Behaviour.of(HypothesisId,Source,Instant,long,long)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("source", Generators.sources(), nul("source")),
                    plain("observedAt", Generators.instants(), nul("observedAt")),
                    plain(
                            "successes",
                            Arbitraries.longs().between(0, 10),
                            negativeCount("successes"),
                            moreThanTrials()),
                    plain("trials", Arbitraries.longs().between(10, 1_000), belowOne("trials"))),
            entry(
                    a -> Behaviour.of(
                            (HypothesisId) a[0], (Source) a[1], (Instant) a[2], (long) a[3], (long) a[4], (Strength)
                                    a[5]),
                    List.of("Behaviour.of(HypothesisId,Source,Instant,long,long,Strength)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("source", Generators.sources(), nul("source")),
                    plain("observedAt", Generators.instants(), nul("observedAt")),
                    plain(
                            "successes",
                            Arbitraries.longs().between(0, 10),
                            negativeCount("successes"),
                            moreThanTrials()),
                    plain("trials", Arbitraries.longs().between(10, 1_000), belowOne("trials")),
                    plain(
                            "strength",
                            Arbitraries.of(Strength.DID, Strength.PAID),
                            nul("strength"),
                            bad("what was said, for a behaviour", "strength", List.of(Strength.SAID), null)
                                    .because("must be DID or PAID for a behaviour"))),
            commitment("made", (id, source, at, kind) -> Commitment.made(id, source, at, kind)),
            commitment("declined", (id, source, at, kind) -> Commitment.declined(id, source, at, kind)),
            entry(
                    a -> ((Commitment) a[0]).withAmount((BigDecimal) a[1], (String) a[2]),
                    List.of("Commitment.withAmount(BigDecimal,String)"),
                    receiver(
                            "commitment",
                            Combinators.combine(Generators.anyIds(), Generators.sources(), Generators.instants())
                                    .as((id, source, at) ->
                                            () -> Commitment.made(id, source, at, Commitment.Kind.MONEY))),
                    plain("amount", amounts(), nul("amount"), negativeAmount("amount"), beyondMoney("amount")),
                    plain("unit", words(), nul("unit"), blank("unit"))),
            entry(
                    a -> SeanEllisTally.of(
                            (HypothesisId) a[0], (Source) a[1], (Instant) a[2], (long) a[3], (long) a[4], (long) a[5]),
                    List.of("SeanEllisTally.of(HypothesisId,Source,Instant,long,long,long)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("source", Generators.sources(), nul("source")),
                    plain("observedAt", Generators.instants(), nul("observedAt")),
                    plain("veryDisappointed", counts(), negativeCount("veryDisappointed")),
                    plain("somewhatDisappointed", counts(), negativeCount("somewhatDisappointed")),
                    plain(
                            "notDisappointed",
                            counts(),
                            negativeCount("notDisappointed"),
                            bad("no respondent", "respondents", List.of(), a -> {
                                        a[3] = 0L;
                                        a[4] = 0L;
                                        return Arbitraries.just(0L);
                                    })
                                    .because("must be >= 1"),
                            bad("more respondents than a long holds", "respondents", List.of(), a -> {
                                        a[3] = Long.MAX_VALUE;
                                        return Arbitraries.longs().between(1, Long.MAX_VALUE);
                                    })
                                    .because("must be <= 9223372036854775807"))),
            entry(
                    a -> Measurement.of(
                            (HypothesisId) a[0], (Source) a[1], (Instant) a[2], (double) a[3], (String) a[4], (Strength)
                                    a[5]),
                    List.of("Measurement.of(HypothesisId,Source,Instant,double,String,Strength)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("source", Generators.sources(), nul("source")),
                    plain("observedAt", Generators.instants(), nul("observedAt")),
                    plain(
                            "value",
                            reals(),
                            notFinite("value").because("must be finite and in [-1.0E100, 1.0E100]"),
                            beyondMagnitude("value")),
                    plain("unit", words(), nul("unit"), blank("unit")),
                    plain("strength", Arbitraries.of(Strength.class), nul("strength"))),
            entry(
                    a -> EvidenceLog.of((Evidence[]) a[0]),
                    List.of("EvidenceLog.of(Evidence[])"),
                    fresh(
                            "evidence",
                            evidenceLists().map(items -> () -> items.get().toArray(new Evidence[0])),
                            nul("evidence"),
                            bad("holding a null", "evidence[0]", List.of((Object) new Evidence[] {null}), null)
                                    .because("must not be null"))),
            entry(
                    a -> EvidenceLog.ofAll((Iterable<Evidence>) a[0]),
                    List.of("EvidenceLog.ofAll(Iterable)"),
                    fresh("evidence", evidenceLists(), nul("evidence"), withNullAt("evidence[0]"))),
            entry(
                    a -> ((EvidenceLog) a[0]).withWeights((StrengthWeights) a[1]),
                    List.of("EvidenceLog.withWeights(StrengthWeights)"),
                    receiver("log", evidenceLists().map(items -> () -> EvidenceLog.ofAll(items.get()))),
                    plain(
                            "weights",
                            Arbitraries.of(StrengthWeights.equal(), StrengthWeights.standard()),
                            nul("weights"))),
            entry(
                    a -> EvidenceStatistics.of((Iterable<Evidence>) a[0]),
                    List.of("EvidenceStatistics.of(Iterable)"),
                    fresh("evidence", evidenceLists(), nul("evidence"), withNullAt("evidence"))),
            entry(
                    a -> ((EvidenceStatistics) a[0]).withWeights((StrengthWeights) a[1]),
                    List.of("EvidenceStatistics.withWeights(StrengthWeights)"),
                    receiver("statistics", evidenceLists().map(items -> () -> EvidenceStatistics.of(items.get()))),
                    plain(
                            "weights",
                            Arbitraries.of(StrengthWeights.equal(), StrengthWeights.standard()),
                            nul("weights"))),
            entry(
                    a -> ((EvidenceLog) a[0]).append((Evidence) a[1]),
                    List.of("EvidenceLog.append(Evidence)"),
                    receiver("log", Arbitraries.just(BadInputProperties::measuredLog)),
                    fresh(
                            "evidence",
                            statements(),
                            nul("evidence"),
                            bad("a measurement in another unit", "unit", List.of(minutesOrHours("hours")), null)
                                    .because(
                                            "must be \"minutes\", the unit of the earlier measurements of hypothesis problem"))),
            entry(
                    a -> ((EvidenceLog) a[0]).appendAll((Iterable<Evidence>) a[1]),
                    List.of("EvidenceLog.appendAll(Iterable)"),
                    receiver("log", Arbitraries.just(BadInputProperties::measuredLog)),
                    fresh(
                            "evidence",
                            evidenceLists(),
                            nul("evidence"),
                            withNullAt("evidence[0]"),
                            bad(
                                            "a measurement in another unit",
                                            "unit",
                                            List.of(new ArrayList<>(List.of(minutesOrHours("seconds")))),
                                            null)
                                    .because(
                                            "must be \"minutes\", the unit of the earlier measurements of hypothesis problem"))),
            entry(
                    a -> ((EvidenceStatistics) a[0]).plus((Evidence) a[1]),
                    List.of("EvidenceStatistics.plus(Evidence)"),
                    receiver("statistics", Arbitraries.just(() -> measuredLog().statistics(PROBLEM))),
                    fresh(
                            "evidence",
                            statements(),
                            nul("evidence"),
                            bad("a measurement in another unit", "unit", List.of(minutesOrHours("hours")), null)
                                    .because(
                                            "must be \"minutes\", the unit of the earlier measurements of hypothesis problem"))),
            entry(
                    a -> ((EvidenceStatistics) a[0]).plus((EvidenceStatistics) a[1]),
                    List.of("EvidenceStatistics.plus(EvidenceStatistics)"),
                    receiver("statistics", Arbitraries.just(() -> measuredLog().statistics(PROBLEM))),
                    fresh(
                            "other",
                            evidenceLists().map(items -> () -> EvidenceStatistics.of(items.get())),
                            nul("other"),
                            bad(
                                            "measured in another unit",
                                            "unit",
                                            List.of(EvidenceStatistics.of(List.of(minutesOrHours("hours")))),
                                            null)
                                    .because("must be \"minutes\", the unit of the earlier measurements"))),
            entry(
                    a -> ((EvidenceStatistics) a[0]).atLeast((Strength) a[1]),
                    List.of("EvidenceStatistics.atLeast(Strength)"),
                    receiver("statistics", Arbitraries.just(() -> measuredLog().statistics(PROBLEM))),
                    plain("minimum", Arbitraries.of(Strength.class), nul("minimum"))),
            entry(
                    a -> ((Runway) a[0]).afterExperiment((BigDecimal) a[1]),
                    List.of("Runway.afterExperiment(BigDecimal)"),
                    receiver("runway", Arbitraries.just(() -> Runway.money(new BigDecimal("1000000.00"), "EUR"))),
                    plain(
                            "cost",
                            amounts(),
                            nul("cost"),
                            negativeAmount("cost"),
                            beyondMoney("cost"),
                            bad(
                                            "more than is left",
                                            "cost",
                                            List.of(new BigDecimal("1000000.01")),
                                            a -> Arbitraries.bigDecimals()
                                                    .between(new BigDecimal("1000000.01"), new BigDecimal("1e12"))
                                                    .ofScale(2))
                                    .because("must be payable from the runway (1000000.00 EUR)"))),
            variant(
                    "Runway.afterExperiment(BigDecimal) of an exhausted runway",
                    a -> Runway.experiments(0).afterExperiment((BigDecimal) a[0]),
                    plain(
                            "cost",
                            amounts(),
                            bad("any, with no experiment left", "cost", List.of(BigDecimal.ZERO, BigDecimal.TEN), null)
                                    .because("must be payable from the runway (0 experiments)"))),
            entry(
                    a -> ((CriterionResult) a[0]).resolvedAs((Verdict) a[1]),
                    List.of("CriterionResult.resolvedAs(Verdict)"),
                    receiver(
                            "result",
                            Arbitraries.just(() -> CriterionResult.of(
                                    problemCriterion(), CriterionResult.Requirement.SHOULD_MEET, 2, Vector.empty()))),
                    plain(
                            "verdict",
                            Arbitraries.of(Verdict.SUPPORTED, Verdict.REFUTED),
                            nul("verdict"),
                            bad("inconclusive", "verdict", List.of(Verdict.INCONCLUSIVE), null)
                                    .because("must be SUPPORTED or REFUTED"))),
            variant(
                    "CriterionResult.resolvedAs(Verdict) of a resolved result",
                    a -> CriterionResult.of(
                                    problemCriterion(), CriterionResult.Requirement.SHOULD_MEET, 2, Vector.empty())
                            .resolvedAs(Verdict.REFUTED)
                            .resolvedAs((Verdict) a[0]),
                    plain(
                            "verdict",
                            Arbitraries.of(Verdict.class),
                            bad("resolving a resolved result again", "verdict", List.of(Verdict.SUPPORTED), null)
                                    .because(
                                            "can only resolve an inconclusive criterion, once, not a resolved REFUTED"))),
            entry(
                    a -> Scoring.seanEllis().decidedBy((ScoringStrategy) a[0]),
                    List.of("SeanEllisScoring.decidedBy(ScoringStrategy)"),
                    plain("rule", strategies(), nul("rule"))),

            // scoring
            entry(
                    a -> Interval.of((double) a[0], (double) a[1], (double) a[2], (Interval.Kind) a[3]),
                    List.of("Interval.of(double,double,double,Kind)"),
                    plain("lower", Arbitraries.doubles().between(-10, 0), nanOnly("interval.lower")),
                    plain(
                            "upper",
                            Arbitraries.doubles().between(0, 10),
                            nanOnly("interval.upper").because("must be >= lower (lower)", AT_LEAST_LOWER_RULE),
                            belowLower()),
                    plain("level", openProbabilities(), outsideOpenUnit("interval.level")),
                    plain("kind", Arbitraries.of(Interval.Kind.class), nul("interval.kind"))),
            interval("credible", (l, u, level) -> Interval.credible(l, u, level)),
            interval("confidence", (l, u, level) -> Interval.confidence(l, u, level)),
            entry(
                    a -> assessment(a),
                    List.of(
                            "Assessment.Builder.hypothesisId(HypothesisId)",
                            "Assessment.Builder.verdict(Verdict)",
                            "Assessment.Builder.estimate(double)",
                            "Assessment.Builder.interval(Interval)",
                            "Assessment.Builder.probability(double)",
                            "Assessment.Builder.statisticName(String)",
                            "Assessment.Builder.statistic(double)",
                            "Assessment.Builder.sampleSize(long)",
                            "Assessment.Builder.effectiveSampleSize(double)",
                            "Assessment.Builder.strategy(String)",
                            "Assessment.Builder.parameters(Map)",
                            "Assessment.Builder.reason(String)",
                            "Assessment.Builder.expectedAdditionalSample(long)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("verdict", Arbitraries.just(Verdict.INCONCLUSIVE), nul("verdict"), decidedWithMore()),
                    plain(
                            "estimate",
                            Arbitraries.doubles().between(0.25, 0.75),
                            notFinite("estimate"),
                            bad("outside the interval", "estimate", List.of(-0.1, 1.5, 1e9), null)
                                    .because("must lie in the interval 95% credible [0.0, 1.0]")),
                    plain("interval", Arbitraries.just(Interval.credible(0, 1, 0.95)), nul("interval")),
                    plain("probability", probabilities(), outsideUnit("probability")),
                    plain("statisticName", words(), nul("statisticName"), blank("statisticName")),
                    plain(
                            "statistic",
                            reals(),
                            bad("NaN", "statistic", List.of(Double.NaN), null).because("must not be NaN")),
                    plain("sampleSize", counts(), negativeCount("sampleSize")),
                    plain("effectiveSampleSize", positives(), negative("effectiveSampleSize")),
                    plain("strategy", words(), nul("strategy"), blank("strategy")),
                    plain(
                            "parameters",
                            Arbitraries.just(HashMap.of("risk", "0.05")),
                            nul("parameters"),
                            bad(
                                            "a blank parameter name",
                                            "parameters.name",
                                            List.of(HashMap.of("", "x"), HashMap.of("  ", "0.1")),
                                            null)
                                    .because("must not be blank")),
                    plain("reason", words(), nul("reason"), blank("reason")),
                    plain("expectedAdditionalSample", counts(), negativeCount("expectedAdditionalSample"))),
            entry(
                    a -> Assessment.builder()
                            .hypothesisId(HypothesisId.of("problem"))
                            .verdict(Verdict.INCONCLUSIVE)
                            .estimate(0.5)
                            .interval(Interval.credible(0, 1, 0.95))
                            .probability(0.5)
                            .statisticName("n")
                            .statistic(3)
                            .sampleSize(3)
                            .effectiveSampleSize(3)
                            .strategy("counting")
                            .reason("three interviews")
                            .expectedAdditionalSample((Option<Long>) a[0])
                            .build(),
                    List.of("Assessment.Builder.expectedAdditionalSample(Option)"),
                    plain(
                            "expectedAdditionalSample",
                            Arbitraries.of(Option.none(), Option.some(4L)),
                            nul("expectedAdditionalSample"),
                            bad(
                                            "a negative count",
                                            "expectedAdditionalSample",
                                            List.of(Option.some(-1L), Option.some(Long.MIN_VALUE)),
                                            null)
                                    .because("must be >= 0"))),
            entry(
                    a -> Estimate.of((double) a[0], (Interval) a[1]),
                    List.of("Estimate.of(double,Interval)"),
                    plain(
                            "value",
                            Arbitraries.doubles().between(0.25, 0.75),
                            notFinite("estimate"),
                            bad("outside the interval", "estimate", List.of(-0.1, 1.5, 1e9), null)
                                    .because("must lie in the interval 95% credible [0.0, 1.0]")),
                    plain("interval", Arbitraries.just(Interval.credible(0, 1, 0.95)), nul("interval"))),
            entry(
                    a -> Statistic.of((String) a[0], (double) a[1], (double) a[2]),
                    List.of("Statistic.of(String,double,double)"),
                    plain("name", words(), nul("statisticName"), blank("statisticName")),
                    plain(
                            "value",
                            reals(),
                            bad("NaN", "statistic", List.of(Double.NaN), null).because("must not be NaN")),
                    plain("probability", probabilities(), outsideUnit("probability"))),
            entry(
                    a -> Statistic.probability((String) a[0], (double) a[1]),
                    List.of("Statistic.probability(String,double)"),
                    plain("name", words(), nul("statisticName"), blank("statisticName")),
                    plain("probability", probabilities(), outsideUnit("probability"))),
            entry(
                    a -> Sample.of((long) a[0], (double) a[1]),
                    List.of("Sample.of(long,double)"),
                    plain("size", counts(), negativeCount("sampleSize")),
                    plain("effectiveSize", positives(), negative("effectiveSampleSize"))),
            entry(
                    a -> Sample.of((long) a[0], (double) a[1], (long) a[2]),
                    List.of("Sample.of(long,double,long)"),
                    plain("size", counts(), negativeCount("sampleSize")),
                    plain("effectiveSize", positives(), negative("effectiveSampleSize")),
                    plain("expectedAdditional", counts(), negativeCount("expectedAdditionalSample"))),
            entry(
                    a -> Assessment.of(
                            (HypothesisId) a[0],
                            (Verdict) a[1],
                            (Estimate) a[2],
                            (Statistic) a[3],
                            (Sample) a[4],
                            (String) a[5],
                            (io.vavr.collection.Map<String, String>) a[6],
                            (String) a[7]),
                    List.of("Assessment.of(HypothesisId,Verdict,Estimate,Statistic,Sample,String,Map,String)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("verdict", Arbitraries.just(Verdict.INCONCLUSIVE), nul("verdict"), decidedWithMore()),
                    plain(
                            "estimate",
                            Arbitraries.just(Estimate.of(0.5, Interval.credible(0, 1, 0.95))),
                            nul("estimate")),
                    plain("statistic", Arbitraries.just(Statistic.of("n", 3, 0.5)), nul("statistic")),
                    plain("sample", Arbitraries.just(Sample.of(3, 3.0, 4)), nul("sample")),
                    plain("strategy", words(), nul("strategy"), blank("strategy")),
                    plain(
                            "parameters",
                            Arbitraries.just(HashMap.of("risk", "0.05")),
                            nul("parameters"),
                            bad(
                                            "a blank parameter name",
                                            "parameters.name",
                                            List.of(HashMap.of("", "x"), HashMap.of("  ", "0.1")),
                                            null)
                                    .because("must not be blank")),
                    plain("reason", words(), nul("reason"), blank("reason"))),
            entry(
                    a -> Scoring.sequential((double) a[0], (double) a[1]),
                    List.of("Scoring.sequential(double,double)"),
                    plain("p0", Arbitraries.doubles().between(0.05, 0.4), outsideOpenUnit("p0")),
                    plain(
                            "p1",
                            Arbitraries.doubles().between(0.5, 0.95),
                            outsideOpenUnit("p1").because("must be in (p0, 1) = (p0, 1)", ABOVE_P0_RULE),
                            notAboveP0())),
            entry(
                    a -> Scoring.sequential((double) a[0], (double) a[1], (double) a[2], (double) a[3]),
                    List.of("Scoring.sequential(double,double,double,double)"),
                    plain("p0", Arbitraries.doubles().between(0.05, 0.4), outsideOpenUnit("p0")),
                    plain(
                            "p1",
                            Arbitraries.doubles().between(0.5, 0.95),
                            outsideOpenUnit("p1").because("must be in (p0, 1) = (p0, 1)", ABOVE_P0_RULE),
                            notAboveP0()),
                    plain("alpha", errorRates(), outsideOpenUnit("alpha")),
                    plain("beta", errorRates(), outsideOpenUnit("beta"), errorRatesTooLarge(2))),
            entry(
                    a -> Scoring.sequential(0.2, 0.4).withErrorRates((double) a[0], (double) a[1]),
                    List.of("SequentialScoring.withErrorRates(double,double)"),
                    plain("alpha", errorRates(), outsideOpenUnit("alpha")),
                    plain("beta", errorRates(), outsideOpenUnit("beta"), errorRatesTooLarge(0))),
            entry(
                    a -> Scoring.sequential(0.2, 0.4).withLevel((double) a[0]),
                    List.of("SequentialScoring.withLevel(double)"),
                    plain("level", openProbabilities(), outsideOpenUnit("level"))),
            entry(
                    a -> Scoring.bayesian().withRisk((double) a[0]),
                    List.of("BayesianScoring.withRisk(double)"),
                    plain("risk", Arbitraries.doubles().between(0.01, 0.49), notARisk("risk"))),
            entry(
                    a -> Scoring.bayesian().withDefaultPrior((BetaPrior) a[0]),
                    List.of("BayesianScoring.withDefaultPrior(BetaPrior)"),
                    plain("prior", Arbitraries.of(BetaPrior.uniform(), BetaPrior.jeffreys()), nul("prior"))),
            entry(
                    a -> Scoring.bayesian().withLevel((double) a[0]),
                    List.of("BayesianScoring.withLevel(double)"),
                    plain("level", openProbabilities(), outsideOpenUnit("level"))),
            entry(
                    a -> Scoring.bayesian().withExpectedLoss((double) a[0]),
                    List.of("BayesianScoring.withExpectedLoss(double)"),
                    plain("epsilon", openProbabilities(), outsideOpenUnit("epsilon"))),
            entry(
                    a -> Scoring.mean().withRisk((double) a[0]),
                    List.of("MeanScoring.withRisk(double)"),
                    plain("risk", Arbitraries.doubles().between(0.01, 0.49), notARisk("risk"))),
            entry(
                    a -> Scoring.mean().withLevel((double) a[0]),
                    List.of("MeanScoring.withLevel(double)"),
                    plain("level", openProbabilities(), outsideOpenUnit("level"))),
            entry(
                    a -> Scoring.fixedSample().withLevel((double) a[0]),
                    List.of("FixedSampleScoring.withLevel(double)"),
                    plain("level", openProbabilities(), outsideOpenUnit("level"))),
            entry(
                    a -> Scoring.seanEllis().withBenchmark((double) a[0]),
                    List.of("SeanEllisScoring.withBenchmark(double)"),
                    plain("benchmark", openProbabilities(), outsideOpenUnit("benchmark"))),
            entry(
                    a -> Scoring.byMetric((ScoringStrategy) a[0], (ScoringStrategy) a[1]),
                    List.of("Scoring.byMetric(ScoringStrategy,ScoringStrategy)"),
                    plain("rates", strategies(), nul("rates")),
                    plain("means", strategies(), nul("means"))),
            entry(
                    a -> Scoring.weightedByStrength((ScoringStrategy) a[0]),
                    List.of("Scoring.weightedByStrength(ScoringStrategy)"),
                    plain("strategy", strategies(), nul("strategy"))),
            entry(
                    a -> Scoring.weightedByStrength((ScoringStrategy) a[0], (StrengthWeights) a[1]),
                    List.of("Scoring.weightedByStrength(ScoringStrategy,StrengthWeights)"),
                    plain("strategy", strategies(), nul("strategy")),
                    plain(
                            "weights",
                            Arbitraries.of(StrengthWeights.equal(), StrengthWeights.standard()),
                            nul("weights"))),
            entry(
                    a -> Scoring.inSegment((ScoringStrategy) a[0], (String) a[1]),
                    List.of("Scoring.inSegment(ScoringStrategy,String)"),
                    plain("strategy", strategies(), nul("strategy")),
                    plain("segment", words(), nul("segment"), blank("segment"))),
            entry(
                    a -> Scoring.observedBefore((ScoringStrategy) a[0], (Instant) a[1]),
                    List.of("Scoring.observedBefore(ScoringStrategy,Instant)"),
                    plain("strategy", strategies(), nul("strategy")),
                    plain("instant", Generators.instants(), nul("instant"))),
            entry(
                    a -> Scoring.observedAfter((ScoringStrategy) a[0], (Instant) a[1]),
                    List.of("Scoring.observedAfter(ScoringStrategy,Instant)"),
                    plain("strategy", strategies(), nul("strategy")),
                    plain("instant", Generators.instants(), nul("instant"))),
            entry(
                    a -> Scoring.allOf((ScoringStrategy) a[0], (ScoringStrategy[]) a[1]),
                    List.of("Scoring.allOf(ScoringStrategy,ScoringStrategy[])"),
                    plain("first", strategies(), nul("first")),
                    fresh(
                            "more",
                            Arbitraries.just(() -> new ScoringStrategy[] {Scoring.mean()}),
                            nul("more"),
                            bad("holding a null", "strategies[1]", List.of((Object) new ScoringStrategy[] {null}), null)
                                    .because("must not be null"))),
            entry(
                    a -> Scoring.anyOf((ScoringStrategy) a[0], (ScoringStrategy[]) a[1]),
                    List.of("Scoring.anyOf(ScoringStrategy,ScoringStrategy[])"),
                    plain("first", strategies(), nul("first")),
                    fresh(
                            "more",
                            Arbitraries.just(() -> new ScoringStrategy[] {Scoring.mean()}),
                            nul("more"),
                            bad("holding a null", "strategies[1]", List.of((Object) new ScoringStrategy[] {null}), null)
                                    .because("must not be null"))),
            entry(
                    a -> Scoring.allOf((Iterable<ScoringStrategy>) a[0]),
                    List.of("Scoring.allOf(Iterable)"),
                    fresh(
                            "strategies",
                            strategyLists(),
                            nul("strategies"),
                            emptyList("strategies"),
                            withNullAt("strategies[0]"))),
            entry(
                    a -> Scoring.anyOf((Iterable<ScoringStrategy>) a[0]),
                    List.of("Scoring.anyOf(Iterable)"),
                    fresh(
                            "strategies",
                            strategyLists(),
                            nul("strategies"),
                            emptyList("strategies"),
                            withNullAt("strategies[0]"))),
            entry(
                    a -> Conversion.of((double) a[0]),
                    List.of("Conversion.of(double)"),
                    plain("rate", probabilities(), outsideUnit("conversion.rate"))),
            entry(
                    a -> Conversion.from((Assessment) a[0]),
                    List.of("Conversion.from(Assessment)"),
                    fresh(
                            "assessment",
                            Arbitraries.just(() -> assessmentIn(Interval.credible(0.1, 0.3, 0.95))),
                            nul("assessment"),
                            bad(
                                            "an interval beyond [0, 1]",
                                            "assessment.interval",
                                            List.of(
                                                    assessmentIn(Interval.confidence(-0.2, 0.4, 0.95)),
                                                    assessmentIn(Interval.confidence(0.5, 1.3, 0.95))),
                                            null)
                                    .because("must lie in [0, 1] for a conversion rate"))),

            // gates
            entry(
                    a -> GateCriterion.hypothesis((HypothesisId) a[0], (ScoringStrategy) a[1]),
                    List.of("GateCriterion.hypothesis(HypothesisId,ScoringStrategy)"),
                    plain("hypothesisId", Generators.anyIds(), nul("criterion.hypothesisId")),
                    plain("strategy", strategies(), nul("criterion.strategy"))),
            entry(
                    a -> GateCriterion.area((BusinessModelArea) a[0], (ScoringStrategy) a[1]),
                    List.of("GateCriterion.area(BusinessModelArea,ScoringStrategy)"),
                    plain("area", Arbitraries.of(BusinessModelArea.class), nul("criterion.area")),
                    plain("strategy", strategies(), nul("criterion.strategy"))),
            entry(
                    a -> GateCriterion.audienceViable((double) a[0]),
                    List.of("GateCriterion.audienceViable(double)"),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability())),
            entry(
                    a -> GateCriterion.audienceViable((double) a[0], (double) a[1]),
                    List.of("GateCriterion.audienceViable(double,double)"),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability()),
                    plain("targetMargin", Arbitraries.doubles().between(0, 0.5), outsideHalfOpenUnit("targetMargin"))),
            entry(
                    a -> WeightedCriterion.of((GateCriterion) a[0], (double) a[1]),
                    List.of("WeightedCriterion.of(GateCriterion,double)"),
                    plain("criterion", gateCriteria(), nul("criterion")),
                    plain("weight", positives(), notPositive("criterion.weight"))),
            entry(
                    a -> CriterionResult.of(
                            (GateCriterion) a[0],
                            (CriterionResult.Requirement) a[1],
                            (double) a[2],
                            (io.vavr.collection.Seq<Assessment>) a[3]),
                    List.of("CriterionResult.of(GateCriterion,Requirement,double,Seq)"),
                    plain("criterion", gateCriteria(), nul("criterion")),
                    criterionRequirement(),
                    plain("weight", positives(), notPositive("weight")),
                    plain(
                            "assessments",
                            Arbitraries.just(Vector.empty()),
                            nul("assessments"),
                            bad("holding a null", "assessments[0]", List.of(Vector.of((Assessment) null)), null)
                                    .because("must not be null"))),
            entry(
                    a -> CriterionResult.ofAudience(
                            (GateCriterion.AudienceViable) a[0],
                            (CriterionResult.Requirement) a[1],
                            (double) a[2],
                            (Option<Viability>) a[3]),
                    List.of("CriterionResult.ofAudience(AudienceViable,Requirement,double,Option)"),
                    plain("criterion", Arbitraries.just(audienceCriterion()), nul("criterion")),
                    criterionRequirement(),
                    plain("weight", positives(), notPositive("weight")),
                    plain(
                            "viability",
                            Arbitraries.of(
                                    Option.<Viability>none(),
                                    Option.some(Segments.solo().viability(0.9)),
                                    Option.some(Segments.chains().viability(0.9)),
                                    Option.some(Segments.groups().viability(0.9))),
                            nul("viability"),
                            bad("holding a null", "viability", List.of(Option.<Viability>some(null)), null)
                                    .because("must not be null"),
                            bad(
                                            "judged with another required probability",
                                            "viability.requiredProbability",
                                            List.of(
                                                    Option.some(
                                                            Segments.chains().viability(0.5)),
                                                    Option.some(Segments.solo().viability(1.0)),
                                                    Option.some(
                                                            Segments.groups().viability(Math.nextDown(0.9)))),
                                            a -> Arbitraries.doubles()
                                                    .between(0.01, 1.0)
                                                    .filter(p -> p
                                                            != ((GateCriterion.AudienceViable) a[0])
                                                                    .requiredProbability())
                                                    .map(p -> Option.some(
                                                            Segments.chains().viability(p))))
                                    .because("must be the criterion's (0.9)"),
                            bad(
                                            "judged at another target margin",
                                            "viability.targetMargin",
                                            List.of(
                                                    Option.some(
                                                            Segments.chains().viability(0.9, 0.1)),
                                                    Option.some(Segments.solo().viability(0.9, Double.MIN_VALUE))),
                                            a -> Arbitraries.doubles()
                                                    .between(0.01, 0.99)
                                                    .map(m -> Option.some(Segments.groups()
                                                            .viability(
                                                                    ((GateCriterion.AudienceViable) a[0])
                                                                            .requiredProbability(),
                                                                    m))))
                                    .because("must be the criterion's (0.0)"))),
            entry(
                    a -> PhaseGate.builder((Phase) a[0]),
                    List.of("PhaseGate.builder(Phase)"),
                    plain("phase", Arbitraries.of(Phase.class), nul("phase"))),
            entry(
                    a -> PhaseGate.defaultFor((Phase) a[0]),
                    List.of("PhaseGate.defaultFor(Phase)"),
                    plain("phase", Arbitraries.of(Phase.class), nul("phase"))),
            entry(
                    a -> PhaseGate.defaultFor((Phase) a[0], (ScoringStrategy) a[1]),
                    List.of("PhaseGate.defaultFor(Phase,ScoringStrategy)"),
                    plain("phase", Arbitraries.of(Phase.class), nul("phase")),
                    plain("strategy", strategies(), nul("criterion.strategy"))),
            entry(
                    a -> PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                            .mustMeet((GateCriterion) a[0])
                            .shouldMeet((GateCriterion) a[1], (double) a[2])
                            .passScore((double) a[3])
                            .budget((EvidenceBudget) a[4])
                            .whenBudgetSpent((SpentBudgetPolicy) a[5])
                            .build(),
                    List.of(
                            "PhaseGate.Builder.mustMeet(GateCriterion)",
                            "PhaseGate.Builder.shouldMeet(GateCriterion,double)",
                            "PhaseGate.Builder.passScore(double)",
                            "PhaseGate.Builder.budget(EvidenceBudget)",
                            "PhaseGate.Builder.whenBudgetSpent(SpentBudgetPolicy)"),
                    plain("mustMeet", Arbitraries.just(problemCriterion()), nul("criterion")),
                    plain(
                            "shouldMeet",
                            Arbitraries.just(GateCriterion.area(BusinessModelArea.REVENUE, Scoring.mean())),
                            nul("criterion"),
                            bad("a criterion repeated", "criteria", List.of(problemCriterion()), null)
                                    .because("must not repeat a criterion")),
                    plain("weight", positives(), notPositive("criterion.weight")),
                    plain("passScore", probabilities(), outsideUnit("passScore")),
                    plain(
                            "budget",
                            Arbitraries.of(EvidenceBudget.experiments(10), EvidenceBudget.evidence(5)),
                            nul("budget")),
                    plain(
                            "policy",
                            Arbitraries.of(SpentBudgetPolicies.treatAsRefuted(), SpentBudgetPolicies.byLeaning(0.8)),
                            nul("policy"))),
            entry(
                    a -> ((PhaseGate) a[0]).withBudget((EvidenceBudget) a[1]),
                    List.of("PhaseGate.withBudget(EvidenceBudget)"),
                    receiver("gate", gates()),
                    plain(
                            "budget",
                            Arbitraries.of(EvidenceBudget.experiments(10), EvidenceBudget.evidence(5)),
                            nul("budget"))),
            entry(
                    a -> ((PhaseGate) a[0]).withPassScore((double) a[1]),
                    List.of("PhaseGate.withPassScore(double)"),
                    receiver("gate", gates()),
                    plain("passScore", probabilities(), outsideUnit("passScore"))),
            entry(
                    a -> ((PhaseGate) a[0]).withWhenBudgetSpent((SpentBudgetPolicy) a[1]),
                    List.of("PhaseGate.withWhenBudgetSpent(SpentBudgetPolicy)"),
                    receiver("gate", gates()),
                    plain(
                            "policy",
                            Arbitraries.of(SpentBudgetPolicies.treatAsRefuted(), SpentBudgetPolicies.byLeaning(0.8)),
                            nul("whenBudgetSpent"))),
            // Not a factory or copy, so the scan of entry points does not ask for it: a row of its own for the
            // ventures a gate refuses (a closed one, one in another phase).
            variant(
                    "PhaseGate.evaluate(Venture,Instant)",
                    a -> ((PhaseGate) a[0]).evaluate((Venture) a[1], (Instant) a[2]),
                    receiver("gate", Arbitraries.just(() -> PhaseGate.defaultFor(Phase.CUSTOMER_DISCOVERY))),
                    fresh(
                            "venture",
                            Arbitraries.just(BadInputProperties::open),
                            nul("venture"),
                            bad("closed", "venture", List.of(closed()), null)
                                    .because("must not be closed (a closed venture's gates are not evaluated)"),
                            bad("in another phase", "venture.phase", List.of(advanced(1)), null)
                                    .because("must be the gate's phase (CUSTOMER_DISCOVERY)")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> SpentBudgetPolicies.byLeaning((double) a[0]),
                    List.of("SpentBudgetPolicies.byLeaning(double)"),
                    plain(
                            "minimumProbability",
                            Arbitraries.doubles().between(0.5, 1.0),
                            bad(
                                            "outside [0.5, 1]",
                                            "minimumProbability",
                                            List.of(
                                                    Double.NaN,
                                                    Double.POSITIVE_INFINITY,
                                                    Double.NEGATIVE_INFINITY,
                                                    0.4999,
                                                    1.0001),
                                            a -> Arbitraries.oneOf(
                                                    Arbitraries.doubles().lessThan(0.5),
                                                    Arbitraries.doubles().greaterThan(1.0)))
                                    .because("must be in [0.5, 1]"))),
            entry(
                    a -> EvidenceBudget.evidence((long) a[0]),
                    List.of("EvidenceBudget.evidence(long)"),
                    plain("items", counts(), belowOne("budget.maxEvidence"))),
            entry(
                    a -> EvidenceBudget.experiments((long) a[0]),
                    List.of("EvidenceBudget.experiments(long)"),
                    plain("experiments", counts(), belowOne("budget.maxExperiments"))),
            entry(
                    a -> EvidenceBudget.until((Instant) a[0]),
                    List.of("EvidenceBudget.until(Instant)"),
                    plain("deadline", Generators.instants(), nul("budget.deadline"))),
            entry(
                    a -> EvidenceBudget.experiments(10).withMaxEvidence((long) a[0]),
                    List.of("EvidenceBudget.withMaxEvidence(long)"),
                    plain("items", counts(), belowOne("budget.maxEvidence"))),
            entry(
                    a -> EvidenceBudget.evidence(10).withMaxExperiments((long) a[0]),
                    List.of("EvidenceBudget.withMaxExperiments(long)"),
                    plain("experiments", counts(), belowOne("budget.maxExperiments"))),
            entry(
                    a -> EvidenceBudget.evidence(10).withDeadline((Instant) a[0]),
                    List.of("EvidenceBudget.withDeadline(Instant)"),
                    plain("deadline", Generators.instants(), nul("budget.deadline"))),
            entry(
                    a -> Risk.of(
                            (HypothesisId) a[0], (double) a[1], (double) a[2], (boolean) a[3], (Option<Long>) a[4]),
                    List.of("Risk.of(HypothesisId,double,double,boolean,Option)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("importance", positives(), notPositive("importance")),
                    plain("uncertainty", probabilities(), outsideUnit("uncertainty")),
                    plain(
                            "untested",
                            Arbitraries.just(false),
                            bad("untested with an uncertainty below 1", "uncertainty", List.of(), a -> {
                                        a[2] = 0.5;
                                        return Arbitraries.just(true);
                                    })
                                    .because("must be 1 for an untested hypothesis")),
                    plain(
                            "expectedAdditionalSample",
                            Arbitraries.of(Option.none(), Option.some(12L)),
                            nul("expectedAdditionalSample"),
                            bad(
                                            "a negative count",
                                            "expectedAdditionalSample",
                                            List.of(Option.some(-1L)),
                                            a -> Arbitraries.longs()
                                                    .lessOrEqual(-1)
                                                    .map(Option::some))
                                    .because("must be >= 0"))),
            entry(
                    a -> PivotDecision.builder((PivotType) a[0], (Instant) a[1]),
                    List.of("PivotDecision.builder(PivotType,Instant)"),
                    plain("type", Arbitraries.of(PivotType.class), nul("type")),
                    plain("decidedAt", Generators.instants(), nul("decidedAt"))),
            entry(
                    a -> PivotDecision.following((GateDecision.Pivot) a[0], (PivotType) a[1], (Instant) a[2]),
                    List.of("PivotDecision.following(Pivot,PivotType,Instant)"),
                    fresh("gate", Arbitraries.just(BadInputProperties::pivotDecisionOfAGate), nul("gate")),
                    plain("type", Arbitraries.of(PivotType.class), nul("type")),
                    plain("decidedAt", Arbitraries.just(Fixtures.day(30)), nul("decidedAt"))),
            entry(
                    a -> PivotDecision.builder(PivotType.ZOOM_IN, Fixtures.T0)
                            .retire((HypothesisId) a[0])
                            .replace((HypothesisId) a[1], (Hypothesis) a[2])
                            .state((Hypothesis) a[3])
                            .rationale((io.vavr.collection.Seq<Assessment>) a[4])
                            .returnTo((Phase) a[5])
                            .build(),
                    List.of(
                            "PivotDecision.Builder.retire(HypothesisId)",
                            "PivotDecision.Builder.replace(HypothesisId,Hypothesis)",
                            "PivotDecision.Builder.state(Hypothesis)",
                            "PivotDecision.Builder.rationale(Seq)",
                            "PivotDecision.Builder.returnTo(Phase)"),
                    plain("retire", Arbitraries.just(HypothesisId.of("segment.solo")), nul("retired")),
                    plain("predecessor", Arbitraries.just(HypothesisId.of("problem")), nul("predecessor")),
                    fresh(
                            "replacement",
                            Arbitraries.just(() -> Fixtures.hypothesis(
                                    "problem.v2", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY)),
                            nul("replacement")),
                    fresh(
                            "state",
                            Arbitraries.just(() -> Fixtures.hypothesis(
                                    "channel", BusinessModelArea.CHANNEL, Phase.CUSTOMER_DISCOVERY)),
                            nul("replacement"),
                            bad(
                                            "an id already among the replacements",
                                            "replacements",
                                            List.of(Fixtures.hypothesis(
                                                    "problem.v2", BusinessModelArea.CHANNEL, Phase.CUSTOMER_DISCOVERY)),
                                            null)
                                    .because("must have distinct ids")),
                    plain(
                            "rationale",
                            Arbitraries.just(Vector.<Assessment>empty()),
                            nul("rationale"),
                            bad("holding a null", "rationale[]", List.of(Vector.of((Assessment) null)), null)
                                    .because("must not be null")),
                    plain("returnTo", Arbitraries.of(Phase.class), nul("returnTo"))),
            entry(
                    a -> PivotType.fitting((BusinessModelArea) a[0]),
                    List.of("PivotType.fitting(BusinessModelArea)"),
                    plain("area", Arbitraries.of(BusinessModelArea.class), nul("area"))),
            entry(
                    a -> PivotType.fitting((Viability) a[0]),
                    List.of("PivotType.fitting(Viability)"),
                    plain(
                            "viability",
                            Arbitraries.of(
                                    Segments.solo().viability(0.9),
                                    Segments.chains().viability(0.9, 0.2),
                                    Segments.groups().viability(0.5),
                                    Segments.solo()
                                            .withEconomics(unprofitable())
                                            .viability(0.9)),
                            nul("viability"))),
            entry(
                    a -> PrematureScaling.of((Role) a[0], (Phase) a[1], (Instant) a[2]),
                    List.of("PrematureScaling.of(Role,Phase,Instant)"),
                    plain(
                            "role",
                            Arbitraries.of(Role.VP_SALES, Role.VP_MARKETING, Role.SALES_REPRESENTATIVE),
                            nul("role"),
                            bad("a search role", "role", List.of(Role.FOUNDER, Role.ENGINEER), null)
                                    .because("must be an executor role to scale prematurely")),
                    plain(
                            "phase",
                            Arbitraries.of(Phase.CUSTOMER_DISCOVERY, Phase.CUSTOMER_VALIDATION),
                            nul("phase"),
                            bad(
                                            "an execution phase",
                                            "phase",
                                            List.of(Phase.CUSTOMER_CREATION, Phase.COMPANY_BUILDING),
                                            null)
                                    .because("must be a search phase to scale prematurely")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> Runway.experiments((long) a[0]),
                    List.of("Runway.experiments(long)"),
                    plain("count", Arbitraries.longs().between(0, 10_000), negativeCount("runway"))),
            entry(
                    a -> Runway.money((BigDecimal) a[0], (String) a[1]),
                    List.of("Runway.money(BigDecimal,String)"),
                    plain("amount", amounts(), nul("runway"), negativeAmount("runway"), beyondMoney("runway")),
                    plain(
                            "currency",
                            Arbitraries.of("EUR", "USD", "CHF"),
                            nul("runway.currency"),
                            blank("runway.currency"))),

            // gate traces and the decisions built from them
            entry(
                    a -> GateTrace.builder()
                            .phase((Phase) a[0])
                            .evaluatedAt((Instant) a[1])
                            .mustMeet((io.vavr.collection.Seq<CriterionResult>) a[2])
                            .shouldMeet((io.vavr.collection.Seq<CriterionResult>) a[3])
                            .shouldMeetScore((double) a[4])
                            .passScore((double) a[5])
                            .budget((EvidenceBudget) a[6])
                            .evidenceUsed((long) a[7])
                            .experimentsUsed((long) a[8])
                            .runway((Runway) a[9])
                            .pivotsUsed((int) a[10])
                            .pivotLimit((int) a[11])
                            .prematureScaling((io.vavr.collection.Seq<PrematureScaling>) a[12])
                            .rule((GateDecision.Rule) a[13])
                            .executingSince((Option<Instant>) a[14])
                            .build(),
                    List.of(
                            "GateTrace.Builder.phase(Phase)",
                            "GateTrace.Builder.evaluatedAt(Instant)",
                            "GateTrace.Builder.mustMeet(Seq)",
                            "GateTrace.Builder.shouldMeet(Seq)",
                            "GateTrace.Builder.shouldMeetScore(double)",
                            "GateTrace.Builder.passScore(double)",
                            "GateTrace.Builder.budget(EvidenceBudget)",
                            "GateTrace.Builder.evidenceUsed(long)",
                            "GateTrace.Builder.experimentsUsed(long)",
                            "GateTrace.Builder.runway(Runway)",
                            "GateTrace.Builder.pivotsUsed(int)",
                            "GateTrace.Builder.pivotLimit(int)",
                            "GateTrace.Builder.prematureScaling(Seq)",
                            "GateTrace.Builder.rule(Rule)",
                            "GateTrace.Builder.executingSince(Option)"),
                    plain("phase", Arbitraries.of(Phase.class), nul("phase")),
                    plain("evaluatedAt", Generators.instants(), nul("evaluatedAt")),
                    plain(
                            "mustMeet",
                            Arbitraries.just(io.vavr.collection.List.of(mustMeetResult())),
                            nul("mustMeet"),
                            bad("empty", "mustMeet", List.of(io.vavr.collection.List.empty()), null)
                                    .because("must not be empty")),
                    plain("shouldMeet", Arbitraries.just(io.vavr.collection.List.empty()), nul("shouldMeet")),
                    plain("shouldMeetScore", probabilities(), outsideUnit("shouldMeetScore")),
                    plain("passScore", probabilities(), outsideUnit("passScore")),
                    plain("budget", Arbitraries.of(EvidenceBudget.experiments(10)), nul("budget")),
                    plain("evidenceUsed", counts(), negativeCount("evidenceUsed")),
                    plain("experimentsUsed", counts(), negativeCount("experimentsUsed")),
                    plain("runway", Arbitraries.of(Runway.experiments(5)), nul("runway")),
                    plain("pivotsUsed", Arbitraries.integers().between(0, 9), negativeInt("pivotsUsed")),
                    plain("pivotLimit", Arbitraries.integers().between(0, 9), negativeInt("pivotLimit")),
                    plain(
                            "prematureScaling",
                            Arbitraries.just(io.vavr.collection.List.empty()),
                            nul("prematureScaling")),
                    plain("rule", Arbitraries.of(GateDecision.Rule.class), nul("rule")),
                    plain(
                            "executingSince",
                            Arbitraries.just(Option.<Instant>none()),
                            nul("executingSince"),
                            bad("some, on a search phase", "executingSince", List.of(), a -> {
                                        a[0] = Phase.CUSTOMER_VALIDATION;
                                        return Generators.instants().map(Option::some);
                                    })
                                    .because(
                                            "must be none for a search phase (phase)",
                                            (v, a) -> "must be none for a search phase (" + a[0] + ")"))),
            entry(
                    a -> GateDecision.Proceed.of((GateTrace) a[0]),
                    List.of("GateDecision.Proceed.of(GateTrace)"),
                    plain(
                            "trace",
                            Arbitraries.just(traceOf(GateDecision.Rule.ALL_MET)),
                            nul("trace"),
                            otherRule(GateDecision.Rule.NO_PIVOTS_LEFT, GateDecision.Kind.PROCEED))),
            entry(
                    a -> GateDecision.Pivot.of(
                            (GateTrace) a[0],
                            (io.vavr.collection.Seq<HypothesisId>) a[1],
                            (io.vavr.collection.Seq<Assessment>) a[2],
                            (io.vavr.collection.Seq<PivotType>) a[3],
                            (Phase) a[4]),
                    List.of("GateDecision.Pivot.of(GateTrace,Seq,Seq,Seq,Phase)"),
                    plain(
                            "trace",
                            Arbitraries.just(traceOf(GateDecision.Rule.MUST_MEET_REFUTED)),
                            nul("trace"),
                            otherRule(GateDecision.Rule.ALL_MET, GateDecision.Kind.PIVOT)),
                    plain("refuted", Arbitraries.just(io.vavr.collection.List.of(PROBLEM)), nul("refuted")),
                    plain("rationale", Arbitraries.just(io.vavr.collection.List.empty()), nul("rationale")),
                    plain(
                            "suggestions",
                            Arbitraries.just(io.vavr.collection.List.of(PivotType.CUSTOMER_NEED)),
                            nul("suggestions")),
                    plain(
                            "returnTo",
                            Arbitraries.just(Phase.CUSTOMER_DISCOVERY),
                            nul("returnTo"),
                            bad("after the gate's phase", "returnTo", List.of(Phase.COMPANY_BUILDING), null)
                                    .because("must not be after the gate's phase (CUSTOMER_DISCOVERY)"))),
            entry(
                    a -> GateDecision.Persevere.of(
                            (GateTrace) a[0],
                            (io.vavr.collection.Seq<Risk>) a[1],
                            (io.vavr.collection.Seq<GateCriterion>) a[2]),
                    List.of("GateDecision.Persevere.of(GateTrace,Seq,Seq)"),
                    plain(
                            "trace",
                            Arbitraries.just(traceOf(GateDecision.Rule.UNDECIDED_WITHIN_BUDGET)),
                            nul("trace"),
                            otherRule(GateDecision.Rule.ALL_MET, GateDecision.Kind.PERSEVERE)),
                    plain(
                            "risks",
                            Arbitraries.just(
                                    io.vavr.collection.List.of(Risk.of(PROBLEM, 1.0, 1.0, true, Option.none()))),
                            nul("risks")),
                    plain("missing", Arbitraries.just(io.vavr.collection.List.empty()), nul("missing"))),
            entry(
                    a -> GateDecision.Kill.of(
                            (GateTrace) a[0],
                            (io.vavr.collection.Seq<HypothesisId>) a[1],
                            (io.vavr.collection.Seq<Assessment>) a[2]),
                    List.of("GateDecision.Kill.of(GateTrace,Seq,Seq)"),
                    plain(
                            "trace",
                            Arbitraries.just(traceOf(GateDecision.Rule.NO_RUNWAY_LEFT)),
                            nul("trace"),
                            otherRule(GateDecision.Rule.ALL_MET, GateDecision.Kind.KILL)),
                    plain("refuted", Arbitraries.just(io.vavr.collection.List.of(PROBLEM)), nul("refuted")),
                    plain("rationale", Arbitraries.just(io.vavr.collection.List.empty()), nul("rationale"))),

            // the venture and its events
            entry(
                    a -> VentureEvent.Founded.of((String) a[0], (Runway) a[1], (int) a[2], (Instant) a[3]),
                    List.of("VentureEvent.Founded.of(String,Runway,int,Instant)"),
                    plain("name", words(), nul("name"), blank("name")),
                    plain(
                            "runway",
                            Arbitraries.of(Runway.experiments(50), Runway.money(BigDecimal.TEN, "EUR")),
                            nul("runway")),
                    plain(
                            "pivotLimit",
                            Arbitraries.integers().between(0, 5),
                            bad(
                                            "negative",
                                            "pivotLimit",
                                            List.of(-1, Integer.MIN_VALUE),
                                            a -> Arbitraries.integers().lessOrEqual(-1))
                                    .because("must be >= 0")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.HypothesisStated.of((Hypothesis) a[0], (Instant) a[1]),
                    List.of("VentureEvent.HypothesisStated.of(Hypothesis,Instant)"),
                    fresh("hypothesis", hypotheses(), nul("hypothesis")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.EvidenceRecorded.of((Evidence) a[0], (Instant) a[1]),
                    List.of("VentureEvent.EvidenceRecorded.of(Evidence,Instant)"),
                    fresh("evidence", statements(), nul("evidence")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.EvidenceRecorded.of((Iterable<Evidence>) a[0], (BigDecimal) a[1], (Instant) a[2]),
                    List.of("VentureEvent.EvidenceRecorded.of(Iterable,BigDecimal,Instant)"),
                    fresh(
                            "evidence",
                            evidenceLists().filter(items -> !items.get().isEmpty()),
                            nul("evidence"),
                            emptyList("evidence"),
                            withNullAt("evidence[0]")),
                    plain("cost", amounts(), nul("cost"), negativeAmount("cost"), beyondMoney("cost")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.GateEvaluated.of((GateDecision) a[0]),
                    List.of("VentureEvent.GateEvaluated.of(GateDecision)"),
                    fresh("decision", Arbitraries.just(BadInputProperties::pivotDecisionOfAGate), nul("decision"))),
            entry(
                    a -> VentureEvent.Pivoted.of((PivotDecision) a[0]),
                    List.of("VentureEvent.Pivoted.of(PivotDecision)"),
                    fresh(
                            "decision",
                            Arbitraries.just(() -> PivotDecision.builder(PivotType.ZOOM_IN, Fixtures.T0)
                                    .retire(HypothesisId.of("problem"))
                                    .returnTo(Phase.CUSTOMER_DISCOVERY)
                                    .build()),
                            nul("decision"))),
            entry(
                    a -> VentureEvent.PhaseAdvanced.of((Instant) a[0]),
                    List.of("VentureEvent.PhaseAdvanced.of(Instant)"),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.RoleHired.of((Role) a[0], (Instant) a[1]),
                    List.of("VentureEvent.RoleHired.of(Role,Instant)"),
                    plain("role", Arbitraries.of(Role.FOUNDER, Role.VP_SALES), nul("role")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.AudienceChosen.of((Audience) a[0], (Instant) a[1]),
                    List.of("VentureEvent.AudienceChosen.of(Audience,Instant)"),
                    fresh("audience", audiences(), nul("audience")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.AudienceChosen.of((Audience) a[0], (String) a[1], (Instant) a[2]),
                    List.of("VentureEvent.AudienceChosen.of(Audience,String,Instant)"),
                    fresh("audience", audiences(), nul("audience")),
                    plain("reason", words(), nul("reason"), blank("reason")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.AudienceChosen.from((SmallestViableAudience) a[0], (Instant) a[1]),
                    List.of("VentureEvent.AudienceChosen.from(SmallestViableAudience,Instant)"),
                    fresh(
                            "choice",
                            viableChoices(),
                            nul("choice"),
                            bad(
                                            "without a viable audience",
                                            "choice",
                                            List.of(
                                                    SmallestViableAudience.choose(List.of(), 0.9),
                                                    SmallestViableAudience.choose(List.of(Segments.solo()), 0.9),
                                                    SmallestViableAudience.choose(
                                                            List.of(Segments.chains(), Segments.groups()), 0.9, 0.9)),
                                            a -> Arbitraries.longs()
                                                    .between(1, 989)
                                                    .list()
                                                    .ofMaxSize(3)
                                                    .map(sizes -> SmallestViableAudience.choose(numbered(sizes), 0.9)))
                                    .because("must have a viable audience to choose")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.Closed.of((String) a[0], (Instant) a[1]),
                    List.of("VentureEvent.Closed.of(String,Instant)"),
                    plain("reason", words(), nul("reason"), blank("reason")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> Venture.found((VentureEvent.Founded) a[0]),
                    List.of("Venture.found(Founded)"),
                    plain("founded", Arbitraries.just(Fixtures.founded(10, 1)), nul("founded"))),
            entry(
                    a -> Venture.replay((Iterable<VentureEvent>) a[0]),
                    List.of("Venture.replay(Iterable)"),
                    fresh(
                            "events",
                            Arbitraries.just(() -> new ArrayList<>(List.of(Fixtures.founded(10, 1)))),
                            nul("events"),
                            emptyList("events").because("must not be empty: a history begins with Founded"),
                            withNullAt("events[0]"))),
            entry(
                    a -> MissingValueException.of((io.vavr.collection.Seq<String>) a[0]),
                    List.of("MissingValueException.of(Seq)"),
                    plain(
                            "fields",
                            Arbitraries.just(Vector.of("hypothesis.statement")),
                            nul("fields"),
                            bad("empty", "fields", List.of(Vector.<String>empty()), null)
                                    .because("must not be empty"),
                            bad("holding a null", "fields[0]", List.of(Vector.of((String) null)), null)
                                    .because("must not be null"))),
            entry(
                    a -> ((Venture) a[0]).applyOrThrow((VentureEvent) a[1]),
                    List.of("Venture.applyOrThrow(VentureEvent)"),
                    receiver("venture", Arbitraries.just(BadInputProperties::open)),
                    plain(
                            "event",
                            Arbitraries.just(VentureEvent.RoleHired.of(Role.ENGINEER, Fixtures.day(3))),
                            nul("event"))),
            entry(
                    a -> ((Venture) a[0]).applyAllOrThrow((Iterable<VentureEvent>) a[1]),
                    List.of("Venture.applyAllOrThrow(Iterable)"),
                    receiver("venture", Arbitraries.just(BadInputProperties::open)),
                    fresh(
                            "events",
                            Arbitraries.just(() -> new ArrayList<>(
                                    List.of(VentureEvent.RoleHired.of(Role.ENGINEER, Fixtures.day(3))))),
                            nul("events"))),

            // audiences and growth
            entry(
                    a -> UnitEconomics.builder()
                            .price((double) a[0])
                            .variableCost((double) a[1])
                            .acquisitionCost((double) a[2])
                            .retention((double) a[3])
                            .fixedCosts((double) a[4])
                            .discountRate((double) a[5])
                            .build(),
                    List.of(
                            "UnitEconomics.Builder.price(double)",
                            "UnitEconomics.Builder.variableCost(double)",
                            "UnitEconomics.Builder.acquisitionCost(double)",
                            "UnitEconomics.Builder.retention(double)",
                            "UnitEconomics.Builder.fixedCosts(double)",
                            "UnitEconomics.Builder.discountRate(double)"),
                    plain("price", positives(), negative("economics.price")),
                    plain("variableCost", positives(), negative("economics.variableCost")),
                    plain("acquisitionCost", positives(), negative("economics.acquisitionCost")),
                    plain(
                            "retention",
                            Arbitraries.doubles().between(0, 0.99),
                            outsideHalfOpenUnit("economics.retention")),
                    plain("fixedCosts", positives(), negative("economics.fixedCosts")),
                    plain("discountRate", Arbitraries.doubles().between(0, 0.2), negative("economics.discountRate"))),
            economics("withPrice", "economics.price", UnitEconomics::withPrice),
            economics("withVariableCost", "economics.variableCost", UnitEconomics::withVariableCost),
            economics("withAcquisitionCost", "economics.acquisitionCost", UnitEconomics::withAcquisitionCost),
            economics("withFixedCosts", "economics.fixedCosts", UnitEconomics::withFixedCosts),
            economics("withDiscountRate", "economics.discountRate", UnitEconomics::withDiscountRate),
            entry(
                    a -> ((UnitEconomics) a[0]).withRetention((double) a[1]),
                    List.of("UnitEconomics.withRetention(double)"),
                    receiver("economics", Arbitraries.just(Segments::economics)),
                    plain(
                            "retention",
                            Arbitraries.doubles().between(0, 0.99),
                            outsideHalfOpenUnit("economics.retention"))),
            entry(
                    a -> Audience.of((String) a[0], (long) a[1], (Conversion) a[2], (UnitEconomics) a[3]),
                    List.of("Audience.of(String,long,Conversion,UnitEconomics)"),
                    plain("name", words(), nul("audience.name"), blank("audience.name")),
                    plain("reachableSize", counts(), belowOne("audience.reachableSize")),
                    plain(
                            "conversion",
                            Arbitraries.of(Conversion.of(0.1), Conversion.of(0.3)),
                            nul("audience.conversion")),
                    fresh("economics", Arbitraries.just(Segments::economics), nul("audience.economics"))),
            entry(
                    a -> Audience.builder()
                            .name((String) a[0])
                            .reachableSize((long) a[1])
                            .conversion((Conversion) a[2])
                            .economics((UnitEconomics) a[3])
                            .traits((io.vavr.collection.Seq<String>) a[4])
                            .build(),
                    List.of(
                            "Audience.Builder.name(String)",
                            "Audience.Builder.reachableSize(long)",
                            "Audience.Builder.conversion(Conversion)",
                            "Audience.Builder.economics(UnitEconomics)",
                            "Audience.Builder.traits(Seq)"),
                    plain("name", words(), nul("name"), blank("audience.name")),
                    plain("reachableSize", counts(), belowOne("audience.reachableSize")),
                    plain("conversion", Arbitraries.of(Conversion.of(0.1), Conversion.of(0.3)), nul("conversion")),
                    fresh("economics", Arbitraries.just(Segments::economics), nul("economics")),
                    plain(
                            "traits",
                            Arbitraries.just(Vector.of("solo practice")),
                            nul("traits"),
                            bad("a blank trait", "audience.traits", List.of(Vector.of(""), Vector.of("ok", " ")), null)
                                    .because("must not be blank"))),
            entry(
                    a -> Audience.builder()
                            .name("solo dentists")
                            .reachableSize(4_000)
                            .conversion(Conversion.of(0.1))
                            .economics(Segments.economics())
                            .traits((String[]) a[0])
                            .build(),
                    List.of("Audience.Builder.traits(String[])"),
                    fresh(
                            "traits",
                            Arbitraries.just(() -> new String[] {"solo practice"}),
                            nul("audience.traits"),
                            bad("a blank trait", "audience.traits", List.of((Object) new String[] {"ok", "\t"}), null)
                                    .because("must not be blank"))),
            entry(
                    a -> ((Audience) a[0]).withReachableSize((long) a[1]),
                    List.of("Audience.withReachableSize(long)"),
                    receiver("audience", audiences()),
                    plain("reachableSize", counts(), belowOne("audience.reachableSize"))),
            entry(
                    a -> ((Audience) a[0]).withConversion((Conversion) a[1]),
                    List.of("Audience.withConversion(Conversion)"),
                    receiver("audience", audiences()),
                    plain("conversion", Arbitraries.of(Conversion.of(0.1), Conversion.of(0.3)), nul("conversion"))),
            entry(
                    a -> ((Audience) a[0]).withEconomics((UnitEconomics) a[1]),
                    List.of("Audience.withEconomics(UnitEconomics)"),
                    receiver("audience", audiences()),
                    fresh("economics", Arbitraries.just(Segments::economics), nul("economics"))),
            entry(
                    a -> SmallestViableAudience.choose((Iterable<Audience>) a[0], (double) a[1]),
                    List.of("SmallestViableAudience.choose(Iterable,double)"),
                    fresh("candidates", audienceLists(), nul("candidates"), withNullAt("candidates[0]"), sameNames()),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability())),
            entry(
                    a -> SmallestViableAudience.choose((Iterable<Audience>) a[0], (double) a[1], (double) a[2]),
                    List.of("SmallestViableAudience.choose(Iterable,double,double)"),
                    fresh("candidates", audienceLists(), nul("candidates"), withNullAt("candidates[0]"), sameNames()),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability()),
                    plain("targetMargin", Arbitraries.doubles().between(0, 0.5), outsideHalfOpenUnit("targetMargin"))),
            entry(
                    a -> Viability.of(
                            (Audience) a[0], (double) a[1], (double) a[2], (Option<Long>) a[3], (double) a[4], (double)
                                    a[5]),
                    List.of("Viability.of(Audience,double,double,Option,double,double)"),
                    fresh("audience", audiences(), nul("audience")),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability()),
                    plain("targetMargin", Arbitraries.doubles().between(0, 0.5), outsideHalfOpenUnit("targetMargin")),
                    plain(
                            "customersNeeded",
                            Arbitraries.longs().between(1, 1_000_000).map(Option::some),
                            nul("customersNeeded"),
                            bad("holding a null", "customersNeeded", List.of(Option.<Long>some(null)), null)
                                    .because("must not be null"),
                            bad(
                                            "holding zero or a negative count",
                                            "customersNeeded",
                                            List.of(Option.some(0L), Option.some(-1L), Option.some(Long.MIN_VALUE)),
                                            a -> Arbitraries.longs()
                                                    .lessOrEqual(0)
                                                    .map(Option::some))
                                    .because("must be >= 1")),
                    plain("expectedCustomers", Arbitraries.doubles().between(0, 1e6), negative("expectedCustomers")),
                    plain(
                            "probability",
                            Arbitraries.doubles().between(0, 1),
                            outsideUnit("probability"),
                            bad("above 0 while no number of customers suffices", "probability", List.of(), a -> {
                                        a[3] = Option.<Long>none();
                                        return Arbitraries.doubles()
                                                .between(0.0, 1.0)
                                                .filter(p -> p > 0.0);
                                    })
                                    .because("must be 0 when no number of customers suffices (customersNeeded none)"))),
            entry(
                    a -> BassDiffusion.of((double) a[0], (double) a[1], (double) a[2]),
                    List.of("BassDiffusion.of(double,double,double)"),
                    plain(
                            "innovation",
                            Arbitraries.doubles().between(0.01, 0.1),
                            notPositive("diffusion.innovation"),
                            bad("with p + q below 1e-300", "diffusion.innovation", List.of(), a -> {
                                        a[1] = 0.0;
                                        return Arbitraries.oneOf(
                                                Arbitraries.of(Double.MIN_VALUE, 1e-310, Double.MIN_NORMAL, 9.99e-301),
                                                Arbitraries.doubles()
                                                        .between(-323, -300.01)
                                                        .map(e -> Math.max(Double.MIN_VALUE, Math.pow(10, e))));
                                    })
                                    .because("plus imitation must be at least 1.0E-300")),
                    plain(
                            "imitation",
                            Arbitraries.doubles().between(0, 0.9),
                            negative("diffusion.imitation"),
                            bad("with p + q beyond Double.MAX_VALUE", "diffusion.imitation", List.of(), a -> {
                                        a[0] = 1e308;
                                        return Arbitraries.doubles().between(8e307, Double.MAX_VALUE);
                                    })
                                    .because("must be <= Double.MAX_VALUE - innovation")),
                    plain("marketSize", positives(), notPositive("diffusion.marketSize"))),
            entry(
                    a -> ReferralGrowth.of((double) a[0], (double) a[1], (Duration) a[2]),
                    List.of("ReferralGrowth.of(double,double,Duration)"),
                    plain("seedCustomers", positives(), notPositive("referral.seedCustomers")),
                    plain(
                            "viralCoefficient",
                            Arbitraries.doubles().between(0, 2),
                            negative("referral.viralCoefficient")),
                    plain(
                            "cycleTime",
                            Arbitraries.longs().between(1, 1_000).map(Duration::ofDays),
                            nul("referral.cycleTime"),
                            bad(
                                            "zero or negative",
                                            "referral.cycleTime",
                                            List.of(Duration.ZERO, Duration.ofNanos(-1)),
                                            a -> Arbitraries.longs()
                                                    .lessOrEqual(0)
                                                    .map(Duration::ofSeconds))
                                    .because("must be positive"))),

            // demand: adoptions, cohorts, referrals, retention and virality
            entry(
                    a -> io.github.custdev.demand.Adoptions.of((long[]) a[0]),
                    List.of("Adoptions.of(long[])"),
                    plain(
                            "counts",
                            Arbitraries.just(new long[] {1, 2}),
                            nul("adoptions"),
                            bad("empty", "adoptions", List.of(new long[0]), null)
                                    .because("must not be empty"),
                            bad("a negative count", "adoptions[1]", List.of(new long[] {1, -1}), null)
                                    .because("must be >= 0"),
                            bad("summing past a long", "adoptions", List.of(new long[] {Long.MAX_VALUE, 1}), null)
                                    .because("must sum to at most Long.MAX_VALUE"))),
            entry(
                    a -> io.github.custdev.demand.Cohort.of((long) a[0], (long) a[1], (long[]) a[2]),
                    List.of("Cohort.of(long,long,long[])"),
                    plain("period", counts(), negativeCount("cohort.period")),
                    plain("acquired", Arbitraries.longs().between(1, 1_000), negativeCount("cohort.acquired")),
                    plain(
                            "retained",
                            Arbitraries.just(new long[] {1, 0}),
                            nul("retained"),
                            bad("empty", "retained", List.of(new long[0]), null).because("must not be empty"),
                            bad("a negative count", "retained[0]", List.of(new long[] {-1}), null)
                                    .because("must be >= 0"),
                            bad("more than acquired", "retained[0]", List.of(new long[] {1_001}), null)
                                    .because(
                                            "must be at most acquired (acquired)",
                                            (v, a) -> "must be at most acquired (" + a[1] + ")"),
                            bad("rising with age", "retained[2]", List.of(new long[] {1, 0, 1}), null)
                                    .because("must be at most retained[1] (0)"))),
            entry(
                    a -> io.github.custdev.demand.Cohorts.of((io.github.custdev.demand.Cohort[]) a[0]),
                    List.of("Cohorts.of(Cohort[])"),
                    plain(
                            "cohorts",
                            Arbitraries.just(new io.github.custdev.demand.Cohort[] {
                                io.github.custdev.demand.Cohort.of(0, 2, 1), io.github.custdev.demand.Cohort.of(1, 2, 2)
                            }),
                            nul("cohorts"),
                            bad("empty", "cohorts", List.of((Object) new io.github.custdev.demand.Cohort[0]), null)
                                    .because("must not be empty"),
                            bad(
                                            "holding a null",
                                            "cohorts[0]",
                                            List.of((Object) new io.github.custdev.demand.Cohort[] {null}),
                                            null)
                                    .because("must not be null"),
                            bad(
                                            "out of order",
                                            "cohorts[1].period",
                                            List.of((Object) new io.github.custdev.demand.Cohort[] {
                                                io.github.custdev.demand.Cohort.of(3, 2, 1),
                                                io.github.custdev.demand.Cohort.of(3, 2, 1)
                                            }),
                                            null)
                                    .because("must be after cohorts[0].period (3)"))),
            entry(
                    a -> io.github.custdev.demand.Referrals.of((long[]) a[0], (long[]) a[1], (long[]) a[2]),
                    List.of("Referrals.of(long[],long[],long[])"),
                    plain(
                            "customers",
                            Arbitraries.just(new long[] {5, 5}),
                            nul("customers"),
                            bad("empty", "customers", List.of(new long[0]), null)
                                    .because("must not be empty"),
                            bad("a negative count", "customers[0]", List.of(new long[] {-1, 5}), null)
                                    .because("must be >= 0"),
                            bad("all zero", "customers", List.of(new long[] {0, 0}), null)
                                    .because("must not all be 0")),
                    plain(
                            "sent",
                            Arbitraries.just(new long[] {3, 3}),
                            nul("sent"),
                            bad("a negative count", "sent[0]", List.of(new long[] {-1, 3}), null)
                                    .because("must be >= 0"),
                            bad("another length", "sent", List.of(new long[] {3}), null)
                                    .because("must have as many periods as customers (2)")),
                    plain(
                            "converted",
                            Arbitraries.just(new long[] {1, 1}),
                            nul("converted"),
                            bad("a negative count", "converted[0]", List.of(new long[] {-1, 1}), null)
                                    .because("must be >= 0"),
                            bad("more than sent", "converted[0]", List.of(new long[] {4, 1}), null)
                                    .because("must be at most sent[0] (3)"),
                            bad("another length", "converted", List.of(new long[] {1}), null)
                                    .because("must have as many periods as customers (2)"))),
            entry(
                    a -> io.github.custdev.demand.Retention.of(
                            (int) a[0], (long) a[1], (long) a[2], (BetaPrior) a[3], (double) a[4]),
                    List.of("Retention.of(int,long,long,BetaPrior,double)"),
                    plain(
                            "age",
                            Arbitraries.integers().between(1, 60),
                            bad("zero or negative", "retention.age", List.of(0, -1, Integer.MIN_VALUE), null)
                                    .because("must be >= 1")),
                    plain(
                            "retained",
                            Arbitraries.longs().between(0, 100),
                            negativeCount("retention.retained"),
                            bad("more than exposed", "retention.retained", List.of(101L, Long.MAX_VALUE), null)
                                    .because("must be at most exposed (100)")),
                    plain("exposed", Arbitraries.longs().between(100, 100), negativeCount("retention.exposed")),
                    plain("prior", Arbitraries.just(BetaPrior.jeffreys()), nul("retention.prior")),
                    plain("level", Arbitraries.just(0.95), outsideOpenUnit("retention.level"))),
            entry(
                    a -> io.github.custdev.demand.ViralCoefficient.of((long) a[0], (long) a[1], (double) a[2]),
                    List.of("ViralCoefficient.of(long,long,double)"),
                    plain("converted", counts(), negativeCount("viral.converted")),
                    plain("customers", Arbitraries.longs().between(1, 1_000_000), belowOne("viral.customers")),
                    plain("level", Arbitraries.just(0.95), outsideOpenUnit("viral.level"))),
            entry(
                    a -> CohortObservation.of(
                            (HypothesisId) a[0],
                            (Source) a[1],
                            (Instant) a[2],
                            (long) a[3],
                            (long) a[4],
                            (long) a[5],
                            (long[]) a[6]),
                    List.of("CohortObservation.of(HypothesisId,Source,Instant,long,long,long,long[])"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("source", Generators.sources(), nul("source")),
                    plain("observedAt", Generators.instants(), nul("observedAt")),
                    plain("period", Arbitraries.longs().between(2, 1_000), negativeCount("period")),
                    plain("acquired", counts(), negativeCount("acquired")),
                    plain("active", Arbitraries.just(Long.MAX_VALUE), negativeCount("active"), activeBelowTotal()),
                    plain(
                            "retained",
                            Arbitraries.just(new long[] {1, 0}),
                            nul("retained"),
                            negativeRetained(counts -> counts),
                            moreAgesThanPeriod(counts -> counts),
                            retainedBeyondActive(counts -> counts))),
            entry(
                    a -> CohortObservation.of(
                            (HypothesisId) a[0],
                            (Source) a[1],
                            (Instant) a[2],
                            (long) a[3],
                            (long) a[4],
                            (long) a[5],
                            (io.vavr.collection.Seq<Long>) a[6]),
                    List.of("CohortObservation.of(HypothesisId,Source,Instant,long,long,long,Seq)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("source", Generators.sources(), nul("source")),
                    plain("observedAt", Generators.instants(), nul("observedAt")),
                    plain("period", Arbitraries.longs().between(2, 1_000), negativeCount("period")),
                    plain("acquired", counts(), negativeCount("acquired")),
                    plain("active", Arbitraries.just(Long.MAX_VALUE), negativeCount("active"), activeBelowTotal()),
                    plain(
                            "retained",
                            Arbitraries.just(Vector.of(1L, 0L)),
                            nul("retained"),
                            bad("holding a null", "retained[0]", List.of(Vector.of((Long) null)), null)
                                    .because("must not be null"),
                            bad("holding a null after a count", "retained[1]", List.of(Vector.of(1L, null)), null)
                                    .because("must not be null"),
                            negativeRetained(Vector::ofAll),
                            moreAgesThanPeriod(Vector::ofAll),
                            retainedBeyondActive(Vector::ofAll))),
            entry(
                    a -> ReferralObservation.of(
                            (HypothesisId) a[0],
                            (Source) a[1],
                            (Instant) a[2],
                            (long) a[3],
                            (long) a[4],
                            (long) a[5],
                            (long) a[6]),
                    List.of("ReferralObservation.of(HypothesisId,Source,Instant,long,long,long,long)"),
                    plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                    plain("source", Generators.sources(), nul("source")),
                    plain("observedAt", Generators.instants(), nul("observedAt")),
                    plain("period", Arbitraries.longs().between(0, 1_000), negativeCount("period")),
                    plain("customers", Arbitraries.longs().between(0, 10_000), negativeCount("customers")),
                    plain(
                            "sent",
                            counts(),
                            negativeCount("sent"),
                            bad("fewer than converted", "converted", List.of(), a -> {
                                        a[6] = 500L;
                                        return Arbitraries.oneOf(
                                                Arbitraries.just(499L),
                                                Arbitraries.longs().between(0, 499));
                                    })
                                    .because(
                                            "must be at most sent (sent)",
                                            (v, a) -> "must be at most sent (" + v + ")")),
                    plain(
                            "converted",
                            Arbitraries.longs().between(0, 1),
                            negativeCount("converted"),
                            bad(
                                            "more than sent",
                                            "converted",
                                            List.of(Long.MAX_VALUE),
                                            a -> Arbitraries.oneOf(
                                                    Arbitraries.just((long) a[5] + 1),
                                                    Arbitraries.longs().between((long) a[5] + 1, Long.MAX_VALUE)))
                                    .because(
                                            "must be at most sent (sent)",
                                            (v, a) -> "must be at most sent (" + a[5] + ")"))),
            entry(
                    a -> GateCriterion.growthAtLeast((double) a[0], (double) a[1]),
                    List.of("GateCriterion.growthAtLeast(double,double)"),
                    plain(
                            "growth",
                            Arbitraries.doubles().between(-0.99, 10),
                            notFinite("growth"),
                            bad(
                                            "-1 or below",
                                            "growth",
                                            List.of(-1.0, Math.nextDown(-1.0), -1e300, -Double.MAX_VALUE),
                                            a -> Arbitraries.doubles().lessOrEqual(-1.0))
                                    .because("must be > -1")),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability())),
            entry(
                    a -> GateCriterion.referralsAtLeast((double) a[0], (double) a[1]),
                    List.of("GateCriterion.referralsAtLeast(double,double)"),
                    plain("threshold", Arbitraries.doubles().between(0, 2), negative("threshold")),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability())),
            entry(
                    a -> GateCriterion.diffusionReaches((double) a[0], (long) a[1], (double) a[2]),
                    List.of("GateCriterion.diffusionReaches(double,long,double)"),
                    plain(
                            "share",
                            Arbitraries.doubles().between(0.01, 1.0),
                            bad(
                                            "outside (0, 1]",
                                            "share",
                                            List.of(
                                                    Double.NaN,
                                                    Double.POSITIVE_INFINITY,
                                                    Double.NEGATIVE_INFINITY,
                                                    0.0,
                                                    -0.0,
                                                    -Double.MIN_VALUE,
                                                    Math.nextUp(1.0),
                                                    1.5),
                                            a -> Arbitraries.oneOf(
                                                    Arbitraries.doubles().lessOrEqual(0.0),
                                                    Arbitraries.doubles().greaterThan(1.0)))
                                    .because("must be in (0, 1]")),
                    plain("horizon", Arbitraries.longs().between(0, 100), negativeCount("horizon")),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability())),
            entry(
                    a -> GateCriterion.retentionAtLeast((int) a[0], (double) a[1], (double) a[2]),
                    List.of("GateCriterion.retentionAtLeast(int,double,double)"),
                    plain(
                            "age",
                            Arbitraries.integers().between(1, 24),
                            bad(
                                            "zero or negative",
                                            "age",
                                            List.of(0, -1, Integer.MIN_VALUE),
                                            a -> Arbitraries.integers().lessOrEqual(0))
                                    .because("must be >= 1")),
                    plain("floor", probabilities(), outsideUnit("floor")),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability())),
            entry(
                    a -> CriterionResult.ofDemand(
                            (GateCriterion.DemandShown) a[0],
                            (CriterionResult.Requirement) a[1],
                            (double) a[2],
                            (io.vavr.collection.Seq<DemandReading>) a[3]),
                    List.of("CriterionResult.ofDemand(DemandShown,Requirement,double,Seq)"),
                    plain("criterion", demandCriteria(), nul("criterion")),
                    criterionRequirement(),
                    plain("weight", positives(), notPositive("weight")),
                    plain(
                            "readings",
                            Arbitraries.of(
                                    Vector.<DemandReading>empty(),
                                    Vector.of(reading(Verdict.SUPPORTED)),
                                    Vector.of(reading(Verdict.SUPPORTED), reading(Verdict.INCONCLUSIVE)),
                                    Vector.of(reading(Verdict.REFUTED), reading(Verdict.SUPPORTED))),
                            nul("readings"),
                            bad("holding a null", "readings[0]", List.of(Vector.of((DemandReading) null)), null)
                                    .because("must not be null"),
                            bad(
                                            "holding a null after a reading",
                                            "readings[1]",
                                            List.of(
                                                    Vector.of(reading(Verdict.SUPPORTED), null),
                                                    Vector.of(reading(Verdict.INCONCLUSIVE), null)),
                                            null)
                                    .because("must not be null"))),

            // company building: departments, the team criterion and its fit, the next audience
            entry(
                    a -> VentureEvent.DepartmentEstablished.of((String) a[0], (Iterable<String>) a[1], (Instant) a[2]),
                    List.of("VentureEvent.DepartmentEstablished.of(String,Iterable,Instant)"),
                    plain("department", words(), nul("department"), blank("department")),
                    plain(
                            "processes",
                            Arbitraries.of(Vector.of("sales roadmap"), Vector.of("fulfilment", "support")),
                            nul("processes"),
                            bad("empty", "processes", List.of(Vector.empty(), new ArrayList<String>()), null)
                                    .because("must not be empty (a department runs at least one process)"),
                            withNullAt("processes[0]"),
                            blankAfter("roadmap", "processes[1]")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> VentureEvent.NextAudienceChosen.of((NextAudienceDecision) a[0], (Instant) a[1]),
                    List.of("VentureEvent.NextAudienceChosen.of(NextAudienceDecision,Instant)"),
                    plain("decision", Arbitraries.just(nextAudience(90)), nul("decision")),
                    plain("at", Generators.instants(), nul("at"))),
            entry(
                    a -> GateCriterion.teamFitsMode((Iterable<Role>) a[0], (Iterable<String>) a[1], (Duration) a[2]),
                    List.of("GateCriterion.teamFitsMode(Iterable,Iterable,Duration)"),
                    plain(
                            "roles",
                            Arbitraries.of(Vector.of(Role.VP_SALES), Vector.of(Role.VP_SALES, Role.OPERATIONS_MANAGER)),
                            nul("criterion.roles"),
                            bad("empty", "criterion.roles", List.of(Vector.empty(), new ArrayList<Role>()), null)
                                    .because("must not be empty"),
                            withNullAt("criterion.roles[0]"),
                            bad(
                                            "with a builder role",
                                            "criterion.roles[1]",
                                            List.of(
                                                    Vector.of(Role.VP_SALES, Role.ENGINEER),
                                                    Vector.of(Role.VP_MARKETING, Role.FOUNDER),
                                                    Vector.of(Role.VP_SALES, Role.of("Designer", Mode.SEARCH))),
                                            null)
                                    .because("must be an executor role (operators run what builders found)"),
                            bad(
                                            "repeating a role",
                                            "criterion.roles[1]",
                                            List.of(
                                                    Vector.of(Role.VP_SALES, Role.VP_SALES),
                                                    Vector.of(Role.VP_SALES, Role.of("VP of Sales", Mode.EXECUTE))),
                                            null)
                                    .because("must not repeat a role")),
                    plain(
                            "departments",
                            Arbitraries.of(Vector.<String>empty(), Vector.of("Sales", "Operations")),
                            nul("criterion.departments"),
                            withNullAt("criterion.departments[0]"),
                            blankAfter("Sales", "criterion.departments[1]"),
                            bad(
                                            "repeating a name",
                                            "criterion.departments[1]",
                                            List.of(Vector.of("Sales", "Sales")),
                                            null)
                                    .because("must not repeat a department")),
                    plain("buildersOnlyLimit", limits(), negativeDuration("criterion.buildersOnlyLimit"))),
            entry(
                    a -> GateCriterion.teamFitsMode((Duration) a[0]),
                    List.of("GateCriterion.teamFitsMode(Duration)"),
                    plain("buildersOnlyLimit", limits(), negativeDuration("criterion.buildersOnlyLimit"))),
            entry(
                    a -> TeamFit.of(
                            (Mode) a[0],
                            (io.vavr.collection.Seq<Role>) a[1],
                            (io.vavr.collection.Seq<String>) a[2],
                            (Option<UnderBuilding>) a[3],
                            (io.vavr.collection.Seq<PrematureScaling>) a[4]),
                    List.of("TeamFit.of(Mode,Seq,Seq,Option,Seq)"),
                    plain("mode", Arbitraries.of(Mode.class), nul("mode")),
                    plain(
                            "missingRoles",
                            Arbitraries.just(Vector.<Role>empty()),
                            nul("missingRoles"),
                            bad("holding a null", "missingRoles[]", List.of(Vector.of((Role) null)), null)
                                    .because("must not be null"),
                            searchingWith(Vector.of(Role.VP_SALES))),
                    plain(
                            "missingDepartments",
                            Arbitraries.just(Vector.<String>empty()),
                            nul("missingDepartments"),
                            bad("holding a null", "missingDepartments[]", List.of(Vector.of((String) null)), null)
                                    .because("must not be null"),
                            searchingWith(Vector.of("Sales"))),
                    plain(
                            "underBuilding",
                            Arbitraries.just(Option.<UnderBuilding>none()),
                            nul("underBuilding"),
                            searchingWith(Option.some(UnderBuilding.of(
                                    Fixtures.T0, Fixtures.T0.plus(Duration.ofDays(31)), Duration.ofDays(30), true)))),
                    plain(
                            "prematureScaling",
                            Arbitraries.just(Vector.<PrematureScaling>empty()),
                            nul("prematureScaling"),
                            bad(
                                            "holding a null",
                                            "prematureScaling[]",
                                            List.of(Vector.of((PrematureScaling) null)),
                                            null)
                                    .because("must not be null"))),
            entry(
                    a -> UnderBuilding.of((Instant) a[0], (Instant) a[1], (Duration) a[2], (boolean) a[3]),
                    List.of("UnderBuilding.of(Instant,Instant,Duration,boolean)"),
                    plain(
                            "executingSince",
                            Arbitraries.longs().between(0, 1_000).map(d -> Fixtures.T0.minus(Duration.ofDays(d))),
                            nul("executingSince")),
                    plain(
                            "buildersOnlyUntil",
                            Arbitraries.longs().between(91, 1_000).map(d -> Fixtures.T0.plus(Duration.ofDays(d))),
                            nul("buildersOnlyUntil"),
                            bad("not more than allowed after executingSince", "buildersOnlyUntil", List.of(), a -> {
                                        a[0] = Fixtures.T0;
                                        a[2] = Duration.ofDays(30);
                                        Instant limit = Fixtures.T0.plus(Duration.ofDays(30));
                                        return Arbitraries.oneOf(
                                                Arbitraries.just(limit),
                                                Arbitraries.longs()
                                                        .between(0, 10_000L * 86_400)
                                                        .map(limit::minusSeconds));
                                    })
                                    .because(
                                            "must be more than allowed (allowed) after executingSince (executingSince)",
                                            (v, a) -> "must be more than allowed (" + a[2] + ") after executingSince ("
                                                    + a[0] + ")")),
                    plain(
                            "allowed",
                            Arbitraries.longs().between(0, 90).map(Duration::ofDays),
                            negativeDuration("allowed")),
                    new Param(
                            "ongoing",
                            Arbitraries.of(true, false).map(BadInputTable::same),
                            List.of(),
                            "whether the span of builders only still runs: either value is valid")),
            entry(
                    a -> CriterionResult.ofTeam(
                            (GateCriterion.TeamFitsMode) a[0],
                            (CriterionResult.Requirement) a[1],
                            (double) a[2],
                            (TeamFit) a[3]),
                    List.of("CriterionResult.ofTeam(TeamFitsMode,Requirement,double,TeamFit)"),
                    plain(
                            "criterion",
                            Arbitraries.of(
                                    GateCriterion.teamFitsMode(Duration.ofDays(90)),
                                    GateCriterion.teamFitsMode(
                                            Vector.of(Role.VP_SALES), Vector.empty(), Duration.ZERO)),
                            nul("criterion")),
                    criterionRequirement(),
                    plain("weight", positives(), notPositive("weight")),
                    plain(
                            "teamFit",
                            Arbitraries.of(
                                    TeamFit.of(
                                            Mode.SEARCH, Vector.empty(), Vector.empty(), Option.none(), Vector.empty()),
                                    TeamFit.of(
                                            Mode.EXECUTE,
                                            Vector.of(Role.VP_SALES),
                                            Vector.of("Sales"),
                                            Option.none(),
                                            Vector.empty())),
                            nul("teamFit"))),
            entry(
                    a -> AudiencePath.referral((Audience) a[0], (double) a[1], (Duration) a[2]),
                    List.of("AudiencePath.referral(Audience,double,Duration)"),
                    plain("audience", Arbitraries.just(Fixtures.audience("labs", 5_000, 0.04)), nul("path.audience")),
                    plain("viralCoefficient", Arbitraries.doubles().between(0, 3), negative("path.viralCoefficient")),
                    plain("cycleTime", limits().map(d -> d.plusDays(1)), notPositiveDuration("path.cycleTime"))),
            entry(
                    a -> AudiencePath.socialProof((Audience) a[0], (double) a[1], (double) a[2], (Duration) a[3]),
                    List.of("AudiencePath.socialProof(Audience,double,double,Duration)"),
                    plain("audience", Arbitraries.just(Fixtures.audience("vets", 10_000, 0.03)), nul("path.audience")),
                    plain(
                            "innovation",
                            Arbitraries.doubles().between(0.01, 0.5),
                            notPositive("path.innovation"),
                            bad("so small that p + q is below the least rate", "path.innovation", List.of(), a -> {
                                        a[2] = 0.0;
                                        return Arbitraries.of(Double.MIN_VALUE, 1e-310, Double.MIN_NORMAL, 9.99e-301);
                                    })
                                    .because("plus imitation must be at least " + BassDiffusion.MINIMUM_RATE)),
                    plain("imitation", Arbitraries.doubles().between(0, 1), negative("path.imitation")),
                    plain("period", limits().map(d -> d.plusDays(1)), notPositiveDuration("path.period"))),
            entry(
                    a -> NextAudienceDecision.of(
                            (Audience) a[0],
                            (long) a[1],
                            (double) a[2],
                            (double) a[3],
                            (Iterable<AudiencePath>) a[4],
                            (Duration) a[5],
                            (double) a[6]),
                    List.of("NextAudienceDecision.of(Audience,long,double,double,Iterable,Duration,double)"),
                    plain("current", Arbitraries.just(clinics()), nul("current")),
                    plain("customers", Arbitraries.longs().between(0, 1_000), negativeCount("customers")),
                    plain(
                            "saturationShare",
                            Arbitraries.doubles().between(0.01, 1),
                            outsideUnit("saturationShare"),
                            bad("zero", "saturationShare", List.of(0.0, -0.0), null)
                                    .because("must be in (0, 1]")),
                    plain("revenueThreshold", positives(), notPositive("revenueThreshold")),
                    plain(
                            "candidates",
                            Arbitraries.of(
                                    Vector.of(toLabs()),
                                    Vector.of(
                                            toLabs(),
                                            AudiencePath.socialProof(
                                                    Fixtures.audience("vets", 10_000, 0.03), 0.03, 0.38, month()))),
                            nul("candidates"),
                            bad("empty", "candidates", List.of(Vector.empty(), new ArrayList<AudiencePath>()), null)
                                    .because("must not be empty"),
                            withNullAt("candidates[0]"),
                            bad(
                                            "leading to the current audience",
                                            "candidates[1]",
                                            List.of(Vector.of(
                                                    toLabs(), AudiencePath.referral(clinics(), 0.5, month()))),
                                            null)
                                    .because("must lead to an audience other than the current one")),
                    plain("horizon", limits().map(d -> d.plusDays(1)), notPositiveDuration("horizon")),
                    plain("requiredProbability", Arbitraries.doubles().between(0.5, 1.0), notARequiredProbability())));

    // ---------------------------------------------------------------------------------------------------------------
    // The table's vocabulary
    // ---------------------------------------------------------------------------------------------------------------

    private static CriterionResult mustMeetResult() {
        return CriterionResult.of(
                GateCriterion.hypothesis(PROBLEM, Fixtures.COUNTING),
                CriterionResult.Requirement.MUST_MEET,
                1,
                io.vavr.collection.List.empty());
    }

    /** A trace whose rule leads to the given one's kind of decision, as the decision factories need it. */
    private static GateTrace traceOf(GateDecision.Rule rule) {
        return GateTrace.builder()
                .phase(Phase.CUSTOMER_DISCOVERY)
                .evaluatedAt(Fixtures.T0)
                .mustMeet(io.vavr.collection.List.of(mustMeetResult()))
                .shouldMeet(io.vavr.collection.List.empty())
                .shouldMeetScore(1)
                .passScore(0.5)
                .budget(EvidenceBudget.experiments(10))
                .evidenceUsed(0)
                .experimentsUsed(0)
                .runway(Runway.experiments(5))
                .pivotsUsed(0)
                .pivotLimit(1)
                .prematureScaling(io.vavr.collection.List.empty())
                .rule(rule)
                .build();
    }

    /** A trace whose rule leads to another decision than {@code leadsTo}, the kind the factory builds. */
    private static Bad otherRule(GateDecision.Rule rule, GateDecision.Kind leadsTo) {
        return bad("a trace of another kind of decision", "trace.rule", List.of(traceOf(rule)), null)
                .because("must lead to " + leadsTo);
    }

    private static Bad moreThanTrials() {
        return bad(
                        "more successes than trials",
                        "successes",
                        List.of(),
                        a -> Arbitraries.longs().between((long) a[4] + 1, Long.MAX_VALUE))
                .because("must be <= trials (trials)", (v, a) -> "must be <= trials (" + a[4] + ")");
    }

    private static Bad belowLower() {
        return bad(
                        "below the lower bound",
                        "interval.upper",
                        List.of(),
                        a -> Arbitraries.doubles().between(-1e6, (double) a[0]).filter(u -> u < (double) a[0]))
                .because("must be >= lower (lower)", AT_LEAST_LOWER_RULE);
    }

    private static Bad notAboveP0() {
        return bad("not above p0", "p1", List.of(), a -> Arbitraries.doubles().between(0.01, (double) a[0]))
                .because("must be in (p0, 1) = (p0, 1)", ABOVE_P0_RULE);
    }

    /** beta must be below 1 - alpha; {@code alphaIndex} is where alpha stands among the arguments. */
    private static Bad errorRatesTooLarge(int alphaIndex) {
        return bad("with alpha + beta at least 1", "beta", List.of(), a -> {
                    a[alphaIndex] = 0.6;
                    return Arbitraries.doubles().between(0.4, 0.99);
                })
                .because(
                        "must be < 1 - alpha (1 - alpha)",
                        (v, a) -> "must be < 1 - alpha (" + (1 - (double) a[alphaIndex]) + ")");
    }

    private static Bad decidedWithMore() {
        return bad(
                        "decided, with an expected additional sample",
                        "expectedAdditionalSample",
                        List.of(Verdict.SUPPORTED, Verdict.REFUTED),
                        null)
                .because(
                        "must be absent when the verdict is (verdict)",
                        (v, a) -> "must be absent when the verdict is " + v);
    }

    private static Bad sameNames() {
        return bad(
                        "two with one name",
                        "candidates",
                        List.of(),
                        a -> Arbitraries.just(List.of(audience("solo", 1_000), audience("solo", 2_000))))
                .because("must have distinct names");
    }

    /** A list whose first item is {@code first} and whose second is empty or blank. */
    private static Bad blankAfter(String first, String field) {
        return bad(
                        "holding a blank item",
                        field,
                        List.of(
                                Vector.of(first, ""),
                                Vector.of(first, " "),
                                Vector.of(first, "\u200B"),
                                Vector.of(first, MEGABYTE_OF_NO_BREAK_SPACES)),
                        a -> Arbitraries.strings()
                                .withChars(INVISIBLE)
                                .ofMinLength(1)
                                .ofMaxLength(300)
                                .map(blank -> Vector.of(first, blank)))
                .because("must not be blank");
    }

    /** Spans of zero to 90 days, the builders-only limits a team criterion accepts. */
    private static Arbitrary<Duration> limits() {
        return Arbitraries.longs().between(0, 90).map(Duration::ofDays);
    }

    /** Negative spans, down to the most negative a {@code Duration} holds. */
    private static Bad negativeDuration(String field) {
        return bad(
                        "negative",
                        field,
                        List.of(Duration.ofNanos(-1), Duration.ofDays(-1), Duration.ofSeconds(Long.MIN_VALUE)),
                        a -> Arbitraries.longs().lessOrEqual(-1).map(Duration::ofSeconds))
                .because("must not be negative");
    }

    /** Zero and negative spans, for a span that must be positive. */
    private static Bad notPositiveDuration(String field) {
        return bad(
                        "zero or negative",
                        field,
                        List.of(Duration.ZERO, Duration.ofNanos(-1), Duration.ofSeconds(Long.MIN_VALUE)),
                        a -> Arbitraries.longs().lessOrEqual(0).map(Duration::ofSeconds))
                .because("must be positive");
    }

    /** A team fit of a searching venture (the mode, the first argument, set to SEARCH) with this part given. */
    private static Bad searchingWith(Object part) {
        return bad("while searching", "mode", List.of(), a -> {
                    a[0] = Mode.SEARCH;
                    return Arbitraries.just(part);
                })
                .because("must be EXECUTE for a fit with missing roles, missing departments or an under-building");
    }

    /** The acquired plus the retained counts of a cohort observation's arguments, the sum its rule quotes. */
    private static long acquiredPlusRetained(Object[] a) {
        long total = (long) a[4];
        for (long count : a[6] instanceof long[] counts ? Vector.ofAll(counts) : (io.vavr.collection.Seq<Long>) a[6]) {
            total += count;
        }
        return total;
    }

    /** The rule of too few active customers, quoting acquired plus retained (a method: the table is built first). */
    private static String atLeastAcquiredPlusRetained(@Nullable Object bad, Object[] a) {
        return "must be at least acquired plus retained (" + acquiredPlusRetained(a) + ")";
    }

    /** Fewer active customers than were acquired plus retained, up to one fewer. */
    private static Bad activeBelowTotal() {
        return bad(
                        "below acquired plus retained",
                        "active",
                        List.of(0L, 1L),
                        a -> Arbitraries.oneOf(
                                Arbitraries.just(acquiredPlusRetained(a) - 1),
                                Arbitraries.longs().between(0, acquiredPlusRetained(a) - 1)))
                .because(
                        "must be at least acquired plus retained (acquired + retained)",
                        BadInputProperties::atLeastAcquiredPlusRetained);
    }

    /** Retained counts, as the row takes them ({@code as}), with a negative one at age 2. */
    private static Bad negativeRetained(Function<long[], Object> as) {
        return bad(
                        "a negative count",
                        "retained[1]",
                        List.of(as.apply(new long[] {1, -1}), as.apply(new long[] {1, Long.MIN_VALUE})),
                        a -> Arbitraries.longs().lessOrEqual(-1).map(n -> as.apply(new long[] {1, n})))
                .because("must be >= 0");
    }

    /** One to four more retained counts than the periods before the one observed. */
    private static Bad moreAgesThanPeriod(Function<long[], Object> as) {
        return bad(
                        "more ages than the period",
                        "retained",
                        List.of(),
                        a -> Arbitraries.integers()
                                .between(1, 4)
                                .map(extra -> as.apply(new long[(int) (long) a[3] + extra])))
                .because(
                        "must have at most period (period) ages",
                        (v, a) -> "must have at most period (" + a[3] + ") ages");
    }

    /** Retained counts that, with the acquired, outnumber the active customers (set to acquired plus 10). */
    private static Bad retainedBeyondActive(Function<long[], Object> as) {
        return bad("beyond the active customers", "active", List.of(), a -> {
                    a[5] = (long) a[4] + 10;
                    return Arbitraries.oneOf(
                                    Arbitraries.just(11L), Arbitraries.longs().between(11, 1_000))
                            .map(n -> as.apply(new long[] {n - 1, 1}));
                })
                .because(
                        "must be at least acquired plus retained (acquired + retained)",
                        BadInputProperties::atLeastAcquiredPlusRetained);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Valid values
    // ---------------------------------------------------------------------------------------------------------------

    // methods, not constants: the table is built before the constants below it

    private static Duration month() {
        return Duration.ofDays(30);
    }

    /** 2,000 reachable at 5%: 100 expected paying customers, who break even with {@link Fixtures#ECONOMICS}. */
    private static Audience clinics() {
        return Fixtures.audience("clinics", 2_000, 0.05);
    }

    /** The referral path to a viable audience (5,000 reachable at 4%: 200 expected). */
    private static AudiencePath toLabs() {
        return AudiencePath.referral(Fixtures.audience("labs", 5_000, 0.04), 0.5, month());
    }

    /** The decision to move on from {@link #clinics()} with the given customers won: won from 80 on, to the labs. */
    private static NextAudienceDecision nextAudience(long customers) {
        return nextAudience(customers, toLabs());
    }

    private static NextAudienceDecision nextAudience(long customers, AudiencePath path) {
        return NextAudienceDecision.of(clinics(), customers, 0.8, 20_000, List.of(path), month(), 0.95);
    }

    /** A demand reading with the given verdict (inconclusive ones made without an estimate). */
    private static DemandReading reading(Verdict verdict) {
        return new DemandReading(
                HypothesisId.of("demand." + verdict.name().toLowerCase(java.util.Locale.ROOT)),
                verdict,
                verdict == Verdict.INCONCLUSIVE
                        ? Option.none()
                        : Option.some(verdict == Verdict.SUPPORTED ? 0.99 : 0.01),
                "read as " + verdict);
    }

    private static Arbitrary<GateCriterion.DemandShown> demandCriteria() {
        return Arbitraries.of(
                GateCriterion.growthAtLeast(0.1, 0.9),
                GateCriterion.referralsAtLeast(0.5, 0.8),
                GateCriterion.diffusionReaches(0.2, 6, 0.9),
                GateCriterion.retentionAtLeast(1, 0.4, 0.9));
    }

    private static Arbitrary<Supplier<SuccessCriterion>> criteria() {
        return Combinators.combine(probabilities(), counts())
                .as((rate, n) -> () -> SuccessCriterion.proportionAtLeast(rate, n));
    }

    private static Arbitrary<Supplier<Hypothesis>> hypotheses() {
        return Combinators.combine(
                        Generators.anyIds(),
                        words(),
                        Arbitraries.of(BusinessModelArea.class),
                        Arbitraries.of(Phase.class),
                        probabilities())
                .as((id, statement, area, phase, rate) ->
                        () -> Hypothesis.of(id, statement, area, phase, SuccessCriterion.proportionAtLeast(rate, 10)));
    }

    private static Arbitrary<Supplier<Statement>> statements() {
        return Combinators.combine(Generators.anyIds(), Generators.sources(), Generators.instants())
                .as((id, source, at) -> () -> Statement.supports(id, source, at));
    }

    /** A log with one measurement of the problem, in minutes. */
    private static EvidenceLog measuredLog() {
        return EvidenceLog.of(minutesOrHours("minutes"));
    }

    private static Measurement minutesOrHours(String unit) {
        return Measurement.of(PROBLEM, Source.of("front-desk-7"), Fixtures.T0, 42, unit, Strength.DID);
    }

    /** Fresh mutable lists of evidence, so that a call that changed its argument would be seen. */
    private static Arbitrary<Supplier<List<Evidence>>> evidenceLists() {
        return Generators.statements(Generators.ids())
                .list()
                .ofMaxSize(5)
                .map(items -> () -> new ArrayList<Evidence>(items));
    }

    private static Arbitrary<ScoringStrategy> strategies() {
        return Arbitraries.of(Scoring.bayesian(), Scoring.mean(), Scoring.fixedSample(), Scoring.sequential(0.2, 0.4));
    }

    private static Arbitrary<Supplier<List<ScoringStrategy>>> strategyLists() {
        return strategies().list().ofMinSize(1).ofMaxSize(3).map(list -> () -> new ArrayList<>(list));
    }

    private static Arbitrary<GateCriterion> gateCriteria() {
        return Arbitraries.of(problemCriterion(), GateCriterion.area(BusinessModelArea.REVENUE, Scoring.mean()));
    }

    private static GateCriterion problemCriterion() {
        return GateCriterion.hypothesis(HypothesisId.of("problem"), Scoring.bayesian());
    }

    private static Arbitrary<Supplier<PhaseGate>> gates() {
        return Arbitraries.of(Phase.class).map(phase -> () -> PhaseGate.defaultFor(phase));
    }

    private static Audience audience(String name, long size) {
        return Audience.of(name, size, Conversion.of(0.2), Segments.economics());
    }

    private static Arbitrary<Supplier<Audience>> audiences() {
        return Combinators.combine(words(), counts()).as((name, size) -> () -> audience(name, size));
    }

    private static Arbitrary<Supplier<List<Audience>>> audienceLists() {
        return Arbitraries.integers().between(0, 3).map(n -> () -> {
            List<Audience> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(audience("segment-" + i, 1_000L * (i + 1)));
            }
            return list;
        });
    }

    /** Audiences named segment-0, segment-1, ... with the given reachable sizes. */
    private static List<Audience> numbered(List<Long> sizes) {
        List<Audience> list = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            list.add(audience("segment-" + i, sizes.get(i)));
        }
        return list;
    }

    /** Choices among one to three candidates, at least one of them viable (990 reachable at 20% bring 198). */
    private static Arbitrary<Supplier<SmallestViableAudience>> viableChoices() {
        return Combinators.combine(
                        Arbitraries.longs().between(990, 1_000_000),
                        Arbitraries.longs().between(1, 1_000_000).list().ofMaxSize(2),
                        Arbitraries.doubles().between(0.5, 1.0))
                .as((viable, others, probability) -> () -> {
                    List<Long> sizes = new ArrayList<>(others);
                    sizes.add(viable);
                    return SmallestViableAudience.choose(numbered(sizes), probability);
                });
    }

    /** The criterion of the audience rows: viable with probability 0.9, at break-even. */
    private static GateCriterion.AudienceViable audienceCriterion() {
        return GateCriterion.audienceViable(0.9);
    }

    /** Unit economics whose customers lose money: no number of them breaks even. */
    private static UnitEconomics unprofitable() {
        return Segments.economics().withPrice(10);
    }

    private static Assessment assessment(Object[] a) {
        return Assessment.builder()
                .hypothesisId((HypothesisId) a[0])
                .verdict((Verdict) a[1])
                .estimate((double) a[2])
                .interval((Interval) a[3])
                .probability((double) a[4])
                .statisticName((String) a[5])
                .statistic((double) a[6])
                .sampleSize((long) a[7])
                .effectiveSampleSize((double) a[8])
                .strategy((String) a[9])
                .parameters((io.vavr.collection.Map<String, String>) a[10])
                .reason((String) a[11])
                .expectedAdditionalSample((long) a[12])
                .build();
    }

    private static Assessment assessmentIn(Interval interval) {
        return assessmentOf(HypothesisId.of("conversion"), interval);
    }

    private static Assessment assessmentOf(HypothesisId id, Interval interval) {
        return Assessment.builder()
                .hypothesisId(id)
                .verdict(Verdict.SUPPORTED)
                .estimate((Math.max(interval.lower(), -1) + Math.min(interval.upper(), 2)) / 2)
                .interval(interval)
                .probability(0.97)
                .statisticName("rate")
                .statistic(0.2)
                .sampleSize(200)
                .effectiveSampleSize(200)
                .strategy("counting")
                .reason("40 of 200")
                .build();
    }

    /** A Pivot decision of a real gate: a must-meet hypothesis refuted by five interviews. */
    private static GateDecision.Pivot pivotDecisionOfAGate() {
        HypothesisId problem = HypothesisId.of("problem");
        Venture venture = Fixtures.applyAll(
                Fixtures.venture(
                        100,
                        2,
                        Fixtures.stated(
                                Fixtures.hypothesis("problem", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY),
                                Fixtures.day(1))),
                Fixtures.interviews(problem, false, 5, Fixtures.day(2)));
        GateDecision decision = PhaseGate.builder(Phase.CUSTOMER_DISCOVERY)
                .mustMeet(GateCriterion.hypothesis(problem, Fixtures.COUNTING))
                .build()
                .evaluate(venture, Fixtures.day(20));
        if (!(decision instanceof GateDecision.Pivot)) {
            fail("expected a Pivot, got " + decision);
        }
        return (GateDecision.Pivot) decision;
    }

    private interface StatementFactory {
        Statement of(HypothesisId id, Source source, Instant at);
    }

    private static Entry statement(String name, StatementFactory factory) {
        return entry(
                a -> factory.of((HypothesisId) a[0], (Source) a[1], (Instant) a[2]),
                List.of("Statement." + name + "(HypothesisId,Source,Instant)"),
                plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                plain("source", Generators.sources(), nul("source")),
                plain("observedAt", Generators.instants(), nul("observedAt")));
    }

    private interface CommitmentFactory {
        Commitment of(HypothesisId id, Source source, Instant at, Commitment.Kind kind);
    }

    private static Entry commitment(String name, CommitmentFactory factory) {
        return entry(
                a -> factory.of((HypothesisId) a[0], (Source) a[1], (Instant) a[2], (Commitment.Kind) a[3]),
                List.of("Commitment." + name + "(HypothesisId,Source,Instant,Kind)"),
                plain("hypothesisId", Generators.anyIds(), nul("hypothesisId")),
                plain("source", Generators.sources(), nul("source")),
                plain("observedAt", Generators.instants(), nul("observedAt")),
                plain("kind", Arbitraries.of(Commitment.Kind.class), nul("kind")));
    }

    private interface IntervalFactory {
        Interval of(double lower, double upper, double level);
    }

    private static Entry interval(String name, IntervalFactory factory) {
        return entry(
                a -> factory.of((double) a[0], (double) a[1], (double) a[2]),
                List.of("Interval." + name + "(double,double,double)"),
                plain("lower", Arbitraries.doubles().between(-10, 0), nanOnly("interval.lower")),
                plain(
                        "upper",
                        Arbitraries.doubles().between(0, 10),
                        nanOnly("interval.upper").because("must be >= lower (lower)", AT_LEAST_LOWER_RULE),
                        belowLower()),
                plain("level", openProbabilities(), outsideOpenUnit("interval.level")));
    }

    private interface EconomicsCopy {
        UnitEconomics with(UnitEconomics economics, double value);
    }

    private static Entry economics(String method, String field, EconomicsCopy copy) {
        return entry(
                a -> copy.with((UnitEconomics) a[0], (double) a[1]),
                List.of("UnitEconomics." + method + "(double)"),
                receiver("economics", Arbitraries.just(Segments::economics)),
                plain("value", positives(), negative(field)));
    }
}
