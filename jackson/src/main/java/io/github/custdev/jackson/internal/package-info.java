/** The writer and the strict reader behind the module; not exported. */
@NullMarked
package io.github.custdev.jackson.internal;

import org.jspecify.annotations.NullMarked;
