package io.github.custdev.internal;

import io.github.custdev.CustDevException;
import io.github.custdev.InvalidValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in custdev: generated classes are package-private and never named in
 * the API, builders are strict, and an incomplete value is reported with the library's own exception.
 *
 * <p>{@code unsafeDefaultAndDerived} computes default attributes in the constructor instead of through a lazily
 * discarded "init shim": the shim is a non-final field, which would make the generated classes only effectively
 * immutable (a value published through a data race could be read through the shim, and recompute a default over the
 * value that was set). The price: a {@code @Value.Default} or {@code @Value.Derived} method must not read another
 * default or derived attribute, which would still be unset while it runs.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        strictBuilder = true,
        throwForInvalidImmutableState = CustDevException.class,
        throwForNullPointer = InvalidValueException.class,
        allParameters = false,
        unsafeDefaultAndDerived = true)
public @interface ValueStyle {}
