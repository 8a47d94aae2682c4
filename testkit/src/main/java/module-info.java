/**
 * custdev test kit: jqwik generators for every custdev value type and contract tests for scoring strategies, for the
 * property-based suites of code that embeds custdev.
 *
 * <p>Add {@code custdev-testkit} and jqwik in test scope; then a bare {@code @ForAll} generates any custdev value,
 * {@link io.github.custdev.testkit.CustDevArbitraries} configures generation, and a strategy is checked by
 * implementing {@link io.github.custdev.testkit.ScoringStrategyContract}:
 *
 * <pre>{@code
 * class ReportProperties {
 *     @Property
 *     void theLinesAddUpToTheLog(@ForAll EvidenceLog log) {
 *         assertEquals(log.size(), MyReport.of(log).totalItems());
 *     }
 *
 *     @Property(tries = 20)
 *     void findsAStrongSignal(@ForAll("strongSignal") EvidenceLog log) {
 *         assertEquals(Verdict.SUPPORTED, myStrategy.assess(FIT, log).verdict());
 *     }
 *
 *     @Provide
 *     Arbitrary<EvidenceLog> strongSignal() {
 *         return CustDevArbitraries.evidenceFor(FIT).withTrueRate(0.7).logs().ofSize(300, 300);
 *     }
 * }
 *
 * class MyStrategyContractTests implements ScoringStrategyContract {
 *     public ScoringStrategy strategy() {
 *         return new MyStrategy();
 *     }
 * }
 * }</pre>
 *
 * <p>The generators are registered with jqwik through this module's {@code provides} clauses on the module path and
 * through {@code META-INF/services} on the class path. See {@code docs/testkit.md} for a test suite start to finish.
 */
module io.github.custdev.testkit {
    requires transitive io.github.custdev.core;
    requires io.github.custdev.simulation;
    requires transitive net.jqwik.api;
    requires transitive org.apache.commons.statistics.distribution;
    requires static transitive org.apiguardian.api;
    requires static org.jspecify;

    exports io.github.custdev.testkit;

    provides net.jqwik.api.providers.ArbitraryProvider with
            io.github.custdev.testkit.internal.CustDevArbitraryProvider;
    provides net.jqwik.api.SampleReportingFormat with
            io.github.custdev.testkit.internal.CustDevReportingFormat;
}
