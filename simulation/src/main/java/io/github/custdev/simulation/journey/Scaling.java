package io.github.custdev.simulation.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Whether a journey hires executors while it still searches (scales prematurely). Immutable and thread-safe. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Scaling {
    /** As the script happens to say. */
    ANY,
    /** At least one executor hired in a search phase: the driver hires one before the search ends. */
    REQUIRED,
    /** Executors hired only once the venture executes: the driver hires a searching role instead. */
    FORBIDDEN
}
