/**
 * custdev core: the immutable domain model of customer development.
 *
 * <p>Hypotheses with pre-registered success criteria, evidence from real customers with its strength, and an
 * append-only evidence log that keeps running sufficient statistics for scoring; phase gates that decide to proceed,
 * pivot, persevere or kill, and the venture's journey as an event-sourced, replayable value.
 */
module io.github.custdev.core {
    requires transitive io.vavr;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.numbers.gamma;
    // Hipparchus ships no module descriptor nor Automatic-Module-Name: these are the names derived from its jars.
    requires hipparchus.core;
    requires hipparchus.optim;
    requires static org.immutables.value.annotations;
    requires static transitive org.apiguardian.api;
    requires static org.jspecify;

    exports io.github.custdev;
    exports io.github.custdev.scoring;
    exports io.github.custdev.audience;
    exports io.github.custdev.demand;
}
