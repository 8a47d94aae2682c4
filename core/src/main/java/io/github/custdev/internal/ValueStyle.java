package io.github.custdev.internal;

import io.github.custdev.InvalidValueException;
import io.github.custdev.MissingValueException;
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
 *
 * <p>{@code allowedClasspathAnnotations} keeps Immutables from marking the generated classes with annotations found on
 * the compile class path ({@code org.immutables.value.Generated} and the like): those annotations are not on a user's
 * class path, and javac warned about them in every module compiled against core. ({@code Override} is a placeholder:
 * an empty list would allow them all.)
 *
 * <p>{@code typeInnerBuilder} names a nested class that no value type declares: a public {@code Builder} nested in a
 * value type is hand-written and delegates to the generated builder, so that neither extends the other and no
 * generated class appears in the public API (by default Immutables would make a nested {@code Builder} the generated
 * builder's superclass or subclass). {@code builder = "new"}: a generated builder is made by its constructor, as no
 * static {@code builder()} of a generated class may hide the value type's own.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        strictBuilder = true,
        throwForInvalidImmutableState = MissingValueException.class,
        throwForNullPointer = InvalidValueException.class,
        allParameters = false,
        unsafeDefaultAndDerived = true,
        allowedClasspathAnnotations = {Override.class},
        typeInnerBuilder = "GeneratedBuilderSupertype",
        builder = "new")
public @interface ValueStyle {}
