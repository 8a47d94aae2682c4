package io.github.custdev.audience;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A candidate audience: a named segment of customers, with the traits that define it, how many of them the venture
 * can reach, how many of those are expected to pay, and the unit economics of serving them.
 *
 * <p>The smallest viable audience is the smallest such group that lets the venture thrive: large enough to pay for
 * itself, small enough to serve obsessively. {@link #viability(double)} answers whether this one is viable;
 * {@link SmallestViableAudience#choose(Iterable, double)} picks the smallest viable one among several.
 *
 * <pre>{@code
 * Audience clinics = Audience.builder()
 *         .name("small-clinics")
 *         .traits("1-3 dentists", "books by phone")
 *         .reachableSize(4_000)
 *         .conversion(Conversion.from(assessment))
 *         .economics(economics)
 *         .build();
 * Viability viability = clinics.viability(0.9);
 * viability.isViable();       // true when P(expected paying customers >= customers needed) >= 0.9
 * viability.reason();         // why, in one line
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Audience {

    Audience() {}

    /**
     * The segment's name, which identifies it among the candidates.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * What defines the segment, in the team's words: "1-3 dentists", "books appointments by phone".
     *
     * @return the traits, each not blank; empty unless set
     */
    @Value.Default
    public Seq<String> traits() {
        return List.empty();
    }

    /**
     * How many people or organisations of the segment the venture can reach with its channels.
     *
     * @return the reachable size, at least 1
     */
    public abstract long reachableSize();

    /**
     * The share of the reachable segment expected to become paying customers.
     *
     * @return the conversion, fixed or uncertain
     */
    public abstract Conversion conversion();

    /**
     * The unit economics of serving this segment, with the venture's fixed costs.
     *
     * @return the unit economics
     */
    public abstract UnitEconomics economics();

    /**
     * An audience without traits.
     *
     * @param name the segment's name, not blank
     * @param reachableSize how many the venture can reach, at least 1
     * @param conversion the expected share that pays
     * @param economics the unit economics
     * @return the audience
     * @throws InvalidValueException if an argument breaks its rule
     */
    public static Audience of(String name, long reachableSize, Conversion conversion, UnitEconomics economics) {
        return builder()
                .name(Checks.notNull(name, "audience.name"))
                .reachableSize(reachableSize)
                .conversion(Checks.notNull(conversion, "audience.conversion"))
                .economics(Checks.notNull(economics, "audience.economics"))
                .build();
    }

    /**
     * A builder for an audience; {@code name}, {@code reachableSize}, {@code conversion} and {@code economics} are
     * required, {@code traits} are empty unless set; each may be set once.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A copy with another reachable size.
     *
     * @param reachableSize how many the venture can reach, at least 1
     * @return the changed copy
     * @throws InvalidValueException if the size is less than 1
     */
    public abstract Audience withReachableSize(long reachableSize);

    /**
     * A copy with another conversion.
     *
     * @param conversion the expected share that pays
     * @return the changed copy
     */
    public abstract Audience withConversion(Conversion conversion);

    /**
     * A copy with other unit economics.
     *
     * @param economics the unit economics
     * @return the changed copy
     */
    public abstract Audience withEconomics(UnitEconomics economics);

    /**
     * The expected number of paying customers: <i>reachable size &times; expected conversion</i>.
     *
     * @return the expected number, at least 0 (fractional: it is an expectation)
     */
    public double expectedCustomers() {
        return reachableSize() * conversion().mean();
    }

    /**
     * Whether this audience can sustain the venture: whether its expected paying customers reach the number needed to
     * break even, with at least the given probability. See {@link Viability} for the figures.
     *
     * @param requiredProbability the least probability of reaching break-even, in (0, 1]; for a fixed conversion the
     *     probability is 1 or 0, so any value gives the same answer
     * @return the viability, with its reason
     * @throws InvalidValueException if the probability is outside (0, 1]
     */
    public Viability viability(double requiredProbability) {
        return Viability.of(this, requiredProbability, 0.0);
    }

    /**
     * Whether this audience can sustain the venture at a target operating margin: whether its expected paying
     * customers reach the number needed for that margin, with at least the given probability.
     *
     * @param requiredProbability the least probability of reaching the margin, in (0, 1]
     * @param targetMargin the operating margin (profit over revenue) to reach, in [0, 1); 0 is break-even
     * @return the viability, with its reason
     * @throws InvalidValueException if an argument is outside its range
     */
    public Viability viability(double requiredProbability, double targetMargin) {
        return Viability.of(this, requiredProbability, targetMargin);
    }

    @Value.Check
    void check() {
        Checks.notBlank(name(), "audience.name");
        traits().forEach(trait -> Checks.notBlank(trait, "audience.traits"));
        Checks.positive(reachableSize(), "audience.reachableSize");
    }

    @Override
    public String toString() {
        return "Audience{" + name() + ", reachable " + reachableSize() + ", conversion " + conversion() + '}';
    }

    /** Builds an {@link Audience}; each attribute may be set once. */
    public static final class Builder {
        // Delegates to the generated builder, so that no generated class is part of the public API.
        private final ImmutableAudience.Builder generated = new ImmutableAudience.Builder();

        Builder() {}

        /**
         * Sets {@link Audience#name()}.
         *
         * @param name the value, as {@link Audience#name()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder name(String name) {
            generated.name(name);
            return this;
        }

        /**
         * Sets {@link Audience#traits()}.
         *
         * @param traits the value, as {@link Audience#traits()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder traits(Seq<String> traits) {
            generated.traits(traits);
            return this;
        }

        /**
         * Sets {@link Audience#reachableSize()}.
         *
         * @param reachableSize the value, as {@link Audience#reachableSize()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder reachableSize(long reachableSize) {
            generated.reachableSize(reachableSize);
            return this;
        }

        /**
         * Sets {@link Audience#conversion()}.
         *
         * @param conversion the value, as {@link Audience#conversion()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder conversion(Conversion conversion) {
            generated.conversion(conversion);
            return this;
        }

        /**
         * Sets {@link Audience#economics()}.
         *
         * @param economics the value, as {@link Audience#economics()} describes it
         * @return this builder
         * @throws InvalidValueException if the value is null or already set
         */
        public Builder economics(UnitEconomics economics) {
            generated.economics(economics);
            return this;
        }

        /**
         * Sets the traits that define the segment; empty unless set.
         *
         * @param traits the traits, each not blank
         * @return this builder
         * @throws InvalidValueException if the array or a trait is null, or the traits are already set
         */
        public Builder traits(String... traits) {
            return traits(List.of(Checks.notNull(traits, "audience.traits")));
        }

        /**
         * Builds the audience.
         *
         * @return the value
         * @throws io.github.custdev.MissingValueException if a required attribute is not set, naming each one
         * @throws InvalidValueException if an attribute breaks its rule
         */
        public Audience build() {
            return generated.build();
        }
    }
}
