package io.github.custdev.jackson;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.apiguardian.api.API;

/**
 * A JSON document that is not a valid custdev value: a missing or unknown field, an unknown type, a value of the
 * wrong kind, a NaN, a value a core factory refuses, or a format version newer than this reader. The message starts
 * with the JSON Pointer of the offending value and names the rule:
 * {@code /evidence/0/trials: trials must be >= 1: 0}. Nothing is half built: the read returns no value.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class InvalidDocumentException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the offending value. */
    private final String pointer;

    InvalidDocumentException(JsonParser parser, String pointer, String message) {
        super(parser, message);
        this.pointer = pointer;
    }

    /**
     * The JSON Pointer (RFC 6901) of the offending value within the document being read: {@code "/evidence/0/trials"},
     * or {@code ""} for the value itself.
     *
     * @return the pointer
     */
    public String pointer() {
        return pointer;
    }
}
