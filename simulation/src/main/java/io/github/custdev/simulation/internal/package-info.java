/** Internals of the simulation module: not exported, free to change. */
@NullMarked
package io.github.custdev.simulation.internal;

import org.jspecify.annotations.NullMarked;
