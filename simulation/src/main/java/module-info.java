/**
 * custdev simulation: a seeded, reproducible workbench for researching startup search strategies, built on the same
 * domain code as custdev core.
 */
module io.github.custdev.simulation {
    requires transitive io.github.custdev.core;
}
