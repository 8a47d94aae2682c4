package io.github.custdev.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import net.jqwik.api.Example;

/** The test kit's public types are immutable: their fields (and those of their own superclasses) are private final. */
class ImmutabilityTests {
    private static final List<Class<?>> PUBLIC_TYPES = List.of(
            CustDevArbitraries.class,
            CustDevDomain.class,
            HypothesisArbitrary.class,
            EvidenceArbitrary.class,
            EvidenceLogArbitrary.class,
            ScoringCaseArbitrary.class,
            ScoringCase.class,
            ScoringStrategyContract.ExchangeableOnly.class);

    @Example
    void everyFieldIsPrivateAndFinal() {
        for (Class<?> type : PUBLIC_TYPES) {
            for (Class<?> c = type;
                    c != null && c.getPackageName().startsWith("io.github.custdev");
                    c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    assertTrue(
                            Modifier.isPrivate(modifiers) && Modifier.isFinal(modifiers),
                            type.getSimpleName() + "." + field.getName() + " must be private final");
                }
            }
        }
    }
}
