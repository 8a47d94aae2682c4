package io.github.custdev.audience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A way to the next audience once the smallest viable one is won, with the growth model that projects it: the
 * {@linkplain #referral referral path} (the core audience's customers bring in adjacent customers by word of mouth, a
 * {@link ReferralGrowth} seeded with them) or the {@linkplain #socialProof social-proof path} (a different audience,
 * with different benefits, adopts by a {@link BassDiffusion} whose innovators are moved by the core audience's
 * success).
 *
 * <p>A path projects the paying customers it wins within a horizon ({@link #projectedCustomers}); a
 * {@link NextAudienceDecision} compares the paths by what those customers earn. Paths are equal when their kinds,
 * audiences and parameters are. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class AudiencePath {

    /** How the next audience is reached. */
    public enum Kind {
        /** The core audience's customers bring in adjacent customers: word of mouth, a viral coefficient. */
        REFERRAL,
        /** A different audience with different benefits, won on the proof of the core audience's success. */
        SOCIAL_PROOF
    }

    private final Kind kind;
    private final Audience audience;
    private final double first;
    private final double second;
    private final Duration time;

    private AudiencePath(Kind kind, Audience audience, double first, double second, Duration time) {
        this.kind = kind;
        this.audience = audience;
        this.first = first;
        this.second = second;
        this.time = time;
    }

    /**
     * The referral path: every customer won brings <i>k</i> customers of the adjacent audience one cycle later, as
     * {@link ReferralGrowth} models it with the core audience's customers as the seed.
     *
     * @param adjacent the adjacent audience the referrals come from (its reach, conversion and economics)
     * @param viralCoefficient the customers each new customer brings in the next cycle, <i>k</i>; finite and &ge; 0
     * @param cycleTime the time from a customer's arrival to the arrival of those it brings; positive
     * @return the path
     * @throws InvalidValueException if an argument is null or breaks its rule
     */
    public static AudiencePath referral(Audience adjacent, double viralCoefficient, Duration cycleTime) {
        Checks.notNull(adjacent, "path.audience");
        Checks.nonNegative(viralCoefficient, "path.viralCoefficient");
        Checks.notNull(cycleTime, "path.cycleTime");
        if (cycleTime.isNegative() || cycleTime.isZero()) {
            throw InvalidValueException.of("path.cycleTime", "must be positive", cycleTime);
        }
        return new AudiencePath(Kind.REFERRAL, adjacent, viralCoefficient, 0.0, cycleTime);
    }

    /**
     * The social-proof path: a different audience adopts by a Bass diffusion with innovation <i>p</i> and imitation
     * <i>q</i> per period, among its expected paying customers (reach times conversion) as the market <i>m</i>.
     *
     * @param audience the different audience
     * @param innovation the coefficient of innovation <i>p</i> per period, finite and &gt; 0 (the proof the core
     *     audience's success gives moves the innovators)
     * @param imitation the coefficient of imitation <i>q</i> per period, finite and &ge; 0
     * @param period the length of the period the coefficients are for; positive
     * @return the path
     * @throws InvalidValueException if an argument is null or breaks its rule
     */
    public static AudiencePath socialProof(Audience audience, double innovation, double imitation, Duration period) {
        Checks.notNull(audience, "path.audience");
        Checks.positive(innovation, "path.innovation");
        Checks.nonNegative(imitation, "path.imitation");
        Checks.notNull(period, "path.period");
        if (period.isNegative() || period.isZero()) {
            throw InvalidValueException.of("path.period", "must be positive", period);
        }
        if (innovation + imitation < BassDiffusion.MINIMUM_RATE) {
            throw InvalidValueException.of(
                    "path.innovation", "plus imitation must be at least " + BassDiffusion.MINIMUM_RATE, innovation);
        }
        return new AudiencePath(Kind.SOCIAL_PROOF, audience, innovation, imitation, period);
    }

    /**
     * How the path reaches its audience.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The audience the path leads to.
     *
     * @return the audience
     */
    public Audience audience() {
        return audience;
    }

    /**
     * The growth model of the referral path, seeded with the customers won in the core audience.
     *
     * @param seedCustomers the paying customers of the core audience, &gt; 0
     * @return the model
     * @throws InvalidValueException if this is not a referral path, or the seed is not positive
     */
    public ReferralGrowth referralGrowth(double seedCustomers) {
        if (kind != Kind.REFERRAL) {
            throw InvalidValueException.of("path.kind", "must be REFERRAL for a referral model", kind);
        }
        return ReferralGrowth.of(seedCustomers, first, time);
    }

    /**
     * The diffusion of the social-proof path, its market the audience's expected paying customers.
     *
     * @return the diffusion
     * @throws InvalidValueException if this is not a social-proof path, or the audience expects no paying customer
     */
    public BassDiffusion diffusion() {
        if (kind != Kind.SOCIAL_PROOF) {
            throw InvalidValueException.of("path.kind", "must be SOCIAL_PROOF for a diffusion", kind);
        }
        return BassDiffusion.of(first, second, audience.expectedCustomers());
    }

    /**
     * The viral coefficient <i>k</i> of a referral path, the innovation <i>p</i> of a social-proof one.
     *
     * @return the first parameter
     */
    public double viralCoefficientOrInnovation() {
        return first;
    }

    /**
     * The imitation <i>q</i> of a social-proof path; 0 for a referral path.
     *
     * @return the imitation
     */
    public double imitation() {
        return second;
    }

    /**
     * The cycle time of a referral path, the period of a social-proof one.
     *
     * @return the duration, positive
     */
    public Duration cycleOrPeriod() {
        return time;
    }

    /**
     * The paying customers the path wins in its audience within a horizon, never more than the audience's expected
     * paying customers ({@link Audience#expectedCustomers()}, its reach times its conversion):
     *
     * <ul>
     *   <li>referral: <i>min(C(h) - c<sub>0</sub>, E)</i>, the customers the referrals bring beyond the seed
     *       <i>c<sub>0</sub></i> (the core audience's customers) after the cycles completed within <i>h</i>
     *       ({@link ReferralGrowth#customersAfter});
     *   <li>social proof: <i>m F(h / period)</i> with <i>m = E</i> ({@link BassDiffusion#cumulativeAdopters}); 0 when
     *       the audience expects no paying customer.
     * </ul>
     *
     * @param coreCustomers the paying customers won in the core audience, finite and &ge; 0 (none bring no referral)
     * @param horizon how far ahead, not negative
     * @return the projected customers, in [0, E]
     * @throws InvalidValueException if an argument breaks its rule
     */
    public double projectedCustomers(double coreCustomers, Duration horizon) {
        Checks.nonNegative(coreCustomers, "coreCustomers");
        Checks.notNull(horizon, "horizon");
        if (horizon.isNegative()) {
            throw InvalidValueException.of("horizon", "must not be negative", horizon);
        }
        double ceiling = audience.expectedCustomers();
        if (kind == Kind.REFERRAL) {
            if (coreCustomers == 0.0) {
                return 0.0;
            }
            double brought = referralGrowth(coreCustomers).customersAfter(horizon) - coreCustomers;
            return Math.min(Math.max(0.0, brought), ceiling);
        }
        if (ceiling <= 0.0) {
            return 0.0;
        }
        double periods = seconds(horizon) / seconds(time);
        return Math.min(diffusion().cumulativeAdopters(periods), ceiling);
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AudiencePath that)) {
            return false;
        }
        return kind == that.kind
                && audience.equals(that.audience)
                && Double.compare(first, that.first) == 0
                && Double.compare(second, that.second) == 0
                && time.equals(that.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, audience, first, second, time);
    }

    /**
     * The path as text: {@code "referral to 'dental labs' (k = 0.40 every P30D)"}, {@code "social proof to 'vets'
     * (p = 0.030, q = 0.380 per P30D)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return kind == Kind.REFERRAL
                ? String.format(Locale.ROOT, "referral to '%s' (k = %.2f every %s)", audience.name(), first, time)
                : String.format(
                        Locale.ROOT,
                        "social proof to '%s' (p = %.3f, q = %.3f per %s)",
                        audience.name(),
                        first,
                        second,
                        time);
    }
}
