package io.github.custdev.simulation.market;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotType;
import io.github.custdev.Role;
import io.github.custdev.Venture;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * How a founder searches for a business model: what it believes and states, what it tests next and how much evidence it
 * buys, which gate judges it, what it does with the gate's decision, and when it hires. A simulated venture
 * ({@link Scenario}) asks its founder each period and records the answers as events on a real {@link Venture}, so the
 * strategy simulated is the logic a product embeds. {@link Founders} has the strategies of the literature.
 *
 * <h2>Specification for implementors</h2>
 *
 * <ul>
 *   <li><b>Pure.</b> Every answer is a function of the arguments: the founder sees its own venture (its hypotheses,
 *       evidence, decisions, pivots, team and runway) and the market's public terms (probes, payroll, the viable
 *       rate), never the truth ({@link Idea}). It keeps no state between calls; what it remembers, it reads from the
 *       venture's history. So a run is reproducible and may be repeated alone.
 *   <li><b>Events that fit.</b> {@link #hypothesis} states a hypothesis of the given id, area and phase;
 *       {@link #tests} names active hypotheses of the venture's current phase, each once; {@link #respond} answers
 *       {@link Move.Advance} only to a {@link GateDecision.Proceed}, and {@link Move.Pivot} only while the venture has
 *       pivots left and with a type that changes at least one of {@link Market#AREAS}. An answer that does not fit
 *       fails the run with the venture's {@link io.github.custdev.Rejection} or an {@link InvalidValueException}
 *       naming the founder.
 *   <li><b>Thread-safe.</b> One instance serves every run of a sweep, on many threads at once.
 *   <li><b>Equality.</b> A founder is a grid point's parameter and is compared and printed as one: give it a value's
 *       {@code equals}, {@code hashCode} and a {@code toString} that names it (records do), or keep one instance per
 *       grid point.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface FounderStrategy {

    /**
     * The founder's name, as tables and charts show it.
     *
     * @return the name, not blank
     */
    String name();

    /**
     * How many pivots the founder allows itself, recorded when the venture is founded; a gate that would pivot a
     * venture with none left kills it instead.
     *
     * @return the pivot limit, zero or more
     */
    int pivotLimit();

    /**
     * The hypothesis the founder states about an area of the business model, with the criterion it registers before
     * any evidence, its prior belief if it has one, and its importance.
     *
     * @param id the id to give it
     * @param area the area, one of {@link Market#AREAS}
     * @param phase the phase in which it is to be validated ({@link Market#phaseOf})
     * @param market the market's public terms
     * @return the hypothesis, of that id, area and phase
     */
    Hypothesis hypothesis(HypothesisId id, BusinessModelArea area, Phase phase, Market market);

    /**
     * The gate the founder lets judge a phase.
     *
     * @param phase Customer Discovery or Customer Validation
     * @return the gate of that phase
     */
    PhaseGate gate(Phase phase);

    /**
     * What to test this period, and how much evidence to buy: one test, or several run side by side (a landing page
     * for each open hypothesis), recorded together as the period's one experiment.
     *
     * <p>The engine also hands over the gate's reading of the venture as it stands, when it has one: the decision
     * of the current phase's gate evaluated after the last period's evidence, which the founder continued from and
     * nothing since has changed (a hire aside). Its trace holds the gate's assessments of the phase's hypotheses
     * ({@link io.github.custdev.CriterionResult#assessments()}); a founder that judges by its gate's strategy may take
     * them instead of assessing the same evidence again, and one that does not may ignore the reading.
     *
     * @param venture the venture, searching, not closed
     * @param market the market's public terms
     * @param reading the gate's decision on the venture as it stands, or none (the first period, and after an
     *     advance, a pivot or any other change)
     * @return the tests, not empty, each of a different hypothesis
     */
    Seq<Test> tests(Venture venture, Market market, Option<GateDecision> reading);

    /**
     * What the founder does with a gate's decision.
     *
     * @param decision the decision of the current phase's gate, on the venture as it is
     * @param venture the venture
     * @return the move
     */
    Move respond(GateDecision decision, Venture venture);

    /**
     * Whom the founder hires this period, before the period's test; most periods no one.
     *
     * @param venture the venture
     * @return the roles to hire, in order; empty for no one
     */
    Seq<Role> hires(Venture venture);

    /**
     * One period's experiment: a probe run on one hypothesis, some units of it.
     *
     * @param hypothesisId the hypothesis tested, active and of the venture's current phase
     * @param probe the kind of probe
     * @param units how many units of the probe to run (interviews, smoke tests, pre-sale rounds), at least 1
     */
    record Test(HypothesisId hypothesisId, Probe.Kind probe, int units) {

        /**
         * Validates the fields.
         *
         * @throws InvalidValueException if a field is null or the units not positive
         */
        public Test {
            Checks.notNull("test.hypothesisId", hypothesisId);
            Checks.notNull("test.probe", probe);
            Checks.positive("test.units", units);
        }
    }

    /** What a founder does after a gate's decision. */
    sealed interface Move {

        /** Keep testing, recording nothing. */
        record Continue() implements Move {}

        /** Record the gate's Proceed and advance to the next phase. */
        record Advance() implements Move {}

        /**
         * Record the gate's decision and pivot: the areas the type changes (those of {@link PivotType#areas()} among
         * {@link Market#AREAS}) move to the option the founder judges best, and their hypotheses are replaced.
         *
         * @param type the pivot's type
         */
        record Pivot(PivotType type) implements Move {

            /**
             * Validates the type.
             *
             * @throws InvalidValueException if it is null
             */
            public Pivot {
                Checks.notNull("move.type", type);
            }
        }

        /**
         * Record the gate's decision and close the venture.
         *
         * @param reason why, not blank
         */
        record Stop(String reason) implements Move {

            /**
             * Validates the reason.
             *
             * @throws InvalidValueException if it is null or blank
             */
            public Stop {
                Checks.notNull("move.reason", reason);
                if (reason.isBlank()) {
                    throw InvalidValueException.of("move.reason", "must not be blank", reason);
                }
            }
        }
    }
}
