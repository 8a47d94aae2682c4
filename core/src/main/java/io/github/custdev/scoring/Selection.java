package io.github.custdev.scoring;

import io.github.custdev.Evidence;
import io.github.custdev.SeanEllisTally;

/** Which of a hypothesis's trials a rate strategy counts, and what its reasons call them. */
enum Selection {
    /** Every item with trials: statements, behaviours, commitments, Sean Ellis tallies. */
    ALL("trials"),
    /** Only the answers to Sean Ellis surveys. */
    SEAN_ELLIS("qualified respondents");

    private final String noun;

    Selection(String noun) {
        this.noun = noun;
    }

    /** What the reason calls the counted trials. */
    String noun() {
        return noun;
    }

    /** Whether an item is of the selected kind (its strength and weight are checked separately). */
    boolean includes(Evidence evidence) {
        return this == ALL ? evidence.trials() > 0 : evidence instanceof SeanEllisTally;
    }
}
