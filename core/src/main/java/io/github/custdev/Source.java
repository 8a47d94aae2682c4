package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.internal.Checks;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a piece of evidence came from: a customer (or a survey, a landing page, a cohort) and, where known, the
 * customer segment it belongs to.
 *
 * <p>Evidence from real customers is the point of customer development, so every observation names its source; the
 * segment lets a strategy keep only the evidence of one segment. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Source {
    private final String id;
    private final Option<String> segment;

    private Source(String id, Option<String> segment) {
        this.id = id;
        this.segment = segment;
    }

    /**
     * A source without a known segment.
     *
     * @param id the customer's (or survey's, cohort's) id; not blank
     * @return the source
     * @throws InvalidValueException if the id is null or blank
     */
    public static Source of(String id) {
        return new Source(Checks.notBlank(id, "source.id"), Option.none());
    }

    /**
     * A source in a customer segment.
     *
     * @param id the customer's (or survey's, cohort's) id; not blank
     * @param segment the customer segment; not blank
     * @return the source
     * @throws InvalidValueException if either text is null or blank
     */
    public static Source of(String id, String segment) {
        return new Source(Checks.notBlank(id, "source.id"), Option.some(Checks.notBlank(segment, "source.segment")));
    }

    /**
     * The id of the customer, survey or cohort.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The customer segment the source belongs to.
     *
     * @return the segment, or none when it is not known
     */
    public Option<String> segment() {
        return segment;
    }

    /**
     * Whether this source belongs to the segment.
     *
     * @param segment the segment's name
     * @return {@code true} when the source's segment is {@code segment}
     */
    public boolean isIn(String segment) {
        return this.segment.contains(segment);
    }

    /**
     * A copy of this source in another segment.
     *
     * @param segment the segment; not blank
     * @return the changed copy
     */
    public Source withSegment(String segment) {
        return of(id, segment);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Source that)) {
            return false;
        }
        return id.equals(that.id) && segment.equals(that.segment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, segment);
    }

    @Override
    public String toString() {
        return segment.map(s -> id + " (" + s + ")").getOrElse(id);
    }
}
