/**
 * The custdev test kit: jqwik generators for every custdev value type and contract tests for scoring strategies.
 *
 * <ul>
 *   <li>{@link io.github.custdev.testkit.CustDevArbitraries}: the entry point of generation; every custdev type is also
 *       generated for a bare {@code @ForAll} parameter;
 *   <li>{@link io.github.custdev.testkit.HypothesisArbitrary}, {@link io.github.custdev.testkit.EvidenceArbitrary},
 *       {@link io.github.custdev.testkit.EvidenceLogArbitrary}, {@link io.github.custdev.testkit.ScoringCaseArbitrary}:
 *       configurable generators, among them evidence drawn from a known true rate or distribution;
 *   <li>{@link io.github.custdev.testkit.CustDevDomain}: the jqwik domain to name with {@code @Domain};
 *   <li>{@link io.github.custdev.testkit.ScoringStrategyContract} and {@link io.github.custdev.testkit.ScoringCase}:
 *       the rules every scoring strategy must keep, and the input they are checked on.
 * </ul>
 *
 * <pre>{@code
 * @Property
 * void supportsAStrongSignal(@ForAll("strongSignal") EvidenceLog log) {
 *     assertEquals(Verdict.SUPPORTED, myStrategy.assess(FIT, log).verdict());
 * }
 *
 * @Provide
 * Arbitrary<EvidenceLog> strongSignal() {
 *     return CustDevArbitraries.evidenceFor(FIT).withTrueRate(0.7).logs().ofSize(300, 300);
 * }
 * }</pre>
 *
 * <p>Parameters and return values are never {@code null}. Configuration that cannot generate valid values is rejected
 * at once with an {@link io.github.custdev.InvalidValueException} that names the field, the rule and the value.
 *
 * <p>API status ({@code @API}): the generators of values, the domain and the contracts are {@code STABLE}. The
 * scenario generators are {@code EXPERIMENTAL}, because they follow the venture's events and the gates, which are
 * still being reshaped: {@link io.github.custdev.testkit.EventSequenceArbitrary},
 * {@link io.github.custdev.testkit.InvalidEventSequence} and its arbitrary, {@link io.github.custdev.testkit.GateCase}
 * and its arbitrary.
 */
@NullMarked
package io.github.custdev.testkit;

import org.jspecify.annotations.NullMarked;
