package io.github.custdev.testkit.internal;

import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.StrengthWeights;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.testkit.CustDevArbitraries;
import io.github.custdev.testkit.ScoringCase;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll} work for every value type of custdev: jqwik finds this provider through the module's
 * {@code provides} clause on the module path and through {@code META-INF/services} on the class path.
 *
 * <p>To cover a new value type, add one entry to {@link #ARBITRARIES} (and, usually, a factory method to
 * {@link CustDevArbitraries}). Enums need no entry: jqwik generates them itself.
 */
public final class CustDevArbitraryProvider implements ArbitraryProvider {

    /** Every type this provider generates, with its default arbitrary. */
    static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES = Map.ofEntries(
            Map.entry(HypothesisId.class, CustDevArbitraries::hypothesisIds),
            Map.entry(Source.class, CustDevArbitraries::sources),
            Map.entry(BetaPrior.class, CustDevArbitraries::priors),
            Map.entry(StrengthWeights.class, CustDevArbitraries::weights),
            Map.entry(SuccessCriterion.class, CustDevArbitraries::criteria),
            Map.entry(Hypothesis.class, CustDevArbitraries::hypotheses),
            Map.entry(Evidence.class, CustDevArbitraries::evidence),
            Map.entry(Statement.class, CustDevArbitraries::statements),
            Map.entry(Behaviour.class, CustDevArbitraries::behaviours),
            Map.entry(Commitment.class, CustDevArbitraries::commitments),
            Map.entry(SeanEllisTally.class, CustDevArbitraries::seanEllisTallies),
            Map.entry(Measurement.class, CustDevArbitraries::measurements),
            Map.entry(EvidenceLog.class, () -> CustDevArbitraries.logs().withAnyWeights()),
            Map.entry(EvidenceStatistics.class, CustDevArbitraries::statistics),
            Map.entry(Interval.class, CustDevArbitraries::intervals),
            Map.entry(Assessment.class, CustDevArbitraries::assessments),
            Map.entry(ScoringCase.class, CustDevArbitraries::scoringCases));

    /** Creates the provider; jqwik calls this through the service loader. */
    public CustDevArbitraryProvider() {}

    /**
     * The types this provider generates.
     *
     * @return the types
     */
    public static Set<Class<?>> providedTypes() {
        return ARBITRARIES.keySet();
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return ARBITRARIES.containsKey(targetType.getRawType());
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        Supplier<Arbitrary<?>> arbitrary = ARBITRARIES.get(targetType.getRawType());
        return arbitrary == null ? Set.of() : Set.of(arbitrary.get());
    }
}
