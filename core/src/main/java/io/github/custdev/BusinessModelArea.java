package io.github.custdev;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The part of the business model that a hypothesis is about: the building blocks of the Business Model Canvas, with
 * the customer's problem beside the value proposition, as customer development tests it.
 */
@API(status = STABLE, since = "0.1.0")
public enum BusinessModelArea {
    /** Who the customers are: the segment, its archetypes, the buyer and the user. */
    CUSTOMER_SEGMENT,
    /** The pain the customers have and how they solve it today. */
    PROBLEM,
    /** What the product does for the customer: the pain it relieves, the gain it creates. */
    VALUE_PROPOSITION,
    /** How the product reaches the customers and how they buy it. */
    CHANNEL,
    /** How customers are got, kept and grown. */
    CUSTOMER_RELATIONSHIP,
    /** How the venture is paid: pricing, revenue model, willingness to pay. */
    REVENUE,
    /** What the venture must have: people, intellectual property, money, assets. */
    KEY_RESOURCES,
    /** What the venture must do well to deliver the value proposition. */
    KEY_ACTIVITIES,
    /** Whom the venture depends on: suppliers, partners, platforms. */
    KEY_PARTNERS,
    /** What delivering the business model costs: fixed and variable costs, acquisition cost. */
    COST_STRUCTURE
}
