package io.github.custdev.jackson.internal;

import io.github.custdev.GateDecision;

/** The format's constants: its version and the type names of the closed families. */
public final class Format {
    /** The format version this module writes, and the newest it reads. */
    public static final int CURRENT = 1;

    /** The field that carries the format version at the top of every document. */
    public static final String VERSION_FIELD = "formatVersion";

    private Format() {}

    static String decisionType(GateDecision.Kind kind) {
        switch (kind) {
            case PROCEED:
                return "Proceed";
            case PIVOT:
                return "Pivot";
            case PERSEVERE:
                return "Persevere";
            default:
                return "Kill";
        }
    }
}
