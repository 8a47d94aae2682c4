package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

// Statistics of the generated cases are printed only when a property fails: the build log stays short.
@StatisticsReport(onFailureOnly = true)
class SmallestViableAudienceProperties {

    @Provide
    Arbitrary<List<Audience>> candidates() {
        return AudienceArbitraries.candidates();
    }

    @Provide
    Arbitrary<Double> requiredProbabilities() {
        return AudienceArbitraries.requiredProbabilities();
    }

    @Provide
    Arbitrary<Double> targetMargins() {
        return AudienceArbitraries.targetMargins();
    }

    @Property
    void theChosenAudienceIsViableAndNoSmallerCandidateIs(
            @ForAll("candidates") List<Audience> candidates,
            @ForAll("requiredProbabilities") double required,
            @ForAll("targetMargins") double margin) {
        SmallestViableAudience choice = SmallestViableAudience.choose(candidates, required, margin);
        List<Viability> judged = candidates.map(a -> a.viability(required, margin));
        if (choice.isFound()) {
            Viability chosen = choice.viability().get();
            assertTrue(chosen.isViable());
            assertTrue(candidates.contains(chosen.audience()));
            long size = chosen.audience().reachableSize();
            assertFalse(judged.exists(v -> v.isViable() && v.audience().reachableSize() < size));
            assertFalse(judged.exists(v ->
                    v.isViable() && v.audience().reachableSize() == size && v.probability() > chosen.probability()));
        } else {
            assertFalse(judged.exists(Viability::isViable));
        }
        assertEquals(candidates.size(), choice.candidates().size());
        Statistics.label("found").collect(choice.isFound());
        Statistics.label("found").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 10);
            coverage.check(false).percentage(p -> p > 10);
        });
        Statistics.label("a viable candidate is smaller than another viable one")
                .collect(judged.count(Viability::isViable) >= 2);
    }

    @Property
    void theChoiceDoesNotDependOnTheOrderOfTheCandidates(
            @ForAll("candidates") List<Audience> candidates,
            @ForAll("requiredProbabilities") double required,
            @ForAll Random random) {
        java.util.List<Audience> shuffled = new ArrayList<>(candidates.asJava());
        Collections.shuffle(shuffled, random);
        assertEquals(
                SmallestViableAudience.choose(candidates, required), SmallestViableAudience.choose(shuffled, required));
    }
}
