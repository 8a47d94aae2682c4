package io.github.custdev.scoring;

import io.github.custdev.Evidence;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.SuccessCriterion.Metric;

/**
 * Which of a hypothesis's trials a rate strategy counts, and what its reasons call them: those of the kinds its
 * criterion's metric uses ({@link Metric#uses}), never a mix.
 */
enum Selection {
    /** The outcomes of statements, behaviours and commitments: what a proportion or a count criterion counts. */
    OUTCOMES(Metric.PROPORTION, "trials"),
    /** Only the answers to Sean Ellis surveys: what a very-disappointed share counts. */
    SEAN_ELLIS(Metric.VERY_DISAPPOINTED, "qualified respondents");

    /** A metric whose kinds of evidence this selection counts. */
    private final Metric metric;

    private final String noun;

    Selection(Metric metric, String noun) {
        this.metric = metric;
        this.noun = noun;
    }

    /** The trials a criterion counts: the Sean Ellis answers for a very-disappointed share, else the outcomes. */
    static Selection of(SuccessCriterion criterion) {
        return criterion.metric() == Metric.VERY_DISAPPOINTED ? SEAN_ELLIS : OUTCOMES;
    }

    /** What the reason calls the counted trials. */
    String noun() {
        return noun;
    }

    /** Whether an item is of the selected kind (its strength and weight are checked separately). */
    boolean includes(Evidence evidence) {
        return metric.uses(evidence);
    }
}
