package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import org.apiguardian.api.API;

/**
 * A role on the venture's team, and the mode it is made for: builders who search for the business model, or
 * operators who execute one that has been found.
 *
 * <p>Searching is not executing: hiring an {@link Mode#EXECUTE} role (a VP of Sales) while the venture is still in a
 * search phase is premature scaling, and a {@link Venture} flags it. Roles are equal when their names and modes are.
 * Immutable and thread-safe.
 *
 * @param name the role's name, not blank
 * @param mode {@code SEARCH} for a builder, {@code EXECUTE} for an operator
 */
@API(status = STABLE, since = "0.1.0")
public record Role(String name, Mode mode) {
    /** A founder: searches for the business model. */
    public static final Role FOUNDER = new Role("Founder", Mode.SEARCH);
    /** The customer development team: gets out of the building and talks to customers. */
    public static final Role CUSTOMER_DEVELOPMENT = new Role("Customer development", Mode.SEARCH);
    /** An engineer building the minimum viable product. */
    public static final Role ENGINEER = new Role("Engineer", Mode.SEARCH);
    /** A VP of Sales: builds and runs a sales organisation for a known sales process. */
    public static final Role VP_SALES = new Role("VP of Sales", Mode.EXECUTE);
    /** A VP of Marketing: runs demand creation for a known market. */
    public static final Role VP_MARKETING = new Role("VP of Marketing", Mode.EXECUTE);
    /** A salesperson working a repeatable sales roadmap. */
    public static final Role SALES_REPRESENTATIVE = new Role("Sales representative", Mode.EXECUTE);
    /** An operations manager running departments and processes. */
    public static final Role OPERATIONS_MANAGER = new Role("Operations manager", Mode.EXECUTE);

    /**
     * Checks the role, as {@link #of(String, Mode)} does.
     *
     * @throws InvalidValueException if the name is blank or an argument is null
     */
    public Role {
        Checks.notBlank(name, "role.name");
        Checks.notNull(mode, "role.mode");
    }

    /**
     * A role.
     *
     * @param name the role's name, not blank
     * @param mode {@code SEARCH} for a builder, {@code EXECUTE} for an operator
     * @return the role
     * @throws InvalidValueException if the name is blank or an argument is null
     */
    public static Role of(String name, Mode mode) {
        return new Role(name, mode);
    }

    /**
     * Whether the role executes a known business model rather than searching for one.
     *
     * @return {@code true} for an executor
     */
    public boolean isExecutor() {
        return mode == Mode.EXECUTE;
    }

    @Override
    public String toString() {
        return name + " (" + mode + ')';
    }
}
