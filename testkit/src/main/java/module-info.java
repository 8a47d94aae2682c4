/**
 * custdev test kit: jqwik generators for every custdev value type and contract tests for scoring strategies, for the
 * property-based suites of code that embeds custdev.
 */
module io.github.custdev.testkit {
    requires transitive io.github.custdev.core;
    requires transitive net.jqwik.api;
}
