package io.github.custdev.examples.store;

/**
 * An append refused because the venture's history is no longer at the version the writer read: another writer
 * appended first. Reload, re-decide, and append again. Carries the venture and both versions.
 */
public final class ConcurrencyConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String ventureId;
    private final long expectedVersion;
    private final long actualVersion;

    ConcurrencyConflictException(String ventureId, long expectedVersion, long actualVersion) {
        super("venture " + ventureId + " is at version " + actualVersion + ", not the expected " + expectedVersion
                + ": another writer appended first");
        this.ventureId = ventureId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * The venture written to.
     *
     * @return its id
     */
    public String ventureId() {
        return ventureId;
    }

    /**
     * The version the writer expected.
     *
     * @return the version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version found, or the expected one plus one when a racing writer won the same row.
     *
     * @return the version
     */
    public long actualVersion() {
        return actualVersion;
    }
}
