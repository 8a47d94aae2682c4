package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * One of the four steps of customer development, in the order a venture takes them.
 *
 * <p>Each phase has its {@link Mode} and the question it answers; the phase gate at its end decides whether the
 * venture proceeds to {@link #next()} or pivots.
 */
@API(status = STABLE, since = "0.1.0")
public enum Phase {
    /** Does the product solve a problem that an identified group of customers will pay to have solved? */
    CUSTOMER_DISCOVERY(
            Mode.SEARCH,
            "Does the product solve a problem that an identified group of customers will pay to have solved?"),
    /** Is there a repeatable sales process, a known buyer, a known sales cycle, a profitable financial model? */
    CUSTOMER_VALIDATION(
            Mode.SEARCH,
            "Is there a repeatable sales process, a known buyer, a known sales cycle (ROI, timeline),"
                    + " a profitable financial model?"),
    /** Is demand being generated: are customers buying, is the base growing from several to many? */
    CUSTOMER_CREATION(
            Mode.EXECUTE, "Is demand being generated: are customers buying, is the base growing from several to many?"),
    /** Does the organisation match the job: builders while searching, operators while executing? */
    COMPANY_BUILDING(
            Mode.EXECUTE, "Does the organisation match the job: builders while searching, operators while executing?");

    private static final Phase[] VALUES = values();

    private final Mode mode;
    private final String question;

    Phase(Mode mode, String question) {
        this.mode = mode;
        this.question = question;
    }

    /**
     * The first phase of every venture.
     *
     * @return {@link #CUSTOMER_DISCOVERY}
     */
    public static Phase first() {
        return CUSTOMER_DISCOVERY;
    }

    /**
     * Whether this phase searches for a business model or executes one.
     *
     * @return the mode
     */
    public Mode mode() {
        return mode;
    }

    /**
     * The question this phase answers, in the words of customer development.
     *
     * @return the question
     */
    public String question() {
        return question;
    }

    /**
     * Whether this phase is a search phase (Discovery or Validation).
     *
     * @return {@code true} for a search phase
     */
    public boolean isSearch() {
        return mode == Mode.SEARCH;
    }

    /**
     * The phase a venture proceeds to from this one.
     *
     * @return the next phase, or none after {@link #COMPANY_BUILDING}
     */
    @SuppressWarnings("EnumOrdinal") // the phases are declared in the order of the method: that order is the model
    public Option<Phase> next() {
        int index = ordinal() + 1;
        return index < VALUES.length ? Option.some(VALUES[index]) : Option.none();
    }

    /**
     * The phase before this one.
     *
     * @return the previous phase, or none before {@link #CUSTOMER_DISCOVERY}
     */
    @SuppressWarnings("EnumOrdinal") // as next(): the declaration order is the order of the phases
    public Option<Phase> previous() {
        int index = ordinal() - 1;
        return index >= 0 ? Option.some(VALUES[index]) : Option.none();
    }

    /**
     * Whether this phase comes after the other.
     *
     * @param other the other phase
     * @return {@code true} when this phase is later than {@code other}
     */
    public boolean isAfter(Phase other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this phase comes before the other.
     *
     * @param other the other phase
     * @return {@code true} when this phase is earlier than {@code other}
     */
    public boolean isBefore(Phase other) {
        return compareTo(other) < 0;
    }
}
