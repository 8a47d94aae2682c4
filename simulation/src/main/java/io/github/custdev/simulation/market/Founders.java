package io.github.custdev.simulation.market;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.apiguardian.api.API;

/**
 * The founder strategies of the literature. Each differs from the others only in what it believes, what evidence it
 * buys and how it answers its gates; none has a knob for an outcome (a termination rate, a pivot count), so the
 * differences a simulation shows emerge from these mechanisms. Every founder returned is immutable and thread-safe,
 * and equal to another of its kind and name.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Founders {

    private static final FounderStrategy SCIENTIFIC =
            new Scientific("scientific", io.github.custdev.scoring.Scoring.bayesian());
    private static final FounderStrategy INTUITIVE = new Intuitive();
    private static final FounderStrategy HYPE_HARDER = new HypeHarder();
    private static final FounderStrategy PREMATURE_SCALER = new PrematureScaler();

    private Founders() {}

    /**
     * The scientific founder (Camuffo et al. 2020, the treated arm), judging rates by Bayesian scoring: falsifiable
     * hypotheses with criteria registered first (the viable rate, 40 observations of what customers did or paid), the
     * riskiest tested first by smoke tests and pre-sales, the gates obeyed within 30 experiments a phase, 3 pivots.
     *
     * @return the founder, named {@code "scientific"}
     */
    public static FounderStrategy scientific() {
        return SCIENTIFIC;
    }

    /**
     * The scientific founder judging rates by another scoring strategy, such as {@link
     * io.github.custdev.scoring.Scoring#sequential(double, double)} or {@link
     * io.github.custdev.scoring.Scoring#fixedSample()}, to compare designs of evidence at equal founders.
     *
     * @param strategy the strategy its gates judge with
     * @return the founder, named {@code "scientific (" + strategy.name() + ")"}
     * @throws io.github.custdev.InvalidValueException if the strategy is null
     */
    public static FounderStrategy scientific(ScoringStrategy strategy) {
        Checks.notNull("strategy", strategy);
        return new Scientific("scientific (" + strategy.name() + ")", strategy);
    }

    /**
     * The intuitive founder (Camuffo et al. 2020, the control arm): an optimistic prior Beta(6, 2) on every
     * hypothesis, five interviews a period, a decision after five statements, what customers said counted, 5 pivots.
     *
     * @return the founder, named {@code "intuitive"}
     */
    public static FounderStrategy intuitive() {
        return INTUITIVE;
    }

    /**
     * The founder who answers weak traction with spending rather than learning: tests as the scientific founder, but
     * on weak evidence hires a VP of Marketing and buys ever more tests, and carries on when its gate decides to pivot
     * or kill.
     *
     * @return the founder, named {@code "hype-harder"}
     */
    public static FounderStrategy hypeHarder() {
        return HYPE_HARDER;
    }

    /**
     * The premature scaler (Startup Genome, 2011): searches as the scientific founder, but hires a VP of Sales and a
     * sales representative from the first period and a VP of Marketing as soon as Customer Discovery passes, before
     * Customer Validation does.
     *
     * @return the founder, named {@code "premature scaler"}
     */
    public static FounderStrategy prematureScaler() {
        return PREMATURE_SCALER;
    }

    /**
     * A scientific founder who interviews one customer a period for each open hypothesis of its phase, counts what
     * customers said, and registers the given minimum sample: the founder of the sequential-evidence study, in which a
     * strategy that may stop after any customer ({@link io.github.custdev.scoring.Scoring#sequential}) meets a
     * fixed-sample design. Its gates allow 1,000 experiments a phase, so the evidence decides, not the budget; 3
     * pivots.
     *
     * @param strategy the strategy its gates judge with
     * @param minimumSample the minimum sample each hypothesis registers, at least 1
     * @return the founder, named {@code "interviewer (" + strategy.name() + ", n >= " + minimumSample + ")"}
     * @throws io.github.custdev.InvalidValueException if the strategy is null or the minimum sample not positive
     */
    public static FounderStrategy interviewer(ScoringStrategy strategy, long minimumSample) {
        Checks.notNull("strategy", strategy);
        if (minimumSample < 1) {
            throw io.github.custdev.InvalidValueException.of("minimumSample", "must be positive", minimumSample);
        }
        return new Interviewer(strategy, minimumSample);
    }

    /**
     * The four built-in founders: scientific, intuitive, hype-harder and premature scaler, in that order.
     *
     * @return the founders
     */
    public static Seq<FounderStrategy> all() {
        return Vector.of(SCIENTIFIC, INTUITIVE, HYPE_HARDER, PREMATURE_SCALER);
    }
}
