package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.audience.Viability;
import io.github.custdev.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.EnumMap;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A kind of pivot, from the Lean Startup catalogue: a structured change of one or more core assumptions of the
 * business model, made to test a new path after a gate refuted the old one.
 *
 * <p>Each type changes some areas of the business model; {@link #fitting(BusinessModelArea)} answers the converse,
 * which types fit a refuted hypothesis of an area (a refuted customer segment suggests a customer-segment pivot, a
 * refuted problem a customer-need pivot), and every type fits at least one area. {@link #fitting(Viability)} answers
 * which types fit a chosen audience that cannot sustain the venture.
 */
@API(status = STABLE, since = "0.1.0")
public enum PivotType {
    /** What was one feature of the product becomes the whole product. */
    ZOOM_IN("zoom-in", "a single feature becomes the whole product"),
    /** What was the whole product becomes one feature of a larger product. */
    ZOOM_OUT("zoom-out", "the whole product becomes a single feature of a larger product"),
    /** The product solves a real problem, but for customers other than the ones planned. */
    CUSTOMER_SEGMENT("customer segment", "the same product serves a different group of customers"),
    /** The customers' problem is not important enough; a related problem is worth solving. */
    CUSTOMER_NEED("customer need", "a different problem of the same customers is solved"),
    /** An application becomes a platform for others, or a platform becomes an application. */
    PLATFORM("platform", "an application becomes a platform, or the other way round"),
    /** High margin and low volume changes to low margin and high volume, or the other way round. */
    BUSINESS_ARCHITECTURE(
            "business architecture", "high margin, low volume changes to low margin, high volume, or the reverse"),
    /** The way the venture is paid changes: the revenue model, the price, who pays. */
    VALUE_CAPTURE("value capture", "the venture is paid in a different way"),
    /** The way the venture grows changes: viral, sticky or paid. */
    ENGINE_OF_GROWTH("engine of growth", "the venture grows by a different engine: viral, sticky or paid"),
    /** The product reaches its customers through a different channel. */
    CHANNEL("channel", "the product reaches customers through a different channel"),
    /** The same solution is delivered with a different technology. */
    TECHNOLOGY("technology", "the same solution is delivered with a different technology");

    private static final EnumMap<BusinessModelArea, Seq<PivotType>> FITTING = new EnumMap<>(BusinessModelArea.class);
    private static final EnumMap<PivotType, Seq<BusinessModelArea>> AREAS = new EnumMap<>(PivotType.class);

    /** The pivots for an audience that brings too few customers (or none chosen). */
    static final Seq<PivotType> SMALL_AUDIENCE =
            Vector.of(CUSTOMER_SEGMENT, CHANNEL, VALUE_CAPTURE, BUSINESS_ARCHITECTURE);

    /** The pivots for an audience whose customers cannot pay for the venture in any number. */
    static final Seq<PivotType> UNPROFITABLE_AUDIENCE =
            Vector.of(VALUE_CAPTURE, BUSINESS_ARCHITECTURE, CUSTOMER_SEGMENT);

    static {
        fit(BusinessModelArea.CUSTOMER_SEGMENT, CUSTOMER_SEGMENT);
        fit(BusinessModelArea.PROBLEM, CUSTOMER_NEED, CUSTOMER_SEGMENT);
        fit(BusinessModelArea.VALUE_PROPOSITION, ZOOM_IN, ZOOM_OUT, PLATFORM);
        fit(BusinessModelArea.CHANNEL, CHANNEL);
        fit(BusinessModelArea.CUSTOMER_RELATIONSHIP, ENGINE_OF_GROWTH);
        fit(BusinessModelArea.REVENUE, VALUE_CAPTURE, BUSINESS_ARCHITECTURE);
        fit(BusinessModelArea.KEY_RESOURCES, TECHNOLOGY);
        fit(BusinessModelArea.KEY_ACTIVITIES, PLATFORM, TECHNOLOGY);
        fit(BusinessModelArea.KEY_PARTNERS, CHANNEL, TECHNOLOGY);
        fit(BusinessModelArea.COST_STRUCTURE, BUSINESS_ARCHITECTURE, TECHNOLOGY);
        for (PivotType type : values()) {
            Vector<BusinessModelArea> areas = Vector.empty();
            for (BusinessModelArea area : BusinessModelArea.values()) {
                if (fittingOf(area).contains(type)) {
                    areas = areas.append(area);
                }
            }
            AREAS.put(type, areas);
        }
    }

    private final String label;
    private final String description;

    PivotType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    private static void fit(BusinessModelArea area, PivotType... types) {
        FITTING.put(area, Vector.of(types));
    }

    /**
     * The pivot types that fit a refuted hypothesis of an area, the closest fit first: customer segment for a
     * customer segment, customer need for a problem, zoom-in, zoom-out or platform for a value proposition, channel
     * for a channel, engine of growth for a customer relationship, value capture or business architecture for
     * revenue, technology for key resources, platform or technology for key activities, channel or technology for
     * key partners, business architecture or technology for the cost structure.
     *
     * @param area the area of the refuted hypothesis
     * @return the fitting types, never empty
     * @throws InvalidValueException if the area is null
     */
    public static Seq<PivotType> fitting(BusinessModelArea area) {
        return fittingOf(Checks.notNull(area, "area"));
    }

    private static Seq<PivotType> fittingOf(BusinessModelArea area) {
        return Objects.requireNonNull(FITTING.get(area), "every area has fitting types");
    }

    /**
     * The pivot types that fit an audience that cannot sustain the venture, the closest fit first. An audience is
     * viable when <i>reachable &times; conversion &ge; customers needed</i>; a pivot changes one side:
     *
     * <ul>
     *   <li>when some number of customers would suffice but the audience brings too few: <b>customer segment</b> (a
     *       different, larger or better-converting group), <b>channel</b> (reach more of the group), <b>value
     *       capture</b> (a price or revenue model that needs fewer customers), <b>business architecture</b> (high
     *       margin and low volume, or the reverse);
     *   <li>when no number of customers suffices (each loses money after its variable cost and the acquisition of its
     *       replacement, or cannot carry the target margin): the unit economics must change first, so <b>value
     *       capture</b>, <b>business architecture</b>, then <b>customer segment</b> (a group that is cheaper to win
     *       and to serve).
     * </ul>
     *
     * Zoom-in, zoom-out, platform, customer need, engine of growth and technology change the product or how it
     * spreads, not whether the chosen group pays for the venture, and are not suggested. A gate whose audience
     * criterion is refuted because no audience was chosen suggests the first list.
     *
     * @param viability the audience's viability
     * @return the fitting types; empty when the audience is viable
     * @throws InvalidValueException if the viability is null
     */
    public static Seq<PivotType> fitting(Viability viability) {
        Checks.notNull(viability, "viability");
        if (viability.isViable()) {
            return Vector.empty();
        }
        return viability.customersNeeded().isEmpty() ? UNPROFITABLE_AUDIENCE : SMALL_AUDIENCE;
    }

    /**
     * The areas of the business model this type of pivot changes: the converse of {@link #fitting}.
     *
     * @return the areas, never empty
     */
    public Seq<BusinessModelArea> areas() {
        return Objects.requireNonNull(AREAS.get(this), "every type changes some area");
    }

    /**
     * The pivot's name in the catalogue, in lower case: {@code "zoom-in"}, {@code "customer segment"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * What changes, in one phrase.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
