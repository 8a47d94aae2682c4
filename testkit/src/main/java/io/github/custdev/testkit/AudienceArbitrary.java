package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.testkit.internal.AudienceGenerators;
import io.github.custdev.testkit.internal.Generators;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;

/**
 * Generates candidate audiences: named segments with traits, a reachable size, a conversion and unit economics; on
 * request, audiences around break-even, where viability is decided at the boundary.
 *
 * <p>By default three audiences in four have any valid economics (a margin that may be negative, so that no number
 * of customers breaks even), any reach from 1 to ten million, and a fixed conversion or one carried over, with its
 * uncertainty, from a built-in strategy's assessment of a round of paid pilots; the fourth is around break-even.
 * {@link #aroundBreakEven()} makes every audience one whose expected paying customers lie close to the customers it
 * needs to break even, on both sides: {@code reachable x E[conversion] = N (1 + d)} with {@code d} within 20% (or the
 * given share) of 0, up to half a customer, because the reachable size is whole. There viability is decided by a
 * customer or two for a fixed conversion, and near probability 1/2 for an uncertain one.
 *
 * <pre>{@code
 * @Property
 * void aViableAudienceNeverLosesMoneyOnAverage(@ForAll("nearBreakEven") Audience audience) {
 *     Viability viability = audience.viability(0.5);
 *     ...
 * }
 *
 * @Provide
 * Arbitrary<Audience> nearBreakEven() {
 *     return CustDevArbitraries.audiences().aroundBreakEven(0.05).withFixedConversion();
 * }
 * }</pre>
 *
 * Shrinks towards the first segment name, no traits, and (around break-even) the break-even point itself. Every
 * method returns a configured copy. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class AudienceArbitrary extends ArbitraryDecorator<Audience> {
    private static final double DEFAULT_WITHIN = 0.2;

    private final double within;
    private final boolean fixed;
    private final boolean assessed;

    /** {@code within} is NaN for audiences not confined to break-even. */
    private AudienceArbitrary(double within, boolean fixed, boolean assessed) {
        this.within = within;
        this.fixed = fixed;
        this.assessed = assessed;
    }

    static AudienceArbitrary any() {
        return new AudienceArbitrary(Double.NaN, true, true);
    }

    /**
     * Audiences whose expected paying customers lie within 20% of the customers they need to break even, on either
     * side.
     *
     * @return the configured copy
     */
    public AudienceArbitrary aroundBreakEven() {
        return aroundBreakEven(DEFAULT_WITHIN);
    }

    /**
     * Audiences whose expected paying customers lie within the given share of the customers they need to break even,
     * on either side: {@code 0.05} for 5% above or below, {@code 0} for the break-even point itself.
     *
     * @param within the largest relative distance from break-even, in [0, 1)
     * @return the configured copy
     * @throws InvalidValueException if the share is outside [0, 1)
     */
    public AudienceArbitrary aroundBreakEven(double within) {
        if (!(within >= 0.0 && within < 1.0)) {
            throw InvalidValueException.of("within", "must be in [0, 1)", within);
        }
        return new AudienceArbitrary(within, fixed, assessed);
    }

    /**
     * Audiences whose conversion is a fixed rate ({@link Conversion#of(double)}): viable with probability 1 or 0.
     *
     * @return the configured copy
     */
    public AudienceArbitrary withFixedConversion() {
        return new AudienceArbitrary(within, true, false);
    }

    /**
     * Audiences whose conversion comes from an assessment ({@link Conversion#from}) of paid pilots by a built-in
     * strategy, so that viability has a probability between 0 and 1.
     *
     * @return the configured copy
     */
    public AudienceArbitrary withAssessedConversion() {
        return new AudienceArbitrary(within, false, true);
    }

    /**
     * The edge cases, at most {@value Generators#MAX_EDGE_CASES}.
     *
     * @param maxEdgeCases the most edge cases jqwik asks for
     * @return the edge cases
     */
    @Override
    public EdgeCases<Audience> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, Generators.MAX_EDGE_CASES));
    }

    @Override
    protected Arbitrary<Audience> arbitrary() {
        if (!Double.isNaN(within)) {
            return AudienceGenerators.aroundBreakEven(within, fixed, assessed);
        }
        Arbitrary<Conversion> conversions = fixed && assessed
                ? AudienceGenerators.conversions()
                : fixed ? AudienceGenerators.fixedConversions() : AudienceGenerators.assessedConversions();
        Arbitrary<UnitEconomics> economics = AudienceGenerators.economics();
        return Arbitraries.frequencyOf(
                Tuple.of(3, AudienceGenerators.audiences(conversions, economics)),
                Tuple.of(1, AudienceGenerators.aroundBreakEven(DEFAULT_WITHIN, fixed, assessed)));
    }
}
