/**
 * custdev test kit: jqwik generators for every custdev value type and contract tests for scoring strategies, for the
 * property-based suites of code that embeds custdev.
 */
module io.github.custdev.testkit {
    requires transitive io.github.custdev.core;
    requires transitive net.jqwik.api;
    requires transitive org.apache.commons.statistics.distribution;
    requires static org.jspecify;

    exports io.github.custdev.testkit;

    provides net.jqwik.api.providers.ArbitraryProvider with
            io.github.custdev.testkit.internal.CustDevArbitraryProvider;
    provides net.jqwik.api.SampleReportingFormat with
            io.github.custdev.testkit.internal.CustDevReportingFormat;
}
