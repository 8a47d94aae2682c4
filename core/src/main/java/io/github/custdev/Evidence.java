package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An observation from a customer interaction that tests one hypothesis: what a customer said, did, committed or
 * measured, when, and how strongly it counts.
 *
 * <p>The family is closed: {@link Statement} (an interview or survey answer), {@link Behaviour} (a conversion,
 * k of n), {@link Commitment} (time, reputation or money), {@link SeanEllisTally} (a product/market-fit survey) and
 * {@link Measurement} (a numeric value with a unit), and the demand of the execution steps:
 * {@link CohortObservation} (one period's customers acquired, active and retained) and {@link ReferralObservation}
 * (one period's invitations sent and converted). A {@code switch} over {@code instanceof} checks can rely on that.
 *
 * <p>Every kind reports its outcome the same way, as {@link #successes()} positive outcomes out of {@link #trials()}
 * trials, so that a rate can be estimated from any mix of kinds; a measurement and an observation of demand have no
 * trials. Immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface Evidence
        permits Statement, Behaviour, Commitment, SeanEllisTally, Measurement, CohortObservation, ReferralObservation {

    /**
     * The hypothesis this observation tests.
     *
     * @return the hypothesis's id
     */
    HypothesisId hypothesisId();

    /**
     * Where the observation came from.
     *
     * @return the source
     */
    Source source();

    /**
     * When the observation was made, as the caller recorded it.
     *
     * @return the instant
     */
    Instant observedAt();

    /**
     * How strongly the observation counts: said, did or paid.
     *
     * @return the strength
     */
    Strength strength();

    /**
     * The positive outcomes this observation counts: a supporting answer, a conversion, a commitment made, a "very
     * disappointed" respondent.
     *
     * @return the number of positive outcomes, at most {@link #trials()}
     */
    long successes();

    /**
     * The trials this observation counts: answers, visitors, commitments asked for, respondents; zero for a
     * measurement.
     *
     * @return the number of trials
     */
    long trials();
}
