package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.internal.Checks;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The running sufficient statistics of the evidence for one hypothesis: everything a scoring strategy needs to know
 * about that evidence without reading it again.
 *
 * <p>For each {@link Strength} the statistics keep the number of items, the successes and trials (for rates and
 * counts), and the number, mean and sum of squared deviations of the measurements (for means, by Welford's update);
 * for the whole they keep the Sean Ellis answers, the number of tallies that gave them, the measurements' unit, and
 * the running sums of the demand evidence ({@link #demand()}).
 * Adding one item costs constant time, so the evidence of a million interviews is re-assessed as cheaply as that of
 * ten. A strategy that counts only evidence of some strength takes {@link #atLeast(Strength)}.
 *
 * <p>The counts ({@link #successes()}, {@link #trials()}, {@link #measurementCount()}) are exact. The <em>effective</em>
 * figures ({@link #effectiveSuccesses()}, {@link #effectiveTrials()}, {@link #effectiveMeasurementCount()}) and the
 * measurement moments apply the {@link StrengthWeights} as frequency weights, so that a strategy can count one
 * payment as many compliments; with {@link StrengthWeights#equal() equal} weights, the default, they equal the counts.
 *
 * <p>Statistics are equal when every figure is equal. Counts are exact; the measurement moments are floating point
 * and depend, in their last bits, on the order in which the measurements were added. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class EvidenceStatistics {
    private static final Tally NO_TALLY = new Tally(new Running());
    private static final EvidenceStatistics EMPTY = new EvidenceStatistics(
            NO_TALLY, NO_TALLY, NO_TALLY, 0, 0, 0, 0, null, StrengthWeights.equal(), DemandStatistics.empty());

    private final Tally said;
    private final Tally did;
    private final Tally paid;
    private final long veryDisappointed;
    private final long somewhatDisappointed;
    private final long notDisappointed;
    private final long ellisTallies;
    private final @Nullable String unit;
    private final StrengthWeights weights;
    private final DemandStatistics demand;

    private EvidenceStatistics(
            Tally said,
            Tally did,
            Tally paid,
            long veryDisappointed,
            long somewhatDisappointed,
            long notDisappointed,
            long ellisTallies,
            @Nullable String unit,
            StrengthWeights weights,
            DemandStatistics demand) {
        this.said = said;
        this.did = did;
        this.paid = paid;
        this.veryDisappointed = veryDisappointed;
        this.somewhatDisappointed = somewhatDisappointed;
        this.notDisappointed = notDisappointed;
        this.ellisTallies = ellisTallies;
        this.unit = unit;
        this.weights = weights;
        this.demand = demand;
    }

    /**
     * The statistics of no evidence.
     *
     * @return the empty statistics
     */
    public static EvidenceStatistics empty() {
        return EMPTY;
    }

    /**
     * The statistics of the given evidence, added in the order given, in one pass.
     *
     * @param evidence the evidence
     * @return the statistics
     * @throws InvalidValueException if an item is null, the measurements use different units, or the total of the
     *     trials would pass {@code Long.MAX_VALUE}
     */
    public static EvidenceStatistics of(Iterable<? extends Evidence> evidence) {
        Checks.notNull(evidence, "evidence");
        Accumulator accumulator = new Accumulator(EMPTY);
        accumulator.addAll(evidence);
        return accumulator.toStatistics();
    }

    /**
     * The statistics with one more item.
     *
     * @param evidence the item to add
     * @return the new statistics; this one is unchanged
     * @throws InvalidValueException if the item is null, a measurement whose unit differs from the earlier ones, an
     *     observation of demand that breaks its series' rules (see {@link DemandStatistics}), or its trials would take
     *     the total past {@code Long.MAX_VALUE}
     */
    public EvidenceStatistics plus(Evidence evidence) {
        Checks.notNull(evidence, "evidence");
        checkTotal(trials(), evidence.trials());
        Strength strength = evidence.strength();
        Running running = new Running(tally(strength));
        String unit = this.unit;
        long very = veryDisappointed;
        long somewhat = somewhatDisappointed;
        long not = notDisappointed;
        long tallies = ellisTallies;
        DemandStatistics demand = this.demand;
        if (evidence instanceof Measurement measurement) {
            unit = checkUnit(unit, measurement);
            running.measure(measurement.value());
        } else if (evidence instanceof CohortObservation cohort) {
            demand = demand.plus(cohort);
            running.count(1, 0, 0);
        } else if (evidence instanceof ReferralObservation referrals) {
            demand = demand.plus(referrals);
            running.count(1, 0, 0);
        } else {
            running.count(1, evidence.successes(), evidence.trials());
            if (evidence instanceof SeanEllisTally answers) {
                very = Math.addExact(very, answers.veryDisappointed());
                somewhat = Math.addExact(somewhat, answers.somewhatDisappointed());
                not = Math.addExact(not, answers.notDisappointed());
                tallies++;
            }
        }
        Tally tally = running.toTally();
        return new EvidenceStatistics(
                strength == Strength.SAID ? tally : said,
                strength == Strength.DID ? tally : did,
                strength == Strength.PAID ? tally : paid,
                very,
                somewhat,
                not,
                tallies,
                unit,
                weights,
                demand);
    }

    /**
     * The statistics of this evidence and the other's together, as if the other's items were added after these, with
     * these weights.
     *
     * @param other the other statistics
     * @return the combined statistics
     * @throws InvalidValueException if both have measurements, in different units, the total of the trials would
     *     pass {@code Long.MAX_VALUE}, or the other's demand evidence does not follow this one's: its first cohort
     *     observation must be of the period after this one's last, its first referral observation after this one's
     *     last (see {@link DemandStatistics})
     */
    public EvidenceStatistics plus(EvidenceStatistics other) {
        Checks.notNull(other, "other");
        checkTotal(trials(), other.trials());
        if (unit != null && other.unit != null && !unit.equals(other.unit)) {
            throw InvalidValueException.of(
                    "unit", "must be \"" + unit + "\", the unit of the earlier measurements", other.unit);
        }
        return new EvidenceStatistics(
                said.plus(other.said),
                did.plus(other.did),
                paid.plus(other.paid),
                Math.addExact(veryDisappointed, other.veryDisappointed),
                Math.addExact(somewhatDisappointed, other.somewhatDisappointed),
                Math.addExact(notDisappointed, other.notDisappointed),
                Math.addExact(ellisTallies, other.ellisTallies),
                unit != null ? unit : other.unit,
                weights,
                demand.plus(other.demand));
    }

    /**
     * The statistics of only the evidence of at least the given strength: what a criterion with that minimum
     * strength counts. Sean Ellis answers, being {@code SAID}, are kept only for {@code SAID}.
     *
     * @param minimum the weakest strength to keep
     * @return the statistics of the evidence that is as strong or stronger
     */
    public EvidenceStatistics atLeast(Strength minimum) {
        Checks.notNull(minimum, "minimum");
        if (minimum == Strength.SAID) {
            return this;
        }
        Tally keptDid = minimum == Strength.DID ? did : NO_TALLY;
        boolean measured = keptDid.measurements + paid.measurements > 0;
        return new EvidenceStatistics(
                NO_TALLY,
                keptDid,
                paid,
                0,
                0,
                0,
                0,
                measured ? unit : null,
                weights,
                minimum == Strength.DID ? demand : DemandStatistics.empty());
    }

    /**
     * The same statistics with other weights for the effective figures.
     *
     * @param weights the weights
     * @return the reweighted statistics
     */
    public EvidenceStatistics withWeights(StrengthWeights weights) {
        Checks.notNull(weights, "weights");
        return weights.equals(this.weights)
                ? this
                : new EvidenceStatistics(
                        said,
                        did,
                        paid,
                        veryDisappointed,
                        somewhatDisappointed,
                        notDisappointed,
                        ellisTallies,
                        unit,
                        weights,
                        demand);
    }

    /**
     * The weights of the effective figures and the measurement moments.
     *
     * @return the weights; equal unless set with {@link #withWeights}
     */
    public StrengthWeights weights() {
        return weights;
    }

    /**
     * The number of evidence items.
     *
     * @return the count
     */
    public long count() {
        return said.items + did.items + paid.items;
    }

    /**
     * The number of evidence items of exactly the given strength.
     *
     * @param strength the strength
     * @return the count
     */
    public long count(Strength strength) {
        return tally(strength).items;
    }

    /**
     * Whether there is no evidence at all.
     *
     * @return {@code true} when {@link #count()} is zero
     */
    public boolean isEmpty() {
        return count() == 0;
    }

    /**
     * The positive outcomes, over all strengths.
     *
     * @return the successes
     */
    public long successes() {
        return said.successes + did.successes + paid.successes;
    }

    /**
     * The positive outcomes of evidence of exactly the given strength.
     *
     * @param strength the strength
     * @return the successes
     */
    public long successes(Strength strength) {
        return tally(strength).successes;
    }

    /**
     * The trials, over all strengths: answers, visitors, requests, respondents.
     *
     * @return the trials
     */
    public long trials() {
        return said.trials + did.trials + paid.trials;
    }

    /**
     * The trials of evidence of exactly the given strength.
     *
     * @param strength the strength
     * @return the trials
     */
    public long trials(Strength strength) {
        return tally(strength).trials;
    }

    /**
     * The trials that were not successes, over all strengths.
     *
     * @return {@code trials() - successes()}
     */
    public long failures() {
        return trials() - successes();
    }

    /**
     * The positive outcomes, each counted with the weight of its strength.
     *
     * @return the weighted sum of the successes
     */
    public double effectiveSuccesses() {
        return weighted(said.successes, did.successes, paid.successes);
    }

    /**
     * The trials, each counted with the weight of its strength: the effective sample of a rate.
     *
     * @return the weighted sum of the trials
     */
    public double effectiveTrials() {
        return weighted(said.trials, did.trials, paid.trials);
    }

    /**
     * The failures, each counted with the weight of its strength.
     *
     * @return {@code effectiveTrials() - effectiveSuccesses()}, computed per strength
     */
    public double effectiveFailures() {
        return weighted(said.trials - said.successes, did.trials - did.successes, paid.trials - paid.successes);
    }

    /**
     * The number of measurements, over all strengths.
     *
     * @return the count
     */
    public long measurementCount() {
        return said.measurements + did.measurements + paid.measurements;
    }

    /**
     * The number of measurements of exactly the given strength.
     *
     * @param strength the strength
     * @return the count
     */
    public long measurementCount(Strength strength) {
        return tally(strength).measurements;
    }

    /**
     * The measurements, each counted with the weight of its strength: the effective sample of a mean.
     *
     * @return the weighted number of measurements
     */
    public double effectiveMeasurementCount() {
        return weighted(said.measurements, did.measurements, paid.measurements);
    }

    /**
     * The weighted mean of the measurements, over all strengths.
     *
     * @return the mean, or 0 when no measurement has a positive weight
     */
    public double measurementMean() {
        return pooled().mean;
    }

    /**
     * The mean of the measurements of exactly the given strength.
     *
     * @param strength the strength
     * @return the mean, or 0 when there are none
     */
    public double measurementMean(Strength strength) {
        return tally(strength).mean;
    }

    /**
     * The weighted sum of squared deviations of the measurements from their weighted mean, over all strengths.
     *
     * @return the sum, at least 0
     */
    public double measurementSumOfSquares() {
        return pooled().m2;
    }

    /**
     * The sum of squared deviations from their mean of the measurements of exactly the given strength.
     *
     * @param strength the strength
     * @return the sum, at least 0
     */
    public double measurementSumOfSquares(Strength strength) {
        return tally(strength).m2;
    }

    /**
     * The sample variance of the measurements: the weighted sum of squares divided by the effective count less one.
     *
     * @return the variance, or 0 when the effective count is at most 1
     */
    public double measurementVariance() {
        Moments pooled = pooled();
        return pooled.weight <= 1.0 ? 0.0 : pooled.m2 / (pooled.weight - 1.0);
    }

    /**
     * The unit shared by every measurement.
     *
     * @return the unit, or none when there are no measurements
     */
    public Option<String> unit() {
        return Option.of(unit);
    }

    /**
     * The running sums of the demand evidence: the {@link CohortObservation cohort} and {@link ReferralObservation
     * referral} observations, which the demand criteria of a gate read.
     *
     * @return the demand statistics; {@link DemandStatistics#empty()} when there is no demand evidence (or when only
     *     {@code PAID} evidence is kept, by {@link #atLeast(Strength)}: demand evidence is {@code DID})
     */
    public DemandStatistics demand() {
        return demand;
    }

    /**
     * Respondents to Sean Ellis surveys who would be very disappointed.
     *
     * @return the count
     */
    public long veryDisappointed() {
        return veryDisappointed;
    }

    /**
     * Respondents to Sean Ellis surveys who would be somewhat disappointed.
     *
     * @return the count
     */
    public long somewhatDisappointed() {
        return somewhatDisappointed;
    }

    /**
     * Respondents to Sean Ellis surveys who would not be disappointed.
     *
     * @return the count
     */
    public long notDisappointed() {
        return notDisappointed;
    }

    /**
     * All qualified respondents to Sean Ellis surveys.
     *
     * @return the count
     */
    public long ellisRespondents() {
        return veryDisappointed + somewhatDisappointed + notDisappointed;
    }

    /**
     * The number of Sean Ellis tallies, the survey answers counted by {@link #ellisRespondents()}.
     *
     * @return the count; at most {@code count(Strength.SAID)}, since a tally is {@code SAID}
     */
    public long ellisTallies() {
        return ellisTallies;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EvidenceStatistics that)) {
            return false;
        }
        return veryDisappointed == that.veryDisappointed
                && somewhatDisappointed == that.somewhatDisappointed
                && notDisappointed == that.notDisappointed
                && ellisTallies == that.ellisTallies
                && said.equals(that.said)
                && did.equals(that.did)
                && paid.equals(that.paid)
                && Objects.equals(unit, that.unit)
                && weights.equals(that.weights)
                && demand.equals(that.demand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                said,
                did,
                paid,
                veryDisappointed,
                somewhatDisappointed,
                notDisappointed,
                ellisTallies,
                unit,
                weights,
                demand);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("EvidenceStatistics[items=").append(count());
        text.append(", successes=").append(successes()).append('/').append(trials());
        long measurements = measurementCount();
        if (measurements > 0) {
            text.append(", measurements=").append(measurements);
            text.append(", mean=").append(measurementMean()).append(' ').append(unit);
        }
        if (ellisRespondents() > 0) {
            text.append(", veryDisappointed=")
                    .append(veryDisappointed)
                    .append('/')
                    .append(ellisRespondents());
        }
        if (!demand.isEmpty()) {
            text.append(", demand=").append(demand);
        }
        return text.append(']').toString();
    }

    private Tally tally(Strength strength) {
        return switch (Checks.notNull(strength, "strength")) {
            case SAID -> said;
            case DID -> did;
            case PAID -> paid;
        };
    }

    private double weighted(long saidValue, long didValue, long paidValue) {
        return weights.of(Strength.SAID) * saidValue
                + weights.of(Strength.DID) * didValue
                + weights.of(Strength.PAID) * paidValue;
    }

    /** The weighted pooled moments, combined pairwise (Chan, Golub and LeVeque) from the weakest strength up. */
    private Moments pooled() {
        Moments pooled = Moments.NONE;
        pooled = pooled.plus(weights.of(Strength.SAID), said);
        pooled = pooled.plus(weights.of(Strength.DID), did);
        return pooled.plus(weights.of(Strength.PAID), paid);
    }

    /**
     * Checks that the trials over all strengths still fit in a long when {@code more} are added. Every other count
     * (successes, Sean Ellis answers) is at most the trials, so it fits too.
     */
    private static void checkTotal(long trials, long more) {
        if (trials + more < 0) { // both are >= 0, so a sum past Long.MAX_VALUE wraps around to a negative
            throw InvalidValueException.of(
                    "trials",
                    "must be <= " + Long.MAX_VALUE + " in total",
                    BigInteger.valueOf(trials).add(BigInteger.valueOf(more)));
        }
    }

    private static String checkUnit(@Nullable String unit, Measurement measurement) {
        if (unit != null && !unit.equals(measurement.unit())) {
            throw InvalidValueException.of(
                    "unit",
                    "must be \"" + unit + "\", the unit of the earlier measurements of hypothesis "
                            + measurement.hypothesisId(),
                    measurement.unit());
        }
        return measurement.unit();
    }

    /** The figures of one strength, as a {@link Running} left them. Immutable. */
    private static final class Tally {
        private final long items;
        private final long successes;
        private final long trials;
        private final long measurements;
        private final double mean;
        private final double m2;

        private Tally(Running running) {
            this.items = running.items;
            this.successes = running.successes;
            this.trials = running.trials;
            this.measurements = running.measurements;
            this.mean = running.mean;
            this.m2 = running.m2;
        }

        /** The figures of this strength's evidence and the other's together. */
        Tally plus(Tally other) {
            if (other.items == 0) {
                return this;
            }
            if (items == 0) {
                return other;
            }
            Running running = new Running(this);
            running.add(other);
            return running.toTally();
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (!(other instanceof Tally that)) {
                return false;
            }
            return items == that.items
                    && successes == that.successes
                    && trials == that.trials
                    && measurements == that.measurements
                    && Double.compare(mean, that.mean) == 0
                    && Double.compare(m2, that.m2) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(items, successes, trials, measurements, mean, m2);
        }
    }

    /**
     * The figures of one strength while they change: the one place where an item is counted, a measurement added by
     * Welford's update, and two sets of figures combined. A fold keeps one per strength for all its items; appending
     * one item copies the {@link Tally} of its strength into one, which the JIT keeps in registers, and back.
     */
    private static final class Running {
        private long items;
        private long successes;
        private long trials;
        private long measurements;
        private double mean;
        private double m2;

        /** The figures of no evidence. */
        Running() {}

        /** The figures of the given tally, to change. */
        Running(Tally tally) {
            items = tally.items;
            successes = tally.successes;
            trials = tally.trials;
            measurements = tally.measurements;
            mean = tally.mean;
            m2 = tally.m2;
        }

        /**
         * Counts {@code items} items of a rate or a count, with these successes and trials in all. Whoever calls has
         * checked that the total of the trials over all strengths fits in a long; successes are at most their trials,
         * so no figure here can overflow.
         */
        void count(long items, long successes, long trials) {
            this.items += items;
            this.successes += successes;
            this.trials += trials;
        }

        /** Welford's update of the mean and the sum of squared deviations with one more value. */
        void measure(double value) {
            items++;
            long n = ++measurements;
            double delta = value - mean;
            mean += delta / n;
            m2 += delta * (value - mean);
        }

        /** Adds another strength's figures, combining the moments pairwise (Chan, Golub and LeVeque). */
        void add(Tally other) {
            items = Math.addExact(items, other.items);
            successes = Math.addExact(successes, other.successes);
            trials = Math.addExact(trials, other.trials);
            long n = measurements + other.measurements;
            if (other.measurements > 0) {
                Moments both = new Moments((double) measurements, mean, m2)
                        .plus(new Moments((double) other.measurements, other.mean, other.m2), (double) n);
                mean = both.mean;
                m2 = both.m2;
            }
            measurements = n;
        }

        Tally toTally() {
            return items == 0 ? NO_TALLY : new Tally(this);
        }
    }

    /** Weighted measurement moments: total weight, mean, and weighted sum of squared deviations. Immutable. */
    private static final class Moments {
        static final Moments NONE = new Moments(0.0, 0.0, 0.0);

        final double weight;
        final double mean;
        final double m2;

        Moments(double weight, double mean, double m2) {
            this.weight = weight;
            this.mean = mean;
            this.m2 = m2;
        }

        /** These moments and those of one strength's measurements, each of which weighs {@code w}. */
        Moments plus(double w, Tally tally) {
            if (w == 0.0 || tally.measurements == 0) {
                return this;
            }
            Moments added = new Moments(w * tally.measurements, tally.mean, w * tally.m2);
            return weight == 0.0 ? added : plus(added, weight + added.weight);
        }

        /**
         * Chan, Golub and LeVeque's pairwise combination of two sets of moments, whose weights add up to {@code total}
         * (given, so that counts add up exactly as longs).
         */
        Moments plus(Moments other, double total) {
            double delta = other.mean - mean;
            return new Moments(
                    total,
                    mean + delta * other.weight / total,
                    m2 + other.m2 + delta * delta * weight * other.weight / total);
        }
    }

    /** A mutable fold of many items into statistics, for building from scratch without an object per item. */
    static final class Accumulator {
        /**
         * The classes of the statements and of the commitments the factories make, which {@link #addAll} compares
         * first: an exact class is one comparison, where {@code instanceof} an abstract class is a subtype check that
         * made folding a million mixed items about a tenth slower. They are learned, never named, and any other class
         * still goes through {@link #add}.
         */
        private static final Class<?> STATEMENT = Statement.neutral(
                        HypothesisId.of("class"), Source.of("class"), Instant.EPOCH)
                .getClass();

        private static final Class<?> COMMITMENT = Commitment.made(
                        HypothesisId.of("class"), Source.of("class"), Instant.EPOCH, Commitment.Kind.TIME)
                .getClass();

        /** The tallies at the start, by strength. */
        private final Tally[] start;
        /** The running tally of each strength that an item was added to, made when the first one is; else null. */
        private final @Nullable Running[] running = new Running[3];

        private long veryDisappointed;
        private long somewhatDisappointed;
        private long notDisappointed;
        private long ellisTallies;
        private @Nullable String unit;
        private final StrengthWeights weights;
        private DemandStatistics demand;
        private long totalTrials;

        /** A fold that continues from the given statistics, exactly as appending one item at a time would. */
        Accumulator(EvidenceStatistics start) {
            this.start = new Tally[] {start.said, start.did, start.paid};
            veryDisappointed = start.veryDisappointed;
            somewhatDisappointed = start.somewhatDisappointed;
            notDisappointed = start.notDisappointed;
            ellisTallies = start.ellisTallies;
            unit = start.unit;
            weights = start.weights;
            demand = start.demand;
            totalTrials = start.trials();
        }

        /**
         * Adds one item, computing the same figures as {@link EvidenceStatistics#plus(Evidence)}. The kinds are told
         * apart by their abstract classes, which only their generated, final implementations extend, so the fold
         * reads each kind through calls the JIT binds statically instead of megamorphic interface calls: this keeps
         * building statistics from scratch near the speed of a loop over primitive arrays.
         */
        void add(Evidence evidence) {
            Checks.notNull(evidence, "evidence");
            if (evidence instanceof Statement statement) {
                count(Strength.SAID, 1, statement.successes(), 1);
            } else if (evidence instanceof Commitment commitment) {
                count(Strength.PAID, 1, commitment.successes(), 1);
            } else if (evidence instanceof Behaviour behaviour) {
                count(behaviour.strength(), 1, behaviour.successes(), behaviour.trials());
            } else if (evidence instanceof Measurement measurement) {
                unit = checkUnit(unit, measurement);
                running(measurement.strength()).measure(measurement.value());
            } else if (evidence instanceof CohortObservation cohort) {
                demand = demand.plus(cohort);
                running(Strength.DID).count(1, 0, 0);
            } else if (evidence instanceof ReferralObservation referrals) {
                demand = demand.plus(referrals);
                running(Strength.DID).count(1, 0, 0);
            } else { // the last kind of the sealed family
                SeanEllisTally answers = (SeanEllisTally) evidence;
                count(Strength.SAID, 1, answers.successes(), answers.trials());
                veryDisappointed += answers.veryDisappointed();
                somewhatDisappointed += answers.somewhatDisappointed();
                notDisappointed += answers.notDisappointed();
                ellisTallies++;
            }
        }

        /**
         * Adds many items, as {@link #add} would one by one. Statements and commitments, the bulk of most logs, are
         * counted in local variables and folded in whenever another kind comes along (so that the total of trials
         * is always checked against the items before it) and at the end.
         */
        void addAll(Iterable<? extends Evidence> evidence) {
            long statements = 0;
            long supporting = 0;
            long commitments = 0;
            long made = 0;
            for (Evidence item : evidence) {
                Class<?> kind = Checks.notNull(item, "evidence").getClass();
                if (kind == STATEMENT) {
                    statements++;
                    supporting += ((Statement) item).successes();
                } else if (kind == COMMITMENT) {
                    commitments++;
                    made += ((Commitment) item).successes();
                } else {
                    count(Strength.SAID, statements, supporting, statements);
                    count(Strength.PAID, commitments, made, commitments);
                    statements = supporting = commitments = made = 0;
                    add(item);
                }
            }
            count(Strength.SAID, statements, supporting, statements);
            count(Strength.PAID, commitments, made, commitments);
        }

        /**
         * Counts {@code items} items of one strength, with these successes and trials in all, once the total of the
         * trials is known to fit in a long.
         */
        private void count(Strength strength, long items, long successes, long trials) {
            checkTotal(totalTrials, trials);
            totalTrials += trials;
            running(strength).count(items, successes, trials);
        }

        @SuppressWarnings("EnumOrdinal") // the figures of a fold are indexed by strength, in one class, never persisted
        private Running running(Strength strength) {
            int index = strength.ordinal();
            Running known = running[index];
            if (known == null) {
                known = new Running(start[index]);
                running[index] = known;
            }
            return known;
        }

        EvidenceStatistics toStatistics() {
            return new EvidenceStatistics(
                    tally(0),
                    tally(1),
                    tally(2),
                    veryDisappointed,
                    somewhatDisappointed,
                    notDisappointed,
                    ellisTallies,
                    unit,
                    weights,
                    demand);
        }

        /** The tally of a strength, by ordinal: as it started when no item of that strength was added. */
        private Tally tally(int index) {
            Running known = running[index];
            return known == null ? start[index] : known.toTally();
        }
    }
}
