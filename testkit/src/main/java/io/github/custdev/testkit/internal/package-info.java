/** The test kit's internals: generators, draws from a known truth, and jqwik's service entries. Not exported. */
@NullMarked
package io.github.custdev.testkit.internal;

import org.jspecify.annotations.NullMarked;
