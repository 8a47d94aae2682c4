package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Whether a startup is still searching for its business model or executing one it has found.
 *
 * <p>Customer Discovery and Customer Validation search; Customer Creation and Company Building execute. Hiring for
 * execution while the venture still searches is premature scaling.
 */
@API(status = STABLE, since = "0.1.0")
public enum Mode {
    /** Looking for a repeatable, scalable business model: experiments, pivots, builders. */
    SEARCH,
    /** Running a business model that has been found: plans, departments, operators. */
    EXECUTE
}
