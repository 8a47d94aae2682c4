package io.github.custdev.simulation.market;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.Phase;
import io.github.custdev.PivotType;
import io.github.custdev.simulation.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * What became of one simulated venture by the horizon: how it ended, how far it got and when, what it spent, how it
 * pivoted, where its founder was wrong, and the revenue it earned. One row of a research table. Immutable and
 * thread-safe.
 *
 * @param founder the founder's {@link FounderStrategy#name()}
 * @param ending how the venture ended
 * @param periods the periods it ran: the period it launched, stopped or ran out of cash in, or the horizon
 * @param milestones the first entry into each phase after Customer Discovery, in order
 * @param pivots the types of the pivots it took, in order
 * @param evidenceItems the evidence items it recorded
 * @param experiments the experiments it recorded (one a period)
 * @param cashSpent what it spent, in the market's money
 * @param revenue the revenue of its last period at the horizon; 0 unless it launched
 * @param startAcceptance the acceptance ({@link Idea#acceptance()}) of the idea it started from
 * @param endAcceptance the acceptance of the idea it ended with
 * @param falsePivots the hypotheses its pivots retired that held (a pivot away from the truth)
 * @param falseProceeds the phases it advanced from while a hypothesis of the phase did not hold
 * @param prematureScaling whether it hired an executor while searching ({@link io.github.custdev.Venture#isScalingPrematurely()})
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record VentureOutcome(
        String founder,
        Ending ending,
        int periods,
        Seq<Milestone> milestones,
        Seq<PivotType> pivots,
        long evidenceItems,
        long experiments,
        double cashSpent,
        double revenue,
        double startAcceptance,
        double endAcceptance,
        int falsePivots,
        int falseProceeds,
        boolean prematureScaling) {

    /** How a simulated venture ended. */
    public enum Ending {
        /** It passed Customer Validation and launched: it sells from then on. */
        LAUNCHED,
        /** Its founder closed it, on a gate's Kill or of its own accord: the idea was terminated. */
        STOPPED,
        /** It could not pay a period's payroll and experiment. */
        OUT_OF_CASH,
        /** It was still searching at the horizon. */
        SEARCHING
    }

    /**
     * A venture's first entry into a phase.
     *
     * @param phase the phase entered
     * @param period the period in which it entered
     * @param cashSpent what it had spent by then
     */
    public record Milestone(Phase phase, int period, double cashSpent) {

        /**
         * Validates the fields.
         *
         * @throws io.github.custdev.InvalidValueException if a field is null or out of range
         */
        public Milestone {
            Checks.notNull("milestone.phase", phase);
            Checks.notNegative("milestone.period", period);
            Checks.notNegative("milestone.cashSpent", cashSpent);
        }
    }

    /**
     * Validates the fields.
     *
     * @throws io.github.custdev.InvalidValueException if a field is null or out of range
     */
    public VentureOutcome {
        Checks.notNull("outcome.founder", founder);
        Checks.notNull("outcome.ending", ending);
        Checks.notNegative("outcome.periods", periods);
        Checks.notNull("outcome.milestones", milestones);
        Checks.notNull("outcome.pivots", pivots);
        Checks.notNegative("outcome.evidenceItems", evidenceItems);
        Checks.notNegative("outcome.experiments", experiments);
        Checks.notNegative("outcome.cashSpent", cashSpent);
        Checks.notNegative("outcome.revenue", revenue);
        Checks.probability("outcome.startAcceptance", startAcceptance);
        Checks.probability("outcome.endAcceptance", endAcceptance);
        Checks.notNegative("outcome.falsePivots", falsePivots);
        Checks.notNegative("outcome.falseProceeds", falseProceeds);
    }

    /**
     * Whether the founder terminated the idea: the venture ended {@link Ending#STOPPED}.
     *
     * @return whether it was terminated
     */
    public boolean terminated() {
        return ending == Ending.STOPPED;
    }

    /**
     * The furthest phase the venture reached.
     *
     * @return the last milestone's phase, or Customer Discovery
     */
    public Phase phaseReached() {
        return milestones.isEmpty()
                ? Phase.CUSTOMER_DISCOVERY
                : milestones.last().phase();
    }

    /**
     * The venture's first entry into a phase.
     *
     * @param phase the phase
     * @return the milestone, or none if it never entered the phase (or the phase is Customer Discovery)
     */
    public Option<Milestone> milestone(Phase phase) {
        Checks.notNull("phase", phase);
        return milestones.find(m -> m.phase() == phase);
    }
}
