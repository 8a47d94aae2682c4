package io.github.custdev;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * The vocabulary {@link BadInputProperties}' table is written in: a row ({@link Entry}) is an entry point with its
 * parameters ({@link Param}), each parameter lists its kinds of bad value ({@link Bad}), and every kind carries the
 * field and the exact rule the library must answer it with. The kinds shared by many rows (null, blank, NaN and
 * infinities, negative counts, probabilities out of range, money beyond its bounds, ...) are here, each with its fixed
 * edge values and a generator of more; a kind of one row is written in the row with {@link #bad} and
 * {@link Bad#because(String)}.
 */
final class BadInputTable {
    private BadInputTable() {}

    /** Stands for {@code null} among the drawn values (jqwik does not generate nulls). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Characters that show nothing: white space, no-break and zero-width spaces, format and control characters. */
    static final char[] INVISIBLE = {
        ' ', '\t', '\n', '\r', '\u000B', '\f', '\u2003', '\u2028', '\u00A0', '\u200B', '\uFEFF', '\u2060', '\u0000',
        '\u0007', '\u001B', '\u007F', '\u200E'
    };

    /** A megabyte of no-break spaces: refused, and quoted in the message by its first 200 characters. */
    static final String MEGABYTE_OF_NO_BREAK_SPACES = "\u00A0".repeat(1 << 20);

    // ---------------------------------------------------------------------------------------------------------------
    // Rows, parameters, cells
    // ---------------------------------------------------------------------------------------------------------------

    /** A row: an entry point, the public signatures it exercises, and its parameters in order. */
    static final class Entry {
        final String label;
        final Function<Object[], Object> call;
        final List<String> signatures;
        final List<Param> params;

        Entry(String label, Function<Object[], Object> call, List<String> signatures, List<Param> params) {
            this.label = label;
            this.call = call;
            this.signatures = signatures;
            this.params = params;
        }
    }

    /** A parameter: how to draw a valid value (a supplier of fresh, equal copies), and its kinds of bad value. */
    static final class Param {
        final String name;
        final Arbitrary<? extends Supplier<?>> valid;
        final List<Bad> bad;
        /** Why the parameter has no bad value, when it has none. */
        final String noBadValue;

        Param(String name, Arbitrary<? extends Supplier<?>> valid, List<Bad> bad, String noBadValue) {
            this.name = name;
            this.valid = valid;
            this.bad = bad;
            this.noBadValue = noBadValue;
        }
    }

    /**
     * A kind of bad value, the field the library must name for it and the rule it must state: fixed edge values,
     * always tried, and a generator of more, which sees (and may adjust) the other arguments for rules between
     * parameters. The rule is a text, or for a rule that quotes another argument, a text computed from the arguments.
     */
    static final class Bad {
        final String kind;
        final String field;
        final List<Object> fixed;
        final @Nullable Function<Object[], Arbitrary<?>> generated; // null when there are only fixed values
        /** The rule as the row's name shows it. */
        final String rule;
        /** The exact rule of the message, from the bad value and all the arguments (null until given). */
        final @Nullable RuleOf ruleOf;

        Bad(
                String kind,
                String field,
                List<Object> fixed,
                @Nullable Function<Object[], Arbitrary<?>> generated,
                String rule,
                @Nullable RuleOf ruleOf) {
            this.kind = kind;
            this.field = field;
            this.fixed = fixed;
            this.generated = generated;
            this.rule = rule;
            this.ruleOf = ruleOf;
        }

        /** This kind of bad value, answered with the given rule. */
        Bad because(String rule) {
            return because(rule, (bad, args) -> rule);
        }

        /** This kind of bad value, answered with a rule that depends on the value or the other arguments. */
        Bad because(String shown, RuleOf ruleOf) {
            return new Bad(kind, field, fixed, generated, shown, ruleOf);
        }
    }

    /** The exact rule a message must state, given the bad value ({@code null} for null) and all the arguments. */
    interface RuleOf {
        String of(@Nullable Object bad, Object[] args);
    }

    /** One cell of the table: an entry point, one of its parameters, one kind of bad value. */
    static final class Cell {
        final Entry entry;
        final int index;
        final Bad bad;

        Cell(Entry entry, int index, Bad bad) {
            this.entry = entry;
            this.index = index;
            this.bad = bad;
        }

        @Override
        public String toString() {
            return entry.label + " with " + entry.params.get(index).name + " " + bad.kind + " -> " + bad.field + " "
                    + bad.rule;
        }
    }

    @SuppressWarnings("unchecked")
    static Entry entry(Function<Object[], ?> call, List<String> signatures, Param... params) {
        return new Entry(signatures.get(0), (Function<Object[], Object>) call, signatures, List.of(params));
    }

    /** A further row for an entry point that has one: another receiver state, with bad values of its own. */
    @SuppressWarnings("unchecked")
    static Entry variant(String label, Function<Object[], ?> call, Param... params) {
        return new Entry(label, (Function<Object[], Object>) call, List.of(), List.of(params));
    }

    /** A parameter whose valid values are immutable JDK values or constants: the same instance serves as its twin. */
    static Param plain(String name, Arbitrary<?> valid, Bad... bad) {
        return new Param(name, valid.map(BadInputTable::same), List.of(bad), "");
    }

    /** The value a method is called on: calling a method on null never reaches the library. */
    static Param receiver(String name, Arbitrary<? extends Supplier<?>> valid) {
        return new Param(name, valid, List.of(), "the receiver of the call");
    }

    /** A parameter that accepts every value of its type, and why. */
    static Param anything(String name, String why) {
        return new Param(
                name, Arbitraries.of("x", 7, Phase.CUSTOMER_DISCOVERY).map(BadInputTable::same), List.of(), why);
    }

    /** A parameter whose valid values are built afresh for each call, so that the twin is an independent copy. */
    static Param fresh(String name, Arbitrary<? extends Supplier<?>> valid, Bad... bad) {
        return new Param(name, valid, List.of(bad), "");
    }

    static <T> Supplier<T> same(T value) {
        return () -> value;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Kinds of bad value, each with the rule the library refuses it with
    // ---------------------------------------------------------------------------------------------------------------

    /** A kind of bad value; give it its rule with {@link Bad#because(String)}. */
    static Bad bad(String kind, String field, List<?> fixed, @Nullable Function<Object[], Arbitrary<?>> generated) {
        return new Bad(kind, field, new ArrayList<>(fixed), generated, "?", null);
    }

    static Bad nul(String field) {
        return bad("null", field, List.of(NULL), null).because("must not be null");
    }

    static Bad blank(String field) {
        return bad(
                        "empty or blank",
                        field,
                        List.of(
                                "",
                                " ",
                                "\t",
                                "\n",
                                " \r\n\t ",
                                "\u2003",
                                "\u00A0",
                                "\u200B",
                                "\uFEFF",
                                "\u0000",
                                "\u0007\u001B\u007F",
                                "\u00A0\u200B\uFEFF\u2060",
                                MEGABYTE_OF_NO_BREAK_SPACES),
                        a -> Arbitraries.oneOf(
                                Arbitraries.strings()
                                        .withChars(INVISIBLE)
                                        .ofMinLength(1)
                                        .ofMaxLength(12),
                                Arbitraries.strings()
                                        .withChars(INVISIBLE)
                                        .ofMinLength(201)
                                        .ofMaxLength(2_000)))
                .because("must not be blank");
    }

    static Bad notFinite(String field) {
        return bad(
                        "NaN or infinite",
                        field,
                        List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                        null)
                .because("must be finite");
    }

    static Bad nanOnly(String field) {
        return bad("NaN", field, List.of(Double.NaN), null).because("must not be NaN");
    }

    /** NaN, infinities, zero and negatives, for a number that must be finite and positive. */
    static Bad notPositive(String field) {
        return bad(
                        "NaN, infinite, zero or negative",
                        field,
                        List.of(
                                Double.NaN,
                                Double.POSITIVE_INFINITY,
                                Double.NEGATIVE_INFINITY,
                                0.0,
                                -0.0,
                                -Double.MIN_VALUE,
                                -Double.MAX_VALUE),
                        a -> Arbitraries.doubles().lessOrEqual(0.0))
                .because("must be finite and > 0");
    }

    /** NaN, infinities and negatives, for a number that must be finite and at least 0. */
    static Bad negative(String field) {
        return bad(
                        "NaN, infinite or negative",
                        field,
                        List.of(
                                Double.NaN,
                                Double.POSITIVE_INFINITY,
                                Double.NEGATIVE_INFINITY,
                                -Double.MIN_VALUE,
                                -1e300),
                        a -> Arbitraries.doubles().lessThan(0.0))
                .because("must be finite and >= 0");
    }

    static Bad outsideUnit(String field) {
        return bad(
                        "outside [0, 1]",
                        field,
                        List.of(
                                Double.NaN,
                                Double.POSITIVE_INFINITY,
                                Double.NEGATIVE_INFINITY,
                                -Double.MIN_VALUE,
                                Math.nextUp(1.0),
                                1.3),
                        a -> Arbitraries.oneOf(
                                Arbitraries.doubles().lessThan(0.0),
                                Arbitraries.doubles().greaterThan(1.0)))
                .because("must be in [0, 1]");
    }

    static Bad outsideOpenUnit(String field) {
        return bad(
                        "outside (0, 1)",
                        field,
                        List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, 1.0, -0.5, 1.5),
                        a -> Arbitraries.oneOf(
                                Arbitraries.doubles().lessOrEqual(0.0),
                                Arbitraries.doubles().greaterOrEqual(1.0)))
                .because("must be in (0, 1)");
    }

    static Bad outsideHalfOpenUnit(String field) {
        return bad(
                        "outside [0, 1)",
                        field,
                        List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -Double.MIN_VALUE),
                        a -> Arbitraries.oneOf(
                                Arbitraries.doubles().lessThan(0.0),
                                Arbitraries.doubles().greaterOrEqual(1.0)))
                .because("must be in [0, 1)");
    }

    /** A risk of a wrong decision must lie in (0, 0.5). */
    static Bad notARisk(String field) {
        return bad(
                        "outside (0, 0.5)",
                        field,
                        List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, 0.5, 0.7, -0.1),
                        a -> Arbitraries.oneOf(
                                Arbitraries.doubles().lessOrEqual(0.0),
                                Arbitraries.doubles().greaterOrEqual(0.5)))
                .because("must be in (0, 0.5)");
    }

    static Bad notARequiredProbability() {
        return bad(
                        "outside (0, 1]",
                        "requiredProbability",
                        List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, Math.nextUp(1.0)),
                        a -> Arbitraries.oneOf(
                                Arbitraries.doubles().lessOrEqual(0.0),
                                Arbitraries.doubles().greaterThan(1.0)))
                .because("must be in (0, 1]");
    }

    static Bad negativeInt(String field) {
        return bad(
                        "negative",
                        field,
                        List.of(-1, Integer.MIN_VALUE),
                        a -> Arbitraries.integers().lessOrEqual(-1))
                .because("must be >= 0");
    }

    static Bad negativeCount(String field) {
        return bad(
                        "negative",
                        field,
                        List.of(-1L, Long.MIN_VALUE),
                        a -> Arbitraries.longs().lessOrEqual(-1))
                .because("must be >= 0");
    }

    static Bad belowOne(String field) {
        return bad(
                        "zero or negative",
                        field,
                        List.of(0L, -1L, Long.MIN_VALUE),
                        a -> Arbitraries.longs().lessOrEqual(0))
                .because("must be >= 1");
    }

    static Bad negativeAmount(String field) {
        return bad(
                        "negative",
                        field,
                        List.of(new BigDecimal("-0.01"), BigDecimal.valueOf(-1)),
                        a -> Arbitraries.bigDecimals()
                                .between(new BigDecimal("-1e9"), new BigDecimal("-0.01"))
                                .ofScale(2))
                .because("must be >= 0");
    }

    /**
     * Amounts a {@code BigDecimal} holds but money may not: 10^18 or more, or more than 18 digits after the point,
     * up to the extreme scales whose arithmetic or text would overflow or take gigabytes.
     */
    static Bad beyondMoney(String field) {
        return bad(
                        "beyond the bounds of money",
                        field,
                        List.of(
                                new BigDecimal("1E+18"),
                                new BigDecimal("1E+1000000000"),
                                new BigDecimal("1E+2147483647"),
                                new BigDecimal("1E-19"),
                                new BigDecimal("1E-1000000000"),
                                new BigDecimal("1E-2147483647"),
                                new BigDecimal("0E-19"),
                                new BigDecimal("1.0000000000000000000")),
                        a -> Combinators.combine(
                                        Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(40)),
                                        Arbitraries.oneOf(
                                                Arbitraries.integers().between(19, Integer.MAX_VALUE),
                                                Arbitraries.integers().between(Integer.MIN_VALUE, -18)))
                                .as(BigDecimal::new))
                .because(
                        "must have at most 18 digits after (or before) the decimal point",
                        (v, a) -> "must have at most 18 digits "
                                + (((BigDecimal) v).scale() > 18 ? "after" : "before")
                                + " the decimal point");
    }

    /** Positive shapes outside [1e-100, 1e12], subnormals among them, where the Beta's computations fail. */
    static Bad outsidePrior(String field) {
        return bad(
                        "a positive shape outside [1e-100, 1e12]",
                        field,
                        List.of(
                                Double.MIN_VALUE,
                                1e-310,
                                Double.MIN_NORMAL,
                                9.99e-101,
                                Math.nextUp(1e12),
                                1e300,
                                Double.MAX_VALUE),
                        a -> Arbitraries.oneOf(
                                Combinators.combine(
                                                Arbitraries.doubles().between(1.0, 9.99),
                                                Arbitraries.integers().between(-323, -101))
                                        .as((m, e) -> m * Math.pow(10, e)),
                                Combinators.combine(
                                                Arbitraries.doubles().between(1.01, 9.99),
                                                Arbitraries.integers().between(12, 307))
                                        .as((m, e) -> m * Math.pow(10, e))))
                .because("must be in [1.0E-100, 1.0E12]");
    }

    /** Finite measurements beyond 1e100 in magnitude, whose squares would overflow the running statistics. */
    static Bad beyondMagnitude(String field) {
        return bad(
                        "beyond 1e100 in magnitude",
                        field,
                        List.of(Math.nextUp(1e100), -Math.nextUp(1e100), 1e200, -Double.MAX_VALUE, Double.MAX_VALUE),
                        a -> Combinators.combine(
                                        Arbitraries.doubles().between(1.01, 9.99),
                                        Arbitraries.integers().between(100, 307),
                                        Arbitraries.of(1.0, -1.0))
                                .as((m, e, sign) -> sign * m * Math.pow(10, e)))
                .because("must be finite and in [-1.0E100, 1.0E100]");
    }

    /** Positive weights too small to keep their digits or too large to keep sums finite. */
    static Bad outsideWeights(String field) {
        return bad(
                        "a positive weight outside [1e-6, 1e6]",
                        field,
                        List.of(Double.MIN_VALUE, Double.MIN_NORMAL, 9.99e-7, 1000000.1, Double.MAX_VALUE),
                        a -> Arbitraries.oneOf(
                                Combinators.combine(
                                                Arbitraries.doubles().between(1.0, 9.99),
                                                Arbitraries.integers().between(-323, -7))
                                        .as((m, e) -> m * Math.pow(10, e)),
                                Combinators.combine(
                                                Arbitraries.doubles().between(1.01, 9.99),
                                                Arbitraries.integers().between(6, 307))
                                        .as((m, e) -> m * Math.pow(10, e))))
                .because("must be 0 or in [1.0E-6, 1000000.0]");
    }

    static Bad emptyList(String field) {
        return bad("empty", field, List.of(new ArrayList<>()), null).because("must not be empty");
    }

    /** A collection holding a null at its start: the field is the one the library names for that element. */
    static Bad withNullAt(String field) {
        List<Object> holdingNull = new ArrayList<>();
        holdingNull.add(null);
        return bad("holding a null", field, List.of(holdingNull), null).because("must not be null");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Valid values, for the other arguments
    // ---------------------------------------------------------------------------------------------------------------

    static Arbitrary<String> words() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    }

    static Arbitrary<Double> positives() {
        return Arbitraries.doubles().between(0.01, 1e6);
    }

    static Arbitrary<Double> reals() {
        return Arbitraries.doubles().between(-1e6, 1e6);
    }

    static Arbitrary<Double> probabilities() {
        return Arbitraries.doubles().between(0, 1);
    }

    static Arbitrary<Double> openProbabilities() {
        return Arbitraries.doubles().between(0.01, 0.99);
    }

    static Arbitrary<Double> errorRates() {
        return Arbitraries.doubles().between(0.01, 0.2);
    }

    static Arbitrary<Long> counts() {
        return Arbitraries.longs().between(1, 10_000);
    }

    static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("1e6"))
                .ofScale(2);
    }
}
