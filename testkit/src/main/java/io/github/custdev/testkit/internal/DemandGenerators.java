package io.github.custdev.testkit.internal;

import io.github.custdev.CohortObservation;
import io.github.custdev.DemandReading;
import io.github.custdev.DemandStatistics;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.GateCriterion;
import io.github.custdev.HypothesisId;
import io.github.custdev.ReferralObservation;
import io.github.custdev.Source;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.demand.Adoptions;
import io.github.custdev.demand.BassFit;
import io.github.custdev.demand.Cohort;
import io.github.custdev.demand.Cohorts;
import io.github.custdev.demand.GrowthRate;
import io.github.custdev.demand.Referrals;
import io.github.custdev.demand.Retention;
import io.github.custdev.demand.ViralCoefficient;
import io.github.custdev.testkit.CustDevArbitraries;
import io.vavr.collection.Array;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The generators of observed demand, its estimates, its evidence and the demand criteria of the gates (issue #20).
 * Every value is valid by construction: counts never negative, retained never above acquired nor rising with age,
 * converted never above sent, a cohort series observing consecutive periods.
 */
public final class DemandGenerators {
    private DemandGenerators() {}

    private static Arbitrary<Double> levels() {
        return Arbitraries.doubles().between(0.5, 0.999).ofScale(3);
    }

    /**
     * Adoptions of 1 to 20 periods, 0 to 1,000 a period.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Adoptions> adoptions() {
        return Arbitraries.longs()
                .between(0, 1000)
                .list()
                .ofMinSize(1)
                .ofMaxSize(20)
                .map(Array::ofAll)
                .map(Adoptions::new);
    }

    /**
     * A cohort of 0 to 1,000 customers followed for 1 to 12 ages, each age keeping a share of the one before.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Cohort> cohorts() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 50),
                        Arbitraries.longs().between(0, 1000),
                        Arbitraries.doubles().between(0, 1).list().ofMinSize(1).ofMaxSize(12))
                .as((period, acquired, keeps) -> new Cohort(period, acquired, retained(acquired, keeps)));
    }

    private static Array<Long> retained(long acquired, List<Double> keeps) {
        List<Long> counts = new ArrayList<>();
        long previous = acquired;
        for (double keep : keeps) {
            previous = (long) Math.floor(previous * keep);
            counts.add(previous);
        }
        return Array.ofAll(counts);
    }

    /**
     * One to six cohorts acquired in increasing periods.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Cohorts> cohortSeries() {
        return cohorts().list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<Cohort> ordered = new ArrayList<>();
            long period = -1;
            for (Cohort cohort : list) {
                period += 1 + cohort.period() % 3;
                ordered.add(new Cohort(period, cohort.acquired(), cohort.retained()));
            }
            return new Cohorts(Array.ofAll(ordered));
        });
    }

    /**
     * Referrals over 1 to 12 periods: up to 500 customers, invitations and conversions a period, the customers not all
     * zero.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Referrals> referrals() {
        Arbitrary<long[]> period = Combinators.combine(
                        Arbitraries.longs().between(0, 500),
                        Arbitraries.longs().between(0, 500),
                        Arbitraries.doubles().between(0, 1))
                .as((customers, sent, share) -> new long[] {customers, sent, (long) Math.floor(sent * share)});
        return period.list().ofMinSize(1).ofMaxSize(12).map(periods -> {
            long[] customers = new long[periods.size()];
            long[] sent = new long[periods.size()];
            long[] converted = new long[periods.size()];
            for (int i = 0; i < periods.size(); i++) {
                customers[i] = periods.get(i)[0] + (i == 0 ? 1 : 0);
                sent[i] = periods.get(i)[1];
                converted[i] = periods.get(i)[2];
            }
            return Referrals.of(customers, sent, converted);
        });
    }

    /**
     * Growth rates fitted to 2 to 12 periods of 1 to 1,000 adoptions each.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GrowthRate> growthRates() {
        return Combinators.combine(
                        Arbitraries.longs().between(1, 1000).list().ofMinSize(2).ofMaxSize(12), levels())
                .as((counts, level) ->
                        new Adoptions(Array.ofAll(counts)).growth(level).get());
    }

    /**
     * Retentions at ages 1 to 12 of up to 10,000 exposed customers, with generated priors.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Retention> retentions() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.longs().between(0, 10_000),
                        Arbitraries.doubles().between(0, 1),
                        CustDevArbitraries.priors(),
                        levels())
                .as((age, exposed, share, prior, level) ->
                        Retention.of(age, (long) Math.floor(exposed * share), exposed, prior, level));
    }

    /**
     * Viral coefficients of up to 1,000 converted referrals from 1 to 10,000 customers.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ViralCoefficient> viralCoefficients() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 1000),
                        Arbitraries.longs().between(1, 10_000),
                        levels())
                .as(ViralCoefficient::of);
    }

    /**
     * Bass fits to 8 to 20 periods of adoptions drawn around a known diffusion (each period's adopters off by up to
     * 5%), the fits that converge.
     *
     * @return the arbitrary
     */
    public static Arbitrary<BassFit> bassFits() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0.01, 0.05),
                        Arbitraries.doubles().between(0.3, 0.6),
                        Arbitraries.doubles().between(2_000, 50_000),
                        Arbitraries.integers().between(8, 20),
                        Arbitraries.longs())
                .as((p, q, m, periods, seed) -> {
                    BassDiffusion truth = BassDiffusion.of(p, q, m);
                    SplittableRandom random = new SplittableRandom(seed);
                    long[] counts = new long[periods];
                    for (int t = 0; t < periods; t++) {
                        counts[t] = Math.round(truth.adoptersIn(t + 1) * (1 + 0.05 * (2 * random.nextDouble() - 1)));
                    }
                    return Adoptions.of(counts).fitBass();
                })
                .filter(fit -> fit.isRight())
                .map(fit -> fit.get());
    }

    /**
     * Single cohort observations, each valid on its own: periods 0 to 30, up to 1,000 acquired, up to 10 ages of
     * earlier cohorts, and the active customers at least those counted.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CohortObservation> cohortObservations() {
        return Combinators.combine(
                        CustDevArbitraries.hypothesisIds(),
                        CustDevArbitraries.sources(),
                        CustDevArbitraries.observationTimes(),
                        Arbitraries.longs().between(0, 30),
                        Arbitraries.longs().between(0, 1000),
                        Arbitraries.longs().between(0, 1000).list().ofMaxSize(10),
                        Arbitraries.longs().between(0, 100))
                .as((id, source, at, period, acquired, retained, more) -> {
                    List<Long> ages = retained.subList(0, (int) Math.min(period, retained.size()));
                    long active = acquired
                            + more
                            + ages.stream().mapToLong(Long::longValue).sum();
                    return CohortObservation.of(id, source, at, period, acquired, active, Array.ofAll(ages));
                });
    }

    /**
     * Single referral observations: periods 0 to 30, up to 1,000 customers and invitations, converted at most sent.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ReferralObservation> referralObservations() {
        return Combinators.combine(
                        CustDevArbitraries.hypothesisIds(),
                        CustDevArbitraries.sources(),
                        CustDevArbitraries.observationTimes(),
                        Arbitraries.longs().between(0, 30),
                        Arbitraries.longs().between(0, 1000),
                        Arbitraries.longs().between(0, 1000),
                        Arbitraries.doubles().between(0, 1))
                .as((id, source, at, period, customers, sent, share) -> ReferralObservation.of(
                        id, source, at, period, customers, sent, (long) Math.floor(sent * share)));
    }

    /**
     * A valid series of demand evidence for one hypothesis: 1 to 12 consecutive cohort observations from a period of
     * 0 to 5, each cohort keeping a share of its customers at every age, none above the age before (each age's share
     * is at most the last), and 0 to 6 referral observations in increasing periods.
     *
     * @param id the hypothesis
     * @return the arbitrary
     */
    public static Arbitrary<List<Evidence>> demandSeries(HypothesisId id) {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 5),
                        Arbitraries.longs().between(0, 500).list().ofMinSize(1).ofMaxSize(12),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0.5, 1),
                        referralObservations().list().ofMaxSize(6))
                .as((first, acquired, keep, decay, referrals) -> {
                    List<Evidence> series = new ArrayList<>();
                    Instant at = Instant.parse("2026-01-01T00:00:00Z");
                    Source source = Source.of("billing");
                    for (int t = 0; t < acquired.size(); t++) {
                        long[] retained = new long[t];
                        long active = acquired.get(t);
                        for (int a = 1; a <= t; a++) {
                            retained[a - 1] = (long) Math.floor(acquired.get(t - a) * keep * Math.pow(decay, a - 1));
                            active += retained[a - 1];
                        }
                        series.add(CohortObservation.of(id, source, at, first + t, acquired.get(t), active, retained));
                    }
                    long period = -1;
                    for (ReferralObservation r : referrals) {
                        period += 1 + r.period() % 3;
                        series.add(
                                ReferralObservation.of(id, source, at, period, r.customers(), r.sent(), r.converted()));
                    }
                    return series;
                });
    }

    /**
     * The running demand statistics of generated demand series.
     *
     * @return the arbitrary
     */
    public static Arbitrary<DemandStatistics> demandStatistics() {
        return CustDevArbitraries.hypothesisIds()
                .flatMap(DemandGenerators::demandSeries)
                .map(series -> EvidenceStatistics.of(series).demand());
    }

    /**
     * Demand criteria of the four measures, with thresholds and probabilities across their ranges.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GateCriterion.DemandShown> demandCriteria() {
        Arbitrary<Double> probabilities = Arbitraries.doubles().between(0.5, 1.0);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.doubles().between(-0.5, 1.0), probabilities)
                        .as(GateCriterion::growthAtLeast),
                Combinators.combine(Arbitraries.doubles().between(0, 2), probabilities)
                        .as(GateCriterion::referralsAtLeast),
                Combinators.combine(
                                Arbitraries.doubles().between(0.01, 1.0),
                                Arbitraries.longs().between(0, 24),
                                probabilities)
                        .as(GateCriterion::diffusionReaches),
                Combinators.combine(
                                Arbitraries.integers().between(1, 6),
                                Arbitraries.doubles().between(0, 1),
                                probabilities)
                        .as(GateCriterion::retentionAtLeast));
    }

    /**
     * Real readings: a generated demand criterion judging a generated demand series, with or without a chosen
     * audience.
     *
     * @return the arbitrary
     */
    public static Arbitrary<DemandReading> demandReadings() {
        return Combinators.combine(
                        demandCriteria(),
                        CustDevArbitraries.hypothesisIds(),
                        demandStatistics(),
                        CustDevArbitraries.audiences().optional(0.7))
                .as((criterion, id, demand, audience) -> criterion.judge(id, demand, Option.ofOptional(audience)));
    }
}
