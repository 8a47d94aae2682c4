/**
 * The custdev test kit: jqwik generators for every custdev value type and contract tests for scoring strategies.
 *
 * <p>Parameters and return values are never {@code null}. Invalid configuration is rejected with an
 * {@link io.github.custdev.InvalidValueException} that names the field, the rule and the value.
 */
@NullMarked
package io.github.custdev.testkit;

import org.jspecify.annotations.NullMarked;
