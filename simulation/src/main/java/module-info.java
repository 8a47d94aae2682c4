/**
 * custdev simulation: a seeded, reproducible workbench for researching startup search strategies, built on the same
 * domain code as custdev core.
 */
module io.github.custdev.simulation {
    requires transitive io.github.custdev.core;
    requires transitive org.apache.commons.statistics.distribution;
    requires org.apache.commons.statistics.descriptive;
    requires static transitive org.apiguardian.api;
    requires static org.jspecify;

    exports io.github.custdev.simulation;
    exports io.github.custdev.simulation.journey;
    exports io.github.custdev.simulation.market;
    exports io.github.custdev.simulation.nk;
}
