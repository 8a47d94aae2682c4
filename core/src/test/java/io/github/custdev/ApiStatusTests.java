package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.audience.Audience;
import io.github.custdev.scoring.Assessment;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of an exported package says how far a user may rely on it (apiguardian's {@link API}),
 * so that a type added later without a status fails here; and the experimental ones are exactly those the package
 * docs name, so that a change of status is a decision the docs follow.
 */
class ApiStatusTests {
    private static final Set<API.Status> ALLOWED = EnumSet.of(STABLE, EXPERIMENTAL, INTERNAL);

    private static List<Class<?>> topLevel() {
        return ApiScan.core().apiTypes().stream()
                .filter(type -> type.getEnclosingClass() == null)
                .collect(Collectors.toList());
    }

    @Test
    void theScanSeesEveryExportedPackage() {
        assertEquals(
                Set.of(
                        "io.github.custdev",
                        "io.github.custdev.scoring",
                        "io.github.custdev.audience",
                        "io.github.custdev.demand"),
                ApiScan.core().exported);
        List<Class<?>> types = topLevel();
        assertTrue(
                types.contains(Venture.class) && types.contains(Assessment.class) && types.contains(Audience.class),
                () -> "the scan misses a package: " + types);
        assertTrue(types.size() >= 60, () -> "only " + types.size() + " exported types found");
    }

    @Test
    void everyExportedTypeHasAnApiStatus() {
        List<String> missing = topLevel().stream()
                .filter(type -> type.getAnnotation(API.class) == null)
                .map(Class::getName)
                .collect(Collectors.toList());
        assertEquals(List.of(), missing, "exported public types without @API(status = ..., since = ...)");
    }

    @Test
    void everyStatusIsStableExperimentalOrInternalSinceAVersion() {
        List<String> wrong = topLevel().stream()
                .filter(type -> type.getAnnotation(API.class) != null)
                .filter(type -> !ALLOWED.contains(type.getAnnotation(API.class).status())
                        || !type.getAnnotation(API.class).since().equals("0.1.0"))
                .map(type -> type.getName() + ": " + type.getAnnotation(API.class))
                .collect(Collectors.toList());
        assertEquals(List.of(), wrong);
    }

    @Test
    void theExperimentalTypesAreTheDocumentedOnes() {
        Set<String> experimental = topLevel().stream()
                .filter(type -> type.getAnnotation(API.class) != null)
                .filter(type -> type.getAnnotation(API.class).status() == EXPERIMENTAL)
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                new TreeSet<>(Set.of(
                        "Adoptions",
                        "Assessment",
                        "BassFit",
                        "Cohort",
                        "Cohorts",
                        "GrowthRate",
                        "Referrals",
                        "Retention",
                        "ViralCoefficient",
                        "CohortObservation",
                        "CriterionResult",
                        "DemandReading",
                        "DemandStatistics",
                        "ReferralObservation",
                        "Estimate",
                        "EvidenceStatistics",
                        "GateTrace",
                        "Sample",
                        "SpentBudgetPolicies",
                        "SpentBudgetPolicy",
                        "Statistic")),
                experimental);
    }

    @Test
    void theConstructorsTheGeneratedClassesCallAreInternal() throws NoSuchMethodException {
        assertEquals(
                INTERNAL,
                InvalidValueException.class
                        .getConstructor(String.class)
                        .getAnnotation(API.class)
                        .status());
        assertEquals(
                INTERNAL,
                MissingValueException.class
                        .getConstructor(String.class)
                        .getAnnotation(API.class)
                        .status());
    }
}
