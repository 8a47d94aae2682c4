package io.github.custdev.simulation.journey;

/** Whether a journey hires executors while it still searches (scales prematurely). Immutable and thread-safe. */
public enum Scaling {
    /** As the script happens to say. */
    ANY,
    /** At least one executor hired in a search phase: the driver hires one before the search ends. */
    REQUIRED,
    /** Executors hired only once the venture executes: the driver hires a searching role instead. */
    FORBIDDEN
}
