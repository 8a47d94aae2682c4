package io.github.custdev.audience;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.FirstStep;
import io.vavr.control.Option;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The Bass model of how a new product spreads through a market: some adopt on their own (innovators, at rate
 * <i>p</i>), most because others already have (imitators, at rate <i>q</i> times the share that has adopted), until
 * the <i>m</i> eventual adopters all have.
 *
 * <p>With <i>F(t)</i> the share of the <i>m</i> eventual adopters who have adopted by time <i>t</i> (in periods),
 * the model is the differential equation <i>dF/dt = (p + q F)(1 - F)</i>, <i>F(0) = 0</i>, whose closed form is
 *
 * <p><i>F(t) = (1 - e<sup>-(p+q)t</sup>) / (1 + (q/p) e<sup>-(p+q)t</sup>)</i>
 *
 * <p>(F. M. Bass, "A new product growth for model consumer durables", Management Science 15(5), 1969). Everything
 * here uses the closed form: the cumulative adopters <i>m F(t)</i>, the adopters of period <i>n</i>,
 * <i>m (F(n) - F(n - 1))</i>, the time of peak adoption <i>t* = ln(q/p) / (p + q)</i> (when <i>q &gt; p</i>), at
 * which <i>F(t*) = (q - p) / (2q)</i>, and its inverse, the time until a number of adopters is reached. Bass's
 * discrete recursion <i>n<sub>t</sub> = (p + q N<sub>t-1</sub>/m)(m - N<sub>t-1</sub>)</i> is the explicit Euler
 * step of the same equation with a step of one period; it lags the closed form early on, most around the peak of
 * adoption (by 7.1% of <i>m</i> at <i>t = 7</i> for <i>p = 0.03, q = 0.38</i>), and runs slightly ahead of it later
 * (by less than 1% of <i>m</i>), an error that shrinks in proportion to the step (about 0.0721 <i>h m</i> at most
 * for a small step <i>h</i>).
 *
 * <p>The coefficients are per period of the caller's choosing; the averages over many products are about
 * <i>p = 0.03</i> and <i>q = 0.38</i> per year (Sultan, Farley and Lehmann, Journal of Marketing Research 27(1),
 * 1990), with the peak of adoption after about 6.2 years. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class BassDiffusion {
    private final double innovation;
    private final double imitation;
    private final double marketSize;
    /** <i>ln(q/p)</i>, negative infinity when <i>q = 0</i>: finite even where <i>q/p</i> itself overflows. */
    private final double logRatio;

    private BassDiffusion(double innovation, double imitation, double marketSize) {
        this.innovation = innovation;
        this.imitation = imitation;
        this.marketSize = marketSize;
        double ratio = imitation / innovation;
        this.logRatio = ratio < Double.POSITIVE_INFINITY ? Math.log(ratio) : Math.log(imitation) - Math.log(innovation);
    }

    /**
     * The least <i>p + q</i>: a time is at most about <i>1491 / (p + q)</i> (the logarithm of the largest ratio of
     * doubles, 1454, and of a share within 10<sup>-16</sup> of 1, 37), which stays finite from here.
     */
    public static final double MINIMUM_RATE = 1e-300;

    /**
     * A Bass diffusion.
     *
     * @param innovation the coefficient of innovation <i>p</i>, per period; finite and &gt; 0
     * @param imitation the coefficient of imitation <i>q</i>, per period; finite and &ge; 0, with <i>p + q</i>
     *     finite (at most {@code Double.MAX_VALUE}); any ratio <i>q / p</i> is accepted, since the model works
     *     with <i>ln(q/p)</i> and so stays finite where the ratio itself overflows; and <i>p + q</i> at least
     *     {@value #MINIMUM_RATE}, below which the times ({@link #peakTime()}, {@link #timeToReach(double)}), of the
     *     order of <i>ln(q/p) / (p + q)</i>, would overflow to infinity
     * @param marketSize the number of eventual adopters <i>m</i>; finite and &gt; 0 (an expected number may be
     *     fractional)
     * @return the diffusion
     * @throws InvalidValueException if a parameter breaks its rule
     */
    public static BassDiffusion of(double innovation, double imitation, double marketSize) {
        Checks.positive(innovation, "diffusion.innovation");
        Checks.nonNegative(imitation, "diffusion.imitation");
        if (innovation + imitation < MINIMUM_RATE) {
            throw InvalidValueException.of(
                    "diffusion.innovation", "plus imitation must be at least " + MINIMUM_RATE, innovation);
        }
        if (innovation + imitation == Double.POSITIVE_INFINITY) {
            throw InvalidValueException.of(
                    "diffusion.imitation", "must be <= Double.MAX_VALUE - innovation", imitation);
        }
        return new BassDiffusion(innovation, imitation, Checks.positive(marketSize, "diffusion.marketSize"));
    }

    /**
     * The coefficient of innovation <i>p</i>: the rate at which those who have not adopted adopt on their own.
     *
     * @return <i>p</i>, per period
     */
    public double innovation() {
        return innovation;
    }

    /**
     * The coefficient of imitation <i>q</i>: how strongly the share that has adopted draws in the rest.
     *
     * @return <i>q</i>, per period
     */
    public double imitation() {
        return imitation;
    }

    /**
     * The number of eventual adopters <i>m</i>.
     *
     * @return <i>m</i>
     */
    public double marketSize() {
        return marketSize;
    }

    /**
     * The share of the eventual adopters who have adopted by time <i>t</i>,
     * <i>F(t) = (1 - e<sup>-(p+q)t</sup>) / (1 + (q/p) e<sup>-(p+q)t</sup>)</i>, computed as
     * <i>-expm1(-(p+q)t) / (1 + e<sup>ln(q/p) - (p+q)t</sup>)</i> so that no intermediate overflows.
     *
     * @param time the time <i>t</i> since launch, in periods; finite and &ge; 0
     * @return the share, in [0, 1), increasing in <i>t</i>
     * @throws InvalidValueException if the time is negative, NaN or infinite
     */
    public double cumulativeShare(double time) {
        Checks.nonNegative(time, "time");
        double exponent = (innovation + imitation) * time;
        return -Math.expm1(-exponent) / (1.0 + Math.exp(logRatio - exponent));
    }

    /**
     * The number who have adopted by time <i>t</i>, <i>m F(t)</i>.
     *
     * @param time the time <i>t</i> since launch, in periods; finite and &ge; 0
     * @return the cumulative adopters, in [0, m]
     * @throws InvalidValueException if the time is negative, NaN or infinite
     */
    public double cumulativeAdopters(double time) {
        return marketSize * cumulativeShare(time);
    }

    /**
     * The number who adopt during period <i>n</i> (from time <i>n - 1</i> to <i>n</i>), <i>m (F(n) - F(n - 1))</i>.
     *
     * @param period the period <i>n</i>, at least 1
     * @return the new adopters of the period, at least 0
     * @throws InvalidValueException if the period is less than 1
     */
    public double adoptersIn(long period) {
        Checks.positive(period, "period");
        return marketSize * (cumulativeShare((double) period) - cumulativeShare((double) (period - 1)));
    }

    /**
     * The time at which adoption is fastest: <i>t* = ln(q/p) / (p + q)</i> when imitation outweighs innovation
     * (<i>q &gt; p</i>), and 0 otherwise, when adoption is fastest at launch and slows from there.
     *
     * @return the time of peak adoption, in periods, at least 0
     */
    public double peakTime() {
        return imitation > innovation ? logRatio / (innovation + imitation) : 0.0;
    }

    /**
     * The time until a number of adopters is reached: the inverse of the closed form,
     * <i>t = ln((1 + f q/p) / (1 - f)) / (p + q)</i> with <i>f = adopters / m</i>.
     *
     * @param adopters the number to reach, finite and &ge; 0
     * @return the time in periods (0 for no adopters); none when the number is <i>m</i> or more, which the market
     *     approaches but never reaches
     * @throws InvalidValueException if the number is negative, NaN or infinite
     */
    public Option<Double> timeToReach(double adopters) {
        double share = Checks.nonNegative(adopters, "adopters") / marketSize;
        if (share >= 1.0) {
            return Option.none();
        }
        double scaled = share * imitation / innovation;
        // ln(1 + f q/p); where f q/p overflows, ln f + ln(q/p), to which it is then equal within rounding.
        double grown = scaled < Double.POSITIVE_INFINITY ? Math.log1p(scaled) : Math.log(share) + logRatio;
        return Option.some((grown - Math.log1p(-share)) / (innovation + imitation));
    }

    /**
     * The number of whole periods until a number of adopters is reached: the first period <i>n</i> by whose end
     * <i>m F(n) &ge; adopters</i>, that is <i>&lceil;t&rceil;</i> for the {@link #timeToReach(double) time}
     * <i>t</i>. Used with the customers an audience needs to break even, it says how long the venture must last
     * until the audience pays for it.
     *
     * @param adopters the number to reach, finite and &ge; 0
     * @return the number of periods (0 for no adopters); none when the number is <i>m</i> or more
     * @throws InvalidValueException if the number is negative, NaN or infinite
     */
    public Option<Long> periodsToReach(double adopters) {
        return timeToReach(adopters).map(time -> {
            long guess = time >= 0x1p63 ? Long.MAX_VALUE : (long) Math.ceil(time);
            // The first period that reaches the number: the inverse's guess, confirmed against the closed form; past
            // 2^62 periods the count saturates.
            return FirstStep.near(guess, period -> cumulativeAdopters((double) period) >= adopters)
                    .getOrElse(Long.MAX_VALUE);
        });
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BassDiffusion that)) {
            return false;
        }
        return Double.compare(innovation, that.innovation) == 0
                && Double.compare(imitation, that.imitation) == 0
                && Double.compare(marketSize, that.marketSize) == 0;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(innovation) * 31 + Double.hashCode(imitation)) * 31 + Double.hashCode(marketSize);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Bass(p=%s, q=%s, m=%s)", innovation, imitation, marketSize);
    }
}
