package io.github.custdev.scoring;

import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.LocalScoring;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.jspecify.annotations.Nullable;

/** {@link Scoring#allOf} and {@link Scoring#anyOf}: several strategies judging one hypothesis together. */
final class CombinedStrategy implements ScoringStrategy, LocalScoring {
    private final boolean all;
    private final Vector<ScoringStrategy> members;
    private final int depth;
    /** Whether every member reads only its hypothesis: derived once, asked on every assessment a gate makes. */
    private final boolean local;

    /** The combination of the members, {@code depth} deep as {@link Nesting} counts (checked). */
    CombinedStrategy(boolean all, Vector<ScoringStrategy> members, int depth) {
        this.all = all;
        this.members = members;
        this.depth = Nesting.check(depth);
        this.local = members.forAll(LocalScoring::isLocal);
    }

    int depth() {
        return depth;
    }

    boolean isAll() {
        return all;
    }

    Vector<ScoringStrategy> members() {
        return members;
    }

    @Override
    public Assessment assess(Hypothesis hypothesis, EvidenceLog log) {
        Checks.notNull(hypothesis, "hypothesis");
        Checks.notNull(log, "log");
        Seq<Assessment> results = members.map(member -> member.assess(hypothesis, log));
        Verdict verdict = all
                ? results.exists(a -> a.verdict() == Verdict.REFUTED)
                        ? Verdict.REFUTED
                        : results.forAll(a -> a.verdict() == Verdict.SUPPORTED)
                                ? Verdict.SUPPORTED
                                : Verdict.INCONCLUSIVE
                : results.exists(a -> a.verdict() == Verdict.SUPPORTED)
                        ? Verdict.SUPPORTED
                        : results.forAll(a -> a.verdict() == Verdict.REFUTED) ? Verdict.REFUTED : Verdict.INCONCLUSIVE;
        Seq<Assessment> agreeing = results.filter(a -> a.verdict() == verdict);
        Assessment decider = all
                ? agreeing.minBy(Assessment::probability).get()
                : agreeing.maxBy(Assessment::probability).get();
        double probability = all
                ? results.map(Assessment::probability).min().get()
                : results.map(Assessment::probability).max().get();
        String name = results.map(Assessment::strategy).mkString(all ? "all-of(" : "any-of(", ", ", ")");
        boolean every = all;
        Reason reason = text -> {
            text.append(every ? "all of: " : "any of: ");
            results.forEachWithIndex((a, i) -> {
                if (i > 0) {
                    text.append("; ");
                }
                a.lazyReason()
                        .appendTo(text.append(a.strategy())
                                .append(' ')
                                .append(a.verdict())
                                .append(": "));
            });
        };
        Assessment.Builder builder = Assessment.builder()
                .hypothesisId(hypothesis.id())
                .verdict(verdict)
                .estimate(decider.estimate())
                .interval(decider.interval())
                .probability(probability)
                .statisticName(decider.statisticName())
                .statistic(decider.statistic())
                .sampleSize(decider.sampleSize())
                .effectiveSampleSize(decider.effectiveSampleSize())
                .strategy(name)
                .parameters(LinkedHashMap.of("deciding", decider.strategy()).merge(decider.parameters()))
                .lazyReason(reason);
        if (verdict == Verdict.INCONCLUSIVE) {
            Seq<Assessment> open = results.filter(a -> a.verdict() == Verdict.INCONCLUSIVE);
            if (all) {
                if (open.forAll(a -> a.expectedAdditionalSample().isDefined())) {
                    builder.expectedAdditionalSample(
                            open.map(a -> a.expectedAdditionalSample().get())
                                    .max()
                                    .get());
                }
            } else {
                open.flatMap(Assessment::expectedAdditionalSample).min().forEach(builder::expectedAdditionalSample);
            }
        }
        return builder.build();
    }

    @Override
    public boolean isExchangeable() {
        return members.forAll(ScoringStrategy::isExchangeable);
    }

    @Override
    public boolean readsOnlyItsHypothesis() {
        return local;
    }

    @Override
    public String name() {
        return members.map(ScoringStrategy::name).mkString(all ? "all-of(" : "any-of(", ", ", ")");
    }

    /** Equal to a combination of the same kind (all of, any of) of equal members in the same order. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CombinedStrategy that && all == that.all && members.equals(that.members);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(all) * 31 + members.hashCode();
    }

    @Override
    public String toString() {
        return members.mkString(all ? "allOf(" : "anyOf(", ", ", ")");
    }
}
