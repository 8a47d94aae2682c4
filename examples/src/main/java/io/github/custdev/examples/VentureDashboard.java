package io.github.custdev.examples;

import io.github.custdev.GateDecision;
import io.github.custdev.Phase;
import io.github.custdev.PrematureScaling;
import io.github.custdev.Venture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's own code that reads a custdev venture: the one-screen summary a dashboard shows for a venture, with the
 * decisions taken so far, the warnings a founder must not miss, and the next step. The example test suite checks its
 * laws on ventures and journeys that custdev-testkit generates.
 */
public final class VentureDashboard {
    private final String name;
    private final Phase phase;
    private final int activeHypotheses;
    private final int retiredHypotheses;
    private final int evidenceItems;
    private final long experiments;
    private final Map<GateDecision.Kind, Integer> decisions;
    private final int pivotsLeft;
    private final List<String> warnings;
    private final String nextStep;

    private VentureDashboard(Venture venture) {
        this.name = venture.name();
        this.phase = venture.phase();
        this.activeHypotheses = venture.activeHypotheses().size();
        this.retiredHypotheses = venture.retiredHypotheses().size();
        this.evidenceItems = venture.evidence().size();
        this.experiments = venture.experimentCount();
        Map<GateDecision.Kind, Integer> counted = new EnumMap<>(GateDecision.Kind.class);
        for (GateDecision.Kind kind : GateDecision.Kind.values()) {
            counted.put(kind, 0);
        }
        for (GateDecision decision : venture.decisions()) {
            counted.merge(decision.kind(), 1, Integer::sum);
        }
        this.decisions = Collections.unmodifiableMap(counted);
        this.pivotsLeft = venture.pivotsLeft();
        List<String> found = new ArrayList<>();
        for (PrematureScaling hire : venture.prematureScaling()) {
            found.add("premature scaling: " + hire.role().name() + " hired during " + hire.phase());
        }
        if (venture.runway().isExhausted()) {
            found.add("the runway is exhausted");
        }
        if (venture.pivotsLeft() == 0 && !venture.isClosed()) {
            found.add("no pivots left: the next refuted gate kills the venture");
        }
        this.warnings = List.copyOf(found);
        this.nextStep = nextStep(venture);
    }

    /**
     * The dashboard of a venture.
     *
     * @param venture the venture
     * @return its dashboard
     */
    public static VentureDashboard of(Venture venture) {
        return new VentureDashboard(Objects.requireNonNull(venture, "venture"));
    }

    private static String nextStep(Venture venture) {
        if (venture.isClosed()) {
            return "closed: " + venture.closing().get().reason();
        }
        Optional<GateDecision> current = venture.currentDecision().toJavaOptional();
        if (current.isEmpty()) {
            return "gather evidence and evaluate the " + venture.phase() + " gate";
        }
        GateDecision decision = current.get();
        if (decision instanceof GateDecision.Proceed) {
            return "advance to " + venture.phase().next().map(Phase::name).getOrElse("scale the company");
        }
        if (decision instanceof GateDecision.Pivot) {
            GateDecision.Pivot pivot = (GateDecision.Pivot) decision;
            return "pivot (" + pivot.suggestions().map(type -> type.label()).mkString(" or ") + ") and return to "
                    + pivot.returnTo();
        }
        if (decision instanceof GateDecision.Persevere) {
            GateDecision.Persevere persevere = (GateDecision.Persevere) decision;
            return persevere
                    .next()
                    .map(risk -> "test " + risk.hypothesisId() + " next")
                    .getOrElse("state what the gate still misses");
        }
        return "close the venture: the gate killed it";
    }

    /**
     * The venture's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The phase the venture is in.
     *
     * @return the phase
     */
    public Phase phase() {
        return phase;
    }

    /**
     * How many gate decisions of each kind the venture recorded.
     *
     * @return a count for every kind, 0 included
     */
    public Map<GateDecision.Kind, Integer> decisions() {
        return decisions;
    }

    /**
     * What a founder must not miss: premature hires, an exhausted runway, no pivots left.
     *
     * @return the warnings, in that order
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * What to do next, from the last gate decision of the venture's phase.
     *
     * @return the next step
     */
    public String nextStep() {
        return nextStep;
    }

    /**
     * The experiments run so far.
     *
     * @return the count
     */
    public long experiments() {
        return experiments;
    }

    /**
     * The dashboard as text.
     *
     * @return a few lines
     */
    public String render() {
        StringBuilder text = new StringBuilder();
        text.append(name)
                .append(" - ")
                .append(phase)
                .append(" (")
                .append(phase.mode())
                .append(")\n");
        text.append("hypotheses: ").append(activeHypotheses).append(" active, ").append(retiredHypotheses);
        text.append(" retired; evidence: ")
                .append(evidenceItems)
                .append(" items in ")
                .append(experiments);
        text.append(" experiments\n");
        text.append("decisions: ")
                .append(decisions)
                .append("; pivots left: ")
                .append(pivotsLeft)
                .append('\n');
        for (String warning : warnings) {
            text.append("WARNING ").append(warning).append('\n');
        }
        return text.append("next: ").append(nextStep).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VentureDashboard && render().equals(((VentureDashboard) other).render());
    }

    @Override
    public int hashCode() {
        return render().hashCode();
    }

    @Override
    public String toString() {
        return render();
    }
}
