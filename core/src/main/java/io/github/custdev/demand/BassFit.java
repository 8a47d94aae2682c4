package io.github.custdev.demand;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.InvalidValueException;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Estimate;
import io.github.custdev.scoring.Interval;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apiguardian.api.API;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * A Bass diffusion fitted to observed adoptions by nonlinear least squares, with the standard errors of its
 * parameters.
 *
 * <p>The model (V. Srinivasan and C. H. Mason, "Nonlinear least squares estimation of new product diffusion models",
 * Marketing Science 5(2), 1986): the adoptions of period <i>t = 1, ..., T</i> are <i>a<sub>t</sub> = m (F(t) -
 * F(t - 1)) + &epsilon;<sub>t</sub></i>, with <i>F</i> the closed form of {@link BassDiffusion#cumulativeShare} and
 * independent errors of one variance <i>&sigma;<sup>2</sup></i>. The <i>(p, q, m)</i> that minimise the sum of squared
 * errors are found with Hipparchus's Levenberg-Marquardt optimiser (its Jacobian by Hipparchus's automatic
 * differentiation), started from the ordinary least squares estimates of Bass's discrete model, <i>a<sub>t</sub> = pm
 * + (q - p) N<sub>t-1</sub> - (q/m) N<sub>t-1</sub><sup>2</sup></i> (Bass 1969), and from a small grid around the
 * adoptions seen so far; the best converged fit is kept. The covariance of the estimates is the asymptotic one,
 * <i>s<sup>2</sup> (J<sup>T</sup>J)<sup>-1</sup></i> at the optimum, with <i>s<sup>2</sup> = SSE / (T - 3)</i>;
 * intervals use Student's <i>t</i> with <i>T - 3</i> degrees of freedom. (Hipparchus rather than Commons Math: Commons
 * Math 3 has had no release since 2016 and Commons Math 4 is still a beta.)
 *
 * <p>Counts whose variance grows with their mean (Poisson-like) break the one-variance assumption; the estimates stay
 * consistent but the standard errors are then approximate. A series that has not slowed down yet (no inflection)
 * does not determine the market size: the fit is refused when the standard error of <i>m</i> is at least <i>m</i>
 * itself.
 *
 * <pre>{@code
 * BassFit fit = Adoptions.of(312, 420, 538, 652, 737, 771, 742, 660, 544, 420).fitBass().get();
 * fit.diffusion();                                  // Bass(p=..., q=..., m=...)
 * fit.standardError(BassFit.Parameter.MARKET_SIZE); // from s^2 (J'J)^-1 at the optimum
 * fit.probabilityToReach(6_500, 13);                // 0.28: P(m F(13) >= 6,500) by the delta method
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class BassFit {

    /** The parameters of a Bass diffusion, in the order of the covariance matrix. */
    public enum Parameter {
        /** The coefficient of innovation <i>p</i>. */
        INNOVATION,
        /** The coefficient of imitation <i>q</i>. */
        IMITATION,
        /** The number of eventual adopters <i>m</i>. */
        MARKET_SIZE
    }

    /** The least number of periods: three parameters and one degree of freedom for the error variance. */
    public static final int MINIMUM_PERIODS = 4;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double LEAST_INNOVATION = 1e-9;
    private static final double MOST_RATE = 10.0;

    private final BassDiffusion diffusion;
    private final double[][] covariance;
    private final double sumOfSquares;
    private final int periods;

    private BassFit(BassDiffusion diffusion, double[][] covariance, double sumOfSquares, int periods) {
        this.diffusion = diffusion;
        this.covariance = covariance;
        this.sumOfSquares = sumOfSquares;
        this.periods = periods;
    }

    /**
     * The fitted diffusion, at the least squares estimates of <i>p</i>, <i>q</i> and <i>m</i>.
     *
     * @return the diffusion
     */
    public BassDiffusion diffusion() {
        return diffusion;
    }

    /**
     * The number of periods fitted, <i>T</i>.
     *
     * @return the periods, at least {@value #MINIMUM_PERIODS}
     */
    public int periods() {
        return periods;
    }

    /**
     * The degrees of freedom of the error variance, <i>T - 3</i>.
     *
     * @return the degrees of freedom, at least 1
     */
    public int degreesOfFreedom() {
        return periods - 3;
    }

    /**
     * The sum of the squared residuals at the optimum, <i>SSE</i>.
     *
     * @return the sum, &ge; 0
     */
    public double sumOfSquares() {
        return sumOfSquares;
    }

    /**
     * The estimated standard deviation of the errors, <i>s = &radic;(SSE / (T - 3))</i>.
     *
     * @return <i>s</i>, &ge; 0
     */
    public double residualStandardError() {
        return Math.sqrt(sumOfSquares / degreesOfFreedom());
    }

    /**
     * The estimated value of a parameter.
     *
     * @param parameter the parameter
     * @return its least squares estimate
     * @throws InvalidValueException if the parameter is null
     */
    public double value(Parameter parameter) {
        switch (Checks.notNull(parameter, "parameter")) {
            case INNOVATION:
                return diffusion.innovation();
            case IMITATION:
                return diffusion.imitation();
            default:
                return diffusion.marketSize();
        }
    }

    /**
     * The asymptotic covariance of two parameters' estimates, an element of <i>s<sup>2</sup>
     * (J<sup>T</sup>J)<sup>-1</sup></i>.
     *
     * @param first a parameter
     * @param second a parameter
     * @return the covariance; a variance when both are the same
     * @throws InvalidValueException if a parameter is null
     */
    public double covariance(Parameter first, Parameter second) {
        return covariance[index(Checks.notNull(first, "first"))][index(Checks.notNull(second, "second"))];
    }

    /** The row and column of a parameter in the covariance matrix, the order of the optimiser's point. */
    private static int index(Parameter parameter) {
        switch (parameter) {
            case INNOVATION:
                return 0;
            case IMITATION:
                return 1;
            default:
                return 2;
        }
    }

    /**
     * The standard error of a parameter's estimate: the square root of its variance.
     *
     * @param parameter the parameter
     * @return the standard error, &ge; 0
     * @throws InvalidValueException if the parameter is null
     */
    public double standardError(Parameter parameter) {
        return Math.sqrt(covariance(parameter, parameter));
    }

    /**
     * A parameter's estimate with its confidence interval, <i>estimate &plusmn; t SE</i>, <i>t</i> the quantile of
     * Student's <i>t</i> with <i>T - 3</i> degrees of freedom at <i>(1 + level) / 2</i>. The interval is not cut at
     * the parameter's range: a lower bound below 0 says the data do not rule out a value near 0.
     *
     * @param parameter the parameter
     * @param level the level, in (0, 1)
     * @return the estimate
     * @throws InvalidValueException if the parameter is null or the level outside (0, 1)
     */
    public Estimate estimate(Parameter parameter, double level) {
        Checks.openProbability(level, "level");
        double value = value(parameter);
        double half = TDistribution.of(degreesOfFreedom()).inverseCumulativeProbability((1.0 + level) / 2.0)
                * standardError(parameter);
        return Estimate.of(value, Interval.confidence(value - half, value + half, level));
    }

    /**
     * The approximate probability that the diffusion has reached a number of adopters by the end of a period, by the
     * delta method: the projected adopters <i>X = m F(n)</i> are taken as normal with the mean at the estimates and
     * the variance <i>&nabla;X<sup>T</sup> &Sigma; &nabla;X</i>, <i>&Sigma;</i> the covariance of <i>(p, q, m)</i>
     * and the gradient by automatic differentiation; then <i>P(X &ge; adopters) &asymp; &Phi;((X&#770; - adopters)
     * / sd)</i> (G. A. F. Seber and C. J. Wild, <i>Nonlinear Regression</i>, Wiley, 1989, section 5.1). For share
     * <i>s</i> of an audience of <i>A</i>, pass <i>s A</i>; for a horizon of <i>h</i> periods after the last observed,
     * pass <i>T + h</i>. With a standard deviation of 0 (a perfect fit), the answer is 1 or 0.
     *
     * @param adopters the number to reach, finite and &ge; 0
     * @param period the period <i>n</i> since launch by whose end, &ge; 0
     * @return the probability, in [0, 1]
     * @throws InvalidValueException if the number is negative, NaN or infinite, or the period negative
     */
    public double probabilityToReach(double adopters, long period) {
        Checks.nonNegative(adopters, "adopters");
        Checks.nonNegative(period, "period");
        Gradient projected = cumulativeAdopters(
                variable(0, diffusion.innovation()),
                variable(1, diffusion.imitation()),
                variable(2, diffusion.marketSize()),
                (double) period);
        double[] gradient = projected.getGradient();
        double variance = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                variance += gradient[i] * covariance[i][j] * gradient[j];
            }
        }
        double mean = projected.getValue();
        if (!(variance > 0)) {
            return mean >= adopters ? 1.0 : 0.0;
        }
        return STANDARD_NORMAL.cumulativeProbability((mean - adopters) / Math.sqrt(variance));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "BassFit(p=%s ± %s, q=%s ± %s, m=%s ± %s; %d periods, s=%s)",
                diffusion.innovation(),
                standardError(Parameter.INNOVATION),
                diffusion.imitation(),
                standardError(Parameter.IMITATION),
                diffusion.marketSize(),
                standardError(Parameter.MARKET_SIZE),
                periods,
                residualStandardError());
    }

    // ---- the fit ------------------------------------------------------------------------------------------------

    private static Gradient variable(int index, double value) {
        return Gradient.variable(3, index, value);
    }

    /** m F(t), with F the closed form -expm1(-(p+q)t) / (1 + (q/p) e^(-(p+q)t)), and its gradient in (p, q, m). */
    private static Gradient cumulativeAdopters(Gradient p, Gradient q, Gradient m, double time) {
        Gradient decay = p.add(q).multiply(-time);
        Gradient share =
                decay.expm1().negate().divide(q.divide(p).multiply(decay.exp()).add(1.0));
        return m.multiply(share);
    }

    /** The least squares fit of the Bass model to the adoptions, or why there is none. */
    static Either<String, BassFit> fit(Adoptions adoptions) {
        double[] counts =
                adoptions.counts().toJavaStream().mapToDouble(Long::doubleValue).toArray();
        int periods = counts.length;
        if (periods < MINIMUM_PERIODS) {
            return Either.left("a Bass fit needs at least " + MINIMUM_PERIODS
                    + " periods (3 parameters and 1 degree of freedom for the error): " + periods);
        }
        double total = adoptions.total();
        if (total == 0) {
            return Either.left("a Bass fit needs adoptions: all " + periods + " periods have none");
        }
        double leastMarket = total / 10.0;
        double mostMarket = total * 1e9;
        LeastSquaresOptimizer.Optimum best = null;
        for (double[] start : starts(counts, total)) {
            try {
                LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                        .optimize(new LeastSquaresBuilder()
                                .start(start)
                                .target(counts)
                                .model(point -> model(point, periods))
                                .parameterValidator(point -> new ArrayRealVector(new double[] {
                                    clamp(point.getEntry(0), LEAST_INNOVATION, MOST_RATE),
                                    clamp(point.getEntry(1), 0.0, MOST_RATE),
                                    clamp(point.getEntry(2), leastMarket, mostMarket)
                                }))
                                .maxEvaluations(10_000)
                                .maxIterations(1_000)
                                .build());
                if (best == null || optimum.getCost() < best.getCost()) {
                    best = optimum;
                }
            } catch (MathIllegalStateException notConverged) {
                // another start may converge
            }
        }
        if (best == null) {
            return Either.left("the Levenberg-Marquardt fit converged from no start value: a series that has not slowed"
                    + " down yet (no inflection) runs the market size off without bound");
        }
        RealVector point = best.getPoint();
        double p = point.getEntry(0);
        double q = point.getEntry(1);
        double m = point.getEntry(2);
        RealMatrix unscaled;
        try {
            unscaled = best.getCovariances(1e-14);
        } catch (MathIllegalArgumentException singular) {
            return Either.left(String.format(
                    Locale.ROOT,
                    "the Jacobian is singular at p=%s, q=%s, m=%s: the data do not determine them",
                    p,
                    q,
                    m));
        }
        double sumOfSquares = best.getCost() * best.getCost();
        double scale = sumOfSquares / (periods - 3);
        double[][] covariance = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                covariance[i][j] = unscaled.getEntry(i, j) * scale;
                if (!Double.isFinite(covariance[i][j])) {
                    return Either.left(
                            "the covariance of the estimates is not finite at p=" + p + ", q=" + q + ", m=" + m);
                }
            }
        }
        double marketError = Math.sqrt(covariance[2][2]);
        if (marketError >= m || m >= mostMarket) {
            return Either.left(String.format(
                    Locale.ROOT,
                    "the data do not determine the market size: m=%s with a standard error of %s; a series that has"
                            + " not slowed down yet (no inflection) cannot tell the size of its market",
                    m,
                    marketError));
        }
        return Either.right(new BassFit(BassDiffusion.of(p, q, m), covariance, sumOfSquares, periods));
    }

    private static double clamp(double value, double least, double most) {
        return Double.isNaN(value) ? least : Math.max(least, Math.min(most, value));
    }

    /** The adoptions of periods 1 to T and their Jacobian in (p, q, m). */
    private static Pair<RealVector, RealMatrix> model(RealVector point, int periods) {
        Gradient p = variable(0, point.getEntry(0));
        Gradient q = variable(1, point.getEntry(1));
        Gradient m = variable(2, point.getEntry(2));
        double[] values = new double[periods];
        double[][] jacobian = new double[periods][];
        Gradient before = cumulativeAdopters(p, q, m, 0.0);
        for (int t = 1; t <= periods; t++) {
            Gradient now = cumulativeAdopters(p, q, m, t);
            Gradient adopters = now.subtract(before);
            values[t - 1] = adopters.getValue();
            jacobian[t - 1] = adopters.getGradient();
            before = now;
        }
        return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
    }

    /**
     * The start values: the ordinary least squares estimates of Bass's discrete model where they make sense, then a
     * grid of market sizes (1.2, 2 and 5 times the adoptions so far) and imitation coefficients (0.1 and 0.5).
     */
    private static List<double[]> starts(double[] counts, double total) {
        List<double[]> starts = new ArrayList<>();
        int periods = counts.length;
        double[][] design = new double[periods][];
        double cumulative = 0;
        for (int t = 0; t < periods; t++) {
            double share = cumulative / total;
            design[t] = new double[] {1.0, share, share * share};
            cumulative += counts[t];
        }
        try {
            RealVector c = new QRDecomposition(new Array2DRowRealMatrix(design, false))
                    .getSolver()
                    .solve(new ArrayRealVector(counts));
            double b0 = c.getEntry(0);
            double b1 = c.getEntry(1) / total;
            double b2 = c.getEntry(2) / (total * total);
            double m = (-b1 - Math.sqrt(b1 * b1 - 4 * b0 * b2)) / (2 * b2);
            double p = b0 / m;
            double q = p + b1;
            if (m > total / 10.0 && p > 0 && q >= 0 && p < MOST_RATE && q < MOST_RATE && Double.isFinite(m)) {
                starts.add(new double[] {p, q, m});
            }
        } catch (MathIllegalArgumentException singular) {
            // the grid below still gives start values
        }
        for (double multiple : new double[] {1.2, 2.0, 5.0}) {
            for (double q : new double[] {0.1, 0.5}) {
                double m = multiple * total;
                double p = Math.min(0.5, Math.max(1e-4, Math.max(counts[0], 1.0) / m));
                starts.add(new double[] {p, q, m});
            }
        }
        return starts;
    }
}
