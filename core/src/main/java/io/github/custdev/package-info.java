/**
 * The value types of customer development.
 *
 * <p>Every type here is immutable and thread-safe; every operation returns a new value. Parameters and return values
 * are never {@code null}: absence is an empty {@link io.vavr.control.Option}. Invalid input is rejected with an
 * {@link io.github.custdev.InvalidValueException} that names the field, the rule and the value.
 */
@ValueStyle
@NullMarked
package io.github.custdev;

import io.github.custdev.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
