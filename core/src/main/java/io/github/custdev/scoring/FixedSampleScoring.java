package io.github.custdev.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import org.apiguardian.api.API;

/**
 * Fixed-sample (frequentist) scoring: waits for the criterion's minimum sample, then decides with the Wilson score
 * interval at a stated confidence. Built by {@link Scoring#fixedSample()}.
 *
 * <h2>Formulas</h2>
 *
 * With {@code s} positive outcomes in {@code n} trials (effective figures when the log is weighted),
 * {@code p^ = s / n} and {@code z = Phi^-1((1 + level) / 2)}, the Wilson score interval (Wilson 1927, <i>JASA</i>
 * 22:209-212; recommended by Newcombe 1998, <i>Statistics in Medicine</i> 17:857-872, and Brown, Cai and DasGupta
 * 2001, <i>Statistical Science</i> 16:101-133) is
 *
 * <pre>
 *   centre = (p^ + z^2 / 2n) / (1 + z^2 / n)
 *   half   = z / (1 + z^2 / n) * sqrt(p^ (1 - p^) / n + z^2 / 4n^2)
 * </pre>
 *
 * It is the set of rates that the score test does not reject, so the threshold {@code t} lies outside it exactly
 * when the score statistic {@code Z = (p^ - t) / sqrt(t (1 - t) / n)} has {@code |Z| > z}.
 *
 * <h2>Decision</h2>
 *
 * Nothing is decided before the criterion's minimum sample (its trials, counted exactly). Then, for
 * {@code AT_LEAST t}: SUPPORTED when the whole interval lies at or above {@code t} ({@code Z >= z}), REFUTED when it
 * lies below ({@code Z <= -z}), INCONCLUSIVE when it straddles {@code t}; {@code AT_MOST} mirrors this. The
 * probability reported is {@code Phi(Z)} ({@code Phi(-Z)} for {@code AT_MOST}): one minus the one-sided p-value of
 * the score test of {@code p = t}, so SUPPORTED means a probability of at least {@code (1 + level) / 2}. It is a
 * frequentist measure, not a posterior probability. The criteria that every rate meets ({@code AT_LEAST 0},
 * {@code AT_MOST 1}) have probability 1. The point estimate is {@code p^}, which the Wilson interval always contains.
 *
 * <p>The error rates are those of a fixed-sample test when the strategy is read once, at the planned sample. Read
 * after every further interview, it becomes a repeated test and its error rates grow (measured in
 * {@code docs/scoring.md}); use {@link Scoring#sequential(double, double)} to peek safely.
 *
 * <p>A {@code COUNT} criterion is judged by the count rule, a {@code MEAN} criterion is not judged (INCONCLUSIVE,
 * saying so).
 *
 * <h2>Expected additional sample</h2>
 *
 * When inconclusive, if the observed rate held: {@code n* = z^2 t (1 - t) / (p^ - t)^2} trials in all (the sample
 * at which {@code |Z|} reaches {@code z}), less those counted, and at least what the minimum sample still needs; none
 * when {@code p^ = t}.
 *
 * <p>Costs O(1) on the log's running statistics. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface FixedSampleScoring extends ScoringStrategy permits FixedSampleStrategy {

    /**
     * The confidence level of the Wilson interval.
     *
     * @return the level, in (0, 1); 0.95 unless set
     */
    double level();

    /**
     * A copy deciding at another confidence level.
     *
     * @param level the level, in (0, 1)
     * @return the changed copy
     * @throws InvalidValueException if the level is outside (0, 1)
     */
    FixedSampleScoring withLevel(double level);

    /**
     * Always {@code true}: the interval depends only on the counts.
     *
     * @return {@code true}
     */
    @Override
    boolean isExchangeable();
}
