package io.github.custdev;

import java.math.BigDecimal;

/**
 * A venture's books of evidence: the experiments recorded, the runway they left and the evidence log they filled. Only
 * recorded evidence changes them, all three at once. The rules about which evidence counts belong to {@link Venture};
 * this value only keeps the books. Immutable and thread-safe.
 *
 * @param experiments the experiments recorded
 * @param runway what is left of the runway
 * @param log the evidence on record
 */
record Ledger(long experiments, Runway runway, EvidenceLog log) {

    /** A new venture's books: nothing recorded and the whole runway. */
    static Ledger start(Runway runway) {
        return new Ledger(0, runway, EvidenceLog.empty());
    }

    /** The books after one more experiment that cost {@code cost} and left the log {@code log}. */
    Ledger recorded(EvidenceLog log, BigDecimal cost) {
        return new Ledger(experiments + 1, runway.afterExperiment(cost), log);
    }

    /** The same books with a log that has more evidence appended (a batch's, appended at its end). */
    Ledger withLog(EvidenceLog log) {
        return new Ledger(experiments, runway, log);
    }
}
