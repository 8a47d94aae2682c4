package io.github.custdev.scoring;

import io.github.custdev.Behaviour;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Phase;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small builders and independent reference values for the scoring examples. */
final class Fixtures {
    static final HypothesisId ID = HypothesisId.of("h");
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final MathContext PRECISION = new MathContext(60);

    private Fixtures() {}

    static Hypothesis hypothesis(SuccessCriterion criterion) {
        return Hypothesis.of(ID, "a hypothesis", BusinessModelArea.PROBLEM, Phase.CUSTOMER_DISCOVERY, criterion);
    }

    /** {@code supports} supporting statements, then {@code refutes} refuting ones, one customer each. */
    static List<Evidence> statements(int supports, int refutes) {
        List<Evidence> items = new ArrayList<>();
        for (int i = 0; i < supports + refutes; i++) {
            Source source = Source.of("c" + i);
            Instant at = START.plusSeconds(60L * i);
            items.add(i < supports ? Statement.supports(ID, source, at) : Statement.refutes(ID, source, at));
        }
        return items;
    }

    static EvidenceLog log(int supports, int refutes) {
        return EvidenceLog.ofAll(statements(supports, refutes));
    }

    static Behaviour behaviour(long successes, long trials) {
        return Behaviour.of(ID, Source.of("landing-page"), START, successes, trials);
    }

    /**
     * The Beta(a, b) distribution function at {@code x} for whole {@code a, b >= 1}, as the binomial tail
     * {@code P(Binomial(a + b - 1, x) >= a)}, summed in 60-digit decimal arithmetic: independent of any special
     * function.
     */
    static double betaCdf(int a, int b, double x) {
        int n = a + b - 1;
        BigDecimal p = new BigDecimal(x);
        BigDecimal q = BigDecimal.ONE.subtract(p);
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = a; j <= n; j++) {
            BigDecimal term = new BigDecimal(binomial(n, j)).multiply(p.pow(j, PRECISION), PRECISION);
            sum = sum.add(term.multiply(q.pow(n - j, PRECISION), PRECISION), PRECISION);
        }
        return sum.doubleValue();
    }

    static BigInteger binomial(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    /** The integral of {@code f} over [lo, hi] by Simpson's rule with {@code 2 * halves} panels. */
    static double simpson(java.util.function.DoubleUnaryOperator f, double lo, double hi, int halves) {
        int n = 2 * halves;
        double h = (hi - lo) / n;
        double sum = f.applyAsDouble(lo) + f.applyAsDouble(hi);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(lo + i * h);
        }
        return sum * h / 3.0;
    }
}
