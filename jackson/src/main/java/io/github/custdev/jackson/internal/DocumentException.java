package io.github.custdev.jackson.internal;

/** A document refused while reading: the JSON Pointer of the offending value and the rule it breaks. */
public final class DocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    DocumentException(String path, String message) {
        super(message);
        this.path = path;
    }

    /**
     * The JSON Pointer (RFC 6901) of the value refused, relative to the value the module was asked to read.
     *
     * @return the pointer, {@code ""} for the value itself
     */
    public String path() {
        return path;
    }
}
