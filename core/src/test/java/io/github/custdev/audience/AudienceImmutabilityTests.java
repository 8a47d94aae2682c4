package io.github.custdev.audience;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The values of the audience and growth models are final classes with private final fields only (ThreeTen's check). */
class AudienceImmutabilityTests {

    @Test
    void handWrittenValuesAreFinalWithPrivateFinalFields() {
        for (Class<?> type : new Class<?>[] {
            Conversion.class, SmallestViableAudience.class, BassDiffusion.class, ReferralGrowth.class
        }) {
            assertTrue(Modifier.isFinal(type.getModifiers()), type + " is final");
            for (Field field : type.getDeclaredFields()) {
                if (field.isSynthetic()) {
                    continue; // added by a coverage or mutation agent, not declared in the source
                }
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                    continue; // a constant, such as BassDiffusion.MINIMUM_RATE
                }
                assertTrue(Modifier.isPrivate(modifiers) && Modifier.isFinal(modifiers), type + "." + field.getName());
            }
        }
    }

    @Test
    void generatedValuesHaveFinalFieldsOnly() throws Exception {
        for (Object value : new Object[] {
            Segments.economics(), Segments.groups(), Segments.groups().viability(0.9)
        }) {
            for (Field field : value.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    assertTrue(
                            Modifier.isPrivate(field.getModifiers()) && Modifier.isFinal(field.getModifiers()),
                            value.getClass() + "." + field.getName());
                }
            }
        }
    }
}
