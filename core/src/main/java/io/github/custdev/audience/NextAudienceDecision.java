package io.github.custdev.audience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Texts;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The choice of the next audience once the smallest viable one is won: whether the current audience is won, how far
 * each candidate {@linkplain AudiencePath path} (referral or social proof) would take the venture within a horizon,
 * and which one it takes, with the reasons and the figures behind them, as a gate's decision carries its trace.
 *
 * <p>The rule, in three steps:
 *
 * <ol>
 *   <li><b>Is the current audience won?</b> With <i>n</i> paying customers won in it and <i>E</i> expected
 *       (its reach times its conversion, {@link Audience#expectedCustomers()}), it is won when its diffusion is near
 *       saturation, <i>n / E &ge; s</i> (the share <i>n / E</i> counted as 1 when <i>E = 0</i> and capped at 1), or
 *       when its revenue is past a threshold, <i>n &times; price &ge; R</i> per period. A venture that moves on before
 *       its first audience is won spreads itself over two half-won markets; until then the decision chooses nothing.
 *   <li><b>What would each path bring?</b> Each candidate projects the paying customers <i>P</i> it wins within the
 *       horizon ({@link AudiencePath#projectedCustomers}: the referrals the <i>n</i> customers bring, or the Bass
 *       diffusion of the other audience) and the operating profit they would make per period at the horizon,
 *       <i>P (m - (1 - r) CAC) - F</i> with the path's audience's {@link UnitEconomics} (the margin after the
 *       acquisition of each customer's replacement, less the fixed costs of serving that audience). Each candidate's
 *       audience is also judged on its own: {@link Audience#viability(double)} with the required probability.
 *   <li><b>Which path?</b> Among the candidates whose audience is viable, the one with the largest projected profit;
 *       on a tie the earlier candidate. A path whose audience cannot sustain the venture is never taken, however
 *       fast it grows: growth into an audience that never pays for itself is premature scaling by another name.
 *       When no candidate is viable the decision chooses nothing.
 * </ol>
 *
 * <p>Profit rather than customers is compared because the paths lead to audiences with different economics: the
 * referral path usually brings fewer customers at a lower acquisition cost, the social-proof path more customers who
 * need different benefits (and fixed costs) to be served. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class NextAudienceDecision {
    private final Audience current;
    private final long customers;
    private final double saturationShare;
    private final double revenueThreshold;
    private final Seq<AudiencePath> candidates;
    private final Duration horizon;
    private final double requiredProbability;
    private final Seq<Projection> projections;
    private final @Nullable Projection chosen;

    private NextAudienceDecision(
            Audience current,
            long customers,
            double saturationShare,
            double revenueThreshold,
            Seq<AudiencePath> candidates,
            Duration horizon,
            double requiredProbability) {
        this.current = current;
        this.customers = customers;
        this.saturationShare = saturationShare;
        this.revenueThreshold = revenueThreshold;
        this.candidates = candidates;
        this.horizon = horizon;
        this.requiredProbability = requiredProbability;
        List<Projection> list = new ArrayList<>(candidates.size());
        @Nullable Projection best = null;
        for (AudiencePath path : candidates) {
            Projection projection = new Projection(path, customers, horizon, requiredProbability);
            list.add(projection);
            if (projection.viability.isViable() && (best == null || projection.profit > best.profit)) {
                best = projection;
            }
        }
        this.projections = Vector.ofAll(list);
        this.chosen = isWon() ? best : null;
    }

    /**
     * Decides on the next audience.
     *
     * @param current the audience the venture serves now
     * @param customers the paying customers won in it, at least 0
     * @param saturationShare the share <i>s</i> of its expected paying customers at which it counts as won, in
     *     (0, 1]
     * @param revenueThreshold the revenue per period <i>R</i> at which it counts as won, finite and &gt; 0
     * @param candidates the paths to consider, not empty, none leading to the current audience
     * @param horizon how far ahead the paths are projected, positive
     * @param requiredProbability the least probability with which a candidate's audience must be viable, in (0, 1]
     * @return the decision
     * @throws InvalidValueException if an argument is null or breaks its rule; the message names it, as {@code
     *     candidates[1] must lead to an audience other than the current one: 'clinics'}
     */
    public static NextAudienceDecision of(
            Audience current,
            long customers,
            double saturationShare,
            double revenueThreshold,
            Iterable<AudiencePath> candidates,
            Duration horizon,
            double requiredProbability) {
        Checks.notNull(current, "current");
        Checks.nonNegative(customers, "customers");
        Checks.probability(saturationShare, "saturationShare");
        if (saturationShare == 0.0) {
            throw InvalidValueException.of("saturationShare", "must be in (0, 1]", saturationShare);
        }
        Checks.positive(revenueThreshold, "revenueThreshold");
        Checks.notNull(candidates, "candidates");
        List<AudiencePath> paths = new ArrayList<>();
        for (AudiencePath path : candidates) {
            String field = "candidates[" + paths.size() + "]";
            Checks.notNull(path, field);
            if (path.audience().equals(current)) {
                throw InvalidValueException.of(
                        field, "must lead to an audience other than the current one", "'" + current.name() + "'");
            }
            paths.add(path);
        }
        if (paths.isEmpty()) {
            throw InvalidValueException.of("candidates", "must not be empty", "[]");
        }
        Checks.notNull(horizon, "horizon");
        if (horizon.isNegative() || horizon.isZero()) {
            throw InvalidValueException.of("horizon", "must be positive", horizon);
        }
        Checks.requiredProbability(requiredProbability);
        return new NextAudienceDecision(
                current,
                customers,
                saturationShare,
                revenueThreshold,
                Vector.ofAll(paths),
                horizon,
                requiredProbability);
    }

    /**
     * The audience the venture serves now.
     *
     * @return the audience
     */
    public Audience current() {
        return current;
    }

    /**
     * The paying customers won in the current audience.
     *
     * @return the count, at least 0
     */
    public long customers() {
        return customers;
    }

    /**
     * The share of its expected paying customers at which the current audience counts as won.
     *
     * @return <i>s</i>, in (0, 1]
     */
    public double saturationShare() {
        return saturationShare;
    }

    /**
     * The revenue per period at which the current audience counts as won.
     *
     * @return <i>R</i>, finite and &gt; 0
     */
    public double revenueThreshold() {
        return revenueThreshold;
    }

    /**
     * The paths considered, in the order given.
     *
     * @return the candidates, not empty
     */
    public Seq<AudiencePath> candidates() {
        return candidates;
    }

    /**
     * How far ahead the paths are projected.
     *
     * @return the horizon, positive
     */
    public Duration horizon() {
        return horizon;
    }

    /**
     * The least probability with which a candidate's audience must be viable.
     *
     * @return the probability, in (0, 1]
     */
    public double requiredProbability() {
        return requiredProbability;
    }

    /**
     * The share of the current audience's expected paying customers won: <i>min(1, n / E)</i>, and 1 when it
     * expects none.
     *
     * @return the share, in [0, 1]
     */
    public double share() {
        double expected = current.expectedCustomers();
        return expected <= 0.0 ? 1.0 : Math.min(1.0, customers / expected);
    }

    /**
     * The current audience's revenue per period: <i>n &times; price</i>.
     *
     * @return the revenue, at least 0
     */
    public double revenue() {
        return customers * current.economics().price();
    }

    /**
     * Whether the current audience is won: its share at least the saturation share, or its revenue at least the
     * threshold.
     *
     * @return {@code true} when the venture may move on
     */
    public boolean isWon() {
        return share() >= saturationShare || revenue() >= revenueThreshold;
    }

    /**
     * What each candidate path would bring, in the order of the candidates.
     *
     * @return the projections
     */
    public Seq<Projection> projections() {
        return projections;
    }

    /**
     * The path chosen: the viable candidate with the largest projected profit.
     *
     * @return the path; none while the current audience is not won, or when no candidate's audience is viable
     */
    public Option<AudiencePath> chosen() {
        return Option.of(chosen).map(Projection::path);
    }

    /**
     * Every reason, in order: whether the current audience is won, then each candidate's figures, then the choice.
     *
     * @return the reasons
     */
    public Seq<String> reasons() {
        return Vector.of(wonReason())
                .appendAll(projections.map(Projection::toString))
                .append(reason());
    }

    /**
     * The choice in one sentence: {@code "referral to 'dental labs' (k = 0.40 every P30D): the largest projected
     * profit of the 2 viable candidates, 1,234.00 per period within P365D"}, or why there is none.
     *
     * @return the reason
     */
    public String reason() {
        if (!isWon()) {
            return "no next audience: '" + current.name() + "' is not won yet";
        }
        if (chosen == null) {
            return "no next audience: no candidate's audience is viable with probability >= "
                    + Texts.decimal(requiredProbability);
        }
        long viable = projections.count(p -> p.viability.isViable());
        return String.format(
                Locale.ROOT,
                "%s: the largest projected profit of the %d viable %s, %,.2f per period within %s",
                chosen.path,
                viable,
                viable == 1 ? "candidate" : "candidates",
                chosen.profit,
                horizon);
    }

    private String wonReason() {
        String figures = String.format(
                Locale.ROOT,
                "%,d of %,.1f expected paying customers (%s %s %s saturation), revenue %,.2f per period %s %,.2f",
                customers,
                current.expectedCustomers(),
                Texts.percent(share()),
                share() >= saturationShare ? ">=" : "<",
                Texts.percent(saturationShare),
                revenue(),
                revenue() >= revenueThreshold ? ">=" : "<",
                revenueThreshold);
        return "'" + current.name() + "' is " + (isWon() ? "won: " : "not won yet: ") + figures;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof NextAudienceDecision that)) {
            return false;
        }
        return customers == that.customers
                && Double.compare(saturationShare, that.saturationShare) == 0
                && Double.compare(revenueThreshold, that.revenueThreshold) == 0
                && Double.compare(requiredProbability, that.requiredProbability) == 0
                && current.equals(that.current)
                && candidates.equals(that.candidates)
                && horizon.equals(that.horizon);
    }

    @Override
    public int hashCode() {
        return Objects.hash(current, customers, saturationShare, revenueThreshold, candidates, horizon);
    }

    /**
     * The decision as text: its {@link #reason()}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return reason();
    }

    /**
     * What one candidate path would bring within the horizon: its projected paying customers, the operating profit
     * they would make per period, and its audience's viability. Immutable and thread-safe.
     */
    public static final class Projection {
        private final AudiencePath path;
        private final double customers;
        private final double profit;
        private final Viability viability;

        Projection(AudiencePath path, long coreCustomers, Duration horizon, double requiredProbability) {
            this.path = path;
            this.customers = path.projectedCustomers((double) coreCustomers, horizon);
            UnitEconomics economics = path.audience().economics();
            this.profit = customers * economics.marginAfterAcquisition() - economics.fixedCosts();
            this.viability = path.audience().viability(requiredProbability);
        }

        /**
         * The path.
         *
         * @return the path
         */
        public AudiencePath path() {
            return path;
        }

        /**
         * The paying customers the path wins within the horizon, {@link AudiencePath#projectedCustomers}.
         *
         * @return <i>P</i>, at least 0
         */
        public double customers() {
            return customers;
        }

        /**
         * The operating profit per period of those customers at the horizon, <i>P (m - (1 - r) CAC) - F</i>.
         *
         * @return the profit; negative for a loss
         */
        public double profit() {
            return profit;
        }

        /**
         * The path's audience judged on its own, with the decision's required probability.
         *
         * @return the viability
         */
        public Viability viability() {
            return viability;
        }

        /**
         * The projection as text: {@code "referral to 'labs' (k = 0.40 every P30D): 112.0 customers, profit
         * 1,234.00 per period; 'labs' is viable: ..."}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s: %,.1f customers, profit %,.2f per period; %s",
                    path,
                    customers,
                    profit,
                    viability.reason());
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Projection that)) {
                return false;
            }
            return path.equals(that.path)
                    && Double.compare(customers, that.customers) == 0
                    && Double.compare(profit, that.profit) == 0
                    && viability.equals(that.viability);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, customers, profit, viability);
        }
    }
}
