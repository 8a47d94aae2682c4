package io.github.custdev.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.collection.Seq;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One question put to a scoring strategy: a hypothesis, and an evidence log to assess it on that holds its evidence
 * and, often, other hypotheses' evidence too.
 *
 * <p>This is what {@link ScoringStrategyContract} generates and what a failing contract property reports, so its
 * text shows the hypothesis and every item of the log. Cases are equal when their hypotheses and logs are equal.
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class ScoringCase {
    private final Hypothesis hypothesis;
    private final EvidenceLog log;

    private ScoringCase(Hypothesis hypothesis, EvidenceLog log) {
        this.hypothesis = hypothesis;
        this.log = log;
    }

    /**
     * A case.
     *
     * @param hypothesis the hypothesis to assess
     * @param log the evidence to assess it on
     * @return the case
     * @throws io.github.custdev.InvalidValueException if an argument is null
     */
    public static ScoringCase of(Hypothesis hypothesis, EvidenceLog log) {
        return new ScoringCase(
                HypothesisArbitrary.notNull(hypothesis, "hypothesis"), HypothesisArbitrary.notNull(log, "log"));
    }

    /**
     * The hypothesis to assess.
     *
     * @return the hypothesis
     */
    public Hypothesis hypothesis() {
        return hypothesis;
    }

    /**
     * The evidence log to assess it on.
     *
     * @return the log
     */
    public EvidenceLog log() {
        return log;
    }

    /**
     * The hypothesis's own evidence, in the order of recording.
     *
     * @return {@code log().evidence(hypothesis().id())}
     */
    public Seq<Evidence> evidence() {
        return log.evidence(hypothesis.id());
    }

    /**
     * The statistics of the hypothesis's own evidence, with the log's weights.
     *
     * @return {@code log().statistics(hypothesis().id())}
     */
    public EvidenceStatistics statistics() {
        return log.statistics(hypothesis.id());
    }

    /**
     * The same hypothesis with another log.
     *
     * @param log the other log
     * @return the changed copy
     */
    public ScoringCase withLog(EvidenceLog log) {
        return of(hypothesis, log);
    }

    /**
     * Asks a strategy.
     *
     * @param strategy the strategy
     * @return {@code strategy.assess(hypothesis(), log())}
     */
    public Assessment assessWith(ScoringStrategy strategy) {
        return HypothesisArbitrary.notNull(strategy, "strategy").assess(hypothesis, log);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ScoringCase that)) {
            return false;
        }
        return hypothesis.equals(that.hypothesis) && log.equals(that.log);
    }

    @Override
    public int hashCode() {
        return 31 * hypothesis.hashCode() + log.hashCode();
    }

    /**
     * The case as text: the hypothesis with its criterion, the log's weights when they are not equal, and every item
     * of the log.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ScoringCase[hypothesis ")
                .append(hypothesis.id())
                .append(" (")
                .append(hypothesis.criterion())
                .append(hypothesis.prior().map(p -> ", prior " + p).getOrElse(""))
                .append("), ");
        if (!log.weights().isEqual()) {
            text.append(log.weights()).append(", ");
        }
        text.append(log.size()).append(" items: ").append(log.evidence().mkString("[", ", ", "]"));
        return text.append(']').toString();
    }
}
